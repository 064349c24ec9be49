"""``-[Title](url)``: a list's item written without the space after its dash, which
CommonMark reads as a lazy line of the item above (its links the above paper's). Pure."""

from __future__ import annotations

import re

from pipeline.formats.leadlines import FENCE

_GLUED = re.compile(r" {0,3}-\[(?P<text>[^\[\]]+)\]\(")
_ITEM = re.compile(r" {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S")
_LABEL = re.compile(
    r"(?i)\W*(?:code|paper|pdf|project(?:\s+page)?|github|arxiv|website|web|video|slides?|blog|"
    r"demo|data(?:set)?|home\s?page|page|link|supp\w*|poster|bib(?:tex)?|doi|html|abs)\W*"
)
"""A link's label (``-[code](url)``, ``-[paper](url)``): a field of the item above, no item."""


def glued_items(lines: list[str]) -> set[int]:
    """The indices of ``lines`` that are ``-`` items written ``-[Title](url)``: inside a list
    (its last line at the margin opens an item, no blank line since), with a link text that
    is no label (``-[code](url)`` under an item stays that item's code), out of code fences."""
    found: set[int] = set()
    fenced = in_list = False
    for i, line in enumerate(lines):
        if FENCE.match(line):
            fenced = not fenced
        glued = None if fenced else _GLUED.match(line)
        if glued and in_list and not _LABEL.fullmatch(glued["text"]):
            found.add(i)
        elif not line.strip() or fenced:
            in_list = False
        elif not glued and line[:1] not in (" ", "\t"):
            in_list = _ITEM.match(line) is not None  # (an indented line goes on the item)
    return found
