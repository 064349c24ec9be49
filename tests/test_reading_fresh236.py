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


def test_ieee_references_with_bold_authors_and_pdfs_the_list_keeps_are_entries():
    text = (
        "## Foundational Papers\n"
        '1. **I. Fette, N. Sadeh, and A. Tomasic**, "Learning to Detect Phishing Emails," *Proc.'
        " WWW '07*, 2007. [PDF](Learning_to_Detect_Phishing_Emails.pdf)\n"
        '2. "Ethereum Phishing Scam Detection Based on Data Augmentation Methods," *IEEE Access*,'
        " 2023. [PDF](Ethereum_Phishing_Scam_Detection_Based_on_Data_Augmentation_Method.pdf)\n"
        '3. **S. Kumar & V. Rao**, "HPC-Enabled Phishing Detection with Deep Learning," in *Proc.'
        " IEEE Big Data*, 2024. [PDF](papers/hpc_phishing.pdf)\n"
    )
    assert _read(text) == [
        (2, "Learning to Detect Phishing Emails", 2007),
        (3, "Ethereum Phishing Scam Detection Based on Data Augmentation Methods", 2023),
        (4, "HPC-Enabled Phishing Detection with Deep Learning", 2024),
    ]


def test_a_pdf_label_on_the_lists_own_slides_or_data_file_is_no_paper():
    text = (
        "## Papers\n"
        "- Phishing Detection Tutorial at WWW 2023 [PDF](slides.pdf)\n"
        "- The Phishing Corpus Release Notes 2022 [PDF](material/data_sheet.pdf)\n"
        "- Learning to Detect Phishing Emails, WWW 2007 [PDF](Learning_to_Detect_Phishing.pdf)\n"
    )
    assert _read(text) == [(4, "Learning to Detect Phishing Emails", 2007)]


def test_a_databases_section_names_datasets_not_papers():
    text = (
        "# Databases\n"
        "|  Name   | Release year | Venue | Download | #Pristine |\n"
        "|:--------|:--------:|:--------:|:--------:|:--------:|\n"
        "|[IMD2020](https://openaccess.thecvf.com/content_WACVW_2020/html/w4/IMD2020_paper.html)"
        "|2020|WACVW|[link](http://staff.utia.cas.cz/novozada/db/)|404|\n"
        "|[COVER](https://ieeexplore.ieee.org/abstract/document/7532339)|2016|ICIP"
        "|[github](https://github.com/wenbihan/coverage)|100|\n\n"
        "# Methods\n"
        "- [Image Splicing Localization Using a Multi-Task Fully Convolutional Network]"
        "(https://arxiv.org/abs/1709.02016), 2018\n"
    )
    assert _read(text) == [
        (8, "Image Splicing Localization Using a Multi-Task Fully Convolutional Network", 2018)
    ]


def test_a_year_glued_to_the_title_by_a_comma_is_the_year_not_part_of_the_title():
    text = (
        "### Surveys\n"
        "- Multimodal Trajectory Prediction: A Survey,2023. \\[ [paper](https://arxiv.org/abs/2302.10463)\\]\n"
        "- Social LSTM: Human Trajectory Prediction in Crowded Spaces, CVPR 2016."
        " \\[[paper](https://openaccess.thecvf.com/content_cvpr_2016/papers/Alahi_CVPR_2016.pdf)\\]\n"
    )
    assert _read(text) == [
        (2, "Multimodal Trajectory Prediction: A Survey", 2023),
        (3, "Social LSTM: Human Trajectory Prediction in Crowded Spaces", 2016),
    ]


def test_a_lower_case_label_before_a_link_is_a_field_not_another_papers_title():
    text = (
        "#### DeepSeekMoE: Towards Ultimate Expert Specialization in Mixture-of-Experts Models\n\n"
        "tag: `DeepSeek MoE` | `DeepSeek AI`\n\n"
        "paper link: [here](https://arxiv.org/pdf/2401.06066)\n\n"
        "follow-up work: [here](https://arxiv.org/pdf/2405.04434)\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "DeepSeekMoE: Towards Ultimate Expert Specialization in Mixture-of-Experts Models"
    ]
