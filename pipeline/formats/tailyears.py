"""Years a list's convention writes at the close of every item, read for the items whose
venue the reader does not know: a tag (``OpenTuner ... [PACT 14]`` among ``[VLDB 22]``,
``(WiSec 20)`` among ``(CCS 19)``) or a ``, Venue Year`` tail (``Paxos Made Simple, SIGACT
News 2001``, then ``..., Distributed Computing 2006``). Only as the list's convention: four
items or more dated so by a venue the reader knows, and half the list or more. Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.formats.common import century
from pipeline.formats.headyear import undated
from pipeline.model import PaperEntry

MIN_DATED = 4
"""Items the reader dates by a known venue in the closing tag or tail, at the least, for that
close to be the list's way of dating its items (alone, ``[HW 12]`` or ``[CUDA 12]`` dates
nothing)."""
_CLOSING_TAG = re.compile(
    r"(?:\[\s*(?P<venue>[A-Z][\w&./-]*(?: [A-Z][\w&./-]*){0,3} )?(?P<yy>\d\d)\s*\]"
    r"|\(\s*(?P<named>[A-Z][A-Za-z&./-]*(?: [A-Z][A-Za-z&./-]*){0,3}) ?['’]?(?P<nyy>\d\d)\s*\))\s*$"
)
"""``[PACT 14]``, ``[SIGMETRICS/PERFORMANCE 22]``, ``[02]``, ``(WiSec 20)``, ``(IEEE Access
19)``, ``(ICDCS21)``: a venue's tag and its two-digit year (in square brackets also the year
alone), closing an item."""
_TAIL = re.compile(
    r"^(?P<title>\S.{10,}?),\s+(?P<venue>[A-Z][\w&.'’-]*(?:\s+[\w&.'’()-]+){0,3}?)"
    r"\s+(?P<year>(?:19|20)\d\d)$"
)
"""``Title, Distributed Computing 2006``: a title of a few words, a comma, one to four words
opening with a capital, and a year closing it."""
_NO_VENUE = frozenset(("book", "unpublished", "manuscript", "draft", "in preparation", "blog"))
"""What a list writes in the venue's place that is a kind of work or a state, not a venue."""


def closing_tag_years(entries: list[PaperEntry], heads: list[str]) -> list[PaperEntry]:
    """The entries, each undated one whose item closes with a :data:`_CLOSING_TAG` dated by
    it, when the list dates its items so (:func:`_convention`)."""
    tags = [_CLOSING_TAG.search(h.rstrip()) for h in heads]
    dated = sum(
        bool(t and e.year and e.year % 100 == int(t["yy"] or t["nyy"]))
        for e, t in zip(entries, tags, strict=True)
    )
    if not _convention(dated, len(entries)):
        return entries
    return [
        _tag_dated(e, t) if t and e.year is None else e for e, t in zip(entries, tags, strict=True)
    ]


def comma_venue_years(entries: list[PaperEntry], heads: list[str]) -> list[PaperEntry]:
    """The entries, each undated one whose title ends with a ``, Venue Year`` :data:`_TAIL`
    without it (and dated by it), when the items that write a venue the reader knows so,
    dated by it, and these are the list's convention (:func:`_convention`)."""
    tails = [_TAIL.match(e.title) if e.year is None else None for e in entries]
    dated = sum(_closed_by_venue(e, h) for e, h in zip(entries, heads, strict=True))
    if dated < MIN_DATED or not _convention(
        dated + sum(t is not None for t in tails), len(entries)
    ):
        return entries
    return [_tail_dated(e, t) if t else e for e, t in zip(entries, tails, strict=True)]


def counted_keys(entries: list[PaperEntry], heads: list[str]) -> list[PaperEntry]:
    """The entries, none dated by a reference's key the list counts up (``[IN10]`` in a
    list that also writes ``[IN8]``): a running number, not a venue with its year glued on
    (``[SC15]``, ``[DM19]``, among keys that all end in two digits, are years)."""
    counted = {m["p"] for h in heads for m in _SHORT_KEY.finditer(h)}
    return [undated(e) if _keyed(e) in counted else e for e in entries]


_SHORT_KEY = re.compile(r"\[(?P<p>[A-Z]{1,8})\d\]")
_KEY_YEAR = re.compile(r"entry text '\[?(?P<p>[A-Z]{1,8})\d\d\]?'")


def _keyed(entry: PaperEntry) -> str | None:
    """The letters of the key whose two digits dated the entry (``IN`` of ``IN10``), if any."""
    m = _KEY_YEAR.fullmatch(dict(entry.evidence).get("year", ""))
    return m["p"] if m else None


def _convention(dated: int, total: int) -> bool:
    """:data:`MIN_DATED` items or more, and half the list's or more, close the same way."""
    return dated >= MIN_DATED and 2 * dated >= total


def _closed_by_venue(entry: PaperEntry, head: str) -> bool:
    """The item writes ``Title, Venue Year`` and the reader read that venue and year."""
    if not (entry.year and entry.venue) or len(entry.title) < 10:
        return False
    at = head.find(entry.title)
    tail = head[at + len(entry.title) :] if at >= 0 else ""
    m = re.match(r",\s+[^,\[\]()]{2,60}?\s(?P<year>(?:19|20)\d\d)\b", tail)
    return m is not None and int(m["year"]) == entry.year


def _tag_dated(entry: PaperEntry, tag: re.Match[str]) -> PaperEntry:
    """The entry with the year (and venue) of the tag closing its item."""
    year = century(tag["yy"] or tag["nyy"])
    name = (tag["venue"] or tag["named"] or "").strip()
    said = f"the tag closing the item '{tag.group(0).strip()}', as the list's others"
    return _dated(entry, year, tag.group(0).strip(), f"{name} {year}" if name else None, said)


def _tail_dated(entry: PaperEntry, tail: re.Match[str]) -> PaperEntry:
    """The entry titled without its ``, Venue Year`` tail, with the tail's year (and venue)."""
    year, name = int(tail["year"]), tail["venue"]
    venue = None if name.lower() in _NO_VENUE else f"{name} {year}"
    said = f"', {name} {year}' closing the title, as the list's other items"
    titled = replace(entry, title=tail["title"], evidence=(*entry.evidence, ("title", said)))
    return _dated(titled, year, f"{name} {year}", venue, said)


def _dated(entry: PaperEntry, year: int, text: str, venue: str | None, said: str) -> PaperEntry:
    """The entry with ``year`` read from ``text`` on its own line, and ``venue`` unless it
    has one; ``said`` is the evidence."""
    venue = entry.venue or venue
    added = ("year", "venue") if venue else ("year",)
    return replace(
        entry,
        year=year,
        year_text=text,
        year_line=entry.line,
        venue=venue,
        venue_line=entry.venue_line or (entry.line if venue else None),
        fields=(*entry.fields, *(f for f in added if f not in entry.fields)),
        evidence=(*entry.evidence, ("year", said)),
    )
