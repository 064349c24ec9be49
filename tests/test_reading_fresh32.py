"""Reading cases found on the fresh32 real lists (tests/fixtures/real/fresh32__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

import pytest

from pipeline.formats.tables import table_roles
from pipeline.parse import parse_text
from tests.support.reading import one


def test_a_header_naming_two_things_takes_its_first_word():
    assert table_roles(["Model", "Accuracy", "Paper / Source"]) == ["short", None, "title"]
    assert table_roles(["Code / Project"]) == ["code+project"]  # each link by its kind (fresh45)
    e = one("| Model | Accuracy | Paper / Source |\n| --- | :---: | --- |\n| ULMFiT (Howard and Ruder, 2018) "
            "| 95.4 | [Universal Language Model Fine-tuning for Text Classification](https://arxiv.org/abs/1801.06146) |\n")  # fmt: skip
    assert e.title == "Universal Language Model Fine-tuning for Text Classification"


@pytest.mark.parametrize(
    "sentence",
    ["The [IMDb dataset](https://ai.stanford.edu/~ang/papers/acl11.pdf) is a binary sentiment dataset.",
     "The [Yelp Review dataset](https://arxiv.org/abs/1509.01626) consists of more than 500,000 reviews."],
)  # fmt: skip
def test_a_sentence_about_a_linked_dataset_is_not_an_entry(sentence):
    parsed = parse_text(
        f"## Sentiment\n\n{sentence}\n\n- [A Real Paper Title Here](https://arxiv.org/abs/2001.00003)\n",
        "l.md",
    )
    assert [e.line for e in parsed.entries] == [5]
    assert [u.line for u in parsed.unread] == [3]


@pytest.mark.parametrize("author", ["K. Sparck Jones,", "P.H. Luhn,", "Y. Dong,"])
def test_one_author_with_initials_before_a_quoted_title_link(author):
    e = one(f'3. {author} "[Automatic creation of literature abstracts](https://arxiv.org/abs/1804.04589),". '
            "IBM Journal, pages 159-165, 1958.\n")  # fmt: skip
    assert (e.title, e.year) == ("Automatic creation of literature abstracts", 1958)
