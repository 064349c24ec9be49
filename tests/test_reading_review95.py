"""What a review of the fresh70-75 reading rules found, each held by a test that fails on
the reader before its fix (the probes are the reviewer's, cut to their point)."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import reader

_read = reader("title", "year")
_full = reader("line", "title", "short_name", "year")


def test_a_short_title_then_its_year_before_a_generic_link_is_the_title():
    text = (
        "- Mask R-CNN. 2017. [PDF](https://arxiv.org/abs/1703.06870)\n"
        "- Graph Attention Networks. 2018. [paper](https://arxiv.org/abs/1710.10903)\n"
        "- Deep Residual Learning. 2016. [ResNet](https://arxiv.org/abs/1512.03385)\n"
    )
    assert _read(text) == [
        ("Mask R-CNN", 2017), ("Graph Attention Networks", 2018),
        ("Deep Residual Learning", 2016),
    ]  # fmt: skip


def test_a_dataset_glued_to_its_year_dates_nothing():
    text = (
        "## 2021\n\n### DAVIS2017\n\n"
        "- [Rethinking Space-Time Networks with Improved Memory Coverage](https://arxiv.org/abs/2106.05210)\n\n"
        "### VOC2007\n\n### Before2018\n\n"
        "- [Feature Pyramid Networks for Object Detection](https://arxiv.org/abs/1612.03144)\n"
    )
    assert [year for _, year in _read(text)] == [2021, 2021]


def test_a_topic_over_a_paper_whose_title_holds_its_words_is_no_head():
    text = (
        "- Object Detection in Aerial Images\n"
        "  - [DOTA: A Large-scale Dataset for Object Detection in Aerial Images]"
        "(https://arxiv.org/abs/1711.10398) CVPR 2018\n"
        "- Instant Neural Graphics Primitives\n"
        "  - [Instant Neural Graphics Primitives with a Multiresolution Hash Encoding]"
        "(https://arxiv.org/abs/2201.05989)\n"
    )
    assert [(line, title) for line, title, _, _ in _full(text)] == [
        (2, "DOTA: A Large-scale Dataset for Object Detection in Aerial Images"),
        (4, "Instant Neural Graphics Primitives with a Multiresolution Hash Encoding"),
    ]


def test_a_long_name_in_double_brackets_before_the_title_stays_a_name():
    text = (
        "- [[Segment Anything Model (SAM)]](https://arxiv.org/abs/2304.02643) Segment Anything"
        " - ICCV 2023\n"
    )
    assert _read(text) == [("Segment Anything", 2023)]


def test_a_name_cell_spanning_rows_is_not_the_next_rows_name_or_year():
    text = (
        "<table>\n<tr><th>Model</th><th>Paper</th><th>Venue</th></tr>\n"
        '<tr><td rowspan="2">BERT (2018)</td><td><a href="https://arxiv.org/abs/1810.04805">'
        "BERT: Pre-training of Deep Bidirectional Transformers</a></td><td>NAACL 2019</td></tr>\n"
        '<tr><td><a href="https://arxiv.org/abs/1907.11692">RoBERTa: A Robustly Optimized BERT '
        "Pretraining Approach</a></td><td>arXiv</td></tr>\n</table>\n"
    )
    second = parse_text(text, "l.md").entries[1]
    assert (second.short_name, second.year) == ("RoBERTa", None)


def test_a_bold_note_after_an_entrys_links_is_no_new_entry():
    text = (
        "**GECCO 2022** Approximating Gradients for Differentiable Quality Diversity\n\n"
        "Link: [paper](https://arxiv.org/pdf/2202.03666.pdf) Code: [code](https://github.com/c/d)"
        "\n\n**Journal version** extended with new benchmark tasks and ablations\n\n"
        "Link: [paper](https://dl.acm.org/doi/10.1145/3577204)\n"
    )
    assert _read(text) == [("Approximating Gradients for Differentiable Quality Diversity", 2022)]


def test_a_reference_key_in_a_remark_does_not_date_the_entry():
    text = (
        "- [Decoupled Weight Decay Regularization](https://arxiv.org/abs/1711.05101) 2019 "
        "(fixes Kingma2014 Adam)\n"
        "- [Lookahead Optimizer: k steps forward, 1 step back](https://arxiv.org/abs/1907.08610)"
        " 2019 [see also Zhang2018 Appendix]\n"
    )
    assert [year for _, year in _read(text)] == [2019, 2019]
