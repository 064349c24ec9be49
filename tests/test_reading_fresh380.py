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


def test_a_version_tag_after_the_title_is_no_part_of_it():
    text = (
        "- [Universal and Transferable Adversarial Attacks on Aligned Language Models (v2)]"
        "(https://arxiv.org/abs/2307.15043v2) — Updated version.\n"
    )
    assert _titles(text) == [
        ("Universal and Transferable Adversarial Attacks on Aligned Language Models",)
    ]


def test_an_icon_link_is_no_title():
    """``[:simple-github:](repo)`` (a MkDocs icon) before the citation: the title is the
    citation's."""
    text = (
        "- [:simple-github:](https://github.com/EnnengYang/Awesome-Model-Merging) \n"
        "    E. Yang et al., “Model Merging in LLMs, MLLMs, and Beyond: Methods, Theories, "
        "Applications and Opportunities.” [arXiv, Aug. 14, 2024.](https://arxiv.org/pdf/2408.07666)\n"
    )
    assert [t for (t,) in _titles(text)] == [
        "Model Merging in LLMs, MLLMs, and Beyond: Methods, Theories, Applications and "
        "Opportunities"
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
    Master's Thesis, MIT (2018)**: Title``: labels; a long bold label before a title that has
    its own head (``: Mini Cheetah: A Platform ...``) is a label too, but not names after it."""
    text = (
        "1. **Survey Paper**: Optimization-Based Control for Dynamic Legged Robots "
        "[[Paper](https://arxiv.org/abs/2211.11644)]\n"
        "2. **Wesley Roozing's Paper**: *Experimental comparison of pinwheel and non-pinwheel "
        "designs of 3D-printed cycloidal gearing for robotics* "
        "[[Paper](https://arxiv.org/abs/2211.11645)]\n"
        "3. **John Harry Bell, Master's Thesis, MIT (2018)**: A Two-Motor Actuator for Legged "
        "Robotics Applications [[Thesis](https://arxiv.org/abs/2211.11646)]\n"
        "4. **MIT Mini Cheetah Actuator**: *Mini Cheetah: A Platform for Pushing the Limits of "
        "Dynamic Quadruped Control* [[Paper](https://arxiv.org/abs/2211.11647)]\n"
        "5. **High-Performance Series Elastic Actuation**: Paine, Nicholas Arden: Thesis "
        "[[Paper](https://arxiv.org/abs/2211.11648)]\n"
    )
    assert _read(text) == [
        (1, "Optimization-Based Control for Dynamic Legged Robots", None),
        (
            2,
            "Experimental comparison of pinwheel and non-pinwheel designs of 3D-printed "
            "cycloidal gearing for robotics",
            None,
        ),
        (3, "A Two-Motor Actuator for Legged Robotics Applications", None),
        (
            4,
            "Mini Cheetah: A Platform for Pushing the Limits of Dynamic Quadruped Control",
            "MIT Mini Cheetah Actuator",
        ),
        (5, "High-Performance Series Elastic Actuation: Paine, Nicholas Arden: Thesis", None),
    ]


def test_a_tool_linked_by_its_name_under_tools_and_libraries_is_no_entry():
    """``**[DePlot](arxiv)** — Plot-to-table ...`` right under ``## Tools and Libraries``: a
    tool; a paper's full title there stays an entry, and a list titled ``# ... Library`` keeps
    its papers linked by short titles."""
    text = (
        "# QML-VQA Library\n\n## Reviews\n"
        "- [Variational Quantum Algorithms](https://arxiv.org/abs/2012.09265) (2020)\n\n"
        "## Tools and Libraries\n\n"
        "- **[DePlot](https://arxiv.org/abs/2212.10505)** — Plot-to-table derendering module.\n"
        "- **[ChartInstruct](https://arxiv.org/abs/2403.09028)** — Instruction-tuning dataset.\n"
        "- [DeepXDE: A Deep Learning Library for Solving Differential Equations]"
        "(https://arxiv.org/abs/1907.04502)\n"
    )
    assert [t for (t,) in _titles(text)] == [
        "Variational Quantum Algorithms",
        "DeepXDE: A Deep Learning Library for Solving Differential Equations",
    ]
