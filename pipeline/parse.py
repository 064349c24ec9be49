"""Markdown paper list -> :class:`~pipeline.model.ParsedList`. Pure: text in, entries out.

Formats (``pipeline/formats/``), detected per file or named in config (``format:``):

- ``br-fields``: the catalog's bold title + ``<br>-time:``/``-paper:``/``-code:`` lines;
- ``table``: Markdown tables with title/paper/code/year/venue columns in any order;
- ``bullets``: ``- [Title](paper-url)`` items with inline or nested details;
- ``bold-blocks``: ``**Title**`` (date) paragraphs with badge links and ``<details>``.

Links are read with markdown-it-py, so escaping, autolinks, badges and nested brackets
follow CommonMark; badge and image URLs are never taken for the paper or code link.
"""

from __future__ import annotations

from pipeline.errors import NoEntriesError
from pipeline.formats import blocks, brfields, bullets, table
from pipeline.formats.common import inline_links, is_placeholder, plain_text
from pipeline.model import ParsedList

FORMATS = {m.NAME: m for m in (brfields, table, bullets, blocks)}

__all__ = ["FORMATS", "detect", "inline_links", "is_placeholder", "parse_text", "plain_text"]


def detect(text: str) -> str:
    """The format that finds the most entries (the catalog's own format wins ties)."""
    if brfields.looks_like(text):
        return brfields.NAME
    best, best_n = brfields.NAME, 0
    for name in (table.NAME, bullets.NAME, blocks.NAME):
        n = FORMATS[name].looks_like(text)
        if n > best_n:
            best, best_n = name, n
    return best


def parse_text(text: str, path: str, fmt: str = "auto") -> ParsedList:
    """Parse a list's text; ``path`` is only recorded in the entries.

    Raises :class:`~pipeline.errors.NoEntriesError` when nothing in the text has the
    shape of an entry in any known format.
    """
    name = detect(text) if fmt == "auto" else fmt
    if name not in FORMATS:
        raise NoEntriesError(f"unknown list format '{fmt}'; use one of: auto, {', '.join(FORMATS)}")
    entries, heading, description = FORMATS[name].parse(text, path)
    if not entries or not any(e.fields for e in entries):
        raise NoEntriesError(
            f"{path}: no paper entries found (formats tried: {', '.join(FORMATS)}). "
            "Run 'paperlist parse' on a small part of the list, or set 'format' in config"
        )
    return ParsedList(
        path=path, entries=tuple(entries), heading=heading, description=description, format=name
    )
