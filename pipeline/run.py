"""The core: read lists, resolve through the sources, apply the rules, build the report.

Like pip-audit's ``Auditor``: sources are passed in (real ones from
:func:`pipeline.wiring.build_sources`, fakes in tests), so this module never decides where
the network is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from pipeline import __version__
from pipeline.checks import (
    CheckContext,
    check_entry,
    duplicate_findings,
    learn_conventions,
    needs_title_search,
    paper_ref,
    retitle_candidates,
    topic_terms,
    unread_findings,
    wanted_arxiv_ids,
    wanted_code_urls,
)
from pipeline.config import Settings
from pipeline.errors import ListFileError
from pipeline.files import MAX_LIST_BYTES, read_bounded
from pipeline.model import (
    ArxivMiss,
    ArxivRecord,
    EntryResult,
    LinkCheck,
    ListSummary,
    PaperEntry,
    ParsedList,
    Report,
    VenueEvidence,
)
from pipeline.officialcode import resolve_official_code
from pipeline.parse import parse_text
from pipeline.urls import repo_of
from pipeline.wiring import Sources, build_sources

__all__ = ["Sources", "build_sources", "read_list", "resolve", "run"]
"""``Sources`` and ``build_sources`` live in :mod:`pipeline.wiring`; importable from here too."""


def read_list(path: str | Path, text: str | None = None, fmt: str = "auto") -> ParsedList:
    """Read and parse one list file; every way it can be unreadable is a ListFileError."""
    p = Path(path)
    if text is None:
        if not p.exists():
            raise ListFileError(f"{p}: no such file; give the path of a Markdown paper list")
        if p.is_dir():
            raise ListFileError(f"{p}: is a directory; give the path of a Markdown file in it")
        raw = read_bounded(p, MAX_LIST_BYTES, ListFileError, "a Markdown paper list")
        if b"\x00" in raw[:8192]:
            raise ListFileError(f"{p}: is a binary file, not a Markdown list")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ListFileError(
                f"{p}: is not UTF-8 (bad byte at offset {exc.start}); re-save it as UTF-8"
            ) from None
    if not text.strip():
        raise ListFileError(f"{p}: is empty; a paper list needs at least one entry")
    return parse_text(text, str(path), fmt)


def resolve(
    sources: Sources, ids: list[str], urls: list[str], titles_by_id: Mapping[str, str] | None = None
) -> tuple[dict[str, ArxivRecord | ArxivMiss], dict[str, LinkCheck], dict[str, VenueEvidence]]:
    """Ask the services at once: each has its own limits, none waits for another.

    arXiv is one connection at a time by its rules; GitHub and plain links run their own
    bounded pools. Running them side by side makes the wall time the slowest service's.
    """
    gh_urls = [u for u in urls if repo_of(u) is not None]
    other = [u for u in urls if repo_of(u) is None]
    with ThreadPoolExecutor(max_workers=4) as pool:
        f_arxiv = pool.submit(sources.arxiv.resolve_all, ids) if sources.arxiv and ids else None
        f_gh = (
            pool.submit(sources.github.probe_all, gh_urls) if sources.github and gh_urls else None
        )
        f_http = pool.submit(sources.http.probe_all, other) if sources.http and other else None
        papers = {i: (titles_by_id or {}).get(i, "") for i in ids}
        f_ven = pool.submit(sources.venues.venues, papers) if sources.venues and ids else None
        records = dict(f_arxiv.result()) if f_arxiv else {}
        links: dict[str, LinkCheck] = {}
        for f in (f_gh, f_http):
            if f is not None:
                links.update(f.result())
        venues = dict(f_ven.result()) if f_ven else {}
    return records, links, venues


def run(
    lists: Sequence[ParsedList],
    settings: Settings,
    sources: Sources,
    *,
    mode: str = "full",
    selected: Callable[[PaperEntry], bool] | None = None,
    now: datetime | None = None,
) -> Report:
    """Check every entry of ``lists`` (or only those ``selected`` accepts) and report.

    ``selected`` is the PR mode's filter: only those entries are verified and reported;
    the others still count for duplicate detection.
    """
    now = now or datetime.now(UTC)
    all_entries = [e for parsed in lists for e in parsed.entries]
    chosen = [e for e in all_entries if selected is None or selected(e)]
    ctx = _check_context(lists, chosen, settings, sources, now.date())
    duplicates = duplicate_findings(all_entries, ctx)
    results = []
    chosen_ids = {id(e) for e in chosen}
    for index, entry in enumerate(all_entries):
        if id(entry) not in chosen_ids:
            continue
        findings = check_entry(entry, ctx) + duplicates.get(index, [])
        results.append(EntryResult(entry, tuple(findings)))
    return Report(
        tool_version=__version__,
        generated_at=now.strftime("%Y-%m-%dT%H:%M:%SZ"),
        mode=mode,
        lists=tuple(ListSummary(p.path, len(p.entries)) for p in lists),
        results=tuple(results),
        findings=tuple(
            f for p in lists for f in unread_findings(p.unread, ctx) if selected is None
        ),
    )


def _check_context(
    lists: Sequence[ParsedList],
    chosen: list[PaperEntry],
    settings: Settings,
    sources: Sources,
    today: date,
) -> CheckContext:
    """Ask the sources about the chosen entries; what they said, ready for the rules."""
    base_ctx = CheckContext(
        severities=settings.severities,
        check_links=settings.check_links,
        ignore_urls=settings.ignore_urls,
        today=today,
    )
    urls = wanted_code_urls(chosen, base_ctx) if settings.check_links else []
    titles_by_id: dict[str, str] = {}
    for e in chosen:
        ref = paper_ref(e, today)
        if ref is not None and ref.valid and e.title:
            titles_by_id.setdefault(ref.base_id, e.title)
    records, links, venues = resolve(sources, wanted_arxiv_ids(chosen, today), urls, titles_by_id)
    older, candidates = _retitles_and_searches(chosen, records, settings, sources, today)
    conventions = {p.path: learn_conventions(p.entries, _layout(p)) for p in lists}
    official, repo_checks = resolve_official_code(
        sources.code, sources.github, chosen, conventions, today, links
    )
    links.update(repo_checks)
    offline_reason = "offline run (--offline)" if settings.offline else None
    return replace(
        base_ctx,
        records=records,
        links=links,
        arxiv_skipped=offline_reason if sources.arxiv is None else None,
        links_skipped=offline_reason if settings.offline else None,
        candidates=candidates,
        older_titles=older,
        venues=venues,
        conventions=conventions,
        official_code=official,
        topics={
            p.path: topic_terms(
                settings.topic or " ".join(filter(None, [p.heading, p.description]))
            )
            for p in lists
        },
    )


def _retitles_and_searches(
    chosen: list[PaperEntry],
    records: Mapping[str, ArxivRecord | ArxivMiss],
    settings: Settings,
    sources: Sources,
    today: date,
) -> tuple[dict[str, tuple[tuple[int, str], ...]], dict[str, tuple[ArxivRecord, ...]]]:
    """Earlier versions' titles of retitled papers, then title searches for wrong links."""
    older: dict[str, tuple[tuple[int, str], ...]] = {}
    candidates: dict[str, tuple[ArxivRecord, ...]] = {}
    if sources.arxiv is None:
        return older, candidates
    latest = retitle_candidates(chosen, records, today)
    if latest:
        older = dict(sources.arxiv.older_titles(latest))
    if settings.title_search:
        wanted = [e.title for e in chosen if needs_title_search(e, records, today, older)]
        wanted = list(dict.fromkeys(wanted))[: settings.max_title_searches]
        if wanted:
            candidates = dict(sources.arxiv.search_titles(wanted))
    return older, candidates


def _layout(parsed: ParsedList) -> str:
    """The layout most of a list's entries are written in."""
    if parsed.format != "auto":
        return parsed.format
    counts: dict[str, int] = {}
    for e in parsed.entries:
        counts[e.layout or "bullets"] = counts.get(e.layout or "bullets", 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else "bullets"
