"""Reading cases found on the fresh46 real lists (tests/fixtures/real/fresh46__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

import pytest

from pipeline.errors import NoEntriesError
from pipeline.formats.tables import table_roles
from pipeline.parse import parse_text
from tests.support.reading import reader

_read = reader("line", "title", "short_name")
_code = reader("title", "code")

ENTRY = "- [A Paper Title About Things](https://arxiv.org/abs/2301.00001)\n"


def test_a_table_of_conference_index_pages_behind_click_links_has_no_entries():
    text = (
        "## 1. Statistics\n\n| Conference | Link | #Total |\n|---|---|---|\n"
        "| ICCV2021 | [click](https://openaccess.thecvf.com/ICCV2021) | 34 |\n"
        "| CVPR2020 | [Click](http://openaccess.thecvf.com/CVPR2020.py) | 34 |\n"
    )
    with pytest.raises(NoEntriesError):
        parse_text(text, "l.md")


def test_a_paper_in_an_about_me_section_is_the_lists_own():
    text = (
        "# Awesome Re-ID\n\n### About Me\n- My paper [[link](https://openaccess.thecvf.com/content/CVPR2021/papers/"
        "Choi_Meta_CVPR_2021_paper.pdf)] accepted to CVPR2021.\n\n## Papers\n" + ENTRY
    )
    assert [t for _, t, _ in _read(text)] == ["A Paper Title About Things"]


def test_a_bold_name_with_a_code_link_takes_the_titled_paper_link_below_it():
    text = (
        "- **Center Loss：**   [[**code**]](https://github.com/ydwen/caffe-face)\n"
        "  [A Discriminative Feature Learning Approach for Deep Face Recognition](http://ydwen.github.io/papers/WenECCV16.pdf) [Yandong Wen et al., 2016]\n"
        "- **NormFace**     [[**code**]](https://github.com/happynear/NormFace)\n"
        "\n"
        "  [NormFace: L2 Hypersphere Embedding for Face Verification](https://arxiv.org/pdf/1704.06369.pdf) [Feng Wang al., 2017]\n"
    )
    assert _read(text) == [
        (1, "A Discriminative Feature Learning Approach for Deep Face Recognition", "Center Loss"),
        (3, "NormFace: L2 Hypersphere Embedding for Face Verification", "NormFace"),
    ]
    assert [c.url for _, c in _code(text)] == [
        "https://github.com/ydwen/caffe-face",
        "https://github.com/happynear/NormFace",
    ]


def test_a_category_item_or_a_description_over_a_paper_paragraph_is_not_its_name():
    text = (
        "- Chunk Optimization\n\n  [LlamaIndex](https://github.com/jerryjliu/llama_index)\n\n"
        "  [RAPTOR: Recursive Abstractive Processing for Tree-Organized Retrieval](https://arxiv.org/pdf/2401.18059.pdf)\n"
        "- Early discussions on LM-used tools\n\n"
        "  **ToolLLM: Facilitating Large Language Models to Master Real-world APIs** *Qin, Yujia, et al.*"
        " 2023.07 [[Paper]](https://openreview.net/forum?id=dHng2O0Jjr)\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "RAPTOR: Recursive Abstractive Processing for Tree-Organized Retrieval",
        "ToolLLM: Facilitating Large Language Models to Master Real-world APIs",
    ]


def test_a_numbered_paragraph_with_only_code_is_not_the_code_of_the_entry_above():
    text = (
        "[2] Im et al, Robust Depth Estimation from Auto Bracketed Images, CVPR 2018,"
        " [PDF](https://arxiv.org/abs/1803.07702)\n\n"
        "[3] Yin et al, GeoNet: Unsupervised Learning of Dense Depth, CVPR 2018,"
        "[Code](https://github.com/yzcjtr/GeoNet)\n"
    )
    assert _code(text) == [("Robust Depth Estimation from Auto Bracketed Images", None)]


def test_table_headers_in_chinese_name_their_columns():
    assert table_roles(["论文", "期刊 / 会议", "年份", "备注"]) == [
        "title", "venue", "year", "description",
    ]  # fmt: skip
    text = (
        "| 论文 | 期刊 / 会议 | 年份 | 备注 |\n|---|---|---|---|\n"
        "| **CTGLM**：A Vision-Language Model for Automated Chinese Chest CT Report Generation"
        " | CHIP 2025 | 2025 | DOI: [10.1007/978-981-96-3755-3_11](https://doi.org/10.1007/978-981-96-3755-3_11)；中文胸部 CT 报告生成 |\n"
    )
    assert _read(text)[0][1] == (
        "CTGLM: A Vision-Language Model for Automated Chinese Chest CT Report Generation"
    )


@pytest.mark.parametrize(
    ("written", "title"),
    [
        ("iperov/DeepFaceLab (Github)", "iperov/DeepFaceLab"),
        ("Towards Evaluating the Robustness of Neural Networks (C&W)", None),
        ("Neural Symbolic Machines on Freebase (Short Version)", None),
    ],
)
def test_a_kind_of_link_in_brackets_after_a_title_is_no_part_of_it(written, title):
    text = f"* {written} [[Paper]](https://arxiv.org/abs/1608.04644)\n"
    assert _read(text)[0][1] == (title or written)


def test_a_numbered_name_keeps_its_number():
    text = '- **SEND (1)**: "Speaker Embedding-aware Neural Diarization," 2021. [[Paper](https://arxiv.org/abs/2111.13694)]\n'
    assert _read(text)[0][1].startswith("SEND (1)")
