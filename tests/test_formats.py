"""Every format parses every entry of its example list, with the right lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.parse import detect, parse_text

LISTS = Path(__file__).parent / "fixtures" / "lists"


def parsed(name):
    text = (LISTS / f"{name}.md").read_text("utf-8")
    return parse_text(text, f"{name}.md")


def rows(p):
    return [
        (
            e.line,
            e.year,
            e.paper.url if e.paper else None,
            e.paper.line if e.paper else None,
            e.code.url if e.code else None,
            e.venue,
            e.section,
        )
        for e in p.entries
    ]


def test_table():
    p = parsed("table")
    assert p.format == "table" and p.heading == "Awesome RL for Diffusion"
    assert rows(p) == [
        (  # the venue's year (ICLR 2024) over the Year column's (2023), the year before it
            9,
            2024,
            "https://arxiv.org/abs/2305.13301",
            9,
            "https://github.com/jannerm/ddpo",
            "ICLR 2024",
            "Fine-tuning",
        ),
        (
            10,
            2025,
            "https://arxiv.org/pdf/2503.11240",
            10,
            "https://github.com/hu-zijing/B2-DiffuRL",
            "CVPR 2025",
            "Fine-tuning",
        ),
        (11, 2024, "https://arxiv.org/abs/2401.05675", 11, None, "ECCV 2024", "Fine-tuning"),
        (17, None, "https://arxiv.org/abs/2007.09923", 17, None, None, "Other"),
    ]
    # badge images are never the link; a badge naming an arXiv ID shows that ID
    assert p.entries[0].paper.text == "arXiv:2305.13301"
    assert p.entries[2].paper.text == "arXiv:2403.06735"  # copy-paste: badge of another paper
    # a title that is itself a link, in a table without a title column
    assert (
        p.entries[3].title
        == "Incorporating Reinforced Adversarial Learning in Autoregressive Image Generation"
    )
    assert p.entries[1].title.startswith("Towards Better Alignment")


def test_bullets():
    p = parsed("bullets")
    assert p.format == "bullets"
    assert rows(p) == [
        (
            5,
            2024,
            "https://arxiv.org/abs/2407.12164",
            5,
            "https://github.com/andrew-miao/RPO",
            "NeurIPS 2024",
            "Preference learning",
        ),
        (
            6,
            2024,
            "https://arxiv.org/abs/2407.06642",
            6,
            "https://github.com/wfanyue/DPG-T2I-Personalization",
            "ECCV 2024",
            "Preference learning",
        ),
        (10, 2024, "https://arxiv.org/abs/2403.06735", 10, None, None, "Preference learning"),
        (15, 2023, "https://arxiv.org/abs/2307.07837", 15, None, "NeurIPS 2023", "By year"),
        # the parent bullet "- 2023" gives the year
        (16, 2023, "https://arxiv.org/abs/2307.06630", 16, None, None, "By year"),
    ]
    e = p.entries
    assert e[1].authors == ("Fanyue Wei", "Wei Zeng", "Zhenyang Li")
    assert e[1].code.line == 9 and e[1].venue_line == 8
    assert (
        e[2].title
        == "Enhancing Image Caption Generation Using Reinforcement Learning with Human Feedback"
    )
    assert e[2].year_text == "2024-03"


def test_bold_blocks():
    p = parsed("blocks")
    assert p.format == "bold-blocks"
    assert rows(p) == [
        (
            5,
            2023,
            "https://arxiv.org/abs/2305.13301",
            6,
            "https://github.com/jannerm/ddpo",
            None,
            "RL x Image Generation",
        ),
        (
            11,
            2025,
            "https://arxiv.org/abs/2503.15784",
            12,
            "https://github.com/parhamsaremi/rl4med-ddpo",
            "MICCAI",  # the badge "Paper-MICCAI" names the venue
            "RL x Image Generation",
        ),
        (14, 2022, "https://arxiv.org/abs/2204.10689", 15, None, None, "RL x Image Generation"),
    ]
    e = p.entries
    assert e[0].title == "DDPO: Training Diffusion Models with Reinforcement Learning"
    assert e[0].authors[:2] == ("Kevin Black", "Michael Janner") and len(e[0].authors) == 5
    assert e[0].code.line == 7
    assert all("shields.io" not in (x.paper.url + (x.code.url if x.code else "")) for x in e)


def test_catalog_format_is_detected():
    text = (Path(__file__).parent.parent / "catalog" / "RL_ImageGeneration.md").read_text("utf-8")
    assert detect(text) == "br-fields"


@pytest.mark.parametrize("name", ["table", "bullets", "blocks"])
def test_format_can_be_forced(name):
    text = (LISTS / f"{name}.md").read_text("utf-8")
    fmt = {"blocks": "bold-blocks"}.get(name, name)
    assert parse_text(text, "x.md", fmt).format == fmt


def test_unknown_format_is_an_error():
    from pipeline.errors import NoEntriesError

    with pytest.raises(NoEntriesError, match="unknown list format"):
        parse_text("x", "x.md", "csv")
