"""What the resolve stage should ask about: arXiv IDs and code URLs (pure)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from pipeline.checks.context import CheckContext, paper_ref, text_ref
from pipeline.model import PaperEntry
from pipeline.urls import is_http_url


def wanted_arxiv_ids(entries: Iterable[PaperEntry], today: date | None = None) -> list[str]:
    """Base IDs to resolve: every link target, and every ID a paper link's text names."""
    ids: list[str] = []
    for entry in entries:
        for ref in (paper_ref(entry, today), text_ref(entry.paper, today) if entry.paper else None):
            if ref is not None and ref.valid:
                ids.append(ref.base_id)
    return list(dict.fromkeys(ids))


def wanted_code_urls(entries: Iterable[PaperEntry], ctx: CheckContext) -> list[str]:
    """Code URLs to probe (http/https, not ignored), each once."""
    urls = []
    for entry in entries:
        link = entry.code
        url = link.url if link else None
        if url and is_http_url(url) and not any(p.search(url) for p in ctx.ignore_urls):
            urls.append(url)
    return list(dict.fromkeys(urls))
