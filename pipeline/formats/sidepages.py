"""A table row's title linked to a page the row itself names as its project's, data's or
code's, in a row that says it holds no paper (``| [HuMI](io) | Dataset | [project](io) |``):
no paper's page. Pure."""

from __future__ import annotations

import re

from pipeline.formats.blocks import links_of
from pipeline.formats.runs import Run, plain


def side_page(link: Run, row: tuple) -> bool:
    """``link`` (the title's) goes to a page another cell of ``row`` labels as its project's,
    data's or code's, and a cell of the row names what the row holds as no paper
    (``Dataset``, ``Website``, ``GitHub``); a row of a year or a venue alone beside such a
    link is a paper's, its project page the paper's page by the table's habit (``| 2021 |
    [Mip-NeRF: …](io) | [Project](io) [Code](gh) |``)."""
    return link.url.rstrip("/") in _labelled_elsewhere(row) and _not_a_paper(row)


def _labelled_elsewhere(row: tuple) -> set[str]:
    """Addresses a cell other than the title's links under a project's, data's or code's
    label (``[project](…)``, ``[data](…)``, ``[github](…)``)."""
    return {
        r.url.rstrip("/")
        for role, cell in row
        if role != "title"
        for r in links_of(cell)
        if _SIDE_LABEL.fullmatch(r.text.strip())
    }


def _not_a_paper(row: tuple) -> bool:
    """A cell of the row, in its text (not a link's: ``[Dataset](…)``), names a kind of work
    that is no paper."""
    texts = (plain([r for r in cell if r.kind == "text"]) for role, cell in row if role != "title")
    return any(_KIND.fullmatch(t) for t in texts)


_SIDE_LABEL = re.compile(
    r"(?i)\W*(?:project(?:\s*page)?|home\s*page|(?:web)?page|website|data(?:set)?|github|code)\W*"
)
"""A link's text that names a paper's side page: its project's, its data's, its code's."""
_KIND = re.compile(
    r"(?i)\W*(?:arxiv\s*/\s*)?(?:data\s*sets?|data|benchmarks?|web\s*sites?|sites?|github|code"
    r"|tools?|software|librar(?:y|ies)|demo|models?|checkpoints?)\W*"
)
"""``Dataset``, ``Website``, ``GitHub``, ``arXiv / Dataset``: a cell that names the row's work
as no paper (in a ``Publication`` or a ``Type`` column)."""
