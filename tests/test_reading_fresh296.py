"""Layouts first seen in the fresh296-301 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from tests.support.reading import reader

_read = reader("line", "title")
_years = reader("line", "year", "venue")

_ENTRIES = (
    "## Papers\n\n"
    "- **Mamba: Linear-Time Sequence Modeling with Selective State Spaces**"
    " [[paper]](https://arxiv.org/abs/2312.00752)\n"
    "- **Vision Mamba: Efficient Visual Representation Learning**"
    " [[paper]](https://arxiv.org/abs/2401.09417)\n"
)


def test_the_lists_own_paper_linked_again_and_again_in_its_preface_is_no_entry():
    """Four links above the first section, but two papers: the survey's news, its
    updated version and its bold title, and one congratulation. The preface counts
    papers, not links."""
    text = (
        "# Awesome Vision Mamba\n\n"
        "[NEWS.2024/04/29] **Our [paper](https://arxiv.org/abs/2404.18861) is released!**\n\n"
        "[NEWS.2024/05/02] **Congratulations to [Vision Mamba](https://arxiv.org/abs/2401.09417)"
        " on being accepted in ICML 2024.**\n\n"
        "[NEWS.2024/07/06] **The updated version of our"
        " [paper](https://arxiv.org/abs/2404.18861v2) is now available!**\n\n"
        "For further details, refer to the following paper:\n\n"
        "**[Visual Mamba: A Survey and New Outlooks](https://arxiv.org/abs/2404.18861v2)**<br/>\n"
        "Rui Xu, Shu Yang, Yihui Wang<br/>\n\n" + _ENTRIES
    )
    assert [t for _, t in _read(text)] == [
        "Mamba: Linear-Time Sequence Modeling with Selective State Spaces",
        "Vision Mamba: Efficient Visual Representation Learning",
    ]


def test_four_different_papers_in_a_preface_are_still_a_section_of_entries():
    """The count is of papers: four papers above the first section are the list's own
    start, not its survey."""
    papers = "".join(
        f"- **A Long Enough Paper Title Number {n}** [[paper]](https://arxiv.org/abs/2401.0000{n})\n"
        for n in range(1, 5)
    )
    text = "# Awesome Things\n\n" + papers + "\n" + _ENTRIES
    assert len(_read(text)) == 6


def test_a_figure_caption_that_links_the_papers_it_shows_is_no_entry():
    text = (
        "## Papers\n\n"
        '<p align="center">Figure 4- Illustration of different Mamba architectures such as'
        ' <a href="https://arxiv.org/abs/2401.09417">ViM</a>,'
        ' <a href="https://arxiv.org/abs/2401.10166">VMamba</a>.</p>\n\n'
        "(arXiv:2401.09417) Vision Mamba: Efficient Visual Representation Learning with"
        " Bidirectional State Space Model (ViM) - [[Paper]](https://arxiv.org/abs/2401.09417)"
        "  [[Code]](https://github.com/hustvl/Vim)\n"
    )
    assert [line for line, _ in _read(text)] == [5]


def test_a_journal_page_titled_like_its_neighbours_is_a_paper():
    """``/journals/mpe/2019/7816154/ref/``: a publisher's journal path with the
    article's number, among items whose titles link papers."""
    items = [
        "* [Deep Learning for Event-Driven Stock Prediction](https://www.ijcai.org/Proceedings/15/Papers/329.pdf) - X. Ding (2015)",
        "* [Stock Price Prediction Using LSTM and Its Variants](https://arxiv.org/abs/1912.01234) - A. Author (2019)",
        "* [Financial Time Series Forecasting with Deep Learning](https://arxiv.org/abs/1911.13288) - O. Sezer (2019)",
        "* [An Empirical Study of Machine Learning Algorithms for Stock Daily Trading Strategy]"
        "(https://www.hindawi.com/journals/mpe/2019/7816154/ref/) - Dongdong Lv, Shuhan Yuan (2019)",
    ]
    text = "## Papers\n\n" + "\n".join(items) + "\n"
    assert [line for line, _ in _read(text)] == [3, 4, 5, 6]


def test_title_words_after_commas_that_run_on_to_a_phrase_are_no_authors():
    text = (
        "| Model | Paper Title | Venue |\n|---|---|---|\n"
        "| ORACLE | ORACLE: A Real-time, Hierarchical, Deep Learning Photometric Classifier"
        " for the LSST | [ApJ](https://arxiv.org/abs/2501.01496) |\n"
        "| Other | Deep Residual Learning for Image Recognition, Kaiming He, Xiangyu Zhang"
        " | [CVPR](https://arxiv.org/abs/1512.03385) |\n"
    )
    assert [t for _, t in _read(text)] == [
        "ORACLE: A Real-time, Hierarchical, Deep Learning Photometric Classifier for the LSST",
        "Deep Residual Learning for Image Recognition",
    ]


def test_a_dcase_proceedings_list_dates_its_rows_by_its_title():
    text = (
        "# DCASE-2023-Workshop Papers\n\n"
        "| ID | Title | PDF |\n|---|---|---|\n"
        "| 1 | Sound Event Classification with Object-Based Labels |"
        " [pdf](https://dcase.community/documents/workshop2023/proceedings/DCASE2023Workshop_Afolaranmi_71.pdf) |\n"
    )
    assert _years(text) == [(5, 2023, "DCASE 2023")]


_HEADING_ENTRIES = """## Core

### AI in science: When and where it makes a difference

**2026 · Research Policy · 期刊研究**

Stefano Bianchini; Valentina Di Girolamo; Julien Ravet; David Arranz

[论文](https://doi.org/10.1016/j.respol.2026.105478) · [正式来源](https://www.sciencedirect.com/science/article/pii/S0048733326000697)

### Rise of large language models and the direction of science

**2025 · Proceedings of the National Academy of Sciences · 期刊研究**

Dmitry Kobak; Rita González-Márquez; Emőke-Ágnes Horvát; Jan Lause

[论文](https://doi.org/10.1126/sciadv.adt3813) · [正式来源](https://www.science.org/doi/10.1126/sciadv.adt3813)

<details>
<summary>核验记录 · 2026-10-07 · 部分正文</summary>

- [publication](https://www.science.org/doi/10.1126/sciadv.adt3813)：出版商正式卷期与文章号记录。
- [content](https://doi.org/10.1126/sciadv.adt3813)：出版商页面检索内容可见摘要，作者贡献表，引言，全文直接访问受限。

</details>
"""


def test_a_heading_titles_its_paper_over_a_facts_line_and_semicolon_separated_authors():
    """``### Title``, a bold ``year · venue · kind`` line, authors separated by semicolons,
    then links labelled ``论文`` and ``正式来源``: one entry titled by the heading, dated by
    its facts line, not by the date the list's maintainer checked the page; the checks'
    notes below (``[content](url)`` and a note) are no entries."""
    assert reader("line", "title", "year")(_HEADING_ENTRIES) == [
        (3, "AI in science: When and where it makes a difference", 2026),
        (11, "Rise of large language models and the direction of science", 2025),
    ]


def test_a_sentence_in_chinese_is_no_title():
    text = (
        "## 论文\n\n"
        "- [content](https://doi.org/10.1126/sciadv.adt3813)：导言说明竞赛构造、非随机胜负的识别限制；"
        "数据可得性明确给出表图复现数据。\n"
        "- [Diffusion Models Beat GANs on Image Synthesis](https://arxiv.org/abs/2105.05233)\n"
    )
    assert [t for _, t in _read(text)] == ["Diffusion Models Beat GANs on Image Synthesis"]


def test_authors_for_a_collaboration_are_still_cut_from_the_title():
    """The review's probe: a name list that ends ``for the LSST Dark Energy Science
    Collaboration`` is no title's phrase (its first word is no title's word)."""
    text = (
        "| Model | Paper | Venue |\n|---|---|---|\n"
        "| SCONE | Photometric Classification of Supernovae with Convolutional Networks,"
        " Helen Qu, Masao Sako for the LSST Dark Energy Science Collaboration"
        " | [AJ](https://arxiv.org/abs/2106.04370) |\n"
    )
    assert [t for _, t in _read(text)] == [
        "Photometric Classification of Supernovae with Convolutional Networks"
    ]


def test_a_journals_home_page_or_special_issue_beside_papers_is_no_paper():
    """Only ``/journals/<name>/<year>/<number>/`` is a journal's article."""
    papers = [
        f"* [A Deep Study of Stock Prediction Number {n}](https://arxiv.org/abs/1912.0123{n})"
        f" - A. Author (2019)"
        for n in range(6)
    ]
    items = [
        *papers,
        "* [An Empirical Study of Machine Learning Algorithms for Stock Trading]"
        "(https://www.hindawi.com/journals/mpe/2019/7816154/ref/) - D. Lv (2019)",
        "* [Quantitative Finance Journal (Taylor & Francis)](https://www.tandfonline.com/journals/rquf20)",
        "* [Call for Papers: Machine Learning in Trading Systems]"
        "(https://www.hindawi.com/journals/mpe/si/518327/)",
    ]
    text = "## Papers\n\n" + "\n".join(items) + "\n"
    assert [line for line, _ in _read(text)] == [3, 4, 5, 6, 7, 8, 9]


def test_a_paper_whose_linked_title_starts_like_a_caption_is_an_entry():
    text = (
        "## Papers\n\n"
        "- [Fig. 1: Why a Teaser Figure Matters for Paper Acceptance]"
        "(https://arxiv.org/abs/2305.01234) (CVPR 2023)\n"
        "- [FigureQA: An Annotated Figure Dataset for Visual Reasoning]"
        "(https://arxiv.org/abs/1710.07300) (ICLR 2018)\n"
    )
    assert [line for line, _ in _read(text)] == [3, 4]


def test_papers_added_in_a_news_section_count_each_link():
    """``Added [X](url)`` lines in ``## News``: four links (one paper added again in its
    new version) are a section of the list, not its own survey."""
    text = (
        "# Awesome Operators\n\n## News\n\n"
        "- 2024-05: Added [Fourier Neural Operator for Parametric PDEs](https://arxiv.org/abs/2010.08895)\n"
        "- 2024-06: Added [DeepONet: Learning Nonlinear Operators](https://arxiv.org/abs/1910.03193)\n"
        "- 2024-07: Added [Neural Operator: Learning Maps Between Function Spaces](https://arxiv.org/abs/2108.08481)\n"
        "- 2024-08: Updated [Neural Operator: Learning Maps Between Function Spaces](https://arxiv.org/abs/2108.08481v6)\n\n"
        + _ENTRIES
    )
    assert len(_read(text)) == 6


def test_a_quoted_title_that_wraps_onto_the_next_line_is_read_whole():
    """IEEE references hard-wrapped in a paragraph, an item or an HTML ``<dd>``: the quote
    opens after the authors and closes on the next line."""
    text = (
        "## Papers\n\n"
        '- M. Wu, H. Dinkel, and K. Yu, "Audio caption: Listen and\n'
        '  tell," in 2019 IEEE ICASSP, May 2019. [arXiv](https://arxiv.org/abs/1706.10006)\n'
        '- K. Drossos, S. Adavanne, and T. Virtanen, "Automated audio captioning with\n'
        '  recurrent neural networks," in WASPAA, 2017. [arXiv](https://arxiv.org/abs/1706.10559)\n'
    )
    assert [t for _, t in _read(text)] == [
        "Audio caption: Listen and tell",
        "Automated audio captioning with recurrent neural networks",
    ]


def test_a_years_column_written_once_per_year_dates_the_rows_below():
    """``| 2018 | Title |`` then ``|      | Title |``: the blank cells take the year above
    when the written years rise (or fall) down the table; a ``Years`` header is a Year
    column."""
    text = (
        "| Years | Title | Conference |\n|---|---|---|\n"
        "| 2016 | [Keep it SMPL: Automatic Estimation of 3D Human Pose](https://arxiv.org/abs/1607.08128) | ECCV |\n"
        "|      | [General Automatic Human Shape and Motion Capture](https://arxiv.org/abs/1607.08659) | ECCV |\n"
        "| 2018 | [End-to-end Recovery of Human Shape and Pose](https://arxiv.org/abs/1712.06584) | CVPR |\n"
        "|      | [Learning to Estimate 3D Human Pose and Shape](https://arxiv.org/abs/1805.04092) | CVPR |\n"
    )
    assert [y for _, y, _ in _years(text)] == [2016, 2016, 2018, 2018]


def test_blank_year_cells_among_unordered_years_stay_blank():
    text = (
        "| Year | Title |\n|---|---|\n"
        "| 2018 | [End-to-end Recovery of Human Shape and Pose](https://arxiv.org/abs/1712.06584) |\n"
        "|      | [Learning to Estimate 3D Human Pose and Shape](https://arxiv.org/abs/1805.04092) |\n"
        "| 2016 | [Keep it SMPL: Automatic Estimation of 3D Human Pose](https://arxiv.org/abs/1607.08128) |\n"
        "| 2021 | [General Automatic Human Shape and Motion Capture](https://arxiv.org/abs/1607.08659) |\n"
    )
    assert [y for _, y, _ in _years(text)] == [2018, None, 2016, 2021]


def test_a_placeholder_before_a_separator_is_no_title():
    """``Project: TBD · [arXiv](url) · GitHub: TBD`` in a row's Links cell: the row's title
    is its first text column, not ``TBD ·``."""
    text = (
        "| Work | Date | Real robot | Links |\n|---|---:|:---:|---|\n"
        "| Learning Differentiable Reachability Maps for Humanoid Motion | 2025-08 | TBD |"
        " Project: TBD · [arXiv](https://arxiv.org/abs/2508.00001) · GitHub: TBD |\n"
    )
    assert [t for _, t in _read(text)] == [
        "Learning Differentiable Reachability Maps for Humanoid Motion"
    ]


def test_one_written_year_or_a_rows_own_year_is_not_spread_down_the_table():
    """The review's probes: a single written year dates no blank rows; a row whose venue
    says ``ASE 2023`` or whose arXiv paper is later keeps its own year."""
    one = (
        "| Year | Title |\n|---|---|\n"
        "| 2019 | [Paper Number One About Things](https://arxiv.org/abs/1905.00001) |\n"
        "|      | [Paper Number Two About Things](https://arxiv.org/abs/2009.03393) |\n"
        "|      | [Paper Number Three About Things](https://arxiv.org/abs/2210.12283) |\n"
    )
    assert [y for _, y, _ in _years(one)] == [2019, None, None]
    own = (
        "| Year | Title | Venue |\n|---|---|---|\n"
        "| 2021 | [Paper Number One About Things](https://arxiv.org/abs/2101.00001) | ICSE |\n"
        "|      | [Paper Number Two About Things](https://arxiv.org/abs/2102.00002) | ICSE |\n"
        "| 2022 | [Paper Number Three About Things](https://arxiv.org/abs/2201.00003) | FSE |\n"
        "|      | [Paper Number Four About Things](https://arxiv.org/abs/2303.00004) | ICSE |\n"
        "|      | [Paper Number Five About Things](https://example.org/p5.pdf) | ASE 2023 |\n"
    )
    assert [y for _, y, _ in _years(own)] == [2021, 2021, 2022, None, 2023]


def test_a_quote_of_an_aside_does_not_close_a_wrapped_title():
    text = (
        "## Papers\n\n"
        '- K. He, X. Zhang, S. Ren, and J. Sun, "Deep residual learning for image\n'
        '  recognition (the "ResNet" paper)," in CVPR 2016. [pdf](https://arxiv.org/abs/1512.03385)\n'
    )
    assert len(_read(text)) == 1


def test_a_pdf_a_blog_keeps_is_a_paper():
    papers = "".join(
        f"- [A Long Enough Paper Title Number {n}](https://arxiv.org/abs/2401.0000{n}). A. Author. CRYPTO'23.\n"
        for n in range(1, 4)
    )
    text = (
        "## Papers\n\n" + papers + "- [Blind signatures for untraceable payments]"
        "(http://blog.koehntopp.de/uploads/Chaum.BlindSigForPayment.1982.PDF). Chaum D. CRYPTO'83.\n"
    )
    assert [t for _, t in _read(text)][-1] == "Blind signatures for untraceable payments"


def test_a_title_then_its_address_links_a_paper_by_the_lists_convention():
    """``- Title, <https://journal/article/view/3890>`` among items written ``Title,
    <arxiv address>``: the page is the paper, as for an item that opens with a linked
    title."""
    text = (
        "## 2021\n\n"
        "- What is Artificial Intelligence Surgery?, <https://aisjournal.net/article/view/3890>\n"
        "- SUrgical PRediction GAN for Events Anticipation, <https://arxiv.org/abs/2105.04642>\n"
        "- Another Good Paper About Surgery Things, <https://arxiv.org/abs/2105.04643>\n"
        "- Third Good Paper About Surgery Things, <https://arxiv.org/abs/2105.04644>\n"
        "- An online course about surgery and machine learning, <https://websurg.com/en/course/>\n"
    )
    assert [t for _, t in _read(text)][:1] == ["What is Artificial Intelligence Surgery?"]
    assert len(_read(text)) == 4


def test_a_section_listing_journals_holds_no_papers():
    text = (
        "# Papers\n\n"
        "* [Making Smart Contracts Smarter](https://eprint.iacr.org/2016/633.pdf)\n\n"
        "### Security Journal list\n\n"
        "* International Journal of Information Security[[web]](http://www.springerlink.com/content/107927/)\n"
        "* Security and Communication Networks[[web]](http://www.wiley.com/bw/journal.asp?ref=1939-0114)\n"
    )
    assert [t for _, t in _read(text)] == ["Making Smart Contracts Smarter"]


def test_a_section_of_conference_papers_still_holds_papers():
    text = (
        "## Conference Papers\n\n"
        "* [Making Smart Contracts Smarter](https://eprint.iacr.org/2016/633.pdf) CCS 2016\n"
        "## Journals\n\n"
        "* [Security Analysis of Smart Contracts in Ethereum](https://arxiv.org/abs/1908.08605)\n"
    )
    assert len(_read(text)) == 2
