"""Layouts first seen in the fresh116-121 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from tests.support.reading import reader

_read = reader("title", "year")


def test_a_known_venue_in_brackets_after_a_bold_title_is_no_part_of_it():
    text = (
        "### 2019\n"
        "- **Deep Graph InfoMax (ICLR)**\n"
        "  - Authors: Petar Veličković, William Fedus\n"
        "  - [[paper]](https://openreview.net/pdf?id=rklz9iAcKQ)\n\n"
        "- **Spatio-Temporal Deep Graph InfoMax (ICLR workshp @ RLGM)**\n"
        "  - Authors: Felix L. Opolka, Aaron Solomon\n"
        "  - [[paper]](https://rlgm.github.io/papers/48.pdf)\n\n"
        "- **Learning Agile Skills (SIR)**\n"
        "  - [[paper]](https://arxiv.org/abs/2301.00001)\n"
    )
    assert _read(text) == [
        ("Deep Graph InfoMax", 2019),
        ("Spatio-Temporal Deep Graph InfoMax", 2019),
        ("Learning Agile Skills (SIR)", 2019),
    ]


def test_a_venue_year_with_the_papers_status_after_a_title_and_a_comma():
    text = (
        "- Neural Spectral Marked Point Processes, 2022 in review, "
        "[Link](https://paperswithcode.com/paper/neural-spectral-marked-point-processes-1)\n"
        "- DRIPP: DRIVEN POINT PROCESSES TO MODEL STIMULI INDUCED PATTERNS, ICLR 2022 submission, "
        "[Link](https://openreview.net/pdf?id=d_2lcDh0Y9c)\n"
        "- Learning in Review, Submission and Revision Loops, "
        "[Link](https://openreview.net/pdf?id=d_2lcDh0Y9d)\n"
    )
    assert _read(text) == [
        ("Neural Spectral Marked Point Processes", 2022),
        ("DRIPP: DRIVEN POINT PROCESSES TO MODEL STIMULI INDUCED PATTERNS", 2022),
        ("Learning in Review, Submission and Revision Loops", None),
    ]
