"""arXiv metadata through the ``arxiv`` 4.0.2 client, batched and polite.

- One ``arxiv.Client`` for the run, pointed at ``base_url`` via ``query_url_format``,
  with our :class:`PaperlistSession` (timeout, User-Agent) as its ``_session``.
- ``id_list`` batches of at most 100 IDs, ``max_results`` = batch size, so one request
  per batch; at least ``delay_s`` seconds between request starts, one at a time.
- The client's own retries are off (they ignore ``Retry-After``, retry 400 and not
  timeouts); tenacity retries 429/5xx/connection errors/timeouts instead.
- Results are matched back by base ID, never by order. IDs missing from an answer are
  asked again in a separate query before they are called not found, because arXiv
  sometimes answers with anomalously empty pages.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterable, Mapping

import arxiv
import requests

from pipeline.model import ArxivMiss, ArxivRecord, MissReason
from pipeline.sources.interface import MetadataSource, ProgressFn, no_progress
from pipeline.sources.net import (
    PaperlistSession,
    RetryPolicy,
    TransientError,
    describe,
    is_retryable,
    is_transient_status,
    parse_retry_after,
)
from pipeline.titles import normalize

log = logging.getLogger(__name__)

_TOTAL_RE = re.compile(rb"<opensearch:totalResults[^>]*>\s*(\d+)\s*<", re.IGNORECASE)
_VERSION_RE = re.compile(r"v(\d+)$")


CANARY_ID = "1706.03762"
"""A paper that will always exist ("Attention Is All You Need"), used to tell an
anomalously empty page from a real "no such ID" when no other paper resolved."""


class ArxivUnavailable(Exception):
    """A batch could not be answered (after retries); its IDs become unverified."""


def split_version(short_id: str) -> tuple[str, int]:
    """``2305.13301v4`` -> (``2305.13301``, 4)."""
    m = _VERSION_RE.search(short_id)
    if not m:
        return short_id, 1
    return short_id[: m.start()], int(m.group(1))


def to_record(result: arxiv.Result) -> ArxivRecord:
    """Convert an ``arxiv.Result`` to our frozen record."""
    base, version = split_version(result.get_short_id())
    if "/" in base:  # old style: drop a subject class, as the list side does
        archive, _, number = base.partition("/")
        base = f"{archive.split('.')[0].lower()}/{number}"
    return ArxivRecord(
        arxiv_id=base,
        version=version,
        title=" ".join(result.title.split()),
        authors=tuple(a.name for a in result.authors),
        published=result.published.date(),
        updated=result.updated.date() if result.updated else None,
        comment=result.comment or None,
        journal_ref=result.journal_ref or None,
        categories=tuple(result.categories),
        summary=" ".join((result.summary or "").split()),
    )


def answer_problem(asked: list[str], records: list[ArxivRecord]) -> str | None:
    """Why ``records`` is not an answer to an id_list query for ``asked``, or None.

    Every record must be one of the IDs asked (a versioned ID asked must come back in
    that version), and an ID may come twice only as the same record.
    """
    asked_set = set(asked)
    seen: dict[str, ArxivRecord] = {}
    for rec in records:
        versioned = f"{rec.arxiv_id}v{rec.version}"
        key = versioned if versioned in asked_set else rec.arxiv_id
        if key not in asked_set:
            return f"arXiv answered with a paper that was not asked for ({versioned})"
        if seen.setdefault(key, rec) != rec:
            return f"arXiv answered with {key} twice, with different records"
    return None


class ArxivSource(MetadataSource):
    """Resolves base arXiv IDs against the API at ``base_url``."""

    def __init__(
        self,
        base_url: str,
        *,
        session: PaperlistSession | None = None,
        timeout: float = 30.0,
        delay_s: float = 3.0,
        batch_size: int = 100,
        retry: RetryPolicy | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        progress: ProgressFn = no_progress,
    ):
        if not 1 <= batch_size <= 100:
            raise ValueError("batch_size must be between 1 and 100")
        self.base_url = base_url
        self.session = session or PaperlistSession(timeout=timeout)
        self.delay_s = delay_s
        self.batch_size = batch_size
        self.retry = retry or RetryPolicy()
        self._clock = clock
        self._sleep = sleep
        self._last_start: float | None = None
        self.requests_sent = 0
        self._down: str | None = None
        self.progress = progress
        self._planned = 0
        self._batches_done = 0
        self.client = arxiv.Client(page_size=batch_size, delay_seconds=0, num_retries=0)
        self.client.query_url_format = base_url + "?{}"
        self.client._session = self.session

    # -- one request -------------------------------------------------------------
    def _wait_turn(self) -> None:
        if self._last_start is not None:
            remaining = self.delay_s - (self._clock() - self._last_start)
            if remaining > 0:
                self._sleep(remaining)
        self._last_start = self._clock()

    def _fetch_once(
        self, search: arxiv.Search, page_size: int, complete: bool
    ) -> list[arxiv.Result]:
        """One request. ``complete``: every entry the feed announces must be readable
        (true for id_list batches; a title search announces all its matches)."""
        self._wait_turn()
        self.requests_sent += 1
        self.client.page_size = page_size
        try:
            results = list(self.client.results(search))
        except arxiv.HTTPError as exc:
            resp = self.session.last_response
            retry_after = (
                parse_retry_after(resp.headers.get("Retry-After")) if resp is not None else None
            )
            if is_transient_status(exc.status):
                raise TransientError(
                    f"arXiv API answered HTTP {exc.status}", retry_after, exc.status
                ) from None
            raise ArxivUnavailable(f"arXiv API rejected the query (HTTP {exc.status})") from None
        except arxiv.UnexpectedEmptyPageError:
            raise TransientError("arXiv API returned an unexpectedly empty page") from None
        resp = self.session.last_response
        total = _TOTAL_RE.search(resp.content) if resp is not None else None
        if total is None:
            raise TransientError("arXiv API returned something that is not an Atom feed")
        if not resp.content.rstrip().endswith(b"</feed>"):
            raise TransientError("arXiv API returned a truncated feed")
        if complete and int(total.group(1)) > len(results):
            raise TransientError(
                f"arXiv feed announced {int(total.group(1))} entries but {len(results)} "
                "could be read (truncated or malformed)"
            )
        return results

    def _fetch(
        self, search: arxiv.Search, page_size: int, complete: bool = True
    ) -> list[arxiv.Result]:
        """One request with retries; raises ArxivUnavailable when it cannot be answered."""
        if self._down:
            raise ArxivUnavailable(self._down)
        try:
            return self.retry.call(
                lambda: self._fetch_once(search, page_size, complete), is_retryable
            )
        except ArxivUnavailable:
            raise
        except (TransientError, requests.RequestException) as exc:
            reason = f"arXiv API unreachable: {describe(exc)}"
            if isinstance(exc, requests.ConnectionError):
                self._down = reason  # do not hammer a host we cannot reach at all
            raise ArxivUnavailable(reason) from None
        except Exception as exc:  # NOTE: a surprise in the client is data, not a crash
            log.debug("arXiv query failed", exc_info=True)
            raise ArxivUnavailable(f"arXiv query failed: {exc.__class__.__name__}") from None

    def _ask(
        self, ids: list[str], owned: list[str], out: dict[str, ArxivRecord | ArxivMiss]
    ) -> list[ArxivRecord] | None:
        """One id_list batch; on failure the ``owned`` IDs become unverified (None).

        A feed that is not an answer to the query (a paper not asked for, or one ID twice
        with different records) answers nothing: its IDs are unverified too.
        """
        self._planned = max(self._planned, self._batches_done + 1)
        try:
            results = self._fetch(arxiv.Search(id_list=ids, max_results=len(ids)), len(ids))
            records = [to_record(r) for r in results]
            problem = answer_problem(ids, records)
            if problem:
                raise ArxivUnavailable(problem)
        except ArxivUnavailable as exc:
            for ident in owned:
                out[ident] = ArxivMiss(ident, MissReason.UNVERIFIED, str(exc))
            return None
        finally:
            self._batches_done += 1
            self.progress("arXiv batches", self._batches_done, self._planned)
        return records

    # -- older versions ---------------------------------------------------------------
    def older_titles(self, latest: Mapping[str, int]) -> Mapping[str, tuple[tuple[int, str], ...]]:
        """Titles of versions 1..n-1, all IDs together in batches (``IDv1,IDv2,...``).

        An ID is in the answer only when every version asked for was read; an ID left out
        could not be checked (its earlier titles are unknown, not different).
        """
        wanted = [f"{i}v{v}" for i, n in latest.items() for v in range(1, min(n, 10))]
        found: dict[str, list[tuple[int, str]]] = {}
        incomplete: set[str] = set()
        for batch in self._batches(wanted):
            got = self._ask(batch, [], {}) or []
            by_vid = {f"{rec.arxiv_id}v{rec.version}": rec for rec in got}
            for vid in batch:
                if vid in by_vid:
                    rec = by_vid[vid]
                    found.setdefault(rec.arxiv_id, []).append((rec.version, rec.title))
                else:
                    incomplete.add(split_version(vid)[0])
        return {k: tuple(sorted(v)) for k, v in found.items() if k not in incomplete}

    # -- title search ---------------------------------------------------------------
    def search_titles(
        self, titles: Iterable[str], limit: int = 5
    ) -> Mapping[str, tuple[ArxivRecord, ...]]:
        """Up to ``limit`` candidates per title (``ti:"..."`` phrase search), one request each.

        A title that could not be searched is left out: no suggestion, never a wrong one.
        """
        out: dict[str, tuple[ArxivRecord, ...]] = {}
        for title in dict.fromkeys(titles):
            words = normalize(title)
            if not words:
                continue
            search = arxiv.Search(query=f'ti:"{words}"', max_results=limit)
            try:
                results = self._fetch(search, limit, complete=False)
            except ArxivUnavailable:
                continue
            out[title] = tuple(to_record(r) for r in results)
        return out

    # -- the whole run ------------------------------------------------------------
    def _batches(self, ids: list[str]) -> Iterable[list[str]]:
        for i in range(0, len(ids), self.batch_size):
            yield ids[i : i + self.batch_size]

    def _resolve_pass(self, ids: list[str], out: dict[str, ArxivRecord | ArxivMiss]) -> list[str]:
        """Ask for ``ids``; fill ``out``; return the IDs that arXiv did not return."""
        batches = list(self._batches(ids))
        self._planned += len(batches)
        missing: list[str] = []
        for batch in batches:
            got = self._ask(batch, batch, out)
            if got is None:
                continue
            by_id = {rec.arxiv_id: rec for rec in got}
            for ident in batch:
                if ident in by_id:
                    out[ident] = by_id[ident]
                else:
                    missing.append(ident)
        return missing

    def resolve_all(self, ids: Iterable[str]) -> Mapping[str, ArxivRecord | ArxivMiss]:
        """Resolve base IDs; each is asked once, plus once more if it was missing.

        The confirmation query also carries a canary, an ID known to exist (one resolved
        in this run, else :data:`CANARY_ID`). If the canary is missing too, arXiv sent an
        anomalously empty page, and the IDs stay unverified instead of "not found".
        """
        unique = list(dict.fromkeys(ids))
        out: dict[str, ArxivRecord | ArxivMiss] = {}
        missing = self._resolve_pass(unique, out)
        if missing:
            self._confirm_missing(missing, out)
        return out

    def _confirm_missing(self, missing: list[str], out: dict[str, ArxivRecord | ArxivMiss]) -> None:
        canary = next((k for k, v in out.items() if isinstance(v, ArxivRecord)), CANARY_ID)
        step = max(1, self.batch_size - 1)
        for i in range(0, len(missing), step):
            batch = missing[i : i + step]
            got = self._ask([*batch, canary] if canary not in batch else batch, batch, out)
            if got is None:
                continue
            by_id = {rec.arxiv_id: rec for rec in got}
            page_ok = canary in by_id
            for ident in batch:
                if ident in by_id:
                    out[ident] = by_id[ident]
                elif page_ok:
                    out[ident] = ArxivMiss(
                        ident,
                        MissReason.NOT_FOUND,
                        "arXiv returned no paper for this ID in two separate queries",
                    )
                else:
                    out[ident] = ArxivMiss(
                        ident,
                        MissReason.UNVERIFIED,
                        "arXiv answered with empty pages (even for a known paper); "
                        "could not confirm whether the ID exists",
                    )
