"""Pages that stand where a paper's address should be and are no paper's page: a search
for it, or a person's profile. Pure."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

_SEARCH_PATH = frozenset({"search", "scholar", "results"})
_SEARCH_KEYS = frozenset({"query", "q", "search_query", "searchtext", "searchtype"})


def search_page(url: str) -> bool:
    """A search in place of a paper's address (``arxiv.org/search/?query=Title``,
    ``scholar.google.com/scholar?q=Title``): no paper's page. A malformed address is none."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # ``http://[::1/search?q=x``: an unclosed IPv6 bracket
        return False
    segments = {s.lower() for s in parts.path.split("/") if s}
    keys = {k.lower() for k, _ in parse_qsl(parts.query)}
    return bool(segments & _SEARCH_PATH and keys & _SEARCH_KEYS)


_PROFILE = re.compile(
    r"(?i)^https?://(?:www\.)?(?:scholar\.google\.[a-z.]+/citations\?(?:[^#]*&)?user="
    r"|orcid\.org/\d{4}-|dblp\.org/pid/|(?:www\.)?semanticscholar\.org/author/"
    r"|researchgate\.net/profile/|ieeexplore\.ieee\.org/author/\d|dl\.acm\.org/profile/\d)"
)


def profile_page(url: str) -> bool:
    """A person's profile (``scholar.google.com/citations?user=...``, ``orcid.org/0000-...``,
    ``dblp.org/pid/...``): a link to the authors, not to their paper (not one paper's page
    there: ``citation_for_view=``, ``researchgate.net/profile/X/publication/...``)."""
    url = url.strip()
    return _PROFILE.match(url) is not None and _ONE_PAPER.search(url) is None


_ONE_PAPER = re.compile(r"(?i)citation_for_view=|view_op=view_citation|/publication/")
