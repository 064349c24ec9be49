"""Layouts first seen in the fresh164-169 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pipeline.checks import paper_ref
from pipeline.config import Settings
from pipeline.model import ArxivRecord
from pipeline.parse import parse_text
from pipeline.run import Sources, run
from tests.conftest import FakeArxivSource
from tests.support.reading import reader

NOW = datetime(2026, 11, 30, tzinfo=UTC)

_read = reader("line", "title", "year")
_named = reader("title", "short_name")


def test_arxivs_bibtex_export_under_an_entry_is_no_paper_of_its_own():
    text = (
        "*   **[EgoLife: Towards Egocentric Life Assistant](http://arxiv.org/abs/2503.03803v1)**"
        " (CVPR2025 2025.03)\n"
        "    *   code: [https://github.com/a/b](https://github.com/a/b)\n"
        "    *   citation: 28 [[arxiv bibtex]](https://arxiv.org/bibtex/2503.03803) "
        "[[google scholar bibtex]](https://scholar.google.com/scholar?q=EgoLife)\n"
    )
    assert _read(text) == [(1, "EgoLife: Towards Egocentric Life Assistant", 2025)]


def test_a_two_digit_year_and_month_opening_an_item_dates_it():
    text = (
        "* 25.03 [CMMCoT: Enhancing Multi-Image Comprehension](https://arxiv.org/pdf/2503.05255)"
        " | [Paper](https://arxiv.org/pdf/2503.05255)\n"
        "* 2.5 [Qwen2.5-VL Technical Report](https://arxiv.org/abs/2502.13923)\n"
        "* 12.34 [A Title With Numbers](https://arxiv.org/abs/2502.13924)\n"
        "* 14.10 [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
        "- [YOLOv4: Optimal Speed and Accuracy](https://arxiv.org/abs/2004.10934) 23.05 AP\n\n"
        "| Score | Paper |\n|---|---|\n"
        "| 23.05 | [Attention Is All You Need](https://arxiv.org/abs/1706.03762) |\n"
    )  # a month before the item's own arXiv ID, a score after the title, a score column
    assert [y for _, _, y in _read(text)] == [2025, None, None, None, None, None]


def test_a_title_in_square_brackets_before_the_bracketed_pdf_link():
    text = (
        "- [ K-Level Reasoning with Large Language Models ] "
        "[ [ PDF LINK ](https://browse.arxiv.org/pdf/2402.01521.pdf) ]\n\n"
        "- [ Communicative Agents for Software Development] "
        "[ [PDF LINK](https://arxiv.org/pdf/2307.07924.pdf) ]\n\n"
        "- [ SOTOPIA-π: Interactive Learning of Language Agents ][ [PDF LINK]"
        "(https://arxiv.org/pdf/2403.08715.pdf) ]\n\n"
        "- [ Constitutional AI: Harmlessness from AI Feedback ] [ [[PDF Link]"
        "(https://arxiv.org/abs/2212.08073)]\n\n"
        "- [CVPR 2023] [Segment Everything Everywhere](https://arxiv.org/abs/2304.06718)\n\n"
        "- [ CVPR 2023 Highlight ] [ [PDF LINK](https://arxiv.org/abs/2304.06719) ]\n\n"
        "- [ Code Generation Agents ] [ [PDF LINK](https://arxiv.org/abs/2304.06720) ]\n"
    )  # the last two are tags, not titles: no entry
    assert [t for _, t, _ in _read(text)] == [
        "K-Level Reasoning with Large Language Models",
        "Communicative Agents for Software Development",
        "SOTOPIA-π: Interactive Learning of Language Agents",
        "Constitutional AI: Harmlessness from AI Feedback",
        "Segment Everything Everywhere",
    ]


def test_a_venue_and_a_dotted_month_before_the_title_are_cut():
    text = (
        "### U-Net\n"
        "arXiv  2015.05, U-Net: Convolutional Networks for Biomedical Image Segmentation, "
        "[paper](http://arxiv.org/abs/1505.04597)\n"
        "### DDPM\n"
        "arXiv  2020.12, Denoising Diffusion Probabilistic Models, "
        "[paper](http://arxiv.org/abs/2006.11239)\n"
    )
    assert [(t, y) for _, t, y in _read(text)] == [
        ("U-Net: Convolutional Networks for Biomedical Image Segmentation", 2015),
        ("Denoising Diffusion Probabilistic Models", 2020),
    ]


def test_a_title_cell_holds_the_name_link_over_the_title():
    text = (
        "| Paper | Venue | Sources |\n| --- | --- | --- |\n"
        "| **[DreamerV3](https://arxiv.org/abs/2301.04104)**<br>Mastering diverse control "
        "tasks through world models | Nature 2025 | [Code](https://github.com/danijar/dreamerv3) |\n"
        "| **[Contextual Similarity Distillation](https://arxiv.org/abs/2503.11339)**<br>"
        "Contextual Similarity Distillation: Ensemble Uncertainties with a Single Model "
        "| ICLR 2026 | - |\n"
        "| **[Voyager: An Open-Ended Embodied Agent](https://arxiv.org/abs/2305.16291)**<br>"
        "Guanzhi Wang, Yuqi Xie, Yunfan Jiang | TMLR 2024 | - |\n"
        "| **[Flamingo](https://arxiv.org/abs/2204.14198)**<br>Alayrac, Donahue, Luc, Miech, Barr"
        " | NeurIPS 2022 | - |\n"
        "| **[BERT](https://arxiv.org/abs/1810.04805)**<br>Google AI Language, Mountain View"
        " | NAACL 2019 | - |\n"
        "| **[Attention Is All You Need](https://arxiv.org/abs/1706.03762)**<br>Introduced the "
        "Transformer Architecture for Sequence Transduction | NeurIPS 2017 | - |\n"
    )  # authors, an affiliation, a description: not titles
    assert _named(text) == [
        ("Mastering diverse control tasks through world models", "DreamerV3"),
        (
            "Contextual Similarity Distillation: Ensemble Uncertainties with a Single Model",
            "Contextual Similarity Distillation",
        ),
        ("Voyager: An Open-Ended Embodied Agent", "Voyager"),
        ("Flamingo", None),
        ("BERT", None),
        ("Attention Is All You Need", None),
    ]


def test_an_arxiv_id_written_in_an_identifier_column_is_the_papers_id():
    text = (
        "| Published | Identifier | Title | Source |\n| --- | --- | --- | --- |\n"
        "| 2026-09-25 | arxiv:2609.31041v1 | [Room Impulse Response Embeddings for Speech "
        "Enhancement](papers/arxiv-2609-31041v1.md) | arxiv |\n"
        "| 2026-09-25 | arxiv:2609.30924v1 | [Training-Free Pronunciation Transcription via "
        "Rescoring](papers/arxiv-2609-30924v1.md) | arxiv |\n"
        "| 2026-09-24 | arxiv:2609.30001 arxiv:2609.30002 | [Two Identifiers Name No One "
        "Paper](papers/two.md) | arxiv |\n"
    )
    parsed = parse_text(text, "l.md")
    assert [e.arxiv_text for e in parsed.entries] == ["2609.31041", "2609.30924", None]
    cited = parse_text(
        "- [QLoRA: Efficient Finetuning of Quantized LLMs](https://proceedings.neurips.cc/q.pdf)"
        " NeurIPS 2023. Extends LoRA (arXiv:2106.09685).\n",
        "l.md",
    )
    assert [e.arxiv_text for e in cited.entries] == [None]  # a related paper, not its own
    recs = {
        "2609.31041": ArxivRecord(
            "2609.31041", 1, "Room Impulse Response Embeddings for Speech Enhancement",
            ("A. B",), date(2026, 9, 25),
        ),
        "2609.30924": ArxivRecord(
            "2609.30924", 1, "Lattice Gauge Theory on Curved Spacetimes", ("C. D",),
            date(2026, 9, 25),
        ),
    }  # fmt: skip
    settings = Settings(use_cache=False, title_search=False)
    report = run([parsed], settings, Sources(arxiv=FakeArxivSource(recs)), now=NOW)
    wrong = {(f.rule.value, f.line) for f in report.all_findings if f.rule.value == "wrong-paper"}
    assert wrong == {("wrong-paper", 4)}  # the second ID names another paper; the first is right
    assert [paper_ref(e).base_id if paper_ref(e) else None for e in parsed.entries] == [
        "2609.31041",
        "2609.30924",
        None,
    ]


def test_a_document_heading_with_a_venue_and_year_does_not_date_every_section():
    text = (
        "# CVPR 2024 — Gaussian Splatting Papers\n\n"
        "## Earlier work\n\n"
        "- [3D Gaussian Splatting for Real-Time Radiance Field Rendering]"
        "(https://arxiv.org/abs/2308.04079)\n"
    )
    assert [(e.year, e.venue) for e in parse_text(text, "l.md").entries] == [(None, None)]


def test_a_summary_in_chinese_under_a_bold_name_is_not_its_title():
    text = (
        "1. **A Sparse Interactive Model for Matrix Completion** [NIPS2016] "
        "[[paper link](https://arxiv.org/abs/1610.00001)]\n  \n"
        "   一个inductive model用作矩阵补全任务。【矩阵补全】【RMSE/MAE】\n\n"
        "2.  **Neural Program Meta-Induction** [NIPS2017] "
        "[[paper link](https://arxiv.org/pdf/1710.04157)]\n\n"
        "      集中在Neural Program Induction任务当中，对于其他域少量训练样本，使用知识迁移的方法，"
        "提升模型泛化能力。【Neural Program Induction】【人工构建Karel程序任务集】"
        "【I/O示例预测准确率】【各种设置下的transformer模型】\n"
    )
    assert [(t, y) for _, t, y in _read(text)] == [
        ("A Sparse Interactive Model for Matrix Completion", 2016),
        ("Neural Program Meta-Induction", 2017),
    ]
    glossed = (
        "1. **ResNet** [CVPR2016] [[paper link](https://arxiv.org/abs/1512.03385)]\n"
        "   Deep Residual Learning for Image Recognition 【经典】\n"
    )  # an English title with a Chinese gloss is still the title
    assert [t for _, t, _ in _read(glossed)] == ["Deep Residual Learning for Image Recognition"]
