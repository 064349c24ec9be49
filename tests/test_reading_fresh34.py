"""Reading cases found on the fresh34 real lists (tests/fixtures/real/fresh34__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import one


def test_a_year_and_month_in_a_code_span_before_the_title():
    e = one("- `2019.04` BioELMo: Probing Biomedical Embeddings from Language Models, "
            "[arXiv](https://arxiv.org/abs/1904.02181), [Code](https://github.com/Andy-jqa/bioelmo/)\n")  # fmt: skip
    assert (e.title, e.year) == (
        "BioELMo: Probing Biomedical Embeddings from Language Models",
        2019,
    )


def test_a_bold_title_in_brackets_with_no_title_after_it():
    e = one(
        "- **[Re-Attentional Controllable Video Diffusion Editing]** (Dec 2024) [[Paper]](https://arxiv.org/html/2412.11706v1)\n"
    )
    assert e.title == "Re-Attentional Controllable Video Diffusion Editing"
    e = one("- **[Faster R-CNN, RPN]** Faster R-CNN: Towards Real-Time Object Detection | **[NIPS' 15]** |"
            "[`[pdf]`](https://arxiv.org/abs/1506.01497)\n")  # fmt: skip
    assert e.title.startswith("Faster R-CNN: Towards Real-Time")


def test_a_second_h1_in_words_ends_the_introduction():
    text = ("# Awesome Agents\n\nA list. [Our survey](https://arxiv.org/abs/2402.01680)\n\n"
            "# Multi-Agents Framework\n\n\\[2023/10\\] OpenAgents: An Open Platform for Language "
            "Agents in the Wild. Tianbao Xie et al. [\\[paper\\]](https://arxiv.org/abs/2310.10634)\n")  # fmt: skip
    assert [e.line for e in parse_text(text, "l.md").entries] == [7]
    badges = ("# Awesome Agents\n\n# [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n\n"
              "Official list for our paper [Our Survey of Agents](https://arxiv.org/abs/2402.01680)\n\n"
              "## Papers\n\n- [A Real Paper Title Here](https://arxiv.org/abs/2001.00003)\n")  # fmt: skip
    assert [e.line for e in parse_text(badges, "l.md").entries] == [9]
