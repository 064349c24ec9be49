"""Reading venues from entries and from arXiv's metadata (pure)."""

from __future__ import annotations

import re

from pipeline.checks.context import short
from pipeline.model import ArxivRecord, VenueEvidence
from pipeline.venuenames import ACRONYMS, Venue, canonical
from pipeline.venuetext import read_venue

VENUE_ALIASES = ACRONYMS
"""Other acronyms of a venue -> the reported one (the full table: pipeline.venuenames)."""
_POSITIVE_CUE = re.compile(
    r"accepted|to appear|published|camera[- ]ready|proceedings|\boral\b|spotlight|poster|main conference|\bat\b|\bin\b",
    re.IGNORECASE,
)
_NEGATIVE_CUE = re.compile(r"submitted|under review|in submission|rejected|workshop", re.IGNORECASE)


def venue_evidence(got: ArxivRecord) -> VenueEvidence | None:
    """A venue from arXiv's journal_ref, or from a comment that says accepted."""
    if got.journal_ref and (venue := read_venue(got.journal_ref)):
        return VenueEvidence(venue.name, venue.year, "journal_ref", got.journal_ref)
    comment = got.comment or ""
    if comment and _POSITIVE_CUE.search(comment) and not _NEGATIVE_CUE.search(comment):
        venue = read_venue(comment)
        if venue:
            return VenueEvidence(venue.name, venue.year, "comment", comment)
    return None


def evidence_venue(ev: VenueEvidence) -> Venue:
    """The venue a piece of evidence names, folded to the report's name."""
    return Venue(canonical(ev.venue), ev.year)


def evidence_said(ev: VenueEvidence) -> str:
    """``arXiv's journal_ref says '...'``: who said it, and the words."""
    said = f"{ev.source} says '{short(ev.text, 100)}'"
    return f"arXiv's {said}" if ev.source in ("journal_ref", "comment") else said
