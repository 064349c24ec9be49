"""Rounds 80 and 81 (fresh609-613): each rule held by a test that fails on the reader before it."""

from __future__ import annotations

from pipeline.parse import parse_text


def _read(text: str) -> list[tuple]:
    return [
        (e.line, e.title, e.paper.url if e.paper else None, e.code.url if e.code else None)
        for e in parse_text(text, "l.md").entries
    ]


ARXIV = "https://arxiv.org/abs/"
PAPERS_PAGE = "https://ppopp22.sigplan.org/details/PPoPP-2022-main-conference/10/QGTC"


def test_a_papers_label_links_the_entrys_paper():
    """``* [PPoPP'22] Title [[Papers]](conference page)`` among ``[[Paper]]`` items
    (zobinhuang): the plural label names the paper link too."""
    text = (
        "## Systems\n\n"
        f"* [VLDB'22] Marius++: Large-Scale Training of GNNs [[Paper]]({ARXIV}2202.02365)\n"
        f"* [PPoPP'22] Accelerating Quantized Graph Neural Networks via GPU Tensor Core "
        f"[[Papers]]({PAPERS_PAGE})\n"
    )
    read = _read(text)
    assert [(line, paper) for line, _, paper, _ in read] == [
        (3, f"{ARXIV}2202.02365"),
        (4, PAPERS_PAGE),
    ]


def test_the_tools_of_an_open_source_system_section_are_no_entries():
    """``## Open Source System`` of libraries named with their ``[[Paper]]`` links, one named
    with its short name in brackets (``Deep Graph Library (DGL)``): tools, not papers."""
    text = (
        "## Papers\n\n"
        f"* [OSDI'21] GNNAdvisor: An Adaptive and Efficient Runtime [[Paper]]({ARXIV}2006.06608)\n\n"
        "## Open Source System\n"
        "* Deep Graph Library (DGL) [[Website]](https://www.dgl.ai/) "
        f"[[Paper]]({ARXIV}1909.01315) [[Repo]](https://github.com/dmlc/dgl)\n"
        "* PyG (PyTorch Geometric) [[Repo]](https://github.com/pyg-team/pytorch_geometric) "
        f"[[Paper]]({ARXIV}1903.02428)\n"
        f"* Cogdl [[Repo]](https://github.com/THUDM/cogdl) [[Paper]]({ARXIV}2103.00959)\n"
    )
    assert [line for line, *_ in _read(text)] == [3]


def test_open_source_projects_keep_their_papers():
    """``## Open-Source Projects`` (datamllab) lists projects by their papers: still entries;
    and a paper titled with a bracketed name stays one under a tools heading."""
    text = (
        "## Open-Source Projects\n\n"
        f"  * DeepStack-Leduc [[paper]]({ARXIV}1701.01724) [[code]](https://github.com/l/d).\n\n"
        "## Open Source Frameworks\n\n"
        "* Graph Attention Networks for Large Sparse Graphs (GAT-S) "
        f"[[Paper]]({ARXIV}1710.10903)\n"
    )
    assert [(line, title) for line, title, *_ in _read(text)] == [
        (3, "DeepStack-Leduc"),
        (7, "Graph Attention Networks for Large Sparse Graphs (GAT-S)"),
    ]


HANDLE = "http://www.ideals.illinois.edu/handle/2142/11011"
IEEE = "https://ieeexplore.ieee.org/abstract/document/"


def test_a_dspace_record_titled_by_its_paper_is_the_paper_link():
    """``[Title](…/handle/2142/11011)`` (an institutional repository's record) is the paper;
    a record labelled ``[Slides]`` is not."""
    text = (
        "## Theses\n\n"
        f"- [A near-memory processor for vector, streaming and bit manipulation workloads]({HANDLE})\n"
        f"- A Study of Something Important [Slides](https://dspace.mit.edu/handle/1721.1/5)\n"
    )
    assert [(line, paper) for line, _, paper, _ in _read(text)] == [(3, HANDLE)]


def test_a_line_titled_by_a_page_keeps_its_own_place_over_the_next_lines_paper():
    """``[M Wei] "[Title A](page)"<br/>`` then ``[TS Hall] "[Title B](ieee)"<br/>`` in one
    paragraph (miglopst): B's paper link is B's, not A's."""
    text = (
        "## Year - 2006\n"
        '[M Wei] "[A near-memory processor for vector and streaming workloads]'
        '(https://www.example.edu/people/wei/pub/11011)"<br/>\n'
        '[TS Hall] "[Large-scale field-programmable analog arrays for analog signal '
        f'processing]({IEEE}1528675/)"<br/>\n'
        f'[J Park] "[Proactive self-healing system based on multi-agent technologies]({IEEE}1563171/)"<br/>\n'
    )
    read = _read(text)
    assert [(line, title[:10], paper) for line, title, paper, _ in read] == [
        (3, "Large-scal", f"{IEEE}1528675/"),
        (4, "Proactive ", f"{IEEE}1563171/"),
    ]


def test_a_year_heading_first_in_the_file_dates_the_papers_under_it():
    """``# [Year - 2005](#2005)`` as the file's first line, then ``# [Year - 2006](#2006)``:
    the first heading is a year's section, not only the list's title."""
    text = (
        "# [Year - 2005](#2005)\n"
        f'[M Wei] "[A near-memory processor for vector workloads]({HANDLE})"<br/>\n'
        f'[TS Hall] "[Large-scale field-programmable analog arrays]({IEEE}1528675/)"<br/>\n'
        "# [Year - 2006](#2006)\n"
        f'[Z Hu] "[Optimization of dense matrix multiplication on Cyclops-64]({IEEE}1/)"<br/>\n'
    )
    years = [(e.line, e.year) for e in parse_text(text, "l.md").entries]
    assert years == [(2, 2005), (3, 2005), (5, 2006)]
