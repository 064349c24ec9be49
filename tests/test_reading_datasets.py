"""Datasets sections: an item named by its dataset is no entry (shown as unread); an item
titled by its paper, a benchmarks section's papers and a paper cited by its authors stay
entries. Also a heading written in HTML, which starts a section like a Markdown one."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import reader

_read = reader("title", "section")

_PAPERS = (
    "## Methods\n\n"
    "- [Flow-GRPO: Training Flow Matching Models via Online RL](https://arxiv.org/abs/2505.05470)"
    ", NeurIPS 2025\n"
    "- [DanceGRPO: Unleashing GRPO on Visual Generation](https://arxiv.org/abs/2505.07818)"
    ", arXiv 2025\n\n"
)


def test_a_datasets_table_of_dataset_names_is_no_entry_and_is_shown_unread():
    text = _PAPERS + (
        "## Datasets\n\n"
        "| Dataset | Pub. & Date | WebSite | Introduction |\n|:-:|:-:|:-:|:-:|\n"
        "| [LaSOT](https://arxiv.org/abs/2009.03465) | CVPR-2019 |"
        " [LaSOT](https://github.com/HengLan/LaSOT_Evaluation_Toolkit) | 1400 videos |\n"
        "| [TNL2K](https://arxiv.org/pdf/2103.16746.pdf) | CVPR-2021 |"
        " [TNL2K](https://github.com/wangxiao5791509/TNL2K_evaluation_toolkit) | 2000 videos |\n"
    )
    parsed = parse_text(text, "l.md")
    assert [e.section for e in parsed.entries] == ["Methods", "Methods"]
    why = "a dataset named in the section 'Datasets', not a paper"
    assert [(u.line, u.reason) for u in parsed.unread] == [(10, why), (11, why)]


def test_dataset_bullets_named_by_their_dataset_are_no_entries():
    text = _PAPERS + (
        "### 3.1.1 Synthetic Datasets\n"
        "* Rain800 [[paper](https://arxiv.org/abs/1701.05957)]"
        "[[dataset](https://github.com/hezhangsprinter/ID-CGAN)] (2017 Arxiv)\n"
        "* Real-world Paired Rain Dataset [[paper](https://arxiv.org/pdf/1904.01538.pdf)]"
        "[[dataset](https://stevewongv.github.io/derain-project.html)] (2019 CVPR)\n"
    )
    assert [s for _, s in _read(text)] == ["Methods", "Methods"]


def test_a_paper_titled_item_of_a_datasets_section_stays_an_entry():
    text = _PAPERS + (
        "### Dataset\n"
        "- [Panda-70M: Captioning 70M Videos with Multiple Cross-Modality Teachers]"
        "(https://arxiv.org/abs/2402.19479), CVPR 2024\n"
        "* **BIRDSAI: A Dataset for Detection and Tracking in Aerial Thermal Infrared Videos** "
        "[[Paper]](http://openaccess.thecvf.com/content_WACV_2020/papers/Bondi_BIRDSAI_A_Dataset_"
        "for_Detection_and_Tracking_in_Aerial_Thermal_WACV_2020_paper.pdf)\n"
    )
    assert [t for t, _ in _read(text)][2:] == [
        "Panda-70M: Captioning 70M Videos with Multiple Cross-Modality Teachers",
        "BIRDSAI: A Dataset for Detection and Tracking in Aerial Thermal Infrared Videos",
    ]


def test_a_dataset_paper_cited_by_its_authors_stays_an_entry():
    text = _PAPERS + (
        "## Datasets And Benchmarks\n"
        "- [Gupta and Srikumar](https://dx.doi.org/10.18653/v1/2021.acl-short.86) - Presents "
        "X-Fact, a multilingual dataset for factual verification.\n"
        "* `[LSMDC]` Rohrbach et al. Movie description. IJCV, 2017. "
        "[[paper]](https://link.springer.com/article/10.1007/s11263-016-0987-1)\n"
    )
    assert len(_read(text)) == 4


def test_a_benchmarks_section_names_papers_by_their_benchmarks():
    text = _PAPERS + (
        "### Comprehensive Benchmarks\n\n"
        "| Benchmark | Venue | Description | Links |\n|---|:-:|---|:-:|\n"
        "| **FinBen** | NeurIPS'24 | 7 categories, 24 tasks | [paper](https://arxiv.org/abs/2402.12659) |\n"
    )
    assert _read(text)[2] == ("FinBen", "Comprehensive Benchmarks")


def test_a_heading_written_in_html_starts_a_section():
    text = (
        "<h2 id='datasets'>2.Datasets</h2>\n\n"
        "| Dataset | Description |\n|----|----|\n| SynthText | 9 million synthetic images |\n\n"
        "<h2 id='sota'>4.SOTA</h2>\n\n"
        "| Method | Year |\n|---|---|\n"
        '| <a href="https://arxiv.org/abs/1904.01906">CombBest</a> | 2019 |\n'
    )
    assert _read(text) == [("CombBest", "4.SOTA")]


def test_an_html_heading_that_links_the_lists_own_survey_is_no_section_and_no_entry():
    text = (
        "# Awesome-MLLMs-for-Video-Temporal-Grounding\n\n"
        '<h3 align="center">\n'
        '🔥 <a href="https://arxiv.org/abs/2508.00001">A Survey on Video Temporal Grounding</a>\n'
        "</h3>\n\n"
        "## Papers\n\n" + _PAPERS
    )
    assert [s for _, s in _read(text)] == ["Methods", "Methods"]
