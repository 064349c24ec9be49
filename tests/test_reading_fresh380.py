"""Layouts first seen in the fresh380-385 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from tests.support.reading import reader

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
    )
    assert _read(text) == [
        (1, "InstructGPT", None),
        (2, "Constitutional AI", None),
        (3, "Visual Instruction Tuning", "LLaVA"),
    ]


def test_a_version_tag_after_a_long_title_is_no_part_of_it():
    """``... Language Models (v2)``: a version after a long title is cut; ``YOLO (v3)``,
    ``Llama 2 (v2)`` name their papers (the review's probe)."""
    text = (
        "- [Universal and Transferable Adversarial Attacks on Aligned Language Models (v2)]"
        "(https://arxiv.org/abs/2307.15043v2) — Updated version.\n"
        "- [YOLO (v3)](https://arxiv.org/abs/1804.02767) - An incremental improvement.\n"
        "- [Llama 2 (v2)](https://arxiv.org/abs/2307.09288)\n"
    )
    assert [t for (t,) in _titles(text)] == [
        "Universal and Transferable Adversarial Attacks on Aligned Language Models",
        "YOLO (v3)",
        "Llama 2 (v2)",
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
    )
    assert [t for (t,) in _titles(text)] == [
        "ViS3: an algorithm for video quality assessment via analysis of spatial and "
        "spatiotemporal slices",
        "Video Quality Assessment on Mobile Devices: Subjective, Behavioral and Objective Studies",
        "Efficient, Private and Robust Federated Learning",
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


def test_a_tool_described_by_its_name_under_tools_and_libraries_is_no_entry():
    """``**[DePlot](arxiv)** — a sentence about it`` right under ``## Tools and Libraries``: a
    tool; a paper's title after its name (``[Mamba](arxiv) - Linear-time ...``), a venue, or a
    full title stays an entry, as do papers under a list titled ``# ... Library``."""
    text = (
        "# QML-VQA Library\n\n## Reviews\n"
        "- [Variational Quantum Algorithms](https://arxiv.org/abs/2012.09265) (2020)\n\n"
        "## Tools and Libraries\n\n"
        "- **[DePlot](https://arxiv.org/abs/2212.10505)** — Plot-to-table derendering module; "
        "converts chart images into structured tables to bypass direct visual axis reading.\n"
        "- [Mamba](https://arxiv.org/abs/2312.00752) - Linear-time sequence modeling with "
        "selective state spaces.\n"
        "- [LoRA](https://arxiv.org/abs/2106.09685) - Low-rank adaptation of large language "
        "models, a method that freezes the weights and trains small matrices (ICLR 2022).\n"
        "- [DeepXDE: A Deep Learning Library for Solving Differential Equations]"
        "(https://arxiv.org/abs/1907.04502)\n"
    )
    assert [t for (t,) in _titles(text)] == [
        "Variational Quantum Algorithms",
        "Mamba",
        "LoRA",
        "DeepXDE: A Deep Learning Library for Solving Differential Equations",
    ]


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


def test_a_title_wrapped_before_its_last_words_and_a_venue_tag():
    """``[12] SoftPoolNet: Shape Descriptor for Point Cloud`` over ``Completion and
    Classification (ECCV 2020) [[Paper](url)]``: the title's last words carry on below, with
    the venue tag between them and the link; a name below is no part of it."""
    text = (
        "[12] SoftPoolNet: Shape Descriptor for Point Cloud\n"
        "Completion and Classification (ECCV 2020) [[Paper](https://arxiv.org/abs/2008.07358)]\n\n"
        "[13] Deep Residual Learning for Image Recognition\n"
        "Kaiming He (CVPR 2016) [[Paper](https://arxiv.org/abs/1512.03385)]\n"
    )
    assert [t for (t,) in _titles(text)] == [
        "SoftPoolNet: Shape Descriptor for Point Cloud Completion and Classification",
        "Deep Residual Learning for Image Recognition",
    ]
