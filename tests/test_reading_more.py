"""Reading cases found on the fresh real lists (tests/fixtures/real/fresh__*), each
reduced to the smallest text that shows it, and the year rule's venue lag."""

from __future__ import annotations

import pytest

from pipeline.parse import parse_text
from tests.support.reading import offline_rules, one


def test_name_before_the_title_link_is_a_short_name_not_the_authors():
    e = one(
        "- 🌟 CPC: [Representation Learning with Contrastive Predictive Coding]"
        "(https://arxiv.org/abs/1807.03748) - *A Oord et al*, `arXiv 2018`\n"
    )
    assert e.title == "Representation Learning with Contrastive Predictive Coding"  # the link's
    assert (e.short_name, e.year) == ("CPC", 2018)


def test_table_without_title_column_takes_its_first_text_column():
    e = one(
        "| Dataset | Sensors | Source | url |\n|:-:|:-:|:-:|:-:|\n"
        "| V2X-R | 4D Radar,LiDAR | 24'arXiv | [paper](https://arxiv.org/pdf/2411.08402) |\n"
    )
    assert (e.title, e.year) == ("V2X-R", 2024)


def test_two_digit_year_before_the_venue_is_the_year_and_not_the_title():
    e = one(
        "1. **RPFA-Net: a 4D RaDAR Pillar Feature Attention Network (21'ITSC)**\n"
        "   - **Link:** [paper](https://arxiv.org/abs/2101.00001)\n"
    )
    assert (e.title, e.year) == ("RPFA-Net: a 4D RaDAR Pillar Feature Attention Network", 2021)


def test_compact_yyyymm_date_cell():
    e = one(
        "| Source | Name | Title |\n|---|---|---|\n"
        "| arxiv | 202305 | [A Survey on LLMs for Recommendation](https://arxiv.org/pdf/2305.19860.pdf) |\n"
    )
    assert e.year == 2023


def test_arxiv_glued_to_a_month_is_not_a_year():
    e = one(
        "**No.** | **Pub.** | **Title** | **Links**\n:-: | :-: | :- | :-\n"
        "2022 | arXiv05 | Point RCNN: An Angle-Free Framework | [Paper](https://arxiv.org/abs/2205.14328)\n"
    )
    assert e.year == 2022


def test_badge_label_with_underscores_gives_the_year():
    e = one(
        "* **BioBERT: a pre-trained biomedical language representation model**\n\n"
        "  [![](https://img.shields.io/badge/Bioinformatics_2019-5291C8?style=flat)]"
        "(https://arxiv.org/abs/1901.08746)\n"
    )
    assert e.year == 2019


def test_heading_with_a_word_before_the_venue_year():
    e = one(
        "#### Submitted ICLR 2026\n- [A Title Of Some Paper](https://openreview.net/pdf/abc.pdf)\n"
    )
    assert e.year == 2026


def test_the_lists_own_survey_in_the_introduction_is_not_an_entry():
    parsed = parse_text(
        "# Awesome X\n\nThis repository follows [our survey](https://arxiv.org/pdf/2310.19736.pdf):\n\n"
        "[**Membership Inference Attacks: A Survey**](https://arxiv.org/abs/2103.07853)\n\n"
        "## Papers\n\n- [A Real Entry Title Here](https://arxiv.org/abs/2305.13301)\n",
        "l.md",
    )
    assert [e.line for e in parsed.entries] == [9]
    assert {u.line for u in parsed.unread} >= {5}


def test_a_named_venue_may_come_years_after_arxiv_but_a_bare_year_may_not():
    row = "| {year} | **Some Paper Title Here** | {venue} | [Link](https://arxiv.org/abs/2105.05381) |\n"
    head = "| Year | Title | Venue | Paper |\n|---|---|---|---|\n"
    assert "year-mismatch" not in offline_rules(head + row.format(year=2023, venue="S&P"))
    # offline only the ID's year is known: two years later may be a later arXiv version
    # (online, the record's version dates decide; see test_reading_fresh8.py)
    assert "year-mismatch" not in offline_rules(head + row.format(year=2023, venue="arXiv"))
    assert "year-mismatch" in offline_rules(head + row.format(year=2025, venue="arXiv"))
    assert "year-mismatch" in offline_rules(head + row.format(year=2019, venue="S&P"))
    assert "year-mismatch" in offline_rules(head + row.format(year=2026, venue="S&P"))


def test_heading_followed_by_labelled_links_is_the_entry_title():
    parsed = parse_text(
        "# List\n## Super-resolution\n### PULSE: Self-Supervised Photo Upsampling\n"
        "- 论文：[https://arxiv.org/abs/2003.03808](https://arxiv.org/abs/2003.03808)\n"
        "- 代码：[https://github.com/adamian98/pulse](https://github.com/adamian98/pulse)\n"
        "### Closed-Loop Matters: Dual Regression Networks\n"
        "- 论文：[https://arxiv.org/abs/2003.07018](https://arxiv.org/abs/2003.07018)\n",
        "l.md",
    )
    got = [(e.line, e.title, e.code.url if e.code else None) for e in parsed.entries]
    assert got == [
        (3, "PULSE: Self-Supervised Photo Upsampling", "https://github.com/adamian98/pulse"),
        (6, "Closed-Loop Matters: Dual Regression Networks", None),
    ]
    assert parsed.entries[0].section == "Super-resolution"


def test_apa_citation_as_link_text_gives_the_title():
    e = one(
        "- [Sun, W., Yan, L., & Ren, Z. (2023). Is ChatGPT Good at Search? Investigating LLMs "
        "as Re-Ranking Agent. *arXiv preprint arXiv:2304.09542*.](https://arxiv.org/pdf/2304.09542)\n"
    )
    assert e.title == "Is ChatGPT Good at Search? Investigating LLMs as Re-Ranking Agent"


def test_badge_image_outside_a_link_gives_the_venue_year_but_never_the_title():
    e = one(
        "- [2023/11] **[MetaCloak: Preventing Unauthorized Synthesis](https://arxiv.org/abs/2311.13127)**"
        " ![CVPR'24_(Oral)](https://img.shields.io/badge/CVPR'24_(Oral)-f1b800)\n"
    )
    assert (e.title, e.year) == ("MetaCloak: Preventing Unauthorized Synthesis", 2024)


def test_venue_in_a_code_span_after_the_title_is_not_part_of_it():
    e = one(
        "- **(Galactica)** _Galactica: A Large Language Model for Science_ ```arXiv 2022```\n"
        "[[Paper](https://arxiv.org/abs/2211.09085)]\n"
    )
    assert (e.title, e.year) == ("Galactica: A Large Language Model for Science", 2022)


def test_repository_labelled_as_environment_or_data_is_not_the_code():
    e = one(
        "- [Learning Neural Network Policies](https://arxiv.org/abs/1510.09142)\n"
        "  - Key: guided policy search\n"
        "  - ExpEnv: [mujoco](https://github.com/openai/mujoco-py)\n"
        "  - ExpEnv: collect domain, [atari](https://github.com/openai/gym)\n"
        "  - [Data](https://github.com/a/dataset) [Code](https://github.com/a/code)\n"
    )
    assert e.code.url == "https://github.com/a/code"


def test_heading_that_links_the_paper_is_the_entry_and_its_labelled_fields_follow():
    parsed = parse_text(
        "## Papers\n\n### [A Genetic Approach to Mitigate Hallucination](https://arxiv.org/abs/2409.00085)\n"
        "  * **Metrics**: factuality accuracy\n"
        "  * **Datasets**: TREC Deep Learning 2019 & 2020\n",
        "l.md",
    )
    (e,) = parsed.entries
    assert (e.line, e.title, e.year) == (3, "A Genetic Approach to Mitigate Hallucination", None)


def test_bracketed_bold_tag_and_affiliation_are_not_the_title():
    e = one(
        "|Date|Title|Paper|\n|:---:|:---:|:---:|\n"
        "|2023.11|🔥[**Runtime Performance**] Dissecting the Runtime Performance of LLMs"
        "(@hkust-gz.edu.cn) | [[pdf]](https://arxiv.org/pdf/2311.03687.pdf)|\n"
    )
    assert e.title == "Dissecting the Runtime Performance of LLMs"


def test_unknown_acronym_venue_with_year_is_a_venue_year():
    text = (
        "- [Hidet: Task-Mapping Programming Paradigm](https://arxiv.org/abs/2210.09603)"
        " by Yaoyao Ding et al., ASPLOS 2023\n"
    )
    assert (one(text).venue, one(text).year) == ("ASPLOS 2023", 2023)
    assert "year-mismatch" not in offline_rules(text)


def test_citation_link_text_in_an_untitled_table_gives_the_title():
    e = one(
        "| Paradigm | Representative citation |\n| --- | --- |\n"
        "| Modular system | [**Paden et al.**, *A Survey of Motion Planning for Self-Driving "
        "Urban Vehicles* (IEEE T-IV 2016)](https://arxiv.org/abs/1604.07446) |\n"
    )
    assert e.title == "A Survey of Motion Planning for Self-Driving Urban Vehicles"


def test_numbered_heading_then_authors_abstract_in_details_then_links():
    parsed = parse_text(
        "## Avatars:\n## 2024:\n### 1. GaussianBody: Clothed Human Reconstruction\n"
        "**Authors**: Mengtian Li, Shengxiang Yao\n<details span>\n<summary><b>Abstract</b></summary>\n"
        "In this work, we propose a novel clothed human reconstruction method.\n</details>\n\n"
        "  [📄 Paper](https://arxiv.org/pdf/2401.09720.pdf) | [💻 Code (not yet)](https://github.com/a/b)"
        " | [🎥 Short Presentation](https://youtu.be/x)\n",
        "l.md",
    )
    (e,) = parsed.entries
    assert (e.line, e.title, e.year) == (3, "GaussianBody: Clothed Human Reconstruction", 2024)
    assert e.code.url == "https://github.com/a/b"


def test_html_table_entry_stands_on_its_title_cells_line():
    parsed = parse_text(
        "<table>\n  <tr>\n    <td>Metric</td>\n    <td>Paper name</td>\n  </tr>\n  <tr>\n"
        "    <td>SSIM</td>\n    <td>\n"
        '      <a href="https://arxiv.org/abs/2101.00001">Image quality assessment: from error visibility</a>\n'
        "    </td>\n  </tr>\n</table>\n",
        "l.md",
    )
    assert [(e.line, e.title) for e in parsed.entries] == [
        (9, "Image quality assessment: from error visibility")
    ]


def test_long_parenthesised_venue_prefix_gives_the_year_not_the_title():
    e = one(
        "- (2023-International Conference on Very Large Data Bases, CCF-A) **Survey**: A survey on "
        "deep learning approaches for text-to-SQL [[paper](https://arxiv.org/abs/2301.00001)]\n"
    )
    assert e.year == 2023 and e.title.endswith(
        "A survey on deep learning approaches for text-to-SQL"
    )


def test_short_tags_before_the_links_and_the_title_after_them():
    parsed = parse_text(
        "### ArXiv 2024 (Within the last 6 months)\n\n"
        ":green_square: `UVOS` `Jul` &nbsp;&nbsp;&nbsp;-&nbsp;&nbsp;&nbsp; [paper](https://arxiv.org/pdf/2407.11714)"
        " / code &nbsp;&nbsp;&nbsp;-&nbsp;&nbsp;&nbsp; Improving Unsupervised Video Object Segmentation"
        " via Fake Flow Generation\n",
        "l.md",
    )
    (e,) = parsed.entries
    assert e.title == "Improving Unsupervised Video Object Segmentation via Fake Flow Generation"
    assert e.year == 2024


def test_italic_authors_after_the_title_and_acm_citations():
    e = one(
        "- [2023/07] Interactive language: Talking to robots in real time *Corey Lynch et al. "
        "IEEE(RAL)* [[paper](https://arxiv.org/pdf/2210.06407.pdf)]\n"
    )
    assert e.title == "Interactive language: Talking to robots in real time"
    e = one(
        "- [Shijie Zhang, Hongzhi Yin, and Lizhen Cui. 2021. PipAttack: Poisoning Federated "
        "Recommender Systems. arXiv preprint arXiv:2110.10926 (2021).](https://arxiv.org/abs/2110.10926)\n"
    )
    assert e.title == "PipAttack: Poisoning Federated Recommender Systems"


def test_bold_name_with_a_description_is_the_title_and_the_description_is_not():
    e = one(
        "- **LegalLAMA**: LegalLAMA is a diverse probing benchmark suite comprising 8 sub-tasks.\n"
        "   [Paper](https://arxiv.org/abs/2305.07507) [Link](https://huggingface.co/datasets/x)\n"
    )
    assert e.title == "LegalLAMA"


def test_year_after_the_title_and_venue_prefix_with_two_digit_year():
    e = one(
        "- **GPT-2 :** Language Models are Unsupervised Multitask Learners. 2019. "
        "[Paper](https://arxiv.org/abs/1901.00001)\n"
    )
    assert (e.title, e.year) == ("GPT-2: Language Models are Unsupervised Multitask Learners", 2019)
    e = one(
        "- [HotStorage'24] [A Selective Preprocessing Offloading Framework](https://arxiv.org/abs/2401.00001)\n"
    )
    assert e.year == 2024


def test_name_dash_title_link_keeps_the_link_text_as_the_title():
    e = one(
        "* AC-GAN - [Conditional Image Synthesis With Auxiliary Classifier GANs]"
        "(https://arxiv.org/abs/1610.09585) \n"
    )
    assert (e.title, e.short_name) == (
        "Conditional Image Synthesis With Auxiliary Classifier GANs",
        "AC-GAN",
    )


def test_a_sentence_around_a_paper_link_is_shown_unread_not_an_entry():
    parsed = parse_text(
        "## Papers\n\n- [A Real Entry Title Here](https://arxiv.org/abs/2305.13301)\n\n"
        "To see a survey of RGBD datasets, check out [this paper](https://arxiv.org/abs/1604.00999).\n",
        "l.md",
    )
    assert [e.line for e in parsed.entries] == [3]
    assert [u.line for u in parsed.unread] == [5]
    assert one(
        "- This Looks Like That: Deep Learning for Interpretable Image Recognition "
        "[paper](https://arxiv.org/abs/1806.10574)\n"
    ).title.startswith("This Looks Like That")


def test_a_project_page_cited_with_authors_and_a_year_is_the_papers_link():
    e = one(
        "- [Neural Sparse Voxel Fields](https://lingjie0206.github.io/papers/NSVF/), Liu et al., "
        "NeurIPS 2020 | [github](https://github.com/facebookresearch/NSVF) | [bibtex](./b.bib#L1)\n"
    )
    assert (e.title, e.year, e.paper.url) == (
        "Neural Sparse Voxel Fields",
        2020,
        "https://lingjie0206.github.io/papers/NSVF/",
    )
    assert e.code.url == "https://github.com/facebookresearch/NSVF"
    tool = parse_text(
        "- [A Real Entry Title Here](https://arxiv.org/abs/2305.13301)\n"
        "- [Some Useful Toolkit Website](https://toolkit.github.io/) for rendering\n",
        "l.md",
    )
    assert len(tool.entries) == 1  # a page without authors and a year is not a paper


@pytest.mark.parametrize("label", ["Unofficial", "third-party code", "Re-implementation"])
def test_a_repository_labelled_unofficial_comes_after_the_authors_one(label):
    e = one(f"- [Learning Deep Features for Things](https://arxiv.org/abs/2001.00001) "
            f"[[{label}]](https://github.com/x/y) [[Official]](https://github.com/a/b)\n")  # fmt: skip
    assert e.code is not None and e.code.url == "https://github.com/a/b"


def test_papers_at_institutional_repositories_and_citeseer_are_found():
    for url in (
        "https://citeseerx.ist.psu.edu/document?repid=rep1&type=pdf&doi=d8315aaef15",
        "https://scholarworks.umass.edu/cgi/viewcontent.cgi?article=2327&context=cs_faculty_pubs",
        "https://eprint.iacr.org/2020/300",
    ):
        e = one(
            f"- [Motion Planning in Dynamic Environments using Velocity Obstacles]({url}), IJRR 1998.\n"
        )
        assert e.paper is not None and e.paper.url == url


def test_a_venue_acronym_with_its_year_glued_on_dates_a_heading_entry():
    e = one("### [GCPR18 On the Integration of Optical Flow and Action Recognition]"
            "(https://arxiv.org/abs/1712.08416)\n")  # fmt: skip
    assert (e.title, e.year) == ("On the Integration of Optical Flow and Action Recognition", 2018)
    e = one("#### [IJCAI1981 (Lucas-Kanade method) An iterative image registration technique]"
            "(https://citeseerx.ist.psu.edu/viewdoc/download?doi=10.1.1.421.4619&type=pdf)\n")  # fmt: skip
    assert (e.title, e.year) == ("An iterative image registration technique", 1981)
    assert (
        one("- [GPT4 Technical Notes on Things](https://arxiv.org/abs/2303.08774)\n").year is None
    )


@pytest.mark.parametrize(
    ("text", "title"),
    [("* 2015-ICLR_W - Training Convolutional Networks with Noisy Labels. [[Paper]](https://arxiv.org/abs/1406.2080)",
      "Training Convolutional Networks with Noisy Labels"),
     ("- 2018\\. Taku Kudo, John Richardson. [SentencePiece: A Simple Subword Tokenizer](https://arxiv.org/abs/1808.06226).",
      "SentencePiece: A Simple Subword Tokenizer"),
     ("- 2024\\. DeepSeek-AI. [DeepSeek LLM: Scaling Open-Source Language Models](https://arxiv.org/abs/2401.02954).",
      "DeepSeek LLM: Scaling Open-Source Language Models"),
     ("- 2018-ICLRo-[Training and Inference with Integers in Deep Neural Networks](https://openreview.net/forum?id=HJGXzmspb)",
      "Training and Inference with Integers in Deep Neural Networks"),
     ("- [2023/03] PaLM-E: An Embodied Multimodal Language Model *Danny Driess et al. Arxiv.* [[paper](https://arxiv.org/pdf/2303.03378.pdf)]",
      "PaLM-E: An Embodied Multimodal Language Model"),
     ("- LAC - Latent Action Composition for Skeleton-based Action Segmentation [[paper]](https://arxiv.org/abs/2308.14500)",
      "LAC - Latent Action Composition for Skeleton-based Action Segmentation")],
)  # fmt: skip
def test_leads_before_a_title_a_year_a_venue_tag_or_the_authors(text, title):
    assert one(text + "\n").title == title
