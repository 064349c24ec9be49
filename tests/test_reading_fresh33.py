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
