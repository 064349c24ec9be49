"""Round 99 (fresh686-689): each rule held by a test that fails on the reader before it; the
guards beside them pass on both."""

from __future__ import annotations

from pipeline.formats import fields as F
from pipeline.formats.authors import person_list
from pipeline.formats.dates import find_year
from pipeline.formats.runs import markdown_runs
from tests.support.reading import reader

ARXIV = "https://arxiv.org/abs/"
_read = reader("line", "title", "year", "code.url")


def test_a_journal_clubs_date_beside_its_moderator_is_the_sessions():
    """rise-miccai's journal club: ``No | Date | Moderator | Title | Link``: the Date column
    dates each session (a moderator leads it), not the paper discussed."""
    text = (
        "No | Date | Moderator | Title | Link\n--- | --- | --- | --- | ---\n"
        "37  | 14/12/2024 | Mostafa Sharifzadeh| Mitigating Aberration-Induced Noise: A Deep "
        f"Learning-Based Aberration-to-Aberration Approach | {ARXIV}2308.11149\n"
    )
    assert [(t, y) for _, t, y, _ in _read(text)] == [
        (
            "Mitigating Aberration-Induced Noise: A Deep Learning-Based Aberration-to-Aberration"
            " Approach",
            None,
        )
    ]


def test_a_table_of_software_names_its_tools_not_papers():
    """chuan-peng-lab: ``| Software name | Key features | URL |`` rows link a tool's docs and
    its ``[paper]``: the tool's reference, no entry; the APA references below are entries."""
    text = (
        "### EAMs in Python\n| Software name | Key features | URL |\n| --- | --- | --- |\n"
        "| HDDM |  Hierarchical Bayesian parameter estimation of the Drift Diffusion Model | "
        "[link](https://hddm.readthedocs.io/en/latest/); "
        "[paper](https://www.frontiersin.org/articles/10.3389/fninf.2013.00014/full)|\n"
        "| PyDDM | A simulator and modeling framework for generalized drift-diffusion models | "
        "[link](https://github.com/mwshinn/PyDDM); [paper](https://doi.org/10.7554/eLife.56938)|\n"
        "\n## References\n"
        "- Shinn, M., Lam, N. H., & Murray, J. D. (2020). A flexible framework for simulating and"
        " fitting generalized drift-diffusion models. *eLife*, 9, e56938. "
        "https://doi.org/10.7554/eLife.56938\n"
    )
    assert [t for _, t, _, _ in _read(text)] == [
        "A flexible framework for simulating and fitting generalized drift-diffusion models"
    ]


def test_a_tools_sections_table_led_by_venue_keeps_its_papers():
    """Guard: under ``### GNN Libraries``, ``| Venue | Title | ... |`` rows are papers about
    libraries, titled in their own column (the first cell is a venue, no tool's name)."""
    text = (
        "### GNN Libraries\n| Venue | Title | Affiliation | Link |\n| :---: | :---: | :---: | :---: |\n"
        f"|arXiv 2021|CogDL: A Toolkit for Deep Learning on Graphs|THU| [[paper]]({ARXIV}2103.00959)|\n"
    )
    assert [t for _, t, _, _ in _read(text)] == ["CogDL: A Toolkit for Deep Learning on Graphs"]


def test_apa_seven_authors_with_an_ellipsis_before_the_last():
    """APA 7 lists the first nineteen authors, ``…``, then the last, with no ``&``."""
    names = "Boag, R. J., Innes, R. J., Stevenson, N., Cox, G. E., … Forstmann, B. U."
    assert person_list(names)
    cite = f"{names} (2025). An Expert Guide to Planning Experimental Tasks. *AMPPS*, 8(2), 1."
    assert F.clean_title(cite) == "An Expert Guide to Planning Experimental Tasks"


def test_a_rejected_venue_in_bold_labels_the_title_after_it():
    """lemei's reading group: ``**ICLR 2025 reject** [Title]  (url)``: a venue, its year and
    what became of the paper, before the title in brackets; the year is read."""
    text = (
        "- [x] **ICLR 2025 reject** [MULTIMODAL SENTIMENT ANALYSIS BASED ON CAUSAL REASONING]  "
        "(https://arxiv.org/pdf/2412.07292)\n"
    )
    assert [(t, y) for _, t, y, _ in _read(text)] == [
        ("MULTIMODAL SENTIMENT ANALYSIS BASED ON CAUSAL REASONING", 2025)
    ]


def test_a_title_copied_as_pieces_linking_one_page_is_one_link():
    """awillats: ``"[Empirical ](u)[](u)[models ](u)[of spiking in neural populations ](u)"``:
    pieces of one title linking the same page, one after another, are one link; a title
    and its label to the same page (``[Title](u)[PDF](u)``) stay two."""
    url = "https://papers.nips.cc/paper/2011/file/7143d7fbadfa4693b9eec507d9d37443-Paper.pdf"
    line = f'### "[Empirical ]({url})[]({url})[models ]({url})[of spiking in neural populations ]({url})" (2011) Macke et al.\n'
    assert _read(line) == [(1, "Empirical models of spiking in neural populations", 2011, None)]
    links = [r.text for r in markdown_runs(f"[Attention Is All You Need]({url})[PDF]({url})", 1)]
    assert links == ["Attention Is All You Need", "PDF"]


def test_an_items_number_before_a_3d_title_is_cut():
    """``**03.3D Convolutional Neural Networks ...**``: the item's number, glued to a title
    that opens with ``3D``."""
    assert F.clean_title("03.3D Convolutional Neural Networks for Human Action Recognition") == (
        "3D Convolutional Neural Networks for Human Action Recognition"
    )
    assert F.clean_title("1.5B Parameters Model Scaling") == "1.5B Parameters Model Scaling"


def test_a_venue_year_with_its_season_dates_the_entry():
    """``*IEEE VTC2026-Spring*``: the conference's spring meeting of 2026."""
    assert find_year("*IEEE VTC2026-Spring* · [Paper](x)")[0] == 2026
    assert find_year("NSW 2015–2024 data")[0] is None  # guard: a span's start


def test_review_957_probes_read_as_before():
    """Guards (review 957): a tools section's table with a Title column keeps its papers (its
    first cell is a number); a name and its label linking one page stay two links; a
    species or a country before a dash stays in the title (the thesis-author cut was
    dropped); a Moderator column of models or variables is no schedule."""
    text = (
        "## Tools\n| No. | Title | Links |\n|---|---|---|\n"
        "| 1 | Toolformer: Language Models Can Teach Themselves to Use Tools | "
        f"[paper]({ARXIV}2302.04761) |\n"
    )
    assert [t for _, t, _, _ in _read(text)] == [
        "Toolformer: Language Models Can Teach Themselves to Use Tools"
    ]
    runs = markdown_runs("[Mamba](u)[paper](u) [NeRF](v)[Project Page](v)", 1)
    assert [r.text for r in runs if r.kind == "link"] == ["Mamba", "paper", "NeRF", "Project Page"]
    title = "E. Coli - Genome-Scale Metabolic Model Reconstruction"
    assert F.clean_title(title) == title
    moderated = (
        "| Date | Moderator | Title | Link |\n|---|---|---|---|\n"
        f"| 2023-12-07 | Llama Guard | Llama Guard: LLM-based Input-Output Safeguard | {ARXIV}2312.06674 |\n"
        f"| 2024-06-26 | WildGuard | WildGuard: Open One-Stop Moderation Tools | {ARXIV}2406.18495 |\n"
    )
    assert [y for _, _, y, _ in _read(moderated)] == [2023, 2024]
