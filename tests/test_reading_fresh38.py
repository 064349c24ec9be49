"""Reading cases found on the fresh38 real lists (tests/fixtures/real/fresh38__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

from pipeline.parse import parse_text


def _read(text: str) -> list[tuple[int, str, int | None]]:
    return [(e.line, e.title, e.year) for e in parse_text(text, "l.md").entries]


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
