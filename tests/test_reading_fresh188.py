"""Layouts first seen in the fresh188-193 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from pipeline.formats.cleantitle import clean_title
from tests.support.reading import reader

_read = reader("title", "year")


def test_an_old_year_alone_in_a_year_column_dates_the_row():
    text = (
        "| Year | Paper | Authors |\n|------|-------|---------|\n"
        "| 1909 | [Functions of Positive and Negative Type](https://doi.org/10.1098/rsta.1909.0016)"
        " | Mercer |\n"
        "| 1950 | [Theory of Reproducing Kernels](https://www.ams.org/journals/tran/1950-068-03/"
        "S0002-9947-1950-0051437-7/) | Aronszajn |\n"
    )
    assert [y for _, y in _read(text)] == [1909, 1950]


def test_a_comma_series_of_compounds_or_method_words_closing_a_title_is_kept():
    for title in (
        "OMG-LLaVA: Bridging Image-level, Object-level, Pixel-level Reasoning and Understanding",
        "DNN Intellectual Property Protection: Taxonomy, Methods, Attack Resistance, and "
        "Evaluations",
        "R3LIVE: A Robust, Real-time, RGB-colored, LiDAR-Inertial-Visual tightly-coupled state "
        "Estimation and mapping package",
    ):
        assert clean_title(title) == title
    assert clean_title("Deep Residual Learning for Image Recognition, Kaiming He, Jian-Yu Sun") == (
        "Deep Residual Learning for Image Recognition"
    )


def test_authors_after_a_bold_title_and_a_dash_are_no_subtitle():
    text = (
        "- **Diffusion Action Segmentation** — Daochang Liu, Qiyue Li, Anh-Dung Dinh, et al., "
        "ICCV 2023.\n"
        "  [Paper](https://openaccess.thecvf.com/content/ICCV2023/html/Liu_Diffusion_Action_"
        "Segmentation_ICCV_2023_paper.html) [arXiv](https://arxiv.org/abs/2303.17959)\n"
    )
    assert _read(text) == [("Diffusion Action Segmentation", 2023)]
