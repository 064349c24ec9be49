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
        '| 29 | Declassification | [Zdancewic and Myers, "Robust Declassification"](https://repository.upenn.edu/items/01141c09-fc7e-407b-9bf5-12bd70fc48c2) | CSFW |\n'
        '| 19 | Runtime policy | [Wang et al., "AgentSpec: Customizable Runtime Enforcement for Safe and Reliable LLM Agents"](https://conf.researchr.org/details/icse-2026/icse-2026-research-track/29/AgentSpec) | ICSE 2026 |\n'
    )  # fmt: skip
    assert [t for _, t, _ in _read(text)] == [
        "A Decentralized Model for Information Flow Control",
        "JFlow: Practical Mostly-Static Information Flow Control",
        "Robust Declassification",
        "AgentSpec: Customizable Runtime Enforcement for Safe and Reliable LLM Agents",
    ]


def test_a_sentence_that_cites_a_journal_without_a_record_number_is_read_as_before():
    """Guard: `Deep learning. Nature. 2015;521:436` with no PMID or doi, and a title with a
    full stop inside (`Less is More. Parameter-Efficient …`), keep their readings."""
    rows = ["Less is More. Parameter-Efficient Tuning for Vision Models"]
    text = "".join(f"- [{r}](https://arxiv.org/abs/2301.0000{i})\n" for i, r in enumerate(rows, 1))
    assert [t for _, t, _ in _read(text)] == rows
