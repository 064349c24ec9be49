"""A bold name, then ``|`` and the paper's titled link: ``**Predictive Recurrent Neural
Network** (**PredRNN**) | [PredRNN: A Recurrent Neural Network for ...](paper)``. Pure."""

from __future__ import annotations

import re

from pipeline.formats import authors as A
from pipeline.formats import citations as C
from pipeline.formats.cleantitle import clean_title, title_like
from pipeline.formats.colontail import NOT_A_TITLE_TAIL
from pipeline.formats.dates import find_year
from pipeline.formats.links import link_role


def piped_link_title(rest: list, bold: str) -> str | None:
    """The title of a paper link that follows a bold name across a ``|``: a name of up to
    three words, or a longer one with its abbreviation in brackets between."""
    for n, (text, link, _, _) in enumerate(rest[:6]):
        if link is not None:
            before = "".join(t for t, _, _, _ in rest[:n])
            piped = "|" in before and not re.sub(r"\([^()]*\)|[|\s*]", "", before)
            named = len(bold.split()) <= 3 or "(" in before  # ``**Long Name** (**ABBR**) |``
            ok = piped and named and link_role(link) == "paper"
            return linked_title(text, 4) if ok else None
    return None


def linked_title(text: str, least: int) -> str | None:
    """A link's text that reads as a paper's title (``least`` words or more), not a venue
    or an award (``ICCV 2017 Best Paper``), authors, a maker or a sentence (``Read it on
    arXiv``)."""
    cand = clean_title(text)
    words = cand.split()
    if len(words) < least or not title_like(cand) or find_year(cand)[0] is not None:
        return None
    maker = NOT_A_TITLE_TAIL.search(cand) and len(words) <= 6 and ":" not in cand
    people = A.author_lead(cand) or "et al" in cand or A.names_like(cand)
    prose = C.is_prose(cand) or C.is_context_text(cand) or words[0].lower() in _VERBS
    return None if maker or people or prose else cand


_VERBS = frozenset("read see check find get download visit watch view try".split())
