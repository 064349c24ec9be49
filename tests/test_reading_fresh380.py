"""Layouts first seen in the fresh380-385 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from tests.support.reading import offline_rules, reader

_read = reader("line", "title", "short_name")
_titles = reader("title")


def test_a_description_after_an_arxiv_id_tag_is_not_the_title():
    """``[InstructGPT](arxiv) [arXiv:ID] — Introduced RLHF ...``: the sentence after the ID
    tag describes the paper (it gave a false ``wrong-paper``); a title after it stays one."""
    text = (
        "- [InstructGPT](https://arxiv.org/abs/2203.02155) [arXiv:2203.02155] — Introduced RLHF "
        "for instruction-following; foundation for GPT-3.5/4.\n"
        "- [Constitutional AI](https://arxiv.org/abs/2212.08073) [arXiv:2212.08073] — Anthropic's "
        "RLAIF: AI feedback guided by principles.\n"
        "- [LLaVA](https://arxiv.org/abs/2304.08485) [arXiv:2304.08485] — Visual Instruction "
        "Tuning\n"
        "- [HouYi](https://arxiv.org/abs/2306.05499) [arXiv:2306.05499] — Prompt Injection attack "
        "against LLM-integrated Applications\n"
    )
    assert _read(text) == [
        (1, "InstructGPT", None),
        (2, "Constitutional AI", None),
        (3, "Visual Instruction Tuning", "LLaVA"),
        (4, "Prompt Injection attack against LLM-integrated Applications", "HouYi"),
    ]


def test_review_a_version_after_a_name_or_a_title_stays():
    """The reviews' probes: ``YOLO (v3)``, ``Stanford Question Answering Dataset (v2)``: the
    version tells two papers apart; no version is cut."""
    text = (
        "- [YOLO (v3)](https://arxiv.org/abs/1804.02767) - An incremental improvement.\n"
        "- [Stanford Question Answering Dataset (v1)](https://arxiv.org/abs/1606.05250)\n"
        "- [Stanford Question Answering Dataset (v2)](https://arxiv.org/abs/1806.03822)\n"
    )
    assert [t for (t,) in _titles(text)] == [
        "YOLO (v3)",
        "Stanford Question Answering Dataset (v1)",
        "Stanford Question Answering Dataset (v2)",
    ]


def test_an_icon_link_is_no_title():
    """``[:simple-github:](repo)`` (a MkDocs icon) before the citation: the title is the
    citation's; ``[X-View](arxiv): Title`` keeps its name (the review's probe)."""
    text = (
        "- [:simple-github:](https://github.com/EnnengYang/Awesome-Model-Merging) \n"
        "    E. Yang et al., “Model Merging in LLMs, MLLMs, and Beyond: Methods, Theories, "
        "Applications and Opportunities.” [arXiv, Aug. 14, 2024.](https://arxiv.org/pdf/2408.07666)\n"
        "- [X-View](https://arxiv.org/abs/1709.09905): Graph-Based Semantic Multi-View "
        "Localization\n"
    )
    assert _read(text) == [
        (
            2,
            "Model Merging in LLMs, MLLMs, and Beyond: Methods, Theories, Applications and "
            "Opportunities",
            None,
        ),
        (3, "X-View: Graph-Based Semantic Multi-View Localization", "X-View"),
    ]


def test_a_numbered_sub_item_in_a_title_cell():
    text = (
        "|Title|Source|\n|---|---|\n"
        "|[5. HyperNet - SMASH: One-Shot Model Architecture Search through HyperNetworks]"
        "(https://arxiv.org/abs/1708.05344)|ICLR2017|\n"
        "|[5-A. Graph HyperNetwork for Neural Architecture Search]"
        "(https://arxiv.org/abs/1810.05749)|ICLR2019|\n"
    )
    assert [t for (t,) in _titles(text)] == [
        "HyperNet - SMASH: One-Shot Model Architecture Search through HyperNetworks",
        "Graph HyperNetwork for Neural Architecture Search",
    ]


def test_mla_names_before_a_quoted_title_link_and_a_surname_glued_to_its_particle():
    """``Vu, Phong V., and Damon M. Chandler. *["Title."](url)*``: the names are no title;
    ``G. deVeciana`` is a name; a bare address after a title of single words stays one."""
    text = (
        "### ViS3\n"
        'Vu, Phong V., and Damon M. Chandler. *["ViS3: an algorithm for video quality assessment '
        'via analysis of spatial and spatiotemporal slices."](https://arxiv.org/abs/1904.06457)*\n'
        "Journal of Electronic Imaging 23.1 (2014): 013016.\n\n"
        "### Mobile\n"
        "A. K. Moorthy, L. K. Choi, A. C. Bovik and G. deVeciana, *[“Video Quality Assessment "
        "on Mobile Devices: Subjective, Behavioral and Objective Studies”,]"
        "(https://arxiv.org/abs/1904.06458)* IEEE JSTSP, 2012.\n\n"
        "* Efficient, Private and Robust Federated Learning. https://arxiv.org/abs/1904.06459\n"
        "* Kirillov, Alexander, and Ross Girshick. [Segment Anything in Images and Videos]"
        "(https://arxiv.org/abs/1904.06460)\n"
    )
    assert [t for (t,) in _titles(text)] == [
        "ViS3: an algorithm for video quality assessment via analysis of spatial and "
        "spatiotemporal slices",
        "Video Quality Assessment on Mobile Devices: Subjective, Behavioral and Objective Studies",
        "Efficient, Private and Robust Federated Learning",
        "Segment Anything in Images and Videos",
    ]


def test_a_long_bold_head_goes_on_after_its_colon_up_to_the_venue():
    text = (
        "- **Binding Touch to Everything**: Learning Unified Multimodal Tactile Representations, "
        "*CVPR 2024*. [[Paper](https://arxiv.org/abs/2401.18084)] "
        "[[Code](https://github.com/cfeng16/UniTouch)]\n"
    )
    assert _titles(text) == [
        ("Binding Touch to Everything: Learning Unified Multimodal Tactile Representations",)
    ]


def test_a_bold_label_naming_a_paper_or_thesis_is_no_part_of_the_title():
    """``**Survey Paper**: Title``, ``**Wesley Roozing's Paper**: *Title*``, ``**John Bell,
    Master's Thesis, MIT (2018)**: Title``: labels; but not before a venue, names or a
    description, nor a bold title that ends in ``a Position Paper`` (the review's probes)."""
    text = (
        "1. **Survey Paper**: Optimization-Based Control for Dynamic Legged Robots "
        "[[Paper](https://arxiv.org/abs/2211.11644)]\n"
        "2. **Wesley Roozing's Paper**: *Experimental comparison of pinwheel and non-pinwheel "
        "designs of 3D-printed cycloidal gearing for robotics* "
        "[[Paper](https://arxiv.org/abs/2211.11645)]\n"
        "3. **John Harry Bell, Master's Thesis, MIT (2018)**: A Two-Motor Actuator for Legged "
        "Robotics Applications [[Thesis](https://arxiv.org/abs/2211.11646)]\n"
        "4. **Best Paper**: CVPR 2023 [[Paper](https://arxiv.org/abs/2211.11647)]\n"
        "5. **Deep Learning for Robotic Grasping (PhD Thesis)**: Jeannette Bohg, KTH 2011 "
        "[[Thesis](https://arxiv.org/abs/2211.11648)]\n"
        "6. **Learning Dexterous In-Hand Manipulation (PhD Thesis)**: covers in-hand "
        "manipulation with reinforcement learning [[Thesis](https://arxiv.org/abs/2211.11649)]\n"
        "7. **Towards Reproducible Retrieval Research: a Position Paper**: Argues For Shared "
        "Baselines [[Paper](https://arxiv.org/abs/2211.11650)]\n"
    )
    titles = [t for (t,) in _titles(text)]
    assert titles[:3] == [
        "Optimization-Based Control for Dynamic Legged Robots",
        "Experimental comparison of pinwheel and non-pinwheel designs of 3D-printed "
        "cycloidal gearing for robotics",
        "A Two-Motor Actuator for Legged Robotics Applications",
    ]
    assert titles[3] != "CVPR 2023" and "Bohg" not in titles[4]
    assert titles[5].startswith("Learning Dexterous In-Hand Manipulation")
    assert titles[6].startswith("Towards Reproducible Retrieval Research")


def test_review_a_bold_title_ending_in_thesis_or_paper_keeps_its_head():
    """The second review's probes: ``**The Orthogonality Thesis**: ...``, ``**How to Write a
    Great Research Paper**: ...``, ``**Title (Paper)**: Affiliation`` are titles, not labels."""
    text = (
        "- **The Instrumental Convergence Thesis**: Basic AI Drives Revisited "
        "[[Paper](https://arxiv.org/abs/2211.11651)]\n"
        "- **How to Write a Great Research Paper**: Seven Simple Suggestions "
        "[[Paper](https://arxiv.org/abs/2211.11652)]\n"
        "- **Concrete Problems in AI Safety (Paper)**: Google Brain, OpenAI and Stanford "
        "[[Paper](https://arxiv.org/abs/1606.06565)]\n"
    )
    titles = [t for (t,) in _titles(text)]
    assert titles[0].startswith("The Instrumental Convergence Thesis")
    assert titles[1].startswith("How to Write a Great Research Paper")
    assert titles[2].startswith("Concrete Problems in AI Safety")


def test_a_tools_table_row_whose_paper_link_names_its_venue_is_a_tool():
    """``| CAMEL | [github](repo) | [ACL](paper) |`` under ``### Tools``: the venue's name alone
    is the paper link's label, not a paper's venue and year; a venue with its year still makes
    an item a paper, and a paper linked by its title stays an entry."""
    text = (
        "### Tools\n"
        "| Tool | Tool Link | Paper Link |\n|---|---|---|\n"
        "|CAMEL |[github](https://github.com/CAMeL-Lab/camel_tools) "
        "|[ACL](https://aclanthology.org/2020.lrec-1.868) |\n"
        "|Farasa |[farasa](https://farasa.qcri.org/) |[ACL](https://doi.org/10.18653/v1/N16-3003) |\n"
        "\n### Software\n"
        "- **ReAct** [[paper](https://openreview.net/forum?id=WE_vluYUL-X)] "
        "[[code](https://github.com/ysymyth/ReAct)] - ICLR 2023\n"
        "- [Mamba](https://arxiv.org/abs/2312.00752) - Linear-Time Sequence Modeling with "
        "Selective State Spaces. Matches Transformers on language at a fraction of the cost.\n"
    )
    assert [t for (t,) in _titles(text)] == ["ReAct", "Mamba"]


def test_review_names_like_titles_and_descriptions_after_a_venue_cut():
    """The review's probes: ``Detect, Track and Segment Anything.`` before a link is a title,
    not MLA names (no initial, no quoted title); a description left after a venue is cut
    does not join a bold title."""
    text = (
        "- Detect, Track and Segment Anything. [Project Page Title Here]"
        "(https://arxiv.org/abs/1905.00002)\n"
        "- **Visuotactile Affordances for Cloth Manipulation**: A description sentence about "
        "cloth, NeurIPS 2022. [[Paper](https://arxiv.org/abs/2301.00013)]\n"
    )
    assert [t for (t,) in _titles(text)] == [
        "Detect, Track and Segment Anything",
        "Visuotactile Affordances for Cloth Manipulation",
    ]
    venue = (
        "- Ask, Attend and Answer Visual Questions. [Proceedings of the European Conference on "
        "Computer Vision](https://arxiv.org/abs/1511.05234)\n"
        "- Detect, Track and Segment Anything. [International Conference on Computer Vision "
        "2023](https://arxiv.org/abs/2305.06558)\n"
        "6. **Survey Paper**: Smith, Jones and Lee, 2023 [[Paper](https://arxiv.org/abs/2301.00023)]\n"
    )
    titles = [t for (t,) in _titles(venue)]
    assert titles[:2] == [
        "Ask, Attend and Answer Visual Questions",
        "Detect, Track and Segment Anything",
    ]
    assert titles[2] != "Smith, Jones and Lee"


def test_a_title_wrapped_before_its_last_words_and_a_venue_tag():
    """``[12] SoftPoolNet: Shape Descriptor for Point Cloud`` over ``Completion and
    Classification (ECCV 2020) [[Paper](url)]``: the title's last words carry on below, with
    the venue tag between them and the link; a name below is no part of it."""
    text = (
        "[12] SoftPoolNet: Shape Descriptor for Point Cloud\n"
        "Completion and Classification (ECCV 2020) [[Paper](https://arxiv.org/abs/2008.07358)]\n\n"
        "[13] Deep Residual Learning for Image Recognition\n"
        "Kaiming He (CVPR 2016) [[Paper](https://arxiv.org/abs/1512.03385)]\n\n"
        "[21] PointNet++: Deep Hierarchical Feature Learning on Point Sets\n"
        "Stanford University (NeurIPS 2017) [[Paper](https://arxiv.org/abs/1706.02413)]\n\n"
        "[22] Swin Transformer: Hierarchical Vision Transformer using Shifted Windows\n"
        "Spotlight (ICCV 2021) [[Paper](https://arxiv.org/abs/2103.14030)]\n\n"
        "[23] Point-BERT: Pre-training 3D Point Cloud Transformers with Masked Point\n"
        "Modeling (CVPR 2022) [[Paper](https://arxiv.org/abs/2111.14819)]\n"
    )
    assert [t for (t,) in _titles(text)] == [
        "SoftPoolNet: Shape Descriptor for Point Cloud Completion and Classification",
        "Deep Residual Learning for Image Recognition",
        "PointNet++: Deep Hierarchical Feature Learning on Point Sets",
        "Swin Transformer: Hierarchical Vision Transformer using Shifted Windows",
        "Point-BERT: Pre-training 3D Point Cloud Transformers with Masked Point Modeling",
    ]


def test_a_footnote_mark_link_is_no_placeholder_and_a_group_column_no_title():
    """``| [CTransPath](paper) | Sichuan University / Tencent AI Lab | Dec 2021[\\*](commit) |``:
    the star links the date's source (no ``placeholder-link``), and the ``Group`` column is
    the affiliation, not the title."""
    text = (
        "| Name | Group | Released |\n|---|---|---|\n"
        "| [CTransPath](https://arxiv.org/abs/2111.00001) | Sichuan University / Tencent AI Lab "
        "| Dec 2021[\\*](https://github.com/Xiyue-Wang/TransPath/commit/4b1c676) |\n"
        "| [REMEDIS](https://www.nature.com/articles/s41551-023-01049-7) | Google Research "
        "| May 2022[\\*](https://arxiv.org/abs/2205.09723v1) |\n"
    )
    assert [t for (t,) in _titles(text)] == ["CTransPath", "REMEDIS"]
    assert "placeholder-link" not in offline_rules(text)
    assert "placeholder-link" in offline_rules(
        "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385) "
        "[N/A](https://github.com/a/b)\n"
    )


def test_fresh386_layouts():
    """``in *Openreview*, 2025.`` and ``(JAIR)`` after a title, and a table row naming papers
    by short names beside its label (``| Goal | [A](arxiv), [B](arxiv) |``, cross-references
    into the list); a sentence-case title before ``[here]`` stays an entry, and so does a
    grid of papers two to a cell (the review's probes)."""
    text = (
        "- [Wu2025] Uncertainty-Aware Fine-Tuning for Time Series Anomaly Detection in  "
        "*Openreview*, 2025. [\\[paper\\]](https://openreview.net/pdf?id=W1wlE4bPqP)\n"
        "* A Survey of Cross-lingual Word Embedding Models (JAIR) "
        "([paper](https://arxiv.org/pdf/1706.04902.pdf))\n"
        "- Are emergent abilities of large language models a mirage? "
        "[here](https://arxiv.org/abs/2304.15004)\n\n"
        "| Goal | Training-time starting points | Evaluation starting points |\n|---|---|---|\n"
        "| Prompt following and control | [DanceGRPO](https://arxiv.org/abs/2505.07818), "
        "[VideoDPO](https://arxiv.org/abs/2412.14167) | [VBench](https://arxiv.org/abs/2311.17982) |\n"
        "\n## Backbones\n\n| Encoder-only | Decoder-only |\n|---|---|\n"
        "| [BERT](https://arxiv.org/abs/1810.04805), [RoBERTa](https://arxiv.org/abs/1907.11692) "
        "| [GPT-2](https://arxiv.org/abs/1902.00001) |\n"
    )
    titles = [t for (t,) in _titles(text)]
    assert titles[:3] == [
        "Uncertainty-Aware Fine-Tuning for Time Series Anomaly Detection",
        "A Survey of Cross-lingual Word Embedding Models",
        "Are emergent abilities of large language models a mirage?",
    ]
    assert "DanceGRPO" not in titles and "VBench" not in titles
    assert "BERT" in titles and "GPT-2" in titles


def test_an_arxiv_link_with_a_page_kind_after_its_id_is_read_and_reported():
    """``arxiv.org/abs/2302.11665/pdf``: the ID is read, and the link is one arXiv does not
    serve (``malformed-link`` offline)."""
    from pipeline import arxivid

    url = "https://arxiv.org/abs/2302.11665/pdf"
    assert arxivid.from_url(url).base_id == "2302.11665"
    assert arxivid.unserved(url) and not arxivid.unserved("https://arxiv.org/abs/2302.11665")
    text = f"- [AlpaServe: Statistical Multiplexing with Model Parallelism]({url}) OSDI 2023\n"
    assert "malformed-link" in offline_rules(text)
