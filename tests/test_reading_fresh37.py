"""Reading cases found on the fresh37 real lists (tests/fixtures/real/fresh37__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import reader

_read = reader("line", "title", "year")


def test_title_headings_under_a_section_heading_of_their_level_keep_its_year_and_materials():
    text = (
        "### Tutorials\n\n"
        "#### 1. ICML 2018 Tutorial: [Toward Theoretical Understanding of Deep Learning]"
        "(https://icml.cc/Conferences/2018/Schedule?showEvent=1864)\n\n"
        "### Papers at ICML 2018\n\n"
        " #### 1. [Learning to Explain: An Information-Theoretic Perspective]"
        "(http://proceedings.mlr.press/v80/chen18j.html)\n"
        "  Materials: [pdf](http://proceedings.mlr.press/v80/chen18j/chen18j.pdf), "
        "[code](https://github.com/Jianbo-Lab/L2X)\n\n"
        "### 11. [Invariance of Weight Distributions in Rectified MLPs]"
        "(http://proceedings.mlr.press/v80/tsuchida18a.html)\n"
        "  Materials: [pdf](http://proceedings.mlr.press/v80/tsuchida18a/tsuchida18a.pdf)\n"
    )
    entries = parse_text(text, "l.md").entries
    assert [(e.line, e.title, e.year) for e in entries] == [
        (7, "Learning to Explain: An Information-Theoretic Perspective", 2018),
        (10, "Invariance of Weight Distributions in Rectified MLPs", 2018),
    ]
    assert entries[0].code.url == "https://github.com/Jianbo-Lab/L2X"


def test_authors_between_dashes_before_the_title_link_are_not_its_title():
    text = (
        "- **2026-09-09** — Jinyang Li, Mingyu Guo, Hung X. Nguyen — [CS-Guard: Benchmarking"
        " LLM Guardrails for Code Generation Security](http://arxiv.org/abs/2609.09798v1)\n"
        "- **2026-09-10** — Ryan Lum, Yongfeng Zhang — [Kernel-Managed Shared Memory for"
        " Personal Agents](http://arxiv.org/abs/2609.10144v1)\n"
        "- **2026-09-11** — Yongxi Zhou, Wenbo Ye, Yuanzhe Liu et al. — [Style Over Substance:"
        " Content-Invariant Wrappers](http://arxiv.org/abs/2609.10001v1)\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "CS-Guard: Benchmarking LLM Guardrails for Code Generation Security",
        "Kernel-Managed Shared Memory for Personal Agents",
        "Style Over Substance: Content-Invariant Wrappers",
    ]


def test_one_or_two_authors_before_a_quoted_title():
    text = (
        "1. L. R. Rabiner, “A tutorial on hidden Markov models and selected applications in"
        " speech recognition”, Proceedings of the IEEE, 1989. [PDF](https://example.org/hmm.pdf)\n"
        '2. Zhijian Ou, "Energy-Based Models with Applications to Speech and Language'
        ' Processing", ICASSP 2022 Tutorial. [PDF](http://example.org/ICASSP2022_EBM.pdf)\n'
        '3. Hongyu Xiang, Zhijian Ou, "CRF-based Single-stage Acoustic Modeling with CTC'
        ' Topology", ICASSP, 2019. [PDF](http://example.org/pdf/ctc-crf.pdf)\n'
    )
    assert _read(text) == [
        (
            1,
            "A tutorial on hidden Markov models and selected applications in speech recognition",
            1989,
        ),
        (2, "Energy-Based Models with Applications to Speech and Language Processing", 2022),
        (3, "CRF-based Single-stage Acoustic Modeling with CTC Topology", 2019),
    ]


def test_a_note_naming_the_venue_dates_the_entry_but_a_url_written_as_text_does_not():
    text = (
        "#### [0] SneakyPrompt: Jailbreaking Text-to-image Generative Models\n"
        "- **🧑\u200d🔬 Author**: Yuchen Yang, Bo Hui\n"
        "- **🔗 Link**: [[Code](https://github.com/Yuchen413/text2image_safety)]"
        " [[arXiv:2305.12082](https://arxiv.org/abs/2305.12082)]\n"
        "- **📝 Note**: 🔥 (S&P 2024)\n\n"
        "## R-CNN\n\n**Rich feature hierarchies for accurate object detection**\n\n"
        "- arxiv: <http://arxiv.org/abs/1311.2524>\n"
        "- notes: <http://zhangliliang.com/2014/07/23/paper-note-rcnn/>\n"
    )
    assert [(y) for _, _, y in _read(text)] == [2024, None]


def test_a_word_that_looks_like_a_domain_is_no_link_and_a_quoted_head_stays_in_the_title():
    text = (
        "* **Tacotron 2** (J. Shen et.al., Dec. 2017., Google, [arxiv](https://arxiv.org/pdf/"
        "1712.05884.pdf))\n"
        '  - ["Do Anything Now": Characterizing and Evaluating In-The-Wild Jailbreak Prompts]'
        "(https://arxiv.org/abs/2308.03825)\n"
        "* A Third Paper About Things, arxiv.org/abs/2301.00001\n"
    )
    entries = parse_text(text, "l.md").entries
    assert [(e.title, e.year) for e in entries[:2]] == [
        ("Tacotron 2", 2017),
        ('"Do Anything Now": Characterizing and Evaluating In-The-Wild Jailbreak Prompts', None),
    ]
    assert "arxiv.org/abs/2301.00001" in entries[2].paper.url  # an address with a path: a link


def test_a_list_titled_one_level_down_keeps_its_introduction_out_of_the_entries():
    text = (
        "## Awesome Explainable Reinforcement Learning\n\n"
        "[![arXiv](https://img.shields.io/badge/arXiv-2211.06665-b31b1b.svg)]"
        "(https://arxiv.org/abs/2211.06665)\n\n"
        "A list of selected papers in our review paper [A Survey on Explainable Reinforcement"
        " Learning: Concepts, Algorithms, Challenges](https://arxiv.org/abs/2211.06665).\n\n"
        "## Papers\n\n- [Programmatically Interpretable Reinforcement Learning]"
        "(https://arxiv.org/abs/1804.02477)\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "Programmatically Interpretable Reinforcement Learning"
    ]
    # a first section that is no title keeps its entries
    section = "## Surveys\n\n- [A Survey on Explainable Things](https://arxiv.org/abs/2211.06665)\n"
    assert [t for _, t, _ in _read(section)] == ["A Survey on Explainable Things"]
