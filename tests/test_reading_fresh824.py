"""Round 128 (fresh824-828): each rule held by a test that fails on the reader before it; the
guards beside them pass on both. Review 979's guards at the end."""

from __future__ import annotations

from pipeline.parse import parse_text


def _read(text: str) -> list[tuple[int, str | None, int | None]]:
    """Each entry's line, title and year."""
    return [(e.line, e.title, e.year) for e in parse_text(text, "l.md").entries]


def test_a_title_then_two_full_stops_and_its_first_author():
    """jdm4pku/ml4re: `- Extraction and Management of Rationale..Mouna Dhaouadi et.al.
    [pdf](doi)`: the title, two full stops, then its first author et al."""
    text = (
        "- AntiCopyPaster: Extracting Code Duplicates As Soon As They Are Introduced in the IDE..Eman Abdullah AlOmar et.al. [pdf](https://doi.org/10.1145/3551349.3559537)\n"
        "- Extraction and Management of Rationale..Mouna Dhaouadi et.al. [pdf](https://doi.org/10.1145/3551349.3559568)\n"
    )  # fmt: skip
    assert [t for _, t, _ in _read(text)] == [
        "AntiCopyPaster: Extracting Code Duplicates As Soon As They Are Introduced in the IDE",
        "Extraction and Management of Rationale",
    ]


def test_a_known_venue_tag_and_its_year_in_a_heading_date_its_papers():
    """jdm4pku/ml4re: `## [TSE 2024](dblp)`, `## [RE 2023](dblp) (2023.09.04~2023.09.08)`:
    a software-engineering venue's tag and its year (and its dates) date the papers below."""
    row = "- A Study of Requirements Number {n} in Practice..Some Author et.al. [pdf](https://doi.org/10.1109/TSE.2024.{n})\n"  # fmt: skip
    text = (
        "## [TSE 2024](https://dblp.org/db/journals/tse/tse50.html)\n\n" + row.format(n=1)
        + "\n## [RE 2023](https://dblp.org/db/conf/re/re2023.html) (2023.09.04~2023.09.08)\n\n" + row.format(n=2)
    )  # fmt: skip
    assert [y for _, _, y in _read(text)] == [2024, 2023]


def test_a_badge_linking_a_pdf_the_list_keeps_under_a_title_heading():
    """quyujunbbb/paper_collection: `#### Title` over `- ![Year](badge) … [![file](…/Paper-red)]
    (files/TAB/[2008 Zeng] Title.pdf)`: the badge links the paper the list keeps."""
    text = (
        "## TAB\n\n####  Using Predictive Analysis to Improve Invoice-to-Cash Collection\n\n"
        "- ![Year](https://img.shields.io/badge/2008-blue?style=flat)\n"
        "[![file](https://img.shields.io/badge/Paper-red?style=flat)](files/TAB/[2008%20Zeng]%20Using%20Predictive%20Analysis%20to%20Improve%20Invoice-to-Cash%20Collection.pdf)\n\n"
        "####  TABERT: Pretraining for Joint Understanding of Textual and Tabular Data\n\n"
        "- ![Year](https://img.shields.io/badge/2020-blue?style=flat)\n"
        "[![file](https://img.shields.io/badge/Paper-red?style=flat)](files/TAB/[2020%20Yin]%20TABERT.pdf)\n"
    )  # fmt: skip
    assert _read(text) == [
        (3, "Using Predictive Analysis to Improve Invoice-to-Cash Collection", 2008),
        (8, "TABERT: Pretraining for Joint Understanding of Textual and Tabular Data", 2020),
    ]


def test_a_picture_linking_a_file_of_the_list_stays_no_paper():
    """Guard: `[![diagram](fig.png)](images/overview.png)` and a badge to a folder are no
    papers."""
    text = (
        "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
        "- [![diagram](images/fig.png)](images/overview.png) An overview of the field\n"
        "- [![docs](https://img.shields.io/badge/docs-blue)](docs/) The docs\n"
    )
    assert [ln for ln, _, _ in _read(text)] == [1]


# Review 979 (fresh eyes on round 127): each guard failed on the tree the review saw.


def test_a_name_its_year_and_a_title_after_a_dash_keep_the_title():
    """`### Mamba (2023) — Linear-Time Sequence Modeling with Selective State Spaces`, `[Word2Vec
    (2013) - Efficient Estimation of …]`, `Hochreiter & Schmidhuber (1997) — Long Short-Term
    Memory`: what follows the dash is a title (four words or more, or after authors)."""
    text = (
        "### Mamba (2023) — Linear-Time Sequence Modeling with Selective State Spaces\n\n"
        "[Paper](https://arxiv.org/abs/2312.00752) | [Code](https://github.com/state-spaces/mamba)\n\n"
        "### Toolformer (2023) - Language Models Can Teach Themselves to Use Tools\n\n"
        "[Paper](https://arxiv.org/abs/2302.04761)\n\n"
        "## Classics\n\n"
        "- [Word2Vec (2013) - Efficient Estimation of Word Representations in Vector Space](https://arxiv.org/abs/1301.3781)\n"
        "- Hochreiter & Schmidhuber (1997) — Long Short-Term Memory. [pdf](https://www.bioinf.jku.at/publications/older/2604.pdf)\n"
    )  # fmt: skip
    titles = [t for _, t, _ in _read(text)]
    assert len(titles) == 4
    assert "Linear-Time Sequence Modeling" in titles[0] and "Teach Themselves" in titles[1]
    assert "Efficient Estimation" in titles[2] and "Long Short-Term Memory" in titles[3]


# Review 980 (fresh eyes on round 128 and review 979's fixes): each guard failed on the tree
# the review saw.


def test_a_long_name_its_year_and_a_short_note_give_the_name_and_year():
    """`### Attention Is All You Need (2017) — Transformer`: a name of any length before a short
    note (four words or fewer, no colon) is the title, and the year dates it."""
    text = (
        "### Attention Is All You Need (2017) — Transformer\n\n[paper](https://arxiv.org/abs/1706.03762)\n\n"
        "### Denoising Diffusion Probabilistic Models (2020) — DDPM\n\n[paper](https://arxiv.org/abs/2006.11239)\n"
    )  # fmt: skip
    assert [(t, y) for _, t, y in _read(text)] == [
        ("Attention Is All You Need", 2017),
        ("Denoising Diffusion Probabilistic Models", 2020),
    ]


def test_a_year_heading_whose_rows_link_only_code_dates_no_sibling_section():
    """`### 2022` over a table of code links, then `### Datasets` over arXiv papers: the
    datasets section is no paper under the year heading."""
    text = (
        "### 2022\n\n| Title | Venue | Code |\n|---|---|---|\n"
        "| PointNeXt: Revisiting PointNet++ | NeurIPS | [code](https://github.com/guochengqian/PointNeXt) |\n\n"
        "### Datasets\n\n| Title | Link |\n|---|---|\n"
        "| ShapeNet: An Information-Rich 3D Model Repository | [paper](https://arxiv.org/abs/1512.03012) |\n"
    )  # fmt: skip
    shapenet = [y for _, t, y in _read(text) if t.startswith("ShapeNet")]
    assert shapenet == [None]


def test_a_picture_linking_a_cheat_sheets_pdf_is_no_paper():
    """`[![Convolutional Neural Networks Cheatsheet](img/cnn.png)](cheatsheets/….pdf)`: a
    picture's link to a file the list keeps is a paper only under a paper's label (`file`,
    `paper`, `pdf`)."""
    text = (
        "## Papers\n\n- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n\n"
        "## Cheat Sheets\n\n"
        "- [![Convolutional Neural Networks Cheatsheet](img/cnn.png)](cheatsheets/cheatsheet-convolutional-neural-networks.pdf)\n"
        "- [![Recurrent Neural Networks Cheatsheet](img/rnn.png)](cheatsheets/cheatsheet-recurrent-neural-networks.pdf)\n"
    )  # fmt: skip
    assert [ln for ln, _, _ in _read(text)] == [3]
