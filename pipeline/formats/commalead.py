"""Authors that lead a title, a comma after each (``Leslie Pack Kaelbling, Michael L.
Littman, Andrew W. Moore, Reinforcement Learning: A Survey``): cut from the title."""

from __future__ import annotations

import re

from pipeline.formats.authors import ET_AL, VENUE_OPEN, names_like, one_person, title_worded
from pipeline.formats.common import VENUE_RE

_INITIAL = re.compile(r"\b[A-Z]\.")


def after_comma_authors(text: str) -> str:
    """``Leslie Pack Kaelbling, Michael L. Littman, Andrew W. Moore, Reinforcement Learning:
    A Survey``, ``S. S. Keerthi and B. Ravindran, A Tutorial Survey of ...``: the title after
    the authors that lead it, a comma after each; ``text`` when no author leads it. The
    authors need an initial, ``et al.`` or three names (not ``Think Globally, Act Locally:
    ...``, ``Strong Consistency, Graph Laplacians, and ...``)."""
    pieces = text.split(", ")
    k = 0
    while k < len(pieces) - 1 and _author_piece(pieces[k]):
        k += 1
    if k == 0 and len(pieces) > 1 and _AND_OTHERS.match(pieces[0]):
        rest = _VOLUME_TAIL.sub("", ", ".join(pieces[1:]))  # an exported citation's byline
        return rest if len(rest.split()) >= 3 else text
    lead, rest = ", ".join(pieces[:k]), ", ".join(pieces[k:])
    marked = k >= 3 or _INITIAL.search(lead) or ET_AL.search(lead)
    marked = marked or (k == 2 and _COINED_LEAD.match(rest) is not None)  # ``…, ULDNA: Title``
    venue = VENUE_OPEN.match(rest) or VENUE_RE.match(rest)
    if not marked or len(rest.split()) < 3 or not rest[:1].isupper() or venue:
        return text  # not ``Deep Sets, M. Zaheer et al., Advances in Neural ...``: a venue
    if k >= 2 and not _INITIAL.search(pieces[0]) and ET_AL.search(pieces[1]):
        return text  # ``Big Bird, M. Zaheer et al., Transformers for ...``: a title first
    if names_like(rest) or one_person(rest.split()) or title_worded(lead):
        return text
    tail = _VENUE_YEAR_PIECES.search(rest)  # ``, Sadhana, 1994.``: the citation's venue, year
    return rest[: tail.start()] if tail and len(rest[: tail.start()].split()) >= 3 else rest


_VENUE_YEAR_PIECES = re.compile(
    r",\s+[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|and|of|on|for|the|&)){0,5},\s+(?:19|20)\d\d\.?$"
)


def _author_piece(piece: str) -> bool:
    """``Michael L. Littman``, ``S. S. Keerthi and B. Ravindran``, ``et al.``: one author or
    two joined, or ``et al.``."""
    words = piece.removeprefix("and ").split()
    two = len(words) <= 7 and names_like(piece)
    return bool(ET_AL.fullmatch(piece)) or one_person(words) or two


_COINED_LEAD = re.compile(r"[A-Z][\w-]*[A-Z][\w-]*:\s+[A-Z]")
"""A title opened by a coined name and a colon (``ULDNA: Integrating …``, ``M-Ionic: …``):
two people before it (``Yi-Heng Zhu, Dong-Jun Yu, ULDNA: …``) are its byline."""
_AND_OTHERS = re.compile(r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){1,3}\s+and\s+others$")
"""``Qianmu Yuan and others``: a byline as Oxford Academic exports it (its ``et al.``)."""
_VOLUME_TAIL = re.compile(r",\s+[A-Z][^,]{2,80},\s+Volume\s+\d+,\s+Issue\s+\w+,.*$")
"""``, Briefings in Bioinformatics, Volume 23, Issue 2, March 2022, bbab564``: its journal."""
