"""What the lines under a title say about it: a byline of authors, a venue and labelled
links that belongs to the bold title above it. Pure."""

from __future__ import annotations

import re

from pipeline.formats import authors as A
from pipeline.formats import citations as C
from pipeline.formats import fields as F
from pipeline.formats.blocks import authors_first, has_paper, links_of
from pipeline.formats.refstyles import citation_match
from pipeline.formats.runs import Run, lines_of, plain

_DATED_SENTENCE = re.compile(r"\.\s+[^.]{0,80}?\b(?:19|20)\d\d\b[^.]{0,20}\.?$")
"""The last sentence of a byline, its venue and year (``. VLDB 2023.``, ``. arxiv 2024.``)."""


def byline_of(group: list[Run], head: list[Run]) -> bool:
    """``group`` is the byline of the title ``head`` above it: authors first, a paper link
    labelled only (``[[Paper](url)]``), no title or citation of its own, under a head that
    reads as a title (four words or more), not a label (``**Graph Convolution**``)."""
    if not has_paper(group) or not authors_first(group) or len(plain(head).split()) < 4:
        return False
    generic = all(F.is_generic(r.text) or r.image for r in links_of(group))
    names = plain(lines_of(group)[0]).split("[", 1)[0].strip(" \\*_")  # the names, then
    names = _DATED_SENTENCE.sub("", names).strip(" .*_")  # ``. VLDB 2023.``, ``. arxiv 2024.``
    text = plain(group)
    cited = citation_match(text) is not None or C.quoted_after_names(text) is not None
    named = A.names_like(names) or A.person_list(names + ",") or A.one_person(names.split())
    return generic and named and not cited  # ``Danrui Qi, Jiannan Wang``, ``Immanuel Trummer``
