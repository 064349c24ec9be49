"""Inputs from the fourth review of this session's reader rules (a helper writing other
lists' Markdown against the newest rules); each read wrongly before its fix. The expected
readings are what a maintainer of such a list means."""

from __future__ import annotations

from tests.support.reading import reader


def test_a_title_with_by_and_a_capital_after_a_name_is_still_the_title():
    text = "# Awesome Self-Supervised Learning\n\n- NAT: [Unsupervised Learning by Predicting Noise](https://arxiv.org/abs/1704.05310) - ICML 2017\n- Counting: [Representation Learning by Learning to Count](https://arxiv.org/abs/1708.06734) - ICCV 2017\n- XDC | [Self-Supervised Learning by Cross-Modal Audio-Video Clustering](https://arxiv.org/abs/1911.12667) | NeurIPS 2020\n- LBC - [Learning by Cheating](https://arxiv.org/abs/1912.12294) - CoRL 2019\n"
    assert reader("title", "short_name")(text) == [
        ("Unsupervised Learning by Predicting Noise", "NAT"),
        ("Representation Learning by Learning to Count", "Counting"),
        ("Self-Supervised Learning by Cross-Modal Audio-Video Clustering", "XDC"),
        ("Learning by Cheating", "LBC"),
    ]


def test_a_title_with_meta_learning_after_a_name_is_still_the_title():
    text = "# Awesome Few-Shot Learning\n\n## Meta-learning\n\n- Reptile: [On First-Order Meta-Learning Algorithms](https://arxiv.org/abs/1803.02999) - arXiv 2018\n- MetaOptNet: [Meta-Learning with Differentiable Convex Optimization](https://arxiv.org/abs/1904.03758) - CVPR 2019\n- iMAML: [Meta-Learning with Implicit Gradients](https://arxiv.org/abs/1909.04630) - NeurIPS 2019\n- MPL: [Meta Pseudo Labels](https://arxiv.org/abs/2003.10580) - CVPR 2021\n"
    assert reader("title", "short_name")(text) == [
        ("On First-Order Meta-Learning Algorithms", "Reptile"),
        ("Meta-Learning with Differentiable Convex Optimization", "MetaOptNet"),
        ("Meta-Learning with Implicit Gradients", "iMAML"),
        ("Meta Pseudo Labels", "MPL"),
    ]


def test_a_challenge_title_with_its_year_after_a_name_is_still_the_title():
    text = "# Awesome Super-Resolution\n\n## Challenges\n\n- NTIRE17: [NTIRE 2017 Challenge on Single Image Super-Resolution: Methods and Results](https://openaccess.thecvf.com/content_cvpr_2017_workshops/w12/papers/Timofte_NTIRE_2017_Challenge_CVPR_2017_paper.pdf) - CVPRW 2017\n- PIRM: [The 2018 PIRM Challenge on Perceptual Image Super-resolution](https://arxiv.org/abs/1809.07517) - ECCVW 2018\n- EDSR: [Enhanced Deep Residual Networks for Single Image Super-Resolution](https://arxiv.org/abs/1707.02921) - CVPRW 2017\n"
    assert reader("title", "short_name")(text) == [
        ("NTIRE 2017 Challenge on Single Image Super-Resolution: Methods and Results", "NTIRE17"),
        ("The 2018 PIRM Challenge on Perceptual Image Super-resolution", "PIRM"),
        ("Enhanced Deep Residual Networks for Single Image Super-Resolution", "EDSR"),
    ]


def test_a_title_opening_with_a_verb_after_a_name_is_still_the_title():
    text = "# Awesome Papers\n\n- Pointer-Generator: [Get To The Point: Summarization with Pointer-Generator Networks](https://arxiv.org/abs/1704.04368) - ACL 2017\n- COSNet: [See More, Know More: Unsupervised Video Object Segmentation with Co-Attention Siamese Networks](https://arxiv.org/abs/2001.06810) - CVPR 2019\n- WYS: [Watch Your Step: Learning Node Embeddings via Graph Attention](https://arxiv.org/abs/1710.09435) - NeurIPS 2018\n"
    assert reader("title", "short_name")(text) == [
        ("Get To The Point: Summarization with Pointer-Generator Networks", "Pointer-Generator"),
        (
            "See More, Know More: Unsupervised Video Object Segmentation with Co-Attention Siamese Networks",
            "COSNet",
        ),
        ("Watch Your Step: Learning Node Embeddings via Graph Attention", "WYS"),
    ]


def test_year_lines_under_a_numbered_topic_heading_date_the_entries_below():
    text = "# Awesome LLM Agents\n\n## 1. Planning with Large Language Models\n\nYear: 2023\n\n- [ReAct: Synergizing Reasoning and Acting in Language Models](https://arxiv.org/abs/2210.03629)\n- [Reflexion: Language Agents with Verbal Reinforcement Learning](https://arxiv.org/abs/2303.11366)\n\nYear: 2022\n\n- [Language Models as Zero-Shot Planners: Extracting Actionable Knowledge for Embodied Agents](https://arxiv.org/abs/2201.07207)\n\n## RAG: Retrieval-Augmented Generation\n\nDate: 2023\n\n- [Self-RAG: Learning to Retrieve, Generate, and Critique through Self-Reflection](https://arxiv.org/abs/2310.11511)\n- [Active Retrieval Augmented Generation](https://arxiv.org/abs/2305.06983)\n"
    assert reader("title", "year")(text) == [
        ("ReAct: Synergizing Reasoning and Acting in Language Models", 2023),
        ("Reflexion: Language Agents with Verbal Reinforcement Learning", 2023),
        (
            "Language Models as Zero-Shot Planners: Extracting Actionable Knowledge for Embodied Agents",
            2022,
        ),
        ("Self-RAG: Learning to Retrieve, Generate, and Critique through Self-Reflection", 2023),
        ("Active Retrieval Augmented Generation", 2023),
    ]


def test_a_year_row_on_one_side_of_a_side_by_side_table_dates_that_side():
    text = "# Awesome Visual Place Recognition\n\n| Paper | Venue | Code | Paper | Venue | Code |\n|---|---|---|---|---|---|\n| **2023** | | | **2022** | | |\n| [AnyLoc: Towards Universal Visual Place Recognition](https://arxiv.org/abs/2308.00688) | RA-L | [code](https://github.com/AnyLoc/AnyLoc) | [Rethinking Visual Geo-localization for Large-Scale Applications](https://arxiv.org/abs/2204.02287) | CVPR | [code](https://github.com/gmberton/CosPlace) |\n| [EigenPlaces: Training Viewpoint Robust Models for Visual Place Recognition](https://arxiv.org/abs/2308.10832) | ICCV | [code](https://github.com/gmberton/EigenPlaces) | | | |\n| | | | **2021** | | |\n| [MixVPR: Feature Mixing for Visual Place Recognition](https://arxiv.org/abs/2303.02190) | WACV | [code](https://github.com/amaralibey/MixVPR) | [Patch-NetVLAD: Multi-Scale Fusion of Locally-Global Descriptors for Place Recognition](https://arxiv.org/abs/2103.01486) | CVPR | [code](https://github.com/QVPR/Patch-NetVLAD) |\n"
    assert reader("title", "year")(text) == [
        ("AnyLoc: Towards Universal Visual Place Recognition", 2023),
        ("Rethinking Visual Geo-localization for Large-Scale Applications", 2022),
        ("EigenPlaces: Training Viewpoint Robust Models for Visual Place Recognition", 2023),
        ("MixVPR: Feature Mixing for Visual Place Recognition", 2023),
        (
            "Patch-NetVLAD: Multi-Scale Fusion of Locally-Global Descriptors for Place Recognition",
            2021,
        ),
    ]


def test_a_maker_line_with_a_place_or_an_ai_company_is_no_title():
    text = "# Awesome Open LLMs\n\n- [**BLOOM**](https://arxiv.org/abs/2211.05100) | [code](https://github.com/bigscience-workshop/bigscience)\n  BigScience Workshop, Hugging Face\n- [**Aya 23**](https://arxiv.org/abs/2405.15032)\n  Cohere For AI\n- [**Falcon**](https://arxiv.org/abs/2311.16867)\n  TII, Abu Dhabi\n- [**Mistral 7B**](https://arxiv.org/abs/2310.06825) | [code](https://github.com/mistralai/mistral-src)\n  Mistral AI, Paris\n- [**Yi**](https://arxiv.org/abs/2403.04652) | [code](https://github.com/01-ai/Yi)\n  01.AI, Beijing, China\n- [**OLMo**](https://arxiv.org/abs/2402.00838) | [code](https://github.com/allenai/OLMo)\n  Allen Institute for AI\n"
    assert reader("title")(text) == [
        ("BLOOM",),
        ("Aya 23",),
        ("Falcon",),
        ("Mistral 7B",),
        ("Yi",),
        ("OLMo",),
    ]


def test_titles_ending_in_group_below_a_name_link_are_titles():
    text = "# Awesome Equivariant Networks\n\n- 2016-ICML. [**G-CNN(Paper)**](https://arxiv.org/abs/1602.07576) | [code](https://github.com/tscohen/GrouPy)\n  Group Equivariant Convolutional Networks\n- 2018-ICLR. [**Spherical CNNs(Paper)**](https://arxiv.org/abs/1801.10130) | [code](https://github.com/jonkhler/s2cnn)\n  Spherical CNNs on the Rotation Group\n- 2019-ICML. [**Gauge CNN(Paper)**](https://arxiv.org/abs/1902.04615)\n  Gauge Equivariant Convolutional Networks and the Icosahedral CNN\n- 2021-ICML. [**EMLP(Paper)**](https://arxiv.org/abs/2104.09459) | [code](https://github.com/mfinzi/equivariant-MLP)\n  A Practical Method for Constructing Equivariant Multilayer Perceptrons for Arbitrary Matrix Groups\n"
    assert reader("title", "short_name")(text) == [
        ("Group Equivariant Convolutional Networks", "G-CNN"),
        ("Spherical CNNs on the Rotation Group", "Spherical CNNs"),
        ("Gauge Equivariant Convolutional Networks and the Icosahedral CNN", "Gauge CNN"),
        (
            "A Practical Method for Constructing Equivariant Multilayer Perceptrons for Arbitrary Matrix Groups",
            "EMLP",
        ),
    ]


def test_a_hyphenated_topic_with_a_colon_names_no_paper_below_it():
    text = "# Awesome Generative AI\n\n- **Text-to-3D:**\n\n  [DreamFusion: Text-to-3D using 2D Diffusion](https://arxiv.org/abs/2209.14988)\n- **LLM Agents:**\n\n  [Generative Agents: Interactive Simulacra of Human Behavior](https://arxiv.org/abs/2304.03442)\n- **Vision-Language Pretraining:**\n\n  [Learning Transferable Visual Models From Natural Language Supervision](https://arxiv.org/abs/2103.00020)\n"
    assert reader("title", "short_name")(text) == [
        ("DreamFusion: Text-to-3D using 2D Diffusion", "DreamFusion"),
        ("Generative Agents: Interactive Simulacra of Human Behavior", None),
        ("Learning Transferable Visual Models From Natural Language Supervision", None),
    ]


def test_a_ranked_table_with_the_venue_in_the_method_cell_is_a_list_of_papers():
    text = "# Awesome Long-Tailed Recognition\n\n| Rank | Name | Many | Medium | Few | All |\n|---|---|---|---|---|---|\n| 1 | [PaCo](https://arxiv.org/abs/2107.12028) (ICCV 2021) | 64.8 | 51.6 | 35.2 | 55.0 |\n| 2 | [DisAlign](https://arxiv.org/abs/2103.16370) (CVPR 2021) | 61.6 | 52.1 | 31.3 | 53.4 |\n| 3 | [Decoupling (cRT)](https://arxiv.org/abs/1910.09217) (ICLR 2020) | 61.8 | 46.2 | 27.4 | 49.6 |\n"
    assert reader("title", "year")(text) == [
        ("PaCo", 2021),
        ("DisAlign", 2021),
        ("Decoupling (cRT)", 2020),
    ]
