"""Venue evidence from the Semantic Scholar Graph API batch endpoint (optional).

``POST {api}/graph/v1/paper/batch?fields=...`` with ``{"ids": ["ARXIV:2305.13301", ...]}``,
at most 500 IDs a request; the answer is a list in request order with ``null`` for
unknown papers. An API key (``SEMANTIC_SCHOLAR_API_KEY``) is optional and only ever
sent in the ``x-api-key`` header, per request, to api.semanticscholar.org or the
endpoint the environment names (``PAPERLIST_S2_API_URL``), never to a config file's URL;
redirects are not followed (``requests`` would carry the key along). Trap: records for arXiv papers can pair the published venue with the arXiv year, so
the year is taken only from the venue text itself, never from the ``year`` field. Any
failure, and any answer in another shape than documented, means "no evidence".
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

import requests

from pipeline.model import VenueEvidence
from pipeline.sources.credentials import scoped
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

DEFAULT_API_URL = "https://api.semanticscholar.org"
"""Where the API key may always go (another endpoint only when the environment names it)."""
BATCH = 500
FIELDS = "venue,publicationVenue,journal,externalIds"


def _texts(item: dict[str, Any]) -> list[object]:
    """The venue texts of one answer item, whatever the shape of its fields."""
    pv = item.get("publicationVenue")
    pv = pv if isinstance(pv, dict) else {}
    journal = item.get("journal")
    journal = journal if isinstance(journal, dict) else {}
    alternates = pv.get("alternate_names")
    return [
        item.get("venue"),
        journal.get("name"),
        pv.get("name"),
        *(alternates if isinstance(alternates, list) else []),
    ]


def evidence_from(item: dict[str, Any]) -> VenueEvidence | None:
    """A venue from one batch answer item, or None (arXiv/CoRR is not a venue).

    The name may have spaces of its own (``SIGGRAPH Asia 2023``, ``ACM MM``).
    """
    for text in _texts(item):
        if not isinstance(text, str) or text.strip().lower() in ("", "arxiv", "arxiv.org", "corr"):
            continue
        key = venue_key(text)
        if key:
            return VenueEvidence(key[0], key[1], "Semantic Scholar", text)
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
        key_urls: Iterable[str] = (),
    ):
        """``key_urls``: endpoints the ENVIRONMENT named (``PAPERLIST_S2_API_URL``); the
        key goes there and to api.semanticscholar.org only."""
        self.api_url = api_url.rstrip("/")
        self.session = session or PaperlistSession(timeout=timeout)
        self.credential = scoped(
            "SEMANTIC_SCHOLAR_API_KEY", "x-api-key", api_key, DEFAULT_API_URL, key_urls
        )
        if self.credential and not self.credential.allows(self.api_url):
            self.credential.withheld(self.api_url, "the Semantic Scholar URL of the config file")
        self.retry = retry or RetryPolicy()
        self.requests_sent = 0
        self.answered: set[str] = set()
        """IDs S2 answered for (with or without a venue): what a cache may keep."""

    def _post(self, ids: list[str]) -> list[Any]:
        self.requests_sent += 1
        url = f"{self.api_url}/graph/v1/paper/batch"
        resp = self.session.post(
            url,
            params={"fields": FIELDS},
            json={"ids": [f"ARXIV:{i}" for i in ids]},
            headers=self.credential.headers_for(url) if self.credential else {},
            allow_redirects=False,
        )
        raise_if_transient(resp, "Semantic Scholar answered ")
        resp.raise_for_status()
        if resp.status_code != 200:
            raise ValueError(f"Semantic Scholar answered HTTP {resp.status_code}")
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
                try:
                    ev = evidence_from(item) if isinstance(item, dict) else None
                except Exception:  # NOTE: an answer we cannot read is no evidence, never a crash
                    log.debug("Semantic Scholar item not understood", exc_info=True)
                    ev = None
                if ev is not None:
                    out[ident] = ev
        return out
