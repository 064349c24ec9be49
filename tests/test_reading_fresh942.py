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
