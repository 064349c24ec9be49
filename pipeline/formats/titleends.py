"""What opens or closes a title and is no part of it, cut before the other patterns: a
year opening a link's text, the kind of work and where it was done (``, Ph.D. Thesis,
INPG, 2012.``), names after a full-width comma, a file's extension. Pure."""

from __future__ import annotations

import re

from pipeline.formats.authors import one_person, people
from pipeline.formats.citations import VENUES

_THESIS_TAIL = re.compile(
    r"[,.]\s+(?:Ph\.?\s?D\.?|Doctoral|Master'?s?|M\.?\s?Sc\.?|Bachelor'?s?|Diploma)\s+"
    r"(?:[Tt]hesis|[Dd]issertation)\b.*$"
)
"""``, Ph.D. Thesis, U. Alberta, 2016.``: what kind of work it is, and where, after a title."""


def thesis_cut(text: str) -> str:
    """``text`` without a thesis's kind and what follows it."""
    return _THESIS_TAIL.sub("", text)


_WIDE_COMMA_NAMES = re.compile(r"，\s*(?P<n>[^，,]{3,60})$")


def wide_comma_names(text: str) -> str:
    """``Zero-Shot Sketch-Image Hashing<U+FF0C>Yuming Shen``: the title without the names
    after a full-width comma (no English title's own), one person or more; not names alone
    (``Jinfeng Fang<U+FF0C> Xiangfu Meng.``, a sentence of their own)."""
    m = _WIDE_COMMA_NAMES.search(text)
    if m is None or not (one_person(m["n"].split()) or people(m["n"])):
        return text
    head = text[: m.start()]
    if "，" in head or len(head.split()) < 2 or m["n"].endswith("."):
        return text
    return head


_PDF_NAME = re.compile(r"(?<=[\w)\]])\.(?i:pdf)$")
"""``[Title of the paper.pdf](url)``: a file named by its title (words, not ``AR-NAR-TTS.pdf``)."""


def _titled_file(text: str) -> bool:
    """A file name of three words or more (``Wide & Deep Learning.pdf``), not one word
    (``AR-NAR-TTS.pdf``) or words joined by underscores (``A_Survey_on_NER.pdf``)."""
    words = text.split()
    return len(words) >= 3 and "_" not in words[-1]


def pdf_name_cut(text: str) -> str:
    """A file named by its title without its ``.pdf``."""
    return _PDF_NAME.sub("", text.rstrip()) if _titled_file(text) else text


_LINK_YEAR = re.compile(
    rf"^(?:19[5-9]|20[0-2])\d\s+(?:_?(?:{VENUES}|PNAS)_?\s+)?(?=[A-Z][\w-]*[\s:].{{12}})"
)
"""``[2018 _Science_ AlphaZero: ...](url)``, ``[2021 Trajectory Diversity ...](url)``: a
year (and a journal) opening a link's text, before its title; a year not yet reached opens
the title itself (``2048 Tokens Are Enough ...``)."""


def link_year_cut(text: str) -> str:
    """A link's text without the year (and journal) that opens it."""
    return _LINK_YEAR.sub("", text, count=1)
