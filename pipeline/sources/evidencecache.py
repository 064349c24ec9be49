"""The evidence sources' answers kept between runs: official code and venues.

Like :class:`~pipeline.sources.cache.CachedMetadataSource` for arXiv: answers come from
the :class:`~pipeline.sources.cache.Store` first, only the rest is asked, and only
definite answers are stored (a repository or "none known" from Hugging Face; a venue or
"no venue" from a source that actually answered). A failure is never stored, so it is
never replayed. Rows read back are believed only in the shape written here (a poisoned
cache cannot put text of its choosing into a fix: repository URLs are checked again).
With ``inner=None`` (offline) only the cache answers.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

from pipeline.model import OfficialCode, VenueEvidence, to_dict
from pipeline.sources.cache import Store
from pipeline.sources.cacherows import Malformed, valid_rows
from pipeline.sources.huggingface import repository_url
from pipeline.sources.interface import CodeSource, VenueSource
from pipeline.urls import is_clean_web_url

log = logging.getLogger(__name__)
NO_VENUE = {"venue": None}
"""What is stored for a paper a venue source answered for without naming a venue."""


def code_from(key: str, d: Any) -> OfficialCode:
    """A stored official-code answer for arXiv ID ``key``; ``Malformed`` otherwise."""
    if not isinstance(d, dict) or d.get("arxiv_id") != key:
        raise Malformed
    repo, project = d.get("repo_url"), d.get("project_url")
    if repo is not None and repository_url(repo) != repo:
        raise Malformed
    if project is not None and not is_clean_web_url(project):
        raise Malformed
    source, indexed = d.get("source"), d.get("indexed")
    if not isinstance(source, str) or not isinstance(indexed, bool):
        raise Malformed
    return OfficialCode(key, repo, project, source, indexed)


def venue_from(_key: str, d: Any) -> VenueEvidence | None:
    """A stored venue (or ``None`` for "no venue"); ``Malformed`` otherwise."""
    if d == NO_VENUE:
        return None
    if not isinstance(d, dict) or set(d) != {"venue", "year", "source", "text"}:
        raise Malformed
    venue, year, source, text = d["venue"], d["year"], d["source"], d["text"]
    ok = (
        isinstance(venue, str)
        and 0 < len(venue) <= 40
        and (year is None or (isinstance(year, int) and not isinstance(year, bool)))
        and isinstance(source, str)
        and isinstance(text, str)
        and len(text) <= 1000
    )
    if not ok:
        raise Malformed
    return VenueEvidence(venue, year, source, text)


class CachedCodeSource(CodeSource):
    """Official-code answers from the store first; only definite answers are stored."""

    def __init__(self, inner: CodeSource | None, store: Store, namespace: str):
        self.inner = inner
        self.store = store
        self.namespace = namespace

    def official_code(self, ids: Iterable[str]) -> Mapping[str, OfficialCode]:
        """Cached answers plus fresh ones for the rest (none offline)."""
        ids = list(dict.fromkeys(ids))
        out: dict[str, OfficialCode] = valid_rows(
            code_from, self.store.get_many(self.namespace, ids)
        )
        rest = [i for i in ids if i not in out]
        if rest and self.inner is not None:
            fresh = {k: v for k, v in self.inner.official_code(rest).items() if k in rest}
            if fresh:
                self.store.put_many(self.namespace, {k: to_dict(v) for k, v in fresh.items()})
            out.update(fresh)
        return out


class CachedVenueSource(VenueSource):
    """Venue answers from the store first.

    ``by_title``: the answer depends on the title asked (DBLP searches by title), so
    the title is part of the key. An ID counts as answered without a venue only when
    ``inner`` says it answered (its ``answered`` set of arXiv IDs).
    """

    def __init__(
        self, inner: VenueSource | None, store: Store, namespace: str, *, by_title: bool = False
    ):
        self.inner = inner
        self.store = store
        self.namespace = namespace
        self.by_title = by_title

    def _key(self, ident: str, title: str) -> str:
        return f"{ident}|{' '.join(title.lower().split())}" if self.by_title else ident

    def venues(self, papers: Mapping[str, str]) -> Mapping[str, VenueEvidence]:
        """Cached evidence plus fresh evidence for the papers the store does not hold."""
        keys = {self._key(i, t): i for i, t in papers.items()}
        rows = valid_rows(venue_from, self.store.get_many(self.namespace, keys))
        known = {keys[k]: v for k, v in rows.items()}
        out = {i: v for i, v in known.items() if v is not None}
        rest = {i: t for i, t in papers.items() if i not in known}
        if not rest or self.inner is None:
            return out
        try:
            fresh = dict(self.inner.venues(rest))
        except Exception as exc:  # NOTE: an optional source's surprise is no evidence
            log.debug("venue source %s failed: %r", self.namespace, exc)
            return out
        answered = set(getattr(self.inner, "answered", ())) | set(fresh)
        store: dict[str, Any] = {}
        for ident in rest:
            if ident in fresh:
                store[self._key(ident, rest[ident])] = to_dict(fresh[ident])
            elif ident in answered:
                store[self._key(ident, rest[ident])] = NO_VENUE
        if store:
            self.store.put_many(self.namespace, store)
        out.update({i: v for i, v in fresh.items() if i in rest})
        return out
