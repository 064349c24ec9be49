"""Inputs from the ninth review (other lists' Markdown against the rules as the eighth
review left them): each read worse than before the session or wrongly in a way a rule of
the session should handle; each test fails on the reader before its fix (18072f5)."""

from __future__ import annotations

from tests.support.reading import reader

_read = reader("title", "short_name", "year")
_titles = reader("title")


def test_a_venue_in_brackets_before_a_title_is_no_short_name():
    text = (
        "- (AAAI-21) Informer: Beyond Efficient Transformer for Long Sequence Time-Series"
        " Forecasting [[paper]](https://arxiv.org/abs/2012.07436)\n"
        "- (ICLR) How Powerful are Graph Neural Networks? [[paper]](https://arxiv.org/abs/1810.00826)\n"
    )
    assert [(s, y) for _, s, y in _read(text)] == [("Informer", 2021), (None, None)]


def test_a_title_wrapped_with_and_over_an_author_line_stays_whole():
    text = (
        "- **BLIP-2**: Bootstrapping Language-Image Pre-training with Frozen Image Encoders\n"
        "  and Large Language Models\n"
        "  Junnan Li, Dongxu Li, Silvio Savarese, Steven Hoi\n"
        "  [[paper]](https://arxiv.org/abs/2301.12597)\n"
    )
    assert _titles(text) == [
        (
            "BLIP-2: Bootstrapping Language-Image Pre-training with Frozen Image Encoders and"
            " Large Language Models",
        )
    ]


def test_a_full_title_then_a_sentence_about_it_keeps_the_title():
    text = (
        "- **CLIP**: Learning Transferable Visual Models From Natural Language Supervision.\n"
        "  The model learns from 400M image-text pairs collected from the internet.\n"
        "  [[paper]](https://arxiv.org/abs/2103.00020)\n"
        "- **ALIGN**: Scaling Up Visual and Vision-Language Representation Learning\n"
        "  keywords: contrastive learning, noisy alt-text\n"
        "  [[paper]](https://arxiv.org/abs/2102.05918)\n"
    )
    assert _titles(text) == [
        ("CLIP: Learning Transferable Visual Models From Natural Language Supervision",),
        ("ALIGN: Scaling Up Visual and Vision-Language Representation Learning",),
    ]


def test_a_reading_list_year_dates_no_paper_it_cannot_check():
    text = (
        "## CS231n Reading List (2024)\n\n"
        "- [Deep Residual Learning for Image Recognition](https://openaccess.thecvf.com/"
        "content_cvpr_2016/html/He_Deep_Residual_Learning_CVPR_2016_paper.html)\n"
        "- [Attention Is All You Need](https://papers.nips.cc/paper/7181-attention-is-all-you-need)\n"
    )
    assert [y for _, _, y in _read(text)] == [None, None]


def test_a_link_that_names_where_the_paper_is_gives_no_title():
    text = (
        "1. **Mask2Former**\n"
        "   Paper links: [CVPR 2022 Open Access](https://arxiv.org/abs/2112.01527)\n\n"
        "- [FlashInfer](https://github.com/flashinfer-ai/flashinfer): [Technical report on arXiv]"
        "(https://arxiv.org/abs/2501.01005)\n"
    )
    assert _titles(text) == [("Mask2Former",), ("FlashInfer",)]


def test_notes_after_a_bold_title_are_no_part_of_it():
    text = (
        "- **High-Resolution Image Synthesis with Latent Diffusion Models**: LMU Munich and"
        " Runway [[paper]](https://arxiv.org/abs/2112.10752)\n"
        "- **Attention Is All You Need** in JAX and PyTorch [[paper]](https://arxiv.org/abs/1706.03762)\n"
        "- **Training Compute-Optimal Large Language Models** for DeepMind Chinchilla"
        " [[paper]](https://arxiv.org/abs/2203.15556)\n"
        "- **Scaling Instruction-Finetuned Language Models**: Flan-T5 and Flan-PaLM Checkpoints"
        " [[paper]](https://arxiv.org/abs/2210.11416)\n"
    )
    assert _titles(text) == [
        ("High-Resolution Image Synthesis with Latent Diffusion Models",),
        ("Attention Is All You Need",),
        ("Training Compute-Optimal Large Language Models",),
        ("Scaling Instruction-Finetuned Language Models",),
    ]


def test_a_code_links_name_then_a_dash_and_the_titled_paper_link():
    text = (
        "- [Sarathi-Serve](https://github.com/microsoft/sarathi-serve) - [Taming Throughput-Latency"
        " Tradeoff in LLM Inference with Sarathi-Serve](https://arxiv.org/abs/2403.02310)\n"
    )
    assert _read(text) == [
        (
            "Taming Throughput-Latency Tradeoff in LLM Inference with Sarathi-Serve",
            "Sarathi-Serve",
            None,
        )
    ]


def test_a_name_repeated_before_its_own_title_is_read_once():
    text = (
        "- Fast R-CNN: Fast R-CNN. ICCV 2015. [[pdf]](https://arxiv.org/abs/1504.08083)\n"
        "- Cascade R-CNN: Cascade R-CNN: Delving into High Quality Object Detection. CVPR 2018."
        " [[pdf]](https://arxiv.org/abs/1712.00726)\n"
        "- **ViLBERT**: ViLBERT: Pretraining Task-Agnostic Visiolinguistic Representations"
        " (NeurIPS 2019) [[Paper](https://arxiv.org/abs/1908.02265)]\n"
    )
    assert [t for t, _, _ in _read(text)] == [
        "Fast R-CNN",
        "Cascade R-CNN: Delving into High Quality Object Detection",
        "ViLBERT: Pretraining Task-Agnostic Visiolinguistic Representations",
    ]


def test_award_and_author_fields_before_a_title_between_middle_dots_are_dropped():
    text = (
        "- Outstanding Paper, NeurIPS 2022 · Is Out-of-Distribution Detection Learnable? ·"
        " [paper](https://arxiv.org/abs/2210.14707)\n"
        "- Tianhe Yu, Deirdre Quillen, Zhanpeng He · Meta-World: A Benchmark and Evaluation for"
        " Multi-Task and Meta Reinforcement Learning · CoRL 2019 · [paper](https://arxiv.org/abs/1910.10897)\n"
    )
    assert [(t, y) for t, _, y in _read(text)] == [
        ("Is Out-of-Distribution Detection Learnable?", 2022),
        (
            "Meta-World: A Benchmark and Evaluation for Multi-Task and Meta Reinforcement Learning",
            2019,
        ),
    ]


def test_an_award_before_a_titled_link_is_not_the_title():
    text = (
        "- ICML 2023 Outstanding Paper Award · [Learning-Rate-Free Learning by D-Adaptation]"
        "(https://arxiv.org/abs/2301.07733)\n"
    )
    assert _read(text) == [("Learning-Rate-Free Learning by D-Adaptation", None, 2023)]


def test_a_paper_written_about_a_tutorial_is_an_entry():
    text = (
        "| Title | Venue |\n|---|---|\n"
        "| [Large Multimodal Models: Notes on CVPR 2023 Tutorial](https://arxiv.org/abs/2306.14895)"
        " | CVPR 2023 |\n"
        "| [Editing Large Language Models, AACL 2023 Tutorial](https://arxiv.org/abs/2310.00001)"
        " | AACL 2023 |\n"
    )
    assert [t for t, _, _ in _read(text)] == [
        "Large Multimodal Models: Notes on CVPR 2023 Tutorial"
    ]


def test_news_under_a_fourth_level_heading_is_the_lists_own_preface():
    text = (
        "# Awesome RAG Security\n\n#### News\n\n"
        "- Our survey is out: [A Survey on RAG Security](https://arxiv.org/abs/2402.00001)\n\n"
        "#### Papers\n\n"
        "- [Poisoning Retrieval Corpora by Injecting Adversarial Passages]"
        "(https://arxiv.org/abs/2310.19156)\n"
        "- [PoisonedRAG: Knowledge Corruption Attacks to Retrieval-Augmented Generation]"
        "(https://arxiv.org/abs/2402.07867)\n"
    )
    assert [t for t, _, _ in _read(text)] == [
        "Poisoning Retrieval Corpora by Injecting Adversarial Passages",
        "PoisonedRAG: Knowledge Corruption Attacks to Retrieval-Augmented Generation",
    ]
