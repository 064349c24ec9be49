"""Round 101 (fresh694-701): each rule held by a test that fails on the reader before it;
the guards beside them pass on both."""

from __future__ import annotations

from tests.support.reading import offline_rules, reader

ARXIV = "https://arxiv.org/abs/"
IEEE = "https://ieeexplore.ieee.org/document/"
_read = reader("line", "title", "short_name", "year", "code.url")


def test_a_methods_item_takes_its_title_from_a_citation_with_its_venue_in_italics():
    """zhaoxile's tensor completion list: ``* BCPF [[Web]](…) [[Code]](…) [[PDF]](…)`` over
    ``* Title, _Venue 2015_, **Authors et al.**``: the child's cited title, the name kept."""
    text = (
        "* BCPF [[Web]](https://qibinzhao.github.io/) [[Code]](https://github.com/qbzhao/BCPF) "
        f"[[PDF]]({IEEE}7010937)\n"
        "   * Bayesian CP factorization of incomplete tensors with automatic rank determination, "
        "_IEEE Transactions on Pattern Analysis and Machine Intelligence 2015_, **Qibin Zhao et al.**\n"
        "* TMac [[Web]](https://xu-yangyang.github.io/papers.html) "
        "[[PDF]](https://arxiv.org/pdf/1312.1254.pdf)\n"
        "  * Parallel matrix factorization for low-rank tensor completion, "
        "_Inverse Problems and Imaging 2015_, **Yangyang Xu et al.**\n"
    )
    assert [(t, n, y) for _, t, n, y, _ in _read(text)] == [
        (
            "Bayesian CP factorization of incomplete tensors with automatic rank determination",
            "BCPF",
            2015,
        ),
        ("Parallel matrix factorization for low-rank tensor completion", "TMac", 2015),
    ]


def test_a_label_that_links_nowhere_among_the_items_links_keeps_the_item():
    """``* MTPCP [[Web]](…)[Code][[PDF]](…)``: ``[Code]`` with no code yet is a label like the
    others, so the item is still the name over its paper's link."""
    text = (
        "* MTPCP [[Web]](http://math.swu.edu.cn/s/math/index.html)[Code]"
        f"[[PDF]]({IEEE}9064895)\n"
        "   * Low-Tubal-Rank Plus Sparse Tensor Recovery With Prior Subspace Information (IEEE "
        "Transactions on Pattern Analysis and Machine Intelligence 2021), **Jian-Jun Wang et al.**\n"
    )
    assert [(t, n) for _, t, n, _, _ in _read(text)] == [
        ("Low-Tubal-Rank Plus Sparse Tensor Recovery With Prior Subspace Information", "MTPCP")
    ]


def test_words_in_brackets_that_link_nowhere_are_no_label():
    """Guard: ``* MTPCP [Tensor Methods] [[Web]](…) [[PDF]](…)`` keeps its words: only labels
    that link nowhere are passed over."""
    text = f"* MTPCP [Tensor Methods] [[Web]](https://a.github.io/) [[PDF]]({IEEE}1)\n"
    assert [t for _, t, _, _, _ in _read(text)] == ["MTPCP [Tensor Methods]"]


def test_authors_closed_by_a_colon_before_a_quoted_title():
    """bcmi's defect generation list: ``Names, HuiLin: "*Title.*" IEEE TASE (2020)``: a list of
    names (one of a single word) closed by a colon, then the quoted title."""
    text = (
        '+ Shuanlong Niu, Bin Li, Xinggang Wang, HuiLin: "*Defect Image Sample Generation With GAN '
        'for Improving Defect Recognition.*" IEEE TASE (2020) '
        f"[[pdf]]({IEEE}9000806)\n"
    )
    assert [t for _, t, _, _, _ in _read(text)] == [
        "Defect Image Sample Generation With GAN for Improving Defect Recognition"
    ]


def test_an_italic_line_over_rows_that_title_their_papers_labels_them():
    """keras-idiomatic-programmer's model zoo, a table with no separator row read as lines:
    ``*Residual Networks*<br/>`` over ``| `ResNet34` | [Title, 2015](arxiv) |<br/>``: the
    italics label the rows below, they title none of them."""
    text = (
        "| Model       | Paper |<br/>\n"
        "*Deep Convolutional Neural Networks*<br/>\n"
        "| `VGG16`     | [Very Deep Convolutional Networks for Large-Scale Image Recognition, "
        "2014](https://arxiv.org/pdf/1409.1556.pdf) |<br/>\n"
        "*Residual Convolutional Neural Networks*<br/>\n"
        "| `ResNet34`  | [Deep Residual Learning for Image Recognition, 2015]"
        "(https://arxiv.org/pdf/1512.03385.pdf) |<br/>\n"
        "| `ResNet50_v2.0`  | [Identity Mappings in Deep Residual Networks, 2016]"
        "(https://arxiv.org/pdf/1603.05027.pdf) |<br/>\n"
    )
    assert [t for _, t, _, _, _ in _read(text)] == [
        "Very Deep Convolutional Networks for Large-Scale Image Recognition",
        "Deep Residual Learning for Image Recognition",
        "Identity Mappings in Deep Residual Networks",
    ]


def test_an_italic_title_over_a_label_link_is_still_the_title():
    """Guard: ``*Title*`` over ``[paper](arxiv)``: a link that does not title its paper leaves
    the italics the title."""
    text = (
        "*Deep Residual Learning for Image Recognition*<br/>\n"
        "[paper](https://arxiv.org/abs/1512.03385)<br/>\n"
        "*Identity Mappings in Deep Residual Networks*<br/>\n"
        "[paper](https://arxiv.org/abs/1603.05027)<br/>\n"
    )
    assert [t for _, t, _, _, _ in _read(text)] == [
        "Deep Residual Learning for Image Recognition",
        "Identity Mappings in Deep Residual Networks",
    ]


def test_a_title_with_a_quoted_part_after_its_colon_keeps_its_head():
    """Guard: ``[Image-based Face Detection and Recognition: "State of the Art"](arxiv)``: the
    words before the colon are the title's, not a list of names (no commas)."""
    text = (
        "- Faizan Ahmad, Aaima Najam, Zeeshan Ahmed .[Image-based Face Detection and Recognition:"
        ' "State of the Art"](https://arxiv.org/pdf/1302.06379) .[J] arXiv preprint.\n'
    )
    ((_, title, _, _, _),) = _read(text)
    assert title.startswith("Image-based Face Detection and Recognition:")


_ZOO = "| Model | Paper |\n|---|---|\n"
_VGG = "[Very Deep Convolutional Networks for Large-Scale Image Recognition](https://arxiv.org/abs/1409.1556)"  # fmt: skip


def test_two_models_of_a_zoo_citing_one_paper_are_no_duplicate():
    """keras-idiomatic-programmer's model zoo: ``VGG16`` and ``VGG19`` each cite the paper
    that brought both, under one title: two models, one paper, no ``duplicate-entry``."""
    text = f"{_ZOO}| `VGG16` | {_VGG} |\n| `VGG19` | {_VGG} |\n"
    assert "duplicate-entry" not in offline_rules(text)


def test_a_link_copied_to_another_models_row_is_still_a_duplicate():
    """Guard: two names over two titles that link one paper (a link copied to the wrong row),
    and one name written two ways, are still duplicates."""
    other = "[Something Else Entirely About Cats](https://arxiv.org/abs/1409.1556)"
    copied = f"{_ZOO}| `VGG16` | {_VGG} |\n| `CatNet` | {other} |\n"
    assert "duplicate-entry" in offline_rules(copied)
    spelt = f"{_ZOO}| `Flow-GRPO` | {_VGG} |\n| `FlowGRPO` | {_VGG} |\n"
    assert "duplicate-entry" in offline_rules(spelt)


def test_review_958_an_italic_title_over_a_link_named_by_its_short_name_is_kept():
    """Review 958 (F1): ``*Deep Residual Learning ...*`` over ``[ResNet](arxiv)``: the link
    names its paper by a short name, so the italics are the title, not a group's label."""
    text = (
        "*Deep Residual Learning for Image Recognition*\n[ResNet](https://arxiv.org/abs/1512.03385)\n"
        "*Identity Mappings in Deep Residual Networks*\n[ResNet-v2](https://arxiv.org/abs/1603.05027)\n"
    )
    assert [t for _, t, _, _, _ in _read(text)] == [
        "Deep Residual Learning for Image Recognition",
        "Identity Mappings in Deep Residual Networks",
    ]


def test_review_958_an_italic_venue_under_each_paper_dates_it():
    """Review 958 (F2): ``[Title](pdf)<br/>`` over ``*CVPR 2014*<br/>``: the italics say where
    the paper above appeared; they label no paper below."""
    cvf = "https://openaccess.thecvf.com/content_"
    text = (
        f"[Rich feature hierarchies for accurate object detection and semantic segmentation]({cvf}"
        "cvpr_2014/papers/G_2014_CVPR_paper.pdf)<br/>\n*CVPR 2014*<br/>\n"
        f"[Feature Pyramid Networks for Object Detection]({cvf}cvpr_2017/papers/L_CVPR_2017"
        "_paper.pdf)<br/>\n*CVPR 2017*<br/>\n"
    )
    assert [y for _, _, _, y, _ in _read(text)] == [2014, 2017]


def test_review_958_a_note_with_a_venue_under_a_methods_name_is_no_title():
    """Review 958 (F3): ``* SqueezeNet [[Code]](…) [[PDF]](arxiv)`` over ``* AlexNet-level
    accuracy with 50x fewer parameters, arXiv 2016, widely reproduced``: a note, its venue not
    in italics, so the name stays the title."""
    text = (
        "* SqueezeNet [[Code]](https://github.com/forresti/SqueezeNet) "
        "[[PDF]](https://arxiv.org/abs/1602.07360)\n"
        "   * AlexNet-level accuracy with 50x fewer parameters, arXiv 2016, widely reproduced\n"
    )
    assert [t for _, t, _, _, _ in _read(text)] == ["SqueezeNet"]


def test_review_958_a_name_and_its_expansion_or_a_copied_row_are_still_duplicates():
    """Review 958 (F4): ``ViT`` and ``Vision Transformer`` over one title are one model named
    twice, and ``RoBERTa`` over BERT's title and link is a copied row: both still duplicates."""
    bert = (
        "[BERT: Pre-training of Deep Bidirectional Transformers](https://arxiv.org/abs/1810.04805)"
    )
    vit = "[An Image is Worth 16x16 Words](https://arxiv.org/abs/2010.11929)"
    assert "duplicate-entry" in offline_rules(f"{_ZOO}| `ViT` | {vit} |\n| `Vision Transformer` | {vit} |\n")  # fmt: skip
    assert "duplicate-entry" in offline_rules(f"{_ZOO}| `BERT` | {bert} |\n| `RoBERTa` | {bert} |\n")  # fmt: skip


def test_review_958_a_models_row_repeated_after_its_family_is_still_a_duplicate():
    """Review 958 (F5): ``VGG16``, ``VGG19``, then ``VGG19`` again: the third row repeats the
    second, not only the first."""
    text = f"{_ZOO}| `VGG16` | {_VGG} |\n| `VGG19` | {_VGG} |\n| `VGG19` | {_VGG} |\n"
    assert "duplicate-entry" in offline_rules(text)


def test_review_958_a_lower_case_remark_in_quotes_after_names_is_no_title():
    """Review 958 (F6): ``Title, He, Zhang, Ren: "the classic paper everyone cites"``: a
    remark in quotes opens in lower case; no title does."""
    text = (
        '- Deep Residual Learning, He, Zhang, Ren: "the classic paper everyone cites" '
        "[[pdf]](https://arxiv.org/abs/1512.03385)\n"
    )
    assert [t for _, t, _, _, _ in _read(text)] != ["the classic paper everyone cites"]


def test_review_961_labels_that_link_nowhere_are_read_in_linear_time_with_spaces_inside():
    """Review 961 (F1, F2): the label pattern scanned a run of spaces again from every place
    (200,000 spaces: 63 s; now milliseconds), and ``[Project Page]`` (a label of two words)
    was never taken for a label."""
    from pipeline.formats.labels import dead_labels

    assert not dead_labels(" " * 200_000 + "x")
    assert dead_labels("[Project Page]") and dead_labels(" [Code] [Project Page] ")
    text = (
        f"- NLM [[Web]](https://a.github.io/) [Project Page] [[PDF]]({IEEE}1467423)\n"
        "   * A non-local algorithm for image denoising (IEEE Conference on Computer Vision and "
        "Pattern Recognition 2005), **Antoni Buades et al.**\n"
    )
    assert [(t, n) for _, t, n, _, _ in _read(text)] == [
        ("A non-local algorithm for image denoising", "NLM")
    ]


def test_review_961_a_name_with_an_underscore_or_another_stem_is_no_family():
    """Review 961 (F3): ``BERT-large`` and ``BERT_large`` are one name written two ways, and
    ``Res2Net`` over ResNet's title and link is a copied row: both still duplicates; ``VGG16``
    and ``VGG19`` share the stem ``vgg`` and stay a family."""
    res = "[Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)"
    assert "duplicate-entry" in offline_rules(f"{_ZOO}| `BERT-large` | {_VGG} |\n| `BERT_large` | {_VGG} |\n")  # fmt: skip
    assert "duplicate-entry" in offline_rules(f"{_ZOO}| `ResNet` | {res} |\n| `Res2Net` | {res} |\n")  # fmt: skip
    assert "duplicate-entry" not in offline_rules(f"{_ZOO}| `VGG16` | {_VGG} |\n| `VGG19` | {_VGG} |\n")  # fmt: skip


def test_review_961_one_persons_name_in_italics_labels_no_rows():
    """Review 961 (F4): ``*Geoffrey Hinton*`` between two titled links is a person, not a
    group's label: it stays in the paragraph's groups."""
    from pipeline.formats.paragroups import paper_groups
    from pipeline.formats.runs import markdown_runs, plain

    text = (
        "[Attention Is All You Need Here](https://arxiv.org/abs/1706.03762)<br/>\n"
        "*Geoffrey Hinton*<br/>\n"
        "[Layer Normalization for Recurrent Networks](https://arxiv.org/abs/1607.06450)<br/>\n"
    )
    assert any("Geoffrey Hinton" in plain(g) for g in paper_groups(markdown_runs(text, 1)))
