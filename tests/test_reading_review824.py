"""Review 824's findings on round 71's rules, each a case its change got wrong (F4-F7)."""

from __future__ import annotations

import pytest

from pipeline.formats.dates import find_year
from pipeline.parse import parse_text
from tests.support.reading import reader

_read = reader("line", "title")


def test_two_papers_on_one_topic_in_lazy_lines_are_two_entries():
    """F5: ``Graph Convolutional Networks for Text Classification`` and ``Simplifying Graph
    Convolutional Networks`` share their topic's words, not one paper: before, the whole
    item was read as one entry and both papers under it were lost without a report."""
    text = (
        "1. [Graph Attention Networks](https://arxiv.org/abs/1710.10903)\n"
        "[Graph Convolutional Networks for Text Classification](https://arxiv.org/abs/1809.05679)\n"
        "[Simplifying Graph Convolutional Networks](https://arxiv.org/abs/1902.07153)\n"
        "2. [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
    )
    assert [line for line, _ in _read(text)] == [1, 2, 3, 4]


def test_a_version_line_joins_its_paper_and_the_next_paper_still_splits():
    """A line of an arXiv ID already linked in the item (its PDF, even a line further down)
    stays with that paper; a different paper after it is an entry (review 828, F6: the
    PDF below another paper became a duplicate entry)."""
    text = (
        "1. [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
        "[Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
        "[Attention Is All You Need (PDF)](https://arxiv.org/pdf/1706.03762v5)\n"
    )
    assert _read(text) == [
        (1, "Attention Is All You Need"),
        (2, "Deep Residual Learning for Image Recognition"),
    ]


def test_titles_alone_never_make_two_arxiv_ids_one_paper():
    """Review 828 (F1): every word of ``Generative Adversarial Networks`` is in StyleGAN's
    title, and ``Attention Is All You Need`` in its rebuttal's: each is a paper of its own."""
    text = (
        "- [Generative Adversarial Networks](https://arxiv.org/abs/1406.2661)\n"
        "  [A Style-Based Generator Architecture for Generative Adversarial Networks]"
        "(https://arxiv.org/abs/1812.04948)\n"
        "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
        "  [Attention is Not All You Need: Pure Attention Loses Rank](https://arxiv.org/abs/2103.03404)\n"
    )
    assert [line for line, _ in _read(text)] == [1, 2, 3, 4]


def test_numbered_papers_under_a_bold_topic_are_each_an_entry():
    """Review 828 (F2): ``- **Graph Neural Networks**`` over ``[1] [2] [3]`` citations on one
    topic is a heading of the item, not a paper the numbered lines are versions of."""
    text = (
        "- **Graph Neural Networks**\n"
        "  [1] [Graph Neural Networks](https://doi.org/10.1109/TNN.2008.2005605)\n"
        "  [2] [Graph Neural Networks for Social Recommendation Systems]"
        "(https://doi.org/10.1145/3308558.3313488)\n"
        "  [3] [Graph Neural Networks in Molecular Property Prediction]"
        "(https://doi.org/10.1021/acs.jcim.0c00001)\n"
    )
    assert len(_read(text)) == 3


@pytest.mark.parametrize(
    ("cited", "title"),
    [
        (
            "Chen, L., & Wu, H. (2021). What did we learn from the pandemic? Lessons from waves"
            " 1, 2 and 3 of COVID-19 forecasting. International Journal of Forecasting, 37(4), 1-20.",
            "What did we learn from the pandemic? Lessons from waves 1, 2 and 3 of COVID-19"
            " forecasting",
        ),
        (
            "Brown, T. (2019). Is it a bug or a feature? Part 2, 3 of a series on robustness."
            " Journal of Testing, 2(1), 5-9.",
            "Is it a bug or a feature? Part 2, 3 of a series on robustness",
        ),
        (
            "Lee, K. (2019). Does attention explain? Nature Machine Intelligence, 4, 100-120.",
            "Does attention explain?",
        ),
        (  # review 828 (F4): an article number in place of pages
            "Smith, J., & Lee, K. (2016). Is the cosmological constant a vacuum energy? Physical"
            " Review Letters, 116, 061102.",
            "Is the cosmological constant a vacuum energy?",
        ),
    ],
)
def test_an_apa_question_title_ends_at_its_question_only_before_a_journal(cited, title):
    """F6: ``waves 1, 2`` in a subtitle read like a journal's volume and pages."""
    (e,) = parse_text(f"- {cited} [[paper]](https://doi.org/10.1000/abc)\n", "l.md").entries
    assert e.title == title


def test_a_venue_and_two_digits_after_a_dash_give_the_year_and_leave_the_title():
    """Review 828 (F3): reading ``ICLR, 18, 1-12`` as a volume glued the tail to the title
    and lost venue and year; F7's ``ICML, 97`` (a volume read as 1997) is left as it was."""
    text = (
        "- [Mixed Precision Training](https://openreview.net/forum?id=r1gs9JgRZ) - ICLR, 18, 1-12\n"
    )
    (e,) = parse_text(text, "l.md").entries
    assert (e.title, e.year) == ("Mixed Precision Training", 2018)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Fisher, R. A. (1922). On the mathematical foundations", 1922),
        ("Keynes (1937)", 1937),
        ("Stress Testing Against the Crash of 1929 (1929). ACM Computing Surveys'22", 2022),
        ("Upscaling Archival Film to (1920, 1080)", None),
    ],
)
def test_a_year_of_the_1920s_dates_a_byline_only_when_nothing_else_does(text, year):
    """Review 828 (F7): a title's ``(1929)`` or ``(1920, 1080)`` beat ``Surveys'22``."""
    assert find_year(text)[0] == year
