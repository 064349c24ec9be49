"""Review 824's findings on round 71's rules, each a case its change got wrong (F4-F7)."""

from __future__ import annotations

import pytest

from pipeline.formats.dates import find_year
from pipeline.parse import parse_text
from tests.support.reading import reader

_read = reader("line", "title")


def test_two_papers_on_one_topic_in_lazy_lines_are_two_entries():
    """F5: ``Graph Convolutional Networks for Text Classification`` and ``Simplifying Graph
    Convolutional Networks`` share their topic's words, not one paper: before, the whole
    item was read as one entry and both papers under it were lost without a report."""
    text = (
        "1. [Graph Attention Networks](https://arxiv.org/abs/1710.10903)\n"
        "[Graph Convolutional Networks for Text Classification](https://arxiv.org/abs/1809.05679)\n"
        "[Simplifying Graph Convolutional Networks](https://arxiv.org/abs/1902.07153)\n"
        "2. [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
    )
    assert [line for line, _ in _read(text)] == [1, 2, 3, 4]


def test_a_version_line_joins_its_paper_and_the_next_paper_still_splits():
    """One version (the same arXiv ID as a PDF, or another ID whose title holds every word
    of the first's) stays with its paper; a different paper after it is an entry."""
    text = (
        "1. [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
        "[Attention Is All You Need (PDF)](https://arxiv.org/pdf/1706.03762v5)\n"
        "[Attention Is All You Need, extended version](https://arxiv.org/abs/1706.99999)\n"
        "[Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
    )
    assert _read(text) == [
        (1, "Attention Is All You Need"),
        (4, "Deep Residual Learning for Image Recognition"),
    ]


@pytest.mark.parametrize(
    ("cited", "title"),
    [
        (
            "Chen, L., & Wu, H. (2021). What did we learn from the pandemic? Lessons from waves"
            " 1, 2 and 3 of COVID-19 forecasting. International Journal of Forecasting, 37(4), 1-20.",
            "What did we learn from the pandemic? Lessons from waves 1, 2 and 3 of COVID-19"
            " forecasting",
        ),
        (
            "Brown, T. (2019). Is it a bug or a feature? Part 2, 3 of a series on robustness."
            " Journal of Testing, 2(1), 5-9.",
            "Is it a bug or a feature? Part 2, 3 of a series on robustness",
        ),
        (
            "Lee, K. (2019). Does attention explain? Nature Machine Intelligence, 4, 100-120.",
            "Does attention explain?",
        ),
    ],
)
def test_an_apa_question_title_ends_at_its_question_only_before_a_journal(cited, title):
    """F6: ``waves 1, 2`` in a subtitle read like a journal's volume and pages."""
    (e,) = parse_text(f"- {cited} [[paper]](https://doi.org/10.1000/abc)\n", "l.md").entries
    assert e.title == title


@pytest.mark.parametrize(
    "text", ["Proceedings of ICML, 97, 5389-5400", "Nature, 98, 12-15", "Science, 31(2), 5-9"]
)
def test_a_volume_before_its_pages_is_no_year(text):
    """F7: ``ICML, 97, 5389-5400`` is volume 97 (PMLR's, of 2019), not ICML'97."""
    assert find_year(text) == (None, None)


def test_two_digits_after_a_venue_with_no_pages_still_date_it():
    assert find_year("In ICML, 97")[0] == 1997
