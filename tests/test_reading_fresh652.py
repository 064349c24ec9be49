"""Round 92 (fresh652-655) and the leftovers of review 944: each rule held by a test that
fails on the reader before it; the guards beside them pass on both."""

from __future__ import annotations

from pipeline.parse import parse_text

ARXIV = "https://arxiv.org/abs/"


def _read(text: str) -> list[tuple]:
    return [
        (e.line, e.title, e.year, e.code.url if e.code else None)
        for e in parse_text(text, "l.md").entries
    ]


def test_an_article_number_after_a_volume_is_no_compact_date():
    """Physical Review cites ``Phys. Rev. B 94, 205411 (2016)``: the six digits after the
    volume are an article number, not November 2054 (review 944's leftover); a compact
    ``202305`` of its own still dates its entry, and no compact date lies past 2039."""
    text = (
        "# Physics ML\n\n"
        f"- [Machine learning phases of matter]({ARXIV}1605.01735). Carrasquilla and Melko,"
        " Phys. Rev. B 94, 205411 (2016).\n"
        f"- [Solving the quantum many-body problem]({ARXIV}1606.02318). Carleo and Troyer,"
        " Phys. Rev. B 94, 201503 (2017).\n"
        f"- [Scaling laws for neural quantum states]({ARXIV}2305.01234) 202305\n"
        f"- [Quantum states with neural networks]({ARXIV}1606.02319) 205411\n"
    )
    assert [year for _, _, year, _ in _read(text)] == [2016, 2017, 2023, None]
