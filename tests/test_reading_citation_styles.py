"""Citation styles a list may copy its entries in: the title is read out of each, and
title-like text that only looks like authors is kept (a test per style, and one per
look-alike that must not be cut)."""

from __future__ import annotations

import pytest

from pipeline.formats.fields import clean_title
from tests.support.reading import one

URL = "https://arxiv.org/abs/2001.00001"
T = "Learning Deep Features for Things"


@pytest.mark.parametrize(
    "text",
    [
        f'- Author, First, and Second Author. "{T}." Journal of Things 12 (2020): 1-10. [link]({URL})',
        f"- Author, A. and Author, B. (2020) '{T}', Journal, 12(3), pp. 1-10. [paper]({URL})",
        f"- Author AB, Author CD. {T}. Journal. 2020;12(3):1-10. [paper]({URL})",
        f"- A. Author and B. Author. 2020. {T}. In Proceedings of CVPR. [paper]({URL})",
        f"- Author et al. (2020). {T}. [paper]({URL})",
        f"- {T}, by Alice Author and Bob Author (CVPR 2020) [paper]({URL})",
        f"- {T} (Alice Author, Bob Author) [[arXiv]]({URL}) CVPR 2020",
        f"- A. Author, B. Author and C. Author: {T}. CVPR 2020: 1-10 [paper]({URL})",
        f"- CVPR 2020: {T} [paper]({URL})",
        f"[1] Wang, X., Quinn, D., Moody, T. S., et al. (2020). [{T}]({URL}). *Journal*, 64(8).",
        f"- [Watt‐Meyer, O., Clark, S. K., ... & Lopez‐Gomez, I. (2020). {T}. Journal, 1(3).]({URL})",
        f"- Zheng, K., Zheng, Y., Xie, X.: {T}. In: 2020 IEEE 28th International Conference on"
        f" Data Engineering. pp. 1144–1155. IEEE (2020) [pdf]({URL})",
        f"- Hunter, T., Abbeel, P., Bayen, A.: {T}. IEEE Transactions on Intelligent"
        f" Transportation Systems 2020, 15(2), 507–529 [pdf]({URL})",
        f"- [Wim Bogaerts and Lukas Chrostowski, '{T}']({URL}) 2020",
        f"- [Richard Soref '{T}']({URL}), 2020",
    ],
    ids=["chicago", "harvard", "vancouver", "acm-initials", "apa-et-al", "byline",
         "authors-in-brackets", "dblp", "venue-colon", "apa-et-al-linked-title",
         "apa-unicode-hyphens-in-link", "lncs-in-colon", "lncs-journal-volume-pages",
         "single-quoted-after-names", "single-quoted-after-one-name"],
)  # fmt: skip
def test_the_title_of_a_citation_is_read_and_the_year_too(text):
    e = one(text + "\n")
    assert (e.title, e.year) == (T, 2020)


@pytest.mark.parametrize(
    "title",
    [
        "Unifying Large Language Models and Knowledge Graphs: A Roadmap",
        "Thinking Globally, Acting Locally: Distantly Supervised Knowledge Selection",
        "Give Me Convenience and Give Her Death: Who Should Decide What Uses of NLP are Appropriate",
        "Mining Point Cloud Local Structures by Kernel Correlation and Graph Pooling",
    ],
)
def test_title_words_that_read_like_names_are_not_cut(title):
    assert clean_title(title) == title


def test_a_title_that_reads_like_names_is_not_taken_for_an_acm_byline():
    # ``Names. 2017. Title`` is ACM's order; here the title comes first, then year and venue
    text = "Attention Is All You Need. 2017. Proceedings of NeurIPS"
    assert clean_title(text) == "Attention Is All You Need"


@pytest.mark.parametrize(
    ("cited", "title"),
    [
        (
            "Smith, J., & Doe, A. (2020). Why do deep networks generalize? Journal of Machine"
            " Learning Research, 21(3), 1-30.",
            "Why do deep networks generalize?",
        ),
        (
            "Lee, K. (2019). Does attention explain? Nature Machine Intelligence, 4, 100-120.",
            "Does attention explain?",
        ),
        (  # a question inside the title: the title goes on to its full stop
            "Lee, K. (2019). Can language models reason? An empirical study. Transactions of"
            " the ACL, 7, 100-120.",
            "Can language models reason? An empirical study",
        ),
    ],
)
def test_an_apa_title_that_asks_a_question_ends_at_its_question_mark(cited, title):
    """A question mark closes an APA title before its journal, volume and pages (the
    journal was read as part of the title); the list's question mark stays."""
    assert clean_title(cited) == title
