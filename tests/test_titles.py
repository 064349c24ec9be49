import pytest

from pipeline.titles import Verdict, compare, normalize

SAME = [
    ("Pre-trained Models for NLP", "Pretrained Models for NLP"),
    (r"$\text{B}^2$-Sampling for Diffusion", "B2-Sampling for Diffusion"),
    (
        "LoRA: Low-Rank Adaptation of Large Language Models",
        "Lora: Low-rank adaptation of large language models",
    ),
    (r"Caf\'e au lait with \emph{$\alpha$}-divergence", "Café au Lait with α-Divergence"),
    ("Chain-of-Thought Prompting", "Chain of Thought Prompting"),
    ("Training  Diffusion\nModels &amp; RL", "Training Diffusion Models & RL"),
    ("“Quoted” Title — with dashes", '"Quoted" Title - with dashes'),
]
REWORDED = [
    (
        "Towards Better Alignment: Training Diffusion Models with RL Against Sparse Reward",
        "Towards Better Alignment: Training Diffusion Models with RL Against Sparse Rewards",
    ),
    (
        "Training Diffusion Models with Reinforcement Learning",
        "Training Diffusion Models with Reinforcement Learning: Denoising Policy Optimization",
    ),
]
DIFFERENT = [
    (
        "Subject-driven Text-to-Image Generation via Preference-based Reinforcement Learning",
        "Powerful and Flexible: Personalized Text-to-Image Generation via Reinforcement Learning",
    ),
    (
        "Image Transformation Sequence Retrieval with General Reinforcement Learning",
        "Can Pre-Trained Text-to-Image Models Generate Visual Goals for Reinforcement Learning?",
    ),
]
# Subset pairs: scores of 100 on token_set/partial ratio; never accepted as "same".
NOT_SAME = [
    ("Deep Learning", "Deep Learning for Symbolic Mathematics"),
    (
        "Language Models are Few-Shot Learners",
        "Language Models are Unsupervised Multitask Learners",
    ),
    ("Attention Is All You Need", "Attention Is Not All You Need"),
    (
        "Powerful and Flexible: Personalized Text-to-Image Generation",
        "Powerful and Flexible: Personalized Text-to-Image Generation via Reinforcement Learning",
    ),
    (
        "Training Diffusion Models with Reinforcement Learning",
        "Towards Better Alignment: Training Diffusion Models with Reinforcement Learning Against Sparse Rewards",
    ),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_same(a, b):
    assert compare(a, b).verdict is Verdict.SAME


@pytest.mark.parametrize(("a", "b"), REWORDED)
def test_reworded(a, b):
    c = compare(a, b)
    assert c.verdict is Verdict.REWORDED and c.same_paper


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different(a, b):
    assert compare(a, b).verdict is Verdict.DIFFERENT
    assert compare(b, a).verdict is Verdict.DIFFERENT


@pytest.mark.parametrize(("a", "b"), NOT_SAME)
def test_subsets_are_not_the_same_paper(a, b):
    assert not compare(a, b).same_paper


def test_digits_are_kept():
    assert normalize("GPT-3") != normalize("GPT-4")
    assert compare("GPT-3 for Diffusion", "GPT-4 for Diffusion").verdict is not Verdict.SAME


def test_a_shortened_title_misspelt_or_joined_is_not_a_different_paper():
    """A list's short title whose words all appear in arXiv's, one misspelt or joined to the
    next word by a hyphen, is no proof of another paper (fresh435's compression list); a title
    that shares one word is still different."""
    joined = compare(
        "Deep Convolutional AutoEncoder",
        "Deep Convolutional AutoEncoder-based Lossy Image Compression",
    )
    misspelt = compare(
        "Perceputual Similarity Metrics",
        "Learning to generate images with perceptual similarity metrics",
    )
    assert joined.verdict is not Verdict.DIFFERENT
    assert misspelt.verdict is not Verdict.DIFFERENT
    assert (
        compare("Deep Residual Learning", "Residual Attention Network").verdict is Verdict.DIFFERENT
    )
