"""What the review of rounds 63-65 found (probes of lists the corpus does not hold), each
held by a test that fails on the reviewed commit (5ff76acd), and tests for rules the
review could loosen with every test still passing."""

from __future__ import annotations

from pipeline.formats.links import badge_text
from pipeline.formats.preface import intro_heading
from pipeline.formats.runs import Builder, Run
from pipeline.formats.tables import data_table, table_roles
from pipeline.parse import parse_text
from scripts.accuracy import CORPUS, score_list
from tests.support.reading import reader

_titles = reader("line", "title")
_years = reader("line", "year", "venue")


def test_a_dataset_column_beside_named_papers_is_no_table_of_datasets():
    """``| Dataset | Article |`` whose second column links each paper by its name: the
    papers are the rows' own, not the datasets' sources (all three were dropped)."""
    text = (
        "## Papers\n\n| Dataset | Article |\n|---|---|\n"
        "| Cora | [GraphSAGE](https://arxiv.org/abs/1706.02216) |\n"
        "| Reddit | [FastGCN](https://arxiv.org/abs/1801.10247) |\n"
        "| PPI | [Cluster-GCN](https://arxiv.org/abs/1905.07953) |\n"
    )
    assert [line for line, _ in _titles(text)] == [5, 6, 7]


def test_a_table_of_datasets_still_drops_rows_named_by_their_dataset():
    """``| Dataset | #Nodes | Source |`` with ``[Paper]`` links: generic link labels keep it
    a table of datasets; ``| Dataset | Approach | Link |``: a paper column's header makes it
    a table of papers."""
    datasets = (
        "| Dataset | #Nodes | Source |\n|---|---|---|\n"
        "| Cora | 2708 | [Paper](https://arxiv.org/abs/1603.08861) |\n"
        "| Citeseer | 3327 | [arXiv](https://arxiv.org/abs/1603.08862) |\n"
        "| Open Graph Benchmark: Datasets for Machine Learning on Graphs | 169k | [Paper](https://arxiv.org/abs/2005.00687) |\n"
    )
    assert _titles(datasets) == [
        (5, "Open Graph Benchmark: Datasets for Machine Learning on Graphs")
    ]
    roles = table_roles(["Dataset", "Approach", "Link"])
    assert not data_table(["Dataset", "Approach", "Link"], roles)


def test_notes_header_role_is_reset_when_the_column_also_holds_code():
    """``Notes/Code``: a column that names code is no notes column (its links are code)."""
    assert table_roles(["Title", "Notes/Code"])[1] == "code"
    assert table_roles(["Title", "Reading Notes"])[1] == "notes"


def test_paper_headings_at_level_two_keep_a_first_survey_as_an_entry():
    """``## [Title](arxiv)`` for every entry: the first, a survey, is the list's first entry
    once a second paper heading at its level shows the list is written so."""
    text = (
        "# Awesome Efficient LLM\n\n"
        "## [Efficient Large Language Models: A Survey](https://arxiv.org/abs/2312.03863)\n"
        "Zhongwei Wan et al. TMLR 2024.\n\n"
        "## [LLM-Pruner: On the Structural Pruning of Large Language Models]"
        "(https://arxiv.org/abs/2305.11627)\nXinyin Ma et al. NeurIPS 2023.\n"
    )
    assert [line for line, _ in _titles(text)] == [3, 6]


def test_a_survey_heading_alone_under_the_title_stays_the_lists_own():
    """``## [Title: A Survey](arxiv)`` then ``## Papers`` over bullets: the list's survey."""
    text = (
        "# Awesome X\n\n## [Efficient Large Language Models: A Survey](https://arxiv.org/abs/2312.03863)\n\n"
        "## Papers\n\n- [LLM-Pruner: On the Structural Pruning of Large Language Models]"
        "(https://arxiv.org/abs/2305.11627)\n"
    )
    assert [line for line, _ in _titles(text)] == [7]


def test_a_deeper_survey_heading_before_any_entry_is_an_entry_unless_it_says_ours():
    """``### [A Survey on X](arxiv)`` first under ``## Surveys``: an entry of the list; at
    ``####`` saying ``our survey``: the list's own."""
    text = (
        "# Awesome X\n\n### [A Survey on Large Language Model Compression Methods]"
        "(https://arxiv.org/abs/2308.07633)\n\n### [LoRA: Low-Rank Adaptation of Large Language"
        " Models](https://arxiv.org/abs/2106.09685)\n"
    )
    assert [line for line, _ in _titles(text)] == [3, 5]
    ours = text.replace("### [A Survey", "#### This repository holds our survey: [A Survey")
    assert [line for line, _ in _titles(ours)] == [5]


def test_sections_of_survey_papers_and_reviewing_are_no_survey_title():
    assert not intro_heading("Survey Papers on Person Re-identification")
    assert not intro_heading("Survey and Review Papers")
    assert not intro_heading("Papers we review from CVPR 2023")
    assert not intro_heading("Papers Currently Under Review at ICLR")
    assert intro_heading("Vision Mamba: A Comprehensive Survey and Taxonomy")
    assert intro_heading("A Survey on Vision-Language-Action Models for Embodied AI")


def test_a_first_section_heading_that_mentions_reviewing_dates_no_other_section():
    text = (
        "## Papers we review from CVPR 2023\n\n- [Segment Anything](https://arxiv.org/abs/2304.02643)\n\n"
        "## Classics we always come back to\n\n"
        "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
    )
    assert _years(text)[1] == (7, None, None)


def test_a_dash_and_a_subtitle_with_its_year_is_no_byline():
    """``Title - Lessons Learned (2010)`` keeps its subtitle; ``Title - Leslie Lamport
    (1978)`` still loses its byline."""
    text = (
        "- [Building Software Systems at Google - Lessons Learned (2010)](https://arxiv.org/abs/1001.00001)\n"
        "- [Kubernetes Scheduling - Resource Management (2019)](https://arxiv.org/abs/1905.00001)\n"
        "- [Web Search for a Planet - Google Cluster Architecture (2003)](https://arxiv.org/abs/0301.00001)\n"
        "- [Time, Clocks, and the Ordering of Events - Leslie Lamport (1978)](https://arxiv.org/abs/0001.00001)\n"
    )
    assert [t for _, t in _titles(text)] == [
        "Building Software Systems at Google - Lessons Learned",
        "Kubernetes Scheduling - Resource Management",
        "Web Search for a Planet - Google Cluster Architecture",
        "Time, Clocks, and the Ordering of Events",
    ]


def test_a_sentence_introducing_a_paper_keeps_it_a_statistic_does_not():
    text = (
        "- The original Transformer paper is [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
        "- This year's best paper was: [Mamba: Linear-Time Sequence Modeling with Selective"
        " State Spaces](https://arxiv.org/abs/2312.00752)\n"
        "- The paper with the most authors was [ClimSim: A large multi-scale dataset for hybrid"
        " physics-ML climate emulation](https://arxiv.org/abs/2306.08754)\n"
    )
    assert [line for line, _ in _titles(text)] == [1, 2]


def test_a_colon_byline_never_leaves_a_title_too_short_to_keep():
    """``[T5: Raffel et al.](url)``: cutting at the colon would leave ``T5``, which no entry
    keeps, so the text stays whole; ``[GAN: Goodfellow et al.](url)`` is cut."""
    text = (
        "- [GAN: Goodfellow et al.](https://arxiv.org/abs/1406.2661)\n"
        "- [T5: Raffel et al.](https://arxiv.org/abs/1910.10683)\n"
    )
    assert [line for line, _ in _titles(text)] == [1, 2]
    assert _titles(text)[0] == (1, "GAN")


def test_the_text_since_a_line_break_is_read_a_bounded_number_of_runs_back():
    b = Builder(1)
    b.out.extend(Run("text", f"w{i} ", 1) for i in range(10))
    assert b.since_break(64) == "".join(f"w{i} " for i in range(10))
    b.out.extend(Run("text", "x ", 1) for _ in range(100))
    assert b.since_break(64) is None
    b.out.append(Run("break", "\n", 1))
    b.out.append(Run("text", "[CVPR] ", 2))
    assert b.since_break(64) == "[CVPR] "


def _badge(name: str) -> str:
    return badge_text(Run("link", "", 1, url="u", image=f"https://img.shields.io/badge/{name}"))


def test_a_badges_two_digit_count_is_no_year():
    assert _badge("CVPR_2023-Top_10-blue") == "CVPR 2023 Top 10"
    assert _badge("ACL_Oral-80-blue") == "ACL Oral 80"
    assert _badge("ICLR_2024-Citations_12-blue") == "ICLR 2024 Citations 12"
    assert _badge("ACL_findings-25-green") == "ACL findings 2025"


def test_rows_below_a_date_row_and_grid_rows_stay_in_a_table_of_datasets():
    """A ``| **2016** | | |`` row and a header-less grid keep the table's dataset context."""
    dated = (
        "| Dataset | #Nodes | Source |\n|---|---|---|\n| **2016** | | |\n"
        "| Cora | 2708 | [Paper](https://arxiv.org/abs/1603.08861) |\n"
        "| Open Graph Benchmark: Datasets for Machine Learning on Graphs | 169k | [Paper](https://arxiv.org/abs/2005.00687) |\n"
    )
    assert _titles(dated) == [(5, "Open Graph Benchmark: Datasets for Machine Learning on Graphs")]
    assert parse_text(dated, "l.md").entries[0].year == 2016
    grid = (
        "| Dataset | Size |\n|---|---|\n"
        "| [Cora](https://arxiv.org/abs/1603.08861) | [Citeseer](https://arxiv.org/abs/1603.08862) |\n"
        "| [Open Graph Benchmark: Datasets for Machine Learning on Graphs](https://arxiv.org/abs/2005.00687)"
        " | [PubMed](https://arxiv.org/abs/1603.08863) |\n"
    )
    assert _titles(grid) == [(4, "Open Graph Benchmark: Datasets for Machine Learning on Graphs")]


def test_the_scorer_counts_a_mistyped_scheme_the_list_wrote_as_its_error():
    folder = CORPUS / "fresh526__ponyzym__efficient-diffusion-models-survey"
    s = score_list(folder, online=False)
    assert s.confirmed == 1 and not any("malformed-link" in m for m in s.misses)
