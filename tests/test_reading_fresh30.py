"""Reading cases found on the fresh30 real lists (tests/fixtures/real/fresh30__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

import pytest

from pipeline.formats.dates import find_year
from pipeline.formats.links import _role
from pipeline.parse import parse_text
from tests.support.reading import one


@pytest.mark.parametrize(
    ("authors", "year"),
    [("Lowd, Daniel and Rooshenas, Amirmohammad. (2015).", 2015), ("Tian, Jin. (2000).", 2000),
     ("Chow, C and Liu, Cong. (1968).", 1968), ("Shachter, Ross D.. (1998).", 1998)],
)  # fmt: skip
def test_authors_and_a_year_before_a_quoted_title_link(authors, year):
    e = one(f'- {authors} "[The Libra Toolkit for Probabilistic Models](http://www.jmlr.org/papers/'
            'volume16/lowd15a/lowd15a.pdf)." The Journal of Machine Learning Research (JMLR).\n')  # fmt: skip
    assert (e.title, e.year) == ("The Libra Toolkit for Probabilistic Models", year)


@pytest.mark.parametrize(
    ("text", "year"), [("arxiv(23.09)", 2023), ("ASRU-2015", 2015), ("InterSpeech-2016", 2016)]
)
def test_more_venue_and_year_spellings(text, year):
    assert find_year(text)[0] == year


def test_a_venue_and_year_in_brackets_at_the_end_of_a_link_title():
    e = one("- **[A Comprehensive Survey on Full-Duplex Communication: Open Issues (IEEE ComST'23)]"
            "(https://arxiv.org/abs/2301.00001)**\n")  # fmt: skip
    assert (e.title, e.year) == (
        "A Comprehensive Survey on Full-Duplex Communication: Open Issues",
        2023,
    )


@pytest.mark.parametrize(
    "tail", ["ASRU-2015,", "InterSpeech-2016,", "AACL-2020 demo,", "CLSST@LREC 2020,"]
)
def test_a_hyphenated_or_joined_venue_and_year_closes_the_title(tail):
    e = one(
        f"- Learning a Translation Model from Word Lattices, {tail} [[paper]](https://arxiv.org/pdf/2010.05171.pdf)\n"
    )
    assert e.title == "Learning a Translation Model from Word Lattices"
    assert e.year is not None


def test_a_question_mark_before_the_venue_tail_is_the_titles():
    e = one("- Lost in Interpreting: Speech Translation from Source or Interpreter?, InterSpeech-2021, "
            "[[paper]](https://arxiv.org/abs/2106.09343)\n")  # fmt: skip
    assert (e.title, e.year) == (
        "Lost in Interpreting: Speech Translation from Source or Interpreter?",
        2021,
    )


def test_a_link_labelled_paper_on_a_data_host_is_the_paper():
    assert _role("https://zenodo.org/record/3524947", "paper", False) == "paper"
    assert _role("https://zenodo.org/record/3524947", "dataset", False) == "data"


BLOCK = """**WavMark: Watermarking for Audio Generation**

ArXiv 2023

Guangyu Chen, Yu Wu, Shujie Liu, Tao Liu, Xiaoyong Du, Furu Wei

- Use invertible neural networks to add watermark in the STFT domain

Paper: https://arxiv.org/pdf/2308.12770

Code: https://github.com/wavmark/wavmark
"""


def test_a_venue_line_under_a_bold_title_is_its_not_a_heading():
    (e,) = parse_text(BLOCK, "l.md").entries
    assert (e.title, e.year, e.line) == ("WavMark: Watermarking for Audio Generation", 2023, 1)
    assert e.code is not None and e.code.url == "https://github.com/wavmark/wavmark"
    heading = parse_text(
        "**Watermarking Methods**\n\n2023\n\n- [A Paper Title Here](https://arxiv.org/abs/2301.00001)\n",
        "l.md",
    )
    assert heading.entries[0].year == 2023
