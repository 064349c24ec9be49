"""Cases a review with fresh eyes found the fresh194 rules (datasets sections, HTML headings,
authors before a title, YYYYMM dates, thesis links) reading worse than before; each test
fails on the rules as first written."""

from __future__ import annotations

from pipeline.formats.cleantitle import clean_title
from tests.support.reading import reader

_read = reader("title", "section")
_years = reader("title", "year")
_HEAD = "## Papers\n\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762), NeurIPS 2017.\n\n"


def test_a_topic_section_named_after_datasets_keeps_its_short_titled_papers():
    text = _HEAD + (
        "## Learning from Imbalanced Datasets\n\n"
        "- [Focal Loss](https://arxiv.org/abs/1708.02002) [ICCV 2017]\n\n"
        "## Federated Learning on Non-IID Datasets\n\n"
        "- [SCAFFOLD](https://arxiv.org/abs/1910.06378), ICML 2020\n\n"
        "## Bias in Datasets\n\n"
        "- **Datasheets for Datasets** [[paper]](https://arxiv.org/abs/1803.09010)\n\n"
        "## Corpus of Papers on Retrieval\n\n"
        "- [Dense Passage Retrieval](https://arxiv.org/abs/2004.04906), EMNLP 2020\n"
    )
    assert [t for t, _ in _read(text)][1:] == [
        "Focal Loss",
        "SCAFFOLD",
        "Datasheets for Datasets",
        "Dense Passage Retrieval",
    ]


def test_a_dataset_name_with_its_papers_title_after_a_colon_or_dash_is_an_entry():
    text = _HEAD + (
        "## Datasets\n\n"
        "- [HotpotQA](https://arxiv.org/abs/1809.09600): A Dataset for Diverse, Explainable "
        "Multi-hop Question Answering, EMNLP 2018\n"
        "- [MS MARCO](https://arxiv.org/abs/1611.09268) - A Human Generated MAchine Reading "
        "COmprehension Dataset\n"
        "- [RefCOCO](https://arxiv.org/pdf/1608.00272): It contains 19,994 images with 142,210 "
        "referring expressions.\n"
    )
    assert [t for t, _ in _read(text)][1:] == [
        "HotpotQA",  # its venue and year after the colon: no title words
        "MS MARCO: A Human Generated MAchine Reading COmprehension Dataset",  # (since round 66)
    ]


def test_an_html_heading_of_an_image_is_no_section_and_an_anchor_does_not_hide_one():
    text = (
        "## Papers\n\n"
        '<h3 align="center"><img src="overview.png"></h3>\n\n'
        "- [BERT: Pre-training of Deep Bidirectional Transformers](https://arxiv.org/abs/"
        "1810.04805), NAACL 2019\n\n"
        '<h2 id="datasets">Datasets <a href="#contents">🔝</a></h2>\n\n'
        "- [Objects365](https://arxiv.org/abs/1904.00001), ICCV 2019\n"
    )
    parsed = _read(text)
    assert parsed == [("BERT: Pre-training of Deep Bidirectional Transformers", "Papers")]


def test_a_title_before_its_authors_is_no_author():
    for text in (
        "Deep Sets, M. Zaheer et al., Advances in Neural Information Processing Systems, 2017.",
        "Big Bird, M. Zaheer et al., Transformers for Longer Sequences, NeurIPS 2020",
    ):
        assert clean_title(text).startswith(("Deep Sets", "Big Bird"))


def test_a_range_of_two_yyyymm_dates_starts_at_the_first():
    text = (
        "| Model | Paper | Revisions |\n|---|---|---|\n"
        "| Gemini | [Gemini: A Family of Highly Capable Multimodal Models](https://arxiv.org/abs/"
        "2312.11805) | 202312-202405 |\n"
    )
    assert _years(text) == [("Gemini: A Family of Highly Capable Multimodal Models", 2023)]


def test_a_thesis_link_to_a_video_is_its_defence_not_the_paper():
    text = _HEAD + (
        "- Yarin Gal: Uncertainty in Deep Learning [[Thesis]](https://www.youtube.com/watch?v="
        "abcdefghijk) (defense talk)\n"
    )
    assert len(_read(text)) == 1


_titles = reader("title")
_PAIR = "{t}\n\nPaper: https://arxiv.org/abs/{i}\n\n"


def test_a_detail_line_after_a_title_and_paper_pair_is_no_next_entry():
    for detail in (
        "Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun",
        "Advances In Neural Information Processing Systems 2018",
        "*Ricky T. Q. Chen, Yulia Rubanova, Jesse Bettencourt*",
    ):
        text = (
            "## Papers\n\n"
            + _PAIR.format(t="Deep Residual Learning for Image Recognition", i="1512.03385")
            + detail
            + "\n\n"
            + _PAIR.format(t="Densely connected convolutional networks", i="1608.06993")
        )
        assert [t for (t,) in _titles(text)] == [
            "Deep Residual Learning for Image Recognition",
            "Densely connected convolutional networks",
        ]


def test_a_table_resumes_only_over_rows_of_its_width_and_not_over_a_new_header():
    text = (
        "| Title | Paper |\n|---|---|\n"
        "| Deep Residual Learning for Image Recognition | [arXiv](https://arxiv.org/abs/1512.03385) |\n\n"
        "| Year | Venue | Title | Paper | Code |\n|:-:|:-:|:-:|:-:|:-:|\n"
        "| 2017 | CVPR | Densely Connected Convolutional Networks | [arXiv](https://arxiv.org/abs/"
        "1608.06993) | [code](https://github.com/liuzhuang13/DenseNet) |\n\n"
        "| 2018 | CVPR | Squeeze-and-Excitation Networks | [arXiv](https://arxiv.org/abs/1709.01507)"
        " | [code](https://github.com/hujie-frank/SENet) |\n"
    )
    assert [t for (t,) in _titles(text)] == [
        "Deep Residual Learning for Image Recognition",
        "Densely Connected Convolutional Networks",
        "Squeeze-and-Excitation Networks",
    ]


def test_a_method_named_page_doi_or_issue_is_no_field_label():
    text = (
        "- [PAGE: Prototype-Based Model-Level Explanations for Graph Neural Networks]"
        "(https://arxiv.org/abs/2210.17159) - TPAMI 2024\n"
        "- **DOI: Diffusion-based Object Insertion for Training Detectors** "
        "[[paper]](https://arxiv.org/abs/2401.00001)\n"
        "- ISSUE: Interpretable Self-Supervised Explanations. [[pdf]](https://arxiv.org/abs/"
        "2305.00002)\n"
    )
    assert [t for (t,) in _titles(text)] == [
        "PAGE: Prototype-Based Model-Level Explanations for Graph Neural Networks",
        "DOI: Diffusion-based Object Insertion for Training Detectors",
        "ISSUE: Interpretable Self-Supervised Explanations",
    ]
