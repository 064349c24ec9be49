"""Rounds 130-131 (fresh834-840): each rule held by a test that fails on the reader before it; the
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


_GOST = (
    "# Плохой контроль\n\n"
    "* [Cinelli C., Forney A., Pearl J. A crash course in good and bad controls //Sociological Methods & Research. – 2021. – С. 00491241221099552.](https://ftp.cs.ucla.edu/pub/stat_ser/r493.pdf)\n"
    "* [Abadie A. et al. When should you adjust standard errors for clustering?. – National Bureau of Economic Research, 2017. – №. w24003.](https://www.nber.org/system/files/working_papers/w24003/w24003.pdf)\n"
    "* [Cattaneo M. D., Titiunik R. Regression discontinuity designs //Annual Review of Economics. – 2022. – Т. 14. – С. 821-851.](https://cattaneo.princeton.edu/papers/Cattaneo-Titiunik-VazquezBare_2020_Sage.pdf)\n"
    "* [Lehner A. Culture, Institutions, and the Roots of Gender Inequality: 450 Years of Portuguese Colonialism in India. – 2021.](https://lehner.xyz/pdf/Lehner_Goa_Rootsgender.pdf)\n"
)  # fmt: skip


def test_a_gost_citation_gives_its_title_and_year():
    """annastavniychuk/econometrics_library: Google Scholar's GOST citations as link texts,
    ``Surname I. I., Surname I. Title //Journal. - 2022. - T. 14. - S. 821-851.`` (en dashes,
    Cyrillic field names): the title between the authors and the ``//`` or the next dashed
    field; the year in a field."""
    assert _read(_GOST) == [
        (3, "A crash course in good and bad controls", 2021),
        (4, "When should you adjust standard errors for clustering?", 2017),
        (5, "Regression discontinuity designs", 2022),
        (6, "Culture, Institutions, and the Roots of Gender Inequality: 450 Years of Portuguese Colonialism in India", 2021),
    ]  # fmt: skip


def test_names_before_a_title_without_gost_fields_stay_as_they_were():
    """Guard: initials before a title with no ``//`` and no dashed field are left to the
    other readings (``Bayes T. Rule Revisited`` is no GOST citation)."""
    text = (
        "* [Bayes T. Rule Revisited: A Second Look At Priors](https://arxiv.org/abs/2101.00002)\n"
    )
    assert [t for _, t, _ in _read(text)] != ["Rule Revisited: A Second Look At Priors"]


def test_an_economics_archive_record_is_a_paper():
    """annastavniychuk/econometrics_library: ``[Ferman B., Pinto C. Placebo tests for
    synthetic controls. - 2017.](https://mpra.ub.uni-muenchen.de/78079/)``: a record of the
    Munich RePEc archive (as RePEc's IDEAS and EconPapers records) is a paper's page."""
    text = (
        "* [Ferman B., Pinto C. Placebo tests for synthetic controls. - 2017.](https://mpra.ub.uni-muenchen.de/78079/)\n"
        "* [Entropy balancing for causal effects](https://econpapers.repec.org/article/cuppolals/v_3a20_3ay_3a2012_3ai_3a01_3ap_3a25-46_5f01.htm) (2012)\n"
    )  # fmt: skip
    assert [t for _, t, _ in _read(text)] == [
        "Placebo tests for synthetic controls",
        "Entropy balancing for causal effects",
    ]
