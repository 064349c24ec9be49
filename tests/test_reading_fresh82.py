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


def test_a_publication_column_of_venues_is_the_venue_and_its_year_beats_a_date():
    text = (
        "| Title | Publication | Date |\n|---|---|---|\n"
        "| [Diffstyler: Controllable Dual Diffusion for Text-Driven Image Stylization]"
        "(https://arxiv.org/pdf/2211.10682.pdf) | TNNLS 2024 | 2022.11 |\n"
        "| [CycleNet: Rethinking Cycle Consistency in Text-Guided Diffusion]"
        "(https://arxiv.org/abs/2310.13165) | NeurIPS 2023 | 2023.10 |\n"
    )
    assert [(y, v) for _, y, v in _read(text)] == [(2024, "TNNLS 2024"), (2023, "NeurIPS 2023")]
    glued = (
        "| Model | Paper | Code | Publication |\n|---|---|---|---|\n"
        "| ST-MetaNet | [Urban Traffic Prediction from Spatio-Temporal Data Using Deep Meta "
        "Learning](https://dl.acm.org/doi/abs/10.1145/3292500.3330884) | "
        "[MXNet](https://github.com/a/ST-MetaNet) | SIGKDD2019/A |\n"
    )
    assert [y for _, y, _ in _read(glued)] == [2019]


def test_a_data_source_or_a_time_period_column_neither_dates_nor_names_the_venue():
    text = (
        "| Reference | Paper | Data Source | Time Period | Venue |\n|-|-|-|-|-|\n"
        "| Du and Ishii (2020) | [Stock Embeddings Acquired from News Articles and Price "
        "History](https://www.aclweb.org/anthology/2020.acl-main.307/) | WSJ News | 2000-2015 |"
        " ACL-20 |\n"
    )
    assert [(y, v) for _, y, v in _read(text)] == [(2020, "ACL 2020")]


def test_a_name_or_a_note_between_the_title_and_its_authors_is_not_the_title():
    text = (
        "[A multi-view latent variable model reveals cellular heterogeneity - VIMCCA - "
        "Wang et al. Bioinformatics 2023](https://pubmed.ncbi.nlm.nih.gov/36622018/) notes\n\n"
        "[Benchmarking atlas-level data integration in single-cell genomics - Review paper on "
        "data integration - Luecken et al. Nat Meth 2022](https://pubmed.ncbi.nlm.nih.gov/34949812/)"
        " compares methods\n\n"
        "[MAE - Masked Autoencoders Are Scalable Vision Learners - He et al. CVPR 2022]"
        "(https://arxiv.org/abs/2111.06377) notes\n"
    )
    assert [t for t, _, _ in _read(text)] == [
        "A multi-view latent variable model reveals cellular heterogeneity",
        "Benchmarking atlas-level data integration in single-cell genomics",
        "MAE - Masked Autoencoders Are Scalable Vision Learners",
    ]
