"""A list that closes every title with ``, Venue Year`` (``Paxos Made Simple, SIGACT News
2001``): the venues the reader does not know are the list's venues too (``, Distributed
Computing 2006``, ``, Tech Report 1994``), once enough of its items close with a venue it
does know. Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.model import PaperEntry

MIN_DATED = 4
"""Items whose title the reader cut before a ``, Venue Year`` it knows, at the least, for the
tail to be the list's way of naming the venue and the year."""
_TAIL = re.compile(
    r"^(?P<title>\S.{10,}?),\s+(?P<venue>[A-Z][\w&.'’-]*(?:\s+[\w&.'’()-]+){0,3}?)"
    r"\s+(?P<year>(?:19|20)\d\d)$"
)
"""``Title, Distributed Computing 2006``: a title of a few words, a comma, one to four words
opening with a capital, and a year closing it."""
_NO_VENUE = frozenset(("book", "unpublished", "manuscript", "draft", "in preparation", "blog"))
"""What a list writes in the venue's place that is a kind of work or a state, not a venue."""


def comma_venue_years(entries: list[PaperEntry], heads: list[str]) -> list[PaperEntry]:
    """The entries, each undated one whose title ends with a ``, Venue Year`` :data:`_TAIL`
    without it (and dated by it), when :data:`MIN_DATED` items or more write a venue the
    reader knows so, dated by it, and these items are half the list's or more."""
    tails = [_TAIL.match(e.title) if e.year is None else None for e in entries]
    dated = sum(_closed_by_venue(e, h) for e, h in zip(entries, heads, strict=True))
    if dated < MIN_DATED or 2 * (dated + sum(t is not None for t in tails)) < len(entries):
        return entries
    return [_dated(e, t) if t else e for e, t in zip(entries, tails, strict=True)]


def _closed_by_venue(entry: PaperEntry, head: str) -> bool:
    """The item writes ``Title, Venue Year`` and the reader read that venue and year."""
    if not (entry.year and entry.venue) or len(entry.title) < 10:
        return False
    at = head.find(entry.title)
    tail = head[at + len(entry.title) :] if at >= 0 else ""
    m = re.match(r",\s+[^,\[\]()]{2,60}?\s(?P<year>(?:19|20)\d\d)\b", tail)
    return m is not None and int(m["year"]) == entry.year


def _dated(entry: PaperEntry, tail: re.Match[str]) -> PaperEntry:
    """The entry titled without its tail, with the tail's year (and venue)."""
    year, name = int(tail["year"]), tail["venue"]
    venue = None if name.lower() in _NO_VENUE else f"{name} {year}"
    said = f"', {name} {year}' closing the title, as the list's other items"
    added = ("year", "venue") if venue else ("year",)
    return replace(
        entry,
        title=tail["title"],
        year=year,
        year_text=f"{name} {year}",
        year_line=entry.line,
        venue=entry.venue or venue,
        venue_line=entry.venue_line or (entry.line if venue else None),
        fields=(*entry.fields, *(f for f in added if f not in entry.fields)),
        evidence=(*entry.evidence, ("title", said), ("year", said)),
    )
