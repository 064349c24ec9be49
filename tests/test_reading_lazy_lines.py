"""An item written as several lines that each open with another paper's linked title (a lazy
line under ``- [Title A](a)``): each line is an entry; versions of one paper stay one."""

from __future__ import annotations

from tests.support.reading import reader

_read = reader("line", "title")


def test_a_lazy_line_with_another_paper_is_an_entry_of_its_own():
    """The second paper, written on a lazy line of the first item, was neither read nor
    reported (fresh325, fresh480: ``[(optional)Title, Schaul et al, 2015.](arxiv)``)."""
    text = (
        "## Value based\n"
        "1. [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
        "[Identity Mappings in Deep Residual Networks](https://arxiv.org/abs/1603.05027)\n"
        "2. [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
    )
    assert _read(text) == [
        (2, "Deep Residual Learning for Image Recognition"),
        (3, "Identity Mappings in Deep Residual Networks"),
        (4, "Attention Is All You Need"),
    ]


def test_two_versions_of_one_paper_on_two_lines_stay_one_entry():
    """The arXiv and the conference version restate one title: one paper, one entry."""
    text = (
        "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
        "  [Deep Residual Learning for Image Recognition, CVPR version](https://openaccess.thecvf.com/"
        "content_cvpr_2016/html/He_Deep_Residual_Learning_CVPR_2016_paper.html)\n"
    )
    assert _read(text) == [(1, "Deep Residual Learning for Image Recognition")]


def test_a_line_of_link_labels_under_a_title_is_its_details():
    """``[Paper](a) [Code](b)`` under a linked title: the title's links, not a paper."""
    text = (
        "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
        "  [Paper](https://arxiv.org/pdf/1512.03385) [Code](https://github.com/KaimingHe/deep-residual-networks)\n"
    )
    assert _read(text) == [(1, "Deep Residual Learning for Image Recognition")]


def test_a_citation_year_closing_an_uncut_title_dates_the_entry():
    """``[Title, Hausknecht and Stone, 2015. (DRQN)](url)``: two surnames read like a series
    of title words (``Cognition, Affection and Behavior, 2023``), so the title keeps them,
    but the citation's year still dates the entry (it gave a false missing year)."""
    from pipeline.parse import parse_text

    text = (
        "1. [Deep Recurrent Q-Learning for Partially Observable MDPs, Hausknecht and Stone,"
        " 2015. (DRQN)](https://arxiv.org/pdf/1507.06527.pdf)\n"
    )
    (entry,) = parse_text(text, "l.md").entries
    assert (entry.year, entry.year_line) == (2015, 1)


def test_a_labelled_version_line_under_a_title_is_its_detail_not_a_paper():
    """Review 824 (F2): ``[Conference version at ICLR 2015 with appendix](openreview)`` under
    a linked title is the paper's label; only lines of arXiv papers split an item."""
    from pipeline.parse import parse_text

    text = (
        "- [Neural Machine Translation by Jointly Learning to Align and Translate](https://arxiv.org/abs/1409.0473)\n"
        "  [Conference version at ICLR 2015 with appendix](https://openreview.net/forum?id=abc123)\n"
    )
    (entry,) = parse_text(text, "l.md").entries
    assert entry.year == 2015
