"""A bold name, then ``|`` and the paper's titled link: ``**Predictive Recurrent Neural
Network** (**PredRNN**) | [PredRNN: A Recurrent Neural Network for ...](paper)``. Pure."""

from __future__ import annotations

import re

from pipeline.formats.cleantitle import clean_title, title_like
from pipeline.formats.links import link_role


def piped_link_title(rest: list) -> str | None:
    """The title of a paper link that follows a bold name across a ``|`` (an abbreviation
    in brackets may come between): four words or more."""
    for n, (text, link, _, _) in enumerate(rest[:6]):
        if link is not None:
            before = "".join(t for t, _, _, _ in rest[:n])
            cand = clean_title(text)
            piped = "|" in before and not re.sub(r"\([^()]*\)|[|\s*]", "", before)
            ok = piped and link_role(link) == "paper" and len(cand.split()) >= 4
            return cand if ok and title_like(cand) else None
    return None
