"""Layouts and conventions first seen in the fresh502-508 batches (and items left from the
rounds before), each held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from pipeline.formats.authors import mostly_people
from tests.support.reading import reader

_titles = reader("title")


def test_an_authors_line_whose_first_name_is_a_surname_alone_is_no_title():
    """``**robustgraph:** Xu, Yang Yang, Junru Chen, ...`` over the quoted title: the list
    lost the first author's given name; four names or more, the rest people, is a byline."""
    text = (
        "- **robustgraph:**  Xu, Yang Yang, Junru Chen, Xin Jiang, Chunping Wang, Yizhou Sun.\n"
        "\n"
        '  "Unsupervised Adversarially Robust Representation Learning on Graphs."\n'
        "\n"
        "  [[paper](https://arxiv.org/abs/2012.02486)]\n"
    )
    assert _titles(text) == [
        ("Unsupervised Adversarially Robust Representation Learning on Graphs",)
    ]
    assert not mostly_people("Datasets, Yang Yang, Junru Chen")  # three: not enough
    assert not mostly_people("Vision, Graph Networks, Point Clouds, Junru Chen")
