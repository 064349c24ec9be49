"""What four reviews of the fresh441-448 rules found (probes of lists the corpus does not
hold), each held by a test that fails on the reviewed commit (17c00e6)."""

from __future__ import annotations

from pipeline.formats.tables import table_roles
from pipeline.parse import parse_text
from tests.support.reading import reader

_titles = reader("title")
_years = reader("title", "year")


def _venues(text: str) -> list[tuple[int | None, str | None]]:
    return [(e.year, e.venue) for e in parse_text(text, "l.md").entries]


def test_bold_names_tags_and_whole_titles_stay_apart_from_the_title():
    """Names before a bold title, a bold byline or tag after it, and a bold whole title or
    name followed by a description: none is joined into the title (``Jonathan Ho, ...
    **Title**``, ``Title **Liu** et al.``, ``Title **Oral** ICCV 2023``, ``**Attention Is All
    You Need** for the original transformer``, ``**LoRA** for efficient fine-tuning``)."""
    text = (
        "- Jonathan Ho, Ajay Jain, Pieter Abbeel **Denoising Diffusion Probabilistic Models**"
        " NeurIPS 2020 [paper](https://arxiv.org/abs/2006.11239)\n"
        "- Visual Instruction Tuning **Liu** et al. 2023 [paper](https://arxiv.org/abs/2304.08485)\n"
        "- Segment Anything **Oral** ICCV 2023 [paper](https://arxiv.org/abs/2304.02643)\n"
        "- **Attention Is All You Need** for the original transformer architecture"
        " [paper](https://arxiv.org/abs/1706.03762)\n"
        "- **LoRA** for efficient fine-tuning of large language models"
        " [paper](https://arxiv.org/abs/2106.09685)\n"
    )
    assert _titles(text) == [
        ("Denoising Diffusion Probabilistic Models",),
        ("Visual Instruction Tuning",),
        ("Segment Anything",),
        ("Attention Is All You Need",),
        ("LoRA",),
    ]


def test_an_abbreviation_inside_a_one_author_citation_does_not_end_its_title():
    """``Ng, A. Y. (2004). Feature selection, L1 vs. L2 regularization, ...``: the whole
    title, not ``Feature selection, L1 vs``."""
    text = (
        "| Paper | Code |\n|---|---|\n"
        "| Ng, A. Y. (2004). Feature selection, L1 vs. L2 regularization, and rotational"
        " invariance. ICML. [pdf](https://icml.cc/Conferences/2004/proceedings/papers/354.pdf)"
        " | - |\n"
    )
    assert _titles(text) == [
        ("Feature selection, L1 vs. L2 regularization, and rotational invariance",)
    ]


def test_apa_names_over_a_note_and_a_titled_link_are_not_joined_to_the_note():
    """``Kingma, D. P., & Ba, J. (2014).`` over a note, then ``[Adam: ...](arxiv)`` on the
    line below: the note is no title (the reader keeps its old reading)."""
    text = (
        "- Huang, C. A., Vaswani, A., & Uszkoreit, J. (2018).\n"
        "  Relative attention makes long pieces coherent\n"
        "  [Music Transformer: Generating Music with Long-Term Structure]"
        "(https://arxiv.org/abs/1809.04281)\n"
    )
    (title,) = _titles(text)
    assert title[0] != "Relative attention makes long pieces coherent"


def test_a_book_label_on_a_papers_page_keeps_the_paper():
    """``[book](doi.org/10.1007/s10915-...)``, ``[book](openreview.net/forum?...)``: a paper
    under an odd label; ``[Book](link.springer.com/book/...)`` and ``[Book](doi.org/...978-...)``
    (an ISBN) are books."""
    text = (
        "- **Scientific machine learning through physics-informed neural networks.** 2022."
        " [book](https://doi.org/10.1007/s10915-022-01939-z)\n"
        "- **Fourier neural operator for parametric partial differential equations.** ICLR,"
        " 2021. [book](https://openreview.net/forum?id=c8P9NQVtmnO)\n"
        "- **Deep Learning Techniques for Music Generation.** Springer, 2020."
        " [Book](https://link.springer.com/book/10.1007/978-3-319-70163-9)\n"
        "- **Graph Representation Learning.** 2020. [Book](https://doi.org/10.1007/978-3-031-01588-5)\n"
    )
    assert _titles(text) == [
        ("Scientific machine learning through physics-informed neural networks",),
        ("Fourier neural operator for parametric partial differential equations",),
    ]


def test_venue_lines_that_divide_a_section_stay_dividers():
    """Year paragraphs over headed papers (``2020`` / two papers / ``2021`` / two papers)
    date the papers after them; a heading that names its venue (``[CVPR 2018]``) leaves
    the line below it to the papers after it; a heading that opens a section (and is read as
    a paper too) leaves its year line to the list below."""
    dividers = (
        "## Papers\n\n2020\n\n"
        "#### [Adversarial Training for Free!](https://papers.nips.cc/paper/8597-free)\n\n"
        "#### [Fast is better than free: Revisiting adversarial training]"
        "(https://openreview.net/forum?id=BJx040EFvH)\n\n2021\n\n"
        "#### [Bag of Tricks for Adversarial Training](https://openreview.net/forum?id=Xb8xvrtB8Ce)\n"
    )
    assert [y for _, y in _years(dividers)] == [2020, 2020, 2021]
    stated = (
        "### Detection\n\n"
        "#### [Cascade R-CNN: Delving into High Quality Object Detection]"
        "(https://openaccess.thecvf.com/content_cvpr_2018/html/Cai_Cascade.html) [CVPR 2018]\n\n"
        "ICCV 2017\n\n"
        "#### [Focal Loss for Dense Object Detection]"
        "(https://openaccess.thecvf.com/content_iccv_2017/html/Lin_Focal_Loss.html)\n"
    )
    assert [y for _, y in _years(stated)] == [2018, 2017]
    section = (
        "# Awesome GAN\n\n### Basics\n\n"
        "- [Improved Techniques for Training GANs](https://papers.nips.cc/paper/6125-improved)\n\n"
        "## [Generative Adversarial Nets](https://papers.nips.cc/paper/5423-generative-adversarial-nets)\n\n"
        "2016\n\n"
        "- [Unsupervised Representation Learning with Deep Convolutional GANs]"
        "(https://openreview.net/forum?id=dcgan)\n"
    )
    assert _years(section)[-1] == (
        "Unsupervised Representation Learning with Deep Convolutional GANs",
        2016,
    )


def test_bracket_notes_in_headers_stay_part_of_them_outside_chinese_headers():
    """``标题(中文)`` and ``标题(英文)``: the note tells the two title columns apart, so
    neither is the title column by its header (not both, joined); an English ``Model
    (Size)`` keeps no role from its first word."""
    assert table_roles(["标题(中文)", "标题(英文)", "会议/期刊", "年份", "链接"])[:2] == [
        None,
        None,
    ]
    assert table_roles(["Model (Size)", "Paper", "Venue", "Link"])[0] is None


def test_a_titles_own_acronym_in_brackets_is_not_cut_as_a_venue():
    """``Transformer-based Multimodal Memory for Dialogue (TMM)``, ``In-context Multimodal
    Instruction tuning (ICMI)``: the title's own acronym, no venue."""
    text = (
        "- [Transformer-based Multimodal Memory for Dialogue (TMM)](https://arxiv.org/abs/2401.00002)\n"
        "- [In-context Multimodal Instruction tuning (ICMI)](https://arxiv.org/abs/2401.00003)\n"
    )
    assert _venues(text) == [(None, None), (None, None)]
    assert _titles(text) == [
        ("Transformer-based Multimodal Memory for Dialogue (TMM)",),
        ("In-context Multimodal Instruction tuning (ICMI)",),
    ]
