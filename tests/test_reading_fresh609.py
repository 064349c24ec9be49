"""Rounds 80 and 81 (fresh609-613): each rule held by a test that fails on the reader before it."""

from __future__ import annotations

from pipeline.parse import parse_text


def _read(text: str) -> list[tuple]:
    return [
        (e.line, e.title, e.paper.url if e.paper else None, e.code.url if e.code else None)
        for e in parse_text(text, "l.md").entries
    ]


ARXIV = "https://arxiv.org/abs/"
PAPERS_PAGE = (
    "https://ppopp22.sigplan.org/details/PPoPP-2022-main-conference/10/"
    "QGTC-Accelerating-Quantized-Graph-Neural-Networks-via-GPU-Tensor-Core"
)


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
        "## Open Source Systems\n\n"
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


def test_review_901_a_papers_label_on_a_listing_links_no_paper():
    """``[[Papers]]`` to a workshop's accepted papers or a researcher's page is a list of
    papers: the workshop and the researcher are no entries."""
    text = (
        "## Papers\n\n"
        f"- Graph Attention Networks. ICLR 2018. [[Paper]]({ARXIV}1710.10903)\n\n"
        "## Workshops\n\n"
        "- Graph Representation Learning Workshop, NeurIPS 2019 "
        "[[Website]](https://grlearning.github.io/) [[Papers]](https://grlearning.github.io/papers/)\n"
        "- Jure Leskovec (Stanford) [[Papers]](https://cs.stanford.edu/people/jure/pubs/)\n"
    )
    assert [line for line, *_ in _read(text)] == [3]


def test_review_901_titles_ending_in_collections_stay_papers_off_dspace():
    """Only a DSpace ``/handle/`` page named like a collection is one: an OJS article titled
    ``… Newspaper Collections`` is a paper; ``MIT AI Lab Memos (1959 - 2004)`` is not."""
    text = (
        "## Text Mining\n\n"
        "- [Topic Modeling Historical Newspaper Collections]"
        "(https://ejournals.example.org/index.php/jdh/article/view/1234) (2019)\n"
        "- [MIT AI Lab Memos (1959 - 2004)](https://dspace.mit.edu/handle/1721.1/5460)\n"
        "- [Computer Science and Artificial Intelligence Lab (CSAIL)]"
        "(https://dspace.mit.edu/handle/1721.1/39813)\n"
    )
    assert [line for line, *_ in _read(text)] == [3]


def test_review_901_a_topic_on_open_source_systems_keeps_its_papers():
    """``## Fuzzing Open-Source Systems`` is a topic, ``## Open-Source Frameworks`` of a
    multi-agent list holds papers by their frameworks' names; a tool's long description in
    brackets is no second name (``DistServe (Disaggregated Prefill and Decoding)``)."""
    text = (
        "## Fuzzing Open-Source Systems\n\n"
        "- **OSS-Fuzz** [[Paper]](https://www.usenix.org/conference/usenixsecurity23/"
        "presentation/ding) [[Code]](https://github.com/google/oss-fuzz)\n\n"
        "## Open-Source Frameworks\n\n"
        f"- MetaGPT [[Paper]]({ARXIV}2308.00352) [[Code]](https://github.com/geekan/MetaGPT)\n\n"
        "## Open Source Systems\n\n"
        f"* DistServe (Disaggregated Prefill and Decoding) [[Paper]]({ARXIV}2401.09670)\n"
    )
    assert [line for line, *_ in _read(text)] == [3, 7, 11]


def test_review_901_a_labelled_or_shortened_paper_link_under_a_page_title_is_its_paper():
    """``[BLIP: …](repo)`` over ``[Paper on arXiv](arxiv)``, ``[Plenoxels: Radiance Fields
    without Neural Networks](page)`` over ``[Radiance Fields without Neural Networks](arxiv)``:
    one paper each, titled by the line above."""
    text = (
        "## Papers\n\n"
        "[BLIP: Bootstrapping Language-Image Pre-training for Unified Understanding]"
        "(https://github.com/salesforce/BLIP)\n"
        f"[Paper on arXiv]({ARXIV}2201.12086)\n\n"
        "[Plenoxels: Radiance Fields without Neural Networks](https://alexyu.net/plenoxels/)\n"
        f"[Radiance Fields without Neural Networks]({ARXIV}2112.05131)\n"
    )
    assert [(line, title.split(":")[0], paper) for line, title, paper, _ in _read(text)] == [
        (3, "BLIP", f"{ARXIV}2201.12086"),
        (6, "Plenoxels", f"{ARXIV}2112.05131"),
    ]


def test_an_old_year_after_a_rows_number_in_its_year_cell_dates_it():
    """``| <a id="r068"></a>**R068**<br>1972 | **[Title](url)** |`` (ai4city): 1972."""
    text = (
        "| ID / Year | Reference | Link |\n|---|---|---|\n"
        '| <a id="r082"></a>**R082**<br>1987 | **[Marching Cubes: A High Resolution 3D '
        "Surface Construction Algorithm](https://dl.acm.org/doi/10.1145/37402.37422)** | x |\n"
        '| <a id="r068"></a>**R068**<br>1972 | **[An iterative procedure for the polygonal '
        "approximation of plane curves](https://doi.org/10.1016/S0146-664X(72)80017-0)** | x |\n"
    )
    assert [(e.line, e.year) for e in parse_text(text, "l.md").entries] == [(3, 1987), (4, 1972)]


def test_a_pdf_viewers_file_name_after_the_title_is_no_part_of_it():
    """``[Title - 2404.08458v1.pdf](arxiv)``, ``[Title - 75_On_the_Expressive_.pdf](url)``
    (a to-read list of browser tabs, spflow): the title before the file's name."""
    text = (
        "# Papers to read\n"
        "- [ ] [On the Independence Assumption in Neurosymbolic Learning - 2404.08458v1.pdf]"
        f"({ARXIV}2404.08458)\n"
        "- [ ] [On the Expressive Power of Tree-Structured Probabilistic Circuits - "
        "75_On_the_Expressive_Power_of_.pdf](https://openreview.net/pdf?id=QUQ5ciFMyU)\n"
    )
    assert [title for _, title, *_ in _read(text)] == [
        "On the Independence Assumption in Neurosymbolic Learning",
        "On the Expressive Power of Tree-Structured Probabilistic Circuits",
    ]


def test_an_exported_citations_and_others_byline_and_volume_are_no_title():
    """``#### Qianmu Yuan and others, Title, Briefings in Bioinformatics, Volume 23, Issue 2,
    March 2022, bbab564, https://doi.org/…`` (Oxford Academic's export, funbench)."""
    text = (
        "## Papers\n\n"
        "#### Qianmu Yuan and others, AlphaFold2-aware protein–DNA binding site prediction "
        "using graph transformer, Briefings in Bioinformatics, Volume 23, Issue 2, March 2022, "
        "bbab564, https://doi.org/10.1093/bib/bbab564\n"
    )
    assert [title for _, title, *_ in _read(text)] == [
        "AlphaFold2-aware protein–DNA binding site prediction using graph transformer"
    ]


def test_a_bold_name_over_a_line_of_its_linked_title_keeps_the_title():
    """``**PAL-UI** · 2025<br>`` over ``[PAL-UI: Planning with …](arxiv)<br>`` (kqcoxn): the
    linked title, the bold name its short name; not a citation's link text below a bold
    title (``[He, Warden, et al., 2020 - arXiv:2010.08678]``)."""
    text = (
        "## Memory\n\n"
        "**ATMem** · 2026<br>\n"
        "[What Memory Do GUI Agents Really Need? From Passive Records to Active States]"
        f"({ARXIV}2606.31612v2)<br>\n"
        "Organizes task data as execution state.<br>\n\n"
        "* **TensorFlow Lite Micro: Embedded Machine Learning on TinyML Systems**\n"
        f"  [He, Warden, et al., 2020 - arXiv:2010.08678]({ARXIV}2010.08678)\n"
    )
    got = [(e.title, e.short_name) for e in parse_text(text, "l.md").entries]
    assert got == [
        ("What Memory Do GUI Agents Really Need? From Passive Records to Active States", "ATMem"),
        ("TensorFlow Lite Micro: Embedded Machine Learning on TinyML Systems", None),
    ]


def test_review_905_labels_people_and_bylines_stay_out_of_titles_and_short_names():
    """A bold title over ``[Read the full paper here]`` keeps its title; a bold name over a
    venue's talk label keeps its name; a topic or a person in bold is no short name; a
    byline before a PDF's file name is not cut down to the byline."""
    text = (
        "## P\n"
        "- **Deep Residual Learning for Image Recognition**<br>\n"
        f"  [Read the full paper here]({ARXIV}1512.03385)\n"
        "- **SimCLR**<br>[ICML Oral Presentation Paper](https://proceedings.mlr.press/v119/"
        "chen20j.html)\n"
        "- **Survey**<br>[Deep Learning for Video Object Segmentation: A Survey]"
        f"({ARXIV}2107.01153)\n"
        "- **Yann LeCun**<br>[Gradient-Based Learning Applied to Document Recognition]"
        "(https://ieeexplore.ieee.org/document/726791)\n"
        "- [Kingma and Ba ICLR 2015 - Adam_A_Method_for_Stochastic_Optimization.pdf]"
        f"({ARXIV}1412.6980)\n"
    )
    got = [(e.line, e.title[:21], e.short_name) for e in parse_text(text, "l.md").entries]
    assert got == [
        (2, "Deep Residual Learnin", None),
        (4, "SimCLR", None),
        (5, "Deep Learning for Vid", None),
        (6, "Gradient-Based Learni", None),
        (7, "Kingma and Ba ICLR 20", None),
    ]
