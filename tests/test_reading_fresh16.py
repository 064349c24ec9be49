"""Reading cases found on the fresh16 real lists (tests/fixtures/real/fresh16__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

from tests.support.reading import offline_rules, one


def test_a_bold_name_and_a_lowercase_description_after_a_dash_is_titled_by_the_name():
    e = one("- **ABMIL** — attention-based deep multiple instance learning. "
            "[![Paper](https://img.shields.io/badge/Paper-arXiv-b31b1b.svg)](https://arxiv.org/abs/1802.04712)\n")  # fmt: skip
    assert e.title == "ABMIL"
    e = one("- **DPOK**: Reinforcement Learning for Fine-tuning Text-to-Image Diffusion Models "
            "[paper](https://arxiv.org/abs/2305.16381)\n")  # fmt: skip
    assert e.title == "DPOK: Reinforcement Learning for Fine-tuning Text-to-Image Diffusion Models"


def test_an_algorithm_column_titles_the_row_and_publication_beside_a_paper_link_is_the_venue():
    text = (
        "| Modules | Algorithm | Date | Publication | Paper Link | Code |\n"
        "| --- | --- | --- | --- | --- | --- |\n"
        "| Pre-integration | VINS-Mono | 2018 | TRO | [Link](https://ieeexplore.ieee.org/document/8421746)"
        " | [Link](https://github.com/HKUST-Aerial-Robotics/VINS-Mono) |\n"
    )
    e = one(text)
    assert (e.title, e.venue, e.year) == ("VINS-Mono", "TRO", 2018)
    assert e.code.url == "https://github.com/HKUST-Aerial-Robotics/VINS-Mono"


def test_a_bare_url_that_runs_into_a_full_width_parenthesis_ends_before_it():
    text = (
        "| Title | Year | Paper |\n| --- | --- | --- |\n"
        "| A Novel Position and Orientation System for Mapping | 2021 |"
        " [Link](https://ieeexplore.ieee.org/document/9169888） |\n"
    )
    e = one(text)
    assert e.paper.url == "https://ieeexplore.ieee.org/document/9169888"
    assert "link-text-mismatch" not in offline_rules(text)
