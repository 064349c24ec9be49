"""Reading cases found on the fresh28 real lists (tests/fixtures/real/fresh28__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

import pytest

from pipeline.formats.dates import find_year
from pipeline.parse import parse_text
from tests.support.reading import one

LABELLED = """1. **Sample Is Feature: Beyond Item-Level Tokens for Large Recommender Models (SIF)**
   * Affiliation: Meituan
   * Link: [arxiv.org/abs/2604.15650](https://arxiv.org/abs/2604.15650)
   * Venue: RecSys 2026

2. **Deep-learning Causal Retrieval Optimization for Efficient Distribution**
   * Link: [arxiv.org/abs/2607.14161](https://arxiv.org/abs/2607.14161)
   * Venue: RecSys 2026
"""


def test_a_link_whose_text_is_its_address_is_not_a_title():
    first, second = parse_text(LABELLED, "l.md").entries
    assert (first.line, second.line) == (1, 6)
    assert first.title.startswith("Sample Is Feature") and first.year == 2026
    assert second.title == "Deep-learning Causal Retrieval Optimization for Efficient Distribution"


def test_several_papers_written_in_one_item_are_each_an_entry():
    parsed = parse_text(
        "- **Discrete VQ tokens** — occupancy as a language. **OccWorld** [[paper]]"
        "(https://arxiv.org/abs/2311.16038) · **OccLLaMA** [[paper]](https://arxiv.org/abs/2409.03272)"
        " · **I²-World** (two tokenizers) [[paper]](https://arxiv.org/abs/2507.09144).\n",
        "l.md",
    )
    assert [(e.title, e.paper.url[-10:]) for e in parsed.entries] == [
        ("OccWorld", "2311.16038"), ("OccLLaMA", "2409.03272"), ("I²-World", "2507.09144")
    ]  # fmt: skip


def test_a_title_cell_whose_first_line_is_a_badge_takes_the_title_below_it():
    e = one("| Model | Paper | Venue |\n|:-:|:-|:-:|\n| `Hydra-MDP` | [![CVPRW](https://img.shields.io"
            "/badge/arXiv-2406.06978-b31b1b)](https://arxiv.org/abs/2406.06978)<br>Hydra-MDP: "
            "End-to-End Multimodal Planning | CVPRW 2024 |\n")  # fmt: skip
    assert e.title == "Hydra-MDP: End-to-End Multimodal Planning"


def test_a_row_whose_paper_link_is_empty_is_not_an_entry():
    parsed = parse_text("|Method|Paper|\n|---|---|\n|EquiCSP| Equivariant Diffusion for Crystal "
                        "Structure Prediction (ICML2024) [[**Paper**](https://openreview.net/forum?id=VRv8KjJNuj)] |\n"
                        "|GemsDiff| a (Nature Communications, 2024) [[**Paper**]()][[**Code**]()] |\n", "l.md")  # fmt: skip
    assert [e.title for e in parsed.entries] == [
        "Equivariant Diffusion for Crystal Structure Prediction"
    ]


@pytest.mark.parametrize(
    "text",
    ["> **1、[2023-12-14][ICCV2023]**OccNeRF：Rendering Humans from Videos[[paper]](https://arxiv.org/abs/2312.09243)",
     "> 1、OccNeRF：Rendering Humans from Videos[[paper]](https://arxiv.org/abs/2312.09243)",
     "> **18、[2023-04-19][2023CVPR]** OccNeRF：Rendering Humans from Videos【cite:13】[[paper]](https://arxiv.org/abs/2312.09243)"],
)  # fmt: skip
def test_cjk_numbering_tags_and_notes_are_not_the_title(text):
    assert one(text + "\n").title == "OccNeRF：Rendering Humans from Videos"


def test_a_volume_number_after_a_journal_is_not_its_year():
    assert find_year("Nonlinear Science 31, no. 9 (2021): 093122")[0] == 2021
    assert find_year("FATREC ’18")[0] == 2018
    assert find_year("ICLR 24")[0] == 2024
