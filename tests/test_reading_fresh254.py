"""Layouts first seen in the fresh254-259 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from tests.support.reading import reader

_read = reader("line", "title", "year")


def test_a_year_then_the_authors_or_the_venue_closes_the_title():
    text = (
        "### Word embeddings\n"
        "* word2vec Parameter Learning Explained (2014), Xin Rong"
        " [[pdf]](https://arxiv.org/pdf/1411.2738.pdf)\n"
        "* Contextual String Embeddings for Sequence Labeling (2018), Akbik, Alan, Duncan"
        " Blythe, and Roland Vollgraf. [[pdf]](http://alanakbik.github.io/papers/coling2018.pdf)\n"
        "* Sentence Embedding:Learning Semantic Sentence Embeddings using Pair-wise"
        " Discriminator(2018),Patro et al.[[Paper]](https://www.aclweb.org/anthology/C18-1230)\n"
        "- HyCO: A Hybrid Neural Solver for Combinatorial Optimization, 2026, Preprint."
        " [[Paper](https://arxiv.org/abs/2608.00001)]\n"
        "- Efficient decoder scaling strategy for neural routing solvers, 2026, arxiv."
        " [[Paper](https://arxiv.org/abs/2603.00430)]\n"
    )
    assert _read(text) == [
        (2, "word2vec Parameter Learning Explained", 2014),
        (3, "Contextual String Embeddings for Sequence Labeling", 2018),
        (
            4,
            "Sentence Embedding:Learning Semantic Sentence Embeddings using Pair-wise"
            " Discriminator",
            2018,
        ),
        (5, "HyCO: A Hybrid Neural Solver for Combinatorial Optimization", 2026),
        (6, "Efficient decoder scaling strategy for neural routing solvers", 2026),
    ]


def test_a_year_then_a_clause_of_the_title_stays():
    text = (
        "- COVID-19 Pandemic Forecasting, 2020, and Beyond"
        " [[Paper](https://arxiv.org/abs/2008.00001)]\n"
        "- Learning Explained Here Now (2014), a reading note"
        " [[Paper](https://arxiv.org/abs/2008.00002)]\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "COVID-19 Pandemic Forecasting, 2020, and Beyond",
        "Learning Explained Here Now (2014), a reading note",
    ]


def test_a_title_cut_on_a_joining_word_after_a_name_link_goes_on_below():
    text = (
        "- [[VERI-Wild](https://github.com/PKU-IMRE/VERI-Wild)] A Large Dataset and a New"
        " Method for\n"
        "Vehicle Re-Identification in the Wild (CVPR2019)"
        " [[paper](http://openaccess.thecvf.com/content_CVPR_2019/papers/Lou_VERI-Wild.pdf)]\n"
    )
    assert _read(text) == [
        (1, "A Large Dataset and a New Method for Vehicle Re-Identification in the Wild", 2019)
    ]
