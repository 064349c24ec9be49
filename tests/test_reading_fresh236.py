"""Layouts first seen in the fresh236-241 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from tests.support.reading import reader

_read = reader("line", "title", "year")


def test_bold_field_labels_with_the_colon_after_the_bold_give_the_title_not_a_label():
    text = (
        "### Social Force\n\n"
        "**Title**: Social Force Model for Pedestrian Dynamics  \n\n"
        "**Authors**: Dirk Helbing, Péter Molnár  \n\n"
        "**Publication Year**: 1995  \n\n"
        "**Summary**: The model treats each pedestrian as a particle driven by forces.\n\n"
        "**Link**: [DOI:10.1103/PhysRevE.51.4282](https://doi.org/10.1103/PhysRevE.51.4282)  \n\n"
        "**Limitations**: Parameters require calibration.\n\n"
        "---\n\n"
        "**Title:** Walking Ahead: The Headed Social Force Model\n\n"
        "**Authors:** Francesco Farina, Daniele Fontanelli\n\n"
        "**Publication Year:** 2017\n\n"
        "**Link:** [https://arxiv.org/abs/1610.02927](https://arxiv.org/abs/1610.02927)\n"
    )
    assert _read(text) == [
        (3, "Social Force Model for Pedestrian Dynamics", 1995),
        (17, "Walking Ahead: The Headed Social Force Model", 2017),
    ]


def test_a_title_item_owns_the_list_of_fields_indented_too_little_to_be_its_children():
    text = (
        "10. **A Review on Deep Learning Models for Forecasting Solar Irradiance**\n"
        "   - **Authors**: Rial A. Rajagukguk, Raden A. A. Ramadhan\n"
        "    - **Year**: 2020\n"
        "    - **URL**: [PDF](https://arxiv.org/pdf/2012.00001)\n"
    )
    assert _read(text) == [
        (1, "A Review on Deep Learning Models for Forecasting Solar Irradiance", 2020)
    ]


def test_a_resource_column_that_links_the_paper_by_its_title_gives_the_title():
    text = (
        "| Resource | Year | Venue/source | Family | Evidence boundary |\n"
        "|---|---:|---|---|---|\n"
        "| [A Foundation Model for Continuous Glucose Monitoring Data]"
        "(https://www.nature.com/articles/s41586-025-09925-9) | 2026 | Nature"
        " | `cgm-metabolic-foundation-models` | Representation evidence only. |\n"
        "| [Overground Gait Training With a Wearable Robot in Children With Cerebral Palsy]"
        "(https://jamanetwork.com/journals/jamanetworkopen/fullarticle/2821278) | 2024"
        " | JAMA Network Open | `wearable-robotics-and-assistance` | Trial evidence. |\n"
    )
    assert _read(text) == [
        (3, "A Foundation Model for Continuous Glucose Monitoring Data", 2026),
        (4, "Overground Gait Training With a Wearable Robot in Children With Cerebral Palsy", 2024),
    ]
