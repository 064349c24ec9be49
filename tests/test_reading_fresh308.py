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


def test_a_stars_page_gives_way_only_to_its_own_repository():
    """A stars badge and a ``[Based on]`` link to another project's repository: the stars
    page's repository is the entry's code, not the other project (review of fresh308)."""
    text = (
        "- RingMo: A Remote Sensing Foundation Model [[paper]](https://arxiv.org/abs/2401.00001)"
        " [![Stars](https://img.shields.io/github/stars/comeony/RingMo)]"
        "(https://github.com/comeony/RingMo/stargazers)"
        " [Based on](https://github.com/microsoft/SimMIM)\n"
    )
    assert one(text).code.url == "https://github.com/comeony/RingMo/stargazers"


def test_a_dataset_glued_to_its_year_after_a_title_gives_no_year():
    """``Title. BraTS2020.``, ``Title. DAVIS2017.``, ``Title. ImageNet2012 (1k).``: datasets
    and challenges written like a venue tag; only a known venue or a capitals acronym that
    names no dataset dates the entry (review of fresh308)."""
    text = (
        "- Brain tumour segmentation with transformers. BraTS2020."
        " [paper](https://arxiv.org/abs/2301.00011)\n"
        "- Video object segmentation with memory. DAVIS2017. [paper](https://arxiv.org/abs/2301.00012)\n"
        "- Vision transformers at scale. ImageNet2012 (1k). [paper](https://arxiv.org/abs/2301.00013)\n"
        "- Change detection with foundation models. JSTARS2024. [paper](https://arxiv.org/abs/2301.00014)\n"
    )
    assert [y for _, _, y in _read(text)] == [None, None, None, 2024]


def test_two_words_name_a_site_only_as_its_name_or_its_owners_service():
    """``[Apple Intelligence](machinelearning.apple.com/…)`` is a paper (a product named by
    its maker), ``[Google Scholar]`` and ``[Hugging Face]`` are sites (review of fresh308)."""
    text = (
        "- [Apple Intelligence Foundation Language Models](https://arxiv.org/abs/2407.21075)\n"
        "- [Apple Intelligence](https://machinelearning.apple.com/research/apple-intelligence)"
        " [[arXiv]](https://arxiv.org/abs/2407.21076)\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "Apple Intelligence Foundation Language Models",
        "Apple Intelligence",
    ]


def test_a_venue_that_is_a_word_closes_a_title_only_as_the_venue_writes_it():
    """``, Media 2020`` ends a title about news media; ``, MedIA 2020`` is the journal."""
    text = (
        "- Framing Effects in Mainstream News, Media 2020 [[paper]](https://arxiv.org/abs/2001.00001)\n"
        "- Self-supervised Learning for Lesion Detection, MedIA 2020"
        " [[paper]](https://arxiv.org/abs/2001.00002)\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "Framing Effects in Mainstream News, Media 2020",
        "Self-supervised Learning for Lesion Detection",
    ]


def test_a_comma_list_going_on_to_a_3d_phrase_is_the_titles():
    """``CRN: Camera Radar Net for Accurate, Robust, Efficient 3D Perception``: capitalised
    words after commas that go on to ``3D Perception`` are a title's, not authors."""
    text = (
        "- CRN: Camera Radar Net for Accurate, Robust, Efficient 3D Perception (ICLRW 2023)"
        " [[Paper]](https://arxiv.org/pdf/2304.00670.pdf)\n"
    )
    assert one(text).title == "CRN: Camera Radar Net for Accurate, Robust, Efficient 3D Perception"


def test_two_digits_in_a_month_or_date_column_are_no_year():
    """``| 03 |`` under ``Month`` below ``## 2023``, a reading group's ``Date`` of ``05``: a
    month or a day, never 2003 or 2005 (review of fresh314; a two-digit Year column is left
    unread rather than misread)."""
    text = (
        "## 2023\n\n| Month | Paper |\n|---|---|\n"
        "| 03 | [Segment Anything](https://arxiv.org/abs/2304.02643) |\n"
        "| 05 | [Tree of Thoughts: Deliberate Problem Solving](https://arxiv.org/abs/2305.10601) |\n"
    )
    assert [y for _, _, y in _read(text)] == [2023, 2023]


def test_a_title_ending_in_arxiv_or_preprint_as_a_word_keeps_it():
    """``... Papers on arXiv``, ``... Review a Preprint``: the word closes the title's own
    phrase (review of fresh314)."""
    text = (
        "- [Citation Recommendation for Papers on arXiv](https://arxiv.org/abs/2101.00001)\n"
        "- **How Much Does It Cost to Review a Preprint** [paper](https://arxiv.org/abs/2101.00002)\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "Citation Recommendation for Papers on arXiv",
        "How Much Does It Cost to Review a Preprint",
    ]


def test_a_topic_citing_papers_by_authors_stays_a_topic_beside_a_venue_link():
    """``**Physical Causality** ... ([Ates et al., 2022](url)), ([Roemmele et al., 2011](url))
    and ([NeurIPS 2022](url))``, and citations of a surname like a venue (``[Corr, 2019]``):
    topics, not entries (review of fresh314)."""
    text = (
        "1. **Physical Causality**\n\n   Datasets for reasoning about physical events include"
        " CRAFT ([Ates et al., 2022](https://arxiv.org/abs/2012.04293)), COPA"
        " ([Roemmele et al., 2011](https://arxiv.org/abs/1104.00001)) and CLEVRER"
        " ([NeurIPS 2022](https://arxiv.org/abs/1910.01442)).\n"
        "2. **Trait Models**\n\n   Work on listeners' traits such as openness"
        " ([Corr, 2019](https://arxiv.org/abs/1901.00001)) and on mood"
        " ([Lee et al., 2020](https://arxiv.org/abs/2001.00003)) shows links between them.\n\n"
        "## Papers\n\n- [Joint Reasoning about Physical Events in Video and Language]"
        "(https://arxiv.org/abs/2105.00001)\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "Joint Reasoning about Physical Events in Video and Language"
    ]


def test_a_title_after_the_authors_is_kept_after_a_bold_name():
    """``**ViT** — Dosovitskiy et al., An Image is Worth 16x16 Words ...``: a title follows
    the authors, so it is the entry's (review of fresh314)."""
    text = (
        "- **ViT** — Dosovitskiy et al., An Image is Worth 16x16 Words: Transformers for Image"
        " Recognition at Scale. [arXiv](https://arxiv.org/abs/2010.11929)\n"
    )
    assert one(text).title.startswith("ViT: An Image is Worth 16x16 Words")


def test_a_lone_arxiv_tag_after_a_title_is_no_part_of_it():
    """``- Title `arxiv` [{Paper}](url) [{Code}](url)``: the venue tag in a code span."""
    text = (
        "- InstantID: Zero-shot Identity-Preserving Generation in Seconds `arxiv`"
        " [{Paper}](https://arxiv.org/abs/2401.07519) [{Code}](https://github.com/InstantID/InstantID)\n"
        "- DreamBooth: Fine Tuning Text-to-Image Diffusion Models `CVPR2023`"
        " [{Paper}](https://arxiv.org/abs/2208.12242)\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "InstantID: Zero-shot Identity-Preserving Generation in Seconds",
        "DreamBooth: Fine Tuning Text-to-Image Diffusion Models",
    ]


def test_links_named_by_venue_and_year_are_no_citations_by_authors():
    """``- [ ] Authors. *Title.* [[ICASSP 2019](ieee)] [[CoRR2018](arxiv)]``: two versions of
    one paper named by venue and year, not a topic citing papers by author and year."""
    text = (
        "- [x] Bo Li, Yu Zhang, Tara Sainath. *Bytes Are All You Need: End-to-end Multilingual"
        " Speech Recognition and Synthesis with Bytes.* [[ICASSP 2019](https://ieeexplore.ieee.org/"
        "document/8682674)] [[CoRR2018](https://arxiv.org/abs/1811.09021)]\n"
        "  - `ASR` `TTS` `Multilingual`\n"
        "  - Use Unicode bytes instead of characters, sub-words or words as the unit of text.\n"
    )
    assert one(text).title == (
        "Bytes Are All You Need: End-to-end Multilingual Speech Recognition and Synthesis with Bytes"
    )


def test_a_dash_then_a_first_author_et_al_follows_a_short_bold_title():
    """``- **Point Transformer** — Zhao *et al.*, ICCV 2021. Summary.``: the bold is the
    title; what follows the dash is its authors, venue and a summary."""
    text = (
        "- **Point Transformer** — Zhao *et al.*, ICCV 2021. Vector self-attention with"
        " position encoding for point clouds. [arXiv:2012.09164](https://arxiv.org/abs/2012.09164).\n"
    )
    assert (one(text).title, one(text).year) == ("Point Transformer", 2021)
