"""What the review of 62a8ec6 (helper-819) found, each held by a test that fails on it."""

from __future__ import annotations

from tests.support.reading import reader

_read = reader("line", "title")


def test_every_definition_under_a_date_term_is_read():
    """``Feb. 13, Thu`` over two ``: [Title](url)`` definitions: both papers (the second
    was compared with the first as rewritten, and lost)."""
    text = (
        "Feb. 13, Thu\n: [Densely Connected Convolutional Networks](https://arxiv.org/abs/1608.06993)\n"
        ": [Squeeze-and-Excitation Networks](https://arxiv.org/abs/1709.01507)\n"
    )
    assert [t for _, t in _read(text)] == [
        "Densely Connected Convolutional Networks",
        "Squeeze-and-Excitation Networks",
    ]


def test_a_short_title_term_over_its_authors_keeps_its_title():
    """``Mask R-CNN`` over ``: He et al., ICCV 2017. [[paper](url)]``: a title, not a date."""
    text = (
        "## Detection\n\nMask R-CNN\n: He et al., ICCV 2017. [[paper](https://arxiv.org/abs/1703.06870)]\n\n"
        "Faster R-CNN\n: Ren et al., NeurIPS 2015. [[paper](https://arxiv.org/abs/1506.01497)]\n"
    )
    assert [t for _, t in _read(text)] == ["Mask R-CNN", "Faster R-CNN"]


def test_papers_under_a_bold_topic_they_share_words_with_stay_apart():
    """``**Graph Neural Networks**`` over three different GNN papers: three entries."""
    text = (
        "- **Graph Neural Networks** <br>\n"
        "  [1] [Graph Attention Networks](https://arxiv.org/abs/1710.10903) <br>\n"
        "  [2] [How Powerful are Graph Neural Networks?](https://arxiv.org/abs/1810.00826) <br>\n"
        "  [3] [Semi-Supervised Classification with Graph Convolutional Networks](https://arxiv.org/abs/1609.02907) <br>\n"
    )
    assert [line for line, _ in _read(text)] == [2, 3, 4]


def test_jmlr_and_aaai_article_numbers_and_one_papers_arxiv_doi():
    """Bare JMLR (``20-074``) and AAAI (``view/4584``) addresses are papers; an arXiv link,
    its arXiv DOI and its Hugging Face page under a heading are one paper."""
    text = (
        "## Papers\n\n- https://jmlr.org/papers/v21/20-074.html\n"
        "- https://ojs.aaai.org/index.php/AAAI/article/view/4584\n\n"
        "### Llama 2: Open Foundation and Fine-Tuned Chat Models\n"
        "- https://arxiv.org/abs/2307.09288\n- https://doi.org/10.48550/arXiv.2307.09288\n"
        "- https://huggingface.co/papers/2307.09288\n"
    )
    assert _read(text) == [
        (3, ""),
        (4, ""),
        (6, "Llama 2: Open Foundation and Fine-Tuned Chat Models"),
    ]
