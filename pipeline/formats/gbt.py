"""Citations in China's national standard, GB/T 7714 (``FLAKE H. Structural comparison of
executable objects[C]//Proc. of …, 2004: 161-174.``, ``DULLIEN T, ROLLES R. Title [J].
Sstic, 2005, 5(1): 3.``): the authors in capitals before, the kind of work in brackets and
the venue after the title. Pure."""

from __future__ import annotations

import re

_KIND = re.compile(r"\s*\[(?:[JCMDRSPNAGZ]|EB/OL|[JCM]/OL)\](?=\s*(?://|\.|,|$))")
"""``[J]`` (a journal article), ``[C]`` (a conference paper), ``[D]`` (a thesis), ``[M]``
(a book), ``[EB/OL]`` (online): what the work is, closing its title."""
_NAME = r"[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+)? [A-Z]{1,2}(?: [A-Z]){0,2}"
_HAN_NAME = r"[\u4e00-\u9fff]{2,4}"
_AUTHORS = re.compile(
    rf"^(?:{_NAME}(?:, {_NAME}){{0,30}}(?:, et al)?\.\s+"
    rf"|{_HAN_NAME}(?:\s*[,，、]\s*{_HAN_NAME}){{0,30}}(?:\s*[,，]?\s*等)?\s*[.．。]\s*)(?=\S)"
)
"""``EGELE M, WOO M, CHAPMAN P, et al.``, ``Ioffe S, Szegedy C.``: surnames, initials without
stops; or names in Chinese (``张三, 李四, 等.``)."""


def gbt_title(text: str) -> str | None:
    """The title of a GB/T 7714 citation (between its authors, at the text's start, and its
    ``[C]``), else ``None``."""
    kind = _KIND.search(text)
    authors = _AUTHORS.match(text) if kind is not None else None
    if kind is None or authors is None or authors.end() >= kind.start():
        return None
    title = text[authors.end() : kind.start()].strip()
    return title if len(title.split()) >= 2 or len(title) >= 6 else None
