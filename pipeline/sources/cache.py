"""Results kept between runs: arXiv records by ID, link outcomes by URL.

Why not requests-cache: arXiv answers come in batch responses whose URL holds the whole
``id_list``; adding one paper to a list shifts every batch boundary, so an HTTP-level
cache would miss nearly everything after any edit. What is worth keeping is the
*verdict* per ID or URL, after retries and after the confirmation query, so the store
is keyed by ID/URL and holds only definite answers (a record, a confirmed not-found, a
working/broken/moved link). Transient outcomes are never stored, so they are never
replayed. The namespace of every key holds what changes the answer (endpoint, whether a
token was used, the private-address policy), and entries expire after ``max_age``.

One SQLite file (stdlib ``sqlite3``) in ``PAPERLIST_CACHE_DIR``, which a workflow can
keep with actions/cache.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from pipeline.model import (
    ArxivMiss,
    ArxivRecord,
    LinkCheck,
    LinkStatus,
    MissReason,
    to_dict,
)
from pipeline.sources.interface import LinkProber, MetadataSource

DEFINITE_LINK_STATUSES = frozenset({LinkStatus.WORKING, LinkStatus.BROKEN, LinkStatus.REDIRECTED})


class Store:
    """A small key-value store with an age limit, shared by the cached sources."""

    def __init__(
        self, directory: str | Path, max_age_s: float, clock: Callable[[], float] = time.time
    ):
        self.path = Path(directory) / "paperlist-cache.sqlite3"
        self.max_age_s = max_age_s
        self._clock = clock
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # arXiv, GitHub and plain links are resolved in parallel threads and share
        # this connection: every use holds the lock.
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS results (namespace TEXT, key TEXT, value TEXT, "
            "stored REAL, PRIMARY KEY (namespace, key))"
        )
        self._db.commit()

    def get_many(self, namespace: str, keys: Iterable[str]) -> dict[str, Any]:
        """Fresh values for ``keys`` (missing and expired ones are left out)."""
        oldest = self._clock() - self.max_age_s
        out: dict[str, Any] = {}
        keys = list(keys)
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            with self._lock:
                rows = self._db.execute(
                    f"SELECT key, value FROM results WHERE namespace = ? AND stored >= ? AND key IN ({marks})",
                    (namespace, oldest, *chunk),
                ).fetchall()
            out.update({k: json.loads(v) for k, v in rows})
        return out

    def put_many(self, namespace: str, values: Mapping[str, Any]) -> None:
        """Store ``values`` now."""
        now = self._clock()
        rows = [(namespace, k, json.dumps(v), now) for k, v in values.items()]
        with self._lock:
            self._db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?)", rows)
            self._db.commit()

    def close(self) -> None:
        """Close the database."""
        self._db.close()


def _record_from(d: dict[str, Any]) -> ArxivRecord | ArxivMiss:
    if "reason" in d:
        return ArxivMiss(d["arxiv_id"], MissReason(d["reason"]), d["detail"])
    return ArxivRecord(
        arxiv_id=d["arxiv_id"],
        version=d["version"],
        title=d["title"],
        authors=tuple(d["authors"]),
        published=date.fromisoformat(d["published"]),
        updated=date.fromisoformat(d["updated"]) if d.get("updated") else None,
        comment=d.get("comment"),
        journal_ref=d.get("journal_ref"),
        categories=tuple(d.get("categories", ())),
        summary=d.get("summary", ""),
    )


class CachedMetadataSource(MetadataSource):
    """Answers from the store first; asks ``inner`` (if any) only for the rest.

    ``inner=None`` is the offline mode: what the store does not hold is unverified.
    """

    def __init__(
        self, inner: MetadataSource | None, store: Store, namespace: str, *, write: bool = True
    ):
        self.inner = inner
        self.store = store
        self.namespace = namespace
        self.write = write
        self.hits = 0

    def resolve_all(self, ids: Iterable[str]) -> Mapping[str, ArxivRecord | ArxivMiss]:
        """Cached answers plus fresh ones for the IDs the store does not hold."""
        ids = list(dict.fromkeys(ids))
        out = {k: _record_from(v) for k, v in self.store.get_many(self.namespace, ids).items()}
        self.hits += len(out)
        rest = [i for i in ids if i not in out]
        if not rest:
            return out
        if self.inner is None:
            reason = "offline run (--offline) and not in the cache"
            out.update({i: ArxivMiss(i, MissReason.UNVERIFIED, reason) for i in rest})
            return out
        fresh = self.inner.resolve_all(rest)
        definite = {
            k: to_dict(v)
            for k, v in fresh.items()
            if isinstance(v, ArxivRecord) or v.reason is MissReason.NOT_FOUND
        }
        if self.write and definite:
            self.store.put_many(self.namespace, definite)
        out.update(fresh)
        return out

    def search_titles(self, titles: Iterable[str]) -> Mapping[str, tuple[ArxivRecord, ...]]:
        """Cached searches plus fresh ones (none offline); results are kept per title."""
        titles = list(dict.fromkeys(titles))
        ns = self.namespace + "|title-search"
        out = {
            t: tuple(r for r in map(_record_from, v) if isinstance(r, ArxivRecord))
            for t, v in self.store.get_many(ns, titles).items()
        }
        rest = [t for t in titles if t not in out]
        if rest and self.inner is not None:
            fresh = self.inner.search_titles(rest)
            if self.write and fresh:
                self.store.put_many(
                    ns, {t: [to_dict(r) for r in recs] for t, recs in fresh.items()}
                )
            out.update(fresh)
        return out

    def older_titles(self, latest: Mapping[str, int]) -> Mapping[str, tuple[tuple[int, str], ...]]:
        """Cached older-version titles (keyed by ID and latest version) plus fresh ones."""
        ns = self.namespace + "|older-versions"
        keys = {f"{i}v{n}": i for i, n in latest.items()}
        out = {
            keys[k]: tuple(tuple(x) for x in v) for k, v in self.store.get_many(ns, keys).items()
        }
        rest = {i: n for i, n in latest.items() if i not in out}
        if rest and self.inner is not None:
            fresh = self.inner.older_titles(rest)
            if self.write and fresh:
                self.store.put_many(
                    ns, {f"{i}v{rest[i]}": [list(x) for x in v] for i, v in fresh.items()}
                )
            out.update(fresh)
        return out


class CachedProber(LinkProber):
    """Link outcomes from the store first; only definite outcomes are stored."""

    def __init__(
        self, inner: LinkProber | None, store: Store, namespace: str, *, write: bool = True
    ):
        self.inner = inner
        self.store = store
        self.namespace = namespace
        self.write = write
        self.hits = 0

    def probe_all(self, urls: Iterable[str]) -> Mapping[str, LinkCheck]:
        """Cached outcomes plus fresh ones for the rest (unchecked when offline)."""
        urls = list(dict.fromkeys(urls))
        out: dict[str, LinkCheck] = {}
        for url, d in self.store.get_many(self.namespace, urls).items():
            out[url] = LinkCheck(**{**d, "status": LinkStatus(d["status"])})
        self.hits += len(out)
        rest = [u for u in urls if u not in out]
        if not rest:
            return out
        if self.inner is None:
            for u in rest:
                out[u] = LinkCheck(
                    u, LinkStatus.UNCHECKED, message="offline run (--offline) and not in the cache"
                )
            return out
        fresh = self.inner.probe_all(rest)
        definite = {u: to_dict(c) for u, c in fresh.items() if c.status in DEFINITE_LINK_STATUSES}
        if self.write and definite:
            self.store.put_many(self.namespace, definite)
        out.update(fresh)
        return out
