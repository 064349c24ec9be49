"""Layouts first seen in the fresh398-403 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from tests.support.reading import reader

_titles = reader("title")
_read = reader("line", "title", "year")


def test_a_name_over_its_citation_takes_the_citation_s_title():
    """``* SPP, Microsoft Research [[Paper]](arxiv)`` over ``* Kaiming He, ..., Spatial
    Pyramid Pooling in ..., ECCV, 2014.``: the item names the paper (and its lab); the
    citation below gives its title after the authors (a wrong title gave a false
    ``wrong-paper``). One author is enough when the title opens with the item's name."""
    text = (
        "* SPP, Microsoft Research [[Paper]](http://arxiv.org/pdf/1406.4729)\n"
        "  * Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun, Spatial Pyramid Pooling in Deep "
        "Convolutional Networks for Visual Recognition, ECCV, 2014.\n"
        "* Fast R-CNN, Microsoft Research [[Paper]](http://arxiv.org/pdf/1504.08083)\n"
        "  * Ross Girshick, Fast R-CNN, arXiv:1504.08083.\n"
        "* Microsoft (PReLu/Weight Initialization) [[Paper]](http://arxiv.org/pdf/1502.01852)\n"
        "  * Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun, Delving Deep into Rectifiers: "
        "Surpassing Human-Level Performance on ImageNet Classification, arXiv:1502.01852.\n"
    )
    assert _titles(text) == [
        ("Spatial Pyramid Pooling in Deep Convolutional Networks for Visual Recognition",),
        ("Fast R-CNN",),
        (
            "Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet "
            "Classification",
        ),
    ]


def test_review_a_citation_below_must_be_the_item_s_paper():
    """The review's probes: a description after full names (``Zihang Dai, Zhilin Yang,
    Extends Context Beyond Fixed Length, ACL, 2019``), sub-papers listed below a topic
    (``Thomas Kipf, Petar Velickovic, Graph Convolutional Networks, Graph Attention
    Networks``) and datasets that pass as names give no title: the citation's title must
    share a word with the item, spell its acronym or name its arXiv ID."""
    text = (
        "* Transformer-XL [[Paper]](https://arxiv.org/abs/1901.02860)\n"
        "  * Zihang Dai, Zhilin Yang, Yiming Yang, Extends Context Beyond Fixed Length, ACL, 2019\n"
        "* Graph Neural Networks [[Survey]](https://arxiv.org/abs/1901.00596)\n"
        "  * Thomas Kipf, Petar Velickovic, Graph Convolutional Networks, Graph Attention "
        "Networks\n"
        "* BLIP [[Paper]](https://arxiv.org/abs/2201.12086)\n"
        "  * Conceptual Captions, Visual Genome, Image Text Retrieval Benchmarks\n"
    )
    assert _titles(text) == [("Transformer-XL",), ("Graph Neural Networks",), ("BLIP",)]


def test_a_citation_below_without_a_title_leaves_the_item_s_own():
    """Names only (``Ping Luo, Jiamin Ren, Zhanglin Peng, arXiv:ID``), names and a venue
    (``Long Zeng. CVPR 2022``) or tags (``Keyword: Privacy, Blind Signature``) below an
    item give it no title: its own stays."""
    text = (
        "* Switchable Normalization [[Paper]](https://arxiv.org/abs/1806.10779)\n"
        "  * Ping Luo, Jiamin Ren, Zhanglin Peng, arXiv:1806.10779.\n"
        "* Class-Aware Contrastive Learning [[Paper]](https://arxiv.org/abs/2203.02261)\n"
        "  * Fan Yang, Kai Wu, Long Zeng. CVPR 2022\n"
        "* Blind signatures for payments [[Paper]](https://arxiv.org/abs/2001.00001)\n"
        "  * Keyword: Privacy, Blind Signature\n"
    )
    assert _titles(text) == [
        ("Switchable Normalization",),
        ("Class-Aware Contrastive Learning",),
        ("Blind signatures for payments",),
    ]


def test_a_local_copy_of_the_paper_is_its_link():
    """``Title. Authors. ACL'09 [Local Copy](files/ACL2009-pitler.pdf)``: the list keeps the
    paper's PDF and links it as its local copy (no entry at all was read); slides stay none."""
    text = (
        "- Automatic sense prediction for implicit discourse relations in text. Emily Pitler, "
        "Annie Louis, Ani Nenkova. ACL'09 [Local Copy](files/ACL2009-pitler.pdf)\n"
        "- A Stacking Gated Neural Architecture for Implicit Discourse Relation Classification. "
        "Lianhui Qin, Zhisong Zhang, Hai Zhao. EMNLP'16 [Local Copy](files/D16-1246.pdf)\n"
        "- Discourse parsing, a talk. [Local Copy](files/slides.pdf) "
        "[Paper](https://arxiv.org/abs/1706.03762)\n"
    )
    got = _read(text)
    assert len(got) == 3 and got[:2] == [
        (1, "Automatic sense prediction for implicit discourse relations in text", 2009),
        (
            2,
            "A Stacking Gated Neural Architecture for Implicit Discourse Relation Classification",
            2016,
        ),
    ]


def test_a_quoted_title_wrapped_in_an_html_paragraph_is_read_whole():
    """``<p>"Learning to Map`` / ``Dependency Parses to ..." (Wei-Te Chen),`` / venue /
    ``<a href=...>PDF</a></p>``: the quote opens the paragraph and closes on the next line
    before the authors in brackets."""
    text = (
        '<h2>Alignment</h2>\n\n<p>"Learning to Map\nDependency Parses to Abstract Meaning '
        'Representations" (Wei-Te Chen),\nACL-IJCNLP Student Research Workshop. 2015.\n'
        '<a href="http://www.aclweb.org/anthology/P15-3007">PDF</a></p>\n'
    )
    assert _titles(text) == [
        ("Learning to Map Dependency Parses to Abstract Meaning Representations",)
    ]


def test_review_a_copy_of_a_one_word_file_is_no_paper():
    """``PDTB 2.0 sense hierarchy [mirror](files/data.pdf)``, ``Penn Treebank POS tagset
    [copy](files/tagset.pdf)``: a copy of a file named in one word is no paper's copy."""
    text = (
        "- PDTB 2.0 sense hierarchy [mirror](files/data.pdf)\n"
        "- Penn Treebank POS tagset [copy](files/tagset.pdf)\n"
        "- Deep Biaffine Attention for Neural Dependency Parsing. Timothy Dozat, Christopher "
        "Manning. ICLR'17 [Local Copy](files/biaffine-parser.pdf)\n"
    )
    assert _titles(text) == [("Deep Biaffine Attention for Neural Dependency Parsing",)]
