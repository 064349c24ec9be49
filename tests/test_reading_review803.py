"""What the review of round 68 (helper-803) found the round's rules did to other shapes,
each held by a test that fails on the reader of 77f7b7f."""

from __future__ import annotations

from tests.support.reading import reader

_OTHER = "- [Another Paper About Learning Things](https://arxiv.org/abs/2301.00009)\n"
_read = reader("line", "title", "year")


def test_a_leading_old_year_dates_only_the_items_own_line_and_not_a_range():
    """``- 1979, [Title](pdf)`` dates the item; a detail paragraph that opens with an old
    year (``1974: first described in …``) and a span of years (``1950 to 2020:`` written with a dash) do not."""
    text = (
        "Papers:\n\n"
        "- 1979, [Access Path Selection in a Relational Database](http://example.org/a.pdf)\n"
        "- [Learning Representations by Back-Propagating Errors](https://arxiv.org/abs/2101.00001)\n\n"
        "  1974: first described in Werbos' thesis.\n"
        "- 1950 – 2020: [Seventy Years of Machine Translation](https://arxiv.org/abs/2101.00002)\n"
    )
    assert [(line, year) for line, _, year in _read(text)] == [(3, 1979), (4, None), (7, None)]


def test_a_workshop_sentence_is_not_cut_after_an_abbreviation():
    """The last-sentence venue cut (``Title. Adaptive & Multitask Learning Workshop``) needs a
    full stop after a word: ``Mr.`` and ``Proc.`` end no sentence."""
    text = (
        "Papers:\n\n"
        "- [Mr. Smith Goes To The Conference](https://arxiv.org/abs/2101.00001)\n"
        "- [Deep Learning in Sports. Proc. Symposium](https://arxiv.org/abs/2101.00002)\n" + _OTHER
    )
    assert [t for _, t, _ in _read(text)][:2] == [
        "Mr. Smith Goes To The Conference",
        "Deep Learning in Sports. Proc. Symposium",
    ]


def test_a_labelled_url_label_is_dropped_whole():
    """``Title. Code URL: https://github.com/…``: the label goes with its first word, and the
    repository is still the entry's code."""
    text = (
        "Papers:\n\n"
        "- Attention Is All You Need. Code URL: https://github.com/tensorflow/tensor2tensor"
        " Paper: https://arxiv.org/abs/1706.03762\n" + _OTHER
    )
    first = reader("title", "code")(text)[0]
    assert first[0] == "Attention Is All You Need"
    assert first[1].url == "https://github.com/tensorflow/tensor2tensor"


def test_a_spaced_rule_of_many_markers_still_separates_entries():
    """A thematic break written ``- - - …`` with more than 32 dashes stays a rule: the code
    link under it is not the entry above it's."""
    text = (
        "**Attention Is All You Need**\n\n[paper](https://arxiv.org/abs/1706.03762)\n\n"
        + "- " * 40
        + "-\n\n[code](https://github.com/o/r)\n\n"
        "**Deep Residual Learning for Image Recognition**\n\n"
        "[paper](https://arxiv.org/abs/1512.03385)\n"
    )
    entries = reader("title", "code")(text)
    assert entries[0] == ("Attention Is All You Need", None)


def test_the_no_paper_memo_holds_the_details_it_read():
    """:func:`holds_paper` remembers how far it read; a detail taken away and another put in
    its place (CPython reuses a freed list's address) is read, not skipped."""
    from pipeline.formats.blocks import Block, Context, holds_paper
    from pipeline.formats.runs import Run

    block = Block("bold", 1, [Run("text", "A Title Of A Paper", 1)], Context())
    for _ in range(50):
        block.details.append([Run("text", "Guoping Xu, Xingrong Wu.", 2)])
        assert not holds_paper(block)
        block.details.pop()
        block.details.append([Run("link", "pdf", 3, url="https://arxiv.org/abs/2301.00001")])
        assert holds_paper(block)
        block.details.pop()
