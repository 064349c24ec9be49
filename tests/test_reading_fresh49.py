"""Reading cases found on the fresh49 real lists (tests/fixtures/real/fresh49__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

import pytest

from pipeline.parse import parse_text
from tests.support.reading import reader

_read = reader("title", "year")


@pytest.mark.parametrize(
    "names",
    [
        "Andrew Eilot Borthwick.",
        "Matthew Peters, Mark Neumann, MohitIyyer, and Luke Zettlemoyer.",
        "Siliang Tang，Ning Zhang，Jinjiang Zhang，Fei Wu.",
        "Xiang Ren, Ahmed El-Kishky, Chi Wang, FangboTao.",
    ],
)
def test_names_closed_by_a_full_stop_before_a_titled_paper_link_are_the_byline(names):
    text = f"- {names}[Design challenges and misconceptions in named entity recognition](https://dl.acm.org/citation.cfm?id=1596399). CoNLL 2009.\n"
    assert _read(text) == [
        ("Design challenges and misconceptions in named entity recognition", 2009)
    ]


def test_a_sentence_before_a_short_link_text_is_no_byline():
    text = "- A Survey Of Things. [Code](https://github.com/a/b) [paper](https://arxiv.org/abs/2301.00001)\n"
    assert _read(text)[0][0] == "A Survey Of Things"


def test_the_papers_arxiv_id_after_its_title_is_no_part_of_it():
    text = (
        "* LLM in a flash: Efficient Large Language Model Inference with Limited Memory"
        " (arXiv 2312.11514) \\[[arXiv](https://arxiv.org/abs/2312.11514)]\n"
        "* TraceLab: Characterizing Coding Agent Workloads for LLM Serving (arXiv:2606.30560)"
        " \\[[arXiv](https://arxiv.org/abs/2606.30560)]\n"
    )
    assert [t for t, _ in _read(text)] == [
        "LLM in a flash: Efficient Large Language Model Inference with Limited Memory",
        "TraceLab: Characterizing Coding Agent Workloads for LLM Serving",
    ]


def test_a_category_tag_before_the_venue_is_no_part_of_the_title():
    text = (
        "* UniTraj: Learning a Universal Trajectory Foundation Model from Billion-Scale Worldwide"
        " Traces (Traj), in *arXiv* 2024. [[paper](https://arxiv.org/abs/2411.03859)]\n"
        "* Video Generation Models as World Simulators (Sora) [[paper](https://arxiv.org/abs/2401.00001)]\n"
    )
    assert [t for t, _ in _read(text)] == [
        "UniTraj: Learning a Universal Trajectory Foundation Model from Billion-Scale Worldwide Traces",
        "Video Generation Models as World Simulators (Sora)",  # a name in brackets stays
    ]


def test_a_journals_home_page_is_not_a_paper():
    text = (
        "## Journals\n- [Frontiers in Big Data](https://www.frontiersin.org/journals/big-data)\n"
        "- [Information, Communication & Society](https://www.tandfonline.com/journals/rics20)\n\n"
        "## Papers\n- [A Paper In Frontiers About Data](https://www.frontiersin.org/journals/big-data/articles/10.3389/fdata.2021.1)\n"
    )
    assert [e.title for e in parse_text(text, "l.md").entries] == [
        "A Paper In Frontiers About Data"
    ]
