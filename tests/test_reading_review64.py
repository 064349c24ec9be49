"""Inputs from the sixth review of this session's reader rules (a helper probing the
newest rules and layouts no review had tried); each read wrongly before its fix. The
expected readings are what a maintainer of such a list means."""

from __future__ import annotations

from tests.support.reading import reader


def test_a_title_starting_with_a_lower_case_model_name_after_the_links_is_the_title():
    """``wav2vec 2.0`` (a two-word name) still reads as its name, as at the start."""
    text = "# Awesome Multilingual NLP\n\n## Models\n\n- mT5 [[paper]](https://arxiv.org/abs/2010.11934) [[code]](https://github.com/google-research/multilingual-t5) mT5: A Massively Multilingual Pre-trained Text-to-Text Transformer\n- wav2vec 2.0 [[paper]](https://arxiv.org/abs/2006.11477) wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations\n- mBART [[paper]](https://arxiv.org/abs/2001.08210) [[code]](https://github.com/facebookresearch/fairseq) mBART: Multilingual Denoising Pre-training for Neural Machine Translation\n- XLM-R [[paper]](https://arxiv.org/abs/1911.02116) Unsupervised Cross-lingual Representation Learning at Scale\n"
    assert reader("title", "short_name")(text) == [
        ("mT5: A Massively Multilingual Pre-trained Text-to-Text Transformer", "mT5"),
        ("wav2vec 2.0", None),
        ("mBART: Multilingual Denoising Pre-training for Neural Machine Translation", "mBART"),
        ("Unsupervised Cross-lingual Representation Learning at Scale", "XLM-R"),
    ]


def test_a_title_that_reads_like_a_sentence_after_the_links_is_the_title():
    text = "# Awesome Text Generation\n\n## Papers\n\n- BeamSearch - [[paper]](https://aclanthology.org/2020.emnlp-main.170/) - If Beam Search is the Answer, What was the Question?\n- LLaVA-Plus - [[paper]](https://arxiv.org/abs/2311.06783) - To See is to Believe: Prompting GPT-4V for Better Visual Instruction Tuning\n- Nucleus - [[paper]](https://arxiv.org/abs/1904.09751) - The Curious Case of Neural Text Degeneration\n"
    assert reader("title", "short_name")(text) == [
        ("If Beam Search is the Answer, What was the Question?", "BeamSearch"),
        (
            "To See is to Believe: Prompting GPT-4V for Better Visual Instruction Tuning",
            "LLaVA-Plus",
        ),
        ("The Curious Case of Neural Text Degeneration", "Nucleus"),
    ]


def test_a_short_title_before_authors_with_initials_or_et_al_is_the_title():
    text = "# Awesome Segmentation\n\n## Papers\n\n- Segment Anything. A. Kirillov, E. Mintun, N. Ravi. ICCV 2023. [[pdf]](https://arxiv.org/abs/2304.02643) [[code]](https://github.com/facebookresearch/segment-anything)\n- Masked Autoencoders. K. He, X. Chen, S. Xie. CVPR 2022. [[pdf]](https://arxiv.org/abs/2111.06377)\n- Segment Anything. Kirillov et al. ICCV 2023. [[pdf]](https://arxiv.org/abs/2304.02643)\n- Kosmos-2. Zhiliang Peng, Wenhui Wang. arXiv 2023. [[pdf]](https://arxiv.org/abs/2306.14824)\n"
    assert reader("title", "year")(text) == [
        ("Segment Anything", 2023),
        ("Masked Autoencoders", 2022),
        ("Segment Anything", 2023),
        ("Kosmos-2", 2023),
    ]


def test_an_author_line_under_a_paper_heading_is_no_title():
    """Wrong at the start of the session too."""
    text = (
        "## Papers\n\n#### High-Resolution Image Synthesis with Latent Diffusion Models\n"
        "Robin Rombach, Andreas Blattmann, Dominik Lorenz, Patrick Esser, Björn Ommer\n"
        "CVPR 2022 [[Paper]](https://arxiv.org/abs/2112.10752) [[Code]](https://github.com/CompVis/latent-diffusion)\n\n"
        "#### Denoising Diffusion Implicit Models\n*Jiaming Song, Chenlin Meng, Stefano Ermon*\n\n"
        "[[Paper]](https://arxiv.org/abs/2010.02502)\n"
    )
    assert reader("title", "year")(text) == [
        ("High-Resolution Image Synthesis with Latent Diffusion Models", 2022),
        ("Denoising Diffusion Implicit Models", None),
    ]


def test_a_year_with_a_chinese_year_mark_and_a_full_date_prefix_date_an_entry():
    """Wrong at the start of the session too."""
    text = (
        "- 2023年 NeurIPS：[QLoRA: Efficient Finetuning of Quantized LLMs](https://arxiv.org/abs/2305.14314)\n"
        "- 2023.12.01 - Mamba: Linear-Time Sequence Modeling with Selective State Spaces"
        " [[paper]](https://arxiv.org/abs/2312.00752)\n"
        "- 2021-06-17: LoRA: Low-Rank Adaptation of Large Language Models [[paper]](https://arxiv.org/abs/2106.09685)\n"
    )
    assert reader("title", "short_name", "year")(text) == [
        ("QLoRA: Efficient Finetuning of Quantized LLMs", None, 2023),
        ("Mamba: Linear-Time Sequence Modeling with Selective State Spaces", "Mamba", 2023),
        ("LoRA: Low-Rank Adaptation of Large Language Models", "LoRA", 2021),
    ]
