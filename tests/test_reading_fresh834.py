"""Round 130 (fresh834-837): each rule held by a test that fails on the reader before it; the
guards beside them pass on both."""

from __future__ import annotations

from pipeline.parse import parse_text


def _read(text: str) -> list[tuple[int, str | None, int | None]]:
    """Each entry's line, title and year."""
    return [(e.line, e.title, e.year) for e in parse_text(text, "l.md").entries]


_HEAD = "| Method | Paper | Publication | Source |\n|:--:|:--:|:--:|:--:|\n"


def test_an_address_in_a_source_column_gives_no_year():
    """overgter/deep-learning-model-inversion-attacks-and-defenses: a ``Source`` column (read
    as a venue) holds the code's bare address, ``https://github.com/MiLabHITSZ/2022YeC2FMI``;
    the repository's name is no year: the ``[TDSC'2023](…)`` link dates the paper."""
    text = _HEAD + (
        "| C2FMI | C2FMI: Corse-to-Fine Black-box Model Inversion Attack | [TDSC'2023](https://ieeexplore.ieee.org/document/10148574) | https://github.com/MiLabHITSZ/2022YeC2FMI |\n"
        "| RLB-MI | Reinforcement Learning-Based Black-Box Model Inversion Attacks | [CVPR'2023](https://openaccess.thecvf.com/content/CVPR2023/html/Han_Reinforcement_Learning-Based_Black-Box_Model_Inversion_Attacks_CVPR_2023_paper.html) | [https://github.com/HanGyojin/RLB-MI](https://github.com/HanGyojin/RLB-MI) |\n"
    )  # fmt: skip
    assert [y for _, _, y in _read(text)] == [2023, 2023]


def test_a_year_written_in_a_source_column_still_dates_its_row():
    """Guard: a ``Source`` column that says ``CVPR 2021`` beside its link still dates it."""
    text = _HEAD + (
        "| X | A Study of Something Hard | [Paper](https://arxiv.org/abs/2101.00001) | CVPR 2021 |\n"
    )  # fmt: skip
    assert _read(text) == [(3, "A Study of Something Hard", 2021)]
