"""What the review of the round-70 fixes (helper-818) found, each held by a test that fails
on the reader of a1ee442."""

from __future__ import annotations

from pipeline.formats.unplaced import REASON
from pipeline.parse import parse_text
from tests.support.reading import reader

_read = reader("line", "title", "year", "code")


def test_a_bare_address_takes_no_title_from_the_item_above():
    """Items above a bare address are notes, categories or authors as often as titles
    (``- Must Read For Beginners`` then ``- https://arxiv.org/abs/…``): the address stays
    an untitled entry."""
    text = (
        "## Transformers\n\n- Must Read For Beginners\n- https://arxiv.org/abs/2303.18223\n"
        "- Work In Progress\n- https://arxiv.org/abs/2307.09288\n"
    )
    assert [(line, title) for line, title, _, _ in _read(text)] == [(4, ""), (6, "")]


def test_an_ieee_doi_is_no_second_arxiv_paper_under_a_heading():
    """``### Title`` over its arXiv link, its journal DOI (``TPAMI.2022.3152247`` looks like
    an arXiv ID) and its code: one paper, titled and with its code."""
    text = (
        "## Surveys\n\n### A Survey on Vision Transformer\n"
        "- https://arxiv.org/abs/2012.12556\n- https://doi.org/10.1109/TPAMI.2022.3152247\n"
        "- https://github.com/huawei-noah/Efficient-AI-Backbones\n"
    )
    ((line, title, _, code),) = _read(text)
    assert (line, title) == (3, "A Survey on Vision Transformer")
    assert code.url == "https://github.com/huawei-noah/Efficient-AI-Backbones"


def test_proceedings_books_and_volumes_written_bare_are_no_entries():
    """A proceedings volume's DOI, a book, a journal's volume or issue page."""
    text = (
        "## Papers\n\n- [A Paper Title About Learning](https://arxiv.org/abs/2301.00001)\n\n"
        "## Venues we follow\n\n"
        "- https://dl.acm.org/doi/proceedings/10.1145/3576915\n"
        "- https://link.springer.com/book/10.1007/978-3-031-19775-8\n"
        "- https://link.springer.com/journal/11263/volumes-and-issues/131-1\n"
        "- https://www.jmlr.org/papers/volume24/\n"
    )
    assert "" not in [title for _, title, _, _ in _read(text)]


def test_numbered_versions_under_a_bold_title_they_restate_stay_one_entry():
    """``**Generative Adversarial Networks**`` over ``[1] … (conference version)`` and
    ``[2] … (arXiv version)``: one paper, though no venue or year is written."""
    text = (
        "- **Generative Adversarial Networks** <br>\n"
        "  [1] [Generative Adversarial Nets (conference version)](https://papers.nips.cc/paper/5423-generative-adversarial-nets) <br>\n"
        "  [2] [Generative Adversarial Networks (arXiv version)](https://arxiv.org/abs/1406.2661) <br>\n"
    )
    assert [title for _, title, _, _ in _read(text)] == ["Generative Adversarial Networks"]


def test_a_long_note_with_a_year_after_the_byline_is_no_title():
    """``**Oral presentation at the 2020 annual meeting**``, ``_PhD dissertation, …,
    2018_``, ``_npj Comput. Mater_`` are notes and venues, not titles; ``_Title, 2021_``
    loses its year."""
    text = (
        "- **Reformer**. Nikita Kitaev, Lukasz Kaiser, Anselm Levskaya, **Oral presentation at"
        " the 2020 annual meeting** [paper](https://arxiv.org/abs/2001.04451)\n"
        "- Jane Doe, John Smith. _PhD dissertation, University of Toronto, 2018_. [pdf](https://arxiv.org/abs/2101.00103)\n"
        "- Jane Doe, John Smith. _npj Comput. Mater_. [pdf](https://doi.org/10.1038/s41524-021-00559-9)\n"
        "- Jane Doe, John Smith. _Physics-Informed Neural Networks: A Review, 2021_. [pdf](https://arxiv.org/abs/2101.00107)\n"
    )
    titles = [title for _, title, _, _ in _read(text)]
    assert titles[0] == "Reformer"
    assert not any(t.startswith(("PhD dissertation", "npj")) for t in titles)
    assert titles[3] == "Physics-Informed Neural Networks: A Review"


def test_definitions_under_a_title_a_date_or_a_week():
    """kramdown: ``: - Authors`` under a bold title stays its fields; ``: [Title](url)``
    under a date and ``: 2. [Title](url)`` under ``Week 1`` are papers of their own."""
    text = (
        "## Papers\n\n**Deep Residual Learning for Image Recognition**\n"
        ": - Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun\n  - CVPR 2016\n"
        "  - [pdf](https://arxiv.org/abs/1512.03385) [code](https://github.com/KaimingHe/deep-residual-networks)\n\n"
        "Feb. 13, Thu\n: [Densely Connected Convolutional Networks](https://arxiv.org/abs/1608.06993), CVPR 2017\n\n"
        "Week 1\n: 2. [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
    )
    assert [title for _, title, _, _ in _read(text)] == [
        "Deep Residual Learning for Image Recognition",
        "Densely Connected Convolutional Networks",
        "Attention Is All You Need",
    ]


def test_a_lost_paper_above_a_rule_is_still_reported_and_notes_titles_date_nothing():
    """A ``---`` under a list item is a rule, not a heading's underline: the paper lost on
    that item's line is reported; ``# cvpr2023-papers`` dates its entries."""
    text = (
        "## More\n\n- [Deep Residual Learning](https://arxiv.org/abs/1512.03385)\n"
        "    -     - [Mask R-CNN](https://arxiv.org/abs/1703.06870)\n---\n"
    )
    assert [u.line for u in parse_text(text, "l.md").unread if u.reason == REASON] == [4]
    dated = "# cvpr2023-papers\n\n## Detection\n\n- [A Paper Title About Detection](https://arxiv.org/abs/2303.00001)\n"
    assert _read(dated)[0][2] == 2023


def test_a_long_line_after_a_bare_address_is_read_in_linear_time():
    """``- https://doi.org/… . . . …`` (200 kB on one line) took minutes; now milliseconds."""
    text = "## Papers\n\n- https://doi.org/10.1109/CVPR.2016.92" + " ." * 100_000 + "x\n"
    assert parse_text(text + "- [A Paper Title](https://arxiv.org/abs/2301.00001)\n", "l.md")
