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
    if _YEAR_SPAN.search(text):
        return None  # ``CVPR 2019-2023 highlights``, ``from CVPR 2019 to CVPR 2024``
    if F.context_facts(text)[0] is not None:
        return text
    short = len(text.split()) <= 10 and not _SINCE.search(text)
    dated = (
        v
        for v in VENUE_RE.finditer(text)
        if F.context_facts(v.group(0))[0] is not None and not _SPAN_AFTER.match(text, v.end())
    )  # (not ``CVPR 2019-2023``, ``CVPR 2019 to CVPR 2024``: a span of years)
    v = next(dated, None) if short else _opening_venue(text.strip())  # (``LREC-COLING 2024``)
    low = _LOWER_VENUE.match(text) if short and len(_YEARS.findall(text)) == 1 else None
    if v is None and low and F.context_facts(low[0].upper())[1]:  # ``# cvpr2019 (Papers)``
        return low[0].upper()
    return v.group(0) if v and F.context_facts(v.group(0))[0] is not None else None


_LOWER_VENUE = re.compile(r"[a-z]{3,8}[-_ ]?(?:19|20)\d\d(?!\d|[-–]\d|[-_ ]?(?:notes?|reading)\b)")
"""A venue in lower case glued to its year (``cvpr2019``, ``cvpr2023-papers``; not a span
of years, ``cvpr2019-2023``, nor someone's notes, ``iccv2019-notes``)."""
_YEARS = re.compile(r"(?:19|20)\d\d")
_SPAN_AFTER = re.compile(
    r"\s*(?:[-–—~]|to\b|until\b)\s*(?:[A-Za-z]+\s*)?(?:(?:19|20)\d\d|['’]\d\d)\b"
)
"""A second year after a first (``2019-2023``, ``2019 to CVPR 2024``; not ``2024 - June 17``,
``2024 – 30 Papers``, ``2024-10-15``)."""
_YEAR_SPAN = re.compile(r"(?:19|20)\d\d" + _SPAN_AFTER.pattern)
_OPENING_VENUE = re.compile(
    rf"(?:{VENUE_RE.pattern})(?!\s*[-–—]\s*(?:19|20)?\d\d\b)(?=\s*[-–—:|·])"
)
"""A venue and year opening a longer title before a separator."""
_OWN_PAPER = re.compile(
    r"(?i):|\b(?:survey|roadmap|review|overview|tutorial|implementation|official|code|template)\b"
)
"""A title after the venue that is the list's own paper's or code's (``# TPAMI 2026 | Lifelong
Learning of ... Agents: A Roadmap``, ``# ICLR 2024 — Official PyTorch implementation of X``):
the repository's own venue, not the entries'; a span of years (``NeurIPS 2019 - 2024``) none."""


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


def pre_title(sticky: list[tuple[int, str]], headings: list[tuple[int, str]]) -> bool:
    """The list's title is still to come: no dated title yet, and the one H1 read so far is
    a history, news or changelog (``# History`` over a link to last year's list), not the
    list's own title over its contents and venue sections (``# Awesome X`` then ``# CVPR
    2024``: a section's venue, not the list's)."""
    firsts = [text for level, text in headings if level == 1]
    return not sticky and len(firsts) == 1 and _PRE_TITLE.fullmatch(firsts[0]) is not None


_PRE_TITLE = re.compile(r"(?i)\W*(?:history|news|updates?|change\s*log|release\s+notes)\W*")
