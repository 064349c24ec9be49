"""Reading cases found on the fresh24 real lists (tests/fixtures/real/fresh24__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import one


def test_a_venue_year_and_month_before_a_title_with_commas_are_not_part_of_it():
    for lead in ("arxiv 2024, 11, ", "RSS 2025, ", "RSS 2025 Best Systems Paper finalist, "):
        e = one(f"- {lead}Understanding World or Predicting Future? A Survey of World Models."
                " [Paper](https://arxiv.org/abs/2411.14499).\n")  # fmt: skip
        assert e.title.startswith("Understanding World or Predicting Future?"), lead
        assert e.year in (2024, 2025), lead


def test_a_word_and_colon_before_a_year_heading_still_dates_its_entries():
    e = one("### Survey: 2022\n\n- Trustworthy AI: From Principles to Practices."
            " [[paper]](https://arxiv.org/abs/2110.01167)\n")  # fmt: skip
    assert e.year == 2022


def test_a_paper_badge_that_is_an_items_only_name_titles_it_but_a_venue_badge_does_not():
    badge = "[![{alt}](https://img.shields.io/badge/{label}-d0e9ff?style=for-the-badge)]({url})"
    text = (
        "> - " + badge.format(alt="LoCoOp", label="NeurIPS'23-LoCoOp", url="https://arxiv.org/abs/2306.01293") + "\n"
        "> - " + badge.format(alt="LSN", label="ICLR'24-LSN", url="https://openreview.net/forum?id=nanyAujl6e") + "\n"
    )  # fmt: skip
    assert [(e.title, e.line) for e in parse_text(text, "l.md").entries] == [
        ("LoCoOp", 1),
        ("LSN", 2),
    ]
    venue = "| Paper | Task |\n|---|---|\n| " + badge.format(
        alt="CVPR 2024", label="CVPR-2024", url="https://arxiv.org/abs/2410.12628"
    ) + "<br>**DocLayout-YOLO** | layout |\n"  # fmt: skip
    assert one(venue).title == "DocLayout-YOLO"
