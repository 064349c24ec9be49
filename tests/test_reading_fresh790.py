"""Round 121 (fresh790-793) and review 973: each rule held by a test that fails on the reader
(or the rules) before it; the guards beside them pass on both."""

from __future__ import annotations

from dataclasses import replace

from pipeline.config import Settings
from pipeline.parse import parse_text
from pipeline.run import Sources, run


def _read(text: str) -> list[tuple[int, str | None, int | None]]:
    """Each entry's line, title and year."""
    return [(e.line, e.title, e.year) for e in parse_text(text, "l.md").entries]


def _titles(text: str) -> list[str | None]:
    return [t for _, t, _ in _read(text)]


def _offline(text: str, rule: str) -> list[int]:
    """The lines ``check --offline`` reports ``rule`` on."""
    report = run([parse_text(text, "l.md")], replace(Settings(), offline=True), Sources())
    return [f.line for f in report.all_findings if f.rule.value == rule]


def test_a_link_labelled_original_paper_or_reading_note_is_no_title():
    """sukoji/multi-agent-paper-log: `* **Title** (ICLR 2023)` over `* [Original Paper /
    Resource](arxiv) / [Reading Note](notes.md)`: the links' labels, the bold line the title."""
    text = (
        "* **ReAct: Synergizing Reasoning and Acting in Language Models** (ICLR 2023)\n"
        "  * [Original Paper / Resource](https://arxiv.org/abs/2210.03629) / [Reading Note](notes/react.md)\n\n"
        "* **Reflexion: Language Agents with Verbal Reinforcement Learning** (NeurIPS 2023)\n"
        "  * [Original Paper / Resource](https://arxiv.org/abs/2303.11366) / [Reading Note](notes/reflexion.md)\n"
    )  # fmt: skip
    assert _read(text) == [
        (1, "ReAct: Synergizing Reasoning and Acting in Language Models", 2023),
        (4, "Reflexion: Language Agents with Verbal Reinforcement Learning", 2023),
    ]


def test_a_bold_note_in_brackets_keeps_its_code_link_with_the_paper_above():
    """kaishxu/mednlp_paper_reading: `**[Title](arxiv)** (BioNLP 2021)` over a paragraph that
    closes with a bold note in full-width brackets holding `[代码](github)`: a note on the
    paper, its code inside."""
    text = (
        "**[Improving Biomedical Pretrained Language Models with Knowledge](https://arxiv.org/abs/2104.10344)** (BioNLP 2021)\n\n"
        "文章设计了一个KG-enhanced的预训练模型，作者把KG信息attend到entity所对应的transformers输出上。"
        "**（效果一言难尽，因为最后测试的还是NER任务，[代码](https://github.com/GanjinZero/KeBioLM)）**\n"
    )  # fmt: skip
    entries = parse_text(text, "l.md").entries
    assert [(e.title, e.code.url if e.code else None) for e in entries] == [
        (
            "Improving Biomedical Pretrained Language Models with Knowledge",
            "https://github.com/GanjinZero/KeBioLM",
        )
    ]


def test_a_read_time_column_is_no_papers_year():
    """i0Ek3/paper-is-all-you-need: `| # | ReadTime | Title | Belongs | Status |`: when the
    maintainer read the paper, not when it was published."""
    text = (
        "| # | ReadTime | Title | Belongs | Status |\n|---|---|---|---|---|\n"
        "|004|2018-03-12|[On the Security and Performance of Proof of Work Blockchains](https://example.org/004.pdf) |IEEE|已读|\n"
    )  # fmt: skip
    assert _read(text) == [
        (3, "On the Security and Performance of Proof of Work Blockchains", None)
    ]
    dated = text.replace("ReadTime", "Date")
    assert _read(dated)[0][2] == 2018


def test_one_groups_papers_sharing_a_repository_are_no_shared_code_link():
    """leekltw/paper_reading_list: fastText's two papers, by the same authors, both link
    `facebookresearch/fastText`: one group's codebase, not a copied link; two papers by
    different authors sharing one still are."""
    head = "|Title|Author|Date|Paper|Code|\n|---|---|---|---|---|\n"
    rows = (
        "| Bag of Tricks for Efficient Text Classification |Armand Joulin, Edouard Grave, Tomas Mikolov| 2017 | [pdf](http://aclweb.org/anthology/E17-2068) | [fastText](https://github.com/facebookresearch/fastText) |\n"
        "| Enriching Word Vectors with Subword Information |Piotr Bojanowski, Edouard Grave, Armand Joulin| 2016 | [arxiv](https://arxiv.org/pdf/1607.04606v1.pdf) | [fastText](https://github.com/facebookresearch/fastText) |\n"
    )  # fmt: skip
    assert _offline(head + rows, "shared-code-link") == []
    other = rows.replace("Piotr Bojanowski, Edouard Grave, Armand Joulin", "Jane Doe, John Smith")
    assert _offline(head + other, "shared-code-link") == [4]


def test_a_gbt_7714_citation_gives_its_title():
    """vict0rshen/binary-similarity-learning: `- Bindiff (*DIMVA2004*) [[paper]](url)` over
    `  - FLAKE H. Structural comparison of executable objects[C]//Proc. of …`: China's citation
    standard names the authors in capitals and the kind of work (`[C]`, `[J]`) after the
    title; a name's item takes its title from the citation below it."""
    text = (
        "- Bindiff (*DIMVA2004*) [[paper]](https://example.org/bindiff.pdf)\n"
        "  - FLAKE H. Structural comparison of executable objects[C]//Proc. of the International GI Workshop.2004:161-174.\n"
        "- DULLIEN T, ROLLES R. Graph-based comparison of executable objects [J]. Sstic, 2005, 5(1): 3. [paper](https://example.org/b.pdf)\n"
        "- 张三, 李四, 等. 基于深度学习的图像识别研究[J]. 计算机学报, 2020, 43(1): 1-10. [paper](https://example.org/d.pdf)\n"
    )  # fmt: skip
    entries = parse_text(text, "l.md").entries
    assert [(e.title, e.short_name) for e in entries] == [
        ("Structural comparison of executable objects", "Bindiff"),
        ("Graph-based comparison of executable objects", None),
        ("基于深度学习的图像识别研究", None),
    ]


def test_review_973_a_subject_column_holding_the_paper_link_titles_it():
    """Review 973: `| Subject | Presenter |` with `[Title](arxiv)` in Subject: the paper's
    column (a `Subject` is a session's topic only beside a `Reading` or `Paper` column)."""
    text = (
        "| Subject | Presenter |\n|---|---|\n"
        "| [Attention Is All You Need](https://arxiv.org/abs/1706.03762) | Alice |\n"
    )
    assert _titles(text) == ["Attention Is All You Need"]


def test_review_973_a_release_month_or_vs_does_not_end_a_title():
    """Review 973: `Sparks of Artificial General Intelligence. Early experiments with GPT-4
    (March 2023)`, `… Noisy Labels vs. Clean Labels …`: no ACM tail without an article number
    or a page count."""
    rows = [
        "Learning with Noisy Labels vs. Clean Labels in Practice (March 2021)",
        "Sparks of Artificial General Intelligence. Early experiments with GPT-4 (March 2023)",
    ]
    text = "".join(f"- [{r}](https://arxiv.org/abs/2303.1271{i})\n" for i, r in enumerate(rows))
    assert _titles(text) == [
        "Learning with Noisy Labels vs. Clean Labels in Practice",
        "Sparks of Artificial General Intelligence. Early experiments with GPT-4",
    ]


def test_review_973_words_and_a_year_before_a_colon_are_no_byline():
    """Review 973: `Vision and Language 2020: …`, `SemEval and CoNLL 2018: …`, `Ethics and AI
    2030: …`: title words, acronyms and coined names are no surnames."""
    rows = [
        "Vision and Language 2020: A Survey of Multimodal Pretraining",
        "SemEval and CoNLL 2018: Shared Task Overview",
        "Ethics and AI 2030: Policy Recommendations for Governments",
    ]
    text = "".join(f"- [{r}](https://arxiv.org/abs/2301.0000{i})\n" for i, r in enumerate(rows, 1))
    assert _titles(text) == rows


def test_review_973_a_wikilink_beside_a_title_or_naming_a_byline_stays():
    """Review 973: `Title [[Kaplan et al 2020]] url`, `[[2023-05-01 Notes|notes]] Title url`:
    only a wikilink opening the text and named like a title is read as that title."""
    text = (
        "- Scaling Laws for Neural Language Models [[Kaplan et al 2020]] https://arxiv.org/abs/2001.08361\n"
        "- [[2023-05-01 Reading Group Notes|notes]] Language Models are Few-Shot Learners https://arxiv.org/abs/2005.14165\n"
    )  # fmt: skip
    assert _titles(text)[1] == "Language Models are Few-Shot Learners"
    assert "Language Models" in (_titles(text)[0] or "")


def test_review_973_scattered_late_years_or_another_section_are_still_reported():
    """Review 973: four wrong years in one list (2021, 2022, 2019, 2023 on papers of 2014-2015)
    are slips, not a schedule; a reading group's section does not hide a slip in the list's
    curated section."""
    slips = "## Papers\n\n" + "".join(
        f"- [Paper Title About Things {i}](https://arxiv.org/abs/{a}), {y}\n"
        for i, (a, y) in enumerate(
            [("1406.2661", 2021), ("1409.0473", 2022), ("1502.03167", 2019), ("1412.6980", 2023)]
            + [(f"2301.0000{k}", 2023) for k in range(1, 7)]
        )
    )
    assert len(_offline(slips, "year-mismatch")) == 4
    group = "## Reading group\n\n" + "".join(
        f"- [Read Paper {i}](https://arxiv.org/abs/{a}), 2021\n"
        for i, a in enumerate(["1406.2661", "1409.0473", "1502.03167", "1412.6980"])
    )
    curated = "\n## Curated\n\n" + "".join(
        f"- [Curated Paper {k}](https://arxiv.org/abs/2301.0000{k}), 2023\n" for k in range(1, 4)
    )
    slip = "- [Improving neural networks by dropout](https://arxiv.org/abs/1207.0580), 2021\n"
    assert _offline(group + curated + slip, "year-mismatch") == [13]


def test_review_974_a_schedule_of_one_paper_per_session_is_still_a_schedule():
    """Review 974: `#### 1 October 2021` … `#### 19 November 2021`, each over one paper of
    2014-2015: a reading group's sessions, one section each, still date their readings."""
    ids = ["1406.2661", "1409.0473", "1502.03167", "1412.6980", "1512.03385"]
    text = "".join(
        f"#### {d} October 2021\n\n- [Paper read this week about things {i}](https://arxiv.org/abs/{a})\n\n"
        for i, (d, a) in enumerate(zip((1, 8, 15, 22, 29), ids, strict=True))
    )
    assert _offline(text, "year-mismatch") == []


def test_review_974_et_al_or_a_placeholder_is_no_shared_author():
    """Review 974: `Ashish Vaswani, Noam Shazeer, et al.` and `Jacob Devlin, …, et al.`, or
    `Anonymous` twice, share no author: the copied link is still reported."""
    head = "|Title|Authors|Paper|Code|\n|---|---|---|---|\n"
    for a, b in (("Ashish Vaswani, Noam Shazeer, et al.", "Jacob Devlin, Ming-Wei Chang, et al."), ("Anonymous", "Anonymous")):  # fmt: skip
        rows = (
            f"| Attention Is All You Need | {a} | [arxiv](https://arxiv.org/abs/1706.03762) | [t2t](https://github.com/tensorflow/tensor2tensor) |\n"
            f"| BERT: Pre-training of Deep Bidirectional Transformers | {b} | [arxiv](https://arxiv.org/abs/1810.04805) | [t2t](https://github.com/tensorflow/tensor2tensor) |\n"
        )  # fmt: skip
        assert _offline(head + rows, "shared-code-link") == [4], a


def test_review_974_a_wikilink_after_a_task_box_or_an_emoji_names_its_paper():
    """Review 974: `- [x] [[Title]] url`, `- 📄 [[Title]] url`: the wikilink is the title."""
    text = (
        "- [x] [[Attention Is All You Need Again]] https://arxiv.org/abs/1706.03762\n"
        "- 📄 [[Language Models are Few-Shot Learners]] https://arxiv.org/abs/2005.14165\n"
    )
    assert _titles(text) == [
        "Attention Is All You Need Again",
        "Language Models are Few-Shot Learners",
    ]


def test_review_974_surnames_with_inner_capitals_or_accents_are_a_byline():
    """Review 974: `LeCun, Bengio and Hinton 2015: …`, `McCann, Keskar and Xiong 2018: …`,
    `Müller, Kornblith and Hinton 2019: …`."""
    rows = [
        "LeCun, Bengio and Hinton 2015: Deep Learning Review in Nature",
        "McCann, Keskar and Xiong 2018: The Natural Language Decathlon",
        "Müller, Kornblith and Hinton 2019: When Does Label Smoothing Help?",
    ]
    text = "".join(f"- [{r}](https://arxiv.org/abs/2301.0000{i})\n" for i, r in enumerate(rows, 1))
    assert _read(text) == [
        (1, "Deep Learning Review in Nature", 2015),
        (2, "The Natural Language Decathlon", 2018),
        (3, "When Does Label Smoothing Help?", 2019),
    ]


def test_review_974_only_a_first_detail_that_is_a_whole_gbt_citation_titles_a_name():
    """Review 974: `**ResNet**` over `改进自 VGG, SIMONYAN K, …[J]. …` (a note naming another
    paper), `**Gemini**` over `Venue: CCS 2017 [A]`: the name stays the title; `Zhang S, Li
    S. 基于…[J].` (initials after mixed-case surnames) gives its title."""
    text = (
        "- **ResNet** [paper](https://arxiv.org/abs/1512.03385)\n"
        "  - 改进自 VGG：SIMONYAN K, ZISSERMAN A. Very deep convolutional networks for large-scale image recognition[J]. arXiv, 2014.\n"
        "- **Gemini** [paper](https://arxiv.org/abs/1708.06525)\n"
        "  - Venue: CCS 2017 [A], code available\n"
        "- Zhang S, Li S. 基于深度学习的图像识别研究[J]. 计算机学报, 2020. [paper](https://example.org/g.pdf)\n"
    )  # fmt: skip
    assert _titles(text) == ["ResNet", "Gemini", "基于深度学习的图像识别研究"]


def test_review_974_a_bold_title_opening_a_bracket_keeps_its_entry():
    """Review 974: `- **(Mask R-CNN [paper](url))**`: bold opening the item is its head, not a
    note on the paper above."""
    text = (
        "- **(Mask R-CNN [paper](https://arxiv.org/abs/1703.06870))**\n"
        "- **(Deep Residual Learning for Image Recognition [pdf](https://arxiv.org/abs/1512.03385))**\n"
    )
    assert len(_titles(text)) == 2
