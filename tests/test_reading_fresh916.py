"""Round 145 (fresh916-921): each rule held by a test that fails on the reader before it;
the guards beside them pass on both."""

from __future__ import annotations

from pipeline.checks import paper_ref
from pipeline.parse import parse_text

ARXIV = "https://arxiv.org/abs/"


def _entries(text: str):
    return parse_text(text, "l.md").entries


def test_a_grid_of_figures_between_a_bold_title_and_its_fields_keeps_them_one_paper():
    """Allenpandas/awesome-image-augmentation: ``### Name``, ``**Title**``, a table whose rows
    hold only the paper's figures, then ``- arxiv: <url>``: the title is the bold line (it was
    empty: the table ended the block)."""
    text = (
        "# Augmentation\n\n### Random Erasing\n\n**Random Erasing Data Augmentation**\n\n"
        "| black  | white | random |\n|---|---|---|\n"
        "|![i1](assets/001-black.gif)|![i2](assets/001-white.gif)| ![i3](assets/001-random.gif)|\n\n\n"
        "- intro:  AAAI 2020\n- arxiv: <https://arxiv.org/pdf/1708.04896.pdf>\n"
        "- github: <https://github.com/zhunzhong07/Random-Erasing>\n"
    )
    (e,) = _entries(text)
    assert e.title == "Random Erasing Data Augmentation"
    assert e.code is not None and e.code.url == "https://github.com/zhunzhong07/Random-Erasing"


def test_a_table_with_text_after_a_bold_title_still_ends_its_block():
    """Guard: a table of numbers after a paper's fields is no part of the paper; the bold
    line after it opens the next entry."""
    text = (
        "# L\n\n**First Paper About Things**\n\n- arxiv: <https://arxiv.org/abs/1708.04896>\n\n"
        "| model | top-1 |\n|---|---|\n| A | 76.1 |\n\n**Second Paper About Things**\n\n"
        "- arxiv: <https://arxiv.org/abs/1905.04899>\n"
    )
    assert [e.title for e in _entries(text)] == [
        "First Paper About Things",
        "Second Paper About Things",
    ]


def test_a_journal_acronym_in_brackets_labels_the_link_before_a_sentence_case_title():
    """Awesome-Image-Registration-Organization/awesome-image-registration: ``[[MIA](url)]
    Title.`` names the journal (Medical Image Analysis), as ``[[AAAI](url)]`` names a
    conference: the title is the text after it (it was ``MIA``, and the year came from
    ``FetReg2021`` inside the title), and the journal is no short name."""
    text = (
        "# Registration\n\n## 2024\n\n"
        "[[MIA](https://linkinghub.elsevier.com/retrieve/pii/S1361841523003262)] Placental vessel "
        "segmentation and registration in fetoscopy: Literature review and MICCAI FetReg2021 "
        "challenge findings.\n\n"
        "[[MIA](https://linkinghub.elsevier.com/retrieve/pii/S1361841523002876)] Automatic "
        "registration with continuous pose updates for marker-less surgical navigation in spine "
        "surgery. \n"
    )
    got = [(e.title, e.short_name, e.year) for e in _entries(text)]
    assert got == [
        (
            "Placental vessel segmentation and registration in fetoscopy: Literature review "
            "and MICCAI FetReg2021 challenge findings",
            None,
            2024,
        ),
        (
            "Automatic registration with continuous pose updates for marker-less surgical "
            "navigation in spine surgery",
            None,
            2024,
        ),
    ]


def test_a_tag_left_open_after_the_titles_full_stop_is_no_part_of_it():
    """The same list: ``Title.  [**`data.` ** **`pc.`**]`` (a bold run Markdown does not
    close): the title ends at its full stop (it kept ``. [**data``)."""
    text = (
        "# R\n\n## 2023\n\n[[NeurIPS](http://papers.nips.cc/paper_files/paper/2023/hash/abf37695a4562ac4c05194d717d47eec-Abstract-Datasets_and_Benchmarks.html)] "
        "Lung250M-4B: A Combined 3D Dataset for CT- and Point Cloud-Based Intra-Patient Lung "
        "Registration.  [**`data.` ** **`pc.`**]\n"
    )
    (e,) = _entries(text)
    assert e.title == (
        "Lung250M-4B: A Combined 3D Dataset for CT- and Point Cloud-Based Intra-Patient Lung "
        "Registration"
    )


def test_a_link_labelled_code_and_project_page_to_a_project_site_is_no_code():
    """ericzzj1989/Awesome-Image-Matching: ``| [Code & Project page](https://hpatches.github.io/)
    |`` in the ``Repo`` column: a project's site, not its code (a ``[Code](…)`` there stays
    code: the column says what it is)."""
    head = "| Year | Pub | Paper | Repo |\n|---|---|---|---|\n"
    row = "|2017|CVPR|[HPatches: A benchmark and evaluation of handcrafted and learned local descriptors](https://openaccess.thecvf.com/x.pdf)|[{}](https://hpatches.github.io/)|\n"
    (both,) = _entries("# M\n\n" + head + row.format("Code & Project page"))
    assert both.code is None
    (code,) = _entries("# M\n\n" + head + row.format("Code"))
    assert code.code is not None and code.code.url == "https://hpatches.github.io/"


def test_a_model_card_link_is_no_title():
    """gorkemgul/awesome-text-to-image-architectures: ``[Model card 1](…)`` beside a row's
    ``[Paper](arxiv)`` names the model's card, not the paper: the ``Model`` cell titles the
    row (it was ``Model card 1``, the row's name its short name)."""
    text = (
        "# Timeline\n\n| Source date | Model | Date type | Primary sources |\n| --- | --- | --- | --- |\n"
        "| 2025-05-20 | [BAGEL](../models/unified.md#bagel) | paper | [Paper](https://arxiv.org/abs/2505.14683) · [GitHub](https://github.com/ByteDance-Seed/Bagel) · [Model card](https://huggingface.co/ByteDance-Seed/BAGEL-7B-MoT) |\n"
        "| 2025-03-12 | [Gemini](../models/api.md#gemini-image) | announcement | [Announcement 1](https://developers.googleblog.com/x/) · [Model card 1](https://storage.googleapis.com/deepmind-media/Model-Cards/Gemini-3-Pro-Image-Model-Card.pdf) · [Model card 2](https://storage.googleapis.com/deepmind-media/Model-Cards/Gemini-3-1-Flash-Image-Model-Card.pdf) |\n"
        "| 2024-02-27 | [Playground v2](../models/latent-unet.md#playground-v2) | paper | [Paper](https://arxiv.org/abs/2402.17245) · [Model card 1](https://huggingface.co/playgroundai/playground-v2-1024px-aesthetic) · [Model card 2](https://huggingface.co/playgroundai/playground-v2.5-1024px-aesthetic) |\n"
    )  # fmt: skip
    assert [e.title for e in _entries(text)] == ["BAGEL", "Gemini", "Playground v2"]


def test_review994_a_papers_title_named_cards_is_still_its_title():
    """Review 994: ``[Model Cards](arxiv) - Mitchell et al.`` is the paper *Model Cards for
    Model Reporting* as the list names it (only ``Model card`` with a number is a label),
    and a PDF labelled ``Model Card`` is still a paper (often a model's only report)."""
    text = (
        "# Responsible AI\n\n- [Model Cards](https://arxiv.org/abs/1810.03993) - Mitchell et al., FAT* 2019\n"
        "- [Data Cards](https://arxiv.org/abs/2204.01075) - Pushkarna et al., FAccT 2022\n"
        "- **Claude 3 Model Family** [[Model Card](https://assets.anthropic.com/m/Model_Card_Claude_3.pdf)]\n"
    )
    assert [e.title for e in _entries(text)] == [
        "Model Cards",
        "Data Cards",
        "Claude 3 Model Family",
    ]


def test_a_pdf_labelled_paper_1_is_still_a_paper():
    """Guard: ``[Paper 1](….pdf)`` is a paper's PDF (only a card's label is no paper)."""
    text = (
        "# T\n\n| Model | Sources |\n| --- | --- |\n"
        "| Cosmos Thing Model | [Paper 1](https://research.nvidia.com/labs/x/technical-report.pdf) |\n"
    )
    (e,) = _entries(text)
    assert e.paper is not None and e.paper.url.endswith("technical-report.pdf")


OWN = (
    "# Awesome Visual Large Language Models (VLLMs)\n"
    "[![Awesome](https://cdn.rawgit.com/sindresorhus/awesome/d7305f3/media/badge.svg)](https://github.com/sindresorhus/awesome)\n"
    "## 🔥🔥🔥 [Visual Large Language Models for Generalized and Specialized Applications](https://arxiv.org/pdf/2501.02765)\n\n"
    "In this repository, we provide a comprehensive summary of the current literature.\n\n"
)


def test_a_paper_heading_right_under_the_lists_title_is_the_lists_own():
    """OSU-MLB/awesome-continual-learning-robotics-embodied-ai: ``## 🔥🔥🔥 [Title](arxiv)``
    right under the ``#`` title, over the introduction, and the list's papers in a table
    below: the maintainers' own paper, not an entry (as a survey's title there was)."""
    text = OWN + (
        "## Surveys\n\n| Title | Venue | Date |\n|---|---|---|\n"
        "| [A Survey on Bridging VLMs and Synthetic Data](https://openreview.net/pdf?id=ThjDCZOljE) | arXiv | 2025-05-16 |\n"
        "| [Vision-Language Models for Vision Tasks: A Survey](https://arxiv.org/abs/2304.00685) | T-PAMI | 2024-01 |\n"
    )  # fmt: skip
    assert [e.title for e in _entries(text)] == [
        "A Survey on Bridging VLMs and Synthetic Data",
        "Vision-Language Models for Vision Tasks: A Survey",
    ]


def test_paper_headings_under_the_lists_title_are_all_entries():
    """Guard: when the next ``##`` heading links a paper too, the list is written so: the
    first is its first entry."""
    text = (
        "# Papers\n## [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n\n"
        "- Venue: CVPR 2016\n\n"
        "## [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n\n- Venue: NeurIPS 2017\n"
    )
    assert [e.title for e in _entries(text)] == [
        "Deep Residual Learning for Image Recognition",
        "Attention Is All You Need",
    ]


def test_review994_a_method_shaped_like_a_journal_keeps_its_short_name():
    """Review 994: ``[[TENT](arxiv)] Title`` and ``[[TSM](arxiv)] Title`` name methods (only
    journals known by name, ``[[MIA](url)]``, lose it), and ``[[TACO-RL](arxiv)]`` over a
    sentence-case title still reads the title after it."""
    text = (
        "# TTA\n\n- [[TENT](https://arxiv.org/abs/2006.10726)] Fully Test-Time Adaptation by Entropy Minimization\n"
        "- [[TSM](https://arxiv.org/abs/1811.08383)] Temporal Shift Module for Efficient Video Understanding\n"
        "- [[TACO-RL](https://arxiv.org/abs/2409.13035)] Task-aware prompt compression optimization with reinforcement learning\n"
    )  # fmt: skip
    assert [(e.title, e.short_name) for e in _entries(text)] == [
        ("Fully Test-Time Adaptation by Entropy Minimization", "TENT"),
        ("Temporal Shift Module for Efficient Video Understanding", "TSM"),
        ("Task-aware prompt compression optimization with reinforcement learning", "TACO-RL"),
    ]


def test_review994_the_paper_a_list_is_about_under_its_title_stays_an_entry():
    """Review 994: ``## [NeRF: ...](arxiv)`` right under ``# Awesome Neural Radiance Fields``,
    over ``### [Title](arxiv)`` entries, is the paper the list is about, not the
    maintainers' own (their own says so: ``this repository``, ``our survey``)."""
    text = (
        "# Awesome Neural Radiance Fields\n\n"
        "## [NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis](https://arxiv.org/abs/2003.08934)\n"
        "The original NeRF paper. [[code](https://github.com/bmild/nerf)]\n\n"
        "### [Mip-NeRF: A Multiscale Representation for Anti-Aliasing Neural Radiance Fields](https://arxiv.org/abs/2103.13415)\n"
        "[[code](https://github.com/google/mipnerf)]\n"
    )  # fmt: skip
    assert [e.title for e in _entries(text)] == [
        "NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis",
        "Mip-NeRF: A Multiscale Representation for Anti-Aliasing Neural Radiance Fields",
    ]


def test_review994_a_grid_of_figures_after_a_papers_fields_still_ends_it():
    """Review 994: ``Title`` / ``- arxiv: url`` / a grid of figures / the next ``Title``: the
    grid ends the first paper, so the next plain title opens its own entry."""
    grid = "| ![](https://x.com/a.gif) | ![](https://x.com/b.gif) |\n|:---:|:---:|\n| ![](https://x.com/c.gif) | ![](https://x.com/d.gif) |\n\n"  # fmt: skip
    text = (
        "# Notes\n\nMake-A-Video: Text-to-Video Generation without Text-Video Data\n\n"
        "- arxiv: https://arxiv.org/abs/2209.14792\n\n"
        + grid
        + "Imagen Video: High Definition Video Generation with Diffusion Models\n\n"
        "- arxiv: https://arxiv.org/abs/2210.02303\n"
    )
    assert [e.title for e in _entries(text)] == [
        "Make-A-Video: Text-to-Video Generation without Text-Video Data",
        "Imagen Video: High Definition Video Generation with Diffusion Models",
    ]


def test_review994_a_code_page_labelled_code_and_demo_stays_code():
    """Review 994: in a code column ``[Code & Demo](lab page)`` is the paper's code (only a
    label that also names a site or project page, ``[Code & Project page]``, is a page)."""
    text = (
        "# Tools\n\n| Title | Venue | Code |\n|---|---|---|\n"
        "| [Scalable Program Synthesis for Spreadsheet Formulas](https://arxiv.org/abs/2104.00011) | PLDI 2021 | [Code & Demo](https://www.cs.utexas.edu/~isil/tool/) |\n"
    )  # fmt: skip
    (e,) = _entries(text)
    assert e.code is not None and e.code.url == "https://www.cs.utexas.edu/~isil/tool/"


def test_a_venue_whose_year_lost_its_two_dates_the_row():
    """LQY404/awesome-segmentation-and-graph-method: ``| CVPR024 | [Title](arxiv) |`` is CVPR
    2024 (the year's leading ``2`` dropped, row after row): the year is 2024 (it was none)."""
    text = (
        "# Seg\n\n|   |   |   |\n| :---: | :---: | :---: |\n"
        "| ECCV2024 | [Open-Vocabulary SAM: Segment and Recognize Twenty-thousand Classes Interactively](https://arxiv.org/abs/2401.02955) | [code](https://github.com/HarborYuan/ovsam) |\n"
        "| CVPR024 | [Clustering Propagation for Universal Medical Image Segmentation](https://arxiv.org/abs/2403.16646) | [code](https://github.com/dyh127/S2VNet) |\n"
        "| CVPR024 | [Frequency-Adaptive Dilated Convolution for Semantic Segmentation](https://arxiv.org/abs/2403.05369) | [code](https://github.com/ying-fu/FADC) |\n"
    )  # fmt: skip
    assert [e.year for e in _entries(text)] == [2024, 2024, 2024]


def test_a_title_written_in_the_papers_field_before_its_address_is_the_title():
    """lartpang/awesome-segmentation-saliency-dataset: ``#### SIP`` over ``* 论文: Title:https://
    arxiv.org/pdf/...``, ``* 项目: url``, ``* 下载: ...``: the paper's field writes its title
    (it was ``SIP``, the dataset's name)."""
    text = (
        "# Datasets\n\n#### SIP\n\n"
        "* 论文: Rethinking RGB-D Salient Object Detection: Models, Datasets, and Large-Scale Benchmarks:https://arxiv.org/pdf/1907.06781.pdf\n"
        "* 项目: http://dpfan.net/d3netbenchmark/\n* 下载: 请见项目主页\n"
    )  # fmt: skip
    (e,) = _entries(text)
    assert (
        e.title
        == "Rethinking RGB-D Salient Object Detection: Models, Datasets, and Large-Scale Benchmarks"
    )


def test_a_bold_venue_tag_after_a_named_title_is_no_part_of_it():
    """Radar-Camera-Fusion/Awesome-Radar-Perception: ``* 2023 - **CubeLearn**: Title
    __`IEEE IOT`__ [[Paper](url)]`` and ``... __`NeurIPS`__ [__`RADIal`__][[Paper](url)]``:
    the bold tags close the title (they were read into it); a bold word inside a title
    stays (``Fast Video Synthesis **Made** Easy``)."""
    text = (
        "# Radar\n\n* 2023 - **CubeLearn**: End-to-End Learning for Human Motion Recognition From Raw mmWave Radar Signals __`IEEE IOT`__ [[Paper](https://ieeexplore.ieee.org/abstract/document/10018429)]\n"
        "* 2023 - **Echoes Beyond Points**: Unleashing the Power of Raw Radar Data in Multi-modality Fusion __`NeurIPS`__ [__`RADIal`__][[Paper](https://arxiv.org/abs/2307.16532)]\n"
    )  # fmt: skip
    assert [e.title for e in _entries(text)] == [
        "CubeLearn: End-to-End Learning for Human Motion Recognition From Raw mmWave Radar Signals",
        "Echoes Beyond Points: Unleashing the Power of Raw Radar Data in Multi-modality Fusion",
    ]


def test_a_see_also_line_is_no_entry():
    """dongtsi/awesome-trustworthy-jev (round 146): ``(See also: [LLM2Jev](arxiv) · [PACT](arxiv)
    · [repo](github))`` under a section's entries points to papers listed elsewhere: no entry
    (it was one, titled ``LLM2Jev``); it shows as unread with its reason."""
    text = (
        "# Jev\n\n- [A Paper About Jev Things](https://arxiv.org/abs/2401.00001) — summary.\n\n"
        "(See also: [LLM2Jev](https://arxiv.org/abs/2610.02076) · [PACT](https://arxiv.org/abs/2609.35865))\n\n"
        "- [Seeing Also Things: A Paper](https://arxiv.org/abs/2401.00004)\n"
    )  # fmt: skip
    parsed = parse_text(text, "l.md")
    assert [e.title for e in parsed.entries] == [
        "A Paper About Jev Things",
        "Seeing Also Things: A Paper",
    ]
    assert [u.line for u in parsed.unread] == [5]
    assert "See also" in parsed.unread[0].reason


def test_a_zhihu_outbound_link_is_the_paper_it_leads_to():
    """PengboLiu/NLP-Papers (round 147): ``[Title](https://link.zhihu.com/?target=https%3A//
    arxiv.org/pdf/1905.10650.pdf) [NIPS 2019]``, a link copied from a Zhihu post: the arXiv
    paper behind it (it was no paper link, so no entry)."""
    text = (
        "# NLP\n\n### Attention\n\n"
        "[Are Sixteen Heads Really Better than One?](https://link.zhihu.com/?target=https%3A//arxiv.org/pdf/1905.10650.pdf) [NIPS 2019]\n\n"
        "[Attention Is All You Need](https://arxiv.org/abs/1706.03762) [NIPS 2017]\n"
    )  # fmt: skip
    got = [(e.title, e.year) for e in _entries(text)]
    assert got == [
        ("Are Sixteen Heads Really Better than One?", 2019),
        ("Attention Is All You Need", 2017),
    ]
    (first, _) = _entries(text)
    assert paper_ref(first).base_id == "1905.10650"


def test_a_venue_item_under_a_papers_item_dates_it():
    """Jacintha0511/AI-Agent-Security-Papers (round 148): ``- **Paper**: [Title](url)`` then
    ``- **Venue/status**: ICLR 2025 · peer-reviewed`` (written with full-width colons) under a
    ``### Title`` heading: the sibling item says where and when the paper appeared (the year
    was none)."""
    text = (
        "# Papers\n\n### Agent Security Bench (ASB): Formalizing and Benchmarking Attacks\n\n"
        "- **Chinese title**：Agent Security Bench：形式化并评测\n"
        "- **Paper**：[Agent Security Bench (ASB): Formalizing and Benchmarking Attacks](https://openreview.net/forum?id=V4y0CpX4hK)\n"
        "- **Venue/status**：ICLR 2025 · peer-reviewed\n- **Code**：[GitHub](https://github.com/agiresearch/ASB)\n\n"
        "# Notes\n\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n- Year: the list was started in 2019\n"
    )  # fmt: skip
    got = [(e.title, e.year) for e in _entries(text)]
    assert got == [
        ("Agent Security Bench (ASB): Formalizing and Benchmarking Attacks", 2025),
        ("Attention Is All You Need", None),
    ]


def test_a_title_before_italic_cited_authors_is_the_title():
    """BirkhoffG/Explainable-ML-Papers (round 148): ``- Counterfactual Visual Explanations.
    *Goyal et. al., 2019* [pdf](url)``: the plain words are the title and the italics cite
    its authors (it was titled ``Goyal et. al.``, or lost)."""
    text = (
        "# XAI\n\n- Counterfactual Visual Explanations. *Goyal et. al., 2019* [pdf](https://arxiv.org/pdf/1904.07451.pdf) \n"
        "- Deep Weighted Averaging Classifiers. *Card et al., 2019* [pdf](http://arxiv.org/pdf/1811.02579.pdf)\n"
        "- George Necula. *Translation Validation for an Optimizing Compiler*. [link](https://dl.acm.org/doi/10.1145/349299.349314)\n"
    )  # fmt: skip
    assert [e.title for e in _entries(text)] == [
        "Counterfactual Visual Explanations",
        "Deep Weighted Averaging Classifiers",
        "Translation Validation for an Optimizing Compiler",
    ]


def test_an_award_in_brackets_after_a_title_is_no_part_of_it():
    """akshithg/linux-security-papers (round 148): ``Recovering Device Drivers (Awarded Best
    Paper!)``: the award closes the title; a title about best papers keeps its words."""
    text = (
        "# Linux\n\n| # | year | venue | title | paper |\n|---|---|---|---|---|\n"
        "| 7 | 2004 | osdi | Recovering Device Drivers (Awarded Best Paper!) | [paper](https://www.usenix.org/legacy/event/osdi04/tech/swift.html) |\n"
        "| 8 | 2020 | acl | The Best Paper Selection Method (BPS) | [paper](https://aclanthology.org/2020.acl-main.1) |\n"
    )  # fmt: skip
    assert [e.title for e in _entries(text)] == [
        "Recovering Device Drivers",
        "The Best Paper Selection Method (BPS)",
    ]


def test_review995_year_groups_are_no_papers_details():
    """Review 995: ``- Year: 2020`` over its papers, then ``- Year: 2021`` over its own (child
    items, or flat items after the marker): each group dates its papers; no group item is
    the paper above's venue (papers were lost and years crossed)."""
    nested = (
        "# Video\n\n- Year: 2020\n  - [X3D: Expanding Architectures for Efficient Video Recognition](https://arxiv.org/abs/2004.04730)\n"
        "- Year: 2021\n  - [ViViT: A Video Vision Transformer](https://arxiv.org/abs/2103.15691)\n"
    )  # fmt: skip
    assert [e.year for e in _entries(nested)] == [2020, 2021]
    flat = (
        "# Detection\n\n- Year: 2017\n- [Mask R-CNN](https://arxiv.org/abs/1703.06870)\n"
        "- Year: 2018\n- [Relation Networks for Object Detection](https://arxiv.org/abs/1711.11575)\n"
    )  # fmt: skip
    assert [e.year for e in _entries(flat)] == [2017, 2018]


def test_review995_a_reading_groups_date_is_not_the_papers_year():
    """Review 995: ``- **Paper**: [Title](arxiv)`` / ``- **Date**: 2024-03-12`` / ``-
    **Presenter**: Alice``: the meeting's date does not date the paper."""
    text = (
        "# Reading group\n\n### Week 1\n\n- **Paper**: [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
        "- **Date**: 2024-03-12\n- **Presenter**: Alice\n"
    )  # fmt: skip
    assert [e.year for e in _entries(text)] == [None]


def test_review995_names_before_italic_et_al_are_no_title():
    """Review 995: ``Authors, *et al.* [Title](arxiv)`` keeps the link's title; ``Title. He
    *et al.* [[pdf]](arxiv)`` keeps its title whole; an italic title citing ``Zhang et al.:``
    after a byline stays the title."""
    text = (
        "# L\n\n- Ashish Vaswani, Noam Shazeer, *et al.* [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
        "- Deep Residual Learning for Image Recognition. He *et al.* [[pdf]](https://arxiv.org/abs/1512.03385)\n"
        "- Jane Doe, Richard Roe. *Reproducing Zhang et al.: Understanding Deep Learning Requires Rethinking Generalization*. [pdf](https://arxiv.org/abs/2001.00001)\n"
    )  # fmt: skip
    assert [e.title for e in _entries(text)] == [
        "Attention Is All You Need",
        "Deep Residual Learning for Image Recognition",
        "Reproducing Zhang et al.: Understanding Deep Learning Requires Rethinking Generalization",
    ]


def test_review995_see_also_over_a_papers_own_links_is_an_entry():
    """Review 995: ``* See also: Title. [Paper](url) [Slides](pdf)`` and ``* See also:
    [DistilBERT](arxiv) [[code]](github)``: a reading's role over one paper and its labelled
    links is an entry (only two names' links or more are a cross-reference)."""
    text = (
        "# Course\n\n## Concurrency\n\n* See also: FastTrack: Efficient and Precise Dynamic Race Detection. [Paper](https://dl.acm.org/doi/10.1145/1542476.1542490) [Slides](https://example.edu/fasttrack.pdf)\n"
        "* See also: [DistilBERT](https://arxiv.org/abs/1910.01108) [[code]](https://github.com/huggingface/transformers)\n"
    )  # fmt: skip
    assert [e.title for e in _entries(text)] == [
        "FastTrack: Efficient and Precise Dynamic Race Detection",
        "DistilBERT",
    ]
