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
