# ruff: noqa: RUF002 (the examples quote Chinese citations, full-width commas and all)
"""A lab's own member in bold among a citation's authors (``H. Dong, Z. Ma, **Feng Gao**,
"Title," *Venue*, 2025.``): a publication list's way of marking who it is about. Pure."""

from __future__ import annotations

import re

from pipeline.formats.authors import VENUE_OPEN, one_person
from pipeline.formats.citations import is_context_text, quoted_after_names
from pipeline.formats.cleantitle import clean_title
from pipeline.formats.refstyles import citation_match

_MARKS = re.compile(r"[*\\†‡]")
"""A co-author's or corresponding author's mark (``F. Gao*``, ``F. Gao\\*``), an escape."""
_HAN_NAMES_QUOTED = re.compile(r"(?:[\u4e00-\u9fff]{2,4}, )+[\"“](?P<t>[^\"“”]{4,300}?)[,，]?[\"”]")
"""``胡帅, 高峰, 龚卓然, "标题"``: Chinese names (two to four characters each), the quoted title."""


def member_byline_title(segs: list, i: int) -> str | None:
    """The quoted title of a citation whose bold text ``segs[i]`` is one of its authors:
    ``Z. Wang, **F. Gao***, J. Dong and Q. Du, "Title," *Venue*, 2025.``, ``**F. Gao** and
    H. -C. Li*, "Title,"``, ``胡帅，**高峰***，龚卓然，"标题"``; ``None`` when the bold text
    is not in the byline before a quoted title (``**Title**, "Best Paper Award"``). A bold
    name that opens the line must have initials (or be Chinese) to be read as an author."""
    start = i
    while start > 0 and segs[start - 1][0] != "\n" and segs[start - 1][1] is None:
        start -= 1
    words = []
    for text, link, _, _ in segs[start:]:
        if text == "\n" or link is not None:
            break
        words.append(text)
    text = " ".join(_MARKS.sub("", "".join(words)).replace("，", ", ").split())
    name = " ".join(_MARKS.sub("", segs[i][0]).split())
    han = _HAN_NAMES_QUOTED.match(text)
    title = (han["t"] if han else quoted_after_names(text)) if name else None
    if title is None and name:  # ``Li, H., **Ji, H.**,* Wu, Q.* Title. *Plant Methods*. 2024``
        return _cited_after(_NAME_MARK.sub("", text), _NAME_MARK.sub("", name))
    if title is None or is_context_text(title):  # ``"IGARSS 2021"``: a venue in quotes
        return None
    at, quoted = text.find(name), text.find(title)
    if not 0 <= at < quoted or not _person(name):
        return None
    if not text[:at].strip(" ,.") and not _INITIALS_NAME.fullmatch(name):
        return None  # ``**Deep Ensembles**, B. Lakshminarayanan, ...``: a method's name first
    if not _IN_BYLINE.match(text, at + len(name)):
        return None  # ``**Occupancy Grids** — Elfes, A. "Title."``: a name, then its authors
    byline = text[:quoted].rstrip(' "“')  # ``A, B, "Title"``, ``A and B. "Title"``
    names = re.split(r",|\band\b|&", byline.strip(" ,."))  # not ``**Name**, "Title"``
    ok = byline.endswith((",", ".")) and len(names) >= 2 and ":" not in byline  # ``Name: "T"``
    return clean_title(title) if ok else None


def _cited_after(text: str, name: str) -> str | None:
    """The title of a reference in Springer's, ACS's or GB/T's style that holds the bold
    ``name`` before its title; not a venue read as one (``**Segment Anything**. Kirillov, A.,
    et al. (2023). Proceedings of the IEEE/CVF ...``: the bold is the title there)."""
    cited = citation_match(text)
    if cited is None or not 0 <= text.find(name) < text.find(cited):
        return None
    venue = is_context_text(cited) or VENUE_OPEN.match(cited) is not None
    return None if venue else clean_title(cited)


_NAME_MARK = re.compile(r"(?<=[.,;])#")
"""A co-first author's mark after a name's initial (``Ji, H.#``), not a title's ``C#``."""
_IN_BYLINE = re.compile(r"\s*(?:[,.&]|and\b)")
"""What follows an author in a byline: a comma, ``and``, ``&``, the byline's full stop."""
_INITIALS_NAME = re.compile(r"(?:[A-Z]\.\s?(?:-\s?)?){1,3}[A-Z][\w'’-]+|[\u4e00-\u9fff]{2,4}")
"""``F. Gao``, ``H. -C. Li``, ``高峰``: a name with initials, or a Chinese name."""


def _person(name: str) -> bool:
    """``Feng Gao``, ``F. Gao``, ``高峰``: one person's name."""
    words = name.split()
    acronym = any(w.isupper() and len(w) > 1 for w in words)  # ``**CLEAR MOT**``: a name
    return bool(_INITIALS_NAME.fullmatch(name)) or (one_person(words) and not acronym)
