"""Reading cases found on the fresh17 real lists (tests/fixtures/real/fresh17__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import one

BLOCK = "[{n}] {title}\n\n- Code: https://github.com/o/r{n}\n\n- Paper: https://arxiv.org/abs/2211.1164{n}\n"


def test_a_rule_between_labelled_blocks_starts_the_next_paper():
    text = (BLOCK.format(n=1, title="NeRF-RPN: A general framework for object detection")
            + "\n---\n\n" + BLOCK.format(n=2, title="SCADE: NeRFs from Space Carving"))  # fmt: skip
    parsed = parse_text(text, "l.md")
    assert [e.title for e in parsed.entries] == [
        "NeRF-RPN: A general framework for object detection",
        "SCADE: NeRFs from Space Carving",
    ]


def test_a_second_papers_labelled_link_under_one_title_is_shown_as_unread():
    unnumbered = BLOCK.replace("[{n}] ", "")
    text = (unnumbered.format(n=1, title="NeRF-RPN: A general framework for object detection")
            + "\n" + unnumbered.format(n=2, title="SCADE: NeRFs from Space Carving"))  # fmt: skip
    parsed = parse_text(text, "l.md")
    assert len(parsed.entries) == 1
    assert [u.urls for u in parsed.unread] == [("https://arxiv.org/abs/2211.11642",)]


def test_numbered_labelled_blocks_are_two_papers_without_a_rule_between():
    text = (BLOCK.format(n=1, title="NeRF-RPN: A general framework for object detection")
            + "\n" + BLOCK.format(n=2, title="SCADE: NeRFs from Space Carving"))  # fmt: skip
    parsed = parse_text(text, "l.md")
    assert [(e.title, e.paper.url) for e in parsed.entries] == [
        ("NeRF-RPN: A general framework for object detection", "https://arxiv.org/abs/2211.11641"),
        ("SCADE: NeRFs from Space Carving", "https://arxiv.org/abs/2211.11642"),
    ]


def test_a_codes_link_after_the_venue_is_not_a_title():
    e = one("**Multi-Patch Prediction: Adapting Language Models for Time Series**\n\n"
            "*Yuxuan Bian, Xuan Ju, Jiangtong Li*\n\n"
            "ICML 2024. [[Paper](https://openreview.net/forum?id=Rx9GMufByc)] | "
            "[[Codes](https://github.com/yxbian23/aLLM4TS)]\n")  # fmt: skip
    assert e.title == "Multi-Patch Prediction: Adapting Language Models for Time Series"
    assert e.code.url == "https://github.com/yxbian23/aLLM4TS"


def test_pipe_separated_fields_in_a_bullet_give_the_title_before_the_authors():
    e = one("- **[R-CNN]** Rich feature hierarchies for accurate object detection | Ross Girshick,"
            " Jeff Donahue, Trevor Darrell | **[CVPR' 14]** |[`[pdf]`](https://arxiv.org/pdf/"
            "1311.2524.pdf) [`[official code - caffe]`](https://github.com/rbgirshick/rcnn)\n")  # fmt: skip
    assert e.title == "Rich feature hierarchies for accurate object detection"
    assert e.code.url == "https://github.com/rbgirshick/rcnn"


def test_a_bare_name_takes_its_full_title_from_a_child_line_that_starts_with_the_name():
    e = one("* ⭐(Nature 2023) *Pangu*, [[Paper](https://www.nature.com/articles/s41586-023-06185-3)]\n"
            "  * 🍬 Pangu: ***the first*** : Accurate medium-range global weather forecasting.\n")  # fmt: skip
    assert (e.title, e.short_name, e.line) == (
        "Accurate medium-range global weather forecasting",
        "Pangu",
        1,
    )
