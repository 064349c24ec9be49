"""Reading cases found on the fresh44 and fresh45 real lists (tests/fixtures/real/fresh44__*,
fresh45__*), each reduced to the smallest text that shows it."""

from __future__ import annotations

import pytest

from pipeline.formats.tables import table_roles
from pipeline.parse import parse_text
from tests.support.reading import reader

_read = reader("title", "year")
_links = reader("title", "paper", "code")

PAPER = "https://arxiv.org/abs/1606.09549"


@pytest.mark.parametrize("sep", [": ", ":"])
def test_a_name_then_a_quoted_title_gives_the_quoted_title(sep):
    text = f'* SiamFC{sep}"Fully-Convolutional Siamese Networks for Object Tracking" ECCVW 2016. [[Paper]]({PAPER})\n'
    assert _read(text) == [("Fully-Convolutional Siamese Networks for Object Tracking", 2016)]


def test_a_year_and_month_joined_to_a_link_text_is_a_date_not_the_title():
    text = (
        "* [1510-Deep Compression](https://arxiv.org/abs/1510.00149)\n"
        "  * 利用了参数分布的知识\n"
        "* [1802-Model compression via distillation and quantization](https://arxiv.org/abs/1802.05668)\n"
        "  * ICLR 2018\n"
        "* [2012-Deep Things Seen Here](https://arxiv.org/abs/1206.00001)\n"
    )
    assert _read(text) == [
        ("Deep Compression", 2015),
        ("Model compression via distillation and quantization", 2018),
        ("Deep Things Seen Here", 2012),  # a year written in full stays a year
    ]  # (with ID 2012.x it is the arXiv month, December 2020: test_reading_fresh146)


def test_a_venue_and_year_joined_by_a_dash_end_no_title():
    text = "* [1802-Mixed Precision Training Of ConvNets Using Integer Operations-ICLR2018](https://arxiv.org/pdf/1802.00930.pdf)\n"
    assert _read(text) == [("Mixed Precision Training Of ConvNets Using Integer Operations", 2018)]


def test_abbreviated_category_tags_after_a_title_are_no_part_of_it():
    text = "- [[ECCV](https://arxiv.org/abs/1808.10322)] PPF-FoldNet: Unsupervised Learning of Rotation Invariant 3D Local Descriptors [`lf.` `est.`] :fire:\n"
    assert _read(text)[0][0] == (
        "PPF-FoldNet: Unsupervised Learning of Rotation Invariant 3D Local Descriptors"
    )


def test_a_bracketed_acronym_link_is_the_venue_and_the_sentence_case_text_after_it_the_title():
    text = "- [[IJRR](https://hal.archives-ouvertes.fr/hal-01143454/document)] Challenging data sets for point cloud registration algorithms. [[code](https://github.com/a/b)] [`dat.`]\n"
    assert _read(text)[0][0] == "Challenging data sets for point cloud registration algorithms"


def test_a_title_after_a_venue_link_wraps_onto_the_next_line():
    text = (
        "- [[CVPR](http://openaccess.thecvf.com/content_CVPR_2019/papers/Melzi_GFrames_CVPR_2019_paper.pdf)]"
        " GFrames: Gradient-Based Local Reference Frame\nfor 3D Shape Matching [`oth.`]\n"
    )
    assert (
        _read(text)[0][0] == "GFrames: Gradient-Based Local Reference Frame for 3D Shape Matching"
    )


@pytest.mark.parametrize(
    "note",
    [
        "Adapt *Heterogeneous Multilayer [Generalized Operational Perceptron](https://www.researchgate.net/publication/318327067_Generalized) (HeMLGOP)* algorithm to progressively learn a heterogeneous neural architecture for the given problem",
        "采用异构多层[广义操作感知器](https://www.researchgate.net/publication/318327067_Generalized)（HeMLGOP）算法，来逐步学习得到异构神经网络，以解决具有不平衡数据分布的给定财经时序预测问题",
    ],
)
def test_a_note_under_an_entry_that_cites_a_paper_inside_a_sentence_is_not_an_entry(note):
    text = (
        "- **Data-driven Neural Architecture Learning For Financial Time-series Forecasting**"
        f" [[paper](http://arxiv.org/abs/1903.06751)]\n    - {note}\n"
    )
    assert [t for t, _ in _read(text)] == [
        "Data-driven Neural Architecture Learning For Financial Time-series Forecasting"
    ]


def test_a_paper_with_a_note_in_brackets_after_its_link_is_still_an_entry():
    text = (
        "### Differentiable causal discovery\n"
        "1. NIPS 2018 Spotlight [DAGs with NO TEARS: Continuous Optimization for Structure Learning]"
        "(https://arxiv.org/abs/1803.01422)(将组合无环约束转为光滑等式约束，通过ALM将等式约束优化转为无约束优化求解，但无环性约束)\n"
        "2. ICML 2019 [DAG-GNN: DAG Structure Learning with Graph Neural Networks]"
        "(https://arxiv.org/abs/1904.10098)(提出更适合在当前深度学习平台下实现的非循环约束，可处理线性和非线性数据)\n"
    )
    assert [t for t, _ in _read(text)] == [
        "DAGs with NO TEARS: Continuous Optimization for Structure Learning",
        "DAG-GNN: DAG Structure Learning with Graph Neural Networks",
    ]


def test_a_code_and_project_column_holds_each_link_by_its_kind():
    text = (
        "| Publication | Paper Title | Code/Project |\n|---|---|---|\n"
        "| ICLR 2024 | [Guiding Instruction-Based Image Editing via Multimodal Large Language Models](https://arxiv.org/abs/2309.17102) | [Code](https://mllm-ie.github.io/) |\n"
        "| CVPR 2016 | [Generation and comprehension of unambiguous object descriptions](https://arxiv.org/abs/1511.02283) | [[dataset]](https://github.com/mjhucla/Google_Refexp_toolbox) |\n"
    )
    [(_, _, page), (_, _, repo)] = _links(text)
    assert page is None  # a project page, not code
    assert repo.url == "https://github.com/mjhucla/Google_Refexp_toolbox"


def test_table_headers_near_a_known_name_by_chance_are_not_that_name():
    assert table_roles(["Application", "Method", "Conference", "Paper"]) == [
        None, "short", "venue", "title",
    ]  # fmt: skip
    assert table_roles(["Tittle", "Veneue"]) == ["title", "venue"]  # real misspellings
    assert table_roles(["Survey", "Resources"]) == ["title", "links"]


def test_a_survey_table_takes_its_title_and_its_links_column():
    text = (
        "| Survey | Main scope | Resources |\n| --- | --- | --- |\n"
        "| [**A Survey on Multimodal Large Language Models for Autonomous Driving**](https://doi.org/10.1109/WACVW60836.2024.00106) (2024)"
        " | driving | [[Paper](https://arxiv.org/abs/2311.12320)] [[List](https://github.com/IrohXu/Awesome-MLLM-AD)] |\n"
    )
    [(title, paper, code)] = _links(text)
    assert title == "A Survey on Multimodal Large Language Models for Autonomous Driving"
    assert (paper.url, code.url) == (
        "https://arxiv.org/abs/2311.12320",
        "https://github.com/IrohXu/Awesome-MLLM-AD",
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://www.preprints.org/manuscript/202408.0583/v2",
        "https://www.aaai.org/ocs/index.php/AAAI/AAAI18/paper/viewPaper/17368",
    ],
)
def test_preprint_servers_and_old_proceedings_hosts_are_paper_links(url):
    text = f"- [The Evolution of Mixture of Experts: A Survey]({url}) 73\n"
    [e] = parse_text(text, "l.md").entries
    assert e.paper.url == url
