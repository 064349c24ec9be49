"""The rules: entries + what the sources said -> findings. Pure, no I/O.

Each finding points at the line of the field at fault (paper link for paper rules,
code link for code rules, the year's line for the year, the title for entry rules),
says what is wrong, shows the evidence (``expected``/``actual``) and the fix.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import date

from pipeline import titles
from pipeline.checks.arxiv import _arxiv_rules
from pipeline.checks.available import code_available, official_code_wanted
from pipeline.checks.code import _code_rules
from pipeline.checks.context import (
    CheckContext,
    Conventions,
    _Emitter,
    _short,
    learn_conventions,
    paper_ref,
    text_ref,
    venue_years,
)
from pipeline.checks.entry import _link_text_mismatch, _malformed, _missing_fields, _placeholder
from pipeline.checks.search import Proposal, needs_title_search, propose, retitle_candidates
from pipeline.checks.topic import topic_terms
from pipeline.checks.venues import venue_evidence, venue_key
from pipeline.model import DEFAULT_SEVERITY, Finding, PaperEntry, Rule, Severity, UnreadBlock
from pipeline.urls import canon_url, is_http_url, repo_of


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
    code_available(e, ref)
    _malformed(e)
    return e.findings


def unread_findings(unread: Iterable[UnreadBlock], ctx: CheckContext) -> list[Finding]:
    """``unread-entry`` (info): blocks that link a paper but were not read as entries."""
    out = []
    for u in unread:
        severity = ctx.severities.get(Rule.UNREAD_ENTRY, DEFAULT_SEVERITY[Rule.UNREAD_ENTRY])
        if severity is Severity.OFF:
            continue
        out.append(
            Finding(
                rule=Rule.UNREAD_ENTRY,
                severity=severity,
                path=u.path,
                line=u.line,
                entry_title="",
                field="entry",
                message=f"a paper link here was not read as an entry ({u.reason}): '{_short(u.text, 80)}'",
                actual=", ".join(u.urls) or None,
                suggestion="give the paper a title next to its link, or run 'paperlist parse' to see how the list is read",
            )
        )
    return out


def duplicate_findings(
    entries: Iterable[PaperEntry], ctx: CheckContext
) -> dict[int, list[Finding]]:
    """List-level findings (``duplicate-entry``, ``shared-code-link``) by entry index.

    A list's conventions are respected: the same paper listed in two sections is a
    cross-listing, not a duplicate; two entries with different arXiv IDs are never
    duplicates by title alone; a repository shared by a model family (``FlashAttention``
    and ``FlashAttention-2``) or by entries that are not neighbours is not a copy-paste.
    """
    out: dict[int, list[Finding]] = {}
    seen_id: dict[tuple[str, str | None, str], PaperEntry] = {}
    seen_title: dict[tuple[str, str | None, str], PaperEntry] = {}
    previous: PaperEntry | None = None
    entries = list(entries)
    uses = Counter(canon_url(e.code.url) for e in entries if e.code and is_http_url(e.code.url))
    for i, entry in enumerate(entries):
        e = _Emitter(entry, ctx)
        ref = paper_ref(entry, ctx.today)
        valid = ref is not None and ref.valid
        if valid:
            key = (entry.path, entry.section, ref.base_id)
            if key in seen_id:
                _duplicate_id(e, seen_id[key], ref.base_id)
            seen_id.setdefault(key, entry)
        title_key = titles.compact(entry.title) if entry.title else ""
        if title_key and len(titles.content_words(entry.title)) >= 3:
            key = (entry.path, entry.section, title_key)
            first = seen_title.get(key)
            first_ref = paper_ref(first, ctx.today) if first else None
            both_ids = valid and first_ref is not None and first_ref.valid
            if first is not None and not both_ids and not e.findings:
                e.add(
                    Rule.DUPLICATE_ENTRY,
                    entry.line,
                    "title",
                    f"has the same title as the entry at line {first.line}",
                    actual=entry.title,
                    suggestion="remove one of the two entries",
                )
            seen_title.setdefault(key, entry)
        code = canon_url(entry.code.url) if entry.code and is_http_url(entry.code.url) else ""
        if previous is not None and previous.path == entry.path and uses[code] < FRAMEWORK_USES:
            _shared_code(e, previous)
        previous = entry
        if e.findings:
            out[i] = e.findings
    return out


FRAMEWORK_USES = 3
"""A repository linked by this many entries is a shared framework (``pymarl`` for IQL,
VDN, QMIX...), a convention of the list rather than a copy-paste."""


def _duplicate_id(e: _Emitter, first: PaperEntry, base_id: str) -> None:
    e.add(
        Rule.DUPLICATE_ENTRY,
        e.entry.line,
        "paper",
        f"links the same arXiv paper ({base_id}) as the entry at line "
        f"{first.line} ('{_short(first.title, 60)}') in the same section",
        actual=base_id,
        suggestion="remove one of the two entries, or fix the link of the wrong one",
    )


def _shared_code(e: _Emitter, previous: PaperEntry) -> None:
    """``shared-code-link``: the neighbouring entry's code link, for another paper."""
    entry, ctx = e.entry, e.ctx
    url = entry.code.url if entry.code else None
    other = previous.code.url if previous.code else None
    if not (url and other and is_http_url(url)) or canon_url(url) != canon_url(other):
        return
    mine, theirs = paper_ref(entry, ctx.today), paper_ref(previous, ctx.today)
    if mine and theirs and mine.base_id == theirs.base_id:
        return
    if not mine and not theirs and titles.compact(entry.title) == titles.compact(previous.title):
        return
    if same_family(entry, previous, url):
        return
    e.add(
        Rule.SHARED_CODE_LINK,
        entry.code.line,
        "code",
        f"the same code link as the entry above it at line {previous.line} "
        f"('{_short(previous.title, 60)}'), which is a different paper",
        actual=url,
        suggestion="check which paper this code belongs to; link each entry's own code",
    )


def _stem(word: str) -> str:
    """A model name without its version (``FlashAttention-2`` -> ``flashattention``)."""
    return re.sub(r"[-_ ]?(v?\d+(\.\d+)*|\+\+|plus|pro|xl|large|base)$", "", word.lower())


def same_family(a: PaperEntry, b: PaperEntry, url: str) -> bool:
    """Two entries named after one model family, or both naming the repository."""

    def name(e: PaperEntry) -> str:
        return _stem((e.short_name or re.split(r"[:：\s]", e.title.strip(), maxsplit=1)[0]).strip())

    if name(a) and len(name(a)) >= 3 and name(a) == name(b):
        return True
    repo = repo_of(url)
    if repo:
        key = titles.compact(_stem(repo[1]))
        return len(key) >= 4 and all(
            key in titles.compact(f"{e.short_name or ''} {e.title}") for e in (a, b)
        )
    return False


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
    "Conventions",
    "Proposal",
    "check_entry",
    "duplicate_findings",
    "learn_conventions",
    "needs_title_search",
    "official_code_wanted",
    "paper_ref",
    "propose",
    "retitle_candidates",
    "text_ref",
    "topic_terms",
    "unread_findings",
    "venue_evidence",
    "venue_key",
    "venue_years",
    "wanted_arxiv_ids",
    "wanted_code_urls",
]
