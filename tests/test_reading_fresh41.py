"""Reading cases found on the fresh41 real lists (tests/fixtures/real/fresh41__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

from pipeline import arxivid
from pipeline.parse import parse_text


def test_an_arxiv_overlay_link_names_its_arxiv_id():
    assert arxivid.find("https://www.alphaxiv.org/abs/2502.06781").base_id == "2502.06781"
    assert arxivid.find("https://www.alphaxiv.org/overview/2502.06781v2").version == 2
    assert arxivid.find("https://huggingface.co/papers/2401.12345").base_id == "2401.12345"
    assert arxivid.find("https://huggingface.co/papers") is None
    assert not arxivid.unserved("https://www.alphaxiv.org/abs/2502.06781")


def test_a_slides_and_discussion_section_holds_no_papers():
    text = (
        "## Papers\n* [2502] [Exploring the Limit of Outcome Reward](https://www.alphaxiv.org/abs/"
        "2502.06781) (Shanghai AI Lab)\n\n## Slides and Discussion\n"
        "* **[LLM Reasoning: Key Ideas and Limitations](https://llm-class.github.io/slides/x.pdf)**"
        " Denny Zhou\n"
    )
    [e] = parse_text(text, "l.md").entries
    assert (e.line, e.year) == (2, 2025)


def test_a_short_bold_title_closed_by_a_full_stop_is_the_title_not_a_tag():
    text = (
        "1.   **Memory networks.** Jason Weston, Sumit Chopra, and Antoine Bordes. arXiv preprint"
        " arXiv:1410.3916 (2014). [paper](https://arxiv.org/pdf/1410.3916)\n"
    )
    [e] = parse_text(text, "l.md").entries
    assert (e.title, e.year) == ("Memory networks", 2014)
