"""What the sixty-eighth round of unseen lists (fresh543-547) taught the reader, each held
by a test that fails on the reader before it (904efd3)."""

from __future__ import annotations

from tests.support.reading import reader

_years = reader("line", "year")


def test_a_year_before_1980_opening_an_item_dates_it():
    """``- 1979, [Title](pdf), SIGMOD``: a list that opens each item with its year dates the
    old papers too (a year before 1980 counts only where a list writes one deliberately);
    a year inside a title's link text is still none."""
    text = (
        "Papers:\n\n"
        "- 1979, [Access Path Selection in a Relational Database Management System]"
        "(http://citeseerx.ist.psu.edu/viewdoc/download?doi=10.1.1.71.3735&rep=rep1&type=pdf), SIGMOD\n"
        "- 1976 - [The Notions of Consistency and Predicate Locks in a Database System]"
        "(http://example.org/p1.pdf), CACM\n"
        "- 1987, [Query Optimization by Simulated Annealing](http://example.org/TR693.pdf), SIGMOD\n"
        "- [The 1975 Report on Relational Query Languages Revisited](http://example.org/r.pdf)\n"
    )
    assert _years(text) == [(3, 1979), (4, 1976), (5, 1987), (6, None)]
