"""Reading cases found on the fresh40 real lists (tests/fixtures/real/fresh40__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

from pipeline.parse import parse_text


def test_a_method_name_with_its_links_over_the_citation_of_its_paper():
    text = (
        " * BM3D [[Web]](http://www.cs.tut.fi/~foi/GCF-BM3D/) [[Code]](http://www.cs.tut.fi/~foi/"
        "GCF-BM3D/BM3D.zip) [[PDF]](http://www.cs.tut.fi/~foi/GCF-BM3D/SPIE08_deblurring.pdf)\n"
        "   * Image restoration by sparse 3D transform-domain collaborative filtering"
        " (SPIE Electronic Imaging 2008), Dabov et al.\n"
    )
    [e] = parse_text(text, "l.md").entries
    assert (e.title, e.short_name, e.year) == (
        "Image restoration by sparse 3D transform-domain collaborative filtering",
        "BM3D",
        2008,
    )
    # a source archive labelled Code is the code link (as 40 of 41 such links in the corpus
    # are labelled; it was the project page until 2026-11-30): ``code-link-not-repository``
    # (info) still says it is no repository
    assert e.code.url == "http://www.cs.tut.fi/~foi/GCF-BM3D/BM3D.zip"


def test_a_web_page_labelled_code_is_the_project_page_but_a_code_column_keeps_it():
    text = (
        "- [A Paper About Deblurring Images](https://arxiv.org/abs/2301.00001)"
        " [[Code]](http://www.cse.cuhk.edu.hk/~leojia/projects/l0deblur/)\n"
        "- [Another Paper About Deblurring](https://arxiv.org/abs/2301.00002)"
        " [[Code]](https://anonymous.4open.science/r/PIDP-03BC)\n"
    )
    first, second = parse_text(text, "l.md").entries
    assert first.code is None and first.project.url.endswith("/l0deblur/")
    assert second.code.url == "https://anonymous.4open.science/r/PIDP-03BC"
    table = (
        "| Title | Paper | Code |\n|---|---|---|\n"
        "| A Paper About Deblurring Images | [paper](https://arxiv.org/abs/2301.00001)"
        " | [code](http://proj.example/a) |\n"
    )
    [e] = parse_text(table, "l.md").entries
    assert e.code.url == "http://proj.example/a"


def test_a_bold_year_and_venue_line_dates_the_numbered_items_below_it():
    text = (
        "**2015 ICCV**\n\n"
        "1. **Fast r-cnn**, *R. Girshick*, [[OpenAccess](https://www.cv-foundation.org/openaccess/"
        "content_iccv_2015/papers/Girshick_Fast_R-CNN_ICCV_2015_paper.pdf)],"
        " [[Caffe-Python](https://github.com/rbgirshick/fast-rcnn)], `Fast R-CNN`\n"
    )
    [e] = parse_text(text, "l.md").entries
    assert (e.title, e.year) == ("Fast r-cnn", 2015)


def test_a_venue_and_a_year_closing_a_title_are_no_part_of_it():
    text = (
        "- Selective synthetic augmentation with HistoGAN for improved histopathology image"
        " classification, <ins>MIA, 2020</ins> [[Paper](https://www.sciencedirect.com/science/"
        "article/pii/S1361841520301808)]\n"
        "- Multi-scale self-attention generative adversarial network for pathology image"
        " restoration, <ins>The Visual Computer, 2023</ins> [[Paper](https://arxiv.org/abs/2301.00001)]\n"
        "- Attention, Learn to Solve Routing Problems! [[Paper](https://arxiv.org/abs/1803.08475)]\n"
    )
    assert [
        (t, y) for _, t, y in [(e.line, e.title, e.year) for e in parse_text(text, "l.md").entries]
    ] == [
        (
            "Selective synthetic augmentation with HistoGAN for improved histopathology image classification",
            2020,
        ),
        (
            "Multi-scale self-attention generative adversarial network for pathology image restoration",
            2023,
        ),
        ("Attention, Learn to Solve Routing Problems!", None),
    ]


def test_a_short_year_in_a_venue_cell_beats_a_date_column():
    text = (
        "Conf. | Date | Title |\n:---: | :---: | --- |\n"
        "'16-TIP\t| 15/10/12 | [Text-Attentional Convolutional Neural Networks for Scene Text"
        " Detection](https://arxiv.org/pdf/1510.03283.pdf) |\n"
        "arXiv(v2) 2026 | 2025.12 | [LLM-Guided Exemplar Selection for Few-Shot Recognition]"
        "(http://arxiv.org/abs/2512.22385v2) |\n"
    )
    assert [e.year for e in parse_text(text, "l.md").entries] == [2016, 2025]
    cell = (
        "| Method | Paper | Venue | arXiv |\n|---|---|---|---|\n"
        "| `LVU Survey` | Towards Training-Free Long Video Understanding | Vicinagearth '25 |"
        " [arXiv](https://arxiv.org/abs/2501.00001) |\n"
    )
    assert [e.year for e in parse_text(cell, "l.md").entries] == [2025]


def test_a_code_column_link_labelled_with_the_code_emoji_stays_code():
    table = (
        "| Title | Paper | Code |\n|---|---|---|\n"
        "| A Paper About Poisoning Models | [link](https://openreview.net/forum?id=JhqyeppMiD)"
        " | [💻](https://vlm-poison.github.io/) |\n"
    )
    [e] = parse_text(table, "l.md").entries
    assert e.code.url == "https://vlm-poison.github.io/"
