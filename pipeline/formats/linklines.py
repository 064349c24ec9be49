"""A link's text broken over lines of the source (``[Title`` / ``Authors (2019).](doi)``). Pure."""

from __future__ import annotations

import re

from pipeline.formats.authors import names_like

YEAR_END = re.compile(r"\s*[(\[]?(?:19|20)\d\d[a-z]?[)\]]?\W*$")
"""A byline's closing year, in brackets or not (``Rahul Satija (2019).``)."""


def split_byline(text: str) -> tuple[str, str]:
    """A link's text broken over lines whose last line is its byline (``[Comprehensive
    integration of single cell data`` / ``Tim Stuart, ..., Rahul Satija (2019).](doi)``):
    the lines above it (the title) and the byline; else the whole text and ``""``."""
    head, _, tail = text.rpartition("\n")
    titled = head.strip() and len(head.split()) >= 3
    if titled and "," in tail and names_like(YEAR_END.sub("", tail)):
        return head, tail
    return text, ""
