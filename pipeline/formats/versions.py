"""A sub-item that restates its parent's paper: the same arXiv paper again, or a version of
it (a renamed preprint, a journal version): part of the parent's entry, not an entry. Pure."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline import titles
from pipeline.formats.blocks import arxiv_ids, block_title
from pipeline.formats.items import item_has_title
from pipeline.formats.labels import version_label
from pipeline.formats.links import link_role

if TYPE_CHECKING:
    from pipeline.formats.items import Item
    from pipeline.formats.runs import Run


_VERSION_BEFORE = re.compile(r"(?i)\b(?:version|extension)\b[^\[\]()]{0,30}?\W{0,3}$")
"""``Journal version: ``, ``also a [PAMI version](``, ``Extended version in TPAMI: ``: the
words before a link that call it a version."""


def restates(own: list[Run], child: Item) -> bool:
    """A child item whose paper is its parent's paper again (the same arXiv ID) or a version
    of it: ``[TIP version](ieee)``, ``Journal version: [Same Title](ieee)``, ``also a [PAMI
    version]([Same Title](ieee))``; not another paper beside a version of its code (``[[PyTorch
    version](github)]``) or called an extension under a title of its own, not a child that
    holds papers of its own."""
    if any(item_has_title(g) for g in child.children):
        return False
    runs = child.own
    k = next((i for i, r in enumerate(runs) if r.kind == "link" and link_role(r) == "paper"), None)
    if k is None:
        return False
    paper, ids, mine = runs[k], arxiv_ids(runs[k : k + 1]), arxiv_ids(own)
    if ids and mine:
        return ids <= mine  # a renamed version under the same ID; another ID, another paper
    if version_label(paper.text):
        return True
    before = runs[k - 1].text if k and runs[k - 1].kind == "text" else ""
    parent = block_title(own)
    same = parent is not None and titles.normalize(parent.title) == titles.normalize(paper.text)
    return same and _VERSION_BEFORE.search(before) is not None
