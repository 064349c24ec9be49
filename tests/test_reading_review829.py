"""Review 829's findings on round 72's rules (F4-F7), each a case its change got wrong."""

from __future__ import annotations

from pipeline.formats.links import link_role
from pipeline.formats.runs import Run
from pipeline.parse import parse_text


def test_a_years_index_page_of_publications_is_no_paper():
    """F4: ``…/publications/2020/all/`` lists a year's papers; a sentence linking it was
    read as an entry. A page of one publication keeps its key's digit, ``_`` or ``-``."""
    for url in ("https://lab.example.org/publications/2020/all/",
                "https://lab.example.org/Publications/2019/journal"):  # fmt: skip
        run = Run("link", "The papers we published that year in journals", 1, url=url)
        assert link_role(run) != "paper", url
    text = (
        "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
        "- [See all our publications of the year 2020 here](https://lab.example.org/publications/2020/all/)\n"
        "- [FlowNet: Learning Optical Flow with Convolutional Networks]"
        "(https://lab.example.org/Publications/2015/DFIB15/)\n"
    )
    assert [e.line for e in parse_text(text, "l.md").entries] == [1, 3]


def test_a_number_before_words_in_a_cell_is_no_old_year():
    """F5: ``1600 Amphitheatre …`` in a venue cell was read as the year 1600; ``1951
    projecteuclid`` (a 1900s year before a second column's words) still dates its row."""
    head = "| Title | Paper | Venue |\n|---|---|---|\n"
    text = (
        head
        + "| A Study of Mountain Views | [pdf](https://arxiv.org/abs/1701.00001) | 1600 Amphitheatre Press |\n"
        + "| On the Theory of Old Things | [pdf](https://doi.org/10.1214/aoms/1177729694) | 1951 projecteuclid |\n"
    )
    years = [e.year for e in parse_text(text, "l.md").entries]
    assert years == [None, 1951]


def test_a_full_width_bracket_inside_an_address_a_bracket_closes_is_kept():
    """F6: a full-width closing bracket inside an address that ``)`` closes is part of the
    address; only one that closes the link ends it."""
    from pipeline.formats.mdparser import tame

    inside = "- [Learning Things From Data](https://example.org/paper/a）b.pdf)\n"
    assert tame(inside)[0] == inside
    closing = "- [Real-World Robot Learning](https://arxiv.org/abs/2210.03109） and more\n"
    assert tame(closing)[0] == closing.replace("2210.03109）", "2210.03109)")
    (e,) = parse_text(closing, "l.md").entries
    assert e.paper.url == "https://arxiv.org/abs/2210.03109"


def test_a_label_word_in_capitals_is_no_method_name():
    """F7: ``DEMO: Title`` in a title cell is a label (the paper's demo track), not a
    method's name kept in the title; ``TAG: Gradient Attack …`` still is one."""
    head = "| Title | Paper |\n|---|---|\n"
    text = (
        head
        + "| DEMO: Interactive Tools For Robot Learning | [pdf](https://arxiv.org/abs/2101.00001) |\n"
        + "| TAG: Gradient Attack on Transformer-based Language Models | [pdf](https://arxiv.org/abs/2103.06819) |\n"
    )
    titles = [e.title for e in parse_text(text, "l.md").entries]
    assert titles == [
        "Interactive Tools For Robot Learning",
        "TAG: Gradient Attack on Transformer-based Language Models",
    ]


def test_review_830_another_form_of_the_paper_in_its_cell_is_no_second_entry():
    """F1: ``[Title](arxiv), [NeurIPS proceedings page](neurips)`` is one paper that keeps
    its row's year; so is an arXiv ID listed again as its v2."""
    text = (
        "| Paper | Year |\n|---|---|\n"
        "| [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239), "
        "[NeurIPS proceedings page](https://proceedings.neurips.cc/paper/2020/hash/4c5b-Abstract.html) | 2020 |\n"
        "| [Improved Baselines with Momentum Contrastive Learning](https://arxiv.org/abs/2003.04297) "
        "and [Improved Baselines again](https://arxiv.org/abs/2003.04297v2) | 2020 |\n"
    )
    assert [(e.line, e.year) for e in parse_text(text, "l.md").entries] == [(3, 2020), (4, 2020)]


def test_review_830_a_comment_after_a_byline_link_is_no_title():
    """F2: ``[Vaswani et al.](url) - The original Transformer paper`` and the like."""
    text = (
        "- [Vaswani et al.](https://arxiv.org/abs/1706.03762) - The original Transformer paper\n"
        "- [Ho et al.](https://arxiv.org/abs/2006.11239) - Introduced denoising diffusion models\n"
        "- [He et al.](https://arxiv.org/abs/1512.03385) - CVPR 2016 Best Paper Award\n"
        "- [Brown et al.](https://arxiv.org/abs/2005.14165) - GPT-3, the 175B parameter model\n"
    )
    got = [e.title for e in parse_text(text, "l.md").entries]
    assert got == ["Vaswani et al", "Ho et al", "He et al", "Brown et al"]


def test_review_830_a_full_width_bracket_before_the_closing_one_ends_the_address():
    """F3: a link closed by a full-width bracket right before the parenthesis it sits in: the
    address ends at the full-width bracket, not one character later."""
    text = "- 综述 (见 [A Survey of Large Language Models](https://arxiv.org/abs/2303.18223）)\n"
    (e,) = parse_text(text, "l.md").entries
    assert e.paper.url == "https://arxiv.org/abs/2303.18223"


def test_review_830_a_lone_key_word_is_no_reading_label():
    from pipeline.formats.labels import reading_label

    assert [reading_label(t) for t in ("Reading", "Optional", "Key papers", "KEY", "Core", ":")] == [
        True, True, True, False, False, False,
    ]  # fmt: skip


def test_review_830_markdown_its_bare_address_crash_is_guarded():
    from pipeline.formats.mdparser import MD

    assert MD.parse("ttpbhttp[http://1://")
