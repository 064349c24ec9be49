"""Authors that lead a title, a comma after each (``Leslie Pack Kaelbling, Michael L.
Littman, Andrew W. Moore, Reinforcement Learning: A Survey``): cut from the title."""

from __future__ import annotations

import re

from pipeline.formats.authors import (
    ET_AL,
    SURNAME_LIST,
    VENUE_OPEN,
    names_like,
    one_person,
    title_worded,
)
from pipeline.formats.common import VENUE_RE

_INITIAL = re.compile(r"\b[A-Z]\.")


def after_comma_authors(text: str) -> str:
    """``Leslie Pack Kaelbling, Michael L. Littman, Andrew W. Moore, Reinforcement Learning:
    A Survey``, ``S. S. Keerthi and B. Ravindran, A Tutorial Survey of ...``: the title after
    the authors that lead it, a comma after each; ``text`` when no author leads it. The
    authors need an initial, ``et al.`` or three names (not ``Think Globally, Act Locally:
    ...``, ``Strong Consistency, Graph Laplacians, and ...``)."""
    cut = _authors_cut(text)
    return cut if cut != text else (_byline_title_year(text) or text)


def _authors_cut(text: str) -> str:
    """:func:`after_comma_authors` for authors marked by an initial, ``et al.`` or their
    number."""
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


_CLOSING_YEAR = re.compile(r",\s*(?:19|20)\d\d[a-z]?\.?\s*$")


def _byline_title_year(text: str) -> str | None:
    """``Steven Goodman, A Dirty Dozen: Twelve P-Value Misconceptions, 2008``, ``Delacre,
    Lakens & Leys, Why Psychologists Should …, 2017``: people (or surnames joined by ``&``
    or ``and``), the title (three words or more, capitalised) and its year closing the text;
    the title and its year, else ``None``: not when the lead reads as a title's words
    (``Vision and Language``, ``Faster R-CNN``, ``Wide & Deep``, ``Beyond Accuracy``)."""
    closing = _CLOSING_YEAR.search(text)
    pieces = text[: closing.start()].split(", ") if closing else []
    k = 0  # the pieces that name people: ``Sander Greenland``, ``Nicolás Idrobo and Rocío …``
    while k < len(pieces) - 1 and _people_piece(pieces[k]):
        k += 1
    surnames = [j for j in range(2, len(pieces)) if SURNAME_LIST.fullmatch(", ".join(pieces[:j]))]
    k = max([k, *surnames])  # ``He, Zhang, Ren & Sun``: surnames, the last two joined
    lead, rest = ", ".join(pieces[:k]), ", ".join(pieces[k:])
    ok = k > 0 and len(rest.split()) >= 3 and rest.lstrip("*_")[:1].isupper()
    head = rest.split(":")[0]  # ``Think Twice, Act Once: Token-Aware …``: the title's own head
    named = ok and (_people_piece(pieces[k]) or (":" in rest and len(head.split()) <= 2))
    venue = VENUE_OPEN.match(rest) or VENUE_RE.match(rest)  # ``Deep Sets, M. Zaheer et al.,
    if not ok or named or venue or _worded(lead):  # Advances in …, 2017``: the venue
        return None  # (``Iven Middelberg, Torsten Sattler. ECCV``: a second person)
    out = rest + text[closing.start() :]  # ``, Information and Control, 1964``: its journal
    tail = _VENUE_YEAR_PIECES.search(out)  # (not a title's ``, Challenges and Solutions``)
    cut = (
        tail is not None
        and not title_worded(tail.group())
        and len(out[: tail.start()].split()) >= 3
    )
    return out[: tail.start()] if cut else out


_COMMON_WORD = re.compile(
    r"(?i:\b(?:faster|better|cheaper|beyond|show|ask|tell|attend|wide|deep|fast|slow|big|small|"
    r"large|open|free|one|all|any|less|think|look|listen|make|let|what|why|how|when|where|who|"
    r"me|you|your|my|our|we|it|anything|everything|accuracy|speech|face|grounding|hugging|sense|"
    r"plan|act|new|real|true|great|high|hard|easy|mind|world|human|life|time|space|self|zero|few|"
    r"many|meta|super|auto)\b)|\d|[A-Z]{3,}"
)
"""Words that open titles and rarely name a person (or a number, an acronym: ``R-CNN``)."""


def _worded(lead: str) -> bool:
    """The lead holds a title's word (:func:`authors.title_worded`, :data:`_COMMON_WORD`)."""
    return title_worded(lead) or _COMMON_WORD.search(lead) is not None


def _people_piece(piece: str) -> bool:
    """``Sander Greenland``, ``King & Nielsen``, ``Nicolás Idrobo and Rocío Titiunik``."""
    return one_person(piece.split()) or bool(SURNAME_LIST.fullmatch(piece) or names_like(piece))


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
