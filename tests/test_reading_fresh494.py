"""Layouts and conventions first seen in the fresh494-501 batches, each held by a test that
fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from pipeline.formats.cleantitle import clean_title
from pipeline.formats.dates import find_year
from tests.support.reading import one, reader

_titles = reader("title")
_dated = reader("line", "year", "venue")


def test_a_venue_with_its_year_glued_in_brackets_closes_no_title():
    """``Title. VEE(2016) [[pdf]](url)``: a venue the reader does not know, its year in
    brackets glued to it, is a sentence of its own after the title (a CJK journal's too)."""
    for title, venue in (
        ("Exploiting FIFO Scheduler to Improve Parallel Garbage Collection Performance", "VEE"),
        ("Abusing Privileged and Unprivileged Linux Containers", "NCC Group"),
        (
            "Linux \u8c03\u5ea6\u5668\u514d\u9501\u4f18\u5316\u65b9\u6cd5\u7814\u7a76",
            "\u5c0f\u578b\u5fae\u578b\u8ba1\u7b97\u673a\u7cfb\u7edf",
        ),
    ):
        text = f"+ {title}. {venue}(2016) [[pdf]](https://dl.acm.org/doi/10.1145/3007611.2892248)\n"
        assert _titles(text) == [(title,)]
    assert clean_title("Deep Residual Learning. Part(2) of a Series") == (
        "Deep Residual Learning. Part(2) of a Series"
    )


def test_a_journal_its_volume_and_the_year_in_brackets_close_no_title():
    """Elsevier's ``Authors, Title, Journal, 225 (2024), p. 109514.``: the journal, volume,
    year and page are cut (the year is then the entry's); a journal whose name holds
    ``its``, ``with`` or ``from`` closes a title as a sentence too."""
    text = (
        "* L. Luo, Z. Tu, J. Lu, C. Wang, C. Xu, A nonlinear high-order transformations-based "
        "method for high-order tensor completion, Signal Processing, 225 (2024), p. 109514.\n"
        "   [[Website]](https://www.sciencedirect.com/science/article/abs/pii/S0165168424001336)\n"
        "* Y. Lu, M. Yousaf, MNT-TNN: spatiotemporal traffic data imputation via compact "
        "multimode nonlinear transform-based tensor nuclear norm, Transportation Research Part "
        "C: Emerging Technologies, 180 (2025), pp. 2470\u20132483\n"
        "  [[Website]](https://www.sciencedirect.com/science/article/abs/pii/S0968090X25003523)\n"
    )
    assert reader("title", "year")(text) == [
        (
            "A nonlinear high-order transformations-based method for high-order tensor completion",
            2024,
        ),
        (
            "MNT-TNN: spatiotemporal traffic data imputation via compact multimode nonlinear "
            "transform-based tensor nuclear norm",
            2025,
        ),
    ]
    for journal in (
        "Linear Algebra and its Applications",
        "Numerical Linear Algebra with Applications",
        "ACM Transactions on Knowledge Discovery from Data",
    ):
        assert clean_title(f"Factorization strategies for tensors. {journal}, 2011.") == (
            "Factorization strategies for tensors"
        )


_TAGGED = """\
1. Tuning Database Configuration Parameters with iTuned ([PDF](https://doi.org/10.14778/1687627.1687767)) [VLDB 09]
2. Automatic Database Management System Tuning ([PDF](https://doi.org/10.1145/3035918.3064029)) [SIGMOD 17]
3. Black or White? How to Develop an AutoTuner ([PDF](https://doi.org/10.1145/3318464.3389713)) [SIGMOD 20]
4. CGPTuner: A Contextual Gaussian Process Bandit Approach ([PDF](https://doi.org/10.14778/3457390.3457404)) [VLDP 21]
5. ResTune: Resource Oriented Tuning ([PDF](https://doi.org/10.1145/3448016.3457291)) [SIGMOD 21]
6. OpenTuner: An Extensible Framework for Program Autotuning ([PDF](https://doi.org/10.1145/2628071.2628092)) [PACT 14]
7. Automatic Configuration for IBM DB2 Universal Database ([PDF](https://api.semanticscholar.org/CorpusID:15267980)) [02]
"""


def test_a_tag_closing_every_item_dates_the_ones_whose_venue_the_reader_does_not_know():
    """``[PACT 14]``, ``[02]`` closing an item, in a list whose other items close with a
    known venue's ``[SIGMOD 17]``: the list's place for the venue and year dates them."""
    assert _dated(_TAGGED)[3] == (4, 2021, "VLDP 2021")
    assert _dated(_TAGGED)[5:] == [(6, 2014, "PACT 2014"), (7, 2002, None)]


def test_an_unknown_tag_alone_dates_nothing():
    """Without the list's convention (too few items dated by such a tag), ``[HW 12]`` is no
    year: an unknown acronym and a number may be a homework, a version, an edition."""
    few = "".join(_TAGGED.splitlines(keepends=True)[3:])  # three known tags left, four unknown
    assert [y for _, y, _ in _dated(few)] == [None, 2021, None, None]


def test_a_time_in_brackets_in_a_note_below_is_no_year_of_the_paper():
    """``BME (2019)`` on the item, ``(as of 2018)`` in a note under it: the item's year."""
    text = (
        "* [Query, Analysis, and Benchmarking Techniques](https://x.org/phd.pdf) by "
        "G\u00e1bor Sz\u00e1rnyas \u2013 PhD dissertation, BME (2019)\n"
        "  * Section 10.5 summarizes the state of research (as of 2018) on mapping\n"
    )
    assert one(text).year == 2019
    assert find_year("BME (2019) \n the state (as of 2018) on mapping")[0] == 2019
    assert find_year("BME 2019 \n the state (since 2018) on mapping")[0] == 2019
    assert find_year("(In Press 2019)")[0] == 2019


_COLON_NAMES = """\
* Kartik Gupta, Thalaiyasingam Ajanthan:
  Improved Gradient-Based Adversarial Attacks for Quantized Networks.

  [[paper](https://arxiv.org/abs/2003.13511)]

* Anshuka Rangi, Long Tran-Thanh, Haifeng Xu, Massimo Franceschetti:

  Saving Stochastic Bandits from Poisoning Attacks via Limited Data Verification.

  [[paper](https://arxiv.org/abs/2102.07711)]

- **CLPA:** Bingyin Zhao, Yingjie Lao:

  "CLPA: Clean-Label Poisoning Availability Attacks Using Generative Adversarial Nets."

  [[paper](https://ojs.aaai.org/index.php/AAAI/article/view/20902/20661)]
"""


def test_authors_closing_with_a_colon_over_the_title_line():
    """DBLP's ``Authors: Title.`` broken after the colon (the title on the next line or
    paragraph): the title, at the item's line; a bold name before the authors stays its
    short name."""
    assert reader("line", "title", "short_name")(_COLON_NAMES) == [
        (1, "Improved Gradient-Based Adversarial Attacks for Quantized Networks", None),
        (6, "Saving Stochastic Bandits from Poisoning Attacks via Limited Data Verification", None),
        (
            12,
            "CLPA: Clean-Label Poisoning Availability Attacks Using Generative Adversarial Nets",
            "CLPA",
        ),
    ]


def test_a_title_split_after_its_colon_stays_a_title():
    """``Thinking Globally, Acting Locally:`` over the rest of the title: title words, no
    people; the first line stays the title's."""
    text = (
        "* Learning Networks, Acting Locally:\n"
        "  A Study of Graph Neural Networks for Planning\n"
        "  [[paper](https://arxiv.org/abs/2003.13512)]\n"
    )
    assert one(text).title.startswith("Learning Networks, Acting Locally")


def test_apa_names_in_bold_then_the_linked_title():
    """``- **Balesni, M., et al. (2024).** [Title](doi). *arXiv preprint*``: APA's authors
    with initials (one and ``et al.``, or several joined by ``&``) are no title."""
    text = (
        "- **Balesni, M., et al. (2024).** [Towards evaluations-based safety cases for AI "
        "scheming](https://doi.org/10.48550/arXiv.2411.03336). *arXiv preprint arXiv:2411.03336*.\n"
        "- **Ngo, R., Chan, L., & Mindermann, S. (2024).** [The alignment problem from a deep "
        "learning perspective](https://doi.org/10.48550/arXiv.2209.00626). *arXiv preprint*.\n"
    )
    assert _titles(text) == [
        ("Towards evaluations-based safety cases for AI scheming",),
        ("The alignment problem from a deep learning perspective",),
    ]


def test_a_list_number_glued_to_a_title_that_opens_with_a_short_word():
    """``###### 2.In-Memory Computing ...``, ``1.A full spectrum ...``, ``2.A 40nm ...``: the
    number is the list's; a version or a decimal stays (``3.5 Sonnet``, ``2.0: ...``)."""
    for text, title in (
        (
            "2.In-Memory Computing with Phase-Change Memory",
            "In-Memory Computing with Phase-Change Memory",
        ),
        (
            "1.A full spectrum of computing-in-memory technologies",
            "A full spectrum of computing-in-memory technologies",
        ),
        (
            "7.An area-efficient in-memory implementation",
            "An area-efficient in-memory implementation",
        ),
        (
            "2.A 40nm 1Mb 35.6 TOPS/W MLC NOR-Flash Based Macro",
            "A 40nm 1Mb 35.6 TOPS/W MLC NOR-Flash Based Macro",
        ),
    ):
        assert clean_title(text) == title
    assert clean_title("Claude 3.5 Sonnet Model Card") == "Claude 3.5 Sonnet Model Card"
