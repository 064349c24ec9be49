"""Round 74 (fresh570-574 and the open shapes of round 73): each rule held by a test that
fails on the reader before it."""

from __future__ import annotations

from pipeline.parse import parse_text


def _titles(text: str) -> list[str]:
    return [e.title for e in parse_text(text, "l.md").entries]


def test_a_paper_label_before_a_gbt_citations_authors_is_no_title():
    """``+ 论文: Klein G, Murray D. [**Title**](pdf)[C]//Venue, 2007.`` (a Chinese note's
    ``paper`` label with a full-width colon, then a GB/T 7714 citation): the bold linked
    text is the title, the names before it are its authors, with the label or without it."""
    text = (
        "#### **PTAM**\n"
        "  + 论文：Klein G, Murray D. [**Parallel tracking and mapping for small AR workspaces**]"
        "(http://www.robots.ox.ac.uk/x/klein_murray_ismar2007.pdf)[C]//Mixed and Augmented"
        " Reality, 2007. ISMAR 2007. IEEE, **2007**: 225-234.\n"
        "  + 代码：https://github.com/Oxford-PTAM/PTAM-GPL\n"
        "#### **LSD-SLAM**\n"
        "  + Paper: Engel J, Schöps T, Cremers D. [**LSD-SLAM: Large-scale direct monocular"
        " SLAM**](http://citeseerx.ist.psu.edu/viewdoc/download?doi=10.1.1.646.7193)[C]//European"
        " Conference on Computer Vision, **ECCV 2014**: 834-849.\n"
        "  + 代码：https://github.com/tum-vision/lsd_slam\n"
    )
    assert _titles(text) == [
        "Parallel tracking and mapping for small AR workspaces",
        "LSD-SLAM: Large-scale direct monocular SLAM",
    ]


def test_a_title_line_under_a_bold_name_in_its_own_child_item():
    """``- **TuckER**`` over child items ``Title, Arxiv'19`` / ``[[paper]](url)`` /
    ``[[code]](repo)``: the title line is the child's, the bold name its short name."""
    text = (
        "- **TuckER**\n"
        "  - Tensor Factorization for Knowledge Graph Completion, Arxiv'19\n"
        "  - [[paper]](https://arxiv.org/pdf/1901.09590.pdf)\n"
        "  - [[Python PyTorch]](https://github.com/ibalazevic/TuckER)\n"
        "- **GCN Insights**\n"
        "  - Released on 2018-01-22\n"
        "  - [[paper]](https://arxiv.org/abs/1801.07606)\n"
    )
    got = [(e.title, e.short_name, e.year) for e in parse_text(text, "l.md").entries]
    assert got == [
        ("Tensor Factorization for Knowledge Graph Completion", "TuckER", 2019),
        ("GCN Insights", None, 2018),  # a dated note is no title
    ]


def test_a_citation_under_a_short_label_gives_the_title():
    """``* Compressive Autoencoders [[PDF]](url)`` over ``* Title (ICLR 2017), Names``: the
    cited title is the paper's, the label above its name; a note citing other work
    (``Corrected the errors ... (Chaudhuri, 2008), and ...``) is no title."""
    text = (
        " * Compressive Autoencoders [[Web]](https://arxiv.org/abs/1703.00395)"
        " [[PDF]](https://arxiv.org/pdf/1703.00395.pdf)\n"
        "   * Lossy Image Compression with Compressive Autoencoders (ICLR 2017), Lucas Theis.\n"
        " * Wavelet-CNN [[PDF]](https://arxiv.org/abs/1805.07071)\n"
        "   * Multi-level Wavelet-CNN for Image Restoration (Arxiv), Liu et al.\n"
        " * [Kamalika Chaudhuri, Claire Monteleoni, Anand D. Sarwate:  Differentially Private"
        " Empirical Risk Minimization. Journal of Machine Learning Research 12: 1069-1109"
        " (2011)](https://dl.acm.org/citation.cfm?id=2021036)\n"
        "   * Corrected the errors in the previous article (Chaudhuri, 2008), and proposed more\n"
    )
    got = [(e.title, e.short_name) for e in parse_text(text, "l.md").entries]
    assert got == [
        ("Lossy Image Compression with Compressive Autoencoders", "Compressive Autoencoders"),
        ("Multi-level Wavelet-CNN for Image Restoration", "Wavelet-CNN"),
        ("Differentially Private Empirical Risk Minimization", None),
    ]


def test_a_month_and_a_dash_before_the_authors_and_title():
    """``- 2024.02 - Huang et al., Title [[arXiv](url)]`` under a bold heading: the date and
    the byline are cut, and each item is an entry (the month and its dash were read as the
    title, ``2024.02``, and the items as the bold heading's notes)."""
    text = (
        "**Survey**\n\n"
        "- 2024.02 - Huang et al., Position Paper: Agent AI Towards a Holistic Intelligence"
        " [[arXiv](https://arxiv.org/abs/2403.00833)]\n"
        "- 2023.09 - Xi et al., The Rise and Potential of Large Language Model Based Agents:"
        " A Survey [[arXiv](https://arxiv.org/abs/2309.07864)]\n"
        "- 2023.08 - A Survey on Large Language Model Based Autonomous Agents"
        " [[arXiv](https://arxiv.org/abs/2308.11432)]\n"
    )
    got = [(e.title, e.year) for e in parse_text(text, "l.md").entries]
    assert got == [
        ("Position Paper: Agent AI Towards a Holistic Intelligence", 2024),
        ("The Rise and Potential of Large Language Model Based Agents: A Survey", 2023),
        ("A Survey on Large Language Model Based Autonomous Agents", 2023),
    ]


def test_a_homepage_in_a_tables_paper_column_is_no_paper():
    """``| **DeGF: Title** | ICLR 2025 | ... | [Homepage](x.github.io) | [Code](repo) |`` among
    rows whose paper column links their papers: a link labelled as a project's page is the
    project, never the paper by the table's convention; the row is no entry."""
    text = (
        "| Paper | Venue | Type | Paper | Code |\n|---|---|---|---|---|\n"
        "| **VISTA: Visual Information Steering with Token-logit Augmentation** | ICML 2025 |"
        " IT | [Paper](https://openreview.net/forum?id=7BKcLeHQsm) | [Code](https://github.com/a/b) |\n"
        "| **DeGF: Debiasing Multimodal Large Language Models via Generative Feedback** |"
        " ICLR 2025 | IT | [Homepage](https://zhangce01.github.io/DeGF/) |"
        " [Code](https://github.com/zhangce01/DeGF) |\n"
    )
    parsed = parse_text(text, "l.md")
    assert [e.title for e in parsed.entries] == [
        "VISTA: Visual Information Steering with Token-logit Augmentation"
    ]


def test_a_table_row_with_a_stray_bar_keeps_the_link_pushed_past_the_header():
    """``| Title | ArXiv | 2020 | [[50]](#50) | |[[PDF]](url)``: one cell more than the header,
    which markdown-it drops with the link in it; the row's last cells are read as one. A row
    commented out or two rows glued on one line are not joined so."""
    text = (
        "| Title | Venue | Year | Reference | URL |\n| --- | --- | --- | --- | --- |\n"
        "| Deep learning for anomaly detection: A survey | ArXiv | 2019 | [[49]](#49) |"
        " [[PDF]](https://arxiv.org/pdf/1901.03407.pdf)\n"
        "| Deep learning for anomaly detection: A review | ArXiv | 2020 | [[50]](#50) | |"
        "[[PDF]](https://arxiv.org/pdf/2007.02500.pdf)\n"
        "<!-- | Anomaly Heterogeneity Learning | arxiv | 2023 | x | y | z |"
        " [[PDF]](https://arxiv.org/abs/2310.12790) | -->\n"
    )
    got = [(e.title, e.year, e.paper.url) for e in parse_text(text, "l.md").entries]
    assert got == [
        ("Deep learning for anomaly detection: A survey", 2019, "https://arxiv.org/pdf/1901.03407.pdf"),
        ("Deep learning for anomaly detection: A review", 2020, "https://arxiv.org/pdf/2007.02500.pdf"),
    ]  # fmt: skip


def test_a_project_label_alone_in_its_cell_makes_no_paper_of_any_link_beside_it():
    """Review 843: ``| Title | [Homepage](io) [Video](yt) |`` is no entry (the video is no
    paper either); ``[Paper/Project](x.github.io)``, ``[Report](…github.io/blog)`` are the
    row's paper by the table's convention, as before, whatever the host."""
    text = (
        "| Title | Paper | Code |\n|---|---|---|\n"
        "| Magic3D: High-Resolution Text-to-3D Content Creation |"
        " [arXiv](https://arxiv.org/abs/2211.10440) | - |\n"
        "| DreamFusion: Text-to-3D using 2D Diffusion | [Homepage](https://dreamfusion3d.github.io/)"
        " [Video](https://www.youtube.com/watch?v=abc) | - |\n"
        "| Fantasia3D: Disentangling Geometry and Appearance |"
        " [Paper/Project](https://fantasia3d.github.io/) | - |\n"
    )
    got = [e.title.split(":")[0] for e in parse_text(text, "l.md").entries]
    assert got == ["Magic3D", "Fantasia3D"]
