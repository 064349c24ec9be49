"""Reading fixes from the review of the fresh39-fresh43 reader changes: each input was read
wrongly by those changes."""

from __future__ import annotations

from tests.support.reading import reader

_read = reader("title", "year")


def test_an_overview_of_other_peoples_surveys_is_a_section_of_the_list():
    text = (
        "# Awesome X\n\n## Overview\n\n- [A Survey on Graph Neural Networks](https://arxiv.org/abs/1901.00596)\n\n"
        "## Papers\n\n- [Graph Attention Networks](https://arxiv.org/abs/1710.10903)\n"
    )
    assert [t for t, _ in _read(text)] == [
        "A Survey on Graph Neural Networks",
        "Graph Attention Networks",
    ]


def test_a_paper_named_after_its_framework_is_an_entry():
    assert _read("- [MXNet](https://arxiv.org/abs/1512.01274), 2015\n") == [("MXNet", 2015)]


def test_a_one_word_bold_tag_closed_by_a_full_stop_is_a_tag():
    text = (
        "- **Survey.** Continual Lifelong Learning with Neural Networks: A Review."
        " [[pdf]](https://arxiv.org/abs/1802.07569)\n"
    )
    assert _read(text)[0][0] == "Continual Lifelong Learning with Neural Networks: A Review"


def test_the_last_clause_of_a_title_before_its_year_stays_in_it():
    text = (
        "- Adversarial Examples Are Not Bugs, They Are Features, 2019."
        " [[pdf]](https://arxiv.org/abs/1905.02175)\n"
    )
    assert _read(text) == [("Adversarial Examples Are Not Bugs, They Are Features", 2019)]


def test_a_description_line_under_a_name_is_not_its_title():
    text = (
        "* ResNet [[PDF]](https://arxiv.org/abs/1512.03385)\n"
        "  * Introduces residual connections for very deep networks (152 layers), winning ILSVRC\n"
    )
    assert _read(text)[0][0] == "ResNet"


def test_title_words_are_no_vancouver_authors_and_vs_is_no_sentence_end():
    text = (
        "- Towards Robust AI, Deployable ML. Challenges and Opportunities in Radiology."
        " [link](https://arxiv.org/abs/2301.00001)\n"
        "- Rajpurkar P, Irvin J, Ng AY. Deep learning vs. radiologists on chest radiographs."
        " PLoS Med. 2018 Nov 20. [link](https://arxiv.org/abs/2301.00002)\n"
    )
    assert [t for t, _ in _read(text)] == [
        "Towards Robust AI, Deployable ML. Challenges and Opportunities in Radiology",
        "Deep learning vs. radiologists on chest radiographs",
    ]


def test_the_lists_own_bibtex_after_a_please_cite_line_dates_no_paper():
    text = (
        "**A Paper About Things Here**\n[[paper](https://arxiv.org/abs/2301.00001)]\n\n"
        "Please cite our survey:\n\n```bibtex\n@article{x,\n  title={Our Survey},\n  year={2024}\n}\n```\n"
    )
    assert _read(text) == [("A Paper About Things Here", None)]


def test_link_labels_separated_by_no_break_spaces_still_lead_to_the_paper_link():
    text = (
        " * BM3D [[Web]](http://www.cs.tut.fi/~foi/GCF-BM3D/)\u00a0[[PDF]]"
        "(http://www.cs.tut.fi/~foi/GCF-BM3D/SPIE08_deblurring.pdf)\n"
        "   * Image restoration by sparse 3D transform-domain collaborative filtering"
        " (SPIE Electronic Imaging 2008), Dabov et al.\n"
    )
    assert _read(text) == [
        ("Image restoration by sparse 3D transform-domain collaborative filtering", 2008)
    ]
