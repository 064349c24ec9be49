"""Reading cases found on the fresh23 real lists (tests/fixtures/real/fresh23__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

from pipeline.parse import parse_text

BADGE = "[![{label}](https://img.shields.io/badge/{label}-fcb400?style=flat-square)]({url})"


def test_a_dataset_row_whose_only_link_is_a_data_badge_is_not_an_entry():
    data = BADGE.format(label="Data", url="https://huggingface.co/datasets/GBaker/MedQA-USMLE")
    paper = BADGE.format(label="Paper", url="https://arxiv.org/abs/2009.13081")
    text = (
        "| Dataset | Venue | Task / Highlight | Links |\n|:---|:---:|:---|:---:|\n"
        f"| **MedQA** | `Applied Sciences 2021` | USMLE exam QA | {data} |\n"
        f"| **MedQA-2** | `Applied Sciences 2021` | USMLE exam QA | {paper} {data} |\n"
    )
    assert [e.line for e in parse_text(text, "l.md").entries] == [4]
