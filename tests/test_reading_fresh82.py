"""Layouts first seen in the fresh82-87 batches, each held by a test that fails on the
reader before its fix (cut to its point, the names and links changed)."""

from __future__ import annotations

from tests.support.reading import reader

_read = reader("title", "year", "venue")


def test_a_venue_and_a_two_digit_year_before_the_title_date_it():
    text = (
        "- ICML'19 Simplifying Graph Convolutional Networks "
        "[[Paper](https://arxiv.org/abs/1902.07153)] [[Code](https://github.com/a/SGC)]\n"
        "- NeurIPS‘21 Node Dependent Local Smoothing for Scalable Graph Learning "
        "[[Paper](https://arxiv.org/abs/2110.14377)]\n"
        "- KDD'16 node2vec: Scalable Feature Learning for Networks "
        "[[Paper](https://arxiv.org/abs/1607.00653)]\n"
        "- WWW'18 Open Challenge: Financial Opinion Mining and Question Answering "
        "[[Paper](https://dl.acm.org/doi/10.1145/3184558.3192301)]\n"
    )
    assert [(t, y) for t, y, _ in _read(text)] == [
        ("Simplifying Graph Convolutional Networks", 2019),
        ("Node Dependent Local Smoothing for Scalable Graph Learning", 2021),
        ("node2vec: Scalable Feature Learning for Networks", 2016),
        ("WWW'18 Open Challenge: Financial Opinion Mining and Question Answering", None),
    ]
