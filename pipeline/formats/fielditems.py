"""Sibling list items that give the paper item above them its fields: ``- **Code:** url``,
``+ [![Code](badge)](github)``. Pure."""

from __future__ import annotations

import re

from pipeline.formats import fields as F
from pipeline.formats.blocks import has_paper, links_of
from pipeline.formats.items import Item
from pipeline.formats.runs import Run

FIELD_LABELS = frozenset([*"code github repo repository project 代码 代码地址 项目主页".split(), "project page"])  # fmt: skip
"""Labels of sibling items that give the entry above them its code or project page."""
FIELD_BADGES = frozenset(("code", "official code", "project", "project page"))
"""Badge labels of a paper's code or page (``Code (to be released)``: its first word); not
``GitHub`` or a framework's name, which lists of repositories give their items, nor
``Website`` (a lab's, the list's) unless after a code badge."""


_CODE_ITEM = re.compile(r"(?i)\s*(?:official\s+)?(?:implementations?|source\s*codes?)\s*[:：]")


def code_item(runs: list[Run], papers: bool = False) -> bool:
    """``- Implementation: github https://github.com/o/r``, ``- Source code: url``: a sibling
    item under a paper's item that gives it its code (not when it or its children link a
    paper: ``papers``)."""
    return not papers and _CODE_ITEM.match("".join(r.text for r in runs[:2])) is not None


def field_links(runs: list[Run]) -> bool:
    """``+ [![Code](badge)](github)``: an item of nothing but badges, the first labelled code
    or a page (:data:`FIELD_BADGES`), none a paper: the fields of the paper item above it."""
    links, said = links_of(runs), "".join(r.text for r in runs if r.kind == "text")
    first = re.sub(r"\s*\(.*", "", links[0].text).strip().lower() if links else ""
    badges = all(r.image and r.alt_only and F.link_role(r) != "paper" for r in links)
    return first in FIELD_BADGES and badges and not said.strip(" ,|·")


_DATED_ITEM = re.compile(
    r"(?i)\W*(?:venue|year|published(?:\s+(?:in|at))?|publication|conference|journal)"
    r"(?:\s*/\s*[a-z]+)?\W*[:：]\s*(?P<v>.+)"
)


def dated_item(it: Item, items: list[Item]) -> bool:
    """``- **Venue/status**: ICLR 2025 · peer-reviewed`` (a full-width colon too), ``- Year:
    2024``: a sibling item under a paper's item (``- **Paper**: [Title](url)``) that says
    where and when it appeared; not one over child items or over the next paper's item (a
    group's year: ``- Year: 2018`` over its papers), nor a ``Date`` (a meeting's, the day
    the paper was added)."""
    at = items.index(it)
    after = items[at + 1 : at + 2]
    if it.children or links_of(it.own) or any(has_paper(a.own) for a in after):
        return False
    m = _DATED_ITEM.match("".join(r.text for r in it.own if r.kind == "text"))
    return m is not None and F.context_facts(m["v"]) != (None, None)
