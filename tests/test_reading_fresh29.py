"""Reading cases found on the fresh29 real lists (tests/fixtures/real/fresh29__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

import pytest

from pipeline.parse import parse_text
from tests.support.reading import one


@pytest.mark.parametrize(
    "text",
    ["Weakly supervised disentanglement with guarantees.\tShu, Chen, Kumar\thttps://arxiv.org/pdf/1910.09772.pdf",
     "Weakly supervised disentanglement with guarantees. Verma, Lamb, Beckham, Bengio. https://arxiv.org/pdf/1910.09772.pdf",
     "Weakly supervised disentanglement with guarantees. Anon. https://arxiv.org/pdf/1910.09772.pdf"],
)  # fmt: skip
def test_authors_after_a_title_in_a_field_or_a_sentence_of_their_own_are_left_out(text):
    assert one(text + "\n").title == "Weakly supervised disentanglement with guarantees"


def test_a_name_in_bold_after_a_year_and_a_description_in_chinese():
    e = one("- **2023 · ConvNeXt V2** — Microsoft 引入 FCMAE 自监督预训练 — "
            "[arXiv:2301.00808](https://arxiv.org/abs/2301.00808)\n")  # fmt: skip
    assert (e.title, e.year) == ("ConvNeXt V2", 2023)


def test_in_and_capitals_inside_a_title_are_not_a_venue():
    e = one(
        "- Demystifying RCE Vulnerabilities in LLM-Integrated Apps (2023) [[paper]](https://arxiv.org/abs/2309.02926)\n"
    )
    assert e.title == "Demystifying RCE Vulnerabilities in LLM-Integrated Apps"
    e = one('- "**ANSD-MA-MSE**: Adaptive Neural Speaker Diarization," in *IEEE/ACM TASLP*, 2023. '
            "[[Paper](https://ieeexplore.ieee.org/document/10093997)]\n")  # fmt: skip
    assert e.title == "ANSD-MA-MSE: Adaptive Neural Speaker Diarization"


def test_a_date_before_the_title_link_and_a_byline_after_it_are_not_the_title():
    e = one(
        "28. Mar 4, 2020 - [Gaussianization Flows](https://arxiv.org/abs/2003.01941) by Meng et. al.\n"
    )
    assert (e.title, e.year) == ("Gaussianization Flows", 2020)


def test_a_summary_with_its_own_title_and_paper_starts_its_own_entry():
    parsed = parse_text(
        "### Prompt Injection\n\n*Ignore the previous instructions…*\n\n"
        "<details><summary>Ignore Previous Prompt: Attack Techniques For Language Models (2022) "
        '[<a href="https://arxiv.org/abs/2211.09527">Paper</a>]</summary>\n\nAn abstract.\n\n</details>\n',
        "l.md",
    )
    (e,) = parsed.entries
    assert e.title == "Ignore Previous Prompt: Attack Techniques For Language Models"
