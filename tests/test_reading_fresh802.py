"""Round 124 (fresh802-808): each rule held by a test that fails on the reader before it; the
guards beside them pass on both."""

from __future__ import annotations

from pipeline.checks.context import learn_conventions
from pipeline.parse import parse_text


def _read(text: str) -> list[tuple[int, str | None, int | None]]:
    """Each entry's line, title and year."""
    return [(e.line, e.title, e.year) for e in parse_text(text, "l.md").entries]


def test_a_preprint_server_whose_name_ends_in_arxiv_is_not_arxiv():
    """rayford295/papers: `[[paper]](https://eartharxiv.org/repository/view/11083/)`: EarthArXiv
    is not arxiv.org, so its page is the paper (not an arXiv page that names no paper)."""
    text = (
        "1. **[2025 arXiv] AlphaEarth Foundations: An embedding field model for global mapping**  \n"
        "   [[paper]](https://arxiv.org/abs/2507.22291)  \n\n"
        "2. **[2025 eartharXiv] Earth Embeddings: Towards AI-centric Representations of our Planet**  \n"
        "   [[paper]](https://eartharxiv.org/repository/view/11083/)  \n"
    )  # fmt: skip
    entries = parse_text(text, "l.md").entries
    assert [(e.line, e.paper.url if e.paper else None) for e in entries] == [
        (1, "https://arxiv.org/abs/2507.22291"),
        (4, "https://eartharxiv.org/repository/view/11083/"),
    ]


def test_arxivs_own_pages_that_name_no_paper_stay_no_paper():
    """Guard: `arxiv.org/list/cs.CV/recent` and `export.arxiv.org/…` pages name no paper."""
    text = (
        "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
        "- [Recent computer vision papers on arXiv](https://arxiv.org/list/cs.CV/recent)\n"
        "- [Searching arXiv for diffusion models](https://export.arxiv.org/find/all/1/ti:+diffusion/0/1/0/all/0/1)\n"
    )  # fmt: skip
    assert [t for _, t, _ in _read(text)] == ["Deep Residual Learning for Image Recognition"]


def test_a_lone_yearless_section_in_a_list_dated_by_headings_expects_no_year():
    """DeepWok/paper_reading: `### 2023` / `### 2022` tables, then `### Surveys` with one
    row and no year: the list dates its sections, so the survey's missing year is its habit."""
    rows = "".join(
        f"| [Quantization method number {i} for large models](https://arxiv.org/abs/2301.0{i:04d}) | ICML |\n"
        for i in range(1, 11)
    )
    head = "| Title | Venue |\n|---|---|\n"
    text = (
        f"### 2023\n\n{head}{rows}\n### 2022\n\n{head}{rows.replace('2301', '2201')}\n"
        f"### Surveys\n\n{head}| [A survey on model compression for large language models](https://arxiv.org/abs/2308.07633) | - |\n"
    )  # fmt: skip
    entries = parse_text(text, "l.md").entries
    survey = entries[-1]
    assert survey.year is None and survey.section == "Surveys"
    assert not learn_conventions(entries, "table").expects_year(survey)


def test_a_lone_yearless_entry_in_a_list_dated_in_its_entries_still_expects_a_year():
    """Guard: where each entry states its own year, one without a year under a heading of
    its own still breaks the habit (one entry is no section's convention)."""
    rows = "".join(
        f"- [Quantization method number {i} for large models](https://arxiv.org/abs/2301.0{i:04d}), ICML 2023\n"
        for i in range(1, 11)
    )
    text = f"### Methods\n\n{rows}\n### Surveys\n\n- [A survey on model compression](https://arxiv.org/abs/2308.07633)\n"  # fmt: skip
    entries = parse_text(text, "l.md").entries
    assert entries[-1].year is None
    assert learn_conventions(entries, "bullets").expects_year(entries[-1])


def test_an_apa_byline_before_a_title_in_camel_case():
    """kuang-da/scGenomic-reading-list: `[Germain, P., Sonrel, A. & Robinson, M.D. pipeComp, a
    general framework … Genome Biol 21, 227 (2020).](doi)`: the title opens in lower case."""
    text = (
        "- [Germain, P., Sonrel, A. & Robinson, M.D. pipeComp, a general framework for the evaluation of computational pipelines, reveals performant single cell RNA-seq preprocessing tools. Genome Biol 21, 227 (2020).](https://doi.org/10.1186/s13059-020-02136-7)\n"
        "- [Zappia, L., Phipson, B. & Oshlack, A. Splatter: simulation of single-cell RNA sequencing data. Genome Biol 18, 174 (2017).](https://doi.org/10.1186/s13059-017-1305-0)\n"
    )  # fmt: skip
    assert _read(text) == [
        (1, "pipeComp, a general framework for the evaluation of computational pipelines, reveals performant single cell RNA-seq preprocessing tools", 2020),
        (2, "Splatter: simulation of single-cell RNA sequencing data", 2017),
    ]  # fmt: skip


def test_a_link_text_whose_last_line_is_its_byline():
    """kuang-da/scGenomic-reading-list: `[Comprehensive integration of single cell data` /
    `Tim Stuart, Andrew Butler, …, Rahul Satija (2019).](doi)`: the first line is the title,
    the byline gives the year."""
    text = (
        "- [Comprehensive integration of single cell data\n"
        "Tim Stuart, Andrew Butler, Paul Hoffman, Christoph Hafemeister, Rahul Satija (2019).](https://doi.org/10.1016/j.cell.2019.05.031)\n"
        "- [Fast, sensitive and accurate integration of single-cell data with Harmony](https://doi.org/10.1038/s41592-019-0619-0)\n"
    )  # fmt: skip
    assert _read(text)[0] == (1, "Comprehensive integration of single cell data", 2019)


def test_a_title_broken_over_two_lines_of_its_link_stays_whole():
    """Guard: a link's title carried on below (`[Deep Residual Learning` / `for Image
    Recognition](url)`) and one whose second line is a subtitle with a comma stay one title."""
    text = (
        "- [Deep Residual Learning\nfor Image Recognition](https://arxiv.org/abs/1512.03385)\n"
        "- [Attention Is All You Need:\nTransformers, Heads and Layers](https://arxiv.org/abs/1706.03762)\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "Deep Residual Learning for Image Recognition",
        "Attention Is All You Need: Transformers, Heads and Layers",
    ]


MEETING = (
    "## 14 August 2025\n\n"
    "**Presenter:** A. Person\n\n"
    "**Paper:** [SSEmb: A joint embedding of protein sequence and structure enables robust variant effect predictions](https://doi.org/10.1038/s41467-024-53982-z)\n\n"
    "**Citation:** \n"
    "Blaabjerg, L.M., Jonsson, N., Boomsma, W. et al. SSEmb: A joint embedding of protein sequence and structure enables robust variant effect predictions. Nat Commun 15, 9646 (2024). https://doi.org/10.1038/s41467-024-53982-z\n\n"
    "## 19 June 2025\n\n"
    "**Paper:** [Accurate structure prediction of biomolecular interactions with AlphaFold 3](https://www.nature.com/articles/s41586-024-07487-w) (Part 3)\n\n"
    "**Citation:** Abramson, J., Adler, J., Dunger, J. et al. Accurate structure prediction of biomolecular interactions with AlphaFold 3. Nature 630, 493–500 (2024). https://doi.org/10.1038/s41586-024-07487-w\n\n"
    "## 20 February 2025\n\n"
    "**Paper:** [Prediction of virus-host associations using protein language models and multiple instance learning](https://journals.plos.org/ploscompbiol/article?id=10.1371/journal.pcbi.1012597)\n\n"
    "**Citation:** Liu, D., Young, F., Lamb, K. D., Robertson, D. L., & Yuan, K. (2024). Prediction of virus-host associations using protein language models and multiple instance learning. PLOS Computational Biology, 20(11), 1-25.\n"
)  # fmt: skip


def test_a_meetings_citation_of_its_paper_is_the_entrys_field():
    """boun-tabi-lifelu/reading-club: `**Paper:** [Title](link)` then `**Citation:** Names.
    Title. Nat Commun 15, 9646 (2024). https://doi.org/…` (its DOI, or another address of the
    same paper): one entry, dated by the citation, not by the meeting's heading."""
    assert _read(MEETING) == [
        (5, "SSEmb: A joint embedding of protein sequence and structure enables robust variant effect predictions", 2024),
        (12, "Accurate structure prediction of biomolecular interactions with AlphaFold 3", 2024),
        (18, "Prediction of virus-host associations using protein language models and multiple instance learning", 2024),
    ]  # fmt: skip


def test_a_second_paper_under_one_title_stays_an_entry():
    """Guard: a plain line citing another paper with its own link below a bold entry is
    still read as its own entry."""
    text = (
        "**Deep Residual Learning for Image Recognition** [[paper]](https://arxiv.org/abs/1512.03385)\n\n"
        "**Identity Mappings in Deep Residual Networks** [[paper]](https://arxiv.org/abs/1603.05027)\n"
    )  # fmt: skip
    assert [ln for ln, _, _ in _read(text)] == [1, 3]


UMI = (
    "| Date | Keywords | Paper | Publication | Others |\n"
    "| :--: | :--: | :--- | :--: | :--: |\n"
    "| 2025-10-02 | VR | [ActiveUMI: Robotic Manipulation with Active Perception from Robot-Free Human Demonstrations](https://arxiv.org/abs/2510.01607) | arXiv | [project](https://activeumi.github.io/) |\n"
    "| 2025-09-18 | Tactile | [exUMI: Extensible Robot Teaching System with Action-aware Task-agnostic Tactile Representation](https://silicx.github.io/exUMI/) | CoRL 2025 | [project](https://silicx.github.io/exUMI/) / [github](https://github.com/silicx/exUMI) |\n"
    "| 2026-02-06 | Humanoid | [HuMI](https://humanoid-manipulation-interface.github.io/) | Dataset | [project](https://humanoid-manipulation-interface.github.io/) |\n"
    "| 2025-05-28 | DexHand | [DexUMI](https://umi-data.github.io/) | Dataset | [data](https://umi-data.github.io/) |\n"
)  # fmt: skip


def test_a_title_linked_to_the_page_its_row_labels_as_its_project_is_no_paper():
    """chang-xinhai/awesome-umi: `| [HuMI](x.github.io) | Dataset | [project](x.github.io) |`:
    the row itself says the title's page is its project's (or its data's) and names no venue,
    so the row links no paper; beside `CoRL 2025` (exUMI) the page is the paper's, as in the
    corpus's other tables of titles linked to project pages."""
    assert [ln for ln, _, _ in _read(UMI)] == [3, 4]


def test_a_title_linked_to_a_page_of_its_own_stays_the_paper():
    """Guard: `| [Title](lab.org/paper.html) | … | [project](x.github.io) |`: the title's page
    is not the project's, so it stays the row's paper (by the table's convention)."""
    text = "\n".join(UMI.splitlines()[:4]) + "\n"
    text = text.replace(
        "[exUMI: Extensible Robot Teaching System with Action-aware Task-agnostic Tactile Representation](https://silicx.github.io/exUMI/)",
        "[exUMI: Extensible Robot Teaching System with Action-aware Task-agnostic Tactile Representation](https://www.example-lab.org/pubs/exumi.html)",
    )
    assert [ln for ln, _, _ in _read(text)] == [3, 4]


def test_a_second_entry_of_the_same_title_stays_an_entry():
    """Guard: codingclaire/structural-code-understanding's `title: X` / `venue:ICML` / `pdf:
    …` block, then `title: X` / `venue:FSE/ESEC` / `pdf: …` (a paper listed twice, by two
    venues): the second title is no citation of the first, so both stay entries."""
    block = (
        "title: Learning and Evaluating Contextual Embedding of Source Code\nyear: 2020\n"
        "venue:{v} \npdf: {u}  \ncode: \n\n"
    )
    text = block.format(
        v="ICML", u="https://proceedings.mlr.press/v119/kanade20a.html"
    ) + block.format(v="FSE/ESEC", u="https://dl.acm.org/doi/pdf/10.1145/3368089.3417058")
    assert [ln for ln, _, _ in _read(text)] == [1, 7]
