"""Layouts and conventions first seen in the fresh502-508 batches (and items left from the
rounds before), each held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from pipeline.formats.authors import mostly_people
from pipeline.formats.cleantitle import clean_title
from tests.support.reading import reader

_titles = reader("title")
_dated = reader("title", "year", "venue")


def test_an_authors_line_whose_first_name_is_a_surname_alone_is_no_title():
    """``**robustgraph:** Xu, Yang Yang, Junru Chen, ...`` over the quoted title: the list
    lost the first author's given name; four names or more, the rest people, is a byline."""
    text = (
        "- **robustgraph:**  Xu, Yang Yang, Junru Chen, Xin Jiang, Chunping Wang, Yizhou Sun.\n"
        "\n"
        '  "Unsupervised Adversarially Robust Representation Learning on Graphs."\n'
        "\n"
        "  [[paper](https://arxiv.org/abs/2012.02486)]\n"
    )
    assert _titles(text) == [
        ("Unsupervised Adversarially Robust Representation Learning on Graphs",)
    ]
    assert not mostly_people("Datasets, Yang Yang, Junru Chen")  # three: not enough
    assert not mostly_people("Vision, Graph Networks, Point Clouds, Junru Chen")


def test_a_year_and_month_and_a_comma_open_no_title():
    """``2023.10, Non-parametric regression ...``: the month stamp and its comma (the list's
    others write ``arXiv 2023.10, Title``) are no part of the title; they date the entry."""
    text = "- 2023.10, Non-parametric regression for robot learning on manifolds, [arXiv](https://arxiv.org/abs/2310.19561)\n"
    assert _dated(text) == [
        ("Non-parametric regression for robot learning on manifolds", 2023, None)
    ]
    assert clean_title("2023-10 Title of the Paper") == "Title of the Paper"


def test_a_bold_name_and_a_subtitle_opening_in_lower_case_are_one_title():
    """``**Foundation Reinforcement Learning**: towards Embodied Generalist Agents ...``: a
    subtitle may open with a small ``towards``; the rest in title case goes on with the title."""
    text = (
        "- arXiv 2023.10, **Foundation Reinforcement Learning**: towards Embodied Generalist "
        "Agents with Foundation Prior Assistance, [arXiv](https://arxiv.org/abs/2310.02635)\n"
    )
    assert _titles(text) == [
        (
            "Foundation Reinforcement Learning: towards Embodied Generalist Agents with "
            "Foundation Prior Assistance",
        )
    ]


def test_bold_words_inside_a_title_after_a_venue_and_a_comma_are_emphasis():
    """``ICML 2022, The **primacy bias** in deep reinforcement learning``: the venue and its
    comma before the title do not stop the bold words from being the title's own."""
    text = (
        "- ICML 2022, The **primacy bias** in deep reinforcement learning, [arXiv](https://arxiv.org/abs/2205.07802)\n"
        "- ICML 2023 oral, The **dormant neuron** phenomenon in deep reinforcement learning, [arXiv](https://arxiv.org/abs/2302.12902)\n"
        "- CoRL 2023 workshop, **FMB**: a Functional Manipulation Benchmark, [OpenReview](https://openreview.net/pdf?id=055oRimwls)\n"
    )
    assert _titles(text)[:2] == [
        ("The primacy bias in deep reinforcement learning",),
        ("The dormant neuron phenomenon in deep reinforcement learning",),
    ]
    assert _titles(text)[2] != ("CoRL 2023 workshop, FMB: a Functional Manipulation Benchmark",)


def test_an_italic_venue_in_sentence_case_and_an_old_year_date_the_entry():
    """``Title, *Operations research, 1966*.``, ``Title, *Econometrica, 1960*.``: the italic
    venue closes the title whatever its case, and its year dates the entry however old."""
    text = (
        "- An Automatic Method of Solving Discrete Programming Problems, *Econometrica, 1960*. "
        "[[Paper](https://jmvidal.cse.sc.edu/library/land60a.pdf)]\n\n"
        "- Branch-and-Bound Methods: A Survey, *Operations research, 1966*. "
        "[[Paper](https://pubsonline.informs.org/doi/abs/10.1287/opre.14.4.699)]\n"
    )
    assert _dated(text) == [
        ("An Automatic Method of Solving Discrete Programming Problems", 1960, "Econometrica 1960"),
        ("Branch-and-Bound Methods: A Survey", 1966, "Operations research 1966"),
    ]


def test_an_acronym_and_an_apostrophe_year_in_brackets_close_a_title():
    """``**VD-Guard**: DMA Guided Fuzzing ... (ASE '23) [[pdf]](url)``: a venue the reader
    does not know, written as an acronym and ``'23``, is no part of the title."""
    text = (
        "- **VD-Guard**: DMA Guided Fuzzing for Hypervisor Virtual Device (ASE '23) "
        "[[pdf]](https://ieeexplore.ieee.org/document/10298337/)\n"
    )
    assert _dated(text) == [
        ("VD-Guard: DMA Guided Fuzzing for Hypervisor Virtual Device", 2023, "ASE 2023")
    ]
    assert (
        clean_title("Learning to Count Objects (COCO '17)")
        == "Learning to Count Objects (COCO '17)"
    )
    assert clean_title("Deep Nets for Things (Part 2)") == "Deep Nets for Things (Part 2)"


_BASEBAND = (
    "[BASESPEC: Comparative Analysis of Baseband Software](https://www.ndss-symposium.org/wp-content/uploads/ndss2021_1B-4_24186_paper.pdf) (NDSS 21)\n\n"
    "[BaseMirror: Automatic Reverse Engineering of Baseband Commands](https://dl.acm.org/doi/10.1145/3658644.3690254) (CCS 24)\n\n"
    "[FIRMWIRE: Transparent Dynamic Analysis for Cellular Baseband Firmware](https://www.ndss-symposium.org/wp-content/uploads/2022-136-paper.pdf) (NDSS 22)\n\n"
    "[A Formal Analysis of 5G Authentication](https://dl.acm.org/doi/10.1145/3243734.3243846) (CCS 18)\n\n"
    "[BaseSAFE: Baseband SAnitized Fuzzing through Emulation](https://dl.acm.org/doi/pdf/10.1145/3395351.3399360) (WiSec 20)\n\n"
    "[A Systematic Analysis Method for 5G Non-Access Stratum Signalling Security](https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=8817957) (IEEE Access 19)\n"
)


def test_a_tag_in_round_brackets_closing_every_item_dates_those_with_unknown_venues():
    """``[Title](url) (WiSec 20)`` among ``(NDSS 21)``, ``(CCS 24)``: a list that closes each
    item with a venue's tag and two-digit year dates the items whose venue the reader does
    not know by it; fewer than four known ones date nothing."""
    assert reader("year")(_BASEBAND)[-2:] == [(2020,), (2019,)]
    few = "\n\n".join(_BASEBAND.split("\n\n")[3:])
    assert reader("year")(few) == [(2018,), (None,), (None,)]


_CONSENSUS = (
    "* Time, Clocks, and the Ordering of Events in a Distributed System, CACM 1978 [[acmdl](https://dl.acm.org/citation.cfm?id=359563)]\n"
    "* Impossibility of Distributed Consensus with One Faulty Process, JACM 1985 [[acmdl](https://dl.acm.org/citation.cfm?id=214121)]\n"
    "* The Byzantine Generals Problem, TPLS 1982 [[acmdl](https://dl.acm.org/doi/10.1145/357172.357176)]\n"
    "* The Weakest Failure Detector for Solving Consensus, JACM 1996 [[acmdl](https://dl.acm.org/citation.cfm?id=234549)]\n"
    "* Lower Bounds for Asynchronous Consensus, Distributed Computing 2006 [[acmdl](https://dl.acm.org/citation.cfm?id=3271328)]\n"
    "* Readings in Database Systems (5th Edition), Book 2015 [[pdf](http://www.redbook.io/pdf/redbook-5th-edition.pdf)]\n"
)


def test_a_list_closing_its_titles_with_venue_and_year_names_unknown_venues_so_too():
    """``Title, Distributed Computing 2006`` among ``Title, JACM 1985``: when four items or
    more (and half the list) close with a venue the reader knows and its year, the same tail
    with a venue it does not know is the venue and year too (``Book`` is no venue)."""
    assert _dated(_CONSENSUS)[-2:] == [
        ("Lower Bounds for Asynchronous Consensus", 2006, "Distributed Computing 2006"),
        ("Readings in Database Systems (5th Edition)", 2015, None),
    ]
    few = "".join(_CONSENSUS.splitlines(keepends=True)[2:])
    assert _dated(few)[-1] == ("Readings in Database Systems (5th Edition), Book 2015", None, None)


def test_vs_with_its_full_stop_ends_no_sentence_of_a_title():
    """``Classic Paxos vs. Fast Paxos: Caveat Emptor, HotDep 2007``: ``vs.`` is no full stop
    before a venue's sentence."""
    assert clean_title("Classic Paxos vs. Fast Paxos: Caveat Emptor, HotDep 2007") == (
        "Classic Paxos vs. Fast Paxos: Caveat Emptor"
    )
    assert clean_title("Learning to Rank Things. SIGIR, 2020.") == "Learning to Rank Things"
