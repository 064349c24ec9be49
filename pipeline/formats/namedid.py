"""An arXiv ID an entry writes as text (``arXiv:2609.31041``) rather than as a link. Pure."""

from __future__ import annotations

import re

from pipeline import arxivid

ARXIV_NAMED = re.compile(r"(?i)(?<![\w/.])arxiv\s?:\s?(\d{4}\.\d{4,5})(?:v\d+)?(?!\d|\.\d)")
NAMED_TEXT = 4000
"""Characters of an entry's text looked at for an arXiv ID it names."""


def named_arxiv_id(text: str, url: str | None, ev: dict[str, str]) -> str | None:
    """``| arxiv:2609.31041v1 | [Title](papers/x.md) |``: the one arXiv ID an entry writes
    as text (``arXiv:ID``) when its paper link is not arXiv's, else ``None`` (none, or two);
    ``ev`` notes where it came from."""
    if url and arxivid.from_url(url):
        return None
    ids = set(ARXIV_NAMED.findall(text[:NAMED_TEXT]))
    if len(ids) != 1 or arxivid.parse_id(next(iter(ids))) is None:
        return None
    ev["arxiv_id"] = "arXiv ID written in the entry's text (its paper link is not arXiv's)"
    return ids.pop()
