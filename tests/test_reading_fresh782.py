"""Round 119 (fresh782-785): each rule held by a test that fails on the reader before it;
the guards beside them pass on both."""

from __future__ import annotations

from pipeline.parse import parse_text


def _read(text: str) -> list[tuple[int, str | None, int | None]]:
    """Each entry's line, title and year."""
    return [(e.line, e.title, e.year) for e in parse_text(text, "l.md").entries]


def test_the_acm_reference_formats_tail_is_no_part_of_the_title():
    """animeshtrivedi/storage-systems-wiki-reading-list: `Title. ACM Trans. Model. Perform.
    Eval. Comput. Syst. 9, 1, Article 4 (March 2024), 32 pages. https://doi.org/…`: the
    venue, volume, article number, month, year and page count close the citation; the year
    is the entry's. `Names. 2022. Title. In Proceedings of … (SYSTOR 22). ACM, …, 12 pages.`
    with two names joined by a comma is a byline too."""
    text = (
        "* Configuring and Coordinating End-to-end QoS for Emerging Storage Infrastructure. "
        "ACM Trans. Model. Perform. Eval. Comput. Syst. 9, 1, Article 4 (March 2024), 32 pages. "
        "https://doi.org/10.1145/3631606\n"
        "* Jane Doe, John Smith. 2022. Flash Caching at Scale. In Proceedings of the 15th ACM "
        "International Conference on Systems and Storage (SYSTOR 22). ACM, New York, NY, USA, "
        "12 pages. https://doi.org/10.1145/3534056.3534937\n"
        "* Flash Caching at Scale Again. In Proceedings of the 15th ACM International Conference "
        "on Systems and Storage (SYSTOR 22). ACM, New York, NY, USA, 12 pages. "
        "https://doi.org/10.1145/3534056.3534930\n"
    )
    assert _read(text) == [
        (
            1,
            "Configuring and Coordinating End-to-end QoS for Emerging Storage Infrastructure",
            2024,
        ),
        (2, "Flash Caching at Scale", 2022),
        (3, "Flash Caching at Scale Again", None),
    ]


def test_a_title_with_a_second_sentence_keeps_it_without_that_formats_marks():
    """Guard: `Wait. A Title Here (2020)`-like titles with no article number, month or page
    count keep their second sentence; `Do Not Cite This. Really (2020)` is read as before."""
    text = (
        "- [Stop Thinking, Just Do! Sungsoo Ahn Wins the Race](https://arxiv.org/abs/2301.00001)\n"
        "- [Learning to Walk. Then to Run in the Real World](https://arxiv.org/abs/2301.00002)\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "Stop Thinking, Just Do! Sungsoo Ahn Wins the Race",
        "Learning to Walk. Then to Run in the Real World",
    ]


def test_a_courses_reading_column_titles_its_rows_not_the_subject_beside_it():
    """palvaro/cmps232-fall16: `|Date|Subject|Reading|Presented by|` with `<a href>Raft</a>`
    in the Reading column: the reading's name is the title, not the session's subject
    (`Consensus`)."""
    text = (
        "|Date|Subject|<a href=\"Link\">Reading</a>|Presented by|\n"
        "|---|---|---|---|\n"
        "|10/12|Consensus|<a href=\"http://research.microsoft.com/paxos-simple.pdf\">Paxos made simple</a>||\n"
        "|10/14|Consensus|<a href=\"https://ramcloud.stanford.edu/raft.pdf\">Raft</a>||\n"
        "|11/16|Programming models|<a href=\"http://www.sosp2007.org/papers/sosp064-aguilera.pdf\">Sinfonia</a>||\n"
    )  # fmt: skip
    assert [t for _, t, _ in _read(text)] == ["Paxos made simple", "Raft", "Sinfonia"]


def test_a_bracketed_citation_with_a_journals_volume_and_issue_is_cut():
    """palvaro/cmps232-fall16: `A view of cloud computing (Armbrust, CACM 53(4), 2010)`: the
    author, journal, volume(issue) and year in brackets are no part of the title."""
    text = (
        "- [A view of cloud computing (Armbrust, CACM 53(4), 2010)](https://example.org/a.pdf)\n"
        "- [Deep learning (LeCun, Nature 521(7553), 2015)](https://www.nature.com/articles/nature14539)\n"
    )  # fmt: skip
    assert [t for _, t, _ in _read(text)] == ["A view of cloud computing", "Deep learning"]
