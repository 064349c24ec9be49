"""Round 104 (fresh711-715): each rule held by a test that fails on the reader before it;
the guards beside them pass on both."""

from __future__ import annotations

from tests.support.reading import reader

_read = reader("line", "title", "year", "code.url")


def test_a_day_under_the_authors_of_one_papers_fields_dates_it():
    """Papers in 100 Lines of Code: ``##### [Title]`` over ``- Title [[arXiv]](url)``,
    ``- *Authors*`` and ``- `2013-02-18` ``: the day alone, under the authors, is the day
    the paper appeared (one author, or several)."""
    text = (
        "##### [Maxout Networks]\n"
        "- Maxout Networks [[arXiv]](https://arxiv.org/abs/1302.4389)\n"
        "- *Ian J. Goodfellow, David Warde-Farley, Mehdi Mirza, Aaron Courville*\n"
        "- `2013-02-18`\n\n"
        "##### [Playing Atari with Deep Reinforcement Learning]\n"
        "- Playing Atari with Deep Reinforcement Learning [[arXiv]](https://arxiv.org/abs/1312.5602)\n"
        "- *Volodymyr Mnih*\n"
        "- `2013-12-19`\n"
    )
    assert [(t, y) for _, t, y, _ in _read(text)] == [
        ("Maxout Networks", 2013),
        ("Playing Atari with Deep Reinforcement Learning", 2013),
    ]


def test_a_version_number_under_the_authors_dates_nothing():
    """Guard: ``- `v2.0.1` `` under the authors is a version, no date."""
    text = (
        "- Maxout Networks [[arXiv]](https://arxiv.org/abs/1302.4389)\n"
        "- *Ian J. Goodfellow, David Warde-Farley*\n"
        "- `v2.0.1`\n"
    )
    assert [(t, y) for _, t, y, _ in _read(text)] == [("Maxout Networks", None)]


def test_a_page_named_by_the_papers_arxiv_id_is_a_note_not_its_code():
    """ArXivQA: ``- Title - [[2309.16668](arxiv)] [[QA](github/o/r/blob/main/papers/2309.16668.md)]``:
    a Markdown page of the list's own repository, named by the paper's ID, says what the
    list says of it; it is not the paper's code."""
    text = (
        "- RealFill: Reference-Driven Generation for Authentic Image Completion - "
        "[[2309.16668](https://arxiv.org/abs/2309.16668)] "
        "[[QA](https://github.com/taesiri/ArXivQA/blob/main/papers/2309.16668.md)].\n"
    )
    assert [c for _, _, _, c in _read(text)] == [None]


def test_a_repositorys_readme_or_a_labelled_code_page_is_still_code():
    """Guard: ``[code](github/o/r/blob/main/README.md)`` and ``[PyTorch](…/blob/x/BiDAF.md)``
    stay the paper's code."""
    text = (
        "- [Bidirectional Attention Flow for Machine Comprehension](https://arxiv.org/abs/1611.01603)"
        " [PyTorch](https://github.com/o/r/blob/master/BiDAF.md)\n"
        "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) "
        "[code](https://github.com/o/t/blob/main/README.md)\n"
    )
    assert [c for _, _, _, c in _read(text)] == [
        "https://github.com/o/r/blob/master/BiDAF.md",
        "https://github.com/o/t/blob/main/README.md",
    ]
