"""``-[Title](url)``: a list's item written without the space after its dash, which
CommonMark reads as a lazy line of the item above (its links the above paper's). Pure."""

from __future__ import annotations

import re

from pipeline.formats.leadlines import FENCE

_GLUED = re.compile(r" {0,3}-\[(?P<text>[^\[\]]+)\]\([^()\s]+\)(?P<rest>.*)")
_LINK_ITEM = re.compile(r" {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(?:(?::\w+:|[^\w\s\[])+[ \t]*)?\[")
"""An item that opens with a link (``- [Title](url)``, ``1. 🔥 [Title](url)``)."""
_LABEL_WORD = re.compile(
    r"(?i)\b(?:code|codes|paper|pdf|project|github|arxiv|website|video|slides?|blog|post|demo|"
    r"data(?:set)?|page|link|notes?|poster|official|unofficial|implementation|pytorch|"
    r"tensorflow|models?|weights|talk|supp\w*|bibtex)\b"
)
"""A word of a link's label (``-[Code & Models](url)``, ``-[Unofficial PyTorch code](url)``):
a field of the item above, no item's title."""


def glued_items(lines: list[str]) -> set[int]:
    """The indices of ``lines`` that are items written ``-[Title](url)``: right under an item
    that opens with a link as well (``- [Title](url)``: the list's own shape) or under one
    such glued item, with a link text of three words or more that holds no label's word nor a
    repository's path, and no sentence or other glued link going on after it (``-[Faster
    R-CNN](url) with a mask branch.``, ``-[Blog](url) -[Code](url)``); never in a code fence."""
    found: set[int] = set()
    fenced = False
    for i, line in enumerate(lines):
        fenced = fenced != bool(FENCE.match(line))
        glued = None if fenced or i == 0 else _GLUED.match(line)
        if glued is None or not (_LINK_ITEM.match(lines[i - 1]) or i - 1 in found):
            continue
        text, rest = glued["text"], glued["rest"].lstrip()
        titled = len(text.split()) >= 3 and not _LABEL_WORD.search(text) and "/" not in text
        if titled and not rest[:1].islower() and "-[" not in rest:
            found.add(i)
    return found
