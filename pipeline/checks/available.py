"""Official code for entries that give none: which to ask about, how to write the link."""

from __future__ import annotations

from datetime import date

from pipeline.checks.context import Conventions, paper_ref
from pipeline.model import LinkCheck, LinkStatus, PaperEntry
from pipeline.parse import is_placeholder
from pipeline.urls import safe_replacement

LINK_STYLE = {
    "br-fields": "[{url}]({url})",
    "table": "[Code]({url})",
    "bullets": "[[Code]({url})]",
    "bold-blocks": "[[Code]({url})]",
}
"""How a code link is written in each layout (as the layout's other links are)."""
FIXABLE = frozenset({"br-fields", "table"})
"""Layouts whose code field holds the placeholder alone, so replacing it is safe."""


def says_no_code(entry: PaperEntry, conv: Conventions) -> bool:
    """The entry's code field says there is none, or it has none in a list that gives code."""
    code = entry.code
    if code is None:
        return conv.gives_code
    return code.url is None and is_placeholder(code.text)


def official_code_wanted(entry: PaperEntry, conv: Conventions, today: date | None) -> str | None:
    """The base arXiv ID to ask a code source about, when the entry has no code link."""
    if not says_no_code(entry, conv):
        return None
    ref = paper_ref(entry, today)
    return ref.base_id if ref is not None and ref.valid else None


def link_text(layout: str, url: str) -> str:
    """The repository link in the list's own syntax."""
    return LINK_STYLE.get(layout, LINK_STYLE["bullets"]).format(url=url)


def repository(url: str, check: LinkCheck | None) -> tuple[str, bool] | None:
    """The URL to suggest and whether GitHub confirmed it; ``None`` when it is gone."""
    if check is None:
        return url, False
    if check.status is LinkStatus.BROKEN:
        return None
    if check.status is LinkStatus.REDIRECTED:
        final = check.final_url
        return (final, True) if final and safe_replacement(url, final) else (url, False)
    return url, check.status is LinkStatus.WORKING
