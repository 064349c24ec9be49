"""Citations in Russia's standard, GOST R 7.0.5 / 7.0.100, as Google Scholar exports them
(``Cinelli C., Forney A., Pearl J. A crash course in good and bad controls //Sociological
Methods & Research. - 2021. - S. 1-32.``, ``Bretz F. et al. Multiple comparisons using R. -
Chapman and Hall/CRC, 2016.``, each dash an en dash and the field names in Cyrillic):
surnames and initials with stops before the title, ``//`` before the journal, and each
further field after a dash (``- 2021.``, ``- T. 14.``). Pure."""

from __future__ import annotations

import re

_UPPER = r"[A-ZА-ЯЁ]"
_NAME = rf"(?:(?:de|De|van|von|da|di|du|le|d')\s?)?{_UPPER}[\w'’-]+(?:\s{_UPPER}[\w'’-]+)?\s(?:{_UPPER}\.\s?){{1,3}}"
_AUTHORS = re.compile(rf"^{_NAME}(?:,\s{_NAME}){{0,30}}(?:et\s+al\.\s|и\s+др\.\s)?(?=\S)")
"""``Cattaneo M. D., Titiunik R.``, ``Abadie A. et al.``, ``Иванов И. И.``: each surname
before its initials, each initial with its stop."""
_SOURCE = re.compile(r"\s//\s?(?=\S)|(?<=\S)\.\s[–—]\s(?=\S)")
"""Where the title ends: `` //Journal`` (a part of a journal or a book) or ``. - Publisher``
(the next field, after its en dash)."""
_FIELD = re.compile(r"\.\s[–—]\s(?:(?:19|20)\d\d|Т\.|№\.|С\.|[A-ZА-ЯЁ])")
"""A further field in GOST's own form after its dash: the year (``2021``), the volume, number
or pages (``T. 14``, ``No. 3``, ``S. 821-851`` in Cyrillic), a publisher (``Chapman and Hall``)."""


def gost_title(text: str) -> str | None:
    """The title of a GOST citation (after its authors, at the text's start, before its
    ``//`` or its next dashed field), else ``None``; a dashed field must follow."""
    authors = _AUTHORS.match(text)
    if authors is None or _FIELD.search(text, authors.end()) is None:
        return None
    end = _SOURCE.search(text, authors.end())
    if end is None:
        return None
    title = text[authors.end() : end.start()].strip().removesuffix(".")
    return title if len(title.split()) >= 2 else None
