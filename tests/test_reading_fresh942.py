"""Round 150 (fresh942-953): each rule held by a test that fails on the reader before it;
the guards beside them pass on both."""

from __future__ import annotations

from tests.support.reading import one, reader

ARXIV = "https://arxiv.org/abs/"
read = reader("title", "short_name", "year")


def test_a_lab_after_the_venue_and_year_ends_the_title_with_them():
    """BWLONG/Awesome-Prompt-Learning-CV: ``**VPT**: Visual Prompt Tuning, ECCV, 2022
    (*Cornell*). [[Paper](arxiv)]``: the venue, its year and the lab are no part of the
    title (the title ran on to ``(Cornell)`` and the entry had no year)."""
    text = (
        "# L\n\n## Prompt\n\n"
        f"* **VPT**: Visual Prompt Tuning, ECCV, 2022 (*Cornell*). [[Paper]({ARXIV}2203.12119)]\n"
        "* **TaI-DP**: Texts as Images in Prompt Tuning for Multi-Label Image Recognition, "
        f"arXiv, 2022 (*Tomorrow Advancing Life (TAL)*). [[Paper]({ARXIV}2211.12739)]\n"
    )
    assert read(text) == [
        ("VPT: Visual Prompt Tuning", "VPT", 2022),
        (
            "TaI-DP: Texts as Images in Prompt Tuning for Multi-Label Image Recognition",
            "TaI-DP",
            2022,
        ),
    ]


def test_a_bracketed_word_after_a_year_no_venue_names_stays_in_the_title():
    """Guard: the bracket is cut only with a venue's tail before it; ``Deep Models Age,
    Mind 2022`` names no venue and keeps its words."""
    e = one(f"# L\n\n* **X**: Deep Models Age, Mind 2022 (Oral) [[Paper]({ARXIV}2203.12119)]\n")
    assert e.title.startswith("Deep Models Age, Mind 2022")


def test_a_venue_column_dates_its_row_with_a_two_digit_year_or_a_preprint_server():
    """Bowen12137/Awesome-World-Models: a Venue column of code spans, ``TMECH 25``,
    ``MMAsia 25``, ``techrXiv 25.11``: each row's year is 2025 (they had none)."""
    badge = "[![arXiv](https://img.shields.io/badge/arXiv-b31b1b.svg)]"
    text = (
        "# L\n\n## Surveys\n\n| Paper | Venue | Resources |\n|-------|-------|-----------|\n"
        f"| **Aligning Cyber Space with Physical World** | `TMECH 25` | {badge}({ARXIV}2407.06886) |\n"
        "| **A Survey on Future Physical World Generation** | `MMAsia 25` | "
        "[![Paper](https://img.shields.io/badge/Paper-Link-blue)](https://dl.acm.org/doi/full/10.1145/3769748.3773345) |\n"
        f"| **Progressive Robustness-Aware World Models** | `techrXiv 25.11` | {badge}({ARXIV}2407.06887) |\n"
    )
    assert [y for _, _, y in read(text)] == [2025, 2025, 2025]


def test_a_venue_column_of_a_name_and_a_number_only_names_no_year():
    """Guard: ``ResNet 50`` in a venue column is a model and its depth, no year."""
    text = (
        "# L\n\n| Paper | Venue |\n|---|---|\n"
        f"| [Some Paper About Deep Things]({ARXIV}2407.06886) | ResNet 50 |\n"
    )
    assert [y for _, _, y in read(text)] == [None]


def test_a_bold_summary_alone_titles_the_fields_its_open_fold_holds():
    """opendatalab-raiser/awesome-world-model-evolution: ``<details>`` /
    ``<summary><b>CLIP: Learning ...</b></summary>`` over ``* **Links:** [[Paper]](arxiv)``
    under ``#### Representative Works``: the summary is the title (the heading was, or the
    next fold's ``Key points``)."""
    fold = (
        "<details>\n<summary><b>{t}</b></summary>\n\n* **Published in:** ICML 2021\n"
        "* **Links:** [[Paper]]({u}) | [[PDF]]({u}.pdf)\n\n<details>\n    <summary>Key points</summary>\n"
        "    * Contrastive learning\n</details>\n</details>\n\n---\n\n"
    )
    text = "# L\n\n#### Representative Works\n\n\n" + "".join(
        fold.format(t=t, u=f"{ARXIV}{i}")
        for t, i in (
            (
                "CLIP: Learning Transferable Visual Models From Natural Language Supervision",
                "2103.00020",
            ),
            ("DALL-E: Zero-Shot Text-to-Image Generation", "2102.12092"),
        )
    )
    assert [t for t, _, _ in read(text)] == [
        "CLIP: Learning Transferable Visual Models From Natural Language Supervision",
        "DALL-E: Zero-Shot Text-to-Image Generation",
    ]


def test_a_bold_summary_under_a_paper_already_read_is_its_fold():
    """Guard: under a paper whose link was read, ``<summary><b>Training Setup and
    Hyperparameters Used</b></summary>`` folds that paper's parts, no new entry."""
    text = (
        f"# L\n\n**Some Paper Title Here** [[Paper]({ARXIV}2103.00020)]\n\n<details>\n"
        "<summary><b>Training Setup and Hyperparameters Used</b></summary>\n\n- lr 0.1\n\n</details>\n"
    )
    assert [t for t, _, _ in read(text)] == ["Some Paper Title Here"]


def test_a_bold_apa_byline_under_a_title_heading_leaves_the_heading_the_title():
    """dhruv-patel-iiia-ai/awesome-prompt-sensitivity-llm: ``### Title`` over ``**Bubeck,
    S., Eldan, R., et al. (2023)**`` and the italic title, then ``[Paper](arxiv)``: the
    heading titles it (the bold byline was the title)."""
    text = (
        "# L\n\n## 6. Recent\n\n### Large Language Models as Simulators\n\n"
        "**Shanahan, M., McDonell, K., & Reynolds, L. (2023)**  \n*Role Play with Large Language Models*  \n\n"
        f"[Paper]({ARXIV}2305.16367)\n\nThis work discusses prompting.\n"
    )
    assert read(text) == [("Large Language Models as Simulators", None, 2023)]


def test_a_bold_name_and_year_under_a_heading_is_no_byline():
    """Guard: ``**Train Short, Test Long (2022)**`` under a heading is a paper's name and
    year, not its authors."""
    text = (
        "# L\n\n### Another Heading Here For Test\n\n**Train Short, Test Long (2022)**\n\n"
        f"[Paper]({ARXIV}2303.12713)\n"
    )
    assert read(text) == [("Train Short, Test Long", None, 2022)]


def test_label_links_in_a_div_under_a_bold_title_are_that_titles():
    """Orlando-CS/Awesome-VLA: ``🔥🔥🔥 **RT-2: Robotics Transformer 2 ...**`` over ``<div>``
    with an image and ``[📖 Paper](arxiv) | [🌟 Project](url)``, its description after
    ``</div>``: the bold line is the title (the description was)."""
    text = (
        "# L\n\n🔥🔥🔥 **RT-2: Robotics Transformer 2 — End-to-End Vision-Language-Action Model**  \n"
        '<div align="center">\n  <img src="./images/rt2.jpg" width="60%">\n  <br/>\n'
        f"  [📖 Paper]({ARXIV}2307.15818) | [🌟 Project](https://robotics-transformer2.github.io/)\n"
        "</div>  \nIntegrates vision-language models trained on internet-scale data. ✨\n"
    )
    assert (
        one(text).title == "RT-2: Robotics Transformer 2 — End-to-End Vision-Language-Action Model"
    )


def test_a_titled_html_paragraph_after_a_bold_block_is_the_next_paper():
    """Guard (nert-nlp/amr-bibliography): ``<p>"Next Title" (Names), Venue. <a>PDF</a></p>``
    after a bold paragraph is its own entry: text before the links titles it."""
    text = (
        '# L\n\n<p><b>"Aligning English Strings with Graphs" (Nima Pourdamghani), Proc. EMNLP, 2014.\n'
        '<a href="http://www.isi.edu/natural-language/mt/amr_eng_align.pdf">PDF</a></b></p>\n\n'
        '<p>"Learning to Map Dependency Parses to Meaning Representations" (Wei-Te Chen),\n'
        'ACL-IJCNLP Student Research Workshop. 2015.\n<a href="http://www.aclweb.org/anthology/P15-3007">PDF</a></p>\n'
    )
    assert "Learning to Map Dependency Parses to Meaning Representations" in [
        t for t, _, _ in read(text)
    ]


def test_a_numbered_item_named_by_a_link_to_its_notes_is_the_next_paper():
    """PatrickWiloak/genai-research-papers-summarized: ``**2.** [GPT-3](./papers/…/summary.md)
    (2020)`` over its bullets and ``- [Paper](arxiv)``, after ``**1.** [BERT](…) (2018)``'s:
    the next entry, numbered like the one above (it was read as BERT's detail, and GPT-3's
    paper as a second arXiv paper under BERT)."""
    item = "**{n}.** [{name}](./papers/{name}/summary.md) ({y})\n- Notes on it\n- [Paper]({u})\n\n"
    text = "# L\n\n#### Early Evolution\n\n" + "".join(
        item.format(n=n, name=name, y=y, u=f"{ARXIV}{i}")
        for n, name, y, i in ((1, "BERT", 2018, "1810.04805"), (2, "GPT-3", 2020, "2005.14165"))
    )
    assert read(text) == [("BERT", None, 2018), ("GPT-3", None, 2020)]


def test_a_link_to_the_lists_own_notes_under_an_entry_stays_its_detail():
    """Guard: an unnumbered ``[card](notes.md)`` line under an entry that holds its paper is
    that entry's detail, no new entry."""
    text = (
        f"# L\n\n**1.** [Some Long Paper Title Here]({ARXIV}1810.04805) (2018)\n\n"
        "**2026-06-21** · [GitHub](https://github.com/o/r) · [card](notes.md)\n"
    )
    assert [t for t, _, _ in read(text)] == ["Some Long Paper Title Here"]


def test_review996_an_edition_or_volume_in_a_venue_column_does_not_outdate_the_title():
    """Review 996: ``CASP 14``, ``DSTC 11`` (an edition), ``PMLR 97`` (a volume) in a venue
    column are no two-digit years: the row's own ``(2021)`` dates it, or nothing does."""
    text = (
        "# L\n\n| Paper | Venue | Link |\n|---|---|---|\n"
        "| Highly accurate protein structure prediction with AlphaFold (2021) | CASP 14 "
        "| [paper](https://www.nature.com/articles/s41586-021-03819-2) |\n"
        "| Overview of the Dialog System Technology Challenge Track 2 (2023) | DSTC 11 "
        f"| [paper]({ARXIV}2301.00001) |\n"
        "| Certified Adversarial Robustness via Randomized Smoothing | PMLR 97 "
        "| [paper](https://proceedings.mlr.press/v97/cohen19c.html) |\n"
    )
    assert [y for _, _, y in read(text)] == [2021, 2023, None]


def test_review996_a_sentence_case_summary_naming_the_next_paper_opens_it():
    """Review 996: ``<summary>Generative adversarial nets</summary>`` after a paper's fold is
    the next paper, not a part of the one above (only ``Key points``, ``Abstract`` ... are)."""
    fold = (
        "<details>\n<summary>{t}</summary>\n\n- Paper: [arXiv]({u})\n- Year: {y}\n\n</details>\n\n"
    )
    text = "# L\n\n" + "".join(
        fold.format(t=t, u=u, y=y)
        for t, u, y in (
            ("Deep learning", "https://www.nature.com/articles/nature14539", 2015),
            ("Generative adversarial nets", f"{ARXIV}1406.2661", 2014),
        )
    )
    assert [(t, y) for t, _, y in read(text)] == [
        ("Deep learning", 2015),
        ("Generative adversarial nets", 2014),
    ]


def test_review996_label_links_followed_by_a_title_on_their_line_are_their_own_entry():
    """Review 996: ``**🤖 Manipulation**`` over ``<div>[📖 Paper](arxiv) | [🌟 Project](url) —
    RT-2: Title (CoRL 2023)</div>``: the title after the links is the entry's, the bold
    section label takes no paper."""
    div = "<div>\n  [📖 Paper]({u}) | [🌟 Project](https://example.org/{n}) — {t} (CoRL {y})\n</div>\n"
    text = "# L\n\n**🤖 Manipulation**\n" + "".join(
        div.format(u=f"{ARXIV}{i}", n=n, t=t, y=y)
        for i, n, t, y in (
            (
                "2307.15818",
                "rt2",
                "RT-2: Vision-Language-Action Models Transfer Web Knowledge",
                2023,
            ),
            ("2406.09246", "ovla", "OpenVLA: An Open-Source Vision-Language-Action Model", 2024),
        )
    )
    assert [t for t, _, _ in read(text)] == [
        "RT-2: Vision-Language-Action Models Transfer Web Knowledge",
        "OpenVLA: An Open-Source Vision-Language-Action Model",
    ]


def test_review996_a_titled_link_under_a_bold_apa_byline_is_the_title():
    """Review 996: ``### Emergent Abilities`` over ``**Wei, J., Tay, Y., et al. (2022)**`` and
    ``[Emergent Abilities of Large Language Models](arxiv)``: the topic heading does not take
    the title (it did; the byline is still read as the title, as before round 150)."""
    text = (
        "# L\n\n### Emergent Abilities\n\n**Wei, J., Tay, Y., Bommasani, R., et al. (2022)**\n"
        f"[Emergent Abilities of Large Language Models]({ARXIV}2206.07682). *TMLR*.\n"
    )
    assert [t for t, _, _ in read(text)] != ["Emergent Abilities"]
