"""Layouts first seen in the fresh416-424 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from tests.support.reading import reader

_titles = reader("title")
_dated = reader("title", "year", "venue")
_years = reader("title", "year")


def test_authors_written_et_dot_al_before_the_link_are_no_title():
    """``Zhipeng Liang, et. al. [Title](arxiv)``: the byline misspelt ``et. al.`` (a finance
    list writes every entry so) is authors, as ``et al.`` is; the link text is the title (it
    was the byline, and 17 false wrong-paper errors)."""
    text = (
        "- Zhipeng Liang, et. al. [Adversarial Deep Reinforcement Learning in Portfolio "
        "Management](https://arxiv.org/pdf/1808.09940.pdf) [[code]](https://github.com/a/b)\n"
        "- Brian Ning, et.al. [Double Deep Q-Learning for Optimal Execution]"
        "(https://arxiv.org/abs/1812.06600)\n"
    )
    assert _titles(text) == [
        ("Adversarial Deep Reinforcement Learning in Portfolio Management",),
        ("Double Deep Q-Learning for Optimal Execution",),
    ]


def test_an_italic_venue_and_year_after_the_title_s_comma_is_its_venue():
    """``Title, *Sensors 2023*. [[Paper](url)]``: a venue the reader does not know, in the
    italics the list gives every venue (``*TRO 2023*``), closes the title; an italic phrase
    with no year, or one that opens the line, stays the title's."""
    text = (
        "- Active slam: A review on last decade, *Sensors 2023*. "
        "[[Paper](https://www.mdpi.com/1424-8220/23/19/8097)]\n"
        "- A hierarchical multi-UAV cooperative framework for inspection, *Control Theory and "
        "Technology 2024*. [[Paper](https://link.springer.com/article/10.1007/s11768-024-00202-0)]\n"
        "- Learning to explore, *the Hard Way*. [[Paper](https://arxiv.org/abs/2302.03164)]\n"
    )
    assert _dated(text) == [
        ("Active slam: A review on last decade", 2023, "Sensors 2023"),
        (
            "A hierarchical multi-UAV cooperative framework for inspection",
            2024,
            "Control Theory and Technology 2024",
        ),
        ("Learning to explore, the Hard Way", None, None),
    ]


def test_adjectives_listed_after_a_comma_that_run_on_to_a_title_s_noun_are_the_title_s():
    """``FastGRNN: A Fast, Accurate, Stable and Tiny Kilobyte Sized Gated Recurrent Neural
    Network``: capitalised words after commas that run on to the end as one phrase with a
    title's word (``Network``) are no author list; names after a title still go."""
    text = (
        "- [FastGRNN: A Fast, Accurate, Stable and Tiny Kilobyte Sized Gated Recurrent Neural "
        "Network](https://arxiv.org/abs/1901.02358)\n"
        "- [Recipe for a General, Powerful, Scalable Graph Transformer]"
        "(https://arxiv.org/abs/2205.12454)\n"
        "- Momentum Contrast for Unsupervised Visual Representation Learning, Kaiming He, "
        "Haoqi Fan, Yuxin Wu. [[paper]](https://arxiv.org/abs/1911.05722)\n"
    )
    assert _titles(text) == [
        (
            "FastGRNN: A Fast, Accurate, Stable and Tiny Kilobyte Sized Gated Recurrent Neural Network",
        ),
        ("Recipe for a General, Powerful, Scalable Graph Transformer",),
        ("Momentum Contrast for Unsupervised Visual Representation Learning",),
    ]


def test_a_lower_case_venue_and_year_opening_the_link_text_is_no_part_of_the_title():
    """``[acl.2022 - Title](url)``: a list that writes each venue in lower case with a full
    stop before its year (its NER list); the tag dates the entry and leaves the title."""
    text = (
        "### acl.2022\n"
        "1. [acl.2022 - Few-Shot Class-Incremental Learning for Named Entity Recognition]"
        "(https://aclanthology.org/2022.acl-long.43.pdf)\n"
        "2. [emnlp 2021 - Data Augmentation for Cross-Domain Named Entity Recognition]"
        "(https://aclanthology.org/2021.emnlp-main.434.pdf)\n"
    )
    assert _years(text) == [
        ("Few-Shot Class-Incremental Learning for Named Entity Recognition", 2022),
        ("Data Augmentation for Cross-Domain Named Entity Recognition", 2021),
    ]
