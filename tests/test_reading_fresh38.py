"""Reading cases found on the fresh38 real lists (tests/fixtures/real/fresh38__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import reader

_read = reader("line", "title", "year")


def test_in_arxiv_and_a_year_after_a_title_are_no_part_of_it():
    text = (
        "* GraphCast: Learning Skillful Medium-Range Global Weather Forecasting, in *arXiv* 2022."
        " [\\[paper\\]](https://arxiv.org/abs/2212.12794)\n"
    )
    assert _read(text) == [
        (1, "GraphCast: Learning Skillful Medium-Range Global Weather Forecasting", 2022)
    ]


def test_numbered_bold_titles_each_with_authors_venue_and_link_in_the_paragraph_below():
    text = (
        "10. **Leverage Knowledge Graph and Large Language Model for Law Article Recommendation**.\n\n"
        "   *Chen Y, Chen M, Zhu Y, et al*. arXiv [EB/OL]. [[pdf](<https://arxiv.org/pdf/2410.04949>)]\n\n"
        "11. **LegalReasoner: A Multi-Stage Framework for Legal Judgment Prediction**.\n\n"
        "   *Wang X, Zhang X, Hoo V, et al*. IEEE Access [J]."
        " [[pdf](<https://ieeexplore.ieee.org/iel8/6287639/6514899/10750819.pdf>)]\n\n"
        "12. **A hybrid approach to legal textual entailment**.\n\n"
        "   *Steging C, Leeuwen L V*. JURISIN 2024 [C]."
        " [[pdf](<https://www.steging.nl/wp-content/uploads/2024/09/JURISIN2024.pdf>)]\n"
    )
    assert _read(text) == [
        (
            1,
            "Leverage Knowledge Graph and Large Language Model for Law Article Recommendation",
            None,
        ),
        (5, "LegalReasoner: A Multi-Stage Framework for Legal Judgment Prediction", None),
        (9, "A hybrid approach to legal textual entailment", 2024),
    ]


def test_a_bracketed_bold_venue_with_a_year_is_a_tag_not_a_name():
    text = (
        "* [**Remote sensing 2024**] [0] [RS-LLaVA: A Large Vision-Language Model for Joint"
        " Captioning](https://doi.org/10.3390/rs16091477) *Yakoub Bazi et al.*\n"
        "* [**Intelligence Science and Big Data Engineering 2018**] [6] [Intensive Positioning"
        " Network for Remote Sensing Image Captioning](https://link.springer.com/chapter/"
        "10.1007/978-3-030-02698-1_49) *Wang et al.*\n"
    )
    entries = parse_text(text, "l.md").entries
    assert [(e.title, e.short_name, e.year) for e in entries] == [
        ("RS-LLaVA: A Large Vision-Language Model for Joint Captioning", "RS-LLaVA", 2024),
        ("Intensive Positioning Network for Remote Sensing Image Captioning", None, 2018),
    ]


def test_or_between_two_links_of_one_paper_is_no_title():
    text = (
        "* Automatically identifying, counting, and describing wild animals in camera-trap images\n"
        "  * Mohammed Sadegh Norouzzadeh, Anh Nguyen, Margaret Kosmala\n"
        "  * https://arxiv.org/abs/1703.05830 or http://www.pnas.org/content/115/25/E5716\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "Automatically identifying, counting, and describing wild animals in camera-trap images"
    ]
