"""Round 120 (fresh786-788): each rule held by a test that fails on the reader (or the
rules) before it; the guards beside them pass on both."""

from __future__ import annotations

from dataclasses import replace

from pipeline.config import Settings
from pipeline.parse import parse_text
from pipeline.run import Sources, run


def _read(text: str) -> list[tuple[int, str | None, int | None]]:
    """Each entry's line, title and year."""
    return [(e.line, e.title, e.year) for e in parse_text(text, "l.md").entries]


def _offline_rules(text: str) -> list[tuple[str, int]]:
    """The rule and line of each finding ``check --offline`` makes on ``text``."""
    report = run([parse_text(text, "l.md")], replace(Settings(), offline=True), Sources())
    return [(f.rule.value, f.line) for f in report.all_findings]


def test_surnames_and_a_year_before_a_colon_are_the_byline():
    """kyduff/kyduff.github.io: `[_Rubin and Berant 2021_: **SmBoP: …**][ref]`, `Vaswani et.
    al. 2017: Attention Is All You Need`, `Komeili, Shuster, and Weston 2021: …`: the names
    and year are the byline, the year the entry's own (not the meeting's heading)."""
    text = (
        "#### 29 October 2022\n"
        "* [_Rubin and Berant 2021_: **SmBoP: Semi-autoregressive Bottom-up Semantic Parsing**][SmBoP] presented by Kyle\n"
        "* [_Vaswani et. al. 2017_: **Attention Is All You Need**][transformers] presented by Oliver\n"
        "* [Komeili, Shuster, and Weston 2021: Internet-Augmented Dialogue Generation](https://arxiv.org/abs/2107.07566)\n"
        "* [Vaswani et al. 2017: Attention Is All You Need Again](https://arxiv.org/abs/1706.03763)\n\n"
        "[SmBoP]: https://arxiv.org/abs/2010.12412\n"
        "[transformers]: https://arxiv.org/abs/1706.03762\n"
    )  # fmt: skip
    assert _read(text) == [
        (2, "SmBoP: Semi-autoregressive Bottom-up Semantic Parsing", 2021),
        (3, "Attention Is All You Need", 2017),
        (4, "Internet-Augmented Dialogue Generation", 2021),
        (5, "Attention Is All You Need Again", 2017),
    ]


def test_a_title_with_a_year_and_a_colon_that_is_no_byline_stays():
    """Guard: `Vision 2030: A Roadmap …`, `Industry 4.0 …`, `ImageNet 2012: …` (one name, not
    surnames joined by `and`, commas or `et al.`) keep their heads."""
    rows = [
        "Vision 2030: A Roadmap for Embodied Agents",
        "Windows 2000: Lessons from a Large Software Project",
    ]
    text = "".join(f"- [{r}](https://arxiv.org/abs/2301.0000{i})\n" for i, r in enumerate(rows, 1))
    assert [t for _, t, _ in _read(text)] == rows


def test_an_obsidian_wikilink_names_its_paper():
    """maggiehuan/paper_notes: `1. [[Title Of The Paper]],  https://arxiv.org/abs/…`: the
    wikilink to the maintainer's note is named by the paper's title."""
    text = (
        "## Chess with AI\n"
        "1. [[Amortized Planning with Large-Scale Transformers A Case Study on Chess]],  https://arxiv.org/abs/2402.04494,\n"
        "2. [[The Chess Transformer Mastering Play using Generative Language Models]] https://arxiv.org/pdf/2008.04057\n"
        "3. [[Grandmaster-Level Chess Without Search|Grandmaster-Level Chess]] https://arxiv.org/pdf/2402.04495v1\n"
    )  # fmt: skip
    assert [t for _, t, _ in _read(text)] == [
        "Amortized Planning with Large-Scale Transformers A Case Study on Chess",
        "The Chess Transformer Mastering Play using Generative Language Models",
        "Grandmaster-Level Chess",
    ]


def test_a_reading_groups_dates_are_no_year_mismatch():
    """dsgiitr/reading-group: `## 2020` over a schedule of papers from 2014-2016: a list
    whose arXiv papers are dated years after their IDs, a third of them or more, dates its
    readings; a later year is no `year-mismatch`, an earlier one still is."""
    rows = [(1512, 3385), (1503, 4069), (1406, 2661), (1606, 5908), (1502, 3167), (2004, 7180)]
    text = "## 2020\n\n| Date | Topic | Presenters |\n|---|---|---|\n" + "".join(
        f"| 4th October | [Paper Title About Things {i}](https://arxiv.org/abs/{a}.0{b}) | Anirudh |\n"
        for i, (a, b) in enumerate(rows)
    )
    assert not [f for f in _offline_rules(text) if f[0] == "year-mismatch"]
    later = (
        text + "| 5th October | [A Paper From Later](https://arxiv.org/abs/2301.01234) | Yash |\n"
    )
    assert [f for f in _offline_rules(later) if f[0] == "year-mismatch"] == [("year-mismatch", 11)]


def test_two_late_years_in_a_list_are_still_reported():
    """Guard: a list dating most of its papers right and two of them years late is told
    about both (three late papers or more, and a third of the dated ones, make a schedule)."""
    rows = [f"- [Paper Title About Things {i}](https://arxiv.org/abs/2301.0{i:04d}), 2023\n" for i in range(1, 6)]  # fmt: skip
    late = [f"- [Late Paper About Things {i}](https://arxiv.org/abs/1501.0{i:04d}), 2023\n" for i in (1, 2)]  # fmt: skip
    found = [f for f in _offline_rules("## Papers\n\n" + "".join(rows + late)) if f[0] == "year-mismatch"]  # fmt: skip
    assert len(found) == 2
