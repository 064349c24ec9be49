"""What the review of round 69 (helper-816) found its rules did to other shapes, each held
by a test that fails on the reader of 1739fcd (the round's rules as first written)."""

from __future__ import annotations

from tests.support.reading import offline_rules, reader

_read = reader("line", "title", "year", "code")


def test_a_heading_over_one_papers_addresses_and_code_is_that_papers_title():
    """``### Title`` over its arXiv and proceedings addresses and its code, or over its
    abstract and PDF: one paper, titled by the heading; not two untitled entries."""
    text = (
        "## Papers\n\n### Attention Is All You Need\n"
        "- https://arxiv.org/abs/1706.03762\n"
        "- https://proceedings.neurips.cc/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html\n"
        "- https://github.com/tensorflow/tensor2tensor\n\n"
        "### Segment Anything\n- https://arxiv.org/abs/2304.02643\n"
        "- https://arxiv.org/pdf/2304.02643.pdf\n"
    )
    got = [(line, title) for line, title, _, _ in _read(text)]
    assert got == [(3, "Attention Is All You Need"), (8, "Segment Anything")]
    assert "duplicate-entry" not in offline_rules(text)


def test_index_pages_written_bare_are_no_entries():
    """Bare addresses of proceedings, tables of contents and volumes name no paper."""
    text = (
        "## Papers\n\n- [A Paper Title About Learning](https://arxiv.org/abs/2301.00001)\n\n"
        "## Venues\n\n"
        "- https://proceedings.neurips.cc/paper/2023\n"
        "- https://dl.acm.org/toc/csur/2023/55/1\n"
        "- https://aclanthology.org/volumes/2023.acl-long/\n"
        "- https://proceedings.mlr.press/v202/\n"
        "- https://petsymposium.org/popets/2024/\n"
    )
    assert [line for line, *_ in _read(text)] == [3]


def test_a_bold_venue_or_award_after_the_byline_is_no_title():
    """``**Reformer**. Names, **ICLR 2020 (Oral)** [paper](url)``: the second bold is the
    venue, so the bold name stays the title and the year is read."""
    text = (
        "- **Reformer**. Nikita Kitaev, Lukasz Kaiser, Anselm Levskaya, **ICLR 2020 (Oral)**"
        " [paper](https://arxiv.org/abs/2001.04451)\n"
        "- **Linformer**. Sinong Wang, Belinda Li, Madian Khabsa, **Best Paper Honorable"
        " Mention** [paper](https://arxiv.org/abs/2006.04768)\n"
    )
    assert [(t, y) for _, t, y, _ in _read(text)] == [("Reformer", 2020), ("Linformer", None)]


def test_numbered_lines_under_an_items_own_paper_do_not_replace_it():
    """An item that links its own paper (and code) above numbered follow-ups or versions
    stays one entry; only an item whose other lines link nothing splits."""
    text = (
        "- **Generative Adversarial Networks** (NeurIPS 2014) <br>\n"
        "  [1] [Generative Adversarial Nets (conference version)](https://papers.nips.cc/paper/5423-generative-adversarial-nets) <br>\n"
        "  [2] [Generative Adversarial Networks (arXiv version)](https://arxiv.org/abs/1406.2661) <br>\n"
        "  Code: [goodfeli/adversarial](https://github.com/goodfeli/adversarial)\n"
    )
    (entry,) = _read(text)
    assert entry[1:3] == ("Generative Adversarial Networks", 2014)
    assert entry[3].url == "https://github.com/goodfeli/adversarial"


def test_an_italic_journal_before_a_titled_link_is_no_title():
    """``Names. _Pattern Recognition_. [Title](doi)``: the italics are not the title (the
    link names the paper), nor is an italic journal alone (``_IEEE Access_``)."""
    text = (
        "- Jane Doe, John Smith. _Pattern Recognition_. [Learning Robust Features with"
        " Contrastive Pretraining](https://doi.org/10.1016/j.patcog.2021.108000)\n"
        "- Jane Doe, John Smith. _Neural Computation_. [pdf](https://doi.org/10.1000/x1815)\n"
        "- Jane Doe, John Smith. _IEEE Access_. [pdf](https://doi.org/10.1000/x4344)\n"
    )
    titles = [t for _, t, _, _ in _read(text)]
    assert not {"Pattern Recognition", "Neural Computation", "IEEE Access"} & set(titles)


def test_bare_addresses_in_a_section_of_their_own_are_not_missing_titles():
    """A titled list's ``## See also`` of bare addresses: the section gives no titles, so
    none is missing; and a workshop sentence after an acronym (``NLP.``) is still cut."""
    titled = "".join(
        f"- [A Paper Title Number {k}](https://arxiv.org/abs/2301.0000{k})\n" for k in range(1, 10)
    )
    text = (
        "## Papers\n\n" + titled + "\n## See also\n\n"
        "- https://doi.org/10.1109/TPAMI.2022.3152247\n- https://doi.org/10.1145/3505244\n"
    )
    assert "missing-field" not in offline_rules(text)
    cut = reader("title")(
        "- [Proceedings of the First Workshop on Trustworthy NLP. Workshop on Trustworthy"
        " Natural Language Processing](https://aclanthology.org/2021.trustnlp-1.0/)\n"
        "- [Another Paper About Learning Things](https://arxiv.org/abs/2301.00009)\n"
    )
    assert cut[0] == ("Proceedings of the First Workshop on Trustworthy NLP",)


def test_a_bare_address_with_its_number_label_or_year():
    """``- [1] DOI: https://doi.org/… (2019)`` is still a bare address (dated); one under a
    ``- Title`` item stays untitled (pairing them gave every next paper its title when a
    list writes the address first, helper-818)."""
    text = (
        "## Grain boundaries\n\n"
        "- https://doi.org/10.1103/PhysRevB.99.144101 (2019)\n"
        "- [1] DOI: https://doi.org/10.1016/j.actamat.2019.09.030\n\n"
        "## Vision\n\n"
        "- Deep Residual Learning for Image Recognition\n"
        "- https://doi.org/10.1109/CVPR.2016.90\n"
    )
    assert [(line, title, year) for line, title, year, _ in _read(text)] == [
        (3, "", 2019),
        (4, "", None),
        (9, "", None),
    ]


def test_an_item_of_an_empty_link_is_no_bare_address():
    """``- []()`` (a template's empty link) is nothing to read, not a crash."""
    text = (
        "## Papers\n\n- []()\n- [A Paper Title About Learning](https://arxiv.org/abs/2301.00001)\n"
    )
    assert [line for line, *_ in _read(text)] == [4]
