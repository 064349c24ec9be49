"""Rounds 110 (fresh741-745) and 111 (fresh746-749): each rule held by a test that fails on
the reader before it; the guards beside them pass on both."""

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


def test_a_date_on_the_items_own_line_beats_years_its_notes_name():
    """noooop's reading list: ``- Fri, 31 Mar 2017 [Title](arXiv)`` over nested notes naming
    ``CuratedTREC 2015`` or ``DrQA 2017``: the entry's year is its own line's date."""
    text = (
        "- Fri, 31 Mar 2017 [Reading Wikipedia to Answer Open-Domain Questions](https://arxiv.org/abs/1704.00051)\n"
        "  - Experimental Setup:\n    - (WebQuestions 2013(WQ), CuratedTREC 2015(TREC), SQuAD v1.1 2016)\n"
        "- Thu, 22 Aug 2019 [Multi-passage BERT: A Globally Normalized BERT Model](https://arxiv.org/abs/1908.08167)\n"
        "  - Builds on DrQA 2017 and BERTserini.\n"
    )  # fmt: skip
    assert [y for _, _, y, _, _ in _read(text)] == [2017, 2019]


def test_a_venue_year_on_the_items_own_line_still_beats_its_date():
    """Guard: ``- 2023-05-01 [Title](url) (ICLR 2024)`` over notes: the venue's year on the
    entry's own line is kept, as before."""
    text = (
        "- 2023-05-01 [A Paper About Retrieval Models](https://openreview.net/forum?id=abc) (ICLR 2024)\n"
        "  - compares with DPR 2020\n"
    )  # fmt: skip
    assert [y for _, _, y, _, _ in _read(text)] == [2024]


def test_a_date_inside_a_title_heading_is_no_lead_date():
    """Guard: ``### Attribution Of The 2018 October to December Drought ...`` over its
    ``**Journal:** ... (2020-01-01)`` line: the journal's date, not the title's words."""
    text = (
        "### Attribution Of The 2018 October–December Drought Over South Southern Africa\n\n"
        "**Authors:** Shingirai Nangombe, Tianjun Zhou\n"
        "**Journal:** Bulletin of the American Meteorological Society (2020-01-01)\n"
        "**DOI:** [10.1175/bams-d-19-0179.1](https://doi.org/10.1175/bams-d-19-0179.1)\n"
    )
    assert [y for _, _, y, _, _ in _read(text)] == [2020]


_SEARCHED = (
    "## {n}. {title}\n\n**Authors:** Yijun Yang, Zhao-Yang Wang\n\n"
    "**Year:** 2025 | **Venue:** ICCV 2025 | **Citations:** N/A | **Score:** 0.699\n\n"
    "[PDF](https://openaccess.thecvf.com/content/ICCV2025/papers/{n}.pdf) | > {abstract}\n\n---\n\n"
)


def test_an_abstract_quoted_after_the_pdf_link_under_a_title_heading_is_no_title():
    """pc-md's search dump: ``## 1. Title`` over authors, a ``**Year:** … | **Venue:** …``
    line and ``[PDF](url) | > Providing effective treatment ...``: the heading titles the
    paper, the quoted text after the link is its abstract."""
    text = "# Research Papers: medical world models\n\n---\n\n" + "".join(
        _SEARCHED.format(n=n, title=t, abstract=a)
        for n, t, a in (
            (1, "Medical World Model", "Providing effective treatment is an essential goal."),
            (2, "CheXWorld: Exploring Image World Modeling", "Humans can develop world models."),
        )
    )
    assert [(t, y) for _, t, y, _, _ in _read(text)] == [
        ("Medical World Model", 2025),
        ("CheXWorld: Exploring Image World Modeling", 2025),
    ]


def test_a_bold_name_or_another_papers_link_under_a_paper_heading_still_opens_its_entry():
    """Guard (review 965): under ``### [Title](url)``, ``**Improved DDPM** by Nichol &
    Dhariwal, 2021`` over its ``[paper](url)``, ``**Consistency Models** (ICML 2023)`` after
    a note, and a line linking another paper before the heading's (``[Improved DDPM](b), ICML
    2021, a version of [DDPM](a)``) are papers of their own; the heading keeps no year of
    theirs."""
    text = (
        "## Diffusion\n\n### [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239)\n\n"
        "**Improved DDPM** by Nichol & Dhariwal, 2021\n\n"
        "[paper](https://arxiv.org/abs/2102.09672) | [code](https://github.com/openai/improved-diffusion)\n\n"
        "### [Score-Based Generative Modeling through SDEs](https://arxiv.org/abs/2011.13456)\n\n"
        "Yang Song et al., ICLR 2021. [code](https://github.com/yang-song/score_sde)\n\n"
        "**Note:** see also the follow-up below.\n\n**Consistency Models** (ICML 2023)\n\n"
        "[arXiv](https://arxiv.org/abs/2303.01469)\n\n"
        "### [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n\n"
        "[Improved Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2102.09673), ICML "
        "2021, an improved version of [the Transformer](https://arxiv.org/abs/1706.03762).\n"
    )  # fmt: skip
    assert [(t, y, i) for _, t, y, i, _ in _read(text)] == [
        ("Denoising Diffusion Probabilistic Models", None, "2006.11239"),
        ("Improved DDPM", 2021, "2102.09672"),
        ("Score-Based Generative Modeling through SDEs", 2021, "2011.13456"),
        ("Consistency Models", 2023, "2303.01469"),
        ("Attention Is All You Need", None, "1706.03762"),
        ("Improved Denoising Diffusion Probabilistic Models", 2021, "2102.09673"),
    ]


def test_links_to_a_papers_other_material_are_no_dated_papers_of_their_own():
    """Guard (review 965): ``- [Title](a), 2019; [Extended journal version](b), 2021`` and
    ``[Slides From The Talk](doi), 2019`` name the paper's other material, not papers."""
    text = (
        "- [Learning to parse database queries](https://arxiv.org/abs/1704.00001), 2019; "
        "[Extended journal version](https://arxiv.org/abs/1704.00002), 2021\n"
        "- Smith et al.: [Learning to parse database queries](https://arxiv.org/abs/1704.00003), 2019; "
        "[Slides From The Talk](https://doi.org/10.5281/zenodo.123), 2019\n"
    )
    assert [t for _, t, _, _, _ in _read(text)] == ["Learning to parse database queries"] * 2


def test_a_quoted_head_that_the_title_goes_on_from_is_kept_whole():
    """bzreinhardt and three corpus lists: ``“Why Should I Trust You?” Explaining the
    Predictions of Any Classifier``, ``"Lossless" Compression of Deep Neural Networks: ...``:
    a quoted head the title goes on from (a capitalised word, then ``of``, ``the``...) is no
    whole quoted title."""
    text = (
        "* “Why Should I Trust You?” Explaining the Predictions of Any Classifier, "
        "[paper](https://arxiv.org/abs/1602.04938)\n"
        '* ["Lossless" Compression of Deep Neural Networks: A High-dimensional Neural Tangent '
        "Kernel Approach](https://openreview.net/forum?id=NaW6T93F34m)\n"
    )
    assert [t for _, t, _, _, _ in _read(text)] == [
        "“Why Should I Trust You?” Explaining the Predictions of Any Classifier",
        '"Lossless" Compression of Deep Neural Networks: A High-dimensional Neural Tangent Kernel Approach',
    ]


def test_a_quoted_title_before_its_venue_or_authors_is_still_the_title():
    """Guard: ``"Aod-net: All-in-one dehazing network." Proceedings of the IEEE ...``,
    ``"Deep Learning for Graphs" Journal of Machine Learning Research`` and ``"Attention Is
    All You Need" NeurIPS 2017``: the quote holds the whole title."""
    text = (
        '- "Aod-net: All-in-one dehazing network." Proceedings of the IEEE International '
        "Conference on Computer Vision. [paper](https://arxiv.org/abs/1707.06543)\n"
        '- "Deep Learning for Graphs and Trees" Journal of Machine Learning Research '
        "[paper](https://arxiv.org/abs/1707.06544)\n"
        '- "Attention Is All You Need" NeurIPS 2017 [paper](https://arxiv.org/abs/1706.03762)\n'
    )
    assert [t for _, t, _, _, _ in _read(text)] == [
        "Aod-net: All-in-one dehazing network",
        "Deep Learning for Graphs and Trees",
        "Attention Is All You Need",
    ]


def test_month_headings_most_papers_came_months_before_are_reading_months():
    """patrick-llgc's notes (round 113): ``## 2024-02 (2)`` over papers whose arXiv IDs are
    mostly from months before it is the month they were read: it dates none of them."""
    ids = ("2306.16927", "2402.12289", "2310.01412", "2312.14150", "2309.17080", "2311.13549")
    text = "# Paper notes\n\n## 2024-02 (2)\n" + "".join(
        f"- [A Paper About Driving Number {n}](https://arxiv.org/abs/{i}) [[Notes](paper_notes/x{n}.md)]\n"
        for n, i in enumerate(ids)
    )  # fmt: skip
    assert [y for _, _, y, _, _ in _read(text)] == [None] * len(ids)


def test_month_headings_of_the_papers_own_months_still_date_them():
    """Guard: ``## 2024-02`` over papers announced that month or the one before (an arXiv
    digest) dates them, as before."""
    ids = ("2402.12289", "2402.15391", "2401.11502", "2402.08268")
    text = "# Digest\n\n## 2024-02\n" + "".join(
        f"- [A Paper About Driving Number {n}](https://arxiv.org/abs/{i})\n"
        for n, i in enumerate(ids)
    )
    assert [y for _, _, y, _, _ in _read(text)] == [2024] * len(ids)


def test_a_reading_lists_year_in_its_title_dates_none_of_its_papers():
    """sidgairo18: ``# Paper Reading List (2023)`` over a 2022 paper: the year it was read."""
    text = (
        "# Paper Reading List (2023)\n\n## Object Detection\n"
        "1. [DINO: DETR with Improved DeNoising Anchor Boxes](https://arxiv.org/pdf/2203.03605.pdf)\n"
        "2. [DETR: End-to-End Object Detection with Transformers](https://arxiv.org/pdf/2005.12872.pdf)\n"
    )
    assert [y for _, _, y, _, _ in _read(text)] == [None, None]


def test_a_link_with_a_space_before_its_address_is_read_as_meant():
    """sidgairo18: ``9. [Object-Centric Slot Diffusion (2023) ] (https://arxiv.org/abs/…)``:
    a space between the text and the address (no link to GitHub) still titles the entry; a
    bare citation number so written (``[1] (url)``) is no title."""
    text = (
        "1. [Object-Centric Slot Diffusion (2023) ] (https://arxiv.org/abs/2303.10834) :red_square:\n"
        "2. [1] (https://arxiv.org/abs/2303.10837)\n"
    )
    assert [(t, y, i) for _, t, y, i, _ in _read(text)] == [
        ("Object-Centric Slot Diffusion", 2023, "2303.10834")
    ]


def test_an_anonymised_repository_is_code_whatever_its_label():
    """paperlist-automl_llm: ``[[project](https://anonymous.4open.science/r/bora-the-explorer)]``
    links the paper's code, anonymised for a blind review."""
    text = (
        "7. **Language-Based Bayesian Optimization Research Assistant (BORA).** *Abdoulatif "
        "Cissé, Xenophon Evangelopoulos.*[[pdf](https://arxiv.org/abs/2501.16224)],"
        "[[project](https://anonymous.4open.science/r/bora-the-explorer)]\n"
    )
    assert _read(text)[0][4] == "https://anonymous.4open.science/r/bora-the-explorer"


def test_a_papers_folder_page_named_as_the_title_is_the_lists_notes_not_the_paper():
    """HPC-Paper-Notes: ``[GAIL: The Graph Algorithm Iron Law](papers/The-Graph-Algorithm-Iron-Law)``
    names its note folder by the title's words: the list's notes, no paper kept; the same
    list's ``[Kokkos: ...](https://www.osti.gov/servlets/purl/1106586)`` is an OSTI full text."""
    text = (
        "1. [GAIL: The Graph Algorithm Iron Law](papers/The-Graph-Algorithm-Iron-Law)\n"
        "2. [Whippletree: Task-based Scheduling of Dynamic Workloads on the GPU]"
        "(papers/Whippletree:Task-based-Scheduling-of-Dynamic-Workloads-on-the-GPU)\n"
        "3. [Kokkos: Enabling manycore performance portability through polymorphic memory access "
        "patterns](https://www.osti.gov/servlets/purl/1106586)\n"
    )
    assert [t for _, t, _, _, _ in _read(text)] == [
        "Kokkos: Enabling manycore performance portability through polymorphic memory access patterns"
    ]


def test_a_paper_kept_under_a_venue_named_file_is_still_the_paper():
    """Guard: ``[Towards reliable named entity recognition in the biomedical domain](./paper/
    Bioinformatics-2019_Towards_reliable_named_entity_recognition_in_the_biomedical_domain)``
    (fresh36) names the file by its venue and year too: the paper kept, as before."""
    text = (
        ">#### Bioinformatics, xx(xx): [Towards reliable named entity recognition in the biomedical "
        "domain](./paper/Bioinformatics-2019_Towards_reliable_named_entity_recognition_in_the_biomedical_domain)\n"
    )
    assert [t for _, t, _, _, _ in _read(text)] == [
        "Towards reliable named entity recognition in the biomedical domain"
    ]


def test_a_quoted_title_over_three_words_before_a_venue_of_words_is_still_the_title():
    """Guard (review 967): ``"Deep Learning for Graph Matching Problems" Workshop on Graph
    Learning, 2019.``, ``... Findings of the Association for Computational Linguistics``: a
    quoted title of more than three words is the title, whatever words follow it."""
    text = (
        '- "Deep Learning for Graph Matching Problems" Workshop on Graph Learning, 2019. '
        "[paper](https://arxiv.org/abs/1901.00001)\n"
        '- "Sparse Attention for Long Document Parsing" Findings of the Association for '
        "Computational Linguistics, 2021. [paper](https://arxiv.org/abs/2101.00002)\n"
    )
    assert [t for _, t, _, _, _ in _read(text)] == [
        "Deep Learning for Graph Matching Problems",
        "Sparse Attention for Long Document Parsing",
    ]


def test_a_topic_heading_that_says_reading_or_a_month_with_words_still_dates_its_papers():
    """Guard (review 967): ``## Machine Reading Comprehension (2018)`` names a topic, not a
    reading list; ``## 2023-12 (Neural Information Processing Systems)`` is a venue's month,
    not the month papers were read: both date their papers as before."""
    text = (
        "# NLP Papers\n\n## Machine Reading Comprehension (2018)\n\n"
        "- [A Paper About Reading Number Two](https://arxiv.org/abs/1805.00002)\n"
        "- [A Paper About Reading Number Three](https://arxiv.org/abs/1805.00003)\n\n"
        "## 2023-12 (Neural Information Processing Systems)\n\n"
        + "".join(f"- [A Paper About Speech Number {n}](https://arxiv.org/abs/2305.0000{n})\n" for n in range(4))
    )  # fmt: skip
    assert [y for _, _, y, _, _ in _read(text)] == [2018, 2018, 2023, 2023, 2023, 2023]
