"""The core: read lists, resolve through the sources, apply the rules, build the report.

Like pip-audit's ``Auditor``: sources are passed in (real ones from :func:`build_sources`,
fakes in tests), so this module never decides where the network is.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
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
from pipeline.errors import CacheError, ListFileError
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
from pipeline.sources.interface import (
    CodeSource,
    LinkProber,
    MetadataSource,
    ProgressFn,
    VenueSource,
    no_progress,
)
from pipeline.urls import repo_of


@dataclass(frozen=True)
class Sources:
    """The network seams of a run; ``None`` means "not asked" (offline)."""

    arxiv: MetadataSource | None = None
    github: LinkProber | None = None
    http: LinkProber | None = None
    venues: VenueSource | None = None
    code: CodeSource | None = None
    """Official code for entries without a code link (Hugging Face Papers)."""


def build_sources(
    settings: Settings,
    progress: ProgressFn = no_progress,
    *,
    sleep: Callable[[float], None] = time.sleep,
) -> Sources:
    """The real sources, configured from ``settings`` (no request is sent here).

    ``sleep`` is what retry back-off and arXiv pacing wait with; tests pass a
    recording one so that no run waits for real.

    Offline, no network source exists; with the cache on, the cached wrappers answer
    what they hold and mark the rest unverified.
    """
    from pipeline.sources.arxiv import ArxivSource
    from pipeline.sources.github import GitHubProber
    from pipeline.sources.http import HttpLinkProber
    from pipeline.sources.net import RetryPolicy

    arxiv: MetadataSource | None = None
    github: LinkProber | None = None
    http: LinkProber | None = None
    if not settings.offline:
        retry = RetryPolicy(
            max_retries=settings.max_retries,
            max_retry_after=settings.max_retry_after,
            budget=settings.retry_budget,
            base=settings.backoff,
            sleep=sleep,
        )
        arxiv = ArxivSource(
            settings.arxiv_api_url,
            timeout=settings.arxiv_timeout,
            delay_s=settings.arxiv_delay,
            batch_size=settings.arxiv_batch_size,
            retry=retry,
            progress=progress,
            sleep=sleep,
        )
        if settings.check_links:
            github = GitHubProber(
                settings.github_api_url,
                token=settings.github_token,
                timeout=settings.link_timeout,
                retry=retry,
                concurrency=settings.github_concurrency,
                graphql_url=settings.github_graphql_url,
                progress=progress,
                token_urls=settings.credential_urls.get("GITHUB_TOKEN", ()),
            )
            http = HttpLinkProber(
                timeout=settings.link_timeout,
                retry=retry,
                allow_private_hosts=settings.allow_private_hosts,
                concurrency=settings.link_concurrency,
                per_host=settings.per_host_concurrency,
                progress=progress,
            )
    venues: VenueSource | None = None
    code: CodeSource | None = None
    if not settings.offline:
        code = build_code_source(settings, retry, progress)
    if not settings.use_cache:
        if not settings.offline:
            venues = build_venue_sources(settings, retry)
        return Sources(arxiv, github, http, venues, code)
    from pipeline.sources.cache import CachedMetadataSource, CachedProber
    from pipeline.sources.evidencecache import CachedCodeSource

    store = open_store(settings)
    route = network_route()
    venues = build_venue_sources(settings, None if settings.offline else retry, store, route)
    if settings.huggingface:
        code = CachedCodeSource(code, store, f"hf|{settings.huggingface_url}|{route}")
    arxiv = CachedMetadataSource(arxiv, store, f"arxiv|{settings.arxiv_api_url}|{route}")
    if settings.check_links:
        from pipeline.sources.github import token_reaches

        sent = token_reaches(
            settings.github_api_url,
            settings.github_token,
            settings.credential_urls.get("GITHUB_TOKEN", ()),
        )
        auth = "token" if sent else "anonymous"
        github = CachedProber(github, store, f"github|{settings.github_api_url}|{auth}|{route}")
        policy = "private-allowed" if settings.allow_private_hosts else "public-only"
        http = CachedProber(http, store, f"http|{policy}|{route}")
    return Sources(arxiv, github, http, venues, code)


def build_code_source(settings: Settings, retry, progress: ProgressFn) -> CodeSource | None:
    """Hugging Face Papers, unless switched off (``code.huggingface: false``)."""
    from pipeline.sources.huggingface import HuggingFaceSource

    if not settings.huggingface:
        return None
    return HuggingFaceSource(
        settings.huggingface_url, timeout=settings.link_timeout, retry=retry, progress=progress
    )


def build_venue_sources(
    settings: Settings, retry, store=None, route: str = ""
) -> VenueSource | None:
    """The venue sources that are switched on (Semantic Scholar, then DBLP), each cached.

    ``retry=None`` is the offline mode: only the cache answers (``store`` is needed).
    """
    from pipeline.sources.dblp import DblpSource
    from pipeline.sources.evidencecache import CachedVenueSource
    from pipeline.sources.semanticscholar import SemanticScholarSource
    from pipeline.sources.venuechain import VenueChain

    chosen: list[VenueSource] = []
    if settings.semantic_scholar:
        s2 = (
            SemanticScholarSource(
                settings.semantic_scholar_url,
                api_key=settings.semantic_scholar_key,
                retry=retry,
                key_urls=settings.credential_urls.get("SEMANTIC_SCHOLAR_API_KEY", ()),
            )
            if retry
            else None
        )
        ns = f"s2|{settings.semantic_scholar_url}|{route}"
        chosen.append(CachedVenueSource(s2, store, ns) if store else s2)
    if settings.dblp:
        dblp = (
            DblpSource(settings.dblp_url, retry=retry, delay_s=settings.dblp_delay)
            if retry
            else None
        )
        ns = f"dblp|{settings.dblp_url}|{route}"
        chosen.append(CachedVenueSource(dblp, store, ns, by_title=True) if store else dblp)
    chosen = [c for c in chosen if c is not None]
    return VenueChain(tuple(chosen)) if chosen else None


def network_route() -> str:
    """A fingerprint of the proxy settings: another route can give another answer."""
    import hashlib
    import os

    names = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")
    values = [f"{n}={os.environ.get(n) or os.environ.get(n.lower()) or ''}" for n in names]
    return "route-" + hashlib.sha256("|".join(values).encode()).hexdigest()[:12]


def open_store(settings: Settings):  # -> pipeline.sources.cache.Store
    """The cache store in ``PAPERLIST_CACHE_DIR`` (default: the user cache folder)."""
    import sqlite3

    import platformdirs

    from pipeline.sources.cache import Store

    directory = settings.cache_dir or platformdirs.user_cache_dir("paperlist")
    try:
        return Store(directory, max_age_s=settings.cache_max_age_hours * 3600)
    except (OSError, sqlite3.Error) as exc:
        raise CacheError(
            f"cache folder {directory} cannot be used ({exc}); set PAPERLIST_CACHE_DIR "
            "to a writable folder or pass --no-cache"
        ) from None


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
    base_ctx = CheckContext(
        severities=settings.severities,
        check_links=settings.check_links,
        ignore_urls=settings.ignore_urls,
        today=now.date(),
    )
    urls = wanted_code_urls(chosen, base_ctx) if settings.check_links else []
    titles_by_id = {}
    for e in chosen:
        ref = paper_ref(e, now.date())
        if ref is not None and ref.valid and e.title:
            titles_by_id.setdefault(ref.base_id, e.title)
    records, links, venues = resolve(
        sources, wanted_arxiv_ids(chosen, now.date()), urls, titles_by_id
    )
    older: dict[str, tuple[tuple[int, str], ...]] = {}
    if sources.arxiv is not None:
        latest = retitle_candidates(chosen, records, now.date())
        if latest:
            older = dict(sources.arxiv.older_titles(latest))
    candidates: dict[str, tuple[ArxivRecord, ...]] = {}
    if sources.arxiv is not None and settings.title_search:
        wanted = [e.title for e in chosen if needs_title_search(e, records, now.date(), older)]
        wanted = list(dict.fromkeys(wanted))[: settings.max_title_searches]
        if wanted:
            candidates = dict(sources.arxiv.search_titles(wanted))
    conventions = {p.path: learn_conventions(p.entries, _layout(p)) for p in lists}
    official, repo_checks = resolve_official_code(
        sources.code, sources.github, chosen, conventions, now.date(), links
    )
    links.update(repo_checks)
    offline_reason = "offline run (--offline)" if settings.offline else None
    ctx = CheckContext(
        records=records,
        links=links,
        severities=settings.severities,
        arxiv_skipped=offline_reason if sources.arxiv is None else None,
        links_skipped=offline_reason if settings.offline else None,
        check_links=settings.check_links,
        ignore_urls=settings.ignore_urls,
        today=now.date(),
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


def _layout(parsed: ParsedList) -> str:
    """The layout most of a list's entries are written in."""
    if parsed.format != "auto":
        return parsed.format
    counts: dict[str, int] = {}
    for e in parsed.entries:
        counts[e.layout or "bullets"] = counts.get(e.layout or "bullets", 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else "bullets"
