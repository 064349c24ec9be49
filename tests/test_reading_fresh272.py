"""Layouts first seen in the fresh272-277 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from tests.support.reading import reader

_read = reader("line", "title", "year")


def test_surnames_and_the_year_in_brackets_before_a_quoted_title():
    text = (
        "### Extractive Methods\n"
        '1. Sakaji et al. (2008): "Extracting Causal Knowledge Using Clue Phrases",'
        " [paper](https://link.springer.com/chapter/10.1007/978-3-540-89447-6_12).\n"
        '2. Blanco and Castell (2008): "Causal Relation Extraction",'
        " [paper](https://aclanthology.org/L08-1175/).\n"
        '3. Cole et al. (2006): "A lightweight tool for extracting causal relationships,'
        " [paper](https://www.cse.sc.edu/~mgv/papers/cole06.pdf).\n"
        '4. **Zhang and Foo (2001):** "Embedding Logic Rules into Causal Reasoning."\n'
        "   - [Link to paper](https://arxiv.org/abs/2101.08604)\n"
        '5. **Good (1961):** "Log-Likelihood Metric for Causality Strength."\n'
        "   - [Link to paper](https://doi.org/10.1093/mind/LXX_277_334)\n"
    )
    assert _read(text) == [
        (2, "Extracting Causal Knowledge Using Clue Phrases", 2008),
        (3, "Causal Relation Extraction", 2008),
        (4, "A lightweight tool for extracting causal relationships", 2006),
        (5, "Embedding Logic Rules into Causal Reasoning", 2001),
        (7, "Log-Likelihood Metric for Causality Strength", 1961),
    ]


def test_a_link_to_the_paper_below_a_bold_title_is_its_link_not_its_title():
    text = (
        "1. **Embedding Logic Rules into Causal Reasoning Mechanisms**\n"
        "   - [Link to paper](https://arxiv.org/abs/2101.08604)\n"
        "2. **Probabilistic Causality and Its Applications**\n"
        "   - [Links to the code](https://github.com/a/b) [paper](https://arxiv.org/abs/2101.08605)\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "Embedding Logic Rules into Causal Reasoning Mechanisms",
        "Probabilistic Causality and Its Applications",
    ]


def test_an_overview_of_datasets_names_datasets_not_papers():
    text = (
        "## Papers\n\n"
        "- [Causal Reasoning in Large Language Models](https://arxiv.org/abs/2305.00050)\n\n"
        "### Overview of Causal Datasets\n\n"
        "| Dataset | Unit | Brief |\n|---|---|---|\n"
        "| **CauseEffectPairs** [Mooij et al., 2016](https://jmlr.org/papers/v17/14-518.html)"
        " | Variable | 108 pairs |\n"
        "| **IHDP** [Shalit et al., 2017](http://proceedings.mlr.press/v70/shalit17a.html)"
        " | Variable | 2,000 |\n"
    )
    assert [t for _, t, _ in _read(text)] == ["Causal Reasoning in Large Language Models"]


def test_a_topic_citing_several_papers_by_their_authors_is_no_entry():
    text = (
        "1. **Physical Causality**\n"
        "   Physical causality covers physics and chemistry. Example datasets include:"
        " CRAFT ([Ates et al., 2022](https://aclanthology.org/2022.findings-acl.205)),"
        " COPA ([Roemmele et al., 2011](https://aclanthology.org/S12-1052)).\n"
        "2. **Joint Reasoning for Temporal and Causal Relations**"
        " [Ning et al., 2018](https://arxiv.org/abs/1808.09506)\n"
    )
    assert _read(text) == [(3, "Joint Reasoning for Temporal and Causal Relations", 2018)]
