"""What the sixty-seventh round of unseen lists (fresh539-542) taught the reader, each held
by a test that fails on the reader before it (cecacc4)."""

from __future__ import annotations

from tests.support.reading import reader

_titles = reader("line", "title")


def test_one_authors_name_under_a_title_heading_is_no_title():
    """``##### Title`` then ``Lars T Hansen`` / ``Adobe ... Report, 2007`` / a bare URL: the
    heading is the title, as it is under two authors' names; a bold first line there (``**GPT-4
    Technical Report**``) still titles its paragraph."""
    text = (
        "## Papers\n\n##### Evolutionary Programming and Gradual Typing in ECMAScript 4\n"
        "Lars T Hansen\nAdobe Systems Technical Report, November 2007  \n"
        "http://www.ecmascript.org/es4/spec/evolutionary-programming-tutorial.pdf\n\n"
        "##### Safe Cross-Language Inheritance\nKathryn E. Gray  \nIn proceedings of ECOOP 2008  \n"
        "http://www.cl.cam.ac.uk/~keg29/inheritance-model/inheritance.pdf\n\n"
        "## Technical Reports\n\n**GPT-4 Technical Report** \\\n*OpenAI* \\\n"
        "arXiv 2023. [[Paper](https://cdn.openai.com/papers/gpt-4.pdf)]\n"
    )
    assert _titles(text) == [
        (3, "Evolutionary Programming and Gradual Typing in ECMAScript 4"),
        (8, "Safe Cross-Language Inheritance"),
        (15, "GPT-4 Technical Report"),
    ]


def test_books_and_courses_sections_with_qualifiers_hold_no_entries_but_their_papers():
    """``### Course Books`` and ``### Relevant Online Courses``: a book's PDF and a course's
    notes are no entries; an arXiv or DOI paper linked by its title in a course section is
    one (``[Modern applications of machine learning in quantum sciences](arxiv)``)."""
    text = (
        "## Core Learning Materials\n\n### Course Books\n"
        "- Brunton, S. L., & Kutz, J. N. (2022). Data-driven science and engineering."
        " [Free online](https://faculty.washington.edu/sbrunton/DataBookV2.pdf)\n\n"
        "### Relevant Online Courses\n"
        "- Main Reference for ML Basics: [Stanford's Introduction to Machine Learning CS229]"
        "(https://cs229.stanford.edu/main_notes.pdf)\n"
        "- [Modern applications of machine learning in quantum sciences]"
        "(https://arxiv.org/abs/2204.04198)\n\n## Online Courses & Tutorials\n\n"
        "- [Computational Models of Behavior — Wilson & Collins (2019)]"
        "(https://doi.org/10.1038/s41562-019-0732-0) — Essential tutorial on fitting RL models.\n"
    )
    assert [line for line, _ in _titles(text)] == [8, 12]
