"""A sub-item that restates its parent's paper: the same arXiv paper again, or a version of
it (a renamed preprint, a journal version): part of the parent's entry, not an entry. Pure."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.formats.blocks import arxiv_ids
from pipeline.formats.labels import version_label

if TYPE_CHECKING:
    from pipeline.formats.items import Item
    from pipeline.formats.runs import Run


_VERSION_BEFORE = re.compile(r"(?i)\b(?:version|extension)\W{0,3}$")


def restates(own: list[Run], child: Item) -> bool:
    """A child item that links its parent's paper again (the same arXiv ID) or a version of
    it off arXiv (``also a [PAMI version](url)``, ``journal version: [Title](url)``): not
    another entry."""
    ids = arxiv_ids(child.own)
    if ids:  # an extension on arXiv under its own ID is a paper of its own
        return ids <= arxiv_ids(own)
    runs = child.own
    before = [
        runs[k - 1].text if k and runs[k - 1].kind == "text" else "" for k in range(len(runs))
    ]
    return any(
        r.kind == "link" and (version_label(r.text) or _VERSION_BEFORE.search(b))
        for r, b in zip(runs, before, strict=True)
    )
