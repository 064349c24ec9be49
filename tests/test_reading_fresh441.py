"""Layouts first seen in the fresh441-448 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from pipeline.formats.tables import table_roles
from pipeline.parse import parse_text
from tests.support.reading import reader

_titles = reader("title")
_read = reader("title", "year", "venue")


def _papers(text: str) -> list[tuple[str, str | None]]:
    entries = parse_text(text, "l.md").entries
    return [(e.title, e.paper.url if e.paper else None) for e in entries]


def test_chinese_headers_name_the_title_short_name_and_venue_columns():
    """``| 简称 | 论文题目 | 出处(年份) |`` and ``| 文献 |``: the title column is the one
    the header calls the paper's title (not the name column before it, nor a task column);
    a note in brackets (``One-liner (survey-derived)``) does not give a header its role."""
    assert table_roles(["", "简称", "论文题目", "出处(年份)", "推荐值"]) == [
        None,
        "short",
        "title",
        "venue",
        None,
    ]
    assert table_roles(["Paper", "Venue", "One-liner (survey-derived)", "arXiv"])[2] is None
    text = (
        "| 年份 / Venue | 任务 | 文献 | 入口 |\n"
        "|---|---|---|---|\n"
        "| 2022<br>ICASSP 2022 | Speech Enhancement | Conditional Diffusion Probabilistic Model"
        " for Speech Enhancement | [paper](https://arxiv.org/abs/2202.05256) |\n"
    )
    assert _titles(text) == [("Conditional Diffusion Probabilistic Model for Speech Enhancement",)]


def test_apa_authors_wrapped_onto_their_own_line_are_no_title():
    """``Qin, Y., ..., & Ye, M. (2022).`` on one line and ``Bar transformer: ... Applied
    Intelligence, 1-19.`` on the next: the citation's title, without its venue; one author
    (``Peracha, O. (2019). Title. arXiv preprint arXiv:1911.11775.``) too."""
    text = (
        "1. Bar Transformer\n"
        "   - Qin, Y., Xie, H., Ding, S., Tan, B., Li, Y., Zhao, B., & Ye, M. (2022). \n"
        "   Bar transformer: a hierarchical model for learning long-term structure. Applied"
        " Intelligence, 1-19.\n"
        "   [Paper](https://link.springer.com/article/10.1007/s10489-022-04049-3)\n"
        "2. Museformer\n"
        "   - Yu, B., Lu, P., Wang, R., ... & Liu, T. Y. (2022). \n"
        "   Museformer: Transformer with Fine-and Coarse-Grained Attention for Music Generation."
        " NIPS 2022.\n"
        "   [Paper](https://openreview.net/forum?id=GFiqdZOm-Ei)\n"
        "3. TonicNet\n"
        "   - Peracha, O. (2019). Improving polyphonic music models with feature-rich encoding."
        " arXiv preprint arXiv:1911.11775.\n"
        "   [Paper](https://arxiv.org/abs/1911.11775)\n"
    )
    assert _titles(text) == [
        ("Bar transformer: a hierarchical model for learning long-term structure",),
        ("Museformer: Transformer with Fine-and Coarse-Grained Attention for Music Generation",),
        ("Improving polyphonic music models with feature-rich encoding",),
    ]


def test_a_book_labelled_link_is_no_paper_but_a_chapter_or_an_article_is():
    """``[Book Digital Copy](springer.com/book/...)`` links a book: no entry. A title that
    starts with "Book" stays a paper link, and so does ``[book]`` on an article's page."""
    text = (
        "- Müller, M. (2015). Fundamentals of music processing. Springer.\n"
        "  [Book Digital Copy](https://link.springer.com/book/10.1007/978-3-319-21945-5)\n"
        "- Cope, D. (2000). The algorithmic composer (Vol. 16). AR Editions, Inc..\n"
        "  [Book Digital Copy](https://api.pageplace.de/preview/DT0400.9780190227005_A35478151/preview-9780190227005_A35478151.pdf)\n"
        "- [Book of Meta-Learning](https://library.oapen.org/bitstream/handle/1/1007149.pdf)\n"
        "- **Scientific machine learning through physics-informed neural networks.** Beyond"
        " Traditional AI, 2022. [book](https://link.springer.com/article/10.1007/s10915-022-01939-z)\n"
    )
    assert _papers(text) == [
        (
            "Book of Meta-Learning",
            "https://library.oapen.org/bitstream/handle/1/1007149.pdf",
        ),
        (
            "Scientific machine learning through physics-informed neural networks",
            "https://link.springer.com/article/10.1007/s10915-022-01939-z",
        ),
    ]


def test_bold_words_inside_a_title_are_part_of_it():
    """``A Surprisingly Effective **Perimeter-based Loss** for ...``: emphasis inside the
    title, not a name and the rest.
    Bold numbers in a sentence stay prose; a bold title followed by a capitalised note or by
    ``with code`` keeps its old reading."""
    text = (
        "- A Surprisingly Effective **Perimeter-based Loss** for Medical Image Segmentation"
        " [paper](https://openreview.net/forum?id=NDEmtyb4cXu)\n"
        "- A persistent homology-based **topological loss** function for multi-class CNN"
        " segmentation [arxiv](https://arxiv.org/abs/2008.09585)\n"
        "- **Training Compute-Optimal Large Language Models** for DeepMind Chinchilla"
        " [[paper]](https://arxiv.org/abs/2203.15556)\n"
    )
    assert _titles(text) == [
        ("A Surprisingly Effective Perimeter-based Loss for Medical Image Segmentation",),
        ("A persistent homology-based topological loss function for multi-class CNN segmentation",),
        ("Training Compute-Optimal Large Language Models",),
    ]


def test_a_venue_with_a_slash_before_its_year_dates_the_entry():
    """``**[ECCV/2020]**``, ``**[IEEE-TMI/2020]**``: the venue and its year."""
    text = (
        "- **[ECCV/2020(oral)]** [Self-Challenging Improves Cross-Domain Generalization]"
        "(https://arxiv.org/abs/2007.02454)\n"
        "- **BEAL [MICCAI/2019]** [Boundary and Entropy-Driven Adversarial Learning for Fundus"
        " Image Segmentation](https://link.springer.com/chapter/10.1007/978-3-030-32239-7_12)\n"
    )
    assert [(y, v) for _, y, v in _read(text)] == [(2020, "ECCV 2020"), (2019, "MICCAI 2019")]


def test_the_venue_line_under_a_paper_heading_is_that_papers():
    """``#### [Title](url)`` then ``CCS 2016`` then notes: the heading's venue and year, not
    a date for the next heading. A venue line under a section heading still dates the papers
    below it."""
    text = (
        "### Attacks\n\n"
        "#### [Accessorize to a Crime: Real and Stealthy Attacks on Face Recognition]"
        "(https://dl.acm.org/doi/10.1145/2976749.2978392)\n\n"
        "CCS 2016\n\n"
        "1. uses adversarial glasses to fool face recognition models\n\n"
        "#### [Is Deep Learning Safe for Robot Vision? Adversarial Examples against the iCub]"
        "(https://arxiv.org/abs/1708.06939)\n\n"
        "arXiv 1708; ICCV Workshop 2017\n\n"
        "### Defenses\n\n"
        "ICLR 2020\n\n"
        "- [Certified Defenses for Adversarial Patches](https://arxiv.org/abs/2003.06693)\n"
    )
    assert [y for _, y, _ in _read(text)] == [2016, 2017, 2020]


def test_a_known_venue_glued_in_brackets_after_the_title_is_cut():
    """``**SM2H:Sparse Multi-Modal Hashing(TMM)**``, ``...Indexing(MM)**``: the venue, not
    the title; a title's own acronym in brackets (``Multimodal Models (MM)``) stays."""
    text = (
        "- **SM2H:Sparse Multi-Modal Hashing(TMM)**[[PDF]](https://ieeexplore.ieee.org/document/6665155)\n"
        "- **IMVH:Iterative Multi-View Hashing for Cross Media Indexing(MM)**"
        "[[PDF]](https://dl.acm.org/doi/10.1145/2647868.2654906)\n"
        "- **Scaling Multimodal Models (MM)**[[PDF]](https://arxiv.org/abs/2401.00001)\n"
    )
    assert _titles(text) == [
        ("SM2H:Sparse Multi-Modal Hashing",),
        ("IMVH:Iterative Multi-View Hashing for Cross Media Indexing",),
        ("Scaling Multimodal Models (MM)",),
    ]


def test_a_tag_with_a_slash_before_its_year_dates_the_entry():
    """``**[Neurocomputing/2019]**``, ``**[MIDL-Abstract/2019]**``, ``**SeUDA [MICCAI
    workshop/2018]**``: the year closing the tag."""
    text = (
        "- **[Neurocomputing/2019]** [USE-Net: Incorporating Squeeze-and-Excitation blocks into"
        " U-Net](https://www.sciencedirect.com/science/article/pii/S0925231219309245)\n"
        "- **SeUDA [MICCAI workshop/2018]** [Semantic-Aware Generative Adversarial Nets for"
        " Unsupervised Domain Adaptation](https://arxiv.org/pdf/1806.00600.pdf)\n"
    )
    assert [y for _, y, _ in _read(text)] == [2019, 2018]


def test_numbered_notes_under_a_paper_heading_name_other_papers_not_entries():
    """``#### [Title](url)`` then ``1. certified defense for attack detection.`` / ``2. The
    idea is basically [Minority Report](arxiv) with ...``: notes on the heading's paper; the
    paper they name is no entry. A list of named items under a section heading that links a
    review keeps its entries."""
    text = (
        "### Certified defenses\n\n"
        "#### [Zero-Shot Certified Defense against Adversarial Patches with Vision Transformers]"
        "(https://arxiv.org/abs/2111.10481)\n\n"
        "arXiv 2111\n\n"
        "1. **certified defense** for *attack detection*.\n"
        "2. The idea is basically [Minority Report](https://arxiv.org/abs/2004.13799) with"
        " Vision Transformer\n\n"
        "## [Motion correction](https://www.sciencedirect.com/science/article/pii/S0076687916300271)\n\n"
        "1. [`Unblur`](https://grigoriefflab.umassmed.edu/unblur) - [**Measuring the optimal"
        " exposure for single particle cryo-EM**](https://elifesciences.org/articles/06980)\n"
        "2. `Full-frame motion correction` - (Use in `CryoSparc`)\n"
    )
    assert [p for _, p in _papers(text)] == [
        "https://arxiv.org/abs/2111.10481",
        "https://www.sciencedirect.com/science/article/pii/S0076687916300271",
        "https://elifesciences.org/articles/06980",
    ]
