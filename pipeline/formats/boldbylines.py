"""A bold byline before its paper's title (``**Ouyang, et al. (2022)** *Title*``, ``**Hanna,
Pezzelle & Belinkov (2024)**``): the authors, not the title. Pure."""

from __future__ import annotations

import re

from pipeline.formats import authors as A
from pipeline.formats.cleantitle import title_like
from pipeline.formats.common import SHORT_BYLINE, SURNAMES_PAREN_YEAR
from pipeline.formats.labels import is_generic

_BYLINE_MARK = re.compile(r"\bet\.?\s+al\b")
"""A bold byline by its ``et al.``: not ``**BERT (2018)**`` (a name and its year), nor
``**Show and Tell** - *A Neural Image Caption Generator*`` (two words joined by ``and``
name methods as often as people)."""


def byline_before_title(segs: list, i: int, later_title) -> bool:
    """Bold segment ``i`` is a short byline with a title after it on the line
    (``**Ouyang, et al. (2022)** *Title*. NeurIPS 2022 [[Paper](url)]``, ``**Pauly et al.** -
    *Title*``, IEEE's ``**I. Fette and N. Sadeh**, "Title," *Venue*``): the authors, not the
    title."""
    text = segs[i][0].strip(" *_")
    named = SHORT_BYLINE.fullmatch(text) is not None and _BYLINE_MARK.search(text)
    named = named or _names_and_year(text)  # ``**Hanna, Pezzelle & Belinkov (2024)**``
    quoted = segs[i + 1][0].lstrip(" ,.:").startswith(('"', "“")) if i + 1 < len(segs) else False
    paren_year = SURNAMES_PAREN_YEAR.fullmatch(text)  # ``**Zhang and Foo (2001):** "Title."``
    named = named or (quoted and (A.names_like(text) or paren_year))  # ``**A. Name**, "Title,"``
    link = segs[i + 2][1] if quoted and i + 2 < len(segs) else None  # ``"[Title](url)"``
    linked = link is not None and title_like(link.text) and not is_generic(link.text)
    return bool(named) and (linked or later_title(segs[i + 1 :]) is not None)


_SURNAMES_YEAR = re.compile(
    r"[A-Z][a-z][\w'’-]*(?:,\s*[A-Z][a-z][\w'’-]*)+,?\s*(?:&|and)\s*[A-Z][a-z][\w'’-]*"
    r"\s*\(\s*(?:19|20)\d\d[a-z]?\s*\)[.,:]?"
)
"""Three surnames or more and the year: a byline (``Ferrando, Sarti, Bisazza & Costa-jussà
(2024)``), not a method's name and year (``**BERT (2018)**``)."""
_NAMES_YEAR = re.compile(r"(?P<names>[^()]{3,200}?)[.,]?\s*\(\s*(?:19|20)\d\d[a-z]?\s*\)[.,:]?")
_INITIAL_NAME = re.compile(r"(?:[A-Z]\.\s?){1,3}[A-Z][\w'’-]+")


def _names_and_year(text: str) -> bool:
    """``Kelsey Ball and Dan Garrette. (2018)``, ``C. Shan. (2019)``: people and the year
    in brackets (``**Hanna, Pezzelle & Belinkov (2024)**`` too), not a method's name and
    year (``**Faster R-CNN (2015)**``)."""
    m = _SURNAMES_YEAR.fullmatch(text) or _NAMES_YEAR.fullmatch(text)
    names = m.groupdict().get("names") if m else None
    if m is None or names is None:
        return m is not None
    return A.names_like(names) or A.people(names) or bool(_INITIAL_NAME.fullmatch(names))
