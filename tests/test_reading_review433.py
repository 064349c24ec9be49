"""Regressions three reviews found in the fresh433 rules (each probe read right before them),
each held by a test that fails on e6ec91f."""

from __future__ import annotations

from pipeline.formats.dates import find_year
from pipeline.parse import parse_text
from tests.support.reading import reader

_titles = reader("title")
_years = reader("title", "year")


def _codes(text: str) -> list[str | None]:
    return [e.code.url if e.code else None for e in parse_text(text, "l.md").entries]


def test_a_topic_heading_does_not_take_the_title_of_the_paragraph_below_it():
    """``### Vision Transformers`` over ``An image is worth 16x16 words: ... vision. [[paper]]``
    (a title in sentence case, ending in a full stop) and ``### Efficient Attention
    Mechanisms`` over ``Attention Is All You Need, 2017, NeurIPS.``: the heading names a
    topic; the paper's title is the line below."""
    text = (
        "### Vision Transformers\n\n"
        "An image is worth 16x16 words: transformers for image recognition at scale in "
        "computer vision. [[paper]](https://arxiv.org/abs/2010.11929) "
        "[[code]](https://github.com/google-research/vision_transformer) [2021]\n\n"
        "### Efficient Attention Mechanisms\n\n"
        "Attention Is All You Need, 2017, NeurIPS.\n\n"
        "[Paper](https://arxiv.org/abs/1706.03762)\n"
    )
    titles = [t for (t,) in _titles(text)]
    assert titles[0].startswith("An image is worth 16x16 words")
    assert titles[1] == "Attention Is All You Need"


def test_a_summary_under_a_title_heading_or_a_ui_phrase_takes_no_title():
    """``### Segment Anything`` over ``<summary><b>Click to read the abstract</b></summary>``
    or a bold sentence of the abstract: the heading stays the title."""
    text = (
        "### Segment Anything\n\n"
        "<details><summary><b>We introduce a new task, model, and dataset for image "
        "segmentation</b></summary>\n\n"
        "[[paper](https://arxiv.org/abs/2304.02643)] "
        "[[code](https://github.com/facebookresearch/segment-anything)]\n\n</details>\n\n"
        "### Visual Instruction Tuning\n\n"
        "<details>\n<summary><b>Click to read the abstract</b></summary>\n\n"
        "We present the first attempt to use language-only GPT-4 to generate multimodal "
        "language-image instruction-following data.\n\n</details>\n\n"
        "[[paper]](https://arxiv.org/abs/2304.08485)\n"
    )
    assert _titles(text) == [("Segment Anything",), ("Visual Instruction Tuning",)]


def test_only_an_items_own_venue_after_its_authors_dates_the_paper():
    """A year item heading the blogs after a paper, a venue after a tool's link, a release
    date, a dataset's year: none dates the paper above them."""
    text = (
        "## Transformers\n"
        "* [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
        "* 2018\n"
        "* [The Illustrated Transformer](https://jalammar.github.io/illustrated-transformer/)\n\n"
        "## Optimisation\n"
        "* [Practical Bayesian Optimization of Machine Learning Algorithms](https://papers.nips"
        ".cc/paper/4522-practical-bayesian-optimization-of-machine-learning-algorithms.pdf)\n"
        "* [Spearmint](https://github.com/HIPS/Spearmint)\n"
        "* ICML 2015 Workshop\n\n"
        "## Ensembles\n"
        "* Deep Ensembles: A Loss Landscape Perspective [[pdf]](https://arxiv.org/abs/1912.02757)\n"
        "* Stanislav Fort, Huiyi Hu, Balaji Lakshminarayanan\n"
        "* Code Released Dec 2021\n\n"
        "## Segmentation\n"
        "* Mask Scoring R-CNN [[pdf]](https://arxiv.org/abs/1903.00241)\n"
        "* Zhaojin Huang, Lichao Huang, Yongchao Gong, Chang Huang, Xinggang Wang\n"
        "* `COCO 2017`\n"
    )
    assert [y for _, y in _years(text)] == [None, None, None, None]


def test_a_sentence_after_an_items_own_title_keeps_the_entry():
    """``**Neural ODEs** (NeurIPS 2018): ... Paper is available at [Title](url)`` and ``Dataset
    Distillation, arXiv 2018. Code is available at [GitHub](url) and the paper at [arXiv](url)``:
    the item opens with its paper; the sentence says where its links lead."""
    text = (
        "- **Neural ODEs** (NeurIPS 2018): continuous-depth residual networks. Paper is "
        "available at [Neural Ordinary Differential Equations](https://arxiv.org/abs/1806.07366)\n"
        "- Dataset Distillation, arXiv 2018. Code is available at [GitHub](https://github.com/"
        "SsnL/dataset-distillation) and the paper at [arXiv](https://arxiv.org/abs/1811.10959)\n"
    )
    assert len(_titles(text)) == 2


def test_a_labelled_or_readme_markdown_link_in_a_repository_is_still_code():
    """``[[Official]]``, ``[[Jax]]``, ``[[Keras]]``, ``[[GitHub Repo]]``, ``[[源码]]``, ``[[C++]]``
    to a repository's Markdown file, and a title linked to a model's README in a monorepo:
    code, as before."""
    labels = ("Official", "Jax", "Keras", "GitHub Repo", "源码", "C++")
    text = "".join(
        f"- Paper Number {k} For Testing [[Paper]](https://arxiv.org/abs/2111.0637{k}) "
        f"[[{label}]](https://github.com/o/r{k}/blob/main/README.md)\n"
        for k, label in enumerate(labels)
    ) + (
        "- [DeepLab: Semantic Image Segmentation with Deep Convolutional Nets](https://github.com"
        "/tensorflow/models/blob/master/research/deeplab/README.md) "
        "[[Paper]](https://arxiv.org/abs/1606.00915)\n"
    )
    codes = _codes(text)
    assert codes[:6] == [f"https://github.com/o/r{k}/blob/main/README.md" for k in range(6)]
    assert codes[6] == "https://github.com/tensorflow/models/blob/master/research/deeplab/README.md"


def test_a_classic_named_in_a_description_and_a_dataset_download_page_keep_their_reading():
    """``— a modern reading of Rosenblatt, 1958. [[Code]](url)`` dates nothing (only a quoted
    citation's closing year does); ``[[Download]](isca-speech.org/downloads/musan)`` is not a
    venue's downloads index, and a Project Euclid issue's contents is no paper."""
    assert (
        find_year("A Perceptron Revisited: a modern reading of Rosenblatt, 1958. [Code] ")[0]
        is None
    )
    text = (
        "- [MUSAN: A Music, Speech, and Noise Corpus](http://www.openslr.org/17/) "
        "[[Download]](https://www.isca-speech.org/downloads/musan)\n"
        "- [[Annals of Statistics](https://projecteuclid.org/journals/annals-of-statistics/"
        "volume-6/issue-2)] The Jackknife Estimate of Variance, 1978\n"
    )
    assert _titles(text) == [("MUSAN: A Music, Speech, and Noise Corpus",)]
