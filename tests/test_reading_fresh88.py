"""Layouts first seen in the fresh88-92 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import reader

_read = reader("title", "year")


def test_news_of_the_maintainers_own_papers_is_not_an_entry():
    text = (
        "- **`2025-02` We preprint our Paper [OntoTune: Ontology-Driven Self-training for "
        "Aligning Large Language Models](https://arxiv.org/abs/2502.05478) (WWW 2025)**\n"
        "- **`2024-07` Our paper [Making Large Language Models Perform Better in Knowledge Graph "
        "Completion](https://arxiv.org/abs/2310.06671) has been accepted by ACM MM 2024.**\n"
        "- We release our survey: [Knowledge Graphs Meet Multi-Modal Learning: A Comprehensive "
        "Survey](http://arxiv.org/abs/2402.05391)\n"
        "- [Our Approach to Dense Retrieval](https://arxiv.org/abs/2007.00808) (arXiv 2020)\n"
        "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) (NeurIPS 2017)\n"
    )
    parsed = parse_text(text, "l.md")
    assert [e.title for e in parsed.entries] == [
        "Our Approach to Dense Retrieval",
        "Attention Is All You Need",
    ]
    assert {u.line for u in parsed.unread} == {1, 2, 3}  # shown, not dropped


def test_a_year_and_a_month_or_a_season_before_the_title_date_it():
    text = (
        "- 2020 August, [MMM : Exploring Conditional Multi-Track Music Generation with the "
        "Transformer](https://arxiv.org/abs/2008.06048).\n"
        "- 2019 November, TonicNet, [Improving Polyphonic Music Models with Feature-Rich "
        "Encoding](https://arxiv.org/abs/1911.11775). Omar Peracha.\n"
        "- 1989 Winter, [A Connectionist Approach To Algorithmic Composition]"
        "(https://www.semanticscholar.org/paper/81e0a57abde1bf2cc4b7cd772e0573e92069e8ef).\n"
        "- 1991, [HARMONET: a neural net for harmonizing chorales in the style of J.S.Bach]"
        "(http://papers.neurips.cc/paper/576-harmonet.pdf)\n"
    )
    got = _read(text)
    assert [y for _, y in got] == [2020, 2019, 1989, 1991]
    assert got[0][0].startswith("MMM") and got[2][0].startswith("A Connectionist")
    assert "Improving Polyphonic Music Models" in got[1][0] and "2019" not in got[1][0]


_named = reader("title", "short_name", "year")


def test_a_bold_name_over_its_title_on_the_items_next_line():
    text = (
        "  * **LAVENDER** [[Paper](https://arxiv.org/abs/2206.07160)]"
        "[[Code](https://github.com/microsoft/LAVENDER)] @Microsoft\n"
        "    <br/> LAVENDER: Unifying Video-Language Understanding as Masked Language Modeling"
        " (CVPR 2023)\n\n"
        "  * **ATP** [[Paper](https://arxiv.org/abs/2206.01720)][[Oral](https://youtu.be/x)] @Stanford\n"
        '    <br/> Revisiting the "Video" in Video-Language Understanding (CVPR 2022)\n\n'
        "  * **GIN** [[Paper](https://arxiv.org/abs/1810.00826)]\n"
        "    <br/> Keyulu Xu, Weihua Hu, Jure Leskovec and Stefanie Jegelka\n"
    )
    assert _named(text) == [
        ("LAVENDER: Unifying Video-Language Understanding as Masked Language Modeling",
         "LAVENDER", 2023),
        ('Revisiting the "Video" in Video-Language Understanding', "ATP", 2022),
        ("GIN", None, None),
    ]  # fmt: skip


def test_a_bold_venue_and_year_in_round_brackets_is_a_tag_not_the_title():
    text = (
        "- (**Frontiers in genetics 2019**) Review of Causal Discovery Methods Based on "
        "Graphical Models [[paper](https://par.nsf.gov/servlets/purl/10125762)]\n"
        "- (**KDD 2017**) Environment reconstruction with hidden confounders "
        "[[paper](https://arxiv.org/abs/1907.00001)]\n"
    )
    assert _read(text) == [
        ("Review of Causal Discovery Methods Based on Graphical Models", 2019),
        ("Environment reconstruction with hidden confounders", 2017),
    ]


def test_a_pdf_labelled_book_or_slides_is_no_paper_link():
    text = (
        "- (**MIT press 2018**) Reinforcement learning: An introduction "
        "[[book](https://web.stanford.edu/class/psych209/SuttonBartoIPRLBook2ndEd.pdf)]\n"
        "- Lecture 3 on diffusion models [slides](https://example.edu/lec3.pdf)\n"
        "- (**AAAI 2018**) Deep reinforcement learning that matters "
        "[[paper](https://ojs.aaai.org/index.php/AAAI/article/view/11694)]\n"
        "- Retrieval-based Language Models and Applications. "
        "[[Tutorial]](https://aclanthology.org/2023.acl-tutorials.6/)\n"
    )
    assert [t for t, _ in _read(text)] == [
        "Deep reinforcement learning that matters",
        "Retrieval-based Language Models and Applications",
    ]


def test_a_year_in_a_details_summary_dates_the_papers_it_folds_after_a_note():
    text = (
        "## Papers\n`It could include keywords related to quadrupedal robots`\n\n"
        "<details>\n<summary><b>2026</b></summary>\n\n"
        "- [AME-2: Agile and Generalized Legged Locomotion](https://arxiv.org/abs/2601.08485)\n\n"
        "</details>\n\n<details>\n<summary><b>2025</b></summary>\n\n"
        "- [Another Legged Locomotion Paper](https://arxiv.org/abs/2501.08485)\n\n</details>\n"
    )
    assert [y for _, y in _read(text)] == [2026, 2025]


def test_a_venue_and_a_date_on_the_line_below_a_bold_title_are_its_fields():
    text = (
        "1. **Murag: Multimodal retrieval-augmented generator for open question answering.**\n"
        "   - EMNLP, 2022-12-7 https://aclanthology.org/2022.emnlp-main.375.pdf\n"
        "   - Wenhu Chen, Hexiang Hu, Xi Chen\n"
        "2. **Retrieval-Augmented Multimodal Language Modeling**\n"
        "   - ICML, 2023-7-23, https://dl.acm.org/doi/10.5555/3618408.3620067\n"
    )
    assert _read(text) == [
        ("Murag: Multimodal retrieval-augmented generator for open question answering", 2022),
        ("Retrieval-Augmented Multimodal Language Modeling", 2023),
    ]


def test_a_venue_name_with_a_two_digit_year_after_the_title_dates_it():
    text = (
        "1. [Fairness in Ranking, Part I: Score-based Ranking](https://dl.acm.org/doi/10.1145/3533379)"
        ", ACM Computing Surveys'22\n"
        "1. [An Overview of Fairness in Clustering](https://ieeexplore.ieee.org/document/9541160)"
        ", IEEE Access'21\n"
    )
    assert [y for _, y in _read(text)] == [2022, 2021]


def test_authors_separated_by_semicolons_after_the_title_are_not_part_of_it():
    text = (
        "- [GraphRetro: Learning Graph Models for Template-Free Retrosynthesis. Vignesh Ram "
        "Somnath;Charlotte Bunne;Connor W. Coley](https://grlplus.github.io/papers/61.pdf) "
        "ICML2020 ccf-A\n"
    )
    assert _read(text) == [
        ("GraphRetro: Learning Graph Models for Template-Free Retrosynthesis", 2020)
    ]


def test_a_workshop_or_an_unknown_venue_with_a_two_digit_year_closes_the_title():
    text = (
        "- LoL-V2T: Large-Scale Esports Video Description Dataset, CVPRW'21 [[Paper]]"
        "(https://openaccess.thecvf.com/content/CVPR2021W/CVSports/papers/x.pdf)\n"
        "- Not all passes are created equal: Objectively measuring the risk and reward of "
        "passes in soccer, SIGKDD'17 [[Paper]](https://dl.acm.org/citation.cfm?id=3098051)\n"
    )
    assert _read(text) == [
        ("LoL-V2T: Large-Scale Esports Video Description Dataset", 2021),
        ("Not all passes are created equal: Objectively measuring the risk and reward of "
         "passes in soccer", 2017),
    ]  # fmt: skip


def test_a_paper_link_named_after_its_journal_leaves_the_title_to_the_name_column():
    text = (
        "| Model | Modality | Task | Year | Paper | Code |\n|---|---|---|---|---|---|\n"
        "| **MedSAM** | 10 modalities | Universal seg. | 2024 | "
        "[Nature Comms](https://www.nature.com/articles/s41467-024-44824-z) | "
        "[GitHub](https://github.com/bowang-lab/MedSAM) |\n"
        "| **MCP-MedSAM** | Lightweight med SAM | Efficient seg | 2025 | "
        "[MELBA](https://www.melba-journal.org/papers/2025:008.html) | — |\n"
        "| **nnU-Net** | 2D / 3D | Self-configuring U-Net | 2021 | "
        "[Nat. Methods](https://www.nature.com/articles/s41592-020-01008-z) | |\n"
    )
    assert [t for t, _ in _read(text)] == ["MedSAM", "MCP-MedSAM", "nnU-Net"]
    titled = (
        "| Name | Paper |\n|---|---|\n"
        "| GLEU | [[GLEU Without Tuning]](https://arxiv.org/abs/1605.02592) |\n"
        "| USE | [Universal Sentence Encoder](https://arxiv.org/abs/1803.11175) |\n"
    )
    assert [t for t, _ in _read(titled)] == ["GLEU Without Tuning", "Universal Sentence Encoder"]


def test_a_date_column_of_eight_digits_dates_the_row():
    text = (
        "|Date|First Author |Title|Dice|\n|---|---|---|---|\n"
        "|20190730|Xiaoshuai Hou |Cascaded Semantic Segmentation for Kidney and Tumor "
        "[(paper)](http://results.kits-challenge.org/miccai2019/manuscripts/PingAnTech_3.pdf)|0.90|\n"
        "|202004|Fabian Isensee|Automated Design of Deep Learning Methods for Biomedical Image "
        "Segmentation [(arxiv)](https://arxiv.org/abs/1904.08128) |0.91|\n"
    )
    assert [y for _, y in _read(text)] == [2019, 2020]


def test_a_venue_tag_with_a_left_quote_or_a_full_width_bracket_closes_the_title():
    text = (
        "- [Serverless Computing: One Step Forward, Two Steps Back (CIDR‘19)]"
        "(http://cidrdb.org/cidr2019/papers/p119-hellerstein-cidr19.pdf)\n"
        "- (Storage system) [Understanding Ephemeral Storage for Serverless Analytics （ATC'18)]"
        "(https://dl.acm.org/doi/10.5555/3277355.3277431)\n"
    )
    assert _read(text) == [
        ("Serverless Computing: One Step Forward, Two Steps Back", 2019),
        ("Understanding Ephemeral Storage for Serverless Analytics", 2018),
    ]
