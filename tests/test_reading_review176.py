"""What a fresh-eyes review of the fresh176-181 rules found them misreading (69 probe lists;
each test fails on the rules as they were before the review)."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import reader

_read = reader("title", "short_name", "year")


def test_a_method_named_by_two_words_joined_by_and_keeps_its_name():
    text = (
        "- **Attend and Excite** - Attention-Based Semantic Guidance for Text-to-Image "
        "Diffusion Models [[paper](https://arxiv.org/abs/2301.13826)]\n"
    )
    assert _read(text)[0][0].startswith("Attend and Excite")


def test_a_maker_in_brackets_is_no_byline():
    text = (
        "- **Whisper** (OpenAI) - A general-purpose speech recognition model trained on 680k "
        "hours of weakly supervised audio [[paper](https://arxiv.org/abs/2212.04356)]\n"
    )
    assert _read(text)[0][0] == "Whisper"


def test_an_updates_section_that_lists_papers_lists_them():
    text = (
        "# Awesome LLM Safety\n\n## 🔥 Updates\n"
        "- [Jailbroken: How Does LLM Safety Training Fail?](https://arxiv.org/abs/2307.02483)\n"
        "- [Universal and Transferable Adversarial Attacks on Aligned Language Models]"
        "(https://arxiv.org/abs/2307.15043)\n\n"
        "## Attacks\n"
        "- [Red Teaming Language Models with Language Models](https://arxiv.org/abs/2202.03286)\n"
    )
    assert [e.line for e in parse_text(text, "l.md").entries] == [4, 5, 8]


def test_another_version_of_a_paper_in_its_cell_is_no_paper_of_its_own():
    text = (
        "| Title | Code |\n|---|---|\n"
        "| [Space-Time Memory Networks](https://arxiv.org/abs/1904.00607); "
        "[Journal extension](https://ieeexplore.ieee.org/document/9320532) "
        "| [code](https://github.com/seoungwugoh/STM) |\n"
        "| [RT-1: Robotics Transformer](https://arxiv.org/abs/2212.06817); "
        "[Extended Version](https://www.roboticsproceedings.org/rss19/p025.pdf) | - |\n"
    )
    assert [t for t, _, _ in _read(text)] == [
        "Space-Time Memory Networks",
        "RT-1: Robotics Transformer",
    ]


def test_papers_side_by_side_in_a_cell_do_not_take_the_rows_year():
    text = (
        "| Method | Papers | Year |\n|---|---|---|\n"
        "| DINO | [Emerging Properties in Self-Supervised Vision Transformers]"
        "(https://arxiv.org/abs/2104.14294); [DINOv2](https://arxiv.org/abs/2304.07193) | 2021 |\n"
    )
    assert [(t, y) for t, _, y in _read(text)] == [
        ("Emerging Properties in Self-Supervised Vision Transformers", None),
        ("DINOv2", None),
    ]


def test_an_author_list_with_a_research_lab_is_still_an_author_list():
    text = (
        "- Kaiming He, Haoqi Fan, Yuxin Wu, Saining Xie, Ross Girshick, Facebook AI Research. "
        "[Momentum Contrast for Unsupervised Visual Representation Learning]"
        "(https://arxiv.org/abs/1911.05722). CVPR 2020.\n"
        "- NeRF in the Wild, Google Research, Brain Team, CVPR 2021. "
        "[[paper](https://arxiv.org/abs/2008.02268)]\n"
    )
    assert [t for t, _, _ in _read(text)] == [
        "Momentum Contrast for Unsupervised Visual Representation Learning",
        "NeRF in the Wild",
    ]


def test_a_name_column_beats_an_approach_column():
    text = (
        "| Approach | Name | Paper |\n|---|---|---|\n"
        "| Contrastive | SimCLR | [A Simple Framework for Contrastive Learning of Visual "
        "Representations](https://arxiv.org/abs/2002.05709) |\n"
    )
    assert _read(text)[0][1] == "SimCLR"


def test_a_host_ending_in_a_paper_hosts_name_is_not_it():
    text = (
        "- [Crystal Graph Convolutional Neural Networks](https://arxiv.org/abs/1710.10324)\n"
        "- Discussion thread on ML for alloys: "
        "[forum](https://forum.openscientific.net/t/ml-alloys/512)\n"
    )
    assert len(parse_text(text, "l.md").entries) == 1
