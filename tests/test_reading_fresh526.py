"""Layouts and conventions first seen in the fresh526-529 batches, each held by a test that
fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import reader

_titles = reader("title")


def test_a_dash_and_one_authors_name_with_the_year_in_brackets_close_a_link_text():
    """``[Title - Nuno Preguiça (2009)](url)`` beside ``[Title - Marc Shapiro et. al.
    (2007)](url)``: one name and its year after a dash are the byline, as ``et al.`` is;
    ``Title - Part Two (2019)`` keeps its part."""
    text = (
        "- [A commutative replicated data type for cooperative editing - Nuno Preguiça (2009)]"
        "(https://hal.inria.fr/inria-00445975/document)\n"
        "- [Time, Clocks, and the Ordering of Events in a Distributed System - Leslie Lamport "
        "(1978)](https://lamport.azurewebsites.net/pubs/time-clocks.pdf)\n"
        "- [Deep Learning for Graphs - Part Two (2019)](https://arxiv.org/abs/1912.12693)\n"
    )
    assert _titles(text) == [
        ("A commutative replicated data type for cooperative editing",),
        ("Time, Clocks, and the Ordering of Events in a Distributed System",),
        ("Deep Learning for Graphs - Part Two",),
    ]


def test_a_journal_info_label_dates_the_paper_above_it():
    """``**Title:** [Title](url)`` / ``**Authors:** ...`` / ``**Journal Info:** Briefings in
    Bioinformatics, May 2017``: the paper's journal and date, as ``**Journal:**`` is."""
    text = (
        "**Title:** [Features that define the best ChIP-seq peak calling algorithms]"
        "(https://academic.oup.com/bib/article/18/3/441/2453291)\n\n"
        "**Authors:** Reuben Thomas, et al.\n\n"
        "**Journal Info:** Briefings in Bioinformatics, May 2017\n\n"
        "**Description:** This paper compared six peak calling methods.\n\n---\n\n"
        "**Title:** [A Comparison of Peak Callers Used for DNase-Seq Data]"
        "(https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0096303)\n\n"
        "**Authors:** Hashem Koohy, et al.\n\n**Journal Info:** PLoS ONE, May 2014\n"
    )
    assert [e.year for e in parse_text(text, "l.md").entries] == [2017, 2014]


def test_harvard_authors_with_hyphenated_initials_are_authors():
    """``[..., Wagenmakers, E-J., Bürkner, P-C. and Sloman, S.J., 2025. Title. *PNAS*, ...]
    (doi)``: Harvard initials may be hyphenated (``E-J.``); the authors were read as the
    title."""
    text = (
        "- [Dubova, M., Chandramouli, S., Gigerenzer, G., Wagenmakers, E-J., Bürkner, P-C. "
        "and Sloman, S.J., 2025. Is Ockham’s razor losing its edge? New perspectives on the "
        "principle of model parsimony. *Proceedings of the National Academy of Sciences*, "
        "122(5), e2401230121.](https://doi.org/10.1073/pnas.2401230121)\n"
    )
    assert _titles(text) == [
        ("Is Ockham’s razor losing its edge? New perspectives on the principle of model "
         "parsimony",)
    ]  # fmt: skip


def test_a_first_awesome_heading_below_h1_level_dates_the_whole_list():
    """``### Awesome-NeurIPS-2023 : Observations & Interesting Papers`` opening the list (no
    H1): its title, so its venue and year date the papers of every section, as a dated H1
    does."""
    text = (
        "### Awesome-NeurIPS-2023 : Observations & Interesting Papers\n\n## Planning\n\n"
        "| Title | OpenReview |\n| -: | :-: |\n"
        "| Thinker: Learning to Plan and Act | [Paper](https://openreview.net/forum?id=mumEBl0arj) |\n"
    )
    assert [(e.year, e.venue) for e in parse_text(text, "l.md").entries] == [(2023, "NeurIPS 2023")]


def test_a_sentence_whose_complement_is_the_link_is_no_entry():
    """``- The paper with the most authors was [ClimSim: ...](arxiv)``, ``- The longest
    abstract was from [Title](url), which has 373 words.``: facts about a conference."""
    text = (
        "## Papers\n\n- [Thinker: Learning to Plan and Act](https://arxiv.org/abs/2307.14993)\n\n"
        "## Statistics\n\n"
        "- The paper with the most authors was [ClimSim: A large multi-scale dataset for "
        "hybrid physics-ML climate emulation](https://arxiv.org/abs/2306.08754)\n"
        "- The longest abstract was from [Improved Convergence in High Probability of Clipped "
        "Gradient Methods](https://neurips.cc/virtual/2023/poster/70813), which has 29 words.\n"
    )
    assert _titles(text) == [("Thinker: Learning to Plan and Act",)]


def test_a_mistyped_scheme_is_the_paper_meant_and_a_broken_link():
    """``[Paper](ttps://arxiv.org/abs/1712.05884)``, ``hhttps://``, ``https//``: the entry's
    paper is the address meant (its arXiv ID is checked), and ``malformed-link`` says the
    link does not work, with the address to write."""
    from pipeline.config import Settings
    from pipeline.model import Rule
    from pipeline.run import Sources, run

    text = (
        "| Model | Paper |\n|---|---|\n"
        "| Tacotron2 | [Paper](ttps://arxiv.org/abs/1712.05884) |\n"
        "| VideoCrafter2 | [Paper](hhttps://arxiv.org/abs/2401.09047) |\n"
        "| FastSpeech | [Paper](https://arxiv.org/abs/1905.09263) |\n"
    )
    parsed = parse_text(text, "l.md")
    assert [e.paper.url for e in parsed.entries] == [
        "https://arxiv.org/abs/1712.05884",
        "https://arxiv.org/abs/2401.09047",
        "https://arxiv.org/abs/1905.09263",
    ]
    report = run([parsed], Settings(offline=True, use_cache=False), Sources())
    broken = [f for f in report.all_findings if f.rule is Rule.MALFORMED_LINK]
    assert [(f.line, f.expected) for f in broken] == [
        (3, "https://arxiv.org/abs/1712.05884"),
        (4, "https://arxiv.org/abs/2401.09047"),
    ]
    assert "mistyped web address" in broken[0].message
