"""A list's title that dates every entry under it (``# Awesome ICML 2024 Graph Papers``,
``# cvpr2019 (Papers/Codes)``): its venue and year, as a heading over every section. Pure."""

from __future__ import annotations

import re

from pipeline.formats import fields as F
from pipeline.formats.common import VENUE_RE


def dated_title(text: str) -> str | None:
    """The venue and year a list's first H1 names (``# **Awesome ICML 2024 Graph Paper
    Collection**``, ``# CHI'26 Preprint Collection — Curated Reading List``): the whole title
    when it is only those, else the venue and year in it (ten words at most, not ``since``,
    or opening a longer title)."""
    if F.context_facts(text)[0] is not None:
        return text
    short = len(text.split()) <= 10 and not _SINCE.search(text)
    v = VENUE_RE.search(text) if short else _opening_venue(text.strip())
    low = _LOWER_VENUE.match(text) if short and len(_YEARS.findall(text)) == 1 else None
    if v is None and low and F.context_facts(low[0].upper())[1]:  # ``# cvpr2019 (Papers)``
        return low[0].upper()
    return v.group(0) if v and F.context_facts(v.group(0))[0] is not None else None


_LOWER_VENUE = re.compile(r"[a-z]{3,8}[-_ ]?(?:19|20)\d\d(?!\d|[-–]\d|[-_ ]?(?:notes?|reading)\b)")
"""A venue in lower case glued to its year (``cvpr2019``, ``cvpr2023-papers``; not a span
of years, ``cvpr2019-2023``, nor someone's notes, ``iccv2019-notes``)."""
_YEARS = re.compile(r"(?:19|20)\d\d")
_OPENING_VENUE = re.compile(rf"(?:{VENUE_RE.pattern})(?=\s*[-–—:|·])")
"""A venue and year opening a longer title before a separator."""
_OWN_PAPER = re.compile(r"(?i):|\b(?:survey|roadmap|review|overview|tutorial)\b")
"""A title after the venue that is the list's own paper's (``# TPAMI 2026 | Lifelong Learning
of ... Agents: A Roadmap``): the survey's venue, not the entries'."""


def _opening_venue(text: str) -> re.Match | None:
    """The venue and year that open a longer title before a separator (``# NeurIPS 2026 —
    Medical QA · Medical RAG · ...``), unless the rest is the list's own paper's title."""
    m = _OPENING_VENUE.match(text)
    return m if m and not _OWN_PAPER.search(text[m.end() :]) else None


_SINCE = re.compile(r"(?i)\b(?:before|until|since|after|pre|beyond|towards?)\b")


def title_over_all(text: str) -> list[tuple[int, str]]:
    """A list's title (its first H1, or a first ``### Awesome-NeurIPS-2023`` heading) as a
    heading over every section (level 0) when it names a venue and year, else none."""
    dated = dated_title(text)
    return [(0, dated)] if dated else []
