"""A Chicago author-date citation's quoted title (``Brown, Noam, and Tuomas Sandholm. 2017.
“Libratus: The Superhuman AI for No-Limit Poker.” In *Proceedings ...*``; in single curly
quotes too, as British style writes it), wrapped over lines or not. Pure."""

from __future__ import annotations

import re

from pipeline.formats import authors as A
from pipeline.formats import citations as C
from pipeline.formats.common import EMOJI, SHORTCODES

_SINGLE_QUOTED_AFTER = re.compile(
    r"^(?P<names>[^‘’]{2,400}?)[,:]?\s+‘(?P<t>(?:[^‘’]|’(?=[^\W\d_])){8,}?)[,.]?’(?![^\W\d_])"
)
"""``Names. 2008. ‘Title’``: a title in single curly quotes after its authors and year (an
apostrophe between letters inside it, ``Don’t``, closes nothing)."""
_GROUP = re.compile(
    r"(?:The\s+)?(?:[^\W\d_][\w-]*\s+){0,5}(?:Consortium|Collaboration|Group|Team|Committee|Project)"
)
"""``The ENCODE Project Consortium``: a group as a citation's one author."""


def chicago_title(runs: list) -> tuple[str, int] | None:
    """The quoted title of a Chicago author-date citation wrapped over lines, and its first
    line: ``Brown, Noam, and Tuomas Sandholm. 2017. “Libratus: The Superhuman AI for`` /
    ``No-Limit Poker.” In *Proceedings ...*``."""
    lead = []
    for r in runs:
        if r.kind == "link" or len(lead) > 12:
            break
        lead.append(" " if r.kind == "break" else r.text)
    text = " ".join(SHORTCODES.sub(" ", EMOJI.sub(" ", "".join(lead))).split())  # ``:fire: Names``
    if not {"“", '"', "‘"} & set(text):
        return None
    m = C.QUOTED_AFTER.match(text) or _SINGLE_QUOTED_AFTER.match(text)
    if m is None or not _authors_dated(m.group("names")) or len(m.group("t").split()) < 2:
        return None
    return m.group("t").strip(), runs[0].line


def _authors_dated(names: str) -> bool:
    """Chicago's names and year (:func:`~.authors.chicago_names`), or a group's."""
    m = A.AUTHOR_DATE.search(names)
    return A.chicago_names(names) or (m is not None and bool(_GROUP.fullmatch(names[: m.start()])))
