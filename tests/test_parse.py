import pytest

from pipeline.errors import NoEntriesError
from pipeline.parse import inline_links, is_placeholder, parse_text
from tests.conftest import CATALOG


def test_catalog_entries_and_lines():
    parsed = parse_text(CATALOG.read_text("utf-8"), "catalog/RL_ImageGeneration.md")
    assert parsed.heading == "RL_ImageGeneration"
    assert "reinforcement learning" in parsed.description
    assert [e.line for e in parsed.entries] == [4, 10, 16, 22, 28, 34, 40, 46, 52, 58, 64]
    first = parsed.entries[0]
    assert first.title.startswith("Towards Better Alignment")
    assert (first.year, first.year_line) == (2025, 5)
    assert first.paper.text == "https://arxiv.org/pdf/2503.15784"
    assert first.paper.url == "https://arxiv.org/pdf/2503.11240"
    assert first.paper.line == 6
    assert (first.code.text, first.code.url, first.code.line) == (
        "none",
        "https://github.com/hu-zijing/B2-DiffuRL",
        7,
    )
    assert (first.venue, first.venue_line) == ("CVPR 2025", 8)
    second = parsed.entries[1]
    assert second.code.url is None and second.code.text == "none"
    assert second.venue is None  # "none"
    assert parsed.entries[9].venue == "PAMI 2022."
    assert parsed.entries[8].code.url == "http://rl-diffusion.github.io"


EDGE = """# My list

Intro text with a [link](https://example.org).

**First: Title**
<br>-paper: <https://arxiv.org/abs/2305.13301>
      <br>-time: 2023
<br>-code:[code](https://github.com/a/b)
***
**Second \\*escaped\\* [Title]**
<br>-code: N/A
<br>-paper:[arXiv [2401.05675]](https://arxiv.org/abs/2401.05675)
*****
<br>-time:2020
<br>-paper:https://arxiv.org/abs/2007.09923
*****
**Fourth**
<br>-time:soon
<br>-periodical: ICLR'24
## Section B
**Fifth**
<br>-paper:none
"""


def test_edge_cases():
    p = parse_text(EDGE, "l.md")
    e = p.entries
    assert [x.line for x in e] == [5, 10, 14, 17, 21]
    # fields in any order and indentation; autolink
    assert e[0].paper.url == "https://arxiv.org/abs/2305.13301" and e[0].paper.line == 6
    assert (e[0].year, e[0].year_line) == (2023, 7)
    assert e[0].code.text == "code"
    # escaped emphasis and brackets in titles, nested brackets in link text
    assert e[1].title == "Second *escaped* [Title]"
    assert e[1].paper.text == "arXiv [2401.05675]"
    assert e[1].code.text == "N/A" and e[1].code.url is None
    assert e[1].year is None and "year" not in e[1].fields
    # an entry without a title line starts at its first field
    assert e[2].title == "" and e[2].year == 2020
    # a year field without a year; a venue year with an apostrophe
    assert e[3].year is None and e[3].year_text == "soon"
    assert e[3].venue == "ICLR'24"
    # headings become sections
    assert e[4].section == "Section B" and e[0].section == "My list"


def test_no_entries():
    with pytest.raises(NoEntriesError, match="no paper entries"):
        parse_text("# Just a README\n\nNothing here.\n", "x.md")


def test_inline_links_badge_text():
    links = inline_links(
        "[![Paper](https://img.shields.io/badge/x.svg)](https://arxiv.org/abs/2305.13301)"
    )
    assert links == [("Paper", "https://arxiv.org/abs/2305.13301")]


@pytest.mark.parametrize(
    "text", ["none", "None.", "N/A", "-", "TBD", "coming soon", "**none**", ""]
)
def test_placeholders(text):
    assert is_placeholder(text)


@pytest.mark.parametrize("text", ["code", "https://github.com/a/b", "GitHub", "nonexistent"])
def test_not_placeholders(text):
    assert not is_placeholder(text)
