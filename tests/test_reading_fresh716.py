"""Round 105 (fresh716-720) and review 959 of round 104: each rule held by a test that fails
on the reader before it; the guards beside them pass on both."""

from __future__ import annotations

from tests.support.reading import reader

_read = reader("line", "title", "year", "code.url")


def test_a_heading_over_one_papers_address_and_its_day_names_it():
    """charystudy: ``### BERT`` over ``- **2019-05-24**`` and ``- https://arxiv.org/pdf/…``:
    one paper's address and its day under a heading that names it (a name: ``### Sabia``, a
    word, is left untitled when no such heading came before); a year before the name (``### 2019 BART``, ``### 202408 EXAONE
    3.0 7.8B``) is no part of it."""
    text = (
        "### BERT\n- **2019-05-24**\n- https://arxiv.org/pdf/1810.04805\n"
        "### 2019 BART\n- **2019-10-29**\n- https://arxiv.org/pdf/1910.13461\n"
        "### 202408 EXAONE 3.0 7.8B\n- **2024-08-07**\n- https://arxiv.org/pdf/2408.03541\n"
    )
    assert [(t, y) for _, t, y, _ in _read(text)] == [
        ("BERT", 2019),
        ("BART", 2019),
        ("EXAONE 3.0 7.8B", 2024),
    ]


def test_a_topics_heading_over_several_addresses_still_names_none():
    """Guard: ``### Transformers`` over two papers' bare addresses is a topic: the entries stay
    untitled."""
    text = (
        "### Transformers\n- https://arxiv.org/abs/1810.04805\n- https://arxiv.org/abs/1910.13461\n"
    )
    assert [t for _, t, _, _ in _read(text)] == ["", ""]


def test_review_959_a_sessions_day_under_its_presenter_dates_no_paper():
    """Review 959 (F1, F3): ``- [Title](arxiv 1706…)`` / ``- Presenter: Jane Doe`` /
    ``- 2021-10-14``, or ``- Last Updated`` over a day: a session's or a list's day, not the
    paper's."""
    text = (
        "### Session 1\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
        "- Presenter: Jane Doe\n- 2021-10-14\n\n"
        "### Session 2\n- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/"
        "1512.03385)\n- *Mark Chen*\n- 2021-10-21\n\n"
        "### This week\n- [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/"
        "2006.11239)\n- Last Updated\n- 2024-03-02\n"
    )
    assert [y for _, _, y, _ in _read(text)] == [None, None, None]


def test_review_959_a_day_years_after_the_arxiv_paper_yields_to_its_heading():
    """Review 959 (F2): under ``## 2014``, ``- *Ian Goodfellow*`` over ``- `2023-05-24` `` with
    an arXiv ID of 2014: the day the list added it; the heading's year stands. A day a year
    after the ID (a later version, ``1605.09782`` and ``2017-04-03``) is still the paper's."""
    text = (
        "## 2014\n\n### GAN\n"
        "- Generative Adversarial Networks [[arXiv]](https://arxiv.org/abs/1406.2661)\n"
        "- *Ian Goodfellow*\n- `2023-05-24`\n\n"
        "## Later\n\n### BiGAN\n"
        "- Adversarial Feature Learning [[arXiv]](https://arxiv.org/abs/1605.09782)\n"
        "- *Jeff Donahue, Philipp Krähenbühl, Trevor Darrell*\n- `2017-04-03`\n"
    )
    assert [y for _, _, y, _ in _read(text)] == [2014, 2017]


def test_review_959_a_calendar_version_under_the_author_is_no_day():
    """Review 959 (F4): ``- `2024.1.1` `` under ``- *Matthew Rocklin*``: a version number."""
    text = (
        "- Dask: Parallel Computation with Blocked algorithms and Task Scheduling "
        "[[pdf]](https://conference.scipy.org/proceedings/scipy2015/pdfs/matthew_rocklin.pdf)\n"
        "- *Matthew Rocklin*\n- `2024.1.1`\n"
    )
    assert [y for _, _, y, _ in _read(text)] == [None]


def test_review_959_a_toolkits_page_for_a_paper_labelled_as_its_code_is_code():
    """Review 959 (F5, F6): ``[[Implementation]](…/blob/main/papers/resnet.md)``,
    ``[[代码]](…)``, ``[[Implementation]](…/blob/main/2106.09685.md)``: pages of a toolkit or
    a reproductions repository, labelled as the paper's code."""
    kit = "https://github.com/acme-ml/visionkit/blob/main/papers/"
    rep = "https://github.com/acme-ml/reproductions/blob/main/2106.09685.md"
    text = (
        "- Deep Residual Learning for Image Recognition [[arXiv]](https://arxiv.org/abs/1512.03385)"
        f" [[Implementation]]({kit}resnet.md)\n"
        "- Masked Autoencoders Are Scalable Vision Learners [[arXiv]](https://arxiv.org/abs/2111."
        f"06377) [[代码]]({kit}mae.md)\n"
        "- LoRA: Low-Rank Adaptation of Large Language Models [[arXiv]](https://arxiv.org/abs/"
        f"2106.09685) [[Implementation]]({rep})\n"
    )
    assert [c for _, _, _, c in _read(text)] == [f"{kit}resnet.md", f"{kit}mae.md", rep]


def test_review_960_a_topic_over_one_address_and_titled_papers_keeps_them_all():
    """Review 960 (F1, F2): ``### Graph Transformers`` over one bare address and two titled
    papers with a venue below each keeps three entries, the address untitled; a heading over
    one address and no day is a topic too."""
    text = (
        "### Graph Transformers\n- https://arxiv.org/abs/2012.09699\n"
        "- [Do Transformers Really Perform Bad for Graph Representation?](https://arxiv.org/abs/"
        "2106.05234)\n  - NeurIPS 2021\n"
        "- [Recipe for a General, Powerful, Scalable Graph Transformer](https://arxiv.org/abs/"
        "2205.12454)\n  - NeurIPS 2022\n\n"
        "## Registration\n- https://arxiv.org/abs/1809.05231\n"
    )
    assert [t for _, t, _, _ in _read(text)] == [
        "",
        "Do Transformers Really Perform Bad for Graph Representation?",
        "Recipe for a General, Powerful, Scalable Graph Transformer",
        "",
    ]


def test_review_960_a_section_word_or_a_year_and_topic_over_a_dated_address_is_no_title():
    """Review 960 (F3, F4): ``### Introduction`` or ``### 2024 Survey`` over a day and one
    address: a section, not the paper's name."""
    text = (
        "### Introduction\n- 2021-03-01\n- https://arxiv.org/abs/2103.00020\n\n"
        "### 2024 Survey\n- 2019-05-02\n- https://arxiv.org/abs/1905.00001\n"
    )
    titles = [t for _, t, _, _ in _read(text)]
    assert "Introduction" not in titles and "Survey" not in titles


def test_review_960_an_authors_label_or_a_dotted_day_on_an_arxiv_paper_still_dates_it():
    """Review 960 (F6): ``- Author: Ricky T. Q. Chen`` over ``- `2018-06-19` ``, and
    ``- `2017.6.12` `` under Vaswani et al. on arXiv 1706: both days are the papers'."""
    text = (
        "### ODE\n- Neural Ordinary Differential Equations [[arXiv]](https://arxiv.org/abs/"
        "1806.07366)\n- Author: Ricky T. Q. Chen\n- `2018-06-19`\n\n"
        "### Transformer\n- Attention Is All You Need [[arXiv]](https://arxiv.org/abs/1706.03762)"
        "\n- *Ashish Vaswani, Noam Shazeer, Niki Parmar*\n- `2017.6.12`\n"
    )
    assert [y for _, _, y, _ in _read(text)] == [2018, 2017]


def test_review_960_a_venue_and_year_under_one_author_with_no_day_still_dates_it():
    """A place and year under one author (``* `University of Copenhagen 2018` ``) is no day:
    the venue reading dates it, and the day's reading is not asked."""
    text = (
        "* Inference and Learning in Deep Generative Models [[pdf]](http://www2.bio.ku.dk/"
        "bibliotek/phd/sonderby.pdf)\n* Casper Kaae Sønderby\n* `University of Copenhagen 2018`\n"
    )
    assert [y for _, _, y, _ in _read(text)] == [2018]


def test_a_references_key_the_list_counts_up_is_no_venues_year():
    """flPapers: ``[IN8] [Title](./pdf)`` ... ``[IN10] [Title](./pdf)``: keys the list counts
    up (one digit, then two) are running numbers, not a venue's year glued on."""
    text = "".join(
        f"[IN{n}] [A Paper Title About Federated Learning Number {n}](./Incentives/{n}.pdf)\n\n"
        f"What paper {n} does.\n\n"
        for n in (8, 9, 10, 11)
    )
    assert [y for _, _, y, _ in _read(text)] == [None, None, None, None]


def test_citation_keys_that_all_end_in_two_digits_are_years():
    """Guard: ``[SC15] [Title](pdf)`` and ``[RR16] [Title](pdf)``, a security list's keys of
    letters and a year: they date their papers."""
    text = (
        "- [SC15] [Scientific Benchmarking of Parallel Computing Systems](https://dl.acm.org/doi/"
        "10.1145/2807591.2807644)\n"
        "- [RR16] [Faster Malicious Two-Party Secure Computation](https://eprint.iacr.org/2016/"
        "632.pdf)\n"
    )
    assert [y for _, _, y, _ in _read(text)] == [2015, 2016]
