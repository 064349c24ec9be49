"""Markdown paper list -> :class:`~pipeline.model.ParsedList`. Pure: text in, entries out.

One registry of layouts (:data:`LAYOUTS`). ``auto`` reads every common layout at once
(:mod:`pipeline.formats.generic`: Markdown and HTML tables, bullets at any depth, bold-title
blocks, labelled fields, ``<details>``, mixed layouts in one file), unless the file is in
the catalog's own ``<br>-field:`` layout (:mod:`pipeline.formats.brfields`). A named
layout (config ``format:``, ``--list-format``) restricts reading to that kind of block.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from pipeline.errors import NoEntriesError
from pipeline.formats import brfields, generic
from pipeline.formats.common import inline_links, is_placeholder, plain_text
from pipeline.formats.runs import inline_runs, plain
from pipeline.formats.unplaced import unplaced
from pipeline.model import ParsedList

LAYOUTS: dict[str, str] = {
    "auto": "every layout below, detected block by block",
    "br-fields": "a bold title line, then <br>-time:/-paper:/-code:/-periodical: lines",
    "table": "Markdown or HTML tables with title/paper/code/year/venue columns",
    "bullets": "list items at any depth, with details inline or in sub-items",
    "bold-blocks": "bold-title paragraphs with badges, labelled fields and <details> below",
}
"""Every layout name the config's ``format:`` and ``--list-format`` accept."""
FORMATS = tuple(LAYOUTS)

__all__ = [
    "FORMATS",
    "LAYOUTS",
    "detect",
    "inline_links",
    "is_placeholder",
    "parse_text",
    "plain_text",
]


def detect(text: str) -> str:
    """``br-fields`` for the catalog's own layout, else ``auto``."""
    return brfields.NAME if brfields.looks_like(text) else "auto"


def parse_text(text: str, path: str, fmt: str = "auto") -> ParsedList:
    """Parse a list's text; ``path`` is only recorded in the entries.

    Raises :class:`~pipeline.errors.NoEntriesError` when nothing in the text reads as
    an entry in any known layout.
    """
    if fmt not in LAYOUTS:
        raise NoEntriesError(f"unknown list format '{fmt}'; use one of: {', '.join(LAYOUTS)}")
    with _no_cycle_collection():
        return _parse(text, path, fmt)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Reading a list makes hundreds of thousands of small objects and no reference
    cycles; Python's cycle collector, run again every few hundred new objects, would
    take a tenth of the time. It is paused while a list is read, and resumed when the
    last of the lists read at once (in other threads too) is done: the switch is the
    process's, and one thread's end must not resume it under another's reading."""
    with _PAUSE.lock:
        if _PAUSE.readers == 0:
            _PAUSE.resume = gc.isenabled()
            gc.disable()
        _PAUSE.readers += 1
    try:
        yield
    finally:
        with _PAUSE.lock:
            _PAUSE.readers -= 1
            if _PAUSE.readers == 0 and _PAUSE.resume:
                gc.enable()


class _Pause:
    """How many lists are being read now, and whether the collector ran before them."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.readers = 0
        self.resume = False


_PAUSE = _Pause()


def _parse(text: str, path: str, fmt: str) -> ParsedList:
    """:func:`parse_text` once ``fmt`` is known to be a layout name."""
    name = detect(text) if fmt == "auto" else fmt
    entries: list = []
    if name == brfields.NAME:
        entries, heading, description = brfields.parse(text, path)
        unread: tuple = ()
        if not entries and fmt == "auto":  # a few ``<br>-Name:`` lines in another layout
            name = "auto"
    if name != brfields.NAME:
        kinds = generic.KINDS if name == "auto" else (name,)
        reader = generic.read(text, path, kinds)
        entries = generic.entries(reader)
        hidden = unplaced(text, path, reader.blocks, reader.unread)  # nothing silently lost
        unread = tuple(sorted([*reader.unread, *hidden], key=lambda u: u.line))
        heading, description = _heading_and_intro(
            reader.tokens, entries[0].line if entries else None
        )
        used = sorted({e.layout for e in entries if e.layout})
        name = used[0] if len(used) == 1 else "auto"
    if not entries or not any(e.fields for e in entries):
        raise NoEntriesError(
            f"{path}: no paper entries found (layouts tried: {', '.join(LAYOUTS)}). "
            "Run 'paperlist parse' on a small part of the list, or set 'format' in config"
        )
    return ParsedList(
        path=path,
        entries=tuple(entries),
        heading=heading,
        description=description,
        format=name,
        unread=unread,
    )


def _heading_and_intro(tokens: list, first_line: int | None) -> tuple[str | None, str | None]:
    """The document's first heading and the paragraph text above the first entry."""
    heading, parts = None, []
    stop = (first_line or 10**9) - 1
    for i, tok in enumerate(tokens):
        if tok.type != "inline" or not i:
            continue
        if tokens[i - 1].type == "heading_open" and heading is None:
            heading = " ".join(plain(inline_runs(tok)).split())
        elif tokens[i - 1].type == "paragraph_open" and tok.map and tok.map[0] < stop:
            parts.append(" ".join(plain(inline_runs(tok)).split()))
    return heading, " ".join(parts) or None
