"""Shapes of round 72's unseen lists (fresh562-564): APA citations behind topic tags, a
citation year before 1940, and a code column that says the paper has no code."""

from __future__ import annotations

import pytest

from pipeline.parse import parse_text
from tests.support.reading import one

DOI = "https://doi.org/10.1023/A:1010933404324"


@pytest.mark.parametrize("tags", ["", "[METH] ", "[METH][OPT] ", "[BIO][METH][OPT][SW] "])
def test_topic_tags_before_an_apa_byline_leave_the_linked_title(tags):
    text = f"{tags}Breiman, L. (2001). [Random forests]({DOI}). Machine Learning, 45(1), 5-32.\n"
    e = one(text)
    assert (e.title, e.year) == ("Random forests", 2001)


def test_a_citation_year_in_the_1920s_dates_the_entry():
    text = (
        "Fisher, R. A. (1922). [On the mathematical foundations of theoretical statistics]"
        "(https://doi.org/10.1098/rsta.1922.0009). Philosophical transactions, 222, 309-368.\n"
    )
    assert one(text).year == 1922


HEAD = "| Title | Abstract | PDF | GitHub Links |\n|---|---|---|---|\n"
PDF = "[Arxiv](http://arxiv.org/pdf/2412.06647v1)"
ABSTRACT = "We detect objects. Code will be released on: https://github.com/o/evdet"


@pytest.mark.parametrize("said", ["N/A", "none", "Not available"])
def test_a_code_cell_saying_none_keeps_a_repository_in_the_abstract_out(said):
    e = one(HEAD + f"| Object Detection using Event Cameras | {ABSTRACT} | {PDF} | {said} |\n")
    assert e.code is None


def test_an_empty_code_cell_still_lets_the_row_give_its_repository():
    e = one(HEAD + f"| Object Detection using Event Cameras | {ABSTRACT} | {PDF} | |\n")
    assert e.code is not None and e.code.url == "https://github.com/o/evdet"


def test_a_dash_in_the_code_column_is_an_empty_cell_not_a_no():
    # ``| - | [💻](github) |``: the list put the repository in its next column
    text = (
        "| Year | Paper Title | Repository | Note |\n|---|---|---|---|\n"
        "| 2025 | [Smolvla: a vision-language-action model](https://arxiv.org/abs/2506.01844)"
        " | - | [💻](https://github.com/huggingface/lerobot) |\n"
    )
    (e,) = parse_text(text, "l.md").entries
    assert e.code is not None and e.code.url == "https://github.com/huggingface/lerobot"


def test_a_code_cell_saying_none_keeps_the_rows_labelled_code_link():
    """Review 828 (F5): only an address written out in the row's text is dropped, not a
    ``[[code]](github)`` link the row gives in another column."""
    text = (
        "| Paper | Links | Code |\n|---|---|---|\n"
        "| [Mask R-CNN](https://arxiv.org/abs/1703.06870) | [[paper]](https://arxiv.org/abs/1703.06870)"
        " [[code]](https://github.com/facebookresearch/Detectron) | N/A |\n"
    )
    (e,) = parse_text(text, "l.md").entries
    assert e.code is not None and e.code.url == "https://github.com/facebookresearch/Detectron"


def test_an_old_year_opening_a_year_column_beside_a_published_column_dates_the_row():
    """``| Title | Year | … | Published |``: both columns read as years and were joined
    (``1951 projecteuclid``), so a year before 1980 was no longer a cell of its own."""
    text = (
        "| Title | Year | Optimizer | Published |\n|---|---|---|---|\n"
        "|A Stochastic Approximation Method|1951|SGD|[projecteuclid](https://projecteuclid.org/"
        "journals/annals-of-mathematical-statistics/volume-22/issue-3/A-Stochastic-Approximation"
        "-Method/10.1214/aoms/1177729586.full)|\n"
    )
    assert one(text).year == 1951


def test_an_old_year_tag_opening_the_entry_dates_it():
    text = (
        "- [1951] **Effects of Group Pressure Upon the Modification and Distortion of Judgments**"
        " *Solomon E. Asch. Groups, Leadership and Men 1951.* [[paper](https://www.jstor.org/stable/2011739)]\n"
    )
    assert one(text).year == 1951


def test_a_link_whose_text_opens_with_a_label_word_is_a_titled_paper():
    """``[TAG: Gradient Attack on ...](arxiv)``: the label word opens the link's own text (a
    method's name in capitals), so the item is a paper, not a ``Tags:`` detail line; its
    name stays in the title as the list writes it."""
    text = (
        "# Papers\n\n"
        "- [Deep Leakage from Gradients](https://arxiv.org/abs/1906.08935)\n"
        "- [TAG: Gradient Attack on Transformer-based Language Models](https://arxiv.org/abs/2103.06819)\n"
    )
    titles = [e.title for e in parse_text(text, "l.md").entries]
    assert titles == [
        "Deep Leakage from Gradients",
        "TAG: Gradient Attack on Transformer-based Language Models",
    ]


def test_a_label_before_a_link_still_makes_a_detail_line():
    text = (
        "- **Deep Leakage from Gradients** [paper](https://arxiv.org/abs/1906.08935)\n"
        "  Tags: [privacy](https://example.org/tags/privacy)\n"
    )
    (e,) = parse_text(text, "l.md").entries
    assert e.title == "Deep Leakage from Gradients"


def test_a_labs_page_of_one_publication_under_its_year_is_a_paper_link():
    """``lmb.informatik.uni-freiburg.de/Publications/2015/DFIB15/`` titled by the paper: two
    corpus papers were lost without a report (the page read as some other site)."""
    text = (
        "## 2015\n"
        "1.**[FlowNet: Learning Optical Flow with Convolutional Networks(ICCV2015)]"
        "(https://lmb.informatik.uni-freiburg.de/Publications/2015/DFIB15/)**  \n"
        "2.**[Computing the Stereo Matching Cost with a Convolutional Neural Network(cvpr2015)]"
        "(https://ieeexplore.ieee.org/document/8301999)**  \n"
    )
    lines = [e.line for e in parse_text(text, "l.md").entries]
    assert lines == [2, 3]


def test_a_publications_index_of_a_year_is_no_paper():
    from pipeline.formats.links import link_role
    from pipeline.formats.runs import Run

    page = Run(
        "link",
        "Publications of our lab in 2015",
        1,
        url="https://lab.example.org/publications/2015/",
    )
    assert link_role(page) != "paper"


def test_a_link_closed_by_a_full_width_bracket_is_read_as_its_link():
    """A link closed by a Chinese keyboard's full-width bracket left the paper as plain
    text and the item lost (fresh373)."""
    text = (
        "- [Real-World Robot Learning with Masked Visual Pre-training](https://arxiv.org/abs/2210.03109）\n"
        "  - Ilija Radosavovic, Tete Xiao\n"
    )
    e = one(text)
    assert (e.title, e.paper.url) == (
        "Real-World Robot Learning with Masked Visual Pre-training",
        "https://arxiv.org/abs/2210.03109",
    )


def test_a_link_that_is_only_a_label_stays_among_the_details():
    """``- [content](arxiv): …`` under a heading title: the label is the link's whole text,
    so the line is one of the paper's labelled links (which gives its arXiv ID), not a
    paper of its own without a title (fresh298, caught by its floor)."""
    from pipeline.checks import paper_ref

    text = (
        "### Monitoring AI-Modified Content at Scale: A Case Study on Peer Reviews\n\n"
        "**2024 · ICML**\n\n"
        "[论文](https://proceedings.mlr.press/v235/liang24b.html)\n\n"
        "<details>\n<summary>核验记录</summary>\n\n"
        "- [publication](https://proceedings.mlr.press/v235/liang24b.html)：ICML 2024正式proceedings记录。\n"
        "- [content](https://arxiv.org/html/2403.07183v3)：阅读作者版本讨论及Limitations。\n\n"
        "</details>\n"
    )
    parsed = parse_text(text, "l.md")
    (e,) = parsed.entries
    ref = paper_ref(e)
    assert ref is not None and ref.base_id == "2403.07183"
    assert not parsed.unread


def test_a_detail_link_labelled_by_a_word_stays_under_its_heading_paper():
    """Review 829 (F1): ``[Project: LLaVA homepage and model zoo](url)`` under a heading
    paper is its detail; only a name in capitals (``TAG:``) makes a link a paper."""
    text = (
        "### Visual Instruction Tuning\n\n"
        "**NeurIPS 2023** [paper](https://arxiv.org/abs/2304.08485)\n\n"
        "- [Project: LLaVA homepage and model zoo](https://llava-vl.github.io/)\n"
    )
    (e,) = parse_text(text, "l.md").entries
    assert (e.title, e.year) == ("Visual Instruction Tuning", 2023)


def test_a_month_tag_of_2019_is_no_old_year():
    """Review 829 (F2): ``[1905]`` is May 2019 (a ``[YYMM]`` tag), not 1905."""
    from pipeline.formats.dates import find_year

    assert find_year("[1905] Some Paper Title Here")[0] != 1905
    assert find_year("[1951] Effects of Group Pressure")[0] == 1951
