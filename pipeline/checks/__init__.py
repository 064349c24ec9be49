"""The rules: entries + what the sources said -> findings. Pure, no I/O.

Each finding points at the line of the field at fault (paper link for paper rules,
code link for code rules, the year's line for the year, the title for entry rules),
says what is wrong, shows the evidence (``expected``/``actual``) and the fix.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from pipeline import titles
from pipeline.checks.arxiv import _arxiv_rules
from pipeline.checks.code import _code_rules
from pipeline.checks.context import CheckContext, _Emitter, _short, paper_ref, text_ref, venue_years
from pipeline.checks.entry import _link_text_mismatch, _missing_fields, _placeholder
from pipeline.checks.search import Proposal, needs_title_search, propose, retitle_candidates
from pipeline.checks.topic import topic_terms
from pipeline.checks.venues import venue_evidence, venue_key
from pipeline.model import Finding, PaperEntry, Rule
from pipeline.urls import canon_url, is_http_url


def check_entry(entry: PaperEntry, ctx: CheckContext) -> list[Finding]:
    """Every per-entry rule, in field order."""
    e = _Emitter(entry, ctx)
    ref = paper_ref(entry, ctx.today)
    _missing_fields(e, ref)
    _placeholder(e, entry.paper, "paper")
    _link_text_mismatch(e, entry.paper, "paper")
    _arxiv_rules(e, ref)
    _placeholder(e, entry.code, "code")
    _link_text_mismatch(e, entry.code, "code")
    _code_rules(e)
    return e.findings


def duplicate_findings(
    entries: Iterable[PaperEntry], ctx: CheckContext
) -> dict[int, list[Finding]]:
    """List-level findings (``duplicate-entry``, ``shared-code-link``) by entry index."""
    out: dict[int, list[Finding]] = {}
    seen_id: dict[tuple[str, str], tuple[int, PaperEntry]] = {}
    seen_title: dict[tuple[str, str], tuple[int, PaperEntry]] = {}
    seen_code: dict[tuple[str, str], tuple[PaperEntry, str]] = {}
    for i, entry in enumerate(entries):
        e = _Emitter(entry, ctx)
        ref = paper_ref(entry, ctx.today)
        if ref is not None and ref.valid:
            key = (entry.path, ref.base_id)
            if key in seen_id:
                _, first = seen_id[key]
                e.add(
                    Rule.DUPLICATE_ENTRY,
                    entry.line,
                    "paper",
                    f"links the same arXiv paper ({ref.base_id}) as the entry at line "
                    f"{first.line} ('{_short(first.title, 60)}')",
                    actual=ref.base_id,
                    suggestion="remove one of the two entries, or fix the link of the wrong one",
                )
            else:
                seen_id[key] = (i, entry)
        title_key = titles.compact(entry.title) if entry.title else ""
        if title_key:
            key = (entry.path, title_key)
            if key in seen_title and not any(f.rule is Rule.DUPLICATE_ENTRY for f in e.findings):
                _, first = seen_title[key]
                e.add(
                    Rule.DUPLICATE_ENTRY,
                    entry.line,
                    "title",
                    f"has the same title as the entry at line {first.line}",
                    actual=entry.title,
                    suggestion="remove one of the two entries",
                )
            seen_title.setdefault(key, (i, entry))
        url = entry.code.url if entry.code else None
        if url and is_http_url(url):
            code_key = (entry.path, canon_url(url))
            mine = f"arxiv:{ref.base_id}" if ref is not None and ref.valid else f"title:{title_key}"
            if code_key in seen_code and seen_code[code_key][1] != mine:
                first = seen_code[code_key][0]
                e.add(
                    Rule.SHARED_CODE_LINK,
                    entry.code.line,
                    "code",
                    f"the same code link as the entry at line {first.line} "
                    f"('{_short(first.title, 60)}'), which is a different paper",
                    actual=url,
                    suggestion="check which paper this code belongs to; link each entry's own code",
                )
            seen_code.setdefault(code_key, (entry, mine))
        if e.findings:
            out[i] = e.findings
    return out


def wanted_arxiv_ids(entries: Iterable[PaperEntry], today: date | None = None) -> list[str]:
    """Base IDs to resolve: every link target, and every ID a paper link's text names."""
    ids: list[str] = []
    for entry in entries:
        for ref in (paper_ref(entry, today), text_ref(entry.paper, today) if entry.paper else None):
            if ref is not None and ref.valid:
                ids.append(ref.base_id)
    return list(dict.fromkeys(ids))


def wanted_code_urls(entries: Iterable[PaperEntry], ctx: CheckContext) -> list[str]:
    """Code URLs to probe (http/https, not ignored), each once."""
    urls = []
    for entry in entries:
        link = entry.code
        url = link.url if link else None
        if url and is_http_url(url) and not any(p.search(url) for p in ctx.ignore_urls):
            urls.append(url)
    return list(dict.fromkeys(urls))


__all__ = [
    "CheckContext",
    "Proposal",
    "check_entry",
    "duplicate_findings",
    "needs_title_search",
    "paper_ref",
    "propose",
    "retitle_candidates",
    "text_ref",
    "topic_terms",
    "venue_evidence",
    "venue_key",
    "venue_years",
    "wanted_arxiv_ids",
    "wanted_code_urls",
]
