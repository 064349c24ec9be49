"""Reading cases found on the fresh25 real lists (tests/fixtures/real/fresh25__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

from pipeline.formats.dates import find_year
from tests.support.reading import one


def test_mla_authors_before_a_bold_title_are_the_authors():
    e = one("1. Karpathy, Andrej, and Li Fei-Fei. **Deep visual-semantic alignments for generating"
            " image descriptions.** CVPR. 2015. [[Paper]](https://arxiv.org/pdf/1412.2306.pdf)\n")  # fmt: skip
    assert e.title == "Deep visual-semantic alignments for generating image descriptions"


def test_a_year_month_tag_dates_an_entry_only_when_nothing_else_does():
    e = one("* [2503] [Vision-R1] [Vision-R1: Incentivizing Reasoning in Multimodal LLMs]"
            "(https://arxiv.org/abs/2503.06749)\n")  # fmt: skip
    assert e.year == 2025
    assert find_year("[2503] Title, CVPR 2024") == (2024, "CVPR 2024")
    assert find_year("see [2503](https://x.org/a)") == (None, None)
