"""A table row's title linked to a page the row itself names as its project's, data's or
code's, in a row that says it holds no paper (``| [HuMI](io) | Dataset | [project](io) |``):
no paper's page. Pure."""

from __future__ import annotations

import re

from pipeline.formats import fields as F
from pipeline.formats.blocks import links_of
from pipeline.formats.runs import Run, plain


def side_page(link: Run, row: tuple) -> bool:
    """``link`` (the title's) goes to a page another cell of ``row`` labels as its project's,
    data's or code's, a cell of the row names what the row holds as no paper (``Dataset``,
    ``Website``) and the link names it (a short name) or the row names no venue nor year;
    else its project page is the paper's page by the table's habit (``| 2021 | [Mip-NeRF:
    …](io) | [Project](io) [Code](gh) |``, ``| [ShapeNet: An Information-Rich 3D Model
    Repository](io) | Dataset | arXiv 2015 |``)."""
    if link.url.rstrip("/") not in _labelled_elsewhere(row) or not _not_a_paper(row):
        return False
    named = len(link.text.split()) <= NAME_WORDS  # ``[HuMI](io)``, not a paper's whole title
    return named or not any(F.context_facts(plain(c)) != (None, None) for _, c in row)


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
    """A cell of the row with no link (not ``[Dataset](…)``, ``Code: [github](…)``) names a
    kind of work that is no paper."""
    return any(_KIND.fullmatch(plain(c)) for role, c in row if role != "title" and not links_of(c))


_SIDE_LABEL = re.compile(
    r"(?i)\W*(?:project(?:\s*page)?|home\s*page|(?:web)?page|website|data(?:set)?|github|code)\W*"
)
"""A link's text that names a paper's side page: its project's, its data's, its code's."""
_KIND = re.compile(
    r"(?i)\W*(?:arxiv\s*/\s*)?(?:data\s*sets?|web\s*sites?|sites?|tools?|software|librar(?:y|ies))\W*"
)
"""``Dataset``, ``Website``, ``arXiv / Dataset``: a cell that names the row's work as no paper
(in a ``Publication`` or a ``Type`` column; not ``Code``, ``Model``, ``Demo``: what a paper
released, in a ``Released`` column)."""
NAME_WORDS = 4
"""Words of a title link at most that name a work rather than title a paper (``[HuMI]``)."""
