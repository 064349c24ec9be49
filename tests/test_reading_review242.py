"""Misreadings a fresh-eyes review of the fresh242-247 rules found (66 probes in the style
of real lists), each held by a test that fails on those rules as first written."""

from __future__ import annotations

from tests.support.reading import reader

_read = reader("line", "title", "year")


def test_title_case_titles_with_commas_are_not_chicago_names():
    text = (
        "## Speech\n"
        "- Listen, Attend and Spell. ICASSP 2016. [[paper]](https://arxiv.org/abs/1508.01211)\n"
        "- Look, Listen, and Learn. 2017. [PDF](https://arxiv.org/abs/1705.08168)\n"
        "- Atluri, Gowtham, Anuj Karpatne, and Vipin Kumar. 2018. [Spatio-temporal data mining:"
        " A survey of problems and methods](https://dl.acm.org/doi/abs/10.1145/3161602)\n"
    )
    assert _read(text) == [
        (2, "Listen, Attend and Spell", 2016),
        (3, "Look, Listen, and Learn", 2017),
        (4, "Spatio-temporal data mining: A survey of problems and methods", 2018),
    ]


def test_a_journal_volume_with_its_issue_is_no_two_digit_year():
    text = (
        "| No. | Reference | Note |\n"
        "|---|---|---|\n"
        "| [4.1](https://github.com/o/r/blob/master/paper/j.pdf) | Yang, C., Gidofalvi, G.: Fast"
        " map matching, an algorithm integrating hidden Markov model with precomputation."
        " International Journal of Geographical Information Science 32(3), 547–570 (2018) | FMM |\n"
    )
    assert _read(text) == [
        (
            3,
            "Fast map matching, an algorithm integrating hidden Markov model with precomputation",
            2018,
        )
    ]


def test_a_model_name_and_year_in_brackets_is_no_bibtex_key_to_cut():
    text = (
        "## LLMs\n"
        "- Qwen (Qwen2023) Technical Report [[paper]](https://arxiv.org/abs/2309.16609)\n"
        "- Gemma (Gemma2024) 2: Improving Open Language Models [[paper]](https://arxiv.org/abs/2408.00118)\n"
        "- (feng2018deepmove) DeepMove: Predicting human mobility with attentional recurrent"
        " networks. WWW, 2018. [[paper]](https://dl.acm.org/doi/10.1145/3178876.3186058)\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "Qwen (Qwen2023) Technical Report",
        "Gemma (Gemma2024) 2: Improving Open Language Models",
        "DeepMove: Predicting human mobility with attentional recurrent networks",
    ]


def test_a_venue_labelled_link_to_a_db_folder_of_a_lab_site_is_still_the_paper():
    text = (
        "## Learned Indexes\n"
        "- The Case for Learned Index Structures. [SIGMOD 2018]"
        "(https://www.cs.example.edu/db/papers/learned-index-structures)\n"
        "- ALEX: An Updatable Adaptive Learned Index. [SIGMOD 2020](https://arxiv.org/abs/1905.08898)\n"
    )
    assert _read(text) == [
        (2, "The Case for Learned Index Structures", 2018),
        (3, "ALEX: An Updatable Adaptive Learned Index", 2020),
    ]
