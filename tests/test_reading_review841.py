"""Review 841 (fresh eyes on round 74's first rules): the probes that read wrong, each now
held. A line under an item's name gives its title only as the paper's own citation."""

from __future__ import annotations

import pytest

from pipeline.parse import parse_text

_PDF = "[[PDF]](https://arxiv.org/abs/1502.03167)"


def _titles(text: str) -> list[str]:
    return [e.title for e in parse_text(text, "l.md").entries]


@pytest.mark.parametrize(
    ("head", "below"),
    [
        ("* Batch Normalization " + _PDF, "Sergey Ioffe and Christian Szegedy (ICML 2015), Google"),
        ("- [Image Style Transfer](https://arxiv.org/abs/1508.06576)", "Gatys, Ecker and Bethge (CVPR 2016), oral"),
        ("- [Perceptual Losses](https://arxiv.org/abs/1603.08155)", "Johnson et al. (ECCV 2016), code"),
        ("* Attention Is All You Need " + _PDF, "Extended version: Universal Transformers for Sequence Modeling (ICLR 2019), Dehghani et al."),
        ("* YOLOv3: An Incremental Improvement " + _PDF, "Improved by YOLOv4 Optimal Speed and Accuracy of Object Detection (Arxiv), Bochkovskiy et al."),
        ("- [Deep Image Prior](https://arxiv.org/abs/1711.10925)", "Based on Generative Adversarial Networks for Image Synthesis (NeurIPS 2014), Goodfellow et al."),
        ("* Visualizing and Understanding Convolutional Networks " + _PDF, "Compared against Rich Feature Hierarchies for Accurate Object Detection (CVPR 2014), Girshick et al."),
        ("* Faster R-CNN " + _PDF, "Evaluated on PASCAL VOC and MS COCO (NeurIPS 2015), 73.2 mAP"),
        ("* Graph Attention Networks " + _PDF, "Reproduced results on Cora, Citeseer and Pubmed (Arxiv), see notes"),
        ("* Image Inpainting " + _PDF, "Code released by NVIDIA for partial convolutions (Arxiv), see repo"),
        ("* Generative Adversarial Networks " + _PDF, "Tutorial slides on Generative Adversarial Networks (NIPS 2016), Ian Goodfellow"),
        ("* Bildsegmentierung mit Tiefen Netzen " + _PDF, "Vorgestellt auf der Konferenz in Boston (CVPR 2015), Long und Shelhamer"),
    ],
)  # fmt: skip
def test_a_line_below_that_is_no_citation_of_the_paper_keeps_the_title(head, below):
    """Authors, another paper introduced by a note (``Extended version:``, ``Improved by``,
    ``Based on``, ``Compared against``), a note or a sentence in another language, under a
    name of a few words or a linked title: the title above stays."""
    indent = "  " if head.startswith("-") else "   "
    title = _titles(f"{head}\n{indent}{head[0]} {below}\n")
    assert title[0] in head


@pytest.mark.parametrize(
    "below",
    [
        "Contrastive Language-Image Pre-training (OpenAI, 2021)",
        "Generative Pre-trained Transformer, OpenAI 2018",
        "Real-Time Object Detection, 2016",
        "State of the Art on ImageNet, 2021",
        "Follow-up: Low-Rank Tensor Factorization for Link Prediction, ICML 2020",
        "Extended Version: Identity Mappings in Deep Residual Networks, ECCV 2016",
    ],
)
def test_a_dated_gloss_task_or_other_paper_under_a_bold_name_is_no_title(below):
    """``- **Name**`` over ``- <line>`` and its links: the child line is a title only as a
    citation with a known venue (``, ICLR'18``, ``, Arxiv'19``), not a year alone, a maker's
    name or a note pointing to another paper."""
    text = (
        f"- **NAME**\n  - {below}\n  - [[paper]](https://arxiv.org/abs/2103.00020)\n"
        "  - [[code]](https://github.com/o/r)\n"
    )
    assert _titles(text) == ["NAME"]


def test_a_paper_label_is_read_past_only_before_names_and_a_linked_title():
    """``Paper: Title, **Names** [pdf](url)``: the label is not read past there (the title
    before the bold names stays), only before names that a linked title follows."""
    text = (
        "- Paper: Generative Adversarial Nets, **Ian Goodfellow et al.** "
        "[pdf](https://arxiv.org/abs/1406.2661)\n"
        "- Paper: Neural Ordinary Differential Equations, **Chen R T Q, Rubanova Y.** "
        "[pdf](https://arxiv.org/abs/1806.07366)\n"
        "- Paper: Vaswani A, Shazeer N. [Attention Is All You Need]"
        "(https://arxiv.org/abs/1706.03762)\n"
    )
    assert _titles(text) == [
        "Generative Adversarial Nets",
        "Neural Ordinary Differential Equations",
        "Attention Is All You Need",
    ]
