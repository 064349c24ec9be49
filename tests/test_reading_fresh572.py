"""Round 75 (fresh572, fresh576, fresh577 and review 843's open shapes): each rule held by a
test that fails on the reader before it."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import offline_rules


def _titles(text: str) -> list[str]:
    return [e.title for e in parse_text(text, "l.md").entries]


def test_a_titles_listed_words_before_a_venue_in_brackets_are_no_names():
    """``Title: Efficient, Distributed, Class-Incremental Learning (NeurIPS 2021 Workshop)``:
    the capitalised words after the commas run on to a title's word before the venue, so
    they are the title's, not a byline; a real byline before the venue is still cut."""
    text = (
        "+ Federated Reconnaissance: Efficient, Distributed, Class-Incremental Learning"
        " (NeurIPS 2021 Workshop) [[paper]](https://arxiv.org/abs/2109.00150)\n"
        "+ Hunt For The Unique, Stable, Sparse And Fast Feature Learning On Graphs (NIPS 2017)"
        " [[paper]](https://arxiv.org/abs/1711.00001)\n"
        "+ Deep Residual Learning for Image Recognition, Kaiming He, Xiangyu Zhang, Shaoqing Ren"
        " (CVPR 2016)"
        " [[paper]](https://arxiv.org/abs/1512.03385)\n"
    )
    assert _titles(text) == [
        "Federated Reconnaissance: Efficient, Distributed, Class-Incremental Learning",
        "Hunt For The Unique, Stable, Sparse And Fast Feature Learning On Graphs",
        "Deep Residual Learning for Image Recognition",
    ]


def _read(text: str) -> list[tuple[int, str | None, int | None, str | None]]:
    return [
        (e.line, e.title, e.year, e.paper.url if e.paper else None)
        for e in parse_text(text, "l.md").entries
    ]


def test_a_references_cell_of_author_year_links_is_one_entry_per_paper():
    """``| Dynamic Batching | ... | [Crankshaw et al. (2017)](a), [Ali et al. (2020)](b) |``:
    a table's references cell names each paper by its authors and year; each is an entry,
    dated by its own year (the row's technique is no date of theirs)."""
    text = (
        "| Technique | Description | References |\n"
        "|---|---|---|\n"
        "| Dynamic Batching | Collects user requests over a short time window |"
        " [Crankshaw et al. (2017)](https://www.usenix.org/conference/nsdi17/technical-sessions"
        "/presentation/crankshaw), [Ali et al. (2020)](https://ieeexplore.ieee.org/abstract/"
        "document/9355312/) |\n"
        "| Nano Batching | Fine-grained batching | [Zhu et al. (2024)](https://arxiv.org/abs/"
        "2408.12757) |\n"
    )
    assert [(line, year, url[-12:]) for line, _, year, url in _read(text)] == [
        (3, 2017, "on/crankshaw"),
        (3, 2020, "ent/9355312/"),
        (4, 2024, "s/2408.12757"),
    ]


def test_a_link_whose_text_cites_its_paper_is_the_paper_even_on_an_event_page():
    """``1. [Title. In MLSys'20.](mlsys.org/Conferences/2020/Schedule?showEvent=1406)``: the
    link's text is the paper's citation, so the event page is the paper's; a video with
    such a text stays a video, and an event page under a talk's plain title stays a talk."""
    text = (
        "###### Video\n"
        "1. [Cryptography for Safe Machine Learning. In MLSys'20.](https://www.youtube.com/"
        "watch?v=VlfZ7-5bKqk): a talk.\n"
        "###### Paper\n"
        "1. [Federated Optimization in Heterogeneous Networks. In MLSys'20.](https://mlsys.org/"
        "Conferences/2020/Schedule?showEvent=1406): they proposed FedProx.<br>\n"
        "2. [What is the State of Neural Network Pruning? In MLSys'20.](https://mlsys.org/"
        "Conferences/2020/Schedule?showEvent=1413): ShrinkBench.\n"
        "3. ICML 2018 Tutorial: [Toward Theoretical Understanding of Deep Learning]"
        "(https://icml.cc/Conferences/2018/Schedule?showEvent=1864)\n"
    )
    assert [(line, title, year) for line, title, year, _ in _read(text)] == [
        (4, "Federated Optimization in Heterogeneous Networks", 2020),
        (5, "What is the State of Neural Network Pruning?", 2020),
    ]


def test_papers_a_row_names_apart_under_its_technique_are_no_duplicates():
    """Two papers of one references cell share the row's technique as their title: they are
    two papers on one line, not one paper listed twice; the same title on two lines still is."""
    row = (
        "| Technique | Description | References |\n"
        "|---|---|---|\n"
        "| Pipeline Parallelism (PP) | Divides model layers across devices |"
        " [Ma et al. (2024)](https://aclanthology.org/2024.naacl-industry.1/),"
        " [Yu et al. (2024)](https://dl.acm.org/doi/abs/10.1145/3688351.3689164) |\n"
    )
    assert "duplicate-entry" not in offline_rules(row)
    twice = (
        "- [Divides Model Layers Across Devices](https://aclanthology.org/2024.naacl-industry.1/) 2024\n"
        "- [Divides Model Layers Across Devices](https://dl.acm.org/doi/abs/10.1145/3688351.3689164) 2024\n"
    )
    assert "duplicate-entry" in offline_rules(twice)
