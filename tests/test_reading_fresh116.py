"""Layouts first seen in the fresh116-121 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from tests.support.reading import reader

_read = reader("title", "year")


def test_a_known_venue_in_brackets_after_a_bold_title_is_no_part_of_it():
    text = (
        "### 2019\n"
        "- **Deep Graph InfoMax (ICLR)**\n"
        "  - Authors: Petar Veličković, William Fedus\n"
        "  - [[paper]](https://openreview.net/pdf?id=rklz9iAcKQ)\n\n"
        "- **Spatio-Temporal Deep Graph InfoMax (ICLR workshp @ RLGM)**\n"
        "  - Authors: Felix L. Opolka, Aaron Solomon\n"
        "  - [[paper]](https://rlgm.github.io/papers/48.pdf)\n\n"
        "- **Learning Agile Skills (SIR)**\n"
        "  - [[paper]](https://arxiv.org/abs/2301.00001)\n"
        "- **Forecasting the Index (S&P 500)**\n  - [[paper]](https://arxiv.org/abs/2301.00002)\n"
        "- **Text-guided Image Processing (TIP)**\n  - [[paper]](https://arxiv.org/abs/2301.00003)\n"
        "- **Tuning CLIP (TIP-Adapter)**\n  - [[paper]](https://arxiv.org/abs/2301.00004)\n"
    )
    assert _read(text) == [
        ("Deep Graph InfoMax", 2019),
        ("Spatio-Temporal Deep Graph InfoMax", 2019),
        ("Learning Agile Skills (SIR)", 2019),
        ("Forecasting the Index (S&P 500)", 2019),
        ("Text-guided Image Processing (TIP)", 2019),  # the title's own acronym
        ("Tuning CLIP (TIP-Adapter)", 2019),
    ]


def test_a_venue_year_with_the_papers_status_after_a_title_and_a_comma():
    text = (
        "- Annual Review of Machine Learning, 2021 in review, "
        "[Link](https://paperswithcode.com/paper/neural-spectral-marked-point-processes-1)\n"
        "- DRIPP: DRIVEN POINT PROCESSES TO MODEL STIMULI INDUCED PATTERNS, ICLR 2022 submission, "
        "[Link](https://openreview.net/pdf?id=d_2lcDh0Y9c)\n"
        "- Learning in Review, Submission and Revision Loops, "
        "[Link](https://openreview.net/pdf?id=d_2lcDh0Y9d)\n"
    )
    assert _read(text) == [
        ("Annual Review of Machine Learning, 2021 in review", None),  # a bare year's: a title's
        ("DRIPP: DRIVEN POINT PROCESSES TO MODEL STIMULI INDUCED PATTERNS", 2022),
        ("Learning in Review, Submission and Revision Loops", None),
    ]


def test_a_venue_line_linked_to_its_page_heads_the_papers_below_it():
    text = (
        "## Trajectory Prediction\n\n"
        "*ICRA(International Conference on Robotics and Automation ) 2022*: "
        "[[Conference]](https://ieeexplore.ieee.org/xpl/conhome/9811522/proceeding)\n\n"
        "- Meta-path Analysis on Spatio-Temporal Graphs [[Paper]](https://ieeexplore.ieee.org/document/9811632)\n\n"
        "*ICRL 2022(International Conference on Learning Representations):* "
        "[[Conference]](https://openreview.net/group?id=ICLR.cc/2022/Conference)\n\n"
        "- **Scene Transformer: A Unified Architecture**: [[Paper]](https://openreview.net/pdf?id=Wm3EA5OlHsG)\n\n"
        "*IEEE Transactions on Intelligent Transportation Systems(2020-now):*  "
        "[[Journal]](https://ieeexplore.ieee.org/xpl/RecentIssue.jsp?punumber=6979)\n\n"
        "- Holistic LSTM for Pedestrian Trajectory Prediction [[Paper]](https://ieeexplore.ieee.org/document/9361440)\n"
    )
    assert _read(text) == [
        ("Meta-path Analysis on Spatio-Temporal Graphs", 2022),
        ("Scene Transformer: A Unified Architecture", 2022),
        ("Holistic LSTM for Pedestrian Trajectory Prediction", None),
    ]


_code = reader("code")


def test_a_repository_labelled_as_code_beats_one_linked_by_another_projects_name():
    text = (
        "* [ProEmo](https://arxiv.org/abs/2501.06276), Zero-shot (✗), Transformer, "
        "[HiFi-GAN](https://github.com/jik876/hifi-gan), MelS, 2025.01, "
        "[Code](https://github.com/ZhangShaozuo/FastSpeech2PromptGuidance)\n"
        "* [Deep Spatio-Temporal Residual Networks](https://arxiv.org/abs/1610.00081) "
        "[tf](https://github.com/snehasinghania/STResNet) "
        "[Pytorch](https://github.com/BruceBinBoxing/ST-ResNet-Pytorch)\n"
        "* [PWC-Net: CNNs for Optical Flow](https://arxiv.org/abs/1709.02371) "
        "[PWC-Net](https://github.com/NVlabs/PWC-Net) | [pytorch-pwc](https://github.com/sniklaus/pytorch-pwc)\n"
        "* **Analyzing and Improving the Image Quality of StyleGAN** [[paper]](https://arxiv.org/abs/1912.04958) "
        "[[StyleGAN2]](https://github.com/NVlabs/stylegan2) [[PyTorch]](https://github.com/rosinality/stylegan2-pytorch)\n"
    )
    urls = [c.url for (c,) in _code(text)]
    assert urls == [
        "https://github.com/ZhangShaozuo/FastSpeech2PromptGuidance",
        "https://github.com/snehasinghania/STResNet",
        "https://github.com/NVlabs/PWC-Net",
        "https://github.com/NVlabs/stylegan2",  # a framework's port is no label of the code
    ]


def test_bibtex_authors_and_year_before_a_bold_title():
    text = (
        "- Bentahar, Jamal and Moulin, Bernard and B{\\'e}langer, Micheline (2010): "
        "__A taxonomy of argumentation models used for knowledge representation__ Find at: "
        "[LINK](http://citeseerx.ist.psu.edu/viewdoc/download?doi=10.1.1.480.5371&rep=rep1&type=pdf)\n"
        "- Xie, Ning and Ras, Gabrielle and van Gerven, Marcel and others (2020): "
        "__Explainable deep learning: A field guide for the uninitiated__ Find at: "
        "[LINK](https://arxiv.org/pdf/2004.14545)\n"
        "- Learning, Reasoning and Planning (2020): __Notes__ [LINK](https://arxiv.org/pdf/2004.14546)\n"
        "- Vision, Language and Action, Unified (2022) **VLA** [paper](https://arxiv.org/abs/2101.00052)\n"
    )
    assert _read(text) == [
        ("A taxonomy of argumentation models used for knowledge representation", 2010),
        ("Explainable deep learning: A field guide for the uninitiated", 2020),
        ("Learning, Reasoning and Planning", 2020),
        ("Vision, Language and Action, Unified", 2022),  # before a short name: a title
    ]


def test_titles_over_one_sub_item_that_names_the_paper_before_its_links():
    text = (
        "## ECCV 2022\n\n"
        "* Not Just Streaks: Towards Ground Truth for Single Image Deraining \n"
        "  * GT-RAIN [[paper](https://arxiv.org/pdf/2206.10779.pdf)] "
        "[[PyTorch](https://github.com/UCLA-VMG/GT-RAIN)] [cite=0]\n\n"
        "## CVPR 2022\n\n"
        "* Towards Robust Rain Removal Against Adversarial Attacks\n"
        "  * Yu et al. [[paper](https://arxiv.org/pdf/2203.16931.pdf)] **(NO CODE)**\n"
    )
    assert _read(text) == [
        ("Not Just Streaks: Towards Ground Truth for Single Image Deraining", 2022),
        ("Towards Robust Rain Removal Against Adversarial Attacks", 2022),
    ]
    one_topic = (
        "* Object Detection in Aerial Images\n"
        "  * DOTA-v2 [[paper](https://arxiv.org/abs/2102.12219)]\n"
    )
    assert _read(one_topic) == [("DOTA-v2", None)]


def test_authors_in_brackets_inside_a_title_link_are_no_part_of_it():
    text = (
        "[Finite-time Analysis of the Multiarmed Bandit Problem [Auer, Cesa-Bianchi, Fischer]]"
        "(https://link.springer.com/article/10.1023/A:1013689704352)\n\n"
        "[Contextual Bandits with Linear Payoff Functions [Chu et al.]](https://arxiv.org/abs/1003.0146)\n\n"
        "[Learning from Noisy Labels [ICML Workshop]](https://arxiv.org/abs/1003.0147)\n"
    )
    assert [t for t, _ in _read(text)] == [
        "Finite-time Analysis of the Multiarmed Bandit Problem",
        "Contextual Bandits with Linear Payoff Functions",
        "Learning from Noisy Labels",  # ``[ICML Workshop]``: no authors, but a venue tag
    ]


def test_vancouver_citations_as_link_text():
    text = (
        "| Paper | Venue | Year |\n| :--- | :---: | :---: |\n"
        "| [Shin J, Li Y, Liu Y, Lee S J. Fedbalancer: data and pace control for efficient "
        "federated learning on heterogeneous clients. In: Proceedings of the 20th Annual "
        "International Conference on Mobile Systems. 2022, 436–449]"
        "(https://arxiv.org/abs/2201.01601) | MobiSys | 2022 |\n"
        "| [Pilla L L. Optimal task assignment for heterogeneous federated learning devices. In: "
        "2021 IEEE International Parallel and Distributed Processing Symposium (IPDPS). 2021, "
        "661–670](https://ieeexplore.ieee.org/document/9460535) | IEEE | 2021 |\n"
        "| [Rusu A A, Rabinowitz N C, Desjardins G, et al. Progressive neural networks[J]. "
        "arXiv preprint arXiv:1606.04671, 2016.](https://arxiv.org/abs/1606.04671) | arXiv | 2016 |\n"
    )
    assert [t for t, _ in _read(text)] == [
        "Fedbalancer: data and pace control for efficient federated learning on heterogeneous clients",
        "Optimal task assignment for heterogeneous federated learning devices",
        "Progressive neural networks",
    ]


def test_a_track_before_a_venue_tag_and_a_workshop_after_it_are_no_part_of_the_title():
    text = (
        "- [x] Dataset@NIPS'21 An Empirical Study of Graph Contrastive Learning "
        "[[Paper](https://arxiv.org/abs/2109.01116)] [Code] [Link]\n"
        "- [x] ICLR'21 Workshop BRGL: Bootstrapped Representation Learning on Graphs "
        "[[Paper](https://arxiv.org/abs/2102.06514v1)] [[Code](https://github.com/nerdslab/bgrl)]\n"
        "- [x] Workshop@ICML'20 GRACE: Deep Graph Contrastive Representation Learning "
        "[[Paper](https://arxiv.org/abs/2006.04131)]\n"
        "- [x] CVPR'21 Workshop on Autonomous Driving Papers [[Paper](https://arxiv.org/abs/2106.00001)]\n"
        "- NeurIPS'20 Workshop Proceedings: Selected Papers on Health [[Paper](https://arxiv.org/abs/2101.00090)]\n"
        "- CVPR'20 Challenge: Winning Solution for EPIC-Kitchens [[Paper](https://arxiv.org/abs/2006.00001)]\n"
        "- Dataset@NIPS'21 Benchmark [[Paper](https://arxiv.org/abs/2101.00093)]\n"
    )
    assert _read(text) == [
        ("An Empirical Study of Graph Contrastive Learning", 2021),
        ("BRGL: Bootstrapped Representation Learning on Graphs", 2021),
        ("GRACE: Deep Graph Contrastive Representation Learning", 2020),
        ("CVPR'21 Workshop on Autonomous Driving Papers", None),  # a workshop's name: kept
        ("NeurIPS'20 Workshop Proceedings: Selected Papers on Health", None),  # an event's
        ("CVPR'20 Challenge: Winning Solution for EPIC-Kitchens", None),
        ("Dataset@NIPS'21 Benchmark", None),  # one word after it: no title
    ]


def test_a_bracketed_tag_with_the_apostrophe_after_its_two_digit_year():
    text = (
        "- (Preprint 24') **Movie Gen**: A Cast of Media Foundation Models, *Polyak et al.*\n"
        '    - <a href="https://arxiv.org/abs/2410.13720">'
        '<img src="https://img.shields.io/badge/arXiv-Paper-B31B1B.svg"></a>\n'
        "- (Preprint) **Fairy**: Fast Parallelized Video Synthesis, *Wu et al.*\n"
        '    - <a href="https://arxiv.org/abs/2312.13834">'
        '<img src="https://img.shields.io/badge/arXiv-Paper-B31B1B.svg"></a>\n'
    )
    assert _read(text) == [
        ("Movie Gen: A Cast of Media Foundation Models", 2024),
        ("Fairy: Fast Parallelized Video Synthesis", None),
    ]


def test_a_repository_link_labelled_as_a_citation_is_no_code_link():
    text = (
        "- [**Double Graph Based Reasoning for Document-level Relation Extraction**]"
        "(https://doi.org/10.18653/v1/2020.emnlp-main.127) , (EMNLP 2020)<br> by *Shuang Zeng* "
        "[[bib]](https://github.com/wutong8023/Awesome_Information_Extraction/tree/master/./bibtex.bib#L219-L229) <br>\n"
    )
    assert _code(text) == [(None,)]


def test_a_repository_many_entries_link_by_another_projects_name_is_none_of_their_code():
    rows = [
        ("ProEmo", "2501.06276", "[HiFi-GAN](https://github.com/jik876/hifi-gan)"),
        ("DrawSpeech", "2501.04256", "[HiFi-GAN](https://github.com/jik876/hifi-gan)"),
        ("DiffStyleTTS", "2412.03388", "[HiFi-GAN](https://github.com/jik876/hifi-gan)"),
        ("DC", "2006.05929", "[:octocat:](https://github.com/VICO-UoE/DatasetCondensation)"),
        ("DSA", "2102.08259", "[:octocat:](https://github.com/VICO-UoE/DatasetCondensation)"),
        ("DM", "2110.04181", "[:octocat:](https://github.com/VICO-UoE/DatasetCondensation)"),
    ]
    text = "".join(
        f"* [{name}](https://arxiv.org/abs/{ident}), Diffusion, {link}, MelS, 2025.01\n"
        for name, ident, link in rows
    )
    urls = [c.url if c else None for (c,) in _code(text)]
    assert urls == [None] * 3 + ["https://github.com/VICO-UoE/DatasetCondensation"] * 3


def test_a_topic_over_several_named_papers_vetoes_reading_single_children_as_titles():
    text = (
        "* Object Detection in Aerial Images\n"
        "  * DOTA [[paper](https://arxiv.org/abs/2102.12219)]\n"
        "  * ReDet [[paper](https://arxiv.org/abs/2103.07733)]\n"
        "* Semantic Segmentation of Remote Sensing Imagery\n"
        "  * UNetFormer [[paper](https://arxiv.org/abs/2109.08937)]\n"
        "* Change Detection in Satellite Images\n"
        "  * BIT [[paper](https://arxiv.org/abs/2103.00208)]\n"
    )
    assert [t for t, _ in _read(text)] == ["DOTA", "ReDet", "UNetFormer", "BIT"]


def test_a_venue_line_keeps_a_year_line_above_it_and_must_name_a_venue():
    text = (
        "**2021**\n\n*NeurIPS*: [[Conference]](https://neurips.cc/Conferences/2021)\n\n"
        "- Deep Reinforcement Learning at the Edge [[Paper]](https://arxiv.org/abs/2108.13264)\n\n"
        "**CVPR 2020**\n\nFull list of accepted papers: [[Proceedings]](https://openaccess.thecvf.com/CVPR2020)\n\n"
        "- Title Two of a Detection Paper [[Paper]](https://arxiv.org/abs/2001.00102)\n"
    )
    assert _read(text) == [
        ("Deep Reinforcement Learning at the Edge", 2021),
        ("Title Two of a Detection Paper", 2020),
    ]


def test_a_title_that_opens_with_a_word_and_an_acronym_is_no_vancouver_author():
    text = (
        "- [Trustworthy AI. From Principles to Practices](https://arxiv.org/abs/2110.01167)\n"
        "- [Pokemon GO. Location-Based Augmented Reality in the Wild](https://arxiv.org/abs/2110.01168)\n"
        "- [Pilla L L. Optimal task assignment for federated learning devices. In: IPDPS. 2021]"
        "(https://ieeexplore.ieee.org/document/9460535)\n"
    )
    assert [t for t, _ in _read(text)] == [
        "Trustworthy AI. From Principles to Practices",
        "Pokemon GO. Location-Based Augmented Reality in the Wild",
        "Optimal task assignment for federated learning devices",
    ]


def test_a_two_digit_year_of_the_last_century():
    text = (
        "- [Precomputing Oblivious Transfer, CRYPTO'95](https://link.springer.com/content/pdf/10.1007%2F3-540-44750-4_8.pdf)\n"
        "- [Attention Is All You Need, NIPS'17](https://arxiv.org/abs/1706.03762)\n"
        "- [Reinforcement Learning, (ICML'99)](https://example.org/papers/rl.pdf)\n"
    )
    assert [y for _, y in _read(text)] == [1995, 2017, 1999]


def test_a_month_and_day_in_a_date_column_is_no_two_digit_year():
    text = (
        "### 2024\n\n| No. | Date | Title | Paper |\n|---|---|---|---|\n"
        "| 2 | 12/01 | Computational Methods for Breast Cancer Profiling | [pdf](https://arxiv.org/pdf/2412.10392) |\n"
        "| 1 | 22.07 | From whole-slide image to biomarker prediction | [pdf](https://arxiv.org/pdf/2207.00001) |\n"
    )
    assert [y for _, y in _read(text)] == [2024, 2022]


def test_a_cnki_document_in_the_lists_paper_folder_is_a_paper():
    text = (
        "- [Knowledge Graph Construction Techniques](./paper/知识图谱构建技术综述_刘峤.caj)\n"
        "- [KBGAN: Adversarial Learning for Knowledge Graph Embeddings](https://arxiv.org/pdf/1711.04071.pdf)\n"
        "- [Our slides on Knowledge Graphs](./slides/kg-intro.pptx)\n"
    )
    assert [t for t, _ in _read(text)] == [
        "Knowledge Graph Construction Techniques",
        "KBGAN: Adversarial Learning for Knowledge Graph Embeddings",
    ]


def test_a_sentence_of_a_venue_and_year_between_a_title_and_its_authors():
    text = (
        "- [KBGAN: Adversarial Learning for Knowledge Graph Embeddings. NAACL 2018. Cai, Liwei, "
        "and William Yang Wang.](https://arxiv.org/pdf/1711.04071.pdf)\n"
        "- [Learning to Rank. ACL Anthology Reprints](https://arxiv.org/pdf/1711.04072.pdf)\n"
    )
    assert _read(text) == [
        ("KBGAN: Adversarial Learning for Knowledge Graph Embeddings", 2018),
        ("Learning to Rank. ACL Anthology Reprints", None),
    ]


def test_a_category_of_two_words_and_a_colon_before_a_bold_title():
    text = (
        "- Foundation Models: **Latte: Language trajectory transformer**, 2023,"
        "[Paper Link](https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=10161068).\n"
        "- PCNets: **Avoid Everything: Model-Free Collision Avoidance**, 2024,"
        "[Paper Link](https://openreview.net/pdf?id=ccxDydaAs1).\n"
    )
    assert [t for t, _ in _read(text)] == [
        "Latte: Language trajectory transformer",
        "Avoid Everything: Model-Free Collision Avoidance",
    ]
