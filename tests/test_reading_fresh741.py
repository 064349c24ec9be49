"""Round 110 (fresh741-745): each rule held by a test that fails on the reader before it;
the guards beside them pass on both."""

from __future__ import annotations

from pipeline.checks import paper_ref
from pipeline.parse import parse_text


def _read(text: str) -> list[tuple]:
    """Each entry's line, title, year, arXiv ID (as the checks take it) and code address."""
    return [
        (e.line, e.title, e.year, (ref := paper_ref(e)) and ref.base_id, e.code and e.code.url)
        for e in parse_text(text, "l.md").entries
    ]


_PAPER = (
    "### [RAPTOR: A foundation policy for quadrotor control](https://doi.org/10.1126/scirobotics.aec1481)\n\n"
    "2026-05-13 · **Research Article** · Science Robotics 11(114)\n\n"
    "Jonas Eschmann, Dario Albani, Giuseppe Loianno\n\n"
    "Distills many specialized teachers into a recurrent quadrotor policy.\n\n"
    "**Domain:** Aerial Robotics · Control  \n**Method:** Reinforcement Learning\n\n"
    "[Paper](https://doi.org/10.1126/scirobotics.aec1481) · [Code](https://github.com/rl-tools/raptor)"
    " · [Open version](https://arxiv.org/abs/2509.11481)"
    " · **[Cover Paper — evidence](https://raptor.rl.tools/cover)**\n\n"
)


def test_a_paper_headings_dated_line_fields_and_links_are_its_own():
    """SR-Paper-List: under ``### [Title](doi)``, a line ``date · **Research Article** ·
    journal``, a ``**Domain:** …`` block and the links line that links the heading's DOI
    again are that paper's year, fields and links, not entries titled ``Research Article``,
    ``Domain: Aerial Robotics`` or ``Cover Paper — evidence``."""
    text = "## Aerial Robotics\n\n" + _PAPER + _PAPER.replace("aec1481", "aec1482").replace("RAPTOR", "RAPTOR-2")  # fmt: skip
    assert _read(text) == [
        (3, "RAPTOR: A foundation policy for quadrotor control", 2026, "2509.11481", "https://github.com/rl-tools/raptor"),
        (16, "RAPTOR-2: A foundation policy for quadrotor control", 2026, "2509.11481", "https://github.com/rl-tools/raptor"),
    ]  # fmt: skip


def test_a_bold_title_alone_under_a_paper_heading_is_still_a_paper_of_its_own():
    """Guard: a line all bold (``**Title**``) with its own paper link under a paper heading
    stays an entry of its own."""
    text = (
        "## Aerial Robotics\n\n### [A Heading Paper About Robots](https://doi.org/10.1126/scirobotics.aec1481)\n\n"
        "2026-05-13 · Science Robotics\n\n"
        "**Another Paper On Quadrotor Control** [paper](https://arxiv.org/abs/2509.11481)\n"
    )
    assert [t for _, t, _, _, _ in _read(text)] == [
        "A Heading Paper About Robots",
        "Another Paper On Quadrotor Control",
    ]


def test_a_wide_bracket_before_the_paper_link_closes_the_title():
    """yangliang: ``Names. Title. (ICCV19)`` then a wide opening bracket and ``[PDF](url))``:
    the wide bracket opening the link's brackets is no part of the title, and the venue's tag
    before it dates the entry."""
    text = (
        "1. :white_check_mark: Jiwoong Park et al. Symmetric Graph Convolutional Autoencoder for "
        "Unsupervised Graph Representation Learning. (ICCV19) （[PDF](https://arxiv.org/pdf/1908.02441.pdf))\n"
    )
    assert _read(text) == [
        (1, "Symmetric Graph Convolutional Autoencoder for Unsupervised Graph Representation Learning", 2019, "1908.02441", None),
    ]  # fmt: skip


def test_vancouver_authors_with_full_stops_after_their_initials_are_cut():
    """yangliang: ``Asano YM., Rupprecht C., Vedaldi A. Title (ICLR20)``: Vancouver authors
    whose initials end in full stops, then the title."""
    text = (
        "1. Asano YM., Rupprecht C., Vedaldi A. Self-labelling via Simultaneous Clustering and "
        "Representation Learning (ICLR20) ([PDF](https://arxiv.org/pdf/1911.05371.pdf))\n"
    )
    assert (
        _read(text)[0][1]
        == "Self-labelling via Simultaneous Clustering and Representation Learning"
    )


def test_a_title_that_opens_with_a_surname_like_word_and_initials_keeps_them():
    """Guard: ``Explainable AI. Title`` is not an author list (one word and capitals, no
    second name), on either reader."""
    text = "1. Explainable AI. A Survey of Methods for Deep Networks ([PDF](https://arxiv.org/pdf/1911.05372.pdf))\n"
    assert _read(text)[0][1] == "Explainable AI. A Survey of Methods for Deep Networks"


def test_a_named_item_of_two_linked_titles_each_with_its_year_is_two_entries():
    """awesome_codegeneration: ``- GeoQuery: [Title A](a), 1996; [Title B](b), 2003``: two
    papers of the dataset, each with its year."""
    text = (
        "- GeoQuery: [Learning to parse database queries using inductive logic programming]"
        "(https://www.cs.utexas.edu/~ml/papers/chill-aaai-96.pdf), 1996; [Towards a theory of "
        "natural language interfaces to databases](https://arxiv.org/abs/1704.08760), 2003\n"
    )
    assert [(t, y) for _, t, y, _, _ in _read(text)] == [
        ("Learning to parse database queries using inductive logic programming", 1996),
        ("Towards a theory of natural language interfaces to databases", 2003),
    ]


def test_a_sentence_before_two_dated_links_is_no_name_that_splits_them():
    """Guard: ``- See [Title A](a), 1996; [Title B](b), 2003`` opens with words, not a name
    and a colon: the dated-pair reading leaves it as it was."""
    text = (
        "- This line of work is surveyed in [Learning to parse database queries using inductive "
        "logic programming](https://arxiv.org/abs/1704.08761), 1996; [Towards a theory of "
        "natural language interfaces to databases](https://arxiv.org/abs/1704.08760), 2003\n"
    )
    assert len(_read(text)) == 1
