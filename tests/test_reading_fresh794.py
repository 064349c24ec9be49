"""Round 122 (fresh794-797): each rule held by a test that fails on the reader before it; the
guards beside them pass on both."""

from __future__ import annotations

from pipeline.parse import parse_text


def _read(text: str) -> list[tuple[int, str | None, int | None]]:
    """Each entry's line, title and year."""
    return [(e.line, e.title, e.year) for e in parse_text(text, "l.md").entries]


def test_an_nlm_citation_gives_its_title_and_year():
    """compscbio/cscb-2025: `[Costa IG. Dissecting gene regulation with multimodal
    sequencing. Nat Methods. 2023 Sep;20(9):1282-1284. doi: … PMID: 37537350.](pubmed)`: the
    authors before and the journal, date and record numbers after the title."""
    text = (
        "1. [Costa IG. Dissecting gene regulation with multimodal sequencing. Nat Methods.\n"
        "2023 Sep;20(9):1282-1284. doi: 10.1038/s41592-023-01957-1. PMID: 37537350.](https://pubmed.ncbi.nlm.nih.gov/37537350/)\n\n"
        "2. [Zitnik M, Li MM, Wells A, Glass K, Morselli Gysi D, Krishnan A. Current and future\n"
        "directions in network biology. Bioinform Adv. 2024 Aug 14;4(1):vbae099. doi:\n"
        "10.1093/bioadv/vbae099. PMID: 39143982; PMCID: PMC11321866.](https://pubmed.ncbi.nlm.nih.gov/39143982/)\n"
    )  # fmt: skip
    assert _read(text) == [
        (1, "Dissecting gene regulation with multimodal sequencing", 2023),
        (4, "Current and future directions in network biology", 2024),
    ]


def test_surnames_and_a_comma_before_a_quoted_title():
    """joseffyu/agentic-security-related-work: `[Myers and Liskov, "A Decentralized Model for
    Information Flow Control"](acm)`, `[Myers, "JFlow: …"](acm)`: the surnames are the byline."""
    text = (
        "| # | Category | Work | Status |\n|---:|---|---|---|\n"
        '| 26 | Foundational IFC | [Myers and Liskov, "A Decentralized Model for Information Flow Control"](https://dl.acm.org/doi/10.1145/268998.266669) | SOSP 1997 |\n'
        '| 27 | Language IFC | [Myers, "JFlow: Practical Mostly-Static Information Flow Control"](https://dl.acm.org/doi/10.1145/292540.292561) | POPL 1999 |\n'
        '| 19 | Runtime policy | [Wang et al., "AgentSpec: Customizable Runtime Enforcement for Safe and Reliable LLM Agents"](https://conf.researchr.org/details/icse-2026/icse-2026-research-track/29/AgentSpec) | ICSE 2026 |\n'
    )  # fmt: skip
    assert [t for _, t, _ in _read(text)] == [
        "A Decentralized Model for Information Flow Control",
        "JFlow: Practical Mostly-Static Information Flow Control",
        "AgentSpec: Customizable Runtime Enforcement for Safe and Reliable LLM Agents",
    ]


def test_a_sentence_that_cites_a_journal_without_a_record_number_is_read_as_before():
    """Guard: `Deep learning. Nature. 2015;521:436` with no PMID or doi, and a title with a
    full stop inside (`Less is More. Parameter-Efficient …`), keep their readings."""
    rows = ["Less is More. Parameter-Efficient Tuning for Vision Models"]
    text = "".join(f"- [{r}](https://arxiv.org/abs/2301.0000{i})\n" for i, r in enumerate(rows, 1))
    assert [t for _, t, _ in _read(text)] == rows


def test_a_title_linked_to_its_note_file_is_no_code():
    """massive11/Paper_reading: `| [Masked Autoencoders Are Scalable Vision Learners](github
    …/blob/master/…/Masked%20Autoencoders%20Are%20Scalable%20Vision%20Learners.md) | 2021 | …
    | [Article](arxiv) |`: a Markdown file named by the title is the maintainer's note on the
    paper, not its code; a repository's own page still is."""
    note = "https://github.com/massive11/Paper_reading/blob/master/cv/Masked%20Autoencoders%20Are%20Scalable%20Vision%20Learners.md"  # fmt: skip
    text = (
        "| 论文 | 时间 | 原文 | 代码 |\n|---|---|---|---|\n"
        f"| [Masked Autoencoders Are Scalable Vision Learners]({note}) | 2021 | [Article](https://arxiv.org/abs/2111.06377) | |\n"
        "| [Deep Residual Learning for Image Recognition](https://github.com/KaimingHe/deep-residual-networks) | 2016 | [Article](https://arxiv.org/abs/1512.03385) | |\n"
    )  # fmt: skip
    codes = [e.code.url if e.code else None for e in parse_text(text, "l.md").entries]
    assert codes == [None, "https://github.com/KaimingHe/deep-residual-networks"]


def test_a_dspace_item_is_a_paper_page():
    """joseffyu/agentic-security-related-work: `[Zdancewic and Myers, "Robust
    Declassification"](https://repository.upenn.edu/items/<uuid>)`: a DSpace 7 item is the
    paper's page."""
    uuid = "01141c09-fc7e-407b-9bf5-12bd70fc48c2"
    text = f'- [Zdancewic and Myers, "Robust Declassification"](https://repository.upenn.edu/items/{uuid})\n'
    assert [t for _, t, _ in _read(text)] == ["Robust Declassification"]


def test_review_975_a_title_first_citation_with_a_doi_is_read_as_before():
    """Review 975: `[Highly accurate protein structure prediction with AlphaFold. Jumper J, …,
    et al. Nature. 2021;596:583-589. doi:…](pubmed)`, `[Artificial intelligence in the ICU. A
    narrative review. Crit Care. 2020;…doi:…]`: no NLM byline opens them; neither the authors
    nor a subtitle becomes the title."""
    text = (
        "- [Highly accurate protein structure prediction with AlphaFold. Jumper J, Evans R, et al. Nature. 2021;596:583-589. doi:10.1038/s41586-021-03819-2](https://pubmed.ncbi.nlm.nih.gov/34265844/)\n"
        "- [Artificial intelligence in the ICU. A narrative review. Crit Care. 2020;24:1-10. doi: 10.1186/s13054-020-1234-5](https://pubmed.ncbi.nlm.nih.gov/1/)\n"
    )  # fmt: skip
    titles = [t or "" for _, t, _ in _read(text)]
    assert titles[0].startswith("Highly accurate protein structure prediction with AlphaFold")
    assert titles[1].startswith("Artificial intelligence in the ICU")


def test_review_975_a_keynote_page_on_researchr_is_no_paper():
    """Review 975: `[Keynote: The Future of Programming](conf.researchr.org/details/icse-2024/
    icse-2024-keynotes/1/…)`: only a research track's page is a paper's."""
    text = (
        "- [Keynote: The Future of Programming](https://conf.researchr.org/details/icse-2024/icse-2024-keynotes/1/Keynote)\n"
        "- [Fuzz4All: Universal Fuzzing with Large Language Models](https://conf.researchr.org/details/icse-2024/icse-2024-research-track/12/Fuzz4All)\n"
    )  # fmt: skip
    assert [t for _, t, _ in _read(text)] == [
        "Fuzz4All: Universal Fuzzing with Large Language Models"
    ]


def test_review_976_any_researchr_paper_track_and_any_dspace_item_is_a_paper_page():
    """Review 976: POPL's `…-popl` and OOPSLA's `…-oopsla` tracks, a NIER track, a track page
    with no trailing slash, and DSpace items on `smartech.gatech.edu` or
    `jscholarship.library.jhu.edu` are papers' pages; a keynote's is not."""
    uuid = "0b1c2d3e-1111-2222-3333-444455556666"
    text = (
        "- [Efficient Typing for Higher-Order Programs](https://conf.researchr.org/details/POPL-2024/POPL-2024-popl/12/Efficient)\n"
        "- [Gradual Verification of Recursive Heap Structures](https://conf.researchr.org/details/splash-2022/splash-2022-oopsla/46/Gradual)\n"
        "- [Large Language Models for Test Generation](https://conf.researchr.org/details/icse-2024/icse-2024-research-track/82)\n"
        f"- [Learning Robust Controllers for Legged Robots](https://smartech.gatech.edu/items/{uuid})\n"
        f"- [A Study of Sparse Attention in Long Documents](https://jscholarship.library.jhu.edu/items/{uuid})\n"
        "- [Keynote: The Future of Programming](https://conf.researchr.org/details/icse-2024/icse-2024-keynotes/1/Keynote)\n"
    )  # fmt: skip
    assert len(_read(text)) == 5


def test_review_976_a_name_column_titles_its_row_beside_a_category():
    """Review 976: `| Name | Category | Paper | Code |` with `BLIP | Vision-Language
    Pretraining Models | [arXiv](…)`: the name is the title, the category a description."""
    text = (
        "| Name | Category | Paper | Code |\n|---|---|---|---|\n"
        "| BLIP | Vision-Language Pretraining Models | [arXiv](https://arxiv.org/abs/2201.12086) | [code](https://github.com/salesforce/BLIP) |\n"
    )  # fmt: skip
    assert [t for _, t, _ in _read(text)] == ["BLIP"]


def test_review_976_nlm_bylines_with_suffixes_groups_ellipses_or_hyphenated_initials():
    """Review 976: `Smith JA Jr, Doe J.`, `RECOVERY Collaborative Group; Horby P, …, et al.`,
    `Jumper J, Evans R, Pritzel A, … Hassabis D.`, `Lee S-H, Kim J-Y.` open NLM citations."""
    cite = "Title Of The Study In Adults. N Engl J Med. 2019 Mar;380(10):900-910. doi: 10.1056/NEJMoa1234. PMID: 30123456."  # fmt: skip
    bylines = [
        "Smith JA Jr, Doe J.",
        "RECOVERY Collaborative Group; Horby P, Lim WS, et al.",
        "Jumper J, Evans R, Pritzel A, … Hassabis D.",
        "Lee S-H, Kim J-Y.",
    ]
    text = "".join(f"- [{b} {cite}](https://pubmed.ncbi.nlm.nih.gov/3000000{i}/)\n" for i, b in enumerate(bylines))  # fmt: skip
    assert _read(text) == [(i + 1, "Title Of The Study In Adults", 2019) for i in range(4)]


def test_review_976_a_link_labelled_code_to_a_title_named_file_stays_code():
    """Review 976: `[[code]](…/blob/main/Masked-Autoencoders-Are-Scalable-Vision-Learners.md)`:
    the list says it is code; only the title's own link to such a file is a note."""
    md = "https://github.com/facebookresearch/mae/blob/main/Masked-Autoencoders-Are-Scalable-Vision-Learners.md"  # fmt: skip
    text = f"- Masked Autoencoders Are Scalable Vision Learners (2021) [[paper]](https://arxiv.org/abs/2111.06377) [[code]]({md})\n"  # fmt: skip
    assert [e.code.url if e.code else None for e in parse_text(text, "l.md").entries] == [md]
