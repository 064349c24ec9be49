"""Layouts first seen in the fresh182-187 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import reader

_read = reader("title", "year")


def test_an_issue_of_the_lists_own_repository_is_no_code_link():
    text = (
        "PopMAG: Pop Music Accompaniment Generation [[ACM20](https://arxiv.org/abs/2008.07703)]"
        "[[#26](https://github.com/InabaTatsuro/papers/issues/26)]\n\n"
        "Show and Tell [[paper](https://arxiv.org/abs/1411.4555)] "
        "[[code](https://github.com/BVLC/caffe/pull/2033)]\n"
    )
    codes = [e.code.url if e.code else None for e in parse_text(text, "l.md").entries]
    assert codes == [None, "https://github.com/BVLC/caffe/pull/2033"]  # a pull request is code


def test_a_citation_label_of_author_and_two_digit_year_dates_the_entry():
    text = (
        "PopMNet: Generating structured pop music melodies using neural networks "
        "[[Wu+, 19](https://www.sciencedirect.com/science/article/abs/pii/S000437022030062X)]\n\n"
        "Graph-based Polyphonic Multitrack Music Generation "
        "[[Cosenza+, 23/7](https://arxiv.org/abs/2307.14928)]\n\n"
        "Noise2Music: Text-conditioned Music Generation with Diffusion Models "
        "[[Huang et al., 23](https://arxiv.org/abs/2302.03917)]\n"
    )
    assert [y for _, y in _read(text)] == [2019, 2023, 2023]


def test_a_table_row_naming_a_product_with_an_empty_paper_column_is_no_entry():
    text = (
        "| Title | arXiv | Website | Conference & Year |\n|:--|:--:|:--:|:--:|\n"
        "| [HunyuanVideo](https://arxiv.org/abs/2412.03603) | "
        "[![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)](https://arxiv.org/abs/2412.03603)"
        " | - | Arxiv 2024 |\n"
        "| [Sora](https://openai.com/sora) | - | [Website](https://openai.com/sora) | 2024 |\n"
        "| [ABP: Asymmetric Bilateral Prompting for Text-Guided Medical Image Segmentation]"
        "(https://papers.miccai.org/miccai-2024/038-Paper1674.html) | - | - | MICCAI 2024 |\n"
    )
    assert [t for t, _ in _read(text)] == [
        "HunyuanVideo",
        "ABP: Asymmetric Bilateral Prompting for Text-Guided Medical Image Segmentation",
    ]


def test_surnames_and_a_year_before_the_title_link_are_its_citation():
    text = (
        "* Walters and Barzilay, 2021. [Critical assessment of AI in drug discovery]"
        "(https://doi.org/10.1080/17460441.2021.1915982).\n"
        "* Chuang and Keiser, 2020. [Attention-Based Learning on Molecular Ensembles]"
        "(https://arxiv.org/abs/2011.12820).\n"
    )
    assert _read(text) == [
        ("Critical assessment of AI in drug discovery", 2021),
        ("Attention-Based Learning on Molecular Ensembles", 2020),
    ]


def test_old_nature_article_pages_are_papers_and_2048_is_no_year():
    text = (
        "Mastering the game of Go with deep neural networks and tree search："
        "http://www.nature.com/nature/journal/v529/n7587/abs/nature16961.html\n\n"
        "SFV：https://arxiv.org/pdf/1810.03599.pdf\n"
        "A reinforcement learning algorithm for the 2048 game：https://github.com/Underflow/r2048\n"
    )
    assert _read(text) == [
        ("Mastering the game of Go with deep neural networks and tree search", None),
        ("SFV", None),
    ]


def test_a_journal_named_in_brackets_after_the_title_is_its_venue():
    text = (
        "* A Survey of Natural Language Generation (ACM Computing Surveys) "
        "[Paper](https://dl.acm.org/doi/10.1145/3554727)\n"
        "* Automatic Multiple Choice Question Generation From Text: A Survey (IEEE Transactions "
        "on Learning Technologies) [Paper](https://ieeexplore.ieee.org/abstract/document/8585151)\n"
        "* Deep Residual Learning for Image Recognition (ResNet) "
        "[Paper](https://arxiv.org/abs/1512.03385)\n"
    )
    assert [t for t, _ in _read(text)] == [
        "A Survey of Natural Language Generation",
        "Automatic Multiple Choice Question Generation From Text: A Survey",
        "Deep Residual Learning for Image Recognition (ResNet)",  # a name in brackets stays
    ]
