"""Authors a list writes before every title and a dash (``James Cumming - An Investigation
into ...``, ``Zhuoran Xiong et al. - Practical Deep Reinforcement Learning ...``): a list's
convention, read over the whole list, since one name before a dash may be a method's
(``AlphaGo Zero - Mastering the game of Go``). Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.formats.authors import TITLE_WORDS, names_like, one_person, people
from pipeline.model import PaperEntry

_LEAD = re.compile(r"(?P<n>[^\-–—:()\[\]\"“”|]{3,80}?)\s+[-–—]\s+(?P<rest>\S.*)")
"""A lead before a spaced dash: ``Names - Title``."""
_PARTICLES = frozenset("de da di du del der den van von le la dos das y bin ben al".split())
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_STRONG = re.compile(r"\bet al\b|\b[A-Z]\.")
"""A byline's mark: ``et al.`` or an initial."""

MIN_LED = 4
"""Titles led by names a list writes at the least, for the names to be its convention."""


def without_name_leads(entries: list[PaperEntry]) -> list[PaperEntry]:
    """The entries without the authors the list writes before every title: when
    :data:`MIN_LED` titles or more open with names and a spaced dash, they are four in five
    of the list's titles and one lead at least is a byline (``et al.``, initials, two people),
    each such lead is cut (``Short - Title`` lists write names of methods, one word mostly)."""
    led = [e for e in entries if _names_lead(e.title)]
    if len(led) < MIN_LED or 5 * len(led) < 4 * len(entries):
        return entries
    if not any(_STRONG.search(_names_lead(e.title) or "") for e in led):
        return entries
    return [_unled(e) if _names_lead(e.title) else e for e in entries]


def _names_lead(title: str) -> str | None:
    """The names before the dash that opens ``title``, or ``None``."""
    m = _LEAD.fullmatch(title)
    if m is None or len(m["rest"].split()) < 3:
        return None
    head = m["n"].strip()
    return head if names_like(head) or people(head) or _people_words(head) else None


def _people_words(head: str) -> bool:
    """``Marcos López de Prado``, ``Arthur le Calvez, Dave Cliff``: people written in full,
    name particles allowed, no title's word."""
    parts = [p.strip() for p in re.split(r",|\band\b|&", head) if p.strip()]
    for part in parts:
        words = part.split()
        named = [w for w in words if w.lower() not in _PARTICLES]
        if not 2 <= len(named) <= 4 or not one_person(named[:3]):
            return False
        if any(not _NAME_WORD.fullmatch(w) or w.lower() in TITLE_WORDS for w in words):
            return False
    return bool(parts)


def _unled(entry: PaperEntry) -> PaperEntry:
    """The entry without the names before its title, which become its authors."""
    head = _names_lead(entry.title) or ""
    title = entry.title[_LEAD.fullmatch(entry.title).start("rest") :]
    said = "the authors the list writes before every title dropped"
    evidence = tuple((k, f"{v}, {said}" if k == "title" else v) for k, v in entry.evidence)
    authors = entry.authors or tuple(a.strip() for a in re.split(r",|\band\b", head) if a.strip())
    return replace(entry, title=title, authors=authors, evidence=evidence)
