"""Regressions the review of the fresh473-480 rules found, each held by a test that fails on
the reviewed commit (a4ccafd)."""

from __future__ import annotations

from tests.support.reading import reader

_read = reader("line", "title", "code")

_HEAD = "# Papers\n\n## Vision\n\n"


def _lines(text: str) -> list[int]:
    return [line for line, _, _ in _read(_HEAD + text)]


def test_a_child_paper_beside_a_version_of_its_code_stays_an_entry():
    """``[[PyTorch version](github)]``, ``Chinese version: [X](github)``: a version of the
    child's code or a translation, not a version of the parent's paper."""
    text = (
        "- [Deep Residual Learning](https://arxiv.org/abs/1512.03385) CVPR 2016\n"
        "  - [Identity Mappings in Deep Residual Networks](https://link.springer.com/chapter/"
        "10.1007/978-3-319-46493-0_38) [[PyTorch version](https://github.com/a/b)]\n"
        "  - [RoBERTa: A Robustly Optimized BERT Pretraining Approach](https://openreview.net/"
        "forum?id=SyxS0T4tvS) 2019, Chinese version: [RoBERTa-wwm-ext](https://github.com/c/d)\n"
    )
    assert _lines(text) == [5, 6, 7]
    assert _read(_HEAD + text)[1][2].url == "https://github.com/a/b"


def test_a_child_with_a_title_of_its_own_is_no_version_of_its_parent():
    """The child's own title link decides: a later ``[[Extended version](ieee)]`` is its own
    journal version; ``distills [CLIP](parent's arXiv)`` cites the parent; ``Extension:
    [Another Title](…)`` is a follow-up paper."""
    text = (
        "- [RAFT: Recurrent All-Pairs Field Transforms for Optical Flow](https://arxiv.org/abs/"
        "2003.12039) ECCV 2020\n"
        "  - [GMA: Learning to Estimate Hidden Motions with Global Motion Aggregation]"
        "(https://openaccess.thecvf.com/content/ICCV2021/html/Jiang_GMA_ICCV_2021_paper.html)"
        " ICCV 2021 [[Extended version](https://ieeexplore.ieee.org/document/9999999)]\n"
        "  - [Open-Vocabulary Object Detection via Vision and Language Knowledge Distillation]"
        "(https://openreview.net/forum?id=lL3lnMbR4WU) ICLR 2022, cites [RAFT]"
        "(https://arxiv.org/abs/2003.12039)\n"
        "  - Extension: [Panoptic Feature Pyramid Networks](https://openaccess.thecvf.com/"
        "content_CVPR_2019/html/Kirillov_Panoptic_FPN_CVPR_2019_paper.html) CVPR 2019\n"
    )
    assert _lines(text) == [5, 6, 7, 8]


def test_papers_under_a_version_sub_item_are_still_read():
    """``- Journal version: [RAFT (TPAMI)](ieee)`` holding ``- [GMFlow: ...](cvf)``."""
    text = (
        "- [RAFT: Recurrent All-Pairs Field Transforms for Optical Flow](https://arxiv.org/abs/"
        "2003.12039) ECCV 2020\n"
        "  - Journal version: [RAFT (TPAMI)](https://ieeexplore.ieee.org/document/9999999)\n"
        "    - [GMFlow: Learning Optical Flow via Global Matching](https://openaccess.thecvf.com/"
        "content/CVPR2022/html/Xu_GMFlow_CVPR_2022_paper.html) CVPR 2022\n"
    )
    assert 7 in _lines(text)


def test_a_short_title_ending_in_extension_is_a_title():
    """``[Context Window Extension](arxiv)``: a title, not a version's label."""
    text = (
        "- [Context Window Extension](https://arxiv.org/abs/2309.00071) ICLR 2024"
        " [[code](https://github.com/jquesnelle/yarn)]\n"
        "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) NeurIPS 2017\n"
    )
    assert [title for _, title, _ in _read(_HEAD + text)] == [
        "Context Window Extension",
        "Attention Is All You Need",
    ]


def test_a_version_named_before_its_link_or_on_arxiv_under_a_paper_without_one():
    """``Extended version in TPAMI: [Same Title](ieee)``, ``arXiv version: [Same Title](arxiv)``
    under a paper with no arXiv link: the parent's versions."""
    text = (
        "- [Mask R-CNN](https://arxiv.org/abs/1703.06870) ICCV 2017\n"
        "  - Extended version in TPAMI: [Mask R-CNN](https://ieeexplore.ieee.org/document/"
        "8372616) 2020\n"
        "- [tf.data service: A Case for Disaggregating ML Input Data Processing]"
        "(https://example.org/papers/tfdata_service_SoCC23.pdf) SoCC 2023\n"
        "  - [arXiv version](https://arxiv.org/abs/2210.14826)\n"
    )
    assert _lines(text) == [5, 7]


def test_capitalised_phrases_after_a_dash_are_no_authors():
    """``- Computed Tomography and Magnetic Resonance``, ``- New York and San Francisco``,
    ``- Part A. Hash Tables``: a subtitle, not two people; names need three parts, an
    initial, or a first name, middle initial and surname."""
    from pipeline.formats.cleantitle import clean_title

    for title in (
        "Medical Imaging - Computed Tomography and Magnetic Resonance",
        "Protein Structure Prediction - Alpha Fold and Rosetta Fold",
        "Smart Mobility in Practice - New York and San Francisco",
        "Imaging the Universe - Hubble Space Telescope and James Webb Space Telescope",
        "Data Structures in Practice - Part A. Hash Tables",
    ):
        assert clean_title(title) == title
    assert clean_title("Quantum Computation - Michael A. Nielsen & Isaac L. Chuang") == (
        "Quantum Computation"
    )


def test_a_title_split_by_a_semicolon_stays_the_title():
    """``- Hidden Figures; Hidden Costs. [[link]](arxiv) 2023``: no byline, the only title."""
    text = "- Hidden Figures; Hidden Costs. [[link]](https://arxiv.org/abs/2301.00002) 2023\n"
    assert [title for _, title, _ in _read(_HEAD + text)] == ["Hidden Figures; Hidden Costs"]
