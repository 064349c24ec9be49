"""Reading cases found on the fresh31 real lists (tests/fixtures/real/fresh31__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import one

ROWSPAN = """<table border="1">
  <tr>
    <td>Type</td>
    <td>Method</td>
    <td>Organization</td>
    <td>Published Date</td>
  </tr>
  <tr>
    <td rowspan="2">LLM-few-shot</td>
    <td><a href="https://arxiv.org/abs/2310.00815">ReAcTable</a></td>
    <td>Microsoft</td>
    <td>23.10</td>
  </tr>
  <tr>
    <td><a href="https://arxiv.org/pdf/2401.04398.pdf">Chain-of-Table</a></td>
    <td>Google Research</td>
    <td>24.01</td>
  </tr>
</table>
"""


def test_a_cell_spanning_rows_keeps_the_rows_below_under_their_headers():
    first, second = parse_text(ROWSPAN, "l.md").entries
    assert (first.title, first.year) == ("ReAcTable", 2023)
    assert (second.title, second.year) == ("Chain-of-Table", 2024)  # not 'Google Research'


def test_a_title_broken_after_its_colon_is_read_whole():
    e = one("1. A Survey of Text-to-SQL in the Era of LLMs:\nWhere are we, and where are we going?\n"
            "[Paper](https://arxiv.org/abs/2408.05109)\n")  # fmt: skip
    assert (
        e.title
        == "A Survey of Text-to-SQL in the Era of LLMs: Where are we, and where are we going?"
    )


def test_a_generic_link_beside_a_title_is_the_paper_but_not_alone_in_a_data_table():
    e = one("| Year | Title | Venue | Paper |\n|---|---|---|---|\n| 2019 | **Adversarial Graph "
            "Embedding for Ensemble Clustering** | IJCAI | [Link](https://par.nsf.gov/servlets/purl/10113653) |\n")  # fmt: skip
    assert e.paper is not None and e.paper.url.startswith("https://par.nsf.gov/")
    data = ("| Dataset | Domain | Link |\n|---|---|---|\n| ACE05 | News | [Link](https://catalog.ldc.upenn.edu/LDC2006T06) |\n"
            "| Some Paper Title Here | - | [paper](https://arxiv.org/abs/2001.00001) |\n")  # fmt: skip
    assert [e.line for e in parse_text(data, "l.md").entries] == [4]


def test_a_long_paragraph_around_a_link_is_not_an_entry():
    words = " ".join(["tabular data is the dominant modality in many fields"] * 6)
    parsed = parse_text(f"## Papers\n\nDespite {words}, little attention [Breugel 2024](https://arxiv.org/abs/2405.01147).\n\n"
                        "- [A Real Paper Title Here](https://arxiv.org/abs/2001.00003)\n", "l.md")  # fmt: skip
    assert [e.line for e in parsed.entries] == [5]


def test_category_tags_and_a_chinese_note_after_a_title_are_left_out():
    e = one("[![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/2603.01000)"
            " Let Your Image Move with Your Motion! -- Implicit Multi-Object Multi-Motion Transfer "
            "(Text, Text2MotionVideo)  【天津大学、新南威尔士大学】\n")  # fmt: skip
    assert (
        e.title
        == "Let Your Image Move with Your Motion! -- Implicit Multi-Object Multi-Motion Transfer"
    )
    kept = one(
        "- [Learning with Noisy Labels (Extended Abstract)](https://arxiv.org/abs/2001.00001)\n"
    )
    assert kept.title == "Learning with Noisy Labels (Extended Abstract)"
