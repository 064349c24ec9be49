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
