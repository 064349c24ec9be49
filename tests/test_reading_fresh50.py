"""Reading cases found on the fresh50-52 real lists (tests/fixtures/real/fresh5[012]__*),
each reduced to the smallest text that shows it."""

from __future__ import annotations

import pytest

from pipeline.formats.labels import labelled_name
from tests.support.reading import reader

_read = reader("line", "title", "year")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("NSFF Paper", "NSFF"),
        ("K-Planes Paper", "K-Planes"),
        ("STaR Paper", "STaR"),
        ("EarthGPT(Paper )", "EarthGPT"),
        ("Read the paper", None),
        ("Position Paper", None),
        ("Attention Is All You Need Paper", None),
        ("Neural Symbolic Machines (Short Version)", None),
    ],
)
def test_a_link_text_of_a_name_and_the_kind_of_link_gives_the_name(text, name):
    assert labelled_name(text) == name


def test_a_publication_field_under_a_heading_dates_that_heading_not_the_next():
    text = (
        "### 1. NeRV: Neural Reflectance and Visibility Fields for Relighting\n\n"
        "**Authors**: Pratul P. Srinivasan, Boyang Deng\n\n**Publication**: CVPR 2021\n\n"
        "[📄 Paper](https://arxiv.org/abs/2012.03927) | [💻 Code (not yet)]()\n\n"
        "### 2. NeRD: Neural Reflectance Decomposition from Image Collections\n\n"
        "**Authors**: Mark Boss, Raphael Braun\n\n**Publication**: ICCV 2022\n\n"
        "[📄 Paper](https://arxiv.org/abs/2012.03918)\n"
    )
    assert [(t, y) for _, t, y in _read(text)] == [
        ("NeRV: Neural Reflectance and Visibility Fields for Relighting", 2021),
        ("NeRD: Neural Reflectance Decomposition from Image Collections", 2022),
    ]


def test_a_venue_in_a_code_span_after_an_italic_title_is_no_part_of_it():
    text = (
        "- **(SwinVRNN)** _SwinVRNN: A Data-Driven Ensemble Forecasting Model via Learned"
        " Distribution Perturbation_ ```JAMES 2023```     \n"
        "[[Paper](https://agupubs.onlinelibrary.wiley.com/doi/full/10.1029/2022MS003211)]"
        " [[Code](https://github.com/tpys/wwprediction)]\n"
    )
    assert _read(text) == [
        (
            1,
            "SwinVRNN: A Data-Driven Ensemble Forecasting Model via Learned Distribution Perturbation",
            2023,
        )
    ]


def test_authors_closed_by_a_full_stop_before_an_italic_venue_stay_authors():
    text = (
        "- IGSD: Iterative Graph Self-Distillation.\n"
        "  - H. Zhang, S. Lin, W. Liu, P. Zhou, J. Tang, X. *Arxiv 2020*."
        " [[pdf]](https://arxiv.org/pdf/2010.12609.pdf)\n"
    )
    assert [(t, y) for _, t, y in _read(text)] == [
        ("IGSD: Iterative Graph Self-Distillation", 2020)
    ]
