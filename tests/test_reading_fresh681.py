# ruff: noqa: RUF002 (the examples quote Chinese lists, full-width colons and all)
"""Round 98 (fresh681-685): each rule held by a test that fails on the reader before it; the
guards beside them pass on both."""

from __future__ import annotations

from pipeline.formats import fields as F
from pipeline.formats.authors import person_list
from pipeline.formats.bylines import APA_NAMES_YEAR
from pipeline.formats.dates import find_year
from pipeline.formats.labels import title_label
from pipeline.formats.runs import Run
from pipeline.urls import redirect_target
from tests.support.reading import offline_rules, reader

_read = reader("line", "title", "year", "code.url")
_linked = reader("line", "title", "paper.url")
_FLAN = "https://github.com/google-research/flan"
_venue = reader("venue", "year")


def test_a_title_field_under_an_item_titles_its_paper():
    """km1994's blocks: a Chinese gloss (or a link to the maintainer's notes) as the item, its
    fields below (``论文名称：`` the paper's name, ``论文地址：`` a bare address, ``Github 地址：``);
    the named title wins over the gloss and over a bold phrase in the notes, and the entry
    starts at the item. A one-word item (``- Gemini``) no longer hides its paper."""
    text = (
        "## 多模态篇\n\n"
        "- Gemini：一族功能强大的多模态模\n"
        "  - 论文名称：Gemini: A Family of Highly Capable Multimodal Models\n"
        "  - 论文地址：https://arxiv.org/pdf/2312.11805\n"
        "  - 机构：Google\n"
        "  - Github 地址：\n\n"
        "- [Instruction](PEFT/prompt/Instruction.md)\n"
        "  - 论文名称：Finetuned Language Models Are Zero-Shot Learners\n"
        "  - 论文地址：https://arxiv.org/abs/2109.01652\n"
        "  - Github 地址：https://github.com/google-research/flan\n"
        "  - 动机：**在训练好的LLM上进行“指令调优”具有很好的泛化能力**。\n\n"
        "- [Prompt](notes/prompt.md)\n"
        "  - Title: Prompt Tuning\n"
        "  - Paper: https://arxiv.org/pdf/2107.13586.pdf\n"
        "  - Motivation: **one model for every task** is not efficient.\n"
    )
    assert _read(text) == [
        (3, "Gemini: A Family of Highly Capable Multimodal Models", None, None),
        (
            9,
            "Finetuned Language Models Are Zero-Shot Learners",
            None,
            "https://github.com/google-research/flan",
        ),
        (15, "Prompt Tuning", None, None),
    ]


def test_an_item_over_two_papers_is_not_titled_by_a_field():
    """Guard: a title field among sub-items that link two papers names neither alone."""
    text = (
        "- Related reading\n"
        "  - Title: A Survey of Things\n"
        "  - [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
        "  - [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
    )
    titles = [t for _, t, _ in _linked(text)]
    assert "A Survey of Things" not in titles
    assert "Attention Is All You Need" in titles


def test_chinese_title_labels_read_as_title():
    """``论文名称``, ``论文标题``, ``论文题目``, ``标题``, ``题目`` label a paper's title (the
    charmve list's ``论文题目：Title`` lines lose the label); ``名称`` alone or ``中文标题`` do not."""
    assert F.strip_label("论文名称：Gemini: A Family") == ("title", "Gemini: A Family")
    assert F.strip_label("论文题目：Deep Active Learning")[0] == "title"
    assert [title_label(n) for n in ("论文标题", "标题", "Paper Title", "名称", "中文标题")] == [
        True,
        True,
        True,
        False,
        False,
    ]
    text = (
        "- 论文题目：Deep Active Learning for Civil Infrastructure Defect Detection and "
        "Classification [PDF](https://example.org/papers/deep-active.pdf)\n"
    )
    assert _read(text)[0][1] == (
        "Deep Active Learning for Civil Infrastructure Defect Detection and Classification"
    )


def test_a_comment_naming_papers_in_passing_is_no_entry():
    """penguinnnnn's weekly notes: under each paper, a paragraph of comment that lists other
    papers by their titles, joined by commas or ``and`` (``以及``, ``和``), in a sentence; none
    of them is an entry. The paper the block is about still is."""
    text = (
        "<b>2022-03-20</b><br>\n\n"
        '<i>Title</i>: <a href="https://arxiv.org/pdf/2203.08430.pdf">Cross-Lingual Ability of '
        "Multilingual Masked Language Models</a> (ACL 2022)<br>\n"
        "<i>Comments</i>:<br>\nA paper from MSRA.\n\n"
        '<a href="https://aclanthology.org/2020.blackboxnlp-1.4/">What Happens To BERT Embeddings'
        ' During Fine-tuning?</a>， <a href="https://aclanthology.org/2020.blackboxnlp-1.7/">On '
        "the Interplay Between Fine-tuning and Sentence-Level Probing</a>，以及"
        '<a href="https://aclanthology.org/2020.aacl-main.11/">Investigating Learning Dynamics of'
        " BERT Fine-Tuning</a>已经发现了：Fine-tuning改变高层的embedding space比低层的更多。\n\n"
        '这个问题的讨论也有一段时间了，<a href="https://aclanthology.org/P19-1493/">How '
        'Multilingual is Multilingual BERT?</a>和<a href="https://aclanthology.org/D19-1077/">'
        "Beto, Bentz, Becas: The Surprising Cross-Lingual Effectiveness of BERT</a>说是因为source"
        "和target存在相同的words。\n\n"
        'Earlier, <a href="https://arxiv.org/abs/1810.04805">BERT: Pre-training of Deep '
        'Bidirectional Transformers</a> and <a href="https://arxiv.org/abs/1907.11692">RoBERTa: A'
        " Robustly Optimized BERT Pretraining Approach</a> have already shown that the higher"
        " layers change the most when the model is fine-tuned on a task.\n"
    )
    assert [t for _, t, _ in _linked(text)] == [
        "Cross-Lingual Ability of Multilingual Masked Language Models"
    ]


def test_a_papers_own_paragraph_with_a_second_link_stays_an_entry():
    """Guards (review 956): a paragraph that opens on its paper, then its journal's page or
    its follow-up, and describes it is an entry; so are two titled links with no sentence."""
    text = (
        "[BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding]"
        "(https://arxiv.org/abs/1810.04805), [ACL Anthology](https://aclanthology.org/N19-1423/)."
        " Devlin et al. pretrain a deep bidirectional encoder on masked tokens and the next"
        " sentence objective for many tasks.\n\n"
        "[Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385) and "
        "[Identity Mappings in Deep Residual Networks](https://arxiv.org/abs/1603.05027). Kaiming"
        " He and colleagues show that residual connections make very deep networks trainable.\n\n"
        "[Attention Is All You Need](https://arxiv.org/abs/1706.03762), "
        "[Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385) (2017)\n"
    )
    assert [(ln, t) for ln, t, _ in _linked(text)] == [
        (1, "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"),
        (3, "Deep Residual Learning for Image Recognition"),
        (5, "Attention Is All You Need"),
    ]


def test_a_citeseerx_document_page_is_a_paper():
    """``citeseerx.ist.psu.edu/document?doi=10.1.1.588.6448``: CiteSeerX's page of one paper (the
    ``doi`` of its query keys it), not its index."""
    text = (
        "1. [A Probabilistic Model for Information Storage and Organization in the Brain]"
        "(https://citeseerx.ist.psu.edu/document?doi=10.1.1.588.6448) - Rosenblatt (1958)\n"
    )
    page = Run("link", "x", 1, url="https://citeseerx.ist.psu.edu/document?doi=10.1.1.588.6448")
    assert F.link_role(page) == "paper"
    assert _read(text) == [
        (
            1,
            "A Probabilistic Model for Information Storage and Organization in the Brain",
            1958,
            None,
        )
    ]


def test_a_titles_own_series_of_single_words_is_no_byline():
    """``Learning to Recognize, Observe, Analyze and Drive Through Work Zones``: one-word items
    then ``and`` and a phrase to the end: the title's series, not surnames after it."""
    title = "ROADWork Dataset: Learning to Recognize, Observe, Analyze and Drive Through Work Zones"
    assert F.clean_title(title) == title
    assert F.clean_title("Learning to See, Hear, Analyze and Drive Through Work Zones") == (
        "Learning to See, Hear, Analyze and Drive Through Work Zones"
    )


def test_apa_surnames_with_particles_are_authors():
    """``Laranjeira da Silva, C., …, & dos Santos, J. (2022). Title.``, ``van der Maaten, L.,
    & Hinton, G.``: surnames with particles in front or inside are APA authors, so the
    citation is read for its title; the byline pattern before a title link is the same."""
    cite = (
        "Laranjeira da Silva, C., Macedo, J., Avila, S., & dos Santos, J. (2022). Seeing without "
        "Looking: Analysis Pipeline for Child Sexual Abuse Datasets. 2022 ACM Conference on "
        "Fairness, Accountability, and Transparency, 2189–2205."
    )
    assert F.clean_title(cite) == (
        "Seeing without Looking: Analysis Pipeline for Child Sexual Abuse Datasets"
    )
    assert person_list("van der Maaten, L., & Hinton, G.")
    assert APA_NAMES_YEAR.fullmatch("van der Maaten, L., & Hinton, G. (2008). ")
    assert not person_list("Attention Is All You Need, and More")


def test_a_question_title_before_arxiv_ends_at_its_mark():
    """``(2020). Large Image Datasets: A Pyrrhic Win for Computer Vision? ArXiv.``: the
    preprint server after the question mark is no part of the title."""
    cite = (
        "Prabhu, V. U., & Birhane, A. (2020). Large Image Datasets: A Pyrrhic Win for Computer "
        "Vision? ArXiv."
    )
    assert F.clean_title(cite) == "Large Image Datasets: A Pyrrhic Win for Computer Vision?"


def test_the_start_of_a_year_span_is_no_venue_year():
    """``数据：NSW 2015–2024 年…`` in a note: ``NSW 2015`` starts a span of years, no venue's
    year; the entry's own ``arXiv, 2025`` dates it."""
    text = (
        "- **NSW-EPNews: A News-Augmented Benchmark for Electricity Price Forecasting with LLMs**"
        " — arXiv, 2025. [Paper](https://arxiv.org/abs/2506.11050)\n"
        "  - 数据：NSW 2015–2024 年超过 17.5 万条半小时价格。\n"
    )
    assert _read(text)[0][2] == 2025
    assert find_year("Accepted at ICLR 2024. Code soon.")[0] == 2024  # guard


def test_a_journals_year_beats_the_date_the_paper_went_online():
    """``2024 年公开；*IEEE Trans…*, 3(2), 223–235, 2025``, ``2025-12-24 在线；*Applied
    Sciences*, 16(1), 200, 2026``, ``2025 预印本；*IEEE TSG*, 2026``: the date it went online
    or out as a preprint, then the year of the journal that printed it, the year the list
    states. Alone, such a date still dates the entry."""
    assert find_year("Title — 2024 年公开；IEEE Trans. EMPR, 3(2), 223–235, 2025. DOI")[0] == 2025
    assert find_year("Title — 2025-12-24 在线；Applied Sciences, 16(1), 200, 2026.")[0] == 2026
    assert find_year("Title — 2025 预印本；IEEE Transactions on Smart Grid, 2026.")[0] == 2026
    assert find_year("Title — 2025 预印本. [Paper](url)")[0] == 2025


def test_a_mail_guards_wrapper_leads_to_the_page_it_wraps():
    """Links copied out of an e-mail: Proofpoint's ``urldefense.com/v3/__URL__;…`` and
    ``urldefense.proofpoint.com/v2/url?u=…``, Outlook's safelinks: the wrapped address is the
    link's target (its arXiv ID, its role), so a DOI written as the text of its own wrapped
    address is no ``link-text-mismatch`` (it was a false error offline and online)."""
    assert redirect_target(
        "https://urldefense.com/v3/__https://doi.org/10.1186/s13040-017-0154-4__;!!LIr3w8$"
    ) == ("https://doi.org/10.1186/s13040-017-0154-4")
    assert redirect_target(
        "https://urldefense.proofpoint.com/v2/url?u=https-3A__arxiv.org_abs_2106.01234&d=DwMF"
    ) == ("https://arxiv.org/abs/2106.01234")
    safe = (
        "https://nam12.safelinks.protection.outlook.com/"
        "?url=https%3A%2F%2Farxiv.org%2Fabs%2F2106.01234&data=05"
    )
    assert redirect_target(safe) == "https://arxiv.org/abs/2106.01234"
    assert redirect_target("https://urldefense.com/v3/__javascript:alert(1)__;!!x$") is None
    doi = "https://doi.org/10.1186/s13040-017-0154-4"
    text = (
        "*   Olson, R. S., & Moore, J. H. (2017). PMLB: A Large Benchmark Suite for Machine "
        f"Learning Evaluation and Comparison. _BioData Mining_, _10_(36). [{doi}]"
        f"(https://urldefense.com/v3/__{doi}__;!!LIr3w8kk_Xxm!8b-dYz$)\n"
    )
    assert "link-text-mismatch" not in offline_rules(text)
    other = text.replace(
        "__https://doi.org/10.1186/s13040-017-0154-4__", "__https://doi.org/10.1/x__"
    )
    assert "link-text-mismatch" in offline_rules(other)


def test_review_956_probes_read_as_before():
    """Guards (review 956): a bold or worded item keeps its own title over a Title field (a
    talk's title, a translation); the byline ending in a place is cut; a subtitle that opens
    with a preprint server stays; an online year stays when the next year is older, a count
    or a span; an acronym's venue before a dash and a word stays; the link text may spell a
    wrapper's own address."""
    text = (
        "- **Scaling Laws for Neural Language Models** (Kaplan et al., 2020)\n"
        "  - Title: Why do language models keep getting better?\n"
        "  - Paper: https://arxiv.org/abs/2001.08361\n\n"
        "- Deep Residual Learning for Image Recognition (CVPR 2016)\n"
        "  - 标题：用于图像识别的深度残差学习\n"
        "  - 论文地址：https://arxiv.org/abs/1512.03385\n"
    )
    assert [t for _, t, _, _ in _read(text)] == [
        "Scaling Laws for Neural Language Models",
        "Deep Residual Learning for Image Recognition",
    ]
    byline = "A Fast Learning Algorithm for Deep Belief Nets, Hinton, Osindero and Teh from the "
    assert F.clean_title(byline + "University of Toronto") == (
        "A Fast Learning Algorithm for Deep Belief Nets"
    )
    cite = "Smith, J., & Lee, K. (2020). Who Posts Preprints? ArXiv Submissions Across Fields. X."
    assert F.clean_title(cite) == "Who Posts Preprints? ArXiv Submissions Across Fields"
    assert find_year("2024 preprint; a follow-up to the 2019 work")[0] == 2024
    assert find_year("2023 preprint; trained with 2000 GPU hours")[0] == 2023
    assert find_year("2022 年公开，使用 2015–2020 年的数据")[0] == 2022
    assert find_year("— 2023 年公开；数据覆盖 1959–2023 年")[0] == 2023
    dashed = "- [A Study of Graph Things](https://arxiv.org/abs/2301.00001) (HotNets 2022–Best)"
    assert _venue(dashed + "\n") == [("HotNets 2022", 2022)]
    proxied = "www.jstor.org.ezproxy.lib.uni.edu/stable/123456"
    line = f"- Smith, J. (2019). A Study of Things in the Wild World. {proxied}\n"
    assert "link-text-mismatch" not in offline_rules(line)
