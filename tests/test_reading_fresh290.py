"""Layouts first seen in the fresh290-295 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from pipeline.parse import parse_text


def _read(text: str) -> list[tuple]:
    """Each entry's line and title."""
    return [(e.line, e.title) for e in parse_text(text, "l.md").entries]


def test_a_quoted_title_under_a_bold_venue_tag_and_the_authors():
    text = (
        "* [**ICCV 2023**] **SSD-Det**: Di Wu, Pengfei Chen, Xuehui Yu, Guorong Li.  \n"
        '  "Spatial Self-Distillation for Object Detection with Inaccurate Bounding Boxes."\n'
        "[[paper]](https://arxiv.org/pdf/2307.12101v1.pdf)\n\n"
        "* [**ArXiv 2023**] Donghao Zhou, Jialin Li, Jinpeng Li, Guangyong Chen.  \n"
        '  "Distribution-Aware Calibration for Object Detection with Noisy Bounding Boxes."'
        " [[paper]](https://arxiv.org/pdf/2308.12017v1.pdf)\n\n"
        "* [**Remote Sensing 2022**] Maximilian Bernhard, Matthias Schubert.  \n"
        '  "Correcting Imprecise Object Locations for Training Object Detectors."'
        " [[paper]](https://www.mdpi.com/2072-4292/13/24/4962)\n"
    )
    assert _read(text) == [
        (1, "Spatial Self-Distillation for Object Detection with Inaccurate Bounding Boxes"),
        (5, "Distribution-Aware Calibration for Object Detection with Noisy Bounding Boxes"),
        (8, "Correcting Imprecise Object Locations for Training Object Detectors"),
    ]


def test_qualified_sections_of_guides_tutorials_and_plugins_hold_no_papers():
    text = (
        "### Free books\n"
        "- [Single-cell Best Practices](https://www.sc-best-practices.org) – a book."
        " [Nature Reviews Genetics 2023](https://doi.org/10.1038/s41576-023-00586-w)\n"
        "### Courses & hands-on tutorials\n"
        "- [scvi-tools tutorials](https://docs.scvi-tools.org/en/stable/tutorials/index.html)\n"
        "## Tools & Plugins\n| Tool | Link |\n|---|---|\n"
        "| **WaDec** | [paper](https://arxiv.org/abs/2404.06145) |\n"
        "| **Sidekick** | [docs](https://sidekick.binary.ninja/) |\n"
        "### Key reviews\n"
        "- [The dawn of spatial omics](https://doi.org/10.1126/science.abq4964) *Science 2023*\n"
        "### Papers for beginners\n"
        "- [A Tutorial on Thompson Sampling](https://arxiv.org/abs/1707.02038)\n"
    )
    assert _read(text) == [
        (11, "The dawn of spatial omics"),
        (13, "A Tutorial on Thompson Sampling"),
    ]


def test_a_figure_linked_to_its_paper_is_not_named_by_its_file_name():
    text = (
        "## Papers\n"
        '- <a href="https://arxiv.org/abs/2106.07178"><img src="./pics/Toy.png" alt="Node_Toy.png"></a>\n'
        "- [![LoCoOp](https://img.shields.io/badge/LoCoOp-x.svg)](https://arxiv.org/abs/2306.01293)\n"
        "- [![word2vec](figs/word2vec.png)](https://arxiv.org/abs/1301.3781)\n"
    )
    assert [t for _, t in _read(text)] == ["LoCoOp", "word2vec"]


def test_review_topics_named_like_tutorials_and_names_with_years_stay():
    text = (
        "## GNN Tutorials\n"
        "- [Graph neural networks: A review of methods](https://doi.org/10.1016/j.aiopen.2021.01.001)\n"
        "## Online Discussions\n"
        "- [Conversational Flow in Oxford-style Debates](https://aclanthology.org/N16-1017/)\n"
        "## Detection\n"
        "* **YOLO 2016**: Joseph Redmon, Ali Farhadi.\n"
        '  "You Only Look Once: Unified, Real-Time Object Detection." CVPR 2016.'
        " [[paper](https://arxiv.org/abs/1506.02640)]\n"
    )
    assert [t for _, t in _read(text)] == [
        "Graph neural networks: A review of methods",
        "Conversational Flow in Oxford-style Debates",
        "You Only Look Once: Unified, Real-Time Object Detection",
    ]


def test_review_a_docs_label_on_a_code_host_is_code():
    text = (
        "- PyG: Fast Graph Representation Learning [[paper](https://arxiv.org/abs/1903.02428)]"
        " [[docs](https://github.com/pyg-team/pytorch_geometric)]\n"
    )
    (e,) = parse_text(text, "l.md").entries
    assert e.code is not None and e.code.url == "https://github.com/pyg-team/pytorch_geometric"


def test_authors_and_their_year_in_brackets_lead_a_link_text():
    text = (
        '- [Justin Thaler (2013). "Time-Optimal Interactive Proofs for Circuit Evaluation"]'
        "(https://eprint.iacr.org/2013/351)\n"
        "- [Haodi Wang, Thang Hoang (2022). ezDPS: An Efficient and Zero-Knowledge Machine"
        " Learning Inference Pipeline](https://arxiv.org/abs/2212.05428)\n"
        "- [Attention Is All You Need (2017). Transformers](https://arxiv.org/abs/1706.03762)\n"
    )
    entries = parse_text(text, "l.md").entries
    assert [(e.title, e.year) for e in entries] == [
        ("Time-Optimal Interactive Proofs for Circuit Evaluation", 2013),
        ("ezDPS: An Efficient and Zero-Knowledge Machine Learning Inference Pipeline", 2022),
        ("Attention Is All You Need (2017). Transformers", None),  # a title, not authors
    ]
