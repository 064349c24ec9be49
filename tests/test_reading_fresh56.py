"""Reading cases found on the fresh56-63 real lists (tests/fixtures/real/fresh5[6-9]__*,
fresh6[0-3]__*), each reduced to the smallest text that shows it."""

from __future__ import annotations

from tests.support.reading import reader

_read = reader("title", "year")
PDF = "**[[PDF](https://arxiv.org/pdf/1905.01997)]**"


def test_a_code_span_opening_a_bullet_is_a_tag_not_the_titles_first_words():
    text = (
        f"- `TOIS(2020)`Deep Learning for Sequential Recommendation {PDF}\n"
        f"- `Information Systems(2024)` A Survey of Sequential Recommenders {PDF}\n"
        f"- `CVPR 2023` Masked Autoencoders Are Scalable Learners {PDF}\n"
    )
    assert _read(text) == [
        ("Deep Learning for Sequential Recommendation", 2020),
        ("A Survey of Sequential Recommenders", 2024),
        ("Masked Autoencoders Are Scalable Learners", 2023),
    ]


def test_a_code_span_inside_a_title_stays_in_it():
    text = f"- Speeding up `torch.compile` Graphs for Recommenders {PDF}\n"
    assert _read(text) == [("Speeding up torch.compile Graphs for Recommenders", None)]
