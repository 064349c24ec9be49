"""Reading cases found on the fresh43 real lists (tests/fixtures/real/fresh43__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

from tests.support.reading import reader

_read = reader("title", "year")


def test_a_name_and_a_bracketed_note_before_a_bold_title_are_not_the_title():
    text = (
        "- `T3A` [Iwasawa and Matsuo, Proc. NeurIPS 2021] **Test-time classifier adjustment"
        " module for model-agnostic domain generalization** [[PDF]](https://openreview.net/"
        "forum?id=e_yvNqkJKAW) [[CODE]](https://github.com/matsuolab/T3A)\n"
    )
    assert _read(text) == [
        ("Test-time classifier adjustment module for model-agnostic domain generalization", 2021)
    ]


def test_vancouver_authors_before_a_title_and_its_venue_and_date_after_it():
    text = (
        "- Bykov K, Höhne MM, Müller KR, Nakajima S, Kloft M. How Much Can I Trust You?--"
        "Quantifying Uncertainties in Explaining Neural Networks. arXiv preprint"
        " arXiv:2006.09000. 2020 Jun 16. [link](https://arxiv.org/abs/2006.09000) ◼️\n"
        "- Slack D, Hilgard A, Singh S, Lakkaraju H. Reliable post hoc explanations: Modeling"
        " uncertainty in explainability. Advances in neural information processing systems."
        " 2021 Dec 6;34:9391-404. [link](https://proceedings.neurips.cc/paper/2021/hash/x.html)\n"
    )
    assert _read(text) == [
        (
            "How Much Can I Trust You?--Quantifying Uncertainties in Explaining Neural Networks",
            2020,
        ),
        ("Reliable post hoc explanations: Modeling uncertainty in explainability", 2021),
    ]


_named = reader("line", "title", "short_name", "year")


def test_a_title_alone_below_a_name_link_line_is_the_title_and_the_link_its_name():
    text = (
        "- 2024-TGRS. [**EarthGPT(Paper )**](https://ieeexplore.ieee.org/document/10547418)"
        " | [**github(no code)**](https://github.com/wivizhang/EarthGPT) \n"
        "\n"
        "    EarthGPT: A Universal Multi-modal Large Language Model for Remote Sensing\n"
        "    </br>一种多模态大模型\n"
        "\n"
        "- 2023.[**GRAFT(Paper)**](https://arxiv.org/abs/2312.06960) \n"
        "      \n"
        "    Remote Sensing Vision-Language Foundation Models without Annotations\n"
    )
    assert _named(text) == [
        (
            1,
            "EarthGPT: A Universal Multi-modal Large Language Model for Remote Sensing",
            "EarthGPT",
            2024,
        ),
        (6, "Remote Sensing Vision-Language Foundation Models without Annotations", "GRAFT", 2023),
    ]


def test_a_line_below_that_describes_the_name_or_holds_links_is_no_title():
    text = (
        "- [GRAFT](https://arxiv.org/abs/2312.06960) | [code](https://github.com/a/b)\n"
        "  GRAFT is a model that aligns ground and satellite images without labels.\n"
        "- [RSGPT](https://arxiv.org/abs/2307.15266)\n"
        "  A Remote Sensing Model [demo](https://rsgpt.github.io)\n"
    )
    assert [t for _, t, _, _ in _named(text)] == ["GRAFT", "RSGPT"]


def test_a_year_and_venue_tag_before_the_links_is_not_the_title():
    text = "- 2024-TGRS. [Paper](https://ieeexplore.ieee.org/document/10547418) RingMo Model\n"
    assert _named(text)[0][1] != "TGRS"
