"""Citations as PubMed and the NLM style write them (``Costa IG. Dissecting gene regulation
with multimodal sequencing. Nat Methods. 2023 Sep;20(9):1282-1284. doi: 10.1038/… PMID:
37537350.``): the authors (surnames and initials, no stops) before the title, the journal,
its date, volume and pages, and the record's numbers after it. Pure."""

from __future__ import annotations

import re

_TAIL = re.compile(
    r"\.\s+(?P<journal>[A-Z][^.;]{1,80}?)\.\s+(?:19|20)\d\d(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\s*[;:.]"
)
"""``. Nat Methods. 2023 Sep;``, ``. Bioinform Adv. 2024 Aug 14;``: the journal's sentence and
its date, after the title."""
_RECORD = re.compile(r"\b(?:PMID|PMCID|doi):\s*\S")
_PARTICLE = r"(?:(?:van|von|de|der|den|da|di|du|la|le|dos|del) )*"
_NAME = (
    rf"{_PARTICLE}[^\W\d_a-z][\w'’-]*(?: {_PARTICLE}[^\W\d_a-z][\w'’-]*){{0,2}} [A-Z]{{1,4}}"
    r"(?:-[A-Z]{1,2})?(?: (?:Jr|Sr|2nd|3rd|4th|II|III|IV))?"
)
_AUTHORS_END = re.compile(
    rf"^(?:[^;.]{{3,80}}; )?{_NAME}(?:, ?{_NAME}|; [^;.]{{3,80}}|,? ?(?:\.\.\.|…),? ?{_NAME})*(?:,? et al)?\.\s+(?=\S)"
)
"""The authors' sentence: surnames and initials with no stops (``Costa IG.``, ``Lee S-H``,
``Smith JA Jr``, ``Zitnik M, Li MM, …``, groups before or between semicolons, ``et al.``),
opening the citation (not a title first, ``Title. Jumper J. et al. Nature. 2021;…``)."""


def nlm_title(text: str) -> str | None:
    """The title of an NLM-style citation (its record's PMID or doi written out), else ``None``."""
    if _RECORD.search(text) is None:
        return None
    authors = _AUTHORS_END.match(text)
    if authors is None:
        return None
    tail = _TAIL.search(text, authors.end())
    if tail is None:
        return None
    title = text[authors.end() : tail.start() + 1].strip()
    return title.rstrip(".") if len(title.split()) >= 2 else None
