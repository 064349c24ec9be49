"""Layouts first seen in the fresh368-373 batches (measured before any tuning on them) or
left over from older ones, each held by a test that fails on the reader before its fix (cut
to its point)."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import reader

_read = reader("line", "title", "short_name")


def test_a_rank_number_before_every_title_is_not_the_titles():
    """A digest that writes each paper's rank of the day before its title (``## [3
    DoubleHelix: ...](arxiv)``, ``## [12 Phoenix-VAD: ...](arxiv)``, ranks that repeat from
    day to day): the titles and short names are without it."""
    text = (
        "# Speech papers\n\n"
        "## [3 DoubleHelix: Structured Cross-Modal Fusion for Audio-Visual Speech Recognition]"
        "(https://arxiv.org/abs/2607.29112)\n\n- **Date**: 2026-07-31\n\n"
        "## [12 Phoenix-VAD: Streaming Semantic Endpoint Detection](https://arxiv.org/abs/2509.20410)\n\n"
        "- **Date**: 2025-09-24\n\n"
        "## [4 Leveraging Beam Search Information for Confidence Estimation in E2E ASR]"
        "(https://arxiv.org/abs/2607.29299)\n\n- **Date**: 2026-07-31\n\n"
        "## [1 ParaASR: Multi-Token Prediction for Fast LLM-Based ASR](https://arxiv.org/abs/2607.29279)\n\n"
        "- **Date**: 2026-07-31\n\n"
        "## [3 StreamHear: Domain-Adapted Pseudo-Labeling for Streaming Speech Recognition]"
        "(https://arxiv.org/abs/2608.13717)\n\n- **Date**: 2026-08-20\n"
    )
    assert _read(text) == [
        (
            3,
            "DoubleHelix: Structured Cross-Modal Fusion for Audio-Visual Speech Recognition",
            "DoubleHelix",
        ),
        (7, "Phoenix-VAD: Streaming Semantic Endpoint Detection", "Phoenix-VAD"),
        (11, "Leveraging Beam Search Information for Confidence Estimation in E2E ASR", None),
        (15, "ParaASR: Multi-Token Prediction for Fast LLM-Based ASR", "ParaASR"),
        (
            19,
            "StreamHear: Domain-Adapted Pseudo-Labeling for Streaming Speech Recognition",
            "StreamHear",
        ),
    ]


def test_a_title_opening_with_a_number_keeps_it_in_a_list_that_does_not_rank():
    """``2 OLMo 2 Furious`` among titles with no number before them: the number is the
    title's."""
    text = (
        "# LLM papers\n\n"
        "- [2 OLMo 2 Furious](https://arxiv.org/abs/2501.00656)\n"
        "- [Llama 2: Open Foundation and Fine-Tuned Chat Models](https://arxiv.org/abs/2307.09288)\n"
        "- [Mistral 7B Technical Report Notes](https://arxiv.org/abs/2310.06825)\n"
        "- [3 Ways to Scale Language Models Efficiently](https://arxiv.org/abs/2310.00001)\n"
        "- [Qwen Technical Report](https://arxiv.org/abs/2309.16609)\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "2 OLMo 2 Furious",
        "Llama 2: Open Foundation and Fine-Tuned Chat Models",
        "Mistral 7B Technical Report Notes",
        "3 Ways to Scale Language Models Efficiently",
        "Qwen Technical Report",
    ]


def test_a_day_month_and_short_year_in_a_date_column_is_the_year():
    """``| 30 Apr 18 |``, ``|  6 Aug 18 |`` in a Date column beside ``3 Mar 2019``: 2018 (a
    day, a month and a short year); ``| Mar 24 |`` stays the 24th of March, no year."""
    text = (
        "| Model | Date | Paper |\n|---|---|---|\n"
        "| DCRNN | 30 Apr 18 | [Diffusion Convolutional Recurrent Neural Network]"
        "(https://arxiv.org/abs/1707.01926) |\n"
        "| GaAN |  6 Aug 18 | [GaAN: Gated Attention Networks for Learning on Graphs]"
        "(http://auai.org/uai2018/proceedings/papers/139.pdf) |\n"
        "| AGCRN | Mar 24 | [Adaptive Graph Convolutional Recurrent Network]"
        "(http://example.org/papers/agcrn.pdf) |\n"
    )
    years = [e.year for e in parse_text(text, "x").entries]
    assert years == [2018, 2018, None]


def test_a_series_of_one_word_items_the_title_goes_on_from_is_no_author_list():
    """``Mastering Atari, Go, Chess and Shogi by Planning with a Learned Model``: the series
    goes on with ``by``, so the title is whole; ``Title, Smith, Jones and Brown.`` still
    loses its authors."""
    text = (
        "# World models\n\n"
        "* **Mastering Atari, Go, Chess and Shogi by Planning with a Learned Model** "
        "(Schrittwieser et al., 2020) [paper](https://arxiv.org/abs/1911.08265)\n"
        "* [Deep Residual Learning for Image Recognition, Kaiming He, Xiangyu Zhang, Shaoqing Ren "
        "and Jian Sun](https://arxiv.org/abs/1512.03385)\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "Mastering Atari, Go, Chess and Shogi by Planning with a Learned Model",
        "Deep Residual Learning for Image Recognition",
    ]


def test_a_title_in_italics_wrapped_over_two_lines_is_whole():
    """``**SPeaR** - *Test-Time Adaptation ... for Realigning`` / ``Representations*. arXiv
    2026. `Representation steering```: the italics carry the title onto the line below, and
    the arXiv sentence and the topic after it are no part of it; italics that close on their
    own line keep the line below apart."""
    text = (
        "# TTA\n\n"
        "- **SPeaR** - *Test-Time Adaptation with Steering Primitives for Realigning\n"
        "  Representations*. arXiv 2026. `Representation steering`\n"
        "  [![Paper](https://img.shields.io/badge/Paper-arXiv-b31b1b)](https://arxiv.org/abs/2609.24111)\n"
        "- *Robust Mean Teacher for Continual and Gradual Test-Time Adaptation*\n"
        "  Mario Döbler, Robert A. Marsden [paper](https://arxiv.org/abs/2211.13081)\n"
    )
    assert _read(text) == [
        (
            3,
            "SPeaR: Test-Time Adaptation with Steering Primitives for Realigning Representations",
            "SPeaR",
        ),
        (6, "Robust Mean Teacher for Continual and Gradual Test-Time Adaptation", None),
    ]


def test_a_link_labelled_notes_into_a_repository_is_no_code():
    """``[[Notes]](github.com/o/paper_notes/blob/master/x.md)``: the maintainer's note on the
    paper, not its code; ``[[Code]](github.com/o/r)`` beside it is."""
    text = (
        "# NMT\n\n"
        "* Vaswani et al.: Attention Is All You Need [[arXiv 2017]](https://arxiv.org/abs/1706.03762) "
        "[[Notes]](https://github.com/someone/paper_notes/blob/master/nlp/17_attention.md)\n"
        "* Sennrich et al.: Neural Machine Translation of Rare Words with Subword Units "
        "[[arXiv 2015]](https://arxiv.org/abs/1508.07909) [[Code]](https://github.com/rsennrich/subword-nmt) "
        "[[notes]](https://github.com/someone/paper_notes/blob/master/nlp/16_bpe.md)\n"
    )
    codes = [e.code.url if e.code else None for e in parse_text(text, "x").entries]
    assert codes == [None, "https://github.com/rsennrich/subword-nmt"]


def test_a_name_link_by_authors_or_acronym_over_a_bold_title_line():
    """``**[Dib et al.](paper)** (2021 ICCV)<br>`` over ``**Towards high fidelity ...**<br>``:
    a link named by its authors, an acronym and its expansion or a short name, over a bold
    line, takes that line as its title, in sentence case too, beside a tag of a year and an
    unknown venue's acronym (``(2018 FG)``); a sentence-case line that is not bold stays a
    note."""
    text = (
        "# 3D faces\n\n"
        "- **[Dib et al.](https://arxiv.org/pdf/2103.15432.pdf)** (2021 ICCV)<br>\n"
        "**Towards high fidelity monocular face reconstruction with rich reflectance**<br>\n"
        "*Abdallah Dib, Cedric Thebault*<br>\n\n"
        "- **[Zhen-Hua Feng et al. (2018)](https://arxiv.org/abs/1803.05536)** (2018 FG)<br>\n"
        "**Evaluation of dense 3D reconstruction from 2D face images in the wild**<br>\n\n"
        "- **[BFM (Basel Face Model)](https://ieeexplore.ieee.org/document/5279762)** (2009 AVSS)<br>\n"
        "**A 3D Face Model for Pose and Illumination Invariant Face Recognition**<br>\n\n"
        "- **[SCAPE](http://robots.stanford.edu/papers/anguelov.shapecomp.pdf)** (2005 SIGGRAPH)<br>\n"
        "**SCAPE: shape completion and animation of people**<br>\n\n"
        "- **[GANFIT](https://arxiv.org/pdf/1902.05978.pdf)** (2019 CVPR)<br>\n"
        "the first to fit a GAN to a face scan, read it first<br>\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "Towards high fidelity monocular face reconstruction with rich reflectance",
        "Evaluation of dense 3D reconstruction from 2D face images in the wild",
        "A 3D Face Model for Pose and Illumination Invariant Face Recognition",
        "SCAPE: shape completion and animation of people",
        "GANFIT",
    ]


def test_a_heading_over_key_value_fields_with_a_list_value_and_a_link_key():
    """``#### 异质信息网络分析与应用综述`` over ``* 链接: url``, ``* 相关数据集:`` (its values a
    sub-list) and ``* 是否有开源代码: 有(url)``: one entry titled by the heading, in Chinese
    too, its paper the ``链接`` (link) field's; the code field is no entry of its own."""
    block = (
        "#### {title}\n"
        "* 作者： Chuan Shi, et al.\n"
        "* 发表时间：2020\n"
        "* 链接：{url}\n"
        "* 相关数据集：\n"
        "    * DBLP\n"
        "    * Yelp\n"
        "* 是否有开源代码：有({code})\n\n"
    )
    text = "# Graph papers\n\n" + "".join(
        block.format(title=t, url=u, code=c)
        for t, u, c in (
            (
                "异质信息网络分析与应用综述",
                "http://www.shichuan.org/doc/94.pdf",
                "https://github.com/a/b",
            ),
            (
                "Homogenization with Explicit Semantics Preservation for Heterogeneous Networks",
                "https://dl.acm.org/doi/10.1145/3340531.3412015",
                "https://dl.acm.org/doi/10.1145/3340531.3412135",
            ),
        )
    )
    got = [
        (e.line, e.title, e.paper.url if e.paper else None) for e in parse_text(text, "x").entries
    ]
    assert got == [
        (3, "异质信息网络分析与应用综述", "http://www.shichuan.org/doc/94.pdf"),
        (
            12,
            "Homogenization with Explicit Semantics Preservation for Heterogeneous Networks",
            "https://dl.acm.org/doi/10.1145/3340531.3412015",
        ),
    ]


def test_a_lower_case_note_glued_to_a_titles_end_is_no_part_of_it():
    """``Images(end-to-end)``, ``Learning(data augmentation)``: a note in brackets glued to the
    last word is cut; a short one (``RefCOCO(avg)``) and a spaced one stay."""
    text = (
        "# Scene text\n\n"
        "- [2019-CVPR] A Multitask Network for Localization and Recognition of Text in "
        "Images(end-to-end) [[`paper`]](https://arxiv.org/abs/1906.09266)\n"
        "- [2019-CVPR] Handwriting Recognition in Low-resource Scripts using Adversarial "
        "Learning(data augmentation) [[`paper`]](https://arxiv.org/abs/1811.01396)\n"
        "- [RefCOCO(avg)](https://arxiv.org/abs/1608.00272)\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "A Multitask Network for Localization and Recognition of Text in Images",
        "Handwriting Recognition in Low-resource Scripts using Adversarial Learning",
        "RefCOCO(avg)",
    ]


def test_a_paper_cited_in_a_comment_sentence_is_no_entry():
    """``> This paper also connects to Levine's well cited survey: [Title](arxiv), while
    ...``: a comment that cites another paper, not an entry; ``- Block-synchronous with
    RNN-T like decoding rule: [Title](arxiv)``, an item's label, keeps its entry."""
    text = (
        "# RL reading group\n\n## Exploration\n\n"
        "**Making Sense of Reinforcement Learning and Probabilistic Inference** "
        "[[link](https://openreview.net/forum?id=S1xitgHtvS)]\n"
        "> This paper also connects to Sergey Levine's well cited survey: [Reinforcement "
        "Learning and Control as Probabilistic Inference: Tutorial and Review]"
        "(https://arxiv.org/abs/1805.00909), while this one stresses epistemic uncertainty.\n\n"
        "- Block-synchronous with RNN-T like decoding rule: [Synchronous Transformers For E2E "
        "Speech Recognition](https://arxiv.org/pdf/1912.02958.pdf) (ICASSP 2020)\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "Making Sense of Reinforcement Learning and Probabilistic Inference",
        "Synchronous Transformers For E2E Speech Recognition",
    ]


def test_titles_that_open_with_their_own_numbers_keep_them():
    """From a review's probes: a list whose titles open with numbers of their own (``80
    Million Tiny Images``, ``7 Myths of ...``: four titles, or numbers over 50) and a table
    with a Rank column keep every number; only five titles or more, four in five of the
    list's, with numbers of 50 at most are a digest's ranks."""
    bullets = (
        "# Essays\n\n"
        "- [7 Myths of Machine Learning Research](https://arxiv.org/abs/1902.06789)\n"
        "- [3 Things Everyone Should Know to Improve Object Retrieval](https://example.org/a.pdf)\n"
        "- [80 Million Tiny Images: A Large Data Set](https://example.org/b.pdf)\n"
        "- [2 OLMo 2 Furious](https://arxiv.org/abs/2501.00656)\n"
    )
    table = "| Rank | Paper |\n|---|---|\n" + "".join(
        f"| {k} | [{k} Bits Are Enough for Model Number {k}](https://arxiv.org/abs/2401.0000{k}) |\n"
        for k in range(1, 7)
    )
    assert [t.split()[0] for _, t, _ in _read(bullets)] == ["7", "3", "80", "2"]
    assert all(t.split()[0].isdigit() for _, t, _ in _read(table))


def test_a_bold_note_under_a_name_link_is_no_title():
    """``**[FLAME (Faces Learned ...)](paper)**`` over ``**Must read, the standard head
    model**``: advice to read it, not the title; the name stays the title."""
    text = (
        "# 3D faces\n\n"
        "- **[Dib et al.](https://arxiv.org/pdf/2103.15432.pdf)** (2021 ICCV)<br>\n"
        "**Highly recommended starting point for beginners**<br>\n\n"
        "- **[FLAME (Faces Learned with an Articulated Model and Expressions)]"
        "(https://ps.is.mpg.de/paper.pdf)** (2017 TOG)<br>\n"
        "**Must read, the standard head model used by most works**<br>\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "Dib et al",
        "FLAME (Faces Learned with an Articulated Model and Expressions)",
    ]


def test_italics_that_close_on_a_line_with_another_title_join_nothing():
    """``[Title](url) *CVPR 2016, read`` / ``first* [Next Title](url)`` and ``uses 3*3`` /
    ``[Title](url) popularised 1*1``: italics after a link, or closing after one, are no
    wrapped title; each line keeps its entry."""
    text = (
        "# CNNs\n\n"
        "[Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385) *CVPR 2016, read\n"
        "first* [Identity Mappings in Deep Residual Networks](https://arxiv.org/abs/1603.05027) *ECCV 2016*\n"
        "[Densely Connected Convolutional Networks](https://arxiv.org/abs/1608.06993) uses 3*3 convolutions\n"
        "[Network In Network](https://arxiv.org/abs/1312.4400) popularised 1*1 convolutions\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "Deep Residual Learning for Image Recognition",
        "Identity Mappings in Deep Residual Networks",
        "Densely Connected Convolutional Networks",
        "Network In Network",
    ]


def test_review_probes_of_authors_brackets_and_sentences():
    """Surnames closing a title go with it though a word follows (``Hinton, Osindero and
    Teh from Toronto``); maths in brackets is the title's (``O(n log n)``); an item that
    opens with a sentence before its linked title is an entry; ``[Notes]`` on a repository's
    own address is its code."""
    text = (
        "# Classics\n\n"
        "- [A Fast Learning Algorithm for Deep Belief Nets, Hinton, Osindero and Teh from Toronto]"
        "(https://www.cs.toronto.edu/~hinton/absps/fastnc.pdf)\n"
        "- Integer multiplication in time O(n log n) [[paper]](https://hal.science/hal-02070778/document)\n"
        "- Their follow-up work on guidance and sampling: [Classifier-Free Diffusion Guidance]"
        "(https://arxiv.org/abs/2207.12598)\n"
        "- [Mip-NeRF 360: Unbounded Anti-Aliased Neural Radiance Fields](https://arxiv.org/abs/2111.12077) "
        "[Notes](https://github.com/google/mipnerf)\n"
    )
    entries = parse_text(text, "x").entries
    assert [e.title for e in entries] == [
        "A Fast Learning Algorithm for Deep Belief Nets",
        "Integer multiplication in time O(n log n)",
        "Classifier-Free Diffusion Guidance",
        "Mip-NeRF 360: Unbounded Anti-Aliased Neural Radiance Fields",
    ]
    assert (
        entries[3].code is not None and entries[3].code.url == "https://github.com/google/mipnerf"
    )


def test_a_bold_name_over_a_citation_and_a_dataset_repositories_section():
    """``**SHAP** Lundberg, Scott M., and Su-In Lee. "Title." Venue (2017). [Paper](url)``:
    the quoted title after the citation's authors is the title; rows of a ``Dataset
    Repositories`` section named only by their datasets are no papers."""
    text = (
        "# Explainability\n\n## Methods\n\n"
        '+ **SHAP** Lundberg, Scott M., and Su-In Lee. "A unified approach to interpreting model '
        'predictions." Advances in neural information processing systems 30 (2017). '
        "[Paper](https://arxiv.org/pdf/1705.07874.pdf)\n\n"
        "## Dataset Repositories\n\n|Title|\n|-----|\n"
        "|[4D Repository](https://kinovis.inria.fr/4d-repository/)|\n"
        "|[CVSSP3D](https://cvssp.org/data/cvssp3d/)|\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "A unified approach to interpreting model predictions"
    ]


def test_second_review_probes_of_numbers_remarks_notes_and_calls():
    """From a second review: five titles that open with numbers of their own (neither
    counting up nor repeating) keep them; a quoted remark after a bold name's authors is no
    title; ``[Notes]`` on a repository's ``tree/main`` is its code; a function call glued to a
    short word (``log(sum exp)``) is the title's; a bold title under an author link that opens
    with ``Highly`` is the title."""
    numbered = "# Data\n\n" + "".join(
        f"- [{t}](https://example.org/{k}.pdf)\n"
        for k, t in enumerate(
            (
                "1 Year, 1000km: The Oxford RobotCar Dataset",
                "10 Simple Rules for Reproducible Research",
                "2 OLMo 2 Furious",
                "8 Million Pages: A Web Corpus",
                "3 Things Everyone Should Know to Improve Object Retrieval",
            )
        )
    )
    assert [t.split()[0] for _, t, _ in _read(numbered)] == ["1", "10", "2", "8", "3"]
    text = (
        "# Attribution\n\n## Methods\n\n"
        '+ **Integrated Gradients** Sundararajan, Taly and Yan, "the axiomatic attribution paper" '
        "[Paper](https://arxiv.org/abs/1703.01365)\n"
        "+ Computing the Softmax in log(sum exp) [Paper](https://example.org/softmax.pdf) "
        "[Notes](https://github.com/TimDettmers/bitsandbytes/tree/main)\n\n"
        "- **[Jumper et al.](https://www.nature.com/articles/s41586-021-03819-2)** (2021 Nature)<br>\n"
        "**Highly accurate protein structure prediction with AlphaFold**<br>\n"
    )
    entries = parse_text(text, "x").entries
    assert [e.title for e in entries] == [
        "Integrated Gradients",
        "Computing the Softmax in log(sum exp)",
        "Highly accurate protein structure prediction with AlphaFold",
    ]
    assert entries[1].code is not None and entries[1].code.url.endswith("bitsandbytes/tree/main")


def test_a_dated_list_title_dates_the_papers_under_later_top_level_sections():
    """``# Awesome-ICCV2023-Low-Level-Vision`` then ``# Image Restoration``, ``# Super
    Resolution``: the list's title dates its papers (ICCV 2023) though the sections are top
    headings too; a section's own year still wins (``# CVPR 2021``)."""
    text = (
        "# Awesome-ICCV2023-Low-Level-Vision\n"
        "A Collection of Papers and Codes in ICCV2023 related to Low-Level Vision\n\n"
        "# Image Restoration\n\n"
        "**DiffIR: Efficient Diffusion Model for Image Restoration**\n"
        "- Paper: https://arxiv.org/abs/2303.09472\n\n"
        "# Super Resolution\n\n"
        "**SRFormer: Permuted Self-Attention for Single Image Super-Resolution**\n"
        "- Paper: https://arxiv.org/abs/2303.09735\n\n"
        "# CVPR 2021\n\n"
        "**Pre-Trained Image Processing Transformer**\n"
        "- Paper: https://arxiv.org/abs/2012.00364\n"
    )
    got = [(e.year, e.venue) for e in parse_text(text, "x").entries]
    assert got == [(2023, "ICCV 2023"), (2023, "ICCV 2023"), (2021, "CVPR 2021")]


def test_a_longer_first_title_that_names_a_venue_and_year_dates_the_list():
    """``# **Awesome ICML 2024 Graph Paper Collection**``, ``# CHI'26 Preprint Collection —
    Curated Reading List``: the venue and year in the list's title date its papers; ``#
    Awesome papers since CVPR 2020`` dates none."""
    body = (
        "\n\n## Expressivity\n\n"
        "- [Homomorphism Expressivity of Spectral Invariant Graph Neural Networks]"
        "(https://arxiv.org/abs/2406.04336)\n"
    )
    years = [
        parse_text(f"# {h}{body}", "x").entries[0].year
        for h in (
            "**Awesome ICML 2024 Graph Paper Collection**",
            "CHI'26 Preprint Collection — Curated Reading List",
            "Awesome papers since CVPR 2020",
        )
    ]
    assert years == [2024, 2026, None]
