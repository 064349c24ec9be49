"""Reading cases found on the fresh8 and fresh9 real lists (tests/fixtures/real/fresh8__*,
fresh9__*), each reduced to the smallest text that shows it."""

from __future__ import annotations

from datetime import date

from pipeline import arxivid
from pipeline.checks.context import Emitter
from pipeline.checks.facts import facts_for
from pipeline.checks.rules import year_mismatch
from pipeline.config import Settings
from pipeline.formats.links import _role
from pipeline.model import ArxivRecord, Rule, Severity
from pipeline.parse import parse_text
from pipeline.run import Sources, run
from tests.support.reading import offline_rules, one


def test_arxiv_ftp_urls_and_arxiv_urls_wrapped_in_another_sites_path_name_the_paper():
    assert arxivid.from_url("https://arxiv.org/ftp/arxiv/papers/1708/1708.03665.pdf").base_id == (
        "1708.03665"
    )
    old = arxivid.from_url("https://arxiv.org/ftp/hep-th/papers/9901/9901001.pdf")
    assert old.base_id == "hep-th/9901001"
    wrapped = arxivid.from_url("https://sci-hub.tw/https://arxiv.org/abs/1705.04396v2")
    assert (wrapped.base_id, wrapped.version) == ("1705.04396", 2)
    assert arxivid.from_url("https://example.com/go?u=https://arxiv.org/abs/1705.04396") is None


def test_a_doi_in_the_path_is_a_paper_and_a_paper_hosts_index_page_is_not():
    assert _role("https://sci-hub.tw/10.1109/msp.2014.2347059", "2015", False) == "paper"
    assert _role("https://openaccess.thecvf.com/iccv2023", "list", False) == "other"
    assert _role("https://openreview.net/", "openreview", False) == "other"
    assert _role("https://aclanthology.org/2023.acl-long.1/", "x", False) == "paper"
    assert _role("https://openreview.net/forum?id=abc", "x", False) == "paper"
    text = "ICCV 2023 All Papers **[List](https://openaccess.thecvf.com/ICCV2023)**\n"
    assert parse_text(text + "\n- [A Real Paper Title](https://arxiv.org/abs/2301.00001)\n",
                      "l.md").entries[0].line == 3  # fmt: skip


def test_ieee_citation_takes_the_quoted_title_after_the_authors():
    e = one(
        "- H. Li, et al., “Out-of-distribution generalization on graphs: A survey,” arXiv, "
        "2022. [Paper](https://arxiv.org/abs/2202.07987)\n"
    )
    assert (e.title, e.year) == ("Out-of-distribution generalization on graphs: A survey", 2022)
    e = one(
        "- M. A. Prado-Romero and G. Stilo, “GRETEL: graph counterfactual explanation "
        "evaluation framework,” in CIKM, 2022. [Paper](https://arxiv.org/abs/2206.02957)\n"
    )
    assert e.title == "GRETEL: graph counterfactual explanation evaluation framework"


def test_bold_name_and_authors_over_a_quoted_title_line():
    e = one(
        "- **SAM:** Alexander Kirillov, Eric Mintun, Nikhila Ravi.<br />\n"
        '  "Segment Anything." **ICCV (2023) Best Paper Honorable Mention**.\n'
        "  [[paper](https://arxiv.org/abs/2304.02643)]\n"
        "  [[code](https://github.com/facebookresearch/segment-anything)]\n"
        "  [2023.04]\n"
    )
    assert (e.line, e.title, e.short_name, e.year) == (1, "Segment Anything", "SAM", 2023)
    e = one(
        ":boom:Mehmet Batuhan Duman, Alejandro Carnero, Manuel Díaz.<br />\n"
        '"Foam Segmentation in Wastewater Treatment Plants." ArXiv (2025).\n'
        "[[paper](https://arxiv.org/abs/2511.08130)]\n"
    )
    assert (e.title, e.short_name) == ("Foam Segmentation in Wastewater Treatment Plants", None)


def test_a_bold_name_followed_by_a_title_is_not_changed_by_a_quote_below():
    e = one(
        "- **GAN:** Generative Adversarial Networks<br />\n"
        '  "the first one" said everyone [paper](https://arxiv.org/abs/1406.2661)\n'
    )
    assert e.title == "GAN: Generative Adversarial Networks"


def test_venue_year_beats_a_date_column_and_the_year_column_the_year_before_it():
    head = "| Paper | Source | Date |\n|---|---|---|\n"
    e = one(head + "| [GraphOTTER: Table QA](https://arxiv.org/abs/2412.01230) | COLING 2025 | "
            "2024-12-02 |\n")  # fmt: skip
    assert (e.year, e.venue) == (2025, "COLING 2025")
    head = "| Paper | Venue | Year |\n|---|---|---|\n"
    e = one(head + "| [DDPO: Training Diffusion](https://arxiv.org/abs/2305.13301) | ICLR 2024 | "
            "2023 |\n")  # fmt: skip
    assert e.year == 2024  # the arXiv year in the column, the venue's beside it (the brief's)
    e = one(head + "| [DDPO: Training Diffusion](https://arxiv.org/abs/2305.13301) | ICLR 2024 | "
            "2021 |\n")  # fmt: skip
    assert e.year == 2021  # farther apart: the list's own year field, left to the checks


def test_a_generic_word_in_a_venue_column_is_not_a_venue():
    head = "| Title | Source |\n|---|---|\n"
    e = one(head + "| [A Paper on Tables](https://arxiv.org/abs/2412.01230) | [Code](https://github.com/a/b) |\n")  # fmt: skip
    assert e.venue is None


def test_offline_later_years_are_left_open_unless_the_entry_states_a_venue_year():
    later = "- [A Paper About Audio](https://arxiv.org/abs/2412.09892) [arXiv 2025]\n"
    assert "year-mismatch" not in offline_rules(later)
    two_later = "- [A Tracking Review](https://arxiv.org/abs/2012.04176) ArXiv (2022).\n"
    assert "year-mismatch" not in offline_rules(two_later)
    far = "- [A Tracking Review](https://arxiv.org/abs/2012.04176) ArXiv (2025).\n"
    assert "year-mismatch" in offline_rules(far)
    earlier = "- [A Tracking Review](https://arxiv.org/abs/2012.04176) ArXiv (2019).\n"
    assert "year-mismatch" in offline_rules(earlier)
    own_venue_year = (
        "| Year | Venue | Paper |\n|---|---|---|\n"
        "| 2023 | PAMI 2022 | [Reinforcing Images](https://arxiv.org/abs/2204.10689) |\n"
    )
    assert "year-mismatch" in offline_rules(own_venue_year)


def _year_findings(entry_text: str, record: ArxivRecord) -> list[str]:
    from pipeline.checks.context import CheckContext

    entry = one(entry_text)
    ctx = CheckContext(records={record.arxiv_id: record}, today=date(2026, 11, 29))
    e = Emitter(entry, Rule.YEAR_MISMATCH, Severity.WARNING)
    year_mismatch.check(e, facts_for(entry, ctx))
    return [f.message for f in e.findings]


def test_online_the_year_of_a_later_arxiv_version_is_the_papers_year():
    text = "| Year | Paper |\n|---|---|\n| 2024 | [Brain decoding](https://arxiv.org/abs/2310.19812v3) |\n"
    v3 = ArxivRecord(
        arxiv_id="2310.19812", version=3, title="Brain decoding", authors=(), published=date(2023, 10, 18),
        updated=date(2024, 3, 14),
    )  # fmt: skip
    assert _year_findings(text, v3) == []
    only_v1 = ArxivRecord(
        arxiv_id="2310.19812",
        version=1,
        title="Brain decoding",
        authors=(),
        published=date(2023, 10, 18),
    )
    assert len(_year_findings(text, only_v1)) == 1


def test_each_summary_of_a_details_block_heads_its_own_entry():
    block = (
        "<details>\n\n  <summary>{t}</summary>\n\n"
        "  [Paper](https://arxiv.org/abs/{i}) | [Github](https://github.com/a/{n})\n\n"
        "1. a note about it\n\n</details>\n\n"
    )
    text = "## Papers\n\n" + "".join(
        block.format(t=t, i=i, n=n)
        for n, (t, i) in enumerate(
            [("GPT4RoI: Instruction Tuning on Regions", "2307.03601"),
             ("Osprey: Pixel Understanding with Visual Instruction", "2312.10032"),
             ("LISA: Reasoning Segmentation via Large Language Model", "2308.00692")]
        )
    )  # fmt: skip
    entries = parse_text(text, "l.md").entries
    assert [(e.title.split(":")[0], e.paper.url[-10:]) for e in entries] == [
        ("GPT4RoI", "2307.03601"),
        ("Osprey", "2312.10032"),
        ("LISA", "2308.00692"),
    ]


def test_a_second_arxiv_paper_under_one_title_is_shown_unread_not_swallowed():
    text = (
        "**A Bold Title For The First Paper**\n\n[paper](https://arxiv.org/abs/2301.00001)\n\n"
        "[paper](https://arxiv.org/abs/2302.00002)\n"
    )
    parsed = parse_text(text, "l.md")
    assert [e.paper.url for e in parsed.entries] == ["https://arxiv.org/abs/2301.00001"]
    assert [u.urls for u in parsed.unread] == [("https://arxiv.org/abs/2302.00002",)]


def test_a_title_wrapped_over_two_source_lines_is_read_whole():
    e = one(
        "-   Supersizing Self-supervision: Learning to Grasp from 50K Tries and\n"
        "    700 Robot Hours. [\\[pdf\\]](https://arxiv.org/pdf/1509.06825.pdf)\n"
    )
    assert (
        e.title
        == "Supersizing Self-supervision: Learning to Grasp from 50K Tries and 700 Robot Hours"
    )
    e = one(
        "* [2024/01] **SpecGen: Automated Generation of Formal\n"
        "  Program Specifications via Large Language Models.** *Ma et al. Arxiv.* "
        "[[paper](https://arxiv.org/pdf/2401.08807)]\n"
    )
    assert e.title.endswith("Formal Program Specifications via Large Language Models")
    e = one(
        "- Re-energizing Domain Discriminator with Sample Relabeling\n"
        "for Adversarial Domain Adaptation [[ICCV2021]](https://arxiv.org/abs/2103.11661)\n"
    )
    assert e.title.endswith("Relabeling for Adversarial Domain Adaptation")


def test_in_inside_a_title_is_not_a_citations_venue_and_one_word_series_are_not_authors():
    e = one(
        "- RiTTA: Modeling Event Relations in Text-to-Audio Generation [arXiv 2024] "
        "[Paper](https://arxiv.org/abs/2412.15922)\n"
    )
    assert e.title == "RiTTA: Modeling Event Relations in Text-to-Audio Generation"
    e = one(
        "- [E5: Hierarchical Table Analysis via Explain, Extract, Execute, Exhibit and "
        "Extrapolate](https://arxiv.org/abs/2401.00001) | NAACL 2024\n"
    )
    assert e.title.endswith("Explain, Extract, Execute, Exhibit and Extrapolate")
    e = one(
        "- Deep Residual Learning for Image Recognition, In CVPR 2016. "
        "[pdf](https://arxiv.org/abs/1512.03385)\n"
    )
    assert e.title == "Deep Residual Learning for Image Recognition"


def test_a_bracketed_tag_ending_in_its_year_gives_the_year():
    e = one(
        "- Anomaly Detection of Time Series  | **[Thesis' 10]** |"
        "[`[pdf]`](https://arxiv.org/abs/1001.00001)\n"
    )
    assert e.year == 2010
    e = one(
        "- A theory of learning from different domains [[ML2010]](https://doi.org/10.1007/s1)\n"
    )
    assert e.year == 2010


def test_an_undated_section_of_a_list_dated_by_headings_gets_no_missing_year():
    row = "| [{t} Paper Title Here](https://arxiv.org/abs/{i}) | CVPR |\n"
    table = "| Title | Venue |\n|---|---|\n"
    text = (
        "### 2021\n\n" + table + "".join(row.format(t=n, i=f"2101.{n:05d}") for n in range(1, 28))
        + "\n### Arxiv\n\n" + table + "".join(row.format(t=n, i=f"2201.0000{n}") for n in range(1, 3))
    )  # fmt: skip
    assert "missing-field" not in offline_rules(text)
    lone = text + "\n### Misc\n\n" + table + row.format(t="X", i="2001.00001")
    assert "missing-field" not in offline_rules(lone)  # (round 124: one undated row too)


def test_a_url_scheme_as_link_text_is_not_a_title():
    e = one(
        "- [WeatherBench](https://github.com/pangeo-data/WeatherBench)\n\n"
        "  📒[paper](https://doi.org/10.1029/2020MS002203) 🔗[https](https://dataserv.ub.tum.de/s/m1)\n"
    )
    assert (e.title, e.code.url) == ("WeatherBench", "https://github.com/pangeo-data/WeatherBench")


def test_acl_style_authors_and_year_before_a_linked_title():
    e = one(
        "* Kishore Papineni, Salim Roukos, Todd Ward, and Wei-Jing Zhu. 2002. [BLEU: a Method "
        "for Automatic Evaluation of Machine Translation](https://arxiv.org/abs/0201.00001). "
        "In *Proceedings of ACL 2002*.\n"
    )
    assert e.title == "BLEU: a Method for Automatic Evaluation of Machine Translation"
    e = one(
        "* Joint Audio-Visual Deepfake Detection, *ICCV* 2021: "
        "[Paper](https://arxiv.org/abs/2103.10094)\n"
    )
    assert e.title == "Joint Audio-Visual Deepfake Detection"


def test_a_bracketed_name_and_venue_tag_before_the_title():
    e = one(
        "1. [**GDSS**, *ICML 2022*] Score-based Generative Modeling of Graphs "
        "[[paper]](https://arxiv.org/pdf/2202.02514) [[code]](https://github.com/harryjo97/GDSS)\n"
    )
    assert (e.title, e.short_name, e.year) == (
        "Score-based Generative Modeling of Graphs",
        "GDSS",
        2022,
    )
    e = one(
        "11. [**LDM-3DG**, *ICLR 2024*] Latent 3D Graph Diffusion "
        "[paper]](https://arxiv.org/pdf/2403.00001)\n"
    )
    assert e.title == "Latent 3D Graph Diffusion"


def test_author_lines_over_quoted_titles_in_every_name_order():
    for authors in ("Pengyu Zhang, Dong Wang, Huchuan Lu.", "Zhang, ZhiHao and Wang, Jun."):
        e = one(
            f"- {authors}<br />\n"
            '  "Multi-modal Visual Tracking: Review and Comparison." ArXiv (2022).\n'
            "  [[paper](https://arxiv.org/abs/2012.04176)]\n"
        )
        assert e.title == "Multi-modal Visual Tracking: Review and Comparison", authors


def test_a_dataset_linked_to_its_website_with_its_paper_below_is_one_entry():
    e = one(
        "## Datasets\n- [DeepMind Q&A Dataset; CNN/Daily Mail](https://github.com/deepmind/rc-data)\n"
        "  - Hermann et al. (2015) created two datasets using news articles.\n"
        "  - paper: https://arxiv.org/abs/1506.03340\n"
    )
    assert (e.title, e.paper.url) == (
        "DeepMind Q&A Dataset; CNN/Daily Mail",
        "https://arxiv.org/abs/1506.03340",
    )


def test_slides_in_the_repository_and_a_slides_section_are_not_papers():
    assert _role("slides/presentation/acl2020-summarization.pdf", "ACL20 Summarization", False) == (
        "other"
    )
    text = (
        "## Papers\n- [A Real Paper Title](https://arxiv.org/abs/2301.00001)\n\n"
        "## Slides\n- [Question Answering](https://hpi.de/teaching/NLP8_QuestionAnswering.pdf)\n\n"
        "## Video anomaly detection\n- [Real-world Anomaly Detection](https://arxiv.org/abs/1801.04264)\n"
    )
    parsed = parse_text(text, "l.md")
    assert [e.title for e in parsed.entries] == [
        "A Real Paper Title",
        "Real-world Anomaly Detection",
    ]
    assert [u.line for u in parsed.unread] == [5]


def test_an_arxiv_link_arxiv_does_not_serve_is_read_and_reported():
    text = (
        '* **GAT**: "Graph Attention Networks". ICLR(2018) '
        "[[paper]](https://arxiv.org/paper/1710.10903.paper) [[code]](https://github.com/PetarV-/GAT)\n"
    )
    assert one(text).paper.url.endswith(".paper")
    assert arxivid.from_url("https://arxiv.org/paper/1710.10903.paper").base_id == "1710.10903"
    assert arxivid.unserved("https://arxiv.org/paper/1710.10903.paper")
    assert not arxivid.unserved("https://arxiv.org/abs/1710.10903v2")
    report = run([parse_text(text, "l.md")], Settings(offline=True, use_cache=False), Sources())
    (f,) = [f for f in report.all_findings if f.rule is Rule.MALFORMED_LINK]
    assert f.field == "paper" and f.expected == "https://arxiv.org/abs/1710.10903"


def test_a_compact_badge_label_names_the_venue_and_year():
    e = one(
        "+ [**SkySenseGPT: A Fine-Grained Instruction Tuning Dataset**](https://arxiv.org/pdf/2406.10100) "
        "[![Paper](https://img.shields.io/badge/arXiv24-b22222)]() "
        "[![Star](https://img.shields.io/github/stars/Luo-Z13/SkySenseGPT.svg?style=social&label=Star)]"
        "(https://github.com/Luo-Z13/SkySenseGPT)\n"
    )
    assert (e.year, e.code.url) == (2024, "https://github.com/Luo-Z13/SkySenseGPT")


def test_a_scheme_less_arxiv_link_is_still_a_paper_link_but_a_relative_file_is_not():
    assert _role("arxiv.org/abs/2301.00001", "paper", False) == "paper"
    assert _role("arxiv.org", "arXiv.org", False) == "other"
    # a file of the list's own repository is a paper only as a PDF or in a papers folder
    # (fresh36), never as slides, a figure or a badge
    assert _role("papers/foo.pdf", "A Paper Title", False) == "paper"
    assert _role("papers/foo.pdf", "Roadmap", False) == "other"  # no title: a document
    assert _role("slides/foo.pdf", "A Paper Title", False) == "other"
    assert _role("figures/foo.png", "A Paper Title", False) == "other"
    assert _role("papers/2d-detection/", "Two Dimensional Detection Papers", False) == "other"
    assert _role("../survey.pdf", "", True) == "other"


def test_a_title_after_bold_tags_or_a_short_name_link():
    e = one(
        "  - **`Handcraft`** **`ICRA`** Effectively Detecting Loop Closures using Point Cloud "
        "Density Maps [`pdf`](https://arxiv.org/abs/2401.00001) [`code`](https://github.com/a/b)\n"
    )
    assert e.title == "Effectively Detecting Loop Closures using Point Cloud Density Maps"
    e = one(
        "- [CVPR'21] [[**MegaFS**](https://arxiv.org/abs/2105.04932)] One Shot Face Swapping on "
        "Megapixels  [[pytorch](https://github.com/zyainfal/One-Shot)]\n"
    )
    assert (e.title, e.short_name) == ("One Shot Face Swapping on Megapixels", "MegaFS")
    e = one(
        "- [*Rho-1*](https://arxiv.org/abs/2404.07965): Selecting tokens based on "
        "**loss/perplexity**, achieving performance comparable with DeepSeekMath.\n"
    )
    assert e.title == "Rho-1"


def test_year_prefixes_bilingual_titles_and_site_tails_are_not_part_of_the_title():
    e = one(
        "**[arXiv]** 2020-Affordances in Robotic Tasks - A Survey, [[paper](https://arxiv.org/abs/2004.07400)]\n"
    )
    assert e.title == "Affordances in Robotic Tasks - A Survey"
    e = one(
        "| 名称 | 链接 |\n|---|---|\n| Primus | [Primus：开源数据集 --- Primus: A Pioneering "
        "Collection of Open-Source Datasets](https://arxiv.org/abs/2502.11191) |\n"
    )
    assert e.title.endswith("Primus: A Pioneering Collection of Open-Source Datasets")
    e = one(
        "- [Cybersecurity knowledge graphs (springer.com)](https://doi.org/10.1007/s10115-023-01860-3) |\n"
    )
    assert e.title == "Cybersecurity knowledge graphs"


def test_an_item_title_and_the_author_paragraph_below_it_are_one_entry():
    text = (
        "15. **Fantastically Ordered Prompts and Where to Find Them**. ![](https://img.shields.io/badge/A-D)\n"
        "   \n"
        "   *Yao Lu, Max Bartolo, Alastair Moore, Sebastian Riedel*.  "
        "[[pdf](https://arxiv.org/abs/2104.08786)], 2021.04\n"
    )
    e = one(text)
    assert (e.line, e.title) == (1, "Fantastically Ordered Prompts and Where to Find Them")


def test_a_paper_cited_with_an_empty_link_is_shown_unread_not_an_entry():
    text = (
        "- [A Real Paper Title Here](https://arxiv.org/abs/2301.00001) - A. Author et al, **AAAI 2020**.\n"
        "- [Multi-Question Learning for Visual Question Answering]() - Chenyi Lei et al, **AAAI 2020**.\n"
    )
    parsed = parse_text(text, "l.md")
    assert [e.line for e in parsed.entries] == [1]
    assert [u.line for u in parsed.unread] == [2]


def test_a_bracketed_bold_title_followed_only_by_links_is_the_title():
    e = one(
        ":white_check_mark: [**A Neural Algorithm of Artistic Style**] "
        "[[Paper]](https://arxiv.org/pdf/1508.06576.pdf) *(First Neural Style Transfer Paper)*\n"
    )
    assert e.title == "A Neural Algorithm of Artistic Style"


def test_table_headers_misspelt_and_the_linked_title_over_the_method_column():
    text = (
        "| Method | Veneue | Reference | Authors |\n|---|---|---|---|\n"
        "|Med-BERT |NPJ-2021 |[Med-BERT: pretrained contextualized embeddings on structured "
        "records](https://arxiv.org/abs/2005.12833)|Laila Rasmy|\n"
    )
    e = one(text)
    assert (e.title, e.year) == (
        "Med-BERT: pretrained contextualized embeddings on structured records",
        2021,
    )


def test_a_link_text_that_only_names_the_venue_is_not_the_title():
    text = (
        "| Model | Paper |\n|---|---|\n"
        "| RegFormer | [Nature Communications](https://doi.org/10.1038/s41467-025-1) |\n"
        "| GREmLN | [ICLR 2026 submission / OpenReview](https://openreview.net/forum?id=x) |\n"
    )
    assert [e.title for e in parse_text(text, "l.md").entries] == ["RegFormer", "GREmLN"]


def test_an_empty_year_heading_stands_over_the_same_level_headings_below_it():
    row = "- **[{n}]** A Paper Title Number {n} (**ECCV**) [[paper](https://arxiv.org/abs/2207.0986{n})]\n"
    text = (
        "### 2022\n### Conference\n" + row.format(n=1) + "### Journal\n" + row.format(n=2)
        + "### 2021\n### Conference\n" + row.format(n=3)
    )  # fmt: skip
    got = [(e.year, e.section) for e in parse_text(text, "l.md").entries]
    assert got == [(2022, "Conference"), (2022, "Journal"), (2021, "Conference")]


def test_a_label_of_one_or_two_words_never_calls_the_link_another_paper():
    from pipeline.checks.facts import Identity

    def identity(title: str):
        entry = one(
            f"| Model | Paper |\n|---|---|\n| {title} | [pdf](https://arxiv.org/abs/2404.16994) |\n"
        )
        record = ArxivRecord(
            arxiv_id="2404.16994", version=1, title="PLLaVA: Parameter-free LLaVA Extension",
            authors=(), published=date(2024, 4, 25),
        )  # fmt: skip
        ctx_records = {"2404.16994": record}
        from pipeline.checks.context import CheckContext

        return facts_for(
            entry, CheckContext(records=ctx_records, today=date(2026, 11, 29))
        ).identity

    assert identity("Token pooling") is Identity.THIS_PAPER
    assert identity("Graph Neural Networks for Molecules") is Identity.OTHER_PAPER


def test_a_venue_before_the_title_is_not_part_of_it_and_arxiv_mirrors_name_the_paper():
    e = one(
        "#### [ICCV21 Learning to Estimate Hidden Motions with Global Motion Aggregation]"
        "(https://arxiv.org/abs/2104.02409)\n"
    )
    assert (e.title, e.year) == (
        "Learning to Estimate Hidden Motions with Global Motion Aggregation",
        2021,
    )
    e = one(
        "* 2015-CVPR - Learning from Massive Noisy Labeled Data for Image Classification. "
        "[[Paper]](https://arxiv.org/abs/1501.00001)\n"
    )
    assert e.title == "Learning from Massive Noisy Labeled Data for Image Classification"
    e = one(
        "- [BERT: Pre-training of Deep Bidirectional Transformers](https://arxiv.org/abs/1810.04805)\n"
    )
    assert e.title.startswith("BERT: Pre-training")
    assert arxivid.from_url("https://arxiv.53yu.com/pdf/2103.02503").base_id == "2103.02503"
    assert arxivid.from_url("https://arxivnotreally.com/abs/2001.00001") is None


def test_a_named_venue_and_year_before_a_dash_is_not_part_of_the_title():
    text = (
        "Arxiv 2021 - A Survey of Privacy Attacks in Machine Learning.\n"
        "[[paper]](https://arxiv.org/abs/2007.07646)\n\n"
        "CCS 2015 - Model Inversion Attacks that Exploit Confidence Information.\n"
        "[[paper]](https://arxiv.org/abs/1501.00002)\n\n"
        "SHREC 2014 - Large Scale Comprehensive 3D Shape Retrieval.\n"
        "[[paper]](https://arxiv.org/abs/1401.00003)\n"
    )
    got = [(e.title, e.year) for e in parse_text(text, "l.md").entries]
    assert got == [
        ("A Survey of Privacy Attacks in Machine Learning", 2021),
        ("Model Inversion Attacks that Exploit Confidence Information", 2015),
        # an acronym and a year before `` - `` read as a venue tag (``APSIPA ASC 2020 - ``,
        # fresh14), also for a challenge's name: the rest is still in arXiv's title
        ("Large Scale Comprehensive 3D Shape Retrieval", 2014),
    ]
