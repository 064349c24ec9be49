"""Round 73 (fresh565-569): shapes of unseen course reading lists and lab lists."""

from __future__ import annotations

import pytest

from pipeline.formats.dates import find_year
from pipeline.parse import parse_text


def test_a_course_label_before_a_byline_link_is_no_short_name():
    """``- Reading: [Vaswani et al. (2017)](url) - Title``: the title follows the byline,
    and ``Reading`` is the course's label, not the paper's name."""
    text = (
        "## Week 1\n\n"
        "- Reading: [Vaswani et al. (2017)](https://arxiv.org/abs/1706.03762) - Attention Is All You Need\n"
        "- Optional: [Brown et al. (2020)](https://arxiv.org/abs/2005.14165) - Language Models are Few-Shot Learners\n"
        "- GPTQ: [Frantar et al. (2023)](https://arxiv.org/abs/2210.17323) - Accurate Post-Training Quantization\n"
    )
    got = [(e.title, e.short_name, e.year) for e in parse_text(text, "l.md").entries]
    assert got == [
        ("Attention Is All You Need", None, 2017),
        ("Language Models are Few-Shot Learners", None, 2020),
        ("Accurate Post-Training Quantization", "GPTQ", 2023),
    ]


@pytest.mark.parametrize(
    ("cell", "year"),
    [
        ("2403", 2024),
        ("2112", 2021),
        ("2012", 2012),
        ("22.07", 2022),
        ("2113", None),
        ("1909", 1909),
    ],
)
def test_a_year_and_month_alone_in_a_date_column(cell, year):
    """``2403`` in a Date column is the arXiv ID's March 2024, from 2021 on: ``2012`` stays
    a year and ``1909`` an old paper's year."""
    assert find_year(cell, loose=True)[0] == year


def test_a_date_column_of_year_and_month_dates_its_rows():
    text = (
        "| Date | Title | Paper |\n|---|---|---|\n"
        "| 2403 | Some Paper About Graph Things | [arXiv](https://arxiv.org/abs/2403.00001) |\n"
        "| 2312 | Another Paper About Other Things | [arXiv](https://arxiv.org/abs/2312.00002) |\n"
    )
    assert [e.year for e in parse_text(text, "l.md").entries] == [2024, 2023]


def test_a_chinese_original_text_label_links_the_paper_of_the_bold_title_above():
    """``- 原文入口: [论文](url)`` (the original's entry, with a full-width colon) among a paper's
    ``key: value`` bullets: the paper's link, titled by the bold line under its heading."""
    text = (
        "## LLM-int8\n\n"
        "**LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale**\n\n"
        "核心必读：认识大模型中的异常特征。\n\n"
        "- 作者：Tim Dettmers; Mike Lewis\n"
        "- 年份：2022；依据：公开原始论文页面\n"
        "- 原文入口：[论文](https://arxiv.org/abs/2208.07339)\n"
        "- PDF：[2022-LLM-int8.pdf](2022-LLM-int8.pdf)（15 页）\n"
    )
    (e,) = parse_text(text, "l.md").entries
    assert (e.title, e.year) == (
        "LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale",
        2022,
    )


def test_titled_papers_listed_in_one_cell_are_an_entry_each():
    """``[Title A](arxiv) and [Title B](arxiv)`` in a seminar's title cell: two papers read
    that day; names listed for reference (``[ALOHA](a), [DROID](b)``) stay one row."""
    head = "| Date | Paper Title | Presenter |\n|---|---|---|\n"
    text = (
        head
        + "| 08.11 | [A Useful Tool CKA: Similarity of Neural Network Representations Revisited]"
        "(https://arxiv.org/abs/1905.00414) and [Uncovering How Neural Network Representations "
        "Vary with Width and Depth](https://arxiv.org/abs/2010.15327) | Zhengyi Li |\n"
        + "| 08.18 | [ALOHA](https://arxiv.org/abs/2304.13705), [DROID](https://arxiv.org/abs/2403.12945) | Li |\n"
    )
    got = [(e.line, e.title) for e in parse_text(text, "l.md").entries]
    assert got[:2] == [
        (3, "A Useful Tool CKA: Similarity of Neural Network Representations Revisited"),
        (3, "Uncovering How Neural Network Representations Vary with Width and Depth"),
    ]
    assert [line for line, _ in got].count(4) == 1


def test_a_link_titled_by_a_byline_takes_the_title_after_its_dash():
    """``- [Hardy et. al.(Logistic Regression)](arxiv) - Private federated learning ...``:
    the link's text is who wrote it; the title follows the dash. A description there
    (``- Proposes a dataset ...``) is no title."""
    text = (
        "- [Hardy et. al.(Logistic Regression)](https://arxiv.org/pdf/1711.10677.pdf) - Private "
        "federated learning on vertically partitioned data via entity resolution\n"
        "- [Wang et al](https://arxiv.org/abs/2308.13387) - Proposes a dataset for evaluating "
        "safeguards in LLMs\n"
    )
    got = [e.title for e in parse_text(text, "l.md").entries]
    assert got[0] == (
        "Private federated learning on vertically partitioned data via entity resolution"
    )
    assert not got[1].startswith("Proposes")


def test_a_preprint_server_after_a_question_title_is_no_part_of_it():
    """``- Is Heterophily A Real Nightmare ...?, arXiv, [[Paper](url)]``: the venue after the
    question mark and its comma; ``, OpenReview,`` likewise."""
    text = (
        "- Is Heterophily A Real Nightmare For Graph Neural Networks?, arXiv, "
        "[[Paper](https://arxiv.org/abs/2109.05641)], [Code]\n"
        "- Global Node Attentions via Adaptive Spectral Filters, OpenReview, "
        "[[Paper](https://openreview.net/forum?id=w6Vm1Vob0-X)], [Code]\n"
    )
    assert [e.title for e in parse_text(text, "l.md").entries] == [
        "Is Heterophily A Real Nightmare For Graph Neural Networks?",
        "Global Node Attentions via Adaptive Spectral Filters",
    ]


def test_a_google_research_page_a_rendered_arxiv_paper_and_a_journals_full_text_are_papers():
    text = (
        "* [Matrix capsules with EM Routing](https://ai.google/research/pubs/pub46653)\n"
        "* [The Lottery Ticket Hypothesis at Scale](https://www.arxiv-vanity.com/papers/1903.01611/)\n"
        "* [Sparse Reconstruction Techniques in Magnetic Resonance Imaging](https://journals.lww.com/"
        "investigativeradiology/Fulltext/2016/06000/Sparse_Reconstruction_Techniques_in_Magnetic.1.aspx)\n"
    )
    assert [e.line for e in parse_text(text, "l.md").entries] == [1, 2, 3]


def test_two_titled_papers_joined_by_a_plus_in_one_cell_are_two_entries():
    text = (
        "| Date | Readings |\n|---|---|\n"
        "| Nov 8 | [ALTO: An Efficient Network Orchestrator for Compound AI Systems]"
        "(https://arxiv.org/pdf/2403.04311) + [Conveyor: Efficient Tool-aware LLM Serving with "
        "Tool Partial Execution](https://arxiv.org/pdf/2406.00059) (Optional) |\n"
    )
    assert [e.paper.url for e in parse_text(text, "l.md").entries] == [
        "https://arxiv.org/pdf/2403.04311",
        "https://arxiv.org/pdf/2406.00059",
    ]


def test_a_link_that_says_it_is_a_textbook_is_no_paper():
    text = (
        "* [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
        '* ["Understanding Machine Learning: From Theory to Algorithms." Textbook by Shai '
        "Ben-David and Shai Shalev-Shwartz.](https://www.cs.huji.ac.il/~shais/uml.pdf)\n"
    )
    assert [e.line for e in parse_text(text, "l.md").entries] == [1]


def test_two_authors_after_the_titles_full_stop_are_no_part_of_it():
    text = (
        "1. Prophet: Forecasting at Scale. Sean J. Taylor and Benjamin Letham. "
        "[paper](https://doi.org/10.1080/00031305.2017.1380080)\n"
        "2. Can Large Language Models Play Text Games Well? Current State-of-the-Art and Open "
        "Questions [paper](https://arxiv.org/abs/2304.02868)\n"
    )
    assert [e.title for e in parse_text(text, "l.md").entries] == [
        "Prophet: Forecasting at Scale",
        "Can Large Language Models Play Text Games Well? Current State-of-the-Art and Open Questions",
    ]


def test_a_topic_before_titled_papers_listed_in_one_cell_is_no_part_of_the_first():
    text = (
        "| Date | Paper Title |\n|---|---|\n"
        "| 3.10 | Speculation Attack: [Meltdown: Reading Kernel Memory from User Space]"
        "(https://www.usenix.org/conference/usenixsecurity18/presentation/lipp), "
        "[Spectre Attacks: Exploiting Speculative Execution](https://ieeexplore.ieee.org/document/8835233) |\n"
    )
    assert [e.title for e in parse_text(text, "l.md").entries] == [
        "Meltdown: Reading Kernel Memory from User Space",
        "Spectre Attacks: Exploiting Speculative Execution",
    ]
