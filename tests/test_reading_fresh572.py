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


def test_a_quoted_title_before_a_venue_link_in_a_tools_item_is_its_papers():
    """``[Brian2](repo) <badge> : A simulator. "Brian 2, an intuitive ...". (**[Elife 2019](url)**)``:
    the quoted text before the venue's link is the paper's title, the tool its short name."""
    text = (
        '  - [Brian2](https://github.com/brian-team/brian2) <img src="https://img.shields.io/'
        'github/stars/brian-team/brian2?style=social"/> : Brian is a free simulator. "Brian 2,'
        ' an intuitive and efficient neural simulator". (**[Elife 2019]'
        "(https://elifesciences.org/articles/47314)**)\n"
        "  - [norse](https://github.com/norse/norse) : Deep learning with spiking neural"
        " networks in PyTorch.\n"
    )
    entries = parse_text(text, "l.md").entries
    assert [(e.title, e.short_name, e.year) for e in entries] == [
        ("Brian 2, an intuitive and efficient neural simulator", "Brian2", 2019)
    ]


def test_a_rule_between_two_years_rows_does_not_end_the_table():
    """``---`` between a table's rows (the maintainer's break between years): the rows below
    are still the table's, read under its header, not one paragraph of pipes."""
    text = (
        "| Authors | Title | Year | Link |\n"
        "| --- | --- | :---: | :---: |\n"
        "| Wei S. *et al.* | A Quantum Convolutional Neural Network on NISQ Devices | 2021 |"
        " [Arxiv](https://arxiv.org/pdf/2104.06918.pdf) |\n"
        "---\n"
        "| Lamata L. | Quantum machine learning and quantum biomimetics: A perspective | 2020 |"
        " [ePrint](https://iopscience.iop.org/article/10.1088/2632-2153/ab9803/pdf) |\n"
        "| Mari A. *et al.*| Transfer learning in hybrid classical-quantum neural networks |"
        " 2020 | [ePrint](https://quantum-journal.org/papers/q-2020-10-09-340/pdf/) |\n"
    )
    assert [(line, title, year) for line, title, year, _ in _read(text)] == [
        (3, "A Quantum Convolutional Neural Network on NISQ Devices", 2021),
        (5, "Quantum machine learning and quantum biomimetics: A perspective", 2020),
        (6, "Transfer learning in hybrid classical-quantum neural networks", 2020),
    ]


def test_a_fields_books_section_holds_no_entries():
    """``## Quantum books``, ``## Reference Books``: a field's books, not papers."""
    text = (
        "## Quantum books\n\n"
        "| Authors | Title | Year | Link |\n| --- | --- | --- | --- |\n"
        "| Wittek P. | Quantum Machine Learning | 2014 | [ePrint](https://www.researchgate.net/"
        "publication/264825604_Quantum_Machine_Learning/file.pdf) |\n\n"
        "## Quantum papers\n\n"
        "| Authors | Title | Year | Link |\n| --- | --- | --- | --- |\n"
        "| Preskill J. | Quantum computing 40 years later | 2021 | [Arxiv](https://arxiv.org/"
        "pdf/2106.10522.pdf) |\n"
    )
    assert [title for _, title, _, _ in _read(text)] == ["Quantum computing 40 years later"]


def test_review844_a_cells_versions_and_another_columns_citations_are_not_split():
    """Review 844 F1/F2: ``[ICCV 2021](cvf), [TPAMI 2023](ieee)`` names one paper's
    versions by venue, and a ``Compared with`` column's author-year links cite other
    papers beside the row's own: one entry each, with the row's own year."""
    text = (
        "| Title | Venue | Links |\n|---|---|---|\n"
        "| Swin Transformer: Hierarchical Vision Transformer using Shifted Windows | ICCV |"
        " [ICCV 2021](https://openaccess.thecvf.com/content/ICCV2021/html/Liu_Swin.html),"
        " [TPAMI 2023](https://ieeexplore.ieee.org/document/10000001) |\n\n"
        "| Paper | Venue | Compared with |\n|---|---|---|\n"
        "| [Attention Is All You Need](https://arxiv.org/abs/1706.03762) | NeurIPS 2017 |"
        " [Bahdanau et al. (2015)](https://arxiv.org/abs/1409.0473), [Gehring et al. (2017)]"
        "(https://arxiv.org/abs/1705.03122) |\n"
    )
    assert [(line, year) for line, _, year, _ in _read(text)] == [(3, 2021), (7, 2017)]


def test_review844_a_title_linked_twice_on_one_line_is_still_a_duplicate():
    """Review 844 F3: only papers titled by their line's label are told apart by line; one
    title linked twice in a table written on one line is listed twice."""
    text = (
        '<table><tr><td><a href="https://openaccess.thecvf.com/content/CVPR2022/html/He_MAE.html">'
        "Masked Autoencoders Are Scalable Vision Learners</a></td><td>CVPR 2022</td></tr><tr><td>"
        '<a href="https://openaccess.thecvf.com/content/ICCV2023/html/Kirillov.html">Segment'
        ' Anything</a></td><td>ICCV 2023</td></tr><tr><td><a href="https://ieeexplore.ieee.org/'
        'document/9879206">Masked Autoencoders Are Scalable Vision Learners</a></td><td>CVPR'
        " 2022</td></tr></table>\n"
    )
    assert len(parse_text(text, "l.md").entries) == 3
    assert "duplicate-entry" in offline_rules(text)


def test_review844_a_talks_citation_is_no_paper_and_a_proceedings_tail_is_cut():
    """Review 844 F4/F6: ``[Keynote: ... In MLSys'20.](event page)`` and a talk on a host of
    talks stay no entry; ``Title? In Proceedings of MLSys'20.`` loses its venue's words."""
    text = (
        "1. [Keynote: The Future of Machine Learning Systems. In MLSys'20.](https://mlsys.org/"
        "Conferences/2020/Schedule?showEvent=1500)\n"
        "2. [A Talk About Systems For Learning. In MLSys'20.](https://slideslive.com/38922222/t)\n"
        "3. [What is the State of Neural Network Pruning? In Proceedings of MLSys'20.]"
        "(https://mlsys.org/Conferences/2020/Schedule?showEvent=1413)\n"
    )
    assert [(line, title) for line, title, _, _ in _read(text)] == [
        (3, "What is the State of Neural Network Pruning?")
    ]


def test_a_tools_item_quoting_two_papers_is_an_entry_per_paper():
    """``[SNN_Calibration](repo) : ... "Title A". (**[ICML 2021](a)**).  "Title B". (**[arXiv
    2022](b)**)``: each quoted title with its own venue's link and the tool's code; before,
    the first title went with the arXiv link (a false ``wrong-paper``)."""
    text = (
        "  - [yhhhli/SNN_Calibration](https://github.com/yhhhli/SNN_Calibration) : Pytorch"
        ' code, ICML 2021. "A free lunch from ANN: Towards efficient, accurate spiking neural'
        ' networks calibration". (**[ICML 2021](https://proceedings.mlr.press/v139/li21d.html)'
        '**).  "Converting Artificial Neural Networks to Spiking Neural Networks via Parameter'
        ' Calibration". (**[arXiv 2022](https://arxiv.org/abs/2205.10121)**)\n'
    )
    entries = parse_text(text, "l.md").entries
    assert [(e.title[:20], e.year, e.paper.url[-10:], e.code.url[-15:]) for e in entries] == [
        ("A free lunch from AN", 2021, "li21d.html", "SNN_Calibration"),
        ("Converting Artificia", 2022, "2205.10121", "SNN_Calibration"),
    ]


def test_a_chinese_journals_name_and_year_labels_its_papers_link():
    """``"Advances in spike vision". "脉冲视觉研究进展". (**[中国图象图形学报 2022](cnki)**)``:
    a Chinese journal's name and year on a link to a record names the paper's page, as
    ``[IEEE Access 2021](url)`` does; the quoted English title is the title."""
    text = (
        '  - "Advances in spike vision". "脉冲视觉研究进展". (**[中国图象图形学报 2022]'
        "(https://kns.cnki.net/kcms/detail/detail.aspx?dbcode=CJFD&filename=ZGTB202206006)**)\n"
    )
    assert [(title, year) for _, title, year, _ in _read(text)] == [
        ("Advances in spike vision", 2022)
    ]


def test_a_papers_key_value_table_under_its_title_heading_is_one_entry():
    """``### 1. Title`` over ``| 项目 | 内容 |`` and rows ``| **ArXiv ID** | [id](url) |``,
    ``| **PDF** | [下载链接](pdf) |``, ``| **代码** | [repo](url) |``: one entry titled by the
    heading, with the table's code; a table of names beside their papers stays one per row."""
    text = (
        "## 2026\n\n### 1. Real Image Denoising with Knowledge Distillation for Mobile NPUs\n\n"
        "| 项目 | 内容 |\n|------|------|\n"
        "| **ArXiv ID** | [2605.03680](https://arxiv.org/abs/2605.03680) |\n"
        "| **PDF** | [下载链接](https://arxiv.org/pdf/2605.03680) |\n"
        "| **作者** | Faraz Kayani, Sarmad Kayani, Radu Timofte |\n"
        "| **代码** | [NN-Dataset](https://github.com/ABrain-One/NN-Dataset) |\n"
        "| **会议/挑战** | Mobile AI 2026 Challenge |\n\n"
        "## Training-time Graph OOD Adaptation\n\n| Name | Paper |\n|---|---|\n"
        "| **DANE** | [DANE: Domain Adaptive Network Embedding](https://arxiv.org/pdf/1906.00684.pdf) |\n"
        "| **CDNE** | [Network Together: Node Classification via Cross-Network Deep Network"
        " Embedding](https://arxiv.org/pdf/1901.07264.pdf) |\n"
        "| **ACDNE** | [Adversarial Deep Network Embedding for Cross-network Node"
        " Classification](https://arxiv.org/pdf/2002.07366.pdf) |\n"
    )
    entries = parse_text(text, "l.md").entries
    assert [(e.title[:24], e.code.url[-10:] if e.code else None) for e in entries] == [
        ("Real Image Denoising wit", "NN-Dataset"),
        ("DANE: Domain Adaptive Ne", None),
        ("Network Together: Node C", None),
        ("Adversarial Deep Network", None),
    ]
