"""Reading cases found on the fresh56-63 real lists (tests/fixtures/real/fresh5[6-9]__*,
fresh6[0-3]__*), each reduced to the smallest text that shows it."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import offline_rules, reader

_read = reader("title", "year")
PDF = "**[[PDF](https://arxiv.org/pdf/1905.01997)]**"


def test_a_code_span_opening_a_bullet_is_a_tag_not_the_titles_first_words():
    text = (
        f"- `TOIS(2020)`Deep Learning for Sequential Recommendation {PDF}\n"
        f"- `Information Systems(2024)` A Survey of Sequential Recommenders {PDF}\n"
        f"- `CVPR 2023` Masked Autoencoders Are Scalable Learners {PDF}\n"
    )
    assert _read(text) == [
        ("Deep Learning for Sequential Recommendation", 2020),
        ("A Survey of Sequential Recommenders", 2024),
        ("Masked Autoencoders Are Scalable Learners", 2023),
    ]


def test_a_code_span_inside_a_title_stays_in_it():
    text = f"- Speeding up `torch.compile` Graphs for Recommenders {PDF}\n"
    assert _read(text) == [("Speeding up torch.compile Graphs for Recommenders", None)]


_named = reader("title", "short_name")


def test_a_bold_name_over_lines_of_description_is_the_title():
    text = (
        "- **SatMAE** — Extends MAE with temporal embeddings and independent per-timestep\n"
        "  masking, plus spectral band grouping. The reference formulation.\n"
        "  [`paper`](https://arxiv.org/abs/2207.08051) `NeurIPS'22`\n"
        "- **CROMA** — Joint contrastive alignment and masked reconstruction over\n"
        "  co-registered SAR/optical pairs, with X- and 2D-ALiBi spatial biases replacing\n"
        "  learned positional encodings.\n"
        "  [`paper`](https://arxiv.org/abs/2311.00566) `NeurIPS'23`\n"
        "- **GASSL** — Adds temporal positive pairs and a geo-location prediction pretext\n"
        "  task to MoCo-v2, first closing the contrastive-versus-supervised gap.\n"
        "  [`paper`](https://arxiv.org/abs/2011.09980) `ICCV'21`\n"
    )
    assert _named(text) == [("SatMAE", None), ("CROMA", None), ("GASSL", None)]


def test_a_title_wrapped_after_a_bold_name_is_still_the_title():
    text = (
        "- **DPOK** — Reinforcement Learning for\n"
        "  Fine-tuning Text-to-Image Diffusion Models\n"
        "  [paper](https://arxiv.org/abs/2305.16381)\n"
    )
    assert _named(text) == [
        ("DPOK: Reinforcement Learning for Fine-tuning Text-to-Image Diffusion Models", "DPOK")
    ]


def test_a_bold_name_and_a_bold_bracketed_tag_come_before_the_title():
    text = (
        "- **World Model Survey** **[Bohan Hou]** World Model for Robot Learning: A Comprehensive"
        " Survey · Survey / World Models [[paper](https://arxiv.org/pdf/2605.00080)]"
        " [[project](-)]\n"
        "- **VLA Survey** **[CUHK]** A Survey on Vision-Language-Action Models for Embodied AI"
        " · Survey / Vision-Language-Action Models [[paper](https://arxiv.org/pdf/2405.14093)]\n"
    )
    assert _named(text) == [
        ("World Model for Robot Learning: A Comprehensive Survey", "World Model Survey"),
        ("A Survey on Vision-Language-Action Models for Embodied AI", "VLA Survey"),
    ]


def test_short_fields_between_middle_dots_are_no_title():
    text = (
        "### Design rules for bioorthogonal glycan-based tools.\n\n"
        "Pending review · Published 2026-10-01 · Added 2026-09-20\n\n"
        "[Paper](<https://doi.org/10.1042/bcj20260542>)\n"
    )
    assert _named(text) == [("Design rules for bioorthogonal glycan-based tools", None)]


def test_a_venue_line_under_a_title_item_is_no_title():
    text = (
        "- Deep Android Malware Detection\n"
        "  - Binary Malware Classification; CNN; Opcode Sequence\n"
        "  - in CODASPY '17  [[pdf]](https://arxiv.org/abs/1701.00001) [[Code]](https://github.com/a/b)\n"
        "- DeepIntent: Deep Icon-Behavior Learning for Detecting Discrepancy in Mobile Apps\n"
        "  - Malicious Behavior Analysis; CNN,RNN,AE; App metadata\n"
        "  - in Computers & Security 2021, [[pdf]](https://arxiv.org/abs/1901.00002)\n"
        "- In Defense of the Triplet Loss for Person Re-Identification [[pdf]](https://arxiv.org/abs/1703.07737)\n"
    )
    assert _read(text) == [
        ("Deep Android Malware Detection", 2017),
        ("DeepIntent: Deep Icon-Behavior Learning for Detecting Discrepancy in Mobile Apps", 2021),
        ("In Defense of the Triplet Loss for Person Re-Identification", None),
    ]


def test_a_publication_year_column_beats_an_award_year_column():
    text = (
        "The ACM [SIGIR Conference](https://dl.acm.org/sig/sigir) focuses on retrieval.\n\n"
        "| Year | Title | Authors | PubYear |\n|---|---|---|---|\n"
        "|2024| [Explicit factor models for explainable recommendation]"
        "(https://dl.acm.org/doi/10.1145/2600428.2609579) | Y. Zhang | 2014|\n"
    )
    assert _read(text) == [("Explicit factor models for explainable recommendation", 2014)]


def test_a_year_closing_a_heading_dates_the_paper_under_it():
    text = (
        "## LLM-based robotic ICL\n\n"
        "### Code as Policies · 2022\n\n"
        "**[Code as Policies: Language Model Programs for Embodied Control]"
        "(https://arxiv.org/abs/2209.07753)**\n\n"
        "Uses examples of policy code to prompt language models.\n\n"
        "### KAT (2024)\n\n"
        "**[Keypoint Action Tokens Enable In-Context Imitation Learning in Robotics]"
        "(https://arxiv.org/abs/2403.19578)**\n\n"
        "### Before 2020\n\n"
        "**[Learning Dexterous In-Hand Manipulation](https://arxiv.org/abs/1808.00177)**\n"
    )
    assert _read(text) == [
        ("Code as Policies: Language Model Programs for Embodied Control", 2022),
        ("Keypoint Action Tokens Enable In-Context Imitation Learning in Robotics", 2024),
        ("Learning Dexterous In-Hand Manipulation", None),
    ]


def test_a_labelled_link_line_below_a_title_is_not_part_of_it():
    text = (
        "### 2021-6-11\n"
        "paper title: MetricGAN: Generative Adversarial Networks based Black-box Metric Scores"
        " Optimization for Speech Enhancement  \n"
        "paper link: https://arxiv.org/pdf/1905.04874v1.pdf  \n"
        "paper code: https://github.com/JasonSWFu/MetricGAN\n"
    )
    assert _read(text) == [
        (
            "MetricGAN: Generative Adversarial Networks based Black-box Metric Scores"
            " Optimization for Speech Enhancement",
            2021,
        )
    ]


def test_a_translation_after_an_english_title_is_not_part_of_it():
    text = (
        "- Interpreting intermediate convolutional layers of CNNs 解释在原始语音上训练的CNN"
        " [paper](https://arxiv.org/pdf/2104.09489.pdf)\n"
        "- MetricGAN+: An Improved Version of MetricGAN MetricGAN+：语音增强的改进版本"
        " [paper](https://arxiv.org/pdf/2104.03538.pdf)\n"
        "- Stack LSTM 기반 한국어 의존 파싱 [paper](https://arxiv.org/pdf/2104.00001.pdf)\n"
    )
    assert [t for t, _ in _read(text)] == [
        "Interpreting intermediate convolutional layers of CNNs",
        "MetricGAN+: An Improved Version of MetricGAN",
        "Stack LSTM 기반 한국어 의존 파싱",
    ]


def test_a_year_and_an_underscore_before_a_link_title_are_its_year():
    text = (
        "- [2021_A Survey on Neural Speech Synthesis](https://arxiv.org/abs/2106.15561)\n"
        "- [2016_WAVENET: A GENERATIVE MODEL FOR RAW AUDIO](https://arxiv.org/abs/1609.03499)\n"
    )
    assert _read(text) == [
        ("A Survey on Neural Speech Synthesis", 2021),
        ("WAVENET: A GENERATIVE MODEL FOR RAW AUDIO", 2016),
    ]


def test_a_bracketed_citation_gives_the_title_before_its_author_and_venue():
    text = (
        "# Papers\n\n## Pure Speech Separation\n\n"
        ":heavy_check_mark: [Complex Ratio Masking for Monaural Speech Separation, DS Williamson,"
        " TASLP 2015] [[Paper]](https://arxiv.org/abs/1508.04307)\n\n"
        ":heavy_check_mark: [Tasnet: time-domain audio separation network for real-time,"
        " single-channel speech separation, Luo Yi, ICASSP 2018]"
        " [[Paper]](https://arxiv.org/pdf/1711.00541)\n"
    )
    assert _read(text) == [
        ("Complex Ratio Masking for Monaural Speech Separation", 2015),
        (
            "Tasnet: time-domain audio separation network for real-time, single-channel speech"
            " separation",
            2018,
        ),
    ]


def test_a_repository_named_after_a_coined_name_both_titles_hold_is_a_family_not_a_copy():
    code = "[[Code (Kai Li)]](https://github.com/JusperLee/Conv-TasNet)"
    family = (
        f"- [TasNet: time-domain audio separation network](https://arxiv.org/abs/1711.00541) {code}\n"
        f"- [Conv-TasNet: Surpassing Ideal Time-Frequency Masking](https://arxiv.org/abs/1809.07454) {code}\n"
    )
    copied = (
        f"- [Deep Attractor Network for Speaker Separation](https://arxiv.org/abs/1611.08930) {code}\n"
        f"- [Dual-path RNN for Long Sequence Modeling](https://arxiv.org/abs/1910.06379) {code}\n"
    )
    assert "shared-code-link" not in offline_rules(family)
    assert "shared-code-link" in offline_rules(copied)


def test_a_bold_head_and_the_rest_of_its_title_are_one_title():
    head = "| Topic | Paper | Links |\n|---|---|---|\n"
    paper = "[[paper](https://arxiv.org/abs/2602.06382)]"
    text = head + (
        f"| `Locomotion` | **Now You See That**: Learning End-to-End Humanoid Locomotion"
        f" from Raw Pixels | {paper} |\n"
        f"| `Teleoperation` | **Learning Adaptive Neural Teleoperation** for Humanoid Robots"
        f" | {paper.replace('6382', '6383')} |\n"
        f"| `WBC` | **A Survey of** Behavior Foundation Models | {paper.replace('6382', '6384')} |\n"
        f"| `WBC` | **FAST**: General Humanoid Whole-Body Control | {paper.replace('6382', '6385')} |\n"
    )
    assert _named(text) == [
        ("Now You See That: Learning End-to-End Humanoid Locomotion from Raw Pixels", None),
        ("Learning Adaptive Neural Teleoperation for Humanoid Robots", None),
        ("A Survey of Behavior Foundation Models", None),
        ("FAST: General Humanoid Whole-Body Control", "FAST"),
    ]


def test_a_long_bold_title_then_a_sentence_about_it_keeps_the_bold_title():
    text = (
        "- **Attention Is All You Need**: the paper that introduced the Transformer."
        " [paper](https://arxiv.org/abs/1706.03762)\n"
    )
    assert _named(text) == [("Attention Is All You Need", None)]


def test_a_venue_after_in_closing_a_citation_leaves_the_title():
    paper = "[\\[paper\\]](https://arxiv.org/abs/2305.11747)"
    text = (
        f"- [Li2023] HaluEval: A Large-Scale Hallucination Benchmark in *Arxiv*, 2023. {paper}\n"
        f"- [Ji2024] Survey of Hallucination in Natural Language Generation in *CSUR*, 2024."
        f" {paper.replace('11747', '11748')}\n"
        "- [CodeAlchemist: Semantics-Aware Code Generation in JavaScript Engines, 2019]"
        "(https://arxiv.org/abs/1901.00003)\n"
    )
    assert _read(text) == [
        ("HaluEval: A Large-Scale Hallucination Benchmark", 2023),
        ("Survey of Hallucination in Natural Language Generation", 2024),
        ("CodeAlchemist: Semantics-Aware Code Generation in JavaScript Engines", 2019),
    ]


def test_a_line_of_fields_with_a_link_to_a_local_note_stays_with_the_paper_above():
    text = (
        "# L\n\n## S\n\n"
        "### [What are Key Factors for Updates in RL for LLM Reasoning?]"
        "(https://arxiv.org/abs/2606.22570)\n\n"
        "**2026-06-21** · arXiv · `TQA` · [GitHub](https://github.com/Control-derek/ACPO)"
        " · [card](docs/PAPERS.md#acpo)\n"
    )
    (e,) = parse_text(text, "l.md").entries
    assert (e.year, e.code and e.code.url) == (2026, "https://github.com/Control-derek/ACPO")


def test_systems_venues_with_a_two_digit_year_date_an_entry():
    text = (
        "- [Orca](https://arxiv.org/abs/2201.00001): A Distributed Serving System for"
        " Transformer-Based Generative Models | OSDI 22\n"
        "- [STI](https://arxiv.org/abs/2207.05022): Turbocharge NLP Inference at the Edge via"
        " Elastic Pipelining | ASPLOS 23\n"
    )
    assert [y for _, y in _read(text)] == [2022, 2023]


def test_a_code_links_name_then_a_titled_paper_link_gives_the_paper_title():
    text = (
        "* [ALaCarte](https://github.com/NLPrinceton/ALaCarte): [A La Carte Embedding: Cheap but"
        " Effective Induction of Semantic Feature Vectors](https://arxiv.org/abs/1805.05388)\n"
        "* [Megatron-LM](https://arxiv.org/abs/1909.08053): Training Multi-Billion Parameter"
        " Language Models Using Model Parallelism\n"
    )
    assert _named(text) == [
        (
            "A La Carte Embedding: Cheap but Effective Induction of Semantic Feature Vectors",
            "ALaCarte",
        ),
        (
            "Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism",
            "Megatron-LM",
        ),
    ]


def test_a_name_in_brackets_before_a_title_is_its_short_name():
    text = (
        "**(CGCNN) Crystal Graph Convolutional Neural Networks for an Accurate Prediction** \\\n"
        "*T. Xie, J. C. Grossman* \\\n"
        "PRL 2018. [[Paper](https://arxiv.org/abs/1710.10324)]\n\n"
        "**(Survey) Graph Neural Networks for Materials Science and Chemistry** \\\n"
        "PRL 2018. [[Paper](https://arxiv.org/abs/2208.09481)]\n"
    )
    assert _named(text) == [
        ("Crystal Graph Convolutional Neural Networks for an Accurate Prediction", "CGCNN"),
        ("Graph Neural Networks for Materials Science and Chemistry", None),
    ]
