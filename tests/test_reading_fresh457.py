"""Layouts first seen in the fresh457-464 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import reader

_titles = reader("title")
_read = reader("title", "year")
_short = reader("title", "short_name")
_papers = reader("title", "paper")


def _urls(text: str) -> list[tuple[str, str | None]]:
    return [(e.title, e.paper.url if e.paper else None) for e in parse_text(text, "l.md").entries]


def test_a_name_tag_before_apa_authors_leaves_the_linked_title():
    """``[1] (THOR) Lee, Y. C., ... (2024). [Title](url)``, ``【Cascade】Li H, ..., et al.
    [Title](url)``: a method's name in brackets before the authors; the authors are still
    no title."""
    text = (
        "## Papers\n\n"
        "[1] (THOR) Lee, Y. C., Lee, J., Lee, D., & Kim, S. W. (2024). [Learning to compensate "
        "for lack of information](https://www.sciencedirect.com/science/article/abs/pii/S1). "
        "Information Sciences, 654, 119857.\n\n"
        "- 【Cascade】Li H, Lin Z, Shen X, et al. [A convolutional neural network cascade for "
        "face detection](https://arxiv.org/abs/1501.00001)\n"
    )
    assert _titles(text) == [
        ("Learning to compensate for lack of information",),
        ("A convolutional neural network cascade for face detection",),
    ]


def test_apa_authors_without_a_year_before_a_title_are_no_part_of_it():
    """``Yang, S. C. H., & Shafto, P. Title. NIPS 2017``, ``& Iyatomi, H."Title." IEEE ...``:
    APA's authors with no year; a quoted title glued to them is read inside its quotes."""
    text = (
        "## Papers\n\n"
        "* Yang, S. C. H., & Shafto, P. Explainable Artificial Intelligence via Bayesian "
        "Teaching. NIPS 2017 [pdf](http://example.org/yangShafto_NIPS_2017.pdf)\n"
        '* Cap, Q. H., Uga, H., & Iyatomi, H."LeafGAN: An Effective Data Augmentation Method." '
        "IEEE Transactions on Automation Science and Engineering, 1-10. "
        "[[paper]](https://ieeexplore.ieee.org/abstract/document/9298454)\n"
    )
    assert _titles(text) == [
        ("Explainable Artificial Intelligence via Bayesian Teaching",),
        ("LeafGAN: An Effective Data Augmentation Method",),
    ]


def test_a_venue_and_its_pages_after_a_title_are_no_title():
    """``[Title. FOCS 2013: 429-438](url)``: DBLP's venue, year and pages after the title are
    not a sentence to take for the title; ``Names. The 2019 DAVIS Challenge on ...`` keeps
    its title, whose own words open with a year."""
    text = (
        "* [Local Privacy and Statistical Minimax Rates. FOCS 2013: 429-438]"
        "(https://ieeexplore.ieee.org/document/6686179)\n"
    )
    assert _read(text) == [("Local Privacy and Statistical Minimax Rates", 2013)]


def test_a_header_row_without_its_separator_is_no_title():
    """``| Date | Venue | Paper | Links |`` over rows with no ``|---|`` line (so one paragraph):
    the column names are no paper's title."""
    text = (
        "## Aerial World Models\n\n"
        "| Date | Venue | Paper | Links |\n"
        "| 2026-06 | arXiv |  MAD: Mapping-Aware World Models for Agile Quadrotor Flight | "
        "[Paper](https://arxiv.org/abs/2606.04534) |\n"
        "| 2026-06 | arXiv | AirDreamer: Generalist Drone Navigation with World Models | "
        "[Paper](https://arxiv.org/abs/2606.03252) |\n"
    )
    assert _titles(text) == [
        ("MAD: Mapping-Aware World Models for Agile Quadrotor Flight",),
        ("AirDreamer: Generalist Drone Navigation with World Models",),
    ]


def test_a_heading_indented_under_a_table_of_contents_opens_a_section():
    """``  ## VHR Imagery`` after a table of contents whose items are indented by two: Markdown
    puts it (and all below) inside the last item; the maintainer wrote sections of papers."""
    text = (
        "#### Content\n"
        "- [VHR Imagery](#vhr-imagery)<br>\n"
        "  - [Image Classification](#image-classification)<br>\n"
        "  - [Change Detection](#change-detection)<br>\n"
        "  \n"
        "  ## VHR Imagery\n"
        "  ### Image Classification\n"
        "  \n"
        "  Vision transformers for remote sensing image classification "
        "[[PDF](https://www.mdpi.com/2072-4292/13/3/516)]<br>\n"
        "  \n"
        "  TRS: Transformers for Remote Sensing Scene Classification "
        "[[PDF](https://www.mdpi.com/2072-4292/13/20/4143)]<br>\n"
    )
    assert _titles(text) == [
        ("Vision transformers for remote sensing image classification",),
        ("TRS: Transformers for Remote Sensing Scene Classification",),
    ]


def test_a_year_a_list_writes_before_every_title_is_its_year():
    """``[2018 _Science_ AlphaZero: ...](url)``, ``[2019 MuZero: ...](url)``: a list that
    opens four titles or more (four in five) with the year (and the journal); ``[2048
    Tokens ...]`` (a year not yet reached) keeps its number."""
    text = (
        "- [2018 _Science_ AlphaZero: A general reinforcement learning algorithm that masters "
        "chess](https://www.science.org/doi/10.1126/science.aar6404)\n"
        "- [2019 MuZero: Mastering Atari, Go, Chess and Shogi by Planning with a Learned Model]"
        "(https://arxiv.org/abs/1911.08265)\n"
        "- [2021 Trajectory Diversity for Zero-Shot Coordination]"
        "(http://proceedings.mlr.press/v139/lupu21a/lupu21a.pdf)\n"
        "- [2021 EfficientZero: Mastering Atari Games with Limited Data]"
        "(https://arxiv.org/abs/2111.00210)\n"
        "- [2048 Tokens Are Enough for Image Generation](https://arxiv.org/abs/2501.00001)\n"
    )
    assert _read(text) == [
        ("AlphaZero: A general reinforcement learning algorithm that masters chess", 2018),
        ("MuZero: Mastering Atari, Go, Chess and Shogi by Planning with a Learned Model", 2019),
        ("Trajectory Diversity for Zero-Shot Coordination", 2021),
        ("EfficientZero: Mastering Atari Games with Limited Data", 2021),
        ("2048 Tokens Are Enough for Image Generation", None),
    ]


def test_one_author_and_et_al_before_a_dash_are_no_title():
    """``Richard Liu et al - <a href>Title</a> (2025).``: the authors, then a dash and the
    linked title."""
    text = (
        "## Papers\n"
        '- Richard Liu et al - <a href="https://arxiv.org/abs/2505.04813">WIR3D: Visually-'
        "Informed and Geometry-Aware 3D Shape Abstraction</a> (2025).\n"
        "- Changwoon Choi et al - [3Doodle: Compact Abstraction of Objects with 3D Strokes]"
        "(https://arxiv.org/abs/2402.03690) (2024).\n"
    )
    assert _titles(text) == [
        ("WIR3D: Visually-Informed and Geometry-Aware 3D Shape Abstraction",),
        ("3Doodle: Compact Abstraction of Objects with 3D Strokes",),
    ]


def test_numbered_lines_of_one_paragraph_are_papers_of_their_own():
    """``1.**[Title(ICCV2015)](lab page)**`` / ``2.**[Title(cvpr2015)](cvf pdf)**`` joined by
    hard breaks: the second line's paper link is not the first line's. The lab's page of one
    publication under its year is the first paper's own page (round 72; the hand-checked
    list counts it), so each line is an entry with its own link."""
    text = (
        "## 2015\n"
        "1.**[FlowNet：Learning Optical Flow with Convolutional Networks(ICCV2015)]"
        "(https://lmb.informatik.uni-freiburg.de/Publications/2015/DFIB15/)**  \n"
        "2.**[Computing the Stereo Matching Cost with a Convolutional Neural Network(cvpr2015)]"
        "(https://www.cv-foundation.org/openaccess/content_cvpr_2015/papers/Zbontar_2015.pdf)**  \n"
    )
    assert _urls(text) == [
        (
            "FlowNet：Learning Optical Flow with Convolutional Networks",
            "https://lmb.informatik.uni-freiburg.de/Publications/2015/DFIB15/",
        ),
        (
            "Computing the Stereo Matching Cost with a Convolutional Neural Network",
            "https://www.cv-foundation.org/openaccess/content_cvpr_2015/papers/Zbontar_2015.pdf",
        ),
    ]


def test_hal_and_pure_portal_records_are_paper_pages():
    """``hal.cirad.fr/PARISTECH/hal-01741163``, ``kyushu-u.pure.elsevier.com/ja/publications/
    slug``: a HAL record on an institution's portal, a publication in a Pure portal."""
    text = (
        "- **[Deep Ordinal Regression Network for Monocular Depth Estimation(cvpr2018)]"
        "(http://hal.cirad.fr/PARISTECH/hal-01741163)**\n"
        "- **[Multi-scale CNN stereo and pattern removal technique for underwater active stereo "
        "system(3DV2018)](https://kyushu-u.pure.elsevier.com/ja/publications/multi-scale-cnn)**\n"
    )
    assert [t for (t,) in _titles(text)] == [
        "Deep Ordinal Regression Network for Monocular Depth Estimation",
        "Multi-scale CNN stereo and pattern removal technique for underwater active stereo system",
    ]


def test_a_bracketed_title_before_label_links_is_the_title():
    """``- [Title] [[scholar]](url) [[arXiv]](url)``: the title in brackets that link
    nowhere, then the links by label; not ``[CVPR 2019; Lab] **Title** [PDF](url)`` (a tag)."""
    text = (
        "- [Very deep convolutional networks for large-scale image recognition] "
        "[[scholar]](https://scholar.google.com/scholar?q=vgg) "
        "[[arXiv]](https://arxiv.org/abs/1409.1556)\n"
        "- [CVPR 2019; CVL ETH] **Sliced Wasserstein Generative Models** "
        "[[PDF](https://arxiv.org/abs/1706.02631)]\n"
    )
    assert _titles(text) == [
        ("Very deep convolutional networks for large-scale image recognition",),
        ("Sliced Wasserstein Generative Models",),
    ]


def test_a_figures_source_credit_is_no_entry():
    """``(Source: <a href>TET-GAN</a>)`` under a figure: whose picture it is; ``[CREDIT:
    Coarse-to-Fine ...](arxiv)`` (a paper named CREDIT) is an entry."""
    text = (
        "## Papers\n\n"
        '<p align="center">\n(Source: <a href="https://ojs.aaai.org/index.php/AAAI/article/'
        'view/3919">TET-GAN</a>)\n</p>\n\n'
        "* [CREDIT: Coarse-to-Fine Sequence Generation for Dialogue State Tracking]"
        "(https://arxiv.org/pdf/2009.10435.pdf), arXiv preprint 2020\n"
    )
    assert _titles(text) == [
        ("CREDIT: Coarse-to-Fine Sequence Generation for Dialogue State Tracking",)
    ]


def test_a_venue_tag_with_an_apostrophe_year_after_a_name_is_the_venue():
    """``- PMH [CSCW '24] [[Paper]](url)``: a system's name, then its venue and year."""
    text = (
        "- PMH [CSCW '24] [[Paper]](https://dl.acm.org/doi/10.1145/3678884.3681921)\n"
        "- StoryVerse [FDG '24] [[Paper]](https://dl.acm.org/doi/10.1145/3649921.3656987)\n"
    )
    assert _read(text) == [("PMH", 2024), ("StoryVerse", 2024)]


def test_a_code_link_then_a_comma_then_the_paper_gives_the_papers_title():
    """``- RLGC: [RLGC](github), [Adaptive power system ...](paper)``: the tool's repository,
    then its paper; ``[(Deep) reinforcement learning ...](url)`` keeps its first word."""
    text = (
        "- RLGC: [RLGC](https://github.com/RLGC-Project/RLGC), [Adaptive power system emergency "
        "control using deep reinforcement learning](https://ieeexplore.ieee.org/document/8787888)\n"
        "- [(Deep) reinforcement learning for electric power system control and related problems]"
        "(https://www.sciencedirect.com/science/article/pii/S1367578819301014)\n"
    )
    assert _titles(text) == [
        ("Adaptive power system emergency control using deep reinforcement learning",),
        ("(Deep) reinforcement learning for electric power system control and related problems",),
    ]


def test_a_line_of_text_between_table_rows_is_no_entry():
    """``[Auferet](https://auferet.com) - AI game master ...`` between a table's rows (a row
    of one cell, for Markdown): an advertisement, no paper."""
    text = (
        "| Title | Venue | Date | Paper |\n| --- | --- | --- | --- |\n"
        "| GraphStory: Collaborative Story Writing | ArXiv 2026 | 2026-06 | "
        "[arXiv](https://arxiv.org/abs/2606.16102) |\n"
        "[Auferet](https://auferet.com) - AI game master with persistent memory.\n"
        "| Fabula: Building a Narrative Storytelling Sidekick | ArXiv 2026 | 2026-06 | "
        "[arXiv](https://arxiv.org/abs/2606.14411) |\n"
    )
    assert _titles(text) == [
        ("GraphStory: Collaborative Story Writing",),
        ("Fabula: Building a Narrative Storytelling Sidekick",),
    ]


def test_two_words_before_a_title_link_are_its_short_name():
    """``- NVIDIA MineDojo [MineDojo: Building Open-Ended Embodied Agents ...](arxiv), 2022``:
    who made it and the name, then the linked title."""
    text = (
        " - NVIDIA MineDojo [MineDojo: Building Open-Ended Embodied Agents with Internet-Scale "
        "Knowledge](https://arxiv.org/abs/2206.08853), 2022\n"
    )
    assert _short(text) == [
        (
            "MineDojo: Building Open-Ended Embodied Agents with Internet-Scale Knowledge",
            "NVIDIA MineDojo",
        )
    ]


def test_a_thesis_kind_after_a_title_is_no_part_of_it():
    """``G. Synnaeve, Title, Ph.D. Thesis, INPG, 2012. [[Thesis]](url)``."""
    text = (
        "## Ph.D. Thesis\n"
        "- D. Churchill, Heuristic Search Techniques for Real-Time Strategy Games, Ph.D. Thesis, "
        "U. Alberta, 2016. [[Thesis]](http://www.cs.mun.ca/~dchurchill/pdf/phd_thesis.pdf)\n"
    )
    assert _read(text) == [("Heuristic Search Techniques for Real-Time Strategy Games", 2016)]


def test_a_read_link_is_a_label_and_the_bold_name_the_title():
    """``- **DeepSpeed-Inference** - [Read](url)``: the link's text says what to do."""
    text = (
        "- **FlashAttention** - [Read](https://arxiv.org/abs/2205.14135)\n"
        "- **DeepSpeed-Inference** - [Read](https://ieeexplore.ieee.org/document/10046087)\n"
    )
    assert _titles(text) == [("FlashAttention",), ("DeepSpeed-Inference",)]
