"""What the review of this session's reader rules found (probes of lists the corpus does not
hold), each held by a test that fails on the reviewed commit (8aacaf3)."""

from __future__ import annotations

from pipeline.formats.bibtex import bibtex_details
from pipeline.formats.labels import strip_label
from pipeline.formats.runs import plain
from pipeline.parse import parse_text
from pipeline.titles import Verdict, compare_entry
from tests.support.reading import offline_rules, reader

_titles = reader("title")


def test_a_dash_before_authors_or_a_venue_leaves_the_name_alone():
    text = (
        "- [Mamba](https://arxiv.org/abs/2312.00752) - Gu and Dao\n"
        "- [Mamba](https://arxiv.org/abs/2312.00753) - Albert Gu And Tri Dao\n"
        "- [Vicuna](https://arxiv.org/abs/2306.05685) - Neural Information Processing Systems\n"
        "- [Vicuna](https://arxiv.org/abs/2306.05686) - Proceedings of ACL 2023\n"
    )
    assert [t for (t,) in _titles(text)] == ["Mamba", "Mamba", "Vicuna", "Vicuna"]
    assert parse_text(text, "l.md").entries[3].venue == "ACL 2023"


def test_a_name_that_names_the_paper_before_other_words_is_no_evidence_of_another():
    """``BERT: Bidirectional Encoder Representations from Transformers`` (the name spelled
    out) for arXiv's ``BERT: Pre-training of ...``: uncertain, never a different paper."""
    bert = "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"
    listed = "BERT: Bidirectional Encoder Representations from Transformers"
    assert compare_entry(listed, "BERT", bert).verdict is Verdict.UNCERTAIN
    other = compare_entry(
        "LoMa: Local Feature Matching Revisited", "LoMa", "Attention Is All You Need"
    )
    assert other.verdict is Verdict.DIFFERENT


def test_a_year_a_venue_or_a_reference_number_before_a_citation_is_no_name():
    text = (
        "- 2022: Ouyang, L., & Lowe, R. (2022). Training language models to follow instructions"
        " with human feedback. [Web](https://arxiv.org/abs/2203.02157)\n"
        "- InstructGPT: Ouyang, L., & Lowe, R. (2022). Training language models to follow"
        " instructions with human feedback. [Web](https://arxiv.org/abs/2203.02155)\n"
    )
    assert [t for (t,) in _titles(text)] == [
        "Training language models to follow instructions with human feedback",
        "InstructGPT: Training language models to follow instructions with human feedback",
    ]


def test_a_source_column_linking_a_papers_title_keeps_a_table_of_datasets():
    text = (
        "| Dataset | #Nodes | Source |\n|---|---|---|\n"
        "| Cora | 2708 | [Collective Classification in Network Data](https://arxiv.org/abs/1603.08861) |\n"
        "| Citeseer | 3327 | [Revisiting Semi-Supervised Learning with Graph Embeddings]"
        "(https://arxiv.org/abs/1603.08862) |\n"
        "| [Open Graph Benchmark: Datasets for Machine Learning on Graphs](https://arxiv.org/abs/2005.00687) | 169k | |\n"
    )
    assert [t for (t,) in _titles(text)] == [
        "Open Graph Benchmark: Datasets for Machine Learning on Graphs"
    ]


def test_bibtex_fields_on_one_line_and_years_with_months_are_read():
    def said(content: str) -> list[str]:
        return [plain(d) for d in bibtex_details(content, 1)]

    assert said("@article{x,\n  title={Deep Factors}, year={2020}, journal={IJF}\n}") == [
        "year: 2020",
        "BibTeX title: Deep Factors",
    ]
    assert (
        said(
            '@misc{b,\n title = "Deep Factors for Forecasting",\n year = {2020-07}, month={jul}\n}'
        )[0]
        == "year: 2020"
    )
    assert said("x" * 500 + "\n@article{c, year = {2019}, booktitle = {Proc. of X}}") == [
        "year: 2019"
    ]
    latex = (
        "@article{d,\n  title = {Normalizing {K}alman Filters for \\emph{Multivariate} Data},\n}"
    )
    assert said(latex) == ["BibTeX title: Normalizing Kalman Filters for Multivariate Data"]
    two = "@article{e,\n title={First Paper}, year={2019}}\n@article{f,\n title={Second One}, year={2020}}"
    assert said(two) == ["year: 2019", "BibTeX title: First Paper"]


def test_a_survey_heading_is_the_lists_own_when_entries_come_between_it_and_paper_headings():
    text = (
        "# Awesome X\n\n## [Efficient Large Language Models: A Survey](https://arxiv.org/abs/2312.03863)\n\n"
        "## Papers\n\n- [LoRA: Low-Rank Adaptation of Large Language Models](https://arxiv.org/abs/2106.09685)\n\n"
        "## [LLM-Pruner: On the Structural Pruning of Large Language Models](https://arxiv.org/abs/2305.11627)\n"
    )
    assert [e.line for e in parse_text(text, "l.md").entries] == [7, 9]


def test_a_doi_over_a_code_page_or_another_doi_is_still_a_mismatch():
    github = (
        "- Prediction of RNA secondary structure by free energy minimization "
        "[paper](https://arxiv.org/abs/2001.00001) "
        "[https://doi.org/10.1016/j.jmb.2009.08.045](https://github.com/someone/rna)\n"
    )
    assert "link-text-mismatch" in offline_rules(github)


def test_a_three_character_chinese_label_is_read_as_its_english_one():
    assert strip_label("关键词: RNA, folding")[0] == "keywords"
    assert strip_label("发表时间：2024-03")[0] == "date"
