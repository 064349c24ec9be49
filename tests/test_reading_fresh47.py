"""Reading cases found on the fresh47 real lists (tests/fixtures/real/fresh47__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

from pipeline.formats.dates import find_year
from pipeline.formats.tables import repeated_width
from pipeline.parse import parse_text
from tests.support.reading import reader

_read = reader("line", "title", "year")
_code = reader("title", "code")


def test_a_table_of_two_papers_side_by_side_is_read_as_one_paper_per_half_row():
    text = (
        "| Methods | Paper | Code | Methods | Paper | Code |\n"
        "| :----: | :----: | :----: | :----: | :----: | :----: |\n"
        "| DiGress (ICLR-23) | [[paper]](https://arxiv.org/abs/2209.14734) | [[code]](https://github.com/cvignac/DiGress)"
        " | MiDi (ICLR-23) | [[paper]](https://openreview.net/forum?id=M6Ifac3G4HK) | [[code]](https://github.com/cvignac/MiDi) |\n"
        "| HierDiff (ICML-23) | [[paper]](https://proceedings.mlr.press/v202/qiang23a.html) | - | - | - | - |\n"
    )
    assert _read(text) == [(3, "DiGress", 2023), (3, "MiDi", 2023), (4, "HierDiff", 2023)]
    assert [c.url if c else None for _, c in _code(text)] == [
        "https://github.com/cvignac/DiGress",
        "https://github.com/cvignac/MiDi",
        None,
    ]


def test_only_a_header_that_repeats_itself_splits_rows():
    assert repeated_width(["Methods", "Paper", "Code", "Methods", "Paper", "Code"]) == 3
    assert repeated_width(["Title", "Venue", "Code"]) is None
    assert repeated_width(["Paper", "Paper"]) is None  # one column written twice: no pair


def test_a_leaderboard_of_models_is_not_a_list_of_papers():
    text = (
        "## Top Code LLMs\n\n| Rank | Model | Params | HumanEval | MBPP | Source |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | o1-mini-2024-09-12 | - | 97.6 | 93.9 | [paper](https://arxiv.org/abs/2409.12186) |\n"
        "| 2 | o1-preview-2024-09-12 | - | 95.1 | 93.4 | [paper](https://arxiv.org/abs/2409.12186) |\n"
        "| 3 | CodeLlama-70B-Instruct | 70B | 67.8 | 62.2 | [paper](https://arxiv.org/abs/2308.12950) |\n\n"
        "## Papers\n- [Code Llama: Open Foundation Models for Code](https://arxiv.org/abs/2308.12950)\n"
    )
    parsed = parse_text(text, "l.md")
    assert [e.title for e in parsed.entries] == ["Code Llama: Open Foundation Models for Code"]
    assert len(parsed.unread) == 3  # shown, never dropped silently


def test_a_ranked_table_of_papers_stays_a_list_of_papers():
    text = (
        "| Rank | Title | Citations | Year |\n|---|---|---|---|\n"
        "| 1 | [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385) | 200000 | 2016 |\n"
        "| 2 | [Attention Is All You Need](https://arxiv.org/abs/1706.03762) | 150000 | 2017 |\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "Deep Residual Learning for Image Recognition",
        "Attention Is All You Need",
    ]


def test_arxiv_with_a_glued_two_digit_year_dates_an_entry_but_not_a_glued_month():
    assert find_year("[arXiv19](https://arxiv.org/abs/1911.07532)")[0] == 2019
    assert find_year("arXiv05")[0] is None  # May (``| 2022 | arXiv05 |``), or 2005: unsure


def test_a_quoted_title_after_an_author_list_is_the_title():
    text = (
        '+ **ConstellationNet**: Weijian Xu, yifan xu, Huaijin Wang, and Zhuowen Tu. "Constellation'
        ' Nets for Few-Shot Learning." ICLR(2021). [[pdf]](https://openreview.net/pdf?id=vujTf_I8Kmc).\n'
    )
    [(_, title, year)] = _read(text)
    # the quoted title after the bold name's authors (the name is its short name), no authors
    assert title == "Constellation Nets for Few-Shot Learning" and year == 2021


def test_a_ranked_table_of_named_papers_with_counts_stays_a_list_of_papers():
    text = (
        "| Rank | Name | Year | Citations | Paper |\n|---|---|---|---|---|\n"
        "| 1 | ResNet | 2016 | 200000 | [paper](https://arxiv.org/abs/1512.03385) |\n"
        "| 2 | Transformer | 2017 | 150000 | [paper](https://arxiv.org/abs/1706.03762) |\n"
    )
    assert [(t, y) for _, t, y in _read(text)] == [("ResNet", 2016), ("Transformer", 2017)]
