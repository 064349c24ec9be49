"""Text after a name that describes the named thing rather than titling it
(``**SatMAE** — Extends MAE with ... . The reference formulation ...``). Pure."""

from __future__ import annotations

import re

from pipeline.formats.runs import Run, plain

_NEXT_SENTENCE = re.compile(r"\b[a-z]{3,}[)\]]?\.\s+[A-Z][a-z]*\b")


def sentences(text: str) -> bool:
    """``text`` holds two sentences or more (``... masking. The reference ...``)."""
    return _NEXT_SENTENCE.search(text[:2000]) is not None


def described(lines: list[list[Run]]) -> bool:
    """``**Name** — what it does``, over three lines or more before the first link, or over
    two in more words than a title has, in two sentences or with a clause (``, removing
    ...``): a description, and the name is the title."""
    text = []
    for line in lines:
        if any(r.kind == "link" for r in line):
            break
        text.append(plain(line))
    joined = " ".join(text)
    return len(text) > 2 or (
        len(text) > 1
        and (len(joined.split()) > 22 or sentences(joined) or _CLAUSE.search(joined) is not None)
    )


_CLAUSE = re.compile(r", (?:first )?[a-z]{3,}ing\b")
"""``..., removing the need for ...``: a clause of a sentence, which titles do not have."""
