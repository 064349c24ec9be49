"""Round 92 (fresh652-655) and the leftovers of review 944: each rule held by a test that
fails on the reader before it; the guards beside them pass on both."""

from __future__ import annotations

from pipeline.parse import parse_text

ARXIV = "https://arxiv.org/abs/"


def _read(text: str) -> list[tuple]:
    return [
        (e.line, e.title, e.year, e.code.url if e.code else None)
        for e in parse_text(text, "l.md").entries
    ]


def test_an_article_number_after_a_volume_is_no_compact_date():
    """Physical Review cites ``Phys. Rev. B 94, 205411 (2016)``: the six digits after the
    volume are an article number, not November 2054 (review 944's leftover); a compact
    ``202305`` of its own still dates its entry, and no compact date lies past 2039."""
    text = (
        "# Physics ML\n\n"
        f"- [Machine learning phases of matter]({ARXIV}1605.01735). Carrasquilla and Melko,"
        " Phys. Rev. B 94, 205411 (2016).\n"
        f"- [Solving the quantum many-body problem]({ARXIV}1606.02318). Carleo and Troyer,"
        " Phys. Rev. B 94, 201503 (2017).\n"
        f"- [Scaling laws for neural quantum states]({ARXIV}2305.01234) 202305\n"
        f"- [Quantum states with neural networks]({ARXIV}1606.02319) 205411\n"
    )
    assert [year for _, _, year, _ in _read(text)] == [2016, 2017, 2023, None]


def test_a_venue_tag_with_a_glued_two_digit_year_and_an_award_closes_a_title():
    """xerial's stream readings: ``[Naiad: A Timely Dataflow system (SOSP13 best paper)](pdf)``:
    the bracket names the venue, its year and an award, no part of the title, and dates the
    entry 2013; a model's name in brackets (``(VGG16 features)``) stays in its title."""
    text = (
        "# Streams\n\n"
        "- [Naiad: A Timely Dataflow system (SOSP13 best paper)](https://cs.stanford.edu/naiad.pdf)"
        " Differential data processing.\n"
        f"- [Deep features for scene recognition (CVPR16, best paper award)]({ARXIV}1512.03387)\n"
        f"- [Transfer learning for texture classification (VGG16 features)]({ARXIV}1512.03388)\n"
    )
    assert [(title, year) for _, title, year, _ in _read(text)] == [
        ("Naiad: A Timely Dataflow system", 2013),
        ("Deep features for scene recognition", 2016),
        ("Transfer learning for texture classification (VGG16 features)", None),
    ]


def test_a_first_authors_initial_before_et_al_is_cut_with_the_byline():
    """``[Title … with Batch Updates M. Nicolik et al. (SIGMOD 2016)](pdf)``: the first author's
    initial goes with the byline (the title ended ``Batch Updates M``); a short name's letter
    (``Project X``) is kept."""
    text = (
        "# Views\n\n"
        "- [How to Win a Hot Dog Eating Contest: Distributed Incremental View Maintenance with"
        " Batch Updates M. Nicolik et al. (SIGMOD 2016)](https://www.cs.ox.ac.uk/files/9133/a.pdf)"
        " An efficient way.\n"
    )
    assert _read(text)[0][1:3] == (
        "How to Win a Hot Dog Eating Contest: Distributed Incremental View Maintenance with"
        " Batch Updates",
        2016,
    )


def test_a_short_bold_title_before_a_citations_authors_is_the_title():
    """xai-hcee's references: ``N. **Experiential Explanation**. *Aronowitz, S., Lombrozo,
    T.*. Venue 2020. [[paper](url)]``: a two-word bold title is the title, not the authors
    and venue after it (read as its title before)."""
    page = "https://cognition.princeton.edu/publications/"
    text = (
        "# References\n\n"
        f"1. **Experiential Explanation**. *Aronowitz, S., Lombrozo, T.*. Topics in Cognitive"
        f" Science 2020. [[paper]({page}experiential-explanation)]\n"
        f"2. **Contrastive explanation**. *Lipton, P.*. Royal Institute of Philosophy Supplements"
        f" 1990. [[paper]({page}contrastive)]\n"
    )
    assert [(title, year) for _, title, year, _ in _read(text)] == [
        ("Experiential Explanation", 2020),
        ("Contrastive explanation", 1990),
    ]


def test_a_year_before_1980_closing_a_citation_before_its_link_dates_it():
    """``*Nisbett, Wilson*. Psychological review 1977. [[paper](pdf)]``: an older year after
    the journal's name, before the entry's link, is its year (a volume's ``Vol. 1975.`` is
    not)."""
    text = (
        "# References\n\n"
        "1. **Telling more than we can know: verbal reports on mental processes**. *Richard E."
        " Nisbett, Timothy D. Wilson*. Psychological review 1977."
        " [[paper](https://home.csulb.edu/nisbett.pdf)]\n"
        "2. **A theory of the learnable things**. *Leslie Valiant*. Communications Vol. 1975."
        " [[paper](https://home.csulb.edu/valiant.pdf)]\n"
    )
    assert [year for _, _, year, _ in _read(text)] == [1977, None]


def test_a_chapter_label_links_a_paper_and_an_article_label_does_not():
    """``[[chapter](publisher page)]`` and ``[[preprint](page)]`` link the entry's paper (a
    book chapter, a preprint) as ``[[paper]]`` does; ``[Article](blog post)`` links a post
    about a robot, no paper (fresh40)."""
    page = "https://cognition.princeton.edu/publications/"
    text = (
        "# References\n\n"
        "1. **Mechanistic versus functional understanding**. *Lombrozo, T., & Wilkenfeld, D.*."
        f" Varieties of Understanding 2019. [[chapter]({page}mechanistic)]\n"
        "2. **Explanatory preferences shape learning**. *Lombrozo, T.*. Trends 2016."
        f" [[preprint]({page}preferences)]\n"
        "3. **Robot-Use Agents** [Article](https://web.mit.edu/phillipi/www/writing/agents.html)\n"
    )
    assert [title for _, title, _, _ in _read(text)] == [
        "Mechanistic versus functional understanding",
        "Explanatory preferences shape learning",
    ]
