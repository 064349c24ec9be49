"""Venue evidence from DBLP's publication search (optional), one request per title.

``GET {api}/search/publ/api?q=<title>&format=json&h=5``. DBLP titles end with a
period and arXiv copies are listed under the venue ``CoRR``; only a hit whose title is
the same paper's (after normalisation) and whose venue is not CoRR counts, and its year
is the venue's year. Requests are spaced (DBLP answers 429 to eager clients) and any
failure, and any answer in another shape than documented, means "no evidence".
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from typing import Any

import requests

from pipeline import titles
from pipeline.model import VenueEvidence
from pipeline.sources.interface import VenueSource
from pipeline.sources.net import (
    PaperlistSession,
    RetryPolicy,
    TransientError,
    is_retryable,
    raise_if_transient,
)
from pipeline.venuetext import venue_key

log = logging.getLogger(__name__)


def evidence_from(title: str, hits: list[Any]) -> VenueEvidence | None:
    """The venue of the first hit that is this paper and not its arXiv copy.

    Hits in another shape than DBLP's (``{"info": {"title", "venue", "year"}}`` with
    text values) are skipped. The name may have spaces of its own (``SIGGRAPH Asia``).
    """
    for hit in hits:
        info = hit.get("info") if isinstance(hit, dict) else None
        if not isinstance(info, dict):
            continue
        venue, hit_title, raw_year = info.get("venue"), info.get("title"), info.get("year")
        if not isinstance(venue, str) or not venue or venue.lower() == "corr":
            continue
        if not isinstance(hit_title, str):
            continue
        if titles.compare(title, hit_title.rstrip(".")).verdict is not titles.Verdict.SAME:
            continue
        text_year = str(raw_year) if isinstance(raw_year, str | int) else ""
        year = int(text_year) if text_year.isascii() and text_year.isdigit() else None
        key = venue_key(venue) or venue_key(f"{venue} {text_year}")
        if key:
            return VenueEvidence(key[0], year, "DBLP", f"{venue} {year or ''}".strip())
    return None


def hits_of(data: Any) -> list[Any]:
    """The ``hit`` list of a search answer (DBLP leaves it out when nothing matched).

    Raises ValueError for an answer in another shape: it is not "no venue" either.
    """
    result = data.get("result") if isinstance(data, dict) else None
    found = result.get("hits") if isinstance(result, dict) else None
    if not isinstance(found, dict):
        raise ValueError("DBLP answered without result.hits")
    hits = found.get("hit", [])
    if not isinstance(hits, list):
        raise ValueError("DBLP answered with hits that are not a list")
    return hits


class DblpSource(VenueSource):
    """Title searches against DBLP, ``delay_s`` apart."""

    def __init__(
        self,
        api_url: str,
        *,
        session: PaperlistSession | None = None,
        timeout: float = 30.0,
        retry: RetryPolicy | None = None,
        delay_s: float = 1.0,
        max_titles: int = 50,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.api_url = api_url.rstrip("/")
        self.session = session or PaperlistSession(timeout=timeout)
        self.retry = retry or RetryPolicy()
        self.delay_s = delay_s
        self.max_titles = max_titles
        self._sleep = sleep
        self.requests_sent = 0
        self.answered: set[str] = set()
        """IDs DBLP answered for (with or without a venue): what a cache may keep."""

    def _get(self, title: str) -> list[dict[str, Any]]:
        if self.requests_sent:
            self._sleep(self.delay_s)
        self.requests_sent += 1
        resp = self.session.get(
            f"{self.api_url}/search/publ/api", params={"q": title, "format": "json", "h": 5}
        )
        raise_if_transient(resp, "DBLP answered ")
        resp.raise_for_status()
        return hits_of(resp.json())

    def venues(self, papers: Mapping[str, str]) -> Mapping[str, VenueEvidence]:
        """Evidence per arXiv ID, for at most ``max_titles`` titles."""
        out: dict[str, VenueEvidence] = {}
        for ident, title in list(papers.items())[: self.max_titles]:
            if not title:
                continue
            try:
                hits = self.retry.call(lambda t=title: self._get(t), is_retryable)
            except requests.ConnectionError:
                break  # DBLP unreachable: stop asking
            except (requests.RequestException, TransientError, ValueError, KeyError, TypeError):
                continue
            self.answered.add(ident)
            try:
                ev = evidence_from(title, hits)
            except Exception:  # NOTE: an answer we cannot read is no evidence, never a crash
                log.debug("DBLP answer not understood", exc_info=True)
                ev = None
            if ev is not None:
                out[ident] = ev
        return out
