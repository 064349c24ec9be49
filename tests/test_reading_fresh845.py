"""Rounds 133-134 (fresh845-856): each rule held by a test that fails on the reader before it;
the guards beside them pass on both."""

from __future__ import annotations

from pipeline.parse import parse_text


def _entries(text: str):
    return parse_text(text, "l.md").entries


_ROBOT_HEAD = "| Date | Paper | Links | Code | Notes |\n|---|---|---|---|---|\n"


def test_a_code_label_that_names_its_part_beats_the_parent_repositorys_badge():
    """kairunwen/awesome-robot-use-agent: ``[Code: tabletop simulation](…/tree/master/saycan)``
    over a stars badge linking the whole ``google-research`` repository: the list labels the
    deeper link as the paper's code; the badge only counts the parent's stars."""
    text = _ROBOT_HEAD + (
        "| 2022-04 | **SayCan: Do As I Can, Not As I Say: Grounding Language in Robotic Affordances** <br> [Project](https://say-can.github.io/) | [Paper](https://arxiv.org/abs/2204.01691) | [Code: tabletop simulation](https://github.com/google-research/google-research/tree/master/saycan) <br> [![GitHub stars](https://img.shields.io/github/stars/google-research/google-research?style=flat-square)](https://github.com/google-research/google-research) | Skills. |\n"
    )  # fmt: skip
    (e,) = _entries(text)
    assert e.code is not None
    assert e.code.url == "https://github.com/google-research/google-research/tree/master/saycan"


def test_a_named_repository_is_still_not_labelled_code_by_a_colon_elsewhere():
    """Guard: a badge before a link named after another project (``[HiFi-GAN: vocoder]``)
    keeps the badge's repository first: only code words before the colon label a link."""
    text = _ROBOT_HEAD + (
        "| 2023-01 | **A Study of Speech Synthesis With Flows** | [Paper](https://arxiv.org/abs/2301.00001) | [![stars](https://img.shields.io/github/stars/o/flowtts)](https://github.com/o/flowtts) <br> [HiFi-GAN: vocoder](https://github.com/jik876/hifi-gan) | TTS. |\n"
    )  # fmt: skip
    (e,) = _entries(text)
    assert e.code is not None and e.code.url == "https://github.com/o/flowtts"


_VLA_HEAD = (
    "| Method | Date | Sim. | Real | Base VLA Model | Action | Project |\n"
    "|--------|------|------|------|----------------|--------|---------|\n"
)


def test_a_row_shifted_by_a_stray_mark_is_named_by_its_paper_link():
    """denghaoyuan123/awesome-rl-vla: ``'| [VLAW](arxiv) | 2026.2 | ... |'``, a row a stray
    apostrophe opens, so its cells shift one column right and the name column holds only
    ``'``: the paper's link text names the entry, not the base model's column, and the
    apostrophe is no short name."""
    text = _VLA_HEAD + (
        "| [SOP](https://arxiv.org/abs/2601.03044v1) | 2026.1 | ✗ | ✓ | Pi0.5 | Flow | [🔗](https://www.agibot.com/research/sop) |\n"
        "'| [VLAW](https://arxiv.org/abs/2602.12063) | 2026.2 | ✗ | ✓ | Pi0.5 | Flow | [🔗](https://sites.google.com/view/vlaw-arxiv) |'\n"
    )  # fmt: skip
    second = _entries(text)[1]
    assert (second.title, second.short_name) == ("VLAW", None)


def test_an_empty_name_cell_keeps_the_title_column_beside_it():
    """Guard: a ``-`` in the name column of a row whose title stands in its own column, with
    a ``[PDF]`` link: the title column's text is the title, as before."""
    text = "| Name | Title | Paper |\n|---|---|---|\n" + (
        "| - | Learning To Rank With Many Words | [PDF](https://arxiv.org/abs/2301.00002) |\n"
    )
    (e,) = _entries(text)
    assert e.title == "Learning To Rank With Many Words"


def _one(text: str):
    (e,) = _entries(text)
    return e


def test_a_label_of_chinese_link_words_is_no_title():
    """iamzlt/knowledgedistillation-visualperception: ``[开源项目链接](github)`` ("open-source
    project link") and ``[论文解读](notes.md)`` beside ``[论文链接](paper)`` under a bold
    title: labels made of link words, not the paper's title."""
    text = (
        "- **Grounded Language-Image Pre-training** (CVPR 2022)\n"
        "  - [论文链接](https://openaccess.thecvf.com/content/CVPR2022/papers/Li_Grounded_Language-Image_Pre-Training_CVPR_2022_paper.pdf) ｜ [开源项目链接](https://github.com/microsoft/GLIP) ｜ [论文解读](Papers/2025-ICLR-Dynamic-LLaVA.md)\n"
    )  # fmt: skip
    e = _one(text)
    assert e.title == "Grounded Language-Image Pre-training"
    assert e.code is not None and e.code.url == "https://github.com/microsoft/GLIP"


def test_a_short_chinese_title_is_still_a_title():
    """Guard: a title of Chinese words that are no link words (``视觉定位综述``) stays."""
    assert _one("- [视觉定位综述](https://arxiv.org/abs/2412.20206)\n").title == "视觉定位综述"


def test_a_chinese_paper_label_makes_an_article_page_the_paper():
    """iamzlt: ``[论文链接](https://colab.ws/articles/10.1109%2Ficra…)`` under a bold title: a
    link the list labels "paper link" is the paper, as ``[Paper](…)`` is."""
    text = (
        "- **Weakly Supervised Referring Expression Grounding via Target-Guided Knowledge Distillation** (ICRA 2023)\n\n"
        "  - [论文链接](https://colab.ws/articles/10.1109%2Ficra48891.2023.10161294)\n"
    )  # fmt: skip
    e = _one(text)
    assert e.title.startswith("Weakly Supervised Referring") and e.year == 2023


def test_an_original_pdf_label_makes_a_repository_record_the_paper():
    """lain-ego0/leggedwiki: ``— [原文 PDF](dspace.mit.edu/handle/1721.1/138000.2)``: a DSpace
    record labelled "original PDF" is the paper."""
    text = "- Dynamic Locomotion in the MIT Cheetah 3 Through Convex Model-Predictive Control — [原文 PDF](https://dspace.mit.edu/handle/1721.1/138000.2)\n"  # fmt: skip
    e = _one(text)
    assert e.paper is not None and "dspace" in e.paper.url


def test_a_series_of_title_words_before_a_bracketed_venue_and_a_dash_is_the_title():
    """lain-ego0/leggedwiki: ``Learning Robust, Agile, Natural Legged Locomotion Skills in the
    Wild (RAL 2023) - [PDF](arxiv)`` (full-width brackets, a dash): the capitalised words after
    the first comma run on to the venue in brackets; no byline of ``Agile, Natural``."""
    text = "- Learning Robust, Agile, Natural Legged Locomotion Skills in the Wild（RAL 2023）— [原文 PDF](https://arxiv.org/pdf/2304.10888.pdf)\n"  # fmt: skip
    e = _one(text)
    assert (e.title, e.year) == (
        "Learning Robust, Agile, Natural Legged Locomotion Skills in the Wild",
        2023,
    )


def test_a_byline_before_a_bracketed_venue_and_a_dash_is_still_cut():
    """Guard: ``Deep Learning, John Smith, Jane Doe (NeurIPS 2020) — [PDF](…)``: names."""
    text = "- Deep Learning, John Smith, Jane Doe (NeurIPS 2020) — [PDF](https://arxiv.org/pdf/2304.10888.pdf)\n"  # fmt: skip
    assert _one(text).title == "Deep Learning"


def test_an_apa_surname_with_a_hyphenated_particle_is_a_name():
    """homurat/hmtblog: ``Kalayci, E. G., …, Xiao, G., ul-Mehdi, A., Kharlamov, E., &
    Calvanese, D. (2020, November). <a href=…><i>Title</i></a>``: ``ul-Mehdi`` is a surname
    with its particle, so the names are a byline and the linked title is the title."""
    text = (
        '- [2020] Kalaycı, E. G., Grangel González, I., Lösch, F., Xiao, G., ul-Mehdi, A., Kharlamov, E., & Calvanese, D. (2020, November). '
        '<a href="http://www.ghxiao.org/publications/2020-iswc-bosch.pdf"><i>Semantic integration of Bosch manufacturing data using virtual knowledge graphs</i></a>. '
        "In International Semantic Web Conference (pp. 464-481).\n"
    )  # fmt: skip
    assert (
        _one(text).title
        == "Semantic integration of Bosch manufacturing data using virtual knowledge graphs"
    )


def test_esploro_and_oxford_research_archive_records_are_papers():
    """homurat/hmtblog: a title linked to an Esploro output and to an Oxford Research Archive
    object, institutional repositories' records of one paper each."""
    text = (
        '- [2015] Lanti, D., Rezk, M. I., Xiao, G., & Calvanese, D. (2015). <a href="https://bia.unibz.it/esploro/fulltext/conferenceProceeding/The-NPD-benchmark-Reality-check-for/991005773114601241?repId=1"><i>The NPD benchmark: Reality check for OBDA systems</i></a>. In EDBT 2015.\n'
        '- [2017] Kharlamov, E., Hovland, D., & Waaler, A. (2017). <a href="https://ora.ox.ac.uk/objects/uuid:c077fe8d-7517-4a4c-b6a1-a87f517f91d6/files/mb397af762843355a7db3173cd2bc61b5"><i>Ontology based data access in Statoil</i></a>. Journal of Web Semantics, 44, 3-36.\n'
    )  # fmt: skip
    titles = [e.title for e in _entries(text)]
    assert titles == [
        "The NPD benchmark: Reality check for OBDA systems",
        "Ontology based data access in Statoil",
    ]


def test_preprint_and_journal_portal_pages_are_papers():
    """kellesett/overviewgen-llmagents: ``[link](preprints.org/frontend/manuscript/…/download_pub)``
    and ``[link](hrcak.srce.hr/clanak/463019)`` in a table's link column."""
    text = "| Title | Year | Link |\n|---|---|---|\n" + (
        "| From RAG to Multi-Agent Systems: A Survey of Modern Approaches | 2025 | [link](https://www.preprints.org/frontend/manuscript/12d92f418fc17b4bd3e6b6144acf951c/download_pub) |\n"
        "| Enhancing Text Summarization with Linguistic Prompting | 2024 | [link](https://hrcak.srce.hr/clanak/463019) |\n"
    )  # fmt: skip
    assert [e.line for e in _entries(text)] == [3, 4]


def test_a_russian_header_names_the_title_and_year_columns():
    """severiar/llm-hallucinations-detection-diploma: ``| Название | Год | Автор | Ссылка |``:
    a day written ``06.10.2020`` in the Year column dates the row."""
    text = "| Название | Год | Автор | Ссылка | Краткое содержание |\n| --- | --- | --- | --- | --- |\n" + (
        "| Dissecting Span IDentification Tasks with Performance Prediction | 06.10.2020 | Sean Papay, Roman Klinger | [link](https://arxiv.org/pdf/2010.02587.pdf) | Задача. |\n"
    )  # fmt: skip
    e = _one(text)
    assert (e.title, e.year) == (
        "Dissecting Span IDentification Tasks with Performance Prediction",
        2020,
    )


def test_a_bracketed_year_month_of_the_papers_own_id_dates_it():
    """junlulocky/bayesian-deep-learning-notes: ``- [1411]. Deep Exponential Families -
    [[arxiv](…/1411.2581.pdf)]``: the year and month of its own arXiv ID (2014), as
    ``[1705]`` already dated its neighbours."""
    text = "- [1411]. Deep Exponential Families - [[arxiv](https://arxiv.org/pdf/1411.2581.pdf)]\n"  # fmt: skip
    assert _one(text).year == 2014


def test_a_bracketed_number_of_another_month_is_no_date():
    """Guard: ``[1234]`` before a paper of arXiv ``1411.2581``: a number, no year."""
    text = "- [1234]. Deep Exponential Families - [[arxiv](https://arxiv.org/pdf/1411.2581.pdf)]\n"
    assert _one(text).year is None


def test_a_venue_and_year_month_before_a_dash_date_the_title_after_it():
    """zerowangzy/federated-learning: ``- TIST 201902 - [Title](dl.acm.org/…)``: a venue's
    date, not the paper's short name; it dates the entry."""
    text = "- Papers\n    - TIST 201902 - [Federated Machine Learning: Concept and Applications](https://dl.acm.org/citation.cfm?id=3298981)\n"  # fmt: skip
    e = _one(text)
    assert (e.title, e.short_name, e.year) == (
        "Federated Machine Learning: Concept and Applications",
        None,
        2019,
    )


def test_a_name_before_a_dash_still_names_the_title_after_it():
    """Guard: ``- ABC-GAN - [Title](arxiv)``: the name is the short name."""
    e = _one(
        "- ABC-GAN - [A Study of Adversarial Nets For Things](https://arxiv.org/abs/1902.04885)\n"
    )
    assert (e.title, e.short_name) == ("A Study of Adversarial Nets For Things", "ABC-GAN")


_TALKS = (
    "- [Neuro-Symbolic Concepts for Robotic Manipulation](https://jiayuanm.com/data/2023-07-09-rss-neuro-symbolic-concepts.pdf) Talk given by Jiayuan Mao\n"
    "- [Building General-Purpose Robots with Compositional Action Abstractions](https://jiayuanm.com/data/2024-04-19-brown.pdf) Talk given by Jiayuan Mao\n"
)  # fmt: skip
_PAPERS = "\n# Papers\n- [A Study of Learning Things Well](https://arxiv.org/abs/2301.00001)\n"


def test_a_section_of_tutorials_named_in_chinese_too_holds_no_papers():
    """zerowangzy/federated-learning: ``## 1. 教程 Tutorial`` over a ``PPT`` item of slides'
    PDFs; lamdasz-ml/awesome-llm-reasoning-with-nesy: ``# Awesome Tutorials & Workshops``
    over talks' PDFs: sections of no papers, as ``## Tutorials`` is."""
    for heading in ("## 1. 教程 Tutorial", "# Awesome Tutorials & Workshops"):
        assert [e.line for e in _entries(f"{heading}\n{_TALKS}{_PAPERS}")] == [6], heading


def test_a_section_of_workshops_alone_still_holds_papers():
    """Guard: ``## Workshops`` alone may list workshop papers: its PDFs are entries."""
    assert len(_entries(f"## Workshops\n{_TALKS}{_PAPERS}")) == 3


def test_a_github_label_on_a_web_page_in_the_code_column_stays_its_project_page():
    """Guard (decided): ``| [Github](https://reasonwithpal.com/) |`` in a ``Code`` column is the
    project's page, as the hand-checks of 13 other corpus lists read 29 such links (a web page a
    code column labels ``Github``); fresh856's hand-check, which reads it as code, is a
    documented miss. A ``[Code](site)`` there is still code."""
    head = "|  Title  |   Venue  |   Date   |   Code   |\n|:--|:--:|:--:|:--:|\n"
    row = "|[**PAL: Program-aided Language Models**](https://arxiv.org/abs/2211.10435) <br> | ICML | 2023 | [{}](https://reasonwithpal.com/) |\n"
    github, code = _one(head + row.format("Github")), _one(head + row.format("Code"))
    assert github.code is None and github.project is not None
    assert code.code is not None and code.code.url == "https://reasonwithpal.com/"
