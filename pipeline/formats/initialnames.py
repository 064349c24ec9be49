"""A title before authors written with initials and a venue's year: ``Comparison of fusion
methods for thermo-visual surveillance tracking. Conaire, C.O. and O'Connor, N.E. and
Cooke, E. ICIF 2006.``, ``Title. Mihaylova L., Loza A., Bull D. R. INFORMATIK 2006``. The
full stop after the last initial is no sentence's end, so the title-then-names cut (which
needs one) does not see these names. Pure."""

from __future__ import annotations

import re

from pipeline.formats.authors import TITLE_WORDS

_HEAD = re.compile(r"\s*(?P<head>[^.?!]{3,200}[^.?!\s])\.\s+")
_VENUE_YEAR = re.compile(r"\s(?P<v>[A-Z][A-Za-z&-]{1,15})\s?['’]?(?:19|20)\d\d\b")
_PARTS = re.compile(r",\s*|\s+(?:and|&)\s+")
_INITIALS = re.compile(r"(?:-?[A-Z]\.-?)+")
_WORD = re.compile(r"[A-Z][a-z][\w'’-]*|[A-Z]['’][A-Z][a-z]+")


def title_before_initialled_names(text: str) -> str | None:
    """The title of ``Title. Names with initials VENUE YEAR``, or ``None``."""
    m = _HEAD.match(text[:600])
    if m is None or len(m["head"].split()) < 2:
        return None
    rest = text[m.end() : m.end() + 400]
    venue = _VENUE_YEAR.search(rest)
    if venue is None or not _initialled(rest[: venue.start()].strip(" ,")):
        return None
    return m["head"].strip()


def _initialled(names: str) -> bool:
    """``Conaire, C.O. and O'Connor, N.E.``, ``Mihaylova L., Loza A., Nikolov S. G.``:
    two people or more, written with initials, and no word a title uses."""
    parts = [p.split() for p in _PARTS.split(names)]
    if len(parts) < 2 or any(not 1 <= len(p) <= 4 for p in parts):
        return False
    words = [w for p in parts for w in p]
    initials = sum(1 for w in words if _INITIALS.fullmatch(w))
    named = all(
        _INITIALS.fullmatch(w) or (_WORD.fullmatch(w) and w.lower() not in TITLE_WORDS)
        for w in words
    )
    return named and initials >= 2 and len(words) > initials
