"""Inputs from the fifth review of this session's reader rules (a helper comparing
ordinary list layouts with the reader at the start of the session); each read wrongly
before its fix and read right at the start. The expected readings are what a maintainer
of such a list means."""

from __future__ import annotations

from tests.support.reading import reader


def test_a_note_under_a_short_linked_title_is_no_title():
    text = "# Papers\n\n- [Mixtral of Experts](https://arxiv.org/abs/2401.04088) [[code]](https://github.com/mistralai/mistral-src)\n  Published in Nature Machine Intelligence\n- [Mistral 7B](https://arxiv.org/abs/2310.06825) [[code]](https://github.com/mistralai/mistral-src)\n  Accepted to ICLR 2024 as Spotlight\n- [Deep Sets](https://arxiv.org/abs/1703.06114)<br>Accepted at NeurIPS 2017 as Oral\n- [Visual Instruction Tuning](https://arxiv.org/abs/2304.08485) [[code]](https://github.com/haotian-liu/LLaVA)\n  Best Paper Award at ICML 2023\n"
    assert reader("title", "year")(text) == [
        ("Mixtral of Experts", None),
        ("Mistral 7B", 2024),
        ("Deep Sets", 2017),
        ("Visual Instruction Tuning", 2023),
    ]


def test_surnames_under_a_short_linked_title_are_no_title():
    text = "# Papers\n\n- [Mixtral of Experts](https://arxiv.org/abs/2401.04088) [[code]](https://github.com/mistralai/mistral-src)\n  Jiang, Sablayrolles, Roux, Mensch\n- [Masked Autoencoders](https://arxiv.org/abs/2111.06377) [[code]](https://github.com/facebookresearch/mae)\n  He, Chen, Xie, Li\n"
    assert reader("title")(text) == [("Mixtral of Experts",), ("Masked Autoencoders",)]


def test_keywords_or_a_licence_under_a_short_linked_title_are_no_title():
    text = "# Papers\n\n- [Segment Anything](https://arxiv.org/abs/2304.02643) [[code]](https://github.com/facebookresearch/segment-anything)\n  Image Segmentation, Foundation Model, Zero-Shot\n- [Mixtral of Experts](https://arxiv.org/abs/2401.04088) [[code]](https://github.com/mistralai/mistral-src)\n  Language Model, Sparse MoE\n- [Mistral 7B](https://arxiv.org/abs/2310.06825) [[code]](https://github.com/mistralai/mistral-src)\n  Apache 2.0 License\n- [Visual Instruction Tuning](https://arxiv.org/abs/2304.08485)\n  NeurIPS 2023 Oral, Large Multimodal Model\n"
    assert reader("title")(text) == [
        ("Segment Anything",),
        ("Mixtral of Experts",),
        ("Mistral 7B",),
        ("Visual Instruction Tuning",),
    ]


def test_a_long_linked_title_naming_a_company_after_a_name_is_the_title():
    text = "# Papers\n\n- AFM: [Apple Intelligence Foundation Language Models](https://arxiv.org/abs/2407.21075)\n- Apollo EM: [Baidu Apollo EM Motion Planner](https://arxiv.org/abs/1807.08048)\n- Switchboard: [The Microsoft 2017 Conversational Speech Recognition System](https://arxiv.org/abs/1708.06073)\n"
    assert reader("title", "short_name")(text) == [
        ("Apple Intelligence Foundation Language Models", "AFM"),
        ("Baidu Apollo EM Motion Planner", "Apollo EM"),
        ("The Microsoft 2017 Conversational Speech Recognition System", "Switchboard"),
    ]


def test_a_short_title_before_its_authors_in_a_citation_is_the_title():
    """Read wrongly at the start of the session too: a two-word title looked like a name."""
    text = (
        "- Segment Anything. Alexander Kirillov, Eric Mintun, Nikhila Ravi. ICCV 2023."
        " [pdf](https://arxiv.org/abs/2304.02643)\n"
        "- Wasserstein GAN. Martin Arjovsky, Soumith Chintala, Léon Bottou. ICML 2017."
        " [pdf](https://arxiv.org/abs/1701.07875)\n"
        "- 2016\\. Rico Sennrich, Barry Haddow, Alexandra Birch. [Neural Machine Translation of"
        " Rare Words with Subword Units](https://aclanthology.org/P16-1162/). *Proceedings of ACL*.\n"
    )
    assert reader("title", "year")(text) == [
        ("Segment Anything", 2023),
        ("Wasserstein GAN", 2017),
        ("Neural Machine Translation of Rare Words with Subword Units", 2016),
    ]


def test_a_title_ending_in_a_series_and_beyond_is_whole():
    """Read wrongly at the start of the session too: the series looked like authors."""
    text = (
        "- [Qwen-VL: A Versatile Vision-Language Model for Understanding, Localization, Text"
        " Reading, and Beyond](https://arxiv.org/abs/2308.12966) - arXiv 2023\n"
    )
    assert reader("title")(text) == [
        (
            "Qwen-VL: A Versatile Vision-Language Model for Understanding, Localization, Text"
            " Reading, and Beyond",
        )
    ]


def test_a_title_closed_by_a_question_mark_or_commas_stops_before_its_authors():
    """Read wrongly at the start of the session too: the first author joined the title."""
    text = (
        "- How Powerful are Graph Neural Networks? Keyulu Xu, Weihua Hu, Jure Leskovec,"
        " Stefanie Jegelka. ICLR 2019. [pdf](https://arxiv.org/abs/1810.00826)\n"
        "- YOLO9000: Better, Faster, Stronger. Joseph Redmon, Ali Farhadi. CVPR 2017."
        " [pdf](https://arxiv.org/abs/1612.08242)\n"
    )
    assert reader("title", "year")(text) == [
        ("How Powerful are Graph Neural Networks?", 2019),
        ("YOLO9000: Better, Faster, Stronger", 2017),
    ]


def test_a_description_after_a_names_titled_link_is_no_title():
    """Read wrongly at the start of the session too."""
    text = (
        "- ResNet [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)"
        " introduces residual connections that make very deep networks trainable\n"
        "- AVOS - [paper](https://arxiv.org/abs/2001.00001) - Anchor Diffusion for Video Object"
        " Segmentation\n"
    )
    assert reader("title", "short_name")(text) == [
        ("Deep Residual Learning for Image Recognition", "ResNet"),
        ("Anchor Diffusion for Video Object Segmentation", "AVOS"),
    ]
