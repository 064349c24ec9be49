"""Layouts first seen in the fresh308-313 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from tests.support.reading import one, reader

_read = reader("line", "title", "year")


def test_a_stars_badge_is_not_the_code_when_the_repository_is_linked_too():
    """``[![resource:code][ref]](repo) [![Stars](shields)](repo/stargazers)``: the undefined
    reference leaves the first link unlabelled, the stars badge is a labelled badge, but its
    target is the repository's stars page, not the repository."""
    text = (
        "| Paper | Resources | Date |\n|---|---|---|\n"
        "| [Diagnosing Visual Grounding Failures via Contrastive Probes]"
        "(https://arxiv.org/abs/2509.16646) | [![resource:code][res-code]]"
        "(https://github.com/someone/SAFE) [![Stars](https://img.shields.io/github/stars/"
        "someone/SAFE)](https://github.com/someone/SAFE/stargazers) | 2025-09 |\n"
    )
    assert one(text).code.url == "https://github.com/someone/SAFE"


def test_an_acronym_with_its_year_glued_on_after_the_title_is_the_venue_and_year():
    """``Title. TGRS2022. | [paper](url)``: a journal the known venues lack, written as its
    acronym with the year glued on, as a sentence of its own; also with a short note."""
    text = (
        "1. An empirical study of remote sensing pretraining. TGRS2022. |"
        " [paper](https://ieeexplore.ieee.org/abstract/document/9782149) |"
        " [code](https://github.com/ViTAE-Transformer/RSP) |\n"
        "2. SAMRS: Scaling-up Remote Sensing Segmentation Dataset. NeurIPS2023 (DB). |"
        " [paper](https://arxiv.org/abs/2305.02034) |\n"
    )
    assert [(t, y) for _, t, y in _read(text)] == [
        ("An empirical study of remote sensing pretraining", 2022),
        ("SAMRS: Scaling-up Remote Sensing Segmentation Dataset", 2023),
    ]


def test_a_dataset_or_model_glued_to_a_year_in_a_title_is_no_venue():
    """``COCO2017`` opening a sentence is a dataset (not a venue), and a glued year in the
    middle of a title's words is no sentence of its own."""
    text = (
        "- Scaling laws for detection. COCO2017. [paper](https://arxiv.org/abs/2301.00001)\n"
        "- Revisiting the ImageNet2012 Benchmark for Robust Models"
        " [paper](https://arxiv.org/abs/2301.00002)\n"
    )
    titles = [t for _, t, _ in _read(text)]
    assert titles[1] == "Revisiting the ImageNet2012 Benchmark for Robust Models"
    assert [y for _, _, y in _read(text)] == [None, None]


def test_a_weights_column_and_a_link_naming_its_site_are_no_title():
    """``| **Name** | 2025 · arXiv | [Paper](arxiv) | [HuggingFace](hf) · [ModelScope](ms) |``:
    the weights column holds more links, and a link text naming its own site (``ModelScope``
    on modelscope.cn, ``Baidu NetDisk`` on pan.baidu.com) is no title: the bold name is."""
    text = (
        "| Resource | Year / Venue | Paper | Weights / Data | Official code |\n"
        "| :---: | :---: | :---: | :---: | :---: |\n"
        "| **SegEarth-R1** | 2025 · arXiv | [Paper](https://arxiv.org/abs/2504.09644) |"
        " [HuggingFace](https://huggingface.co/e/SegEarth-R1) ·"
        " [ModelScope](https://modelscope.cn/models/e/SegEarth-R1) |"
        " [Code](https://github.com/e/SegEarth-R1) |\n"
        "| **GeoZero** | 2025 · arXiv | [Paper](https://arxiv.org/abs/2511.22645) |"
        " [HuggingFace](https://huggingface.co/h/GeoZero) ·"
        " [Baidu NetDisk](https://pan.baidu.com/s/1nJjBw) | [Code](https://github.com/M/GeoZero) |\n"
    )
    assert [t for _, t, _ in _read(text)] == ["SegEarth-R1", "GeoZero"]


def test_a_known_venue_in_any_case_after_a_spaced_or_full_width_comma_is_no_title():
    """``Title, Recsys 2021``, ``Title , NeurIPS 2021 Workshop ICBINB``, a full-width comma
    and ``submitted TKDE in 2021``: the venue and year close the title, however the comma is
    written."""
    text = (
        "- Transformers4Rec: Bridging the Gap between NLP and Session-Based Recommendation,"
        " Recsys 2021 , [[paper]](https://dl.acm.org/doi/abs/10.1145/3460231.3474255)\n"
        "- UPRec: User-Aware Pre-training for Recommender Systems ，submitted TKDE in 2021 ,"
        " [[paper]](https://arxiv.org/abs/2102.10989)\n"
        "- Language Models as Recommender Systems: Evaluations and Limitations , NeurIPS 2021"
        " Workshop ICBINB , [[paper]](https://openreview.net/pdf?id=hFx3fY7-m9b)\n"
        "- Recommendation as Language Processing (RLP): A Unified Paradigm (P5) , Recsys 2022 ,"
        " [[paper]](https://arxiv.org/abs/2203.13366)\n"
    )
    assert [(t, y) for _, t, y in _read(text)] == [
        ("Transformers4Rec: Bridging the Gap between NLP and Session-Based Recommendation", 2021),
        ("UPRec: User-Aware Pre-training for Recommender Systems", 2021),
        ("Language Models as Recommender Systems: Evaluations and Limitations", 2021),
        ("Recommendation as Language Processing (RLP): A Unified Paradigm (P5)", 2022),
    ]
