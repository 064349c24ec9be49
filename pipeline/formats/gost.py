"""Citations in Russia's standard, GOST R 7.0.5 / 7.0.100, as Google Scholar exports them
(``Cinelli C., Forney A., Pearl J. A crash course in good and bad controls //Sociological
Methods & Research. - 2021. - S. 1-32.``, ``Bretz F. et al. Multiple comparisons using R. -
Chapman and Hall/CRC, 2016.``, each dash an en dash and the field names in Cyrillic):
surnames and initials with stops before the title, ``//`` before the journal, and each
further field after a dash (``- 2021.``, ``- T. 14.``). Pure."""

from __future__ import annotations

import re

_LETTER = r"[^\W\d_]"
_INITIALS = rf"(?:{_LETTER}\.(?:-{_LETTER}\.)?\s?){{1,3}}"
_NAME = rf"(?:(?:de|De|van|von|da|di|du|le|d')\s?)?{_LETTER}[\w'’-]+(?:\s{_LETTER}[\w'’-]+)?\s{_INITIALS}"
_AUTHORS = re.compile(
    rf"^{_NAME}(?:(?:,\s|\s?(?:and|&|и)\s){_NAME}){{0,30}}(?:et\s+al\.\s|и\s+др\.\s|\[и\s+др\.\]\s)?(?=\S)"
)
"""``Cattaneo M. D., Titiunik R.``, ``Abadie A. et al.``, ``Müller K.-R.``, ``Angrist J. D.
and Pischke J. S.``: each surname before its initials, each initial with its stop (capitals
checked apart: :func:`_capitals`)."""
_NOT_A_TITLE_START = re.compile(
    r"[^\W\d_][\w'’-]*(?:\.\s|,\s(?:[^\W\d_][\w'’-]+\s)?[^\W\d_]\.\s)|[^\w\"“«'‘]|\d|[a-zа-яё]"
)
"""What shows the authors were misread: given names first (``Richard S. Sutton, Andrew G.
Barto.``, ``Kevin P. Murphy.``: a surname closed by its stop, or by a comma before the next
given name and initial), a lower-case word, a digit or a mark."""
_SOURCE = re.compile(
    r"\s//\s?(?=\S)|(?<=\S)\.\s[–—]\s(?=\S)"
    r"|\s/\s(?=(?:[^\W\d_]\.\s?){1,3}[^\W\d_]|пер\.|под\s+ред|ed\.|eds\.)"
)
"""Where the title ends: `` //Journal`` (a part of a journal or a book), ``. - Publisher``
(the next field, after its en dash) or `` / K. V. Vorontsov`` (who wrote or translated it)."""
_FIELD = re.compile(r"\.\s[–—]\s(?:(?:19|20)\d\d|Т\.|№\.|С\.|[^\W\d_])")
"""A further field in GOST's own form after its dash: the year (``2021``), the volume, number
or pages (``T. 14``, ``No. 3``, ``S. 821-851`` in Cyrillic), a publisher (``Chapman and Hall``)."""
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_PARTICLE = re.compile(r"^[dlDL]['’]")  # ``d'Haultfoeuille X.``
_SMALL = frozenset(("and", "et", "al", "и", "др", "de", "van", "von", "da", "di", "du", "le", "d'"))


def gost_title(text: str) -> str | None:
    """The title of a GOST citation (after its authors, at the text's start, before its
    ``//``, ``/`` or next dashed field), else ``None``; a dashed field must follow."""
    authors = _AUTHORS.match(text)
    if authors is None or not _capitals(authors.group()):
        return None
    if _FIELD.search(text, authors.end()) is None or _NOT_A_TITLE_START.match(text, authors.end()):
        return None
    end = _SOURCE.search(text, authors.end())
    if end is None:
        return None
    title = text[authors.end() : end.start()].strip().removesuffix(".")
    return title if len(title.split()) >= 2 else None


def _capitals(authors: str) -> bool:
    """Each surname and initial of ``authors`` a capital (``Łukasiewicz J.``, in Cyrillic
    too), the joining words and particles apart."""
    words = (_PARTICLE.sub("", w) for w in _WORD.findall(authors) if w not in _SMALL)
    return all(w[:1].isupper() for w in words)
