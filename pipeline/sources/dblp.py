"""Venue evidence from DBLP's publication search (optional), one request per title.

``GET {api}/search/publ/api?q=<title>&format=json&h=5``. DBLP titles end with a
period and arXiv copies are listed under the venue ``CoRR``; only a hit whose title is
the same paper's (after normalisation) and whose venue is not CoRR counts, and its year
is the venue's year. Requests are spaced (DBLP answers 429 to eager clients) and any
failure means "no evidence".
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any

import requests

from pipeline import titles
from pipeline.formats.common import venue_in
from pipeline.model import VenueEvidence
from pipeline.sources.interface import VenueSource
from pipeline.sources.net import (
    PaperlistSession,
    RetryPolicy,
    TransientError,
    is_retryable,
    raise_if_transient,
)


def evidence_from(title: str, hits: list[dict[str, Any]]) -> VenueEvidence | None:
    """The venue of the first hit that is this paper and not its arXiv copy."""
    for hit in hits:
        info = hit.get("info") or {}
        venue = str(info.get("venue") or "")
        if not venue or venue.lower() == "corr":
            continue
        if (
            titles.compare(title, str(info.get("title") or "").rstrip(".")).verdict
            is not titles.Verdict.SAME
        ):
            continue
        found = venue_in(venue) or venue_in(f"{venue} {info.get('year', '')}")
        year = int(info["year"]) if str(info.get("year", "")).isdigit() else None
        if found:
            return VenueEvidence(found.split(" ")[0], year, "DBLP", f"{venue} {year or ''}".strip())
    return None


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
        hits = resp.json()["result"]["hits"].get("hit") or []
        return hits if isinstance(hits, list) else []

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
            ev = evidence_from(title, hits)
            if ev is not None:
                out[ident] = ev
        return out
