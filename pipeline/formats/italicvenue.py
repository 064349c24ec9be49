"""A venue and its year in italics after a title and a comma, in a list's own words, known
venue or not: ``Title, *Sensors 2023*.``, ``Title, *Control Theory and Technology 2024*.``
(the lists that write ``Title, *TRO 2023*.`` for every entry). Pure."""

from __future__ import annotations

import re

from pipeline.formats import authors as A
from pipeline.formats.dates import DATE
from pipeline.formats.runs import Run

_VENUE_YEAR = re.compile(
    r"(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’()-]*|of|on|for|in|and|the|&)){0,7}"
    r"|[A-Z][a-z]+(?:\s+[a-z]{3,}){1,2}(?=,)),?\s+(?P<year>(?:19|20)\d\d)\.?"
)
"""``Sensors 2023``, ``Control Theory and Technology 2024``: capitalised words (and the
joining words of a venue's name), then a year, and nothing else; or a name in sentence case
and a comma (``Operations research, 1966``, ``Mathematical programming, 2014``)."""
_MIN_TITLE_WORDS = 3

_NOT_VENUE = re.compile(
    r"(?i)\b(?:best\s+(?:\w+\s+)?paper|award|prize|winner|honou?rable\s+mention|spotlight|poster"
    r"|(?:under|in)\s+review|submitted|submission|preprint|accepted|et\s+al|presentation|version"
    r"|track|findings|main\s+conference|(?:long|short)\s+paper)\b"
    r"|\s(?:of|on|for|in|to|the|and|&)$"
)
"""An award, a status, a track or a byline in italics (``*Best Paper 2021*``, ``*Under Review
2024*``, ``*Main Conference 2022*``), or a phrase whose year closes a preposition (``*The Arctic
in 2050*``), not a venue's name (``*The Astrophysical Journal 2021*``, ``*Energy and Buildings*``)."""


def venue_year(text: str) -> tuple[str, int] | None:
    """The name and year of an italic run that holds only a venue and its year, else ``None``."""
    m = _VENUE_YEAR.fullmatch(text.strip())
    if m is None or _NOT_VENUE.search(m["name"]):
        return None
    return m["name"], int(m["year"])


def after_title(before: str, run: Run) -> bool:
    """``run`` is an italic venue and year closing a title and its comma (``Title, *Sensors
    2023*``): not bold, not the first words of the line, not after authors (``Goodfellow,
    Bengio, Courville, *Deep Learning Book 2016*``)."""
    titled = len(before[:400].split(maxsplit=_MIN_TITLE_WORDS)) >= _MIN_TITLE_WORDS
    named = before.rstrip(" ,") if len(before) <= 4000 else before[:4000]  # all names_like reads
    closed = before[-400:].rstrip().endswith(",") and not A.names_like(named)
    return run.em and not run.bold and titled and closed and venue_year(run.text) is not None


def in_line(runs: list[Run]) -> tuple[str, int, str] | None:
    """The italic venue and year closing the line's title (:func:`after_title`), with the text
    that said it, else ``None`` (also for a date, which closes the title but names no venue:
    ``*Apr 2023*``)."""
    before = ""
    for r in runs:
        found = venue_year(r.text) if r.kind == "text" and after_title(before, r) else None
        if found:
            return None if DATE.fullmatch(r.text.strip()) else (*found, r.text.strip())
        before += r.text
    return None
