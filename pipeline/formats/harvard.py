"""Harvard citations (Google Scholar's "Cite" box) before a linked title: the authors and the
year, ``Tong, K., Li, Z. and Gao, Y., 2024. [Title](url). Nature``. Pure."""

from __future__ import annotations

import re

from pipeline.formats.authors import person_list
from pipeline.titles import fold_letters

_NAMES = re.compile(r"(?P<n>[^\[\]()]{3,600}?[^\W\d_]\.),\s*(?:19|20)\d\d[a-z]?\.?")
"""The authors, each ending in an initial, then the year."""
_YEAR = re.compile(r",\s*(?P<y>(?:19|20)\d\d)[a-z]?\.\s*$")
"""The year closing the names (``…, 2024. ``)."""


def harvard_byline(text: str) -> bool:
    """``text`` (before a link) is a Harvard citation's authors and year."""
    m = _NAMES.fullmatch(text.strip())
    return m is not None and person_list(fold_letters(m["n"]))  # (``Kaiser, Ł.``: ``L.``)


def harvard_year(text: str) -> re.Match[str] | None:
    """The year closing ``text`` (before a link) as a Harvard citation's names end, its group
    ``y``; ``None`` when it does not end so."""
    return _YEAR.search(text)
