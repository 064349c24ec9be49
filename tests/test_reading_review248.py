"""Misreadings a fresh-eyes review of the fresh248-253 rules found (66 probes in the style
of real lists), each held by a test that fails on those rules as first written."""

from __future__ import annotations

from tests.support.reading import reader

_titles = reader("title")


def test_a_linked_title_with_its_year_in_brackets_is_the_title_not_a_venue_tag():
    text = (
        "## Reading list\n"
        "1. [[Generative Adversarial Networks (2014)](https://arxiv.org/abs/1406.2661)]"
        " Must read, the original GAN paper\n"
        "2. [[Attention Is All You Need (2017)](https://arxiv.org/abs/1706.03762)] A landmark"
        " paper that introduced the transformer architecture.\n"
        "3. [[VPP (2021)](https://www.tandfonline.com/doi/full/10.1080/17452759.2022.2028380)]"
        " Differentiation of materials and laser powder bed fusion processing regimes\n"
    )
    assert _titles(text) == [
        ("Generative Adversarial Networks",),
        ("Attention Is All You Need",),
        ("Differentiation of materials and laser powder bed fusion processing regimes",),
    ]


def test_a_lower_case_nickname_in_single_quotes_is_no_title():
    text = (
        "## Papers\n"
        "- [Segment Anything, 'the SAM foundation model'](https://arxiv.org/abs/2304.02643) 2023\n"
        "- [Wim Bogaerts and Lukas Chrostowski, 'Silicon photonics circuit design: methods, tools"
        " and challenges'](https://doi.org/10.1002/lpor.201700237)\n"
    )
    titles = [t for (t,) in _titles(text)]
    assert titles[0] != "the SAM foundation model"
    assert titles[1] == "Silicon photonics circuit design: methods, tools and challenges"


def test_a_label_and_colon_after_a_bold_name_is_a_description_not_a_title():
    text = (
        "## Models\n"
        "- **GPT-2**  See also: the follow-up GPT-3 paper and blog."
        " [Paper](https://arxiv.org/abs/2005.14165)\n"
        "- **ResNet**  Key idea: residual connections make very deep nets trainable."
        " [Paper](https://arxiv.org/abs/1512.03385)\n"
        "- **TiM**  Liu L, Yang X, Shen Y, et al. Think-in-memory: Recalling and post-thinking"
        " enable llms with long-term memory[J]. arXiv, 2023. [pdf](https://arxiv.org/abs/2311.08719)\n"
    )
    assert _titles(text) == [
        ("GPT-2",),
        ("ResNet",),
        ("Think-in-memory: Recalling and post-thinking enable llms with long-term memory",),
    ]
