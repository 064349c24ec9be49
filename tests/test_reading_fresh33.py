"""Reading cases found on the fresh33 real lists (tests/fixtures/real/fresh33__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

from pipeline.parse import parse_text

HEADINGS = """# 3DGS

#### Generative Gaussian Splatting for Unbounded 3D City Generation
#### Link：[https://arxiv.org/pdf/2406.06526](https://arxiv.org/pdf/2406.06526)
#### Code：[https://github.com/hzxie/GaussianCity](https://github.com/hzxie/GaussianCity)

#### HybridGS: Decoupling Transients and Statics with 2D and 3D Gaussian Splatting
#### Link：[https://arxiv.org/pdf/2412.03844](https://arxiv.org/pdf/2412.03844)
"""


def test_labelled_links_written_as_headings_are_the_fields_of_the_heading_above():
    first, second = parse_text(HEADINGS, "l.md").entries
    assert (first.line, first.title) == (
        3,
        "Generative Gaussian Splatting for Unbounded 3D City Generation",
    )
    assert first.code is not None and first.code.url == "https://github.com/hzxie/GaussianCity"
    assert (second.line, second.paper.url) == (7, "https://arxiv.org/pdf/2412.03844")


READING = """<ul>
<li> Deep Contextual Clinical Prediction with Reverse Distillation<a href="">[paper]</a>

</ul>

<strong>[AAAI 2020](https://aaai.org/Conferences/AAAI-20/)</strong>
<ul>
<li>Ultrafast Video Attention Prediction with Coupled Knowledge Distillation. <a href="https://arxiv.org/pdf/1904.04449">[paper]</a>
<li>Towards Cross-modality Medical Image Segmentation. <a href="https://arxiv.org/pdf/2006.03722">[paper]</a>
</ul>
"""


def test_a_line_that_only_links_a_venue_and_year_dates_the_items_below_it():
    entries = parse_text(READING, "l.md").entries
    assert [(e.line, e.year) for e in entries] == [(8, 2020), (9, 2020)]


def test_a_title_in_korean_is_a_title_and_a_chinese_label_is_not():
    e = parse_text("| Date | Venue | Paper |\n| --- | --- | --- |\n| 2012. 5. | 정보과학회논문지 | "
                   "[기분석 부분 어절 사전을 활용한 한국어 형태소 분석기](http://kiise.or.kr/e_journal/2012/5/SA/pdf/09.pdf) |\n",
                   "l.md").entries[0]  # fmt: skip
    assert e.title == "기분석 부분 어절 사전을 활용한 한국어 형태소 분석기"
    from pipeline.formats.fields import is_generic

    assert is_generic("论文：") and is_generic("[代码]") and not is_generic("한국어 형태소 분석기")
