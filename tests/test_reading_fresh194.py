"""Layouts first seen in the fresh194-199 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from pipeline.formats.cleantitle import clean_title
from tests.support.reading import reader

_read = reader("title", "year")


def test_a_chicago_author_date_bibliography_wrapped_over_lines():
    text = (
        "# awesome-o1\n\nA bibliography.\n\n"
        "Brown, Noam, and Tuomas Sandholm. 2017. “Libratus: The Superhuman AI for\n"
        "No-Limit Poker.” In *Proceedings of the Twenty-Sixth International Joint\n"
        "Conference on Artificial Intelligence*.\n"
        "<https://www.ijcai.org/proceedings/2017/0772.pdf>.\n\n"
        "Jones, Andy L. 2021. “Scaling Scaling Laws with Board Games.” *arXiv\n"
        "\\[Cs.LG\\]*. <http://arxiv.org/abs/2104.03113>.\n\n"
        "Yuxi Xie, Anirudh Goyal, Wenyue Zheng, Min-Yen Kan, Timothy P. Lillicrap,\n"
        'Kenji Kawaguchi, Michael Shieh. 2024. "Monte Carlo Tree Search Boosts\n'
        'Reasoning via Iterative Preference Learning." *arXiv \\[cs.AI\\]*.\n'
        "<https://arxiv.org/abs/2405.00451>.\n"
    )
    assert _read(text) == [
        ("Libratus: The Superhuman AI for No-Limit Poker", 2017),
        ("Scaling Scaling Laws with Board Games", 2021),
        ("Monte Carlo Tree Search Boosts Reasoning via Iterative Preference Learning", 2024),
    ]


def test_authors_leading_a_title_each_closed_by_a_comma():
    assert (
        clean_title(
            "Leslie Pack Kaelbling, Michael L. Littman, Andrew W. Moore, Reinforcement Learning: "
            "A Survey, JAIR, 1996."
        )
        == "Reinforcement Learning: A Survey"
    )
    assert (
        clean_title(
            "C. Igel, M.A. Riedmiller, et al., Reinforcement Learning in a Nutshell, ESANN, 2007."
        )
        == "Reinforcement Learning in a Nutshell"
    )
    assert (
        clean_title(
            "S. S. Keerthi and B. Ravindran, A Tutorial Survey of Reinforcement Learning, "
            "Sadhana, 1994."
        )
        == "A Tutorial Survey of Reinforcement Learning"
    )


def test_a_title_opening_with_capitalised_pairs_is_no_author_list():
    for title in (
        "Think Globally, Act Locally: A Deep Neural Network Approach to High-Dimensional "
        "Time Series Forecasting",
        "Strong Consistency, Graph Laplacians, and the Stochastic Block Model",
        "Vox Populi, Vox AI? Using Language Models to Estimate German Public Opinion",
        "SatCLIP: Global, General-Purpose Location Embeddings with Satellite Imagery",
    ):
        assert clean_title(title) == title


def test_a_page_range_is_no_date_and_a_survey_track_is_the_venue():
    text = (
        "* Husni E, Nasution S M, Yusuf R. <b>Predicting Traffic Conditions Using "
        "Knowledge-Growing Bayes Classifier[J]</b>. IEEE Access, 2020, 8: 191510-191518. "
        "[Link](https://ieeexplore.ieee.org/abstract/document/9229400/)\n"
        "* Diffusion Models for Non-autoregressive Text Generation: A Survey, IJCAI 2023 Survey "
        "Track [[arXiv](https://arxiv.org/abs/2303.06574)]\n"
    )
    assert _read(text) == [
        ("Predicting Traffic Conditions Using Knowledge-Growing Bayes Classifier", 2020),
        ("Diffusion Models for Non-autoregressive Text Generation: A Survey", 2023),
    ]


def test_a_review_subtitle_of_research_words_is_no_author_list():
    title = (
        "A Systematic Review of Diffusion Models for Medical Image-Based Diagnosis: Methods, "
        "Taxonomies, Clinical Integration, Explainability, and Future Directions"
    )
    assert clean_title(title) == title


def test_a_thesis_link_is_the_entrys_paper():
    text = (
        "### Papers / Thesis\n"
        " - Ian H. Witten, An Adaptive Optimal Controller for Discrete-Time Markov Environments,"
        " Information and Control, 1977. [[Paper]](http://www.cs.waikato.ac.nz/~ihw/papers/"
        "77-IHW-AdaptiveController.pdf)\n"
        " - Chris Watkins, Learning from Delayed Rewards, Cambridge, 1989. "
        "[[Thesis]](http://www.cs.rhul.ac.uk/home/chrisw/thesis.html)\n"
    )
    assert [y for _, y in _read(text)][1:] == [1989]


def test_a_misspelt_datasets_heading_holds_datasets():
    text = (
        "## Papers\n"
        "- **CRIS:** [CRIS: CLIP-Driven Referring Image Segmentation](https://arxiv.org/abs/"
        "2111.15174). *in CVPR 2022*.\n\n"
        "## **Datsets**\n"
        "- [**RefCOCO**](https://arxiv.org/pdf/1608.00272): It contains **19,994 images** with "
        "**142,210 referring expressions**.\n"
    )
    assert _read(text) == [("CRIS: CLIP-Driven Referring Image Segmentation", 2022)]


_titles = reader("title")


def test_chinese_paper_address_lines_under_title_paragraphs():
    text = (
        "### 文本分类\n\n"
        "**Classification of hierarchical text using geometric deep learning: the case of "
        "clinical trials corpus**\n\n"
        "使用几何深度学习对分层文本进行分类\n\n"
        "论文地址：[https://aclanthology.org/2021.emnlp-main.48/](https://aclanthology.org/"
        "2021.emnlp-main.48/)\n\n"
        "### 机器翻译\n\n"
        "Evaluation of Machine Translation Methods applied to Medical Terminologies\n\n"
        "论文地址：[https://www.aclweb.org/anthology/2020.louhi-1.7/](https://www.aclweb.org/"
        "anthology/2020.louhi-1.7/)\n\n\n"
        "A Multilingual Neural Machine Translation Model for Biomedical Data\n\n"
        "论文地址：[https://www.aclweb.org/anthology/2020.nlpcovid19-2.16/](https://www.aclweb.org/"
        "anthology/2020.nlpcovid19-2.16/)\n"
    )
    assert [t for (t,) in _titles(text)] == [
        "Classification of hierarchical text using geometric deep learning: the case of "
        "clinical trials corpus",
        "Evaluation of Machine Translation Methods applied to Medical Terminologies",
        "A Multilingual Neural Machine Translation Model for Biomedical Data",
    ]


def test_a_table_goes_on_past_a_commented_row_and_a_stray_blank_line():
    row = "| {a} et al | [**{t}**](https://arxiv.org/abs/{i}) | arXiv, 2022 |\n"
    text = (
        "| Author | Title | Venue |\n|---|---|---|\n"
        + row.format(
            a="Guang Li", t="Dataset Distillation for Medical Dataset Sharing", i="2209.14603"
        )
        + "<!-- | Justin Cui et al | [**Memory-efficient Trajectory Matching**](https://openreview.net/"
        "pdf?id=dN70O8pmW8) | OpenReview, 2022 | -->\n"
        + row.format(
            a="Wei Jin", t="Condensing Graphs via One-Step Gradient Matching", i="2206.07746"
        )
        + "\n"
        + row.format(
            a="Ping Liu", t="Meta Knowledge Condensation for Federated Learning", i="2209.14851"
        )
    )
    assert [t for (t,) in _titles(text)] == [
        "Dataset Distillation for Medical Dataset Sharing",
        "Condensing Graphs via One-Step Gradient Matching",
        "Meta Knowledge Condensation for Federated Learning",
    ]


def test_pages_doi_and_volume_fields_are_no_titles():
    text = (
        "## Papers\n\n"
        "## 330. MSnLib: efficient generation of open multi-stage fragmentation mass spectral "
        "libraries\n\n"
        "**Authors:** Corinna Brungs, Robin Schmid\n\n"
        "**Venue:** Nature Methods\n\n"
        "**Volume & Issue:** Volume 22, Issue 9\n\n"
        "**Pages:** 1-4\n\n"
        "**DOI:** https://doi.org/10.1038/s41592-025-02813-0\n"
    )
    assert _titles(text) == [
        ("MSnLib: efficient generation of open multi-stage fragmentation mass spectral libraries",)
    ]
