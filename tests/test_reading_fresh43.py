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
