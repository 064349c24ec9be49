"""Layouts and conventions first seen in the fresh465-472 batches and in this session's own
probes, each held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from tests.support.reading import reader

_venues = reader("title", "venue")


def test_nature_or_science_in_a_longer_journal_name_is_read_whole_or_not_at_all():
    """``Science Robotics, 2021``, ``Nature Communications, 2021``: the whole journal's name,
    not ``Science`` or ``Nature``; ``IEEE Transactions on Automation Science and Engineering``
    names no ``Science``; a bare ``Nature, 2021`` still is ``Nature``."""
    blocks = (
        ("Learning Dexterous In-Hand Manipulation with Deep Networks", "Nature Communications"),
        ("Soft Robots That Learn to Walk From Scratch", "Science Robotics"),
        ("Mastering Atari With Discrete World Models", "Nature"),
    )
    text = "# Papers\n\n" + "".join(
        f"**{t}**<br>\n{v}, 2021<br>\n[paper](https://arxiv.org/abs/2010.0219{i})\n\n"
        for i, (t, v) in enumerate(blocks)
    )
    assert [v for _, v in _venues(text)] == [
        "Nature Communications 2021",
        "Science Robotics 2021",
        "Nature 2021",
    ]
    row = "| [{t}](https://arxiv.org/abs/2010.0219{i}) | {v} 2022 | - |\n"
    table = "| Title | Venue | Code |\n|---|---|---|\n" + "".join(
        row.format(t=t, i=i, v=v)
        for i, (t, v) in enumerate(
            [
                (
                    "A Generalist Agent for Robots",
                    "IEEE Transactions on Automation Science and Engineering",
                ),
                ("Mastering Atari With Discrete World Models", "Science"),
            ]
        )
    )
    assert [v for _, v in _venues(table)] == [
        "IEEE Transactions on Automation Science and Engineering 2022",
        "Science 2022",
    ]


def test_a_journal_key_over_a_bare_address_still_marks_the_paper_of_a_heading():
    """``### SkySense++`` over ``- Nature Machine Intelligence: https://...``: the journal's
    key names where the heading's paper appeared, so the heading is an entry."""
    text = (
        "## Models\n\n### SkySense++\n"
        "- Organization: Wuhan University\n- Modalities: multimodal remote sensing\n"
        "- Nature Machine Intelligence: https://www.nature.com/articles/s42256-025-01078-8\n"
        "- GitHub: https://github.com/kang-wu/SkySensePlusPlus\n"
    )
    assert [t for t, _ in _venues(text)] == ["SkySense++"]


def test_a_pdf_the_list_keeps_under_an_escaped_or_short_name_is_the_paper():
    """``Title | Authors | [`PDF`](Page%20segmentation/Hybrid%20Page%20Layout.pdf)``,
    ``[`PDF`](Table%20extraction/PDF-TREX.pdf)``: the list's own copy of each paper, its
    path's escapes read as spaces, a short name (``Voronoi++``, ``pdf2table``) as the file's
    name; a plain word (``draft.pdf``) or slides are still no paper."""
    rows = (
        (
            "Hybrid Page Layout Analysis via Tab-Stop Detection",
            "Page%20segmentation/tab%20stop%20-%20tesseract",
        ),
        ("Voronoi++: A Dynamic Page Segmentation approach", "Page%20segmentation/Voronoi%2B%2B"),
        (
            "PDF-TREX: An Approach for Recognizing and Extracting Tables",
            "Table%20extraction/PDF-TREX",
        ),
        ("Notes of the Reading Group on Layout", "Notes/draft"),
        ("Slides of the Tutorial on Page Layout", "Talks/slides"),
    )
    text = "## Papers\n" + "".join(f"- {t} | Ray Smith | [`PDF`]({p}.pdf)\n" for t, p in rows)
    assert [t for t, _ in _venues(text)] == [t for t, _ in rows[:3]]


def test_science_after_a_field_word_or_nature_after_springer_is_no_venue_of_its_own():
    """``ACS Central Science (2017)``, ``Annual Review of Political Science 2022``, ``Springer
    Nature Switzerland``: other journals and a publisher, not ``Science`` or ``Nature``; a
    journal's name does not run on into the next line."""
    text = (
        "## Papers\n\n"
        "- [Automatic Chemical Design Using a Data-Driven Continuous Representation of "
        "Molecules](https://arxiv.org/abs/1610.02415) - Liu et al., ACS Central Science (2017)\n"
        "- [The Political Economy of Persuasion in Elections](https://arxiv.org/abs/2301.00001) "
        "- Annual Review of Political Science 2022\n"
        "- [Causal Emotion Pairs in Conversations](https://arxiv.org/abs/2302.00002) - Cham: "
        "Springer Nature Switzerland\n"
    )
    assert [v for _, v in _venues(text)] == [None, None, None]
    lines = (
        "## Papers\n\n- [Single-cell foundation models at scale](https://arxiv.org/abs/2303.00003)"
        "\n  Nature Methods\n  Open Source Release\n"
    )
    assert [v for _, v in _venues(lines)] == ["Nature Methods"]
