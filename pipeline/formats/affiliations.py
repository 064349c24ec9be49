"""A list's habit of brackets after its titles: its makers (``Title (Peking University)``,
``Title (Microsoft Research, Redmond)``), so its other titles' brackets name makers too, those
the reader does not know by name (``(UIUC)``, ``(Kakao Brain)``); or its reader's notes in lower
case (``Title (thesis)``, ``Title (cited kover)``, ``Title (low importance)``). Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.formats.contextfacts import context_facts
from pipeline.formats.makers import without_maker
from pipeline.model import PaperEntry

_AFTER = re.compile(r"\s*\((?P<m>[^()]{2,60})\)")
"""A bracket right after a title in its entry's text."""
_TAIL = re.compile(r"\s+\((?P<m>[^()]{2,60})\)$")
"""A bracket closing a title."""
_NAMED = re.compile(r"[A-Z0-9][\w.'’&-]*(?:,?\s+(?:[A-Z0-9][\w.'’&-]*|of|and|for|de|&))*,?")
"""Words of a name, each with a capital or a digit (``UMass Amherst``, ``Kakao Brain``,
``National University of Singapore 2ARC Lab,``)."""
_KIND = re.compile(
    r"(?i)\b(?:abstracts?|papers?|version|edition|preprint|survey|review|tutorial|oral|spotlight"
    r"|poster|demo|workshop|track|part|extended|invited|short|long|full|chapter|thesis)\b"
)
"""Words of what kind of paper a bracket says it is (``(Student Abstract)``, ``(Extended
Version)``): the title's own."""
_METHOD = re.compile(r"(?=\S*[a-z])(?=\S*[A-Z]\S*[A-Z])\S+")
"""One word in mixed case with two capitals or more (``SimCLR``, ``GELUs``, ``BERTology``): a
method's name, not a maker's (``UIUC``, ``Kakao Brain``)."""
LEAST = 5
"""Titles whose makers the reader cut, at the least, before the list's habit is trusted."""


def without_affiliations(entries: list[PaperEntry], heads: list[str]) -> list[PaperEntry]:
    """``entries`` (``heads``: each one's text), the brackets closing their titles cut when
    half the list's titles or more were followed by their makers' names, which the reader
    cut; a bracket that names a venue, a year, or the title's own initials stays."""
    cut = sum(_maker_cut(e.title, h) for e, h in zip(entries, heads, strict=True))
    if cut < LEAST or 2 * cut < len(entries):
        return entries
    return [_uncut(e) for e in entries]


def without_notes(entries: list[PaperEntry]) -> list[PaperEntry]:
    """``entries``, the brackets in lower case closing their titles cut when three titles or
    more close with one (a reader's notes; alone such a bracket may be the title's own,
    ``(and how to read them)``)."""
    noted = [e for e in entries if _NOTE.search(e.title) and len(e.title.split()) >= 4]
    if len(noted) < NOTES:
        return entries
    ev = ("title_note", "the list's habit: notes in lower case in brackets after titles")
    return [
        replace(e, title=_NOTE.sub("", e.title), evidence=(*e.evidence, ev)) if e in noted else e
        for e in entries
    ]


_NOTE = re.compile(r"\s+\((?=[a-z])[^()A-Z]{2,60}\)$")
"""A bracket of words in lower case closing a title (``(already read but check references)``)."""
NOTES = 3
"""Titles closed by a note, at the least, before the list's habit is trusted."""


def _maker_cut(title: str, head: str) -> bool:
    """The entry's text follows its title with a bracket the reader cut as its makers."""
    at = head.find(title) if title else -1
    m = _AFTER.match(head, at + len(title)) if at >= 0 else None
    return m is not None and without_maker(f"{title} ({m['m']})") == title


def _uncut(entry: PaperEntry) -> PaperEntry:
    m = _TAIL.search(entry.title)
    if m is None or not _NAMED.fullmatch(m["m"].strip()) or _own_name(m["m"], entry.title):
        return entry
    if _KIND.search(m["m"]) or _METHOD.fullmatch(m["m"].strip()):
        return entry  # ``(Student Abstract)``, ``(Position Paper)``; ``(GELUs)``, ``(SimCLR)``
    if context_facts(m["m"]) != (None, None):
        return entry  # ``(CVPR 2021)``: a venue, which the reader reads elsewhere
    title = entry.title[: m.start()]
    ev = (*entry.evidence, ("title_makers", "the list's habit: makers in brackets after titles"))
    return replace(entry, title=title, evidence=ev)


def _own_name(note: str, title: str) -> bool:
    """``Fine-Grained Visual Prompting (FGVP)``: the bracket is the title's initials, or its
    words are the title's (``Llama 2: Open Foundation … (Llama 2)``)."""
    words = set(re.findall(r"[\w.-]+", title[: title.rfind("(")].lower()))
    if set(re.findall(r"[\w.-]+", note.lower())) <= words:
        return True
    caps = note.replace(" ", "")
    if not caps.isupper() or not caps.isalpha():
        return False
    initials = iter("".join(w[0] for w in re.findall(r"[A-Za-z][\w]*", title)).upper())
    return all(c in initials for c in caps)
