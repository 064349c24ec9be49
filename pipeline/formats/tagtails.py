"""What closes a title's text and is no part of it: the paper's arXiv ID in brackets, emoji
shortcodes, and link labels written without their links. Pure."""

from __future__ import annotations

import re

from pipeline.formats.authors import SURNAME_LIST
from pipeline.formats.labels import is_generic

_ARXIV_ID_TAIL = re.compile(r"\s*\((?:arXiv[:\s]\s*)?\d{4}\.\d{4,5}(?:v\d+)?\)[\s\[\\]*$", re.I)
"""``Title (arXiv 2312.11514)``: the paper's arXiv ID after its title."""
_ARXIV_ID_AFTER = re.compile(r"(?<=\w)[,:]\s*arXiv:\s?\d{4}\.\d{4,5}(?:v\d+)?[\s\[\\]*$", re.I)
"""``Title of four words or more: arXiv:2003.10465`` (not ``Comment on: arXiv:1905.01234``)."""
_SHORTCODES_TAIL = re.compile(r"(?:\s*:[a-z0-9_+-]{2,30}:)+\s*$")
"""``Title :fire: :star:``: emoji written as shortcodes after a title."""
_ONE_LABEL = re.compile(r"\s*(?:\[\[?([^\[\]]{1,40})\]\]?|\((?=[^()]*[A-Za-z])([^()]{1,20})\))\s*$")


def label_tail(text: str) -> str:
    """``Title [Code] [[Page]] [Task structures]``: link labels written without their links
    (the list's placeholders) and the tags after them are no part of the title. One
    bracket group at a time from the end (linear: a repeated group was quadratic)."""
    rest, cut = text, None
    for _ in range(6):
        m = _ONE_LABEL.search(rest)
        if m is None or m.start() == 0:
            break
        rest, label = rest[: m.start()], m.group(1) or m.group(2)
        paren = m.group(2) is not None
        if (
            (label.lower() in _LINK_KINDS)
            if paren
            else (
                is_generic(label)
                or _ABBREVIATIONS.fullmatch(label)
                or SURNAME_LIST.fullmatch(label)
            )
        ):
            cut = len(rest)  # ``Title (Github)``; a bracket group before it stays
    text = text[:cut] if cut is not None else text
    return _NOTE_TAIL.sub("", text) if len(text.split()) >= 3 else text


_NOTE_TAIL = re.compile(
    r"\s\((?i:oral|spotlight|poster|best\s+paper(?:\s+award)?|(?:phd|master'?s)\s+thesis"
    r"|preprint|in\s+submission|under\s+review|submitted|to\s+appear"
    r"|abbr\.\s*[^()]{1,30})\)$|\s*\(?Links to an external site\.?\)?$"
)
"""``Title (oral)``, ``(best paper award)``, ``(PhD Thesis)``, ``(In submission)``, ``(Abbr.
NSG)``: a note on the paper or its abbreviation after the title, no part of it (a part's
number, ``(2)``, stays); a course page's ``Links to an external site.`` (Canvas's words for
a screen reader, copied into the link's text)."""


_LINK_KINDS = frozenset(
    "github gitlab code pdf paper arxiv project website demo video slides".split()
)
"""``Title (Github)``: a kind of link named in brackets after a title."""
_ABBREVIATIONS = re.compile(r"(?:`?[A-Za-z]{1,5}\.`?\s*){1,6}")
"""``[`est.` `opt.`]``: the list's own abbreviated category tags after a title."""


def without_id_tags(text: str) -> str:
    """``text`` without an arXiv ID and shortcodes after it."""
    text = _ARXIV_ID_AFTER.sub("", text) if len(text.split()) >= 5 else text
    return _SHORTCODES_TAIL.sub("", _ARXIV_ID_TAIL.sub("", text))
