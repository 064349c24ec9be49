"""The wiring: the real sources of a run, built from the settings, behind the cache.

Which services exist, where they are, what credentials they get and how their answers are
cached is decided here, once; :mod:`pipeline.run` (the core) only uses the
:class:`Sources` it is given, so tests hand it fakes.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from pipeline.config import Settings
from pipeline.errors import CacheError
from pipeline.sources.interface import (
    CodeSource,
    LinkProber,
    MetadataSource,
    ProgressFn,
    VenueSource,
    no_progress,
)


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
    retry = None if settings.offline else _retry_policy(settings, sleep)
    live = _network_sources(settings, retry, progress, sleep) if retry else Sources()
    if not settings.use_cache:
        venues = build_venue_sources(settings, retry) if retry else None
        return replace(live, venues=venues)
    return _cached(settings, live, retry)


def _retry_policy(settings: Settings, sleep: Callable[[float], None]):  # -> RetryPolicy
    from pipeline.sources.net import RetryPolicy

    return RetryPolicy(
        max_retries=settings.max_retries,
        max_retry_after=settings.max_retry_after,
        budget=settings.retry_budget,
        base=settings.backoff,
        sleep=sleep,
    )


def _network_sources(
    settings: Settings, retry, progress: ProgressFn, sleep: Callable[[float], None]
) -> Sources:
    """arXiv, the code-link probers (when links are checked) and the code source."""
    from pipeline.sources.arxiv import ArxivSource
    from pipeline.sources.github import GitHubProber
    from pipeline.sources.http import HttpLinkProber

    arxiv = ArxivSource(
        settings.arxiv_api_url,
        timeout=settings.arxiv_timeout,
        delay_s=settings.arxiv_delay,
        batch_size=settings.arxiv_batch_size,
        retry=retry,
        progress=progress,
        sleep=sleep,
    )
    github = http = None
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
    return Sources(arxiv, github, http, None, build_code_source(settings, retry, progress))


def _cached(settings: Settings, live: Sources, retry) -> Sources:
    """``live`` (or nothing, offline) behind the cache, one namespace per endpoint and route."""
    from pipeline.sources.cache import CachedMetadataSource, CachedProber
    from pipeline.sources.evidencecache import CachedCodeSource
    from pipeline.sources.github import token_reaches

    store = open_store(settings)
    route = network_route()
    venues = build_venue_sources(settings, retry, store, route)
    code = live.code
    if settings.huggingface:
        code = CachedCodeSource(code, store, f"hf|{settings.huggingface_url}|{route}")
    arxiv = CachedMetadataSource(live.arxiv, store, f"arxiv|{settings.arxiv_api_url}|{route}")
    github, http = live.github, live.http
    if settings.check_links:
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
    """A fingerprint of the proxy settings: another route can give another answer.

    Read from the process environment because that is where the HTTP stack
    (:mod:`pipeline.sources.transport`) takes its proxies from.
    """
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
