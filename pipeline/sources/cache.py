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

import contextlib
import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Mapping
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
from pipeline.sources.cacherows import (
    DEFINITE_LINK_STATUSES,
    link_from,
    record_from,
    search_from,
    valid_rows,
    versions_from,
)
from pipeline.sources.interface import LinkProber, MetadataSource

FUTURE_SKEW_S = 300.0
"""Rows stamped later than now plus this are not trusted (a poisoned or mis-clocked cache)."""

log = logging.getLogger(__name__)


class Store:
    """A small key-value store with an age limit, shared by the cached sources.

    The cache is disposable: whatever goes wrong with it (a corrupt or foreign file, a
    locked database, a read-only folder, a full disk) is one warning, after which the
    run goes on without it (or without writing to it). A file that is not a database
    is set aside as ``*.corrupt`` and a new cache is started.
    """

    FILE_NAME = "paperlist-cache.sqlite3"

    def __init__(
        self,
        directory: str | Path,
        max_age_s: float,
        clock: Callable[[], float] = time.time,
        *,
        lock_timeout: float = 5.0,
        factory: type[sqlite3.Connection] = sqlite3.Connection,
    ):
        self.path = Path(directory) / self.FILE_NAME
        self.max_age_s = max_age_s
        self._clock = clock
        self._lock_timeout = lock_timeout
        self._factory = factory
        # arXiv, GitHub and plain links are resolved in parallel threads and share
        # this connection: every use holds the lock.
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._writable = True
        try:
            self._db = self._open()
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) or not self.path.is_file():
                self._give_up("cannot be opened", exc)
            else:
                self._start_afresh(exc)
        except (sqlite3.Error, OSError) as exc:
            self._give_up("cannot be opened", exc)

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(
            self.path,
            timeout=self._lock_timeout,
            check_same_thread=False,
            factory=self._factory,
        )
        try:
            db.execute(
                "CREATE TABLE IF NOT EXISTS results (namespace TEXT, key TEXT, value TEXT, "
                "stored REAL, PRIMARY KEY (namespace, key))"
            )
            db.commit()
        except BaseException:
            db.close()
            raise
        return db

    def _start_afresh(self, exc: Exception) -> None:
        """Set a file that is not a database aside and start a new cache."""
        aside = self.path.with_name(self.path.name + ".corrupt")
        try:
            os.replace(self.path, aside)
            self._db = self._open()
        except (sqlite3.Error, OSError) as again:
            self._give_up(f"is not a usable database ({_why(exc)}) and cannot be replaced", again)
            return
        log.warning(
            "cache %s was not a usable database (%s); moved it to %s and started a new cache",
            self.path,
            _why(exc),
            aside.name,
        )

    def _give_up(self, what: str, exc: BaseException) -> None:
        """Warn once and go on without the cache."""
        log.warning(
            "cache %s %s (%s); this run goes on without the cache "
            "(set PAPERLIST_CACHE_DIR to a writable folder, or pass --no-cache)",
            self.path,
            what,
            _why(exc),
        )
        db, self._db = self._db, None
        if db is not None:
            with contextlib.suppress(sqlite3.Error):
                db.close()

    def get_many(self, namespace: str, keys: Iterable[str]) -> dict[str, Any]:
        """Fresh values for ``keys``: missing, expired, future-stamped and unreadable rows are left out."""
        now = self._clock()
        out: dict[str, Any] = {}
        keys = list(keys)
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            with self._lock:
                if self._db is None:
                    return out
                try:
                    rows = self._db.execute(
                        "SELECT key, value FROM results WHERE namespace = ? "
                        "AND typeof(stored) IN ('real', 'integer') AND stored BETWEEN ? AND ? "
                        f"AND key IN ({marks})",
                        (namespace, now - self.max_age_s, now + FUTURE_SKEW_S, *chunk),
                    ).fetchall()
                except (sqlite3.Error, OSError) as exc:
                    self._give_up("cannot be read", exc)
                    return out
            out.update({k: v for k, v in map(_decoded, rows) if k is not None})
        return out

    def put_many(self, namespace: str, values: Mapping[str, Any]) -> None:
        """Store ``values`` now; after a failed write (full disk, read-only), only read."""
        now = self._clock()
        rows = [(namespace, k, json.dumps(v), now) for k, v in values.items()]
        with self._lock:
            if self._db is None or not self._writable:
                return
            try:
                self._db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?)", rows)
                self._db.commit()
            except (sqlite3.Error, OSError) as exc:
                self._writable = False
                with contextlib.suppress(sqlite3.Error):
                    self._db.rollback()
                log.warning(
                    "cache %s cannot be written (%s); this run goes on without saving to it",
                    self.path,
                    _why(exc),
                )

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None


def _why(exc: BaseException) -> str:
    return str(exc) or exc.__class__.__name__


def _decoded(row: tuple[Any, Any]) -> tuple[str | None, Any]:
    """``(key, value)`` of a row, or ``(None, None)`` when it is not what we wrote."""
    key, value = row
    if not isinstance(key, str) or not isinstance(value, str):
        return None, None
    try:
        return key, json.loads(value)
    except (ValueError, RecursionError):
        return None, None


class CachedMetadataSource(MetadataSource):
    """Answers from the store first; asks ``inner`` (if any) only for the rest.

    ``inner=None`` is the offline mode: what the store does not hold is unverified.
    """

    def __init__(self, inner: MetadataSource | None, store: Store, namespace: str):
        self.inner = inner
        self.store = store
        self.namespace = namespace

    def resolve_all(self, ids: Iterable[str]) -> Mapping[str, ArxivRecord | ArxivMiss]:
        """Cached answers plus fresh ones for the IDs the store does not hold."""
        ids = list(dict.fromkeys(ids))
        out = valid_rows(record_from, self.store.get_many(self.namespace, ids))
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
        if definite:
            self.store.put_many(self.namespace, definite)
        out.update(fresh)
        return out

    def search_titles(self, titles: Iterable[str]) -> Mapping[str, tuple[ArxivRecord, ...]]:
        """Cached searches plus fresh ones (none offline); results are kept per title."""
        titles = list(dict.fromkeys(titles))
        ns = self.namespace + "|title-search"
        out = valid_rows(search_from, self.store.get_many(ns, titles))
        rest = [t for t in titles if t not in out]
        if rest and self.inner is not None:
            fresh = self.inner.search_titles(rest)
            if fresh:
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
            keys[k]: v for k, v in valid_rows(versions_from, self.store.get_many(ns, keys)).items()
        }
        rest = {i: n for i, n in latest.items() if i not in out}
        if rest and self.inner is not None:
            fresh = self.inner.older_titles(rest)
            if fresh:
                self.store.put_many(
                    ns, {f"{i}v{rest[i]}": [list(x) for x in v] for i, v in fresh.items()}
                )
            out.update(fresh)
        return out


class CachedProber(LinkProber):
    """Link outcomes from the store first; only definite outcomes are stored."""

    def __init__(self, inner: LinkProber | None, store: Store, namespace: str):
        self.inner = inner
        self.store = store
        self.namespace = namespace

    def probe_all(self, urls: Iterable[str]) -> Mapping[str, LinkCheck]:
        """Cached outcomes plus fresh ones for the rest (unchecked when offline)."""
        urls = list(dict.fromkeys(urls))
        out: dict[str, LinkCheck] = valid_rows(link_from, self.store.get_many(self.namespace, urls))
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
        if definite:
            self.store.put_many(self.namespace, definite)
        out.update(fresh)
        return out
