"""Layouts first seen in the fresh248-253 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from tests.support.reading import reader

_read = reader("line", "title", "year")


def test_a_bracketed_venue_and_year_link_before_the_title_is_no_title():
    text = (
        "## Acoustic monitoring\n"
        "- [[VPP (2021)](https://www.tandfonline.com/doi/full/10.1080/17452759.2022.2028380)]"
        " Differentiation of materials and laser powder bed fusion processing regimes"
        " [__`monitoring`__ __`acoustic`__]\n"
        "- [[IEEE/ASME Transactions on Mechatronics (2021))](https://ieeexplore.ieee.org/document/9580759)]"
        " Metal-Based Additive Manufacturing Condition Monitoring: A Review\n"
    )
    assert _read(text) == [
        (2, "Differentiation of materials and laser powder bed fusion processing regimes", 2021),
        (3, "Metal-Based Additive Manufacturing Condition Monitoring: A Review", 2021),
    ]


def test_mla_names_before_a_quoted_title_link_are_the_byline():
    text = (
        "### 2007\n"
        '- Xu, Jun, and Hang Li. "[Adarank: a boosting algorithm for information retrieval.]'
        '(http://www.bigdatalab.ac.cn/~junxu/publications/SIGIR2007_AdaRank.pdf)" Proceedings of'
        " the 30th annual international ACM SIGIR conference. 2007.\n"
        '- Lease, Matthew. "[An improved markov random field model for supporting verbose'
        ' queries.](https://dl.acm.org/doi/10.1145/1571941.1571974)" SIGIR. 2009.\n'
    )
    assert _read(text) == [
        (2, "Adarank: a boosting algorithm for information retrieval", 2007),
        (3, "An improved markov random field model for supporting verbose queries", 2009),
    ]


def test_names_after_a_bracketed_bold_venue_tag_are_the_byline():
    text = (
        "### 2018\n"
        "1. [**CSUR'18**] Shuai Zhang, Lina Yao, Aixin Sun, Yi Tay. [Deep Learning based"
        " Recommender System: A Survey and New Perspectives](https://arxiv.org/pdf/1707.07435.pdf),"
        " *CSUR*, 2018.\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "Deep Learning based Recommender System: A Survey and New Perspectives"
    ]


def test_a_bold_name_then_a_gbt_citation_gives_its_sentence_case_title():
    text = (
        "### Memory\n"
        "- **TiM**  Liu L, Yang X, Shen Y, et al. Think-in-memory: Recalling and post-thinking"
        " enable llms with long-term memory[J]. arXiv preprint arXiv:2311.08719, 2023."
        " [pdf](https://arxiv.org/abs/2311.08719)\n"
    )
    assert _read(text) == [
        (2, "Think-in-memory: Recalling and post-thinking enable llms with long-term memory", 2023)
    ]
