"""Layouts and conventions first seen in the fresh519-523 batches (and the open cases of the
rounds before), each held by a test that fails on the reader before its fix."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import reader

_titles = reader("title")


def test_a_table_of_datasets_names_datasets_not_papers():
    """``| Dataset | #Nodes | #Edges | ... |`` under ``### Single Graph``: each row links the
    paper its dataset comes from (several rows the same paper); the row names a dataset, not
    an entry, as in a datasets section, and ``parse`` shows it as unread."""
    text = (
        "# Graph Scaling\n\n### Single Graph\n\n| Dataset | #Nodes | #Edges | Type |\n"
        "|---|---|---|---|\n"
        "| [Cora](https://arxiv.org/pdf/2110.07580.pdf) | 2,708 | 5,429 | Citation |\n"
        "| [Citeseer](https://arxiv.org/pdf/2110.07580.pdf) | 3,327 | 4,732 | Citation |\n"
        "| [ogbg-molhiv](https://arxiv.org/pdf/2206.07746.pdf) | 41,127 | 1.1M | Molecule |\n\n"
        "## Papers\n\n- [Graph Condensation for Graph Neural Networks](https://arxiv.org/abs/2110.07580)\n"
    )
    parsed = parse_text(text, "l.md")
    assert [e.title for e in parsed.entries] == ["Graph Condensation for Graph Neural Networks"]
    assert [u.line for u in parsed.unread] == [7, 8, 9]
    assert all("table of datasets" in u.reason for u in parsed.unread)


def test_a_datasets_table_keeps_rows_titled_by_their_papers_and_tables_of_papers():
    """A row of a datasets table whose link is the paper's full title is that paper's entry;
    ``| Dataset | Paper | Code |`` (a paper per dataset) and ``| Benchmark | ... |`` (a
    benchmark's paper, one the list recommends) are tables of papers."""
    titled = (
        "| Dataset | Size |\n|---|---|\n"
        "| [GraspNet-1Billion: A Large-Scale Benchmark for General Object Grasping]"
        "(https://arxiv.org/abs/2001.00001) | 1B |\n"
    )
    assert _titles(titled) == [
        ("GraspNet-1Billion: A Large-Scale Benchmark for General Object Grasping",)
    ]
    per_dataset = (
        "| Dataset | Paper | Code |\n|---|---|---|\n"
        "| Cora | [Graph Attention Networks](https://arxiv.org/abs/1710.10903) | - |\n"
    )
    assert _titles(per_dataset) == [("Graph Attention Networks",)]
    benchmarks = (
        "| Benchmark | Environment | Venue |\n|---|---|---|\n"
        "| [Mind2Web](https://arxiv.org/abs/2306.06070) | Web | NeurIPS 2023 |\n"
        "| [WebArena](https://arxiv.org/abs/2307.13854) | Web | ICLR 2024 |\n"
    )
    assert _titles(benchmarks) == [("Mind2Web",), ("WebArena",)]


def test_a_link_given_two_addresses_is_the_first_addresss_link():
    """``[Title](http://arxiv.org/abs/ID https://www.aclweb.org/...)`` (a bibliography
    export's url field): no link for CommonMark, so the byline after it was read as the
    title and a false wrong-paper followed; the title is the bracketed text."""
    text = (
        "- [Lifelong and Interactive Learning of Factual Knowledge in Dialogues]"
        "(http://arxiv.org/abs/1907.13295 https://www.aclweb.org/anthology/W19-5903) by "
        "Sahisnu Mazumder, Bing Liu, Shuai Wang and Nianzu Ma. *SIGdial*, 21--31, 2019. [nlp]\n"
    )
    parsed = parse_text(text, "l.md")
    assert [(e.title, e.paper.url) for e in parsed.entries] == [
        (
            "Lifelong and Interactive Learning of Factual Knowledge in Dialogues",
            "http://arxiv.org/abs/1907.13295",
        )
    ]


def test_a_notes_column_links_no_code():
    """``| Title | ... | Paper | Markdown | Github |``: the ``Markdown`` column links the
    maintainer's notes on the paper (a file of the list's repository on GitHub), which were
    read as the paper's code when its ``Github`` cell was empty."""
    text = (
        "| Title | Year | Paper | Markdown | Github |\n|---|---|---|---|---|\n"
        "| Improving Binary Function Similarity Detection | 2024 | "
        "[link](https://www.usenix.org/system/files/usenixsecurity24-wang-jialai.pdf) | "
        "[link](https://github.com/o/notes/blob/main/md/2024_improving.md) |   |\n"
        "| Code is not Natural Language | 2024 | [link](https://arxiv.org/abs/2403.00001) | "
        "[link](https://github.com/o/notes/blob/main/md/2024_code.md) | "
        "[link](https://github.com/NSSL-SJTU/HermesSim) |\n"
    )
    entries = parse_text(text, "l.md").entries
    assert [e.code.url if e.code else None for e in entries] == [
        None,
        "https://github.com/NSSL-SJTU/HermesSim",
    ]


def test_code_span_tags_before_a_citations_authors_are_tags():
    """`` `Cross-architecture` `GITZ` David, Yaniv, ... "[Title.](url)" Venue. 2017.``:
    the code spans are topic tags before a Google Scholar citation; the title is the quoted
    link, not the tags and the first surname."""
    text = (
        '- `Feature-based learning` Hu, Xin, et al. "[Mutantx-s: Scalable malware clustering '
        "based on static features.](https://www.usenix.org/system/files/conference/atc13/"
        'atc13-hu.pdf)" 2013 USENIX Annual Technical Conference. 2013.\n'
        "- `Cross-architecture` `GITZ` David, Yaniv, Nimrod Partush, and Eran Yahav. "
        '"[Similarity of binaries through re-optimization.](https://dl.acm.org/doi/pdf/'
        '10.1145/3062341.3062387)" Proceedings of the 38th ACM SIGPLAN Conference. 2017.\n'
        "- `GPT-4` Technical Report [[paper](https://arxiv.org/abs/2303.08774)]\n"
    )
    assert _titles(text) == [
        ("Mutantx-s: Scalable malware clustering based on static features",),
        ("Similarity of binaries through re-optimization",),
        ("GPT-4 Technical Report",),
    ]


def test_a_badge_of_a_venues_findings_and_a_two_digit_year_dates_the_entry():
    """``![Paper](https://img.shields.io/badge/ACL_findings-25-green)``: ACL's Findings of
    2025, as ``ACL-25`` already was."""
    text = (
        "- **TritonBench: Benchmarking Large Language Model Capabilities for Generating "
        "Triton Operators** [![Paper](https://img.shields.io/badge/ACL_findings-25-green)]"
        "(https://aclanthology.org/2025.findings-acl.1183.pdf)\n"
    )
    assert [(e.year, e.venue) for e in parse_text(text, "l.md").entries] == [(2025, "ACL")]


def test_a_labs_publication_pages_are_paper_pages():
    """``research.google.com/pubs/pub46351.html`` and
    ``ai.facebook.com/research/publications/...``: the older addresses of Google's and
    Meta's publication pages (``research.google/pubs/``, ``ai.meta.com/research/...``)."""
    text = (
        "* Dynamic Routing Between Capsules "
        "[[link](https://research.google.com/pubs/pub46351.html)] [[notes](capsules.md)]\n"
        "* End-to-End Object Detection with Transformers "
        "[[link](https://ai.facebook.com/research/publications/end-to-end-object-detection-"
        "with-transformers)]\n"
    )
    assert _titles(text) == [
        ("Dynamic Routing Between Capsules",),
        ("End-to-End Object Detection with Transformers",),
    ]


def test_a_heading_naming_the_lists_own_survey_keeps_the_introduction_going():
    """``# Awesome VLA`` / ``## A Survey on Vision-Language-Action Models ...`` over the
    survey's arXiv badge: the heading is the title of the survey the list accompanies, so
    the introduction (and its own paper, no entry) goes on under it; a ``## Surveys``
    section of other people's surveys stays the list's."""
    own = (
        "# Awesome VLA\n\n## A Survey on Vision-Language-Action Models for Embodied AI\n\n"
        "[![arXiv](https://img.shields.io/badge/arXiv-2405.14093-b31b1b.svg)]"
        "(https://arxiv.org/abs/2405.14093)\n\n## Papers\n\n"
        "- [RT-2: Vision-Language-Action Models Transfer Web Knowledge to Robotic Control]"
        "(https://arxiv.org/abs/2307.15818)\n"
        "- [OpenVLA: An Open-Source Vision-Language-Action Model](https://arxiv.org/abs/2406.09246)\n"
    )
    assert [e.paper.url for e in parse_text(own, "l.md").entries] == [
        "https://arxiv.org/abs/2307.15818",
        "https://arxiv.org/abs/2406.09246",
    ]
    surveys = (
        "# Awesome VLA\n\n## Surveys\n\n"
        "- [A Survey on Vision-Language-Action Models for Embodied AI]"
        "(https://arxiv.org/abs/2405.14093)\n\n## Papers\n\n"
        "- [OpenVLA: An Open-Source Vision-Language-Action Model](https://arxiv.org/abs/2406.09246)\n"
    )
    assert len(parse_text(surveys, "l.md").entries) == 2


def test_a_linked_survey_heading_opening_the_list_is_its_own_paper():
    """``## [Hallucination of Multimodal Large Language Models: A Survey](arxiv)`` under the
    H1, before any entry: the survey the list accompanies, not an entry. A list whose every
    entry is a heading keeps a survey among them."""
    own = (
        "# Awesome MLLM Hallucination\n\n"
        "## [Hallucination of Multimodal Large Language Models: A Survey]"
        "(https://arxiv.org/abs/2404.18930)\n\n## Papers\n\n"
        "- [Object Hallucination in Image Captioning](https://arxiv.org/abs/1809.02156)\n"
        "- [Evaluating Object Hallucination in Large Vision-Language Models]"
        "(https://arxiv.org/abs/2305.10355)\n"
    )
    assert [e.paper.url for e in parse_text(own, "l.md").entries] == [
        "https://arxiv.org/abs/1809.02156",
        "https://arxiv.org/abs/2305.10355",
    ]
    headings = (
        "# NLP-Papers\n\n"
        "#### A Persona-Based Neural Conversation Model [[arXiv](https://arxiv.org/abs/1603.06155)]\n\n"
        "#### A Survey of Available Corpora for Building Data-Driven Dialogue Systems "
        "[[arXiv](https://arxiv.org/abs/1512.05742)]\n\n"
        "#### Attention Is All You Need [[arXiv](https://arxiv.org/abs/1706.03762)]\n"
    )
    assert len(parse_text(headings, "l.md").entries) == 3
