"""Venues read from free text (a journal_ref, a comment, a list's venue column).

One function over :func:`pipeline.formats.common.venue_in` (the one list of known venue
names) and :class:`pipeline.venuenames.Venue` (aliases folded), so that sources and
checks read venues the same way without importing each other.
"""

from __future__ import annotations

from pipeline.formats.common import venue_in
from pipeline.venuenames import Venue


def read_venue(text: str | None) -> Venue | None:
    """The venue a text names (``CVPR 2024``, ``SIGGRAPH Asia 2023``), aliases folded."""
    found = venue_in(text)
    return Venue.split(found) if found else None


def venue_key(text: str | None) -> tuple[str, int | None] | None:
    """``("CVPR", 2024)`` from a venue text: :func:`read_venue` as a tuple."""
    venue = read_venue(text)
    return (venue.name, venue.year) if venue else None
