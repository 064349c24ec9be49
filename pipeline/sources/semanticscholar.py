"""Venue evidence from the Semantic Scholar Graph API batch endpoint (optional).

``POST {api}/graph/v1/paper/batch?fields=...`` with ``{"ids": ["ARXIV:2305.13301", ...]}``,
at most 500 IDs a request; the answer is a list in request order with ``null`` for
unknown papers. An API key (``SEMANTIC_SCHOLAR_API_KEY``) is optional and only ever
sent in the ``x-api-key`` header. Trap (reference notes §3): records for arXiv papers
can pair the published venue with the arXiv year, so the year is taken only from the
venue text itself, never from the ``year`` field. Any failure means "no evidence".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import requests

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

BATCH = 500
FIELDS = "venue,publicationVenue,journal,externalIds"


def evidence_from(item: dict[str, Any]) -> VenueEvidence | None:
    """A venue from one batch answer item, or None (arXiv/CoRR is not a venue)."""
    names: list[str] = []
    pv = item.get("publicationVenue") or {}
    journal = item.get("journal") or {}
    for text in (
        item.get("venue"),
        journal.get("name"),
        pv.get("name"),
        *(pv.get("alternate_names") or []),
    ):
        if text and str(text).strip().lower() not in ("arxiv", "arxiv.org", "corr"):
            names.append(str(text))
    for text in names:
        found = venue_in(text)
        if found:
            name, _, year = found.partition(" ")
            return VenueEvidence(name, int(year) if year else None, "Semantic Scholar", text)
    return None


class SemanticScholarSource(VenueSource):
    """Batch venue lookups; one request per 500 IDs."""

    def __init__(
        self,
        api_url: str,
        *,
        api_key: str | None = None,
        session: PaperlistSession | None = None,
        timeout: float = 30.0,
        retry: RetryPolicy | None = None,
    ):
        self.api_url = api_url.rstrip("/")
        self.session = session or PaperlistSession(timeout=timeout)
        if api_key:
            self.session.headers["x-api-key"] = api_key
        self.retry = retry or RetryPolicy()
        self.requests_sent = 0
        self.answered: set[str] = set()
        """IDs S2 answered for (with or without a venue): what a cache may keep."""

    def _post(self, ids: list[str]) -> list[Any]:
        self.requests_sent += 1
        resp = self.session.post(
            f"{self.api_url}/graph/v1/paper/batch",
            params={"fields": FIELDS},
            json={"ids": [f"ARXIV:{i}" for i in ids]},
        )
        raise_if_transient(resp, "Semantic Scholar answered ")
        resp.raise_for_status()
        data = resp.json()
        if not isinstance(data, list) or len(data) != len(ids):
            raise ValueError("unexpected batch answer")
        return data

    def venues(self, papers: Mapping[str, str]) -> Mapping[str, VenueEvidence]:
        """Evidence per arXiv ID; IDs without a readable venue are left out."""
        unique = list(papers)
        out: dict[str, VenueEvidence] = {}
        for i in range(0, len(unique), BATCH):
            chunk = unique[i : i + BATCH]
            try:
                items = self.retry.call(lambda c=chunk: self._post(c), is_retryable)
            except (requests.RequestException, TransientError, ValueError):
                continue  # no evidence is not evidence of anything
            self.answered.update(chunk)
            for ident, item in zip(chunk, items, strict=True):
                ev = evidence_from(item) if isinstance(item, dict) else None
                if ev is not None:
                    out[ident] = ev
        return out
