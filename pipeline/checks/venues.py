"""Venue rules: ``venue-missing`` and ``venue-mismatch`` from metadata evidence."""

from __future__ import annotations

import re

from pipeline.checks.context import _Emitter, _short
from pipeline.formats.common import venue_in
from pipeline.model import (
    ArxivRecord,
    Rule,
    VenueEvidence,
)
from pipeline.venuenames import ACRONYMS, canonical

VENUE_ALIASES = ACRONYMS
"""Other acronyms of a venue -> the reported one (the full table: pipeline.venuenames)."""
_POSITIVE_CUE = re.compile(
    r"accepted|to appear|published|camera[- ]ready|proceedings|\boral\b|spotlight|poster|main conference|\bat\b|\bin\b",
    re.IGNORECASE,
)
_NAME_YEAR = re.compile(r"(?P<name>.+?)(?: (?P<year>\d{4}))?")
_NEGATIVE_CUE = re.compile(r"submitted|under review|in submission|rejected|workshop", re.IGNORECASE)


def venue_key(text: str | None) -> tuple[str, int | None] | None:
    """``("CVPR", 2024)`` from a venue text; aliases folded (NIPS -> NeurIPS)."""
    found = venue_in(text)
    if not found:
        return None
    # the name may have spaces of its own ("SIGGRAPH Asia 2023", "ACM MM"): split at the year
    m = _NAME_YEAR.fullmatch(found)
    if m is None:
        return None
    name, year = m.group("name"), m.group("year")
    return canonical(name), int(year) if year else None


def venue_evidence(got: ArxivRecord) -> VenueEvidence | None:
    """A venue from arXiv's journal_ref, or from a comment that says accepted."""
    if got.journal_ref and (key := venue_key(got.journal_ref)):
        return VenueEvidence(key[0], key[1], "journal_ref", got.journal_ref)
    comment = got.comment or ""
    if comment and _POSITIVE_CUE.search(comment) and not _NEGATIVE_CUE.search(comment):
        key = venue_key(comment)
        if key:
            return VenueEvidence(key[0], key[1], "comment", comment)
    return None


def _venue_str(key: tuple[str, int | None]) -> str:
    return f"{key[0]} {key[1]}" if key[1] else key[0]


def _venue_rules(e: _Emitter, got: ArxivRecord) -> None:
    entry = e.entry
    ev = venue_evidence(got) or e.ctx.venues.get(got.arxiv_id)
    if ev is None:
        return
    key = (canonical(ev.venue), ev.year)
    said = f"{ev.source} says '{_short(ev.text, 100)}'"
    said = f"arXiv's {said}" if ev.source in ("journal_ref", "comment") else said
    line = entry.venue_line or entry.line
    if entry.venue is None:
        e.add(
            Rule.VENUE_MISSING,
            line,
            "venue",
            f"the entry names no venue, but {said}",
            expected=_venue_str(key),
            actual=None,
            suggestion=f"set the venue to {_venue_str(key)} if that is where it was published",
        )
        return
    listed = venue_key(entry.venue)
    if listed is None:
        return  # a venue we cannot read: no claim either way
    if listed[0] != key[0] or (listed[1] and key[1] and listed[1] != key[1]):
        e.add(
            Rule.VENUE_MISMATCH,
            line,
            "venue",
            f"the entry says {entry.venue}, but {said}",
            expected=_venue_str(key),
            actual=entry.venue,
            suggestion=f"check where it was published; the metadata says {_venue_str(key)}",
        )
