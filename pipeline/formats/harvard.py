"""Harvard citations (Google Scholar's "Cite" box) before a linked title: the authors and the
year, ``Tong, K., Li, Z. and Gao, Y., 2024. [Title](url). Nature``. Pure."""

from __future__ import annotations

import re
import unicodedata

from pipeline.formats.authors import person_list

_NAMES = re.compile(r"(?P<n>[^\[\]()]{3,600}?[^\W\d_]\.),\s*(?:19|20)\d\d[a-z]?\.?")
"""The authors, each ending in an initial, then the year."""
_YEAR = re.compile(r",\s*(?P<y>(?:19|20)\d\d)[a-z]?\.\s*$")
"""The year closing the names (``…, 2024. ``)."""
_STROKED = str.maketrans("ŁłØøĐđ", "LlOoDd")


def harvard_byline(text: str) -> bool:
    """``text`` (before a link) is a Harvard citation's authors and year."""
    m = _NAMES.fullmatch(text.strip())
    return m is not None and person_list(_ascii(m["n"]))


def harvard_year(text: str) -> re.Match[str] | None:
    """The year closing ``text`` (before a link) as a Harvard citation's names end, its group
    ``y``; ``None`` when it does not end so."""
    return _YEAR.search(text)


def _ascii(names: str) -> str:
    """``Kaiser, Ł.``, ``Öztürk, A.`` in the letters the name patterns read (``Kaiser, L.``)."""
    folded = unicodedata.normalize("NFKD", names.translate(_STROKED))
    return "".join(ch for ch in folded if not unicodedata.combining(ch))
