"""What a list's other items say about one of them: in a list whose items open with a
title linked to a paper, an item that opens with a title linked to a page the reader does
not know as a paper host (``- [Title](https://researchr.org/publication/WuJH25)``, a
repository's download, a publisher's own site) links its paper there too. Pure."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from pipeline.formats import fields as F
from pipeline.formats.blocks import Block, Context
from pipeline.formats.runs import Run

MIN_NEIGHBOURS = 3
"""Items of the same list that open with a title linked to a paper, at the least."""

_NOT_PAPER_HOSTS = (
    "youtube.com", "youtu.be", "vimeo.com", "bilibili.com", "twitter.com", "x.com",
    "linkedin.com", "wikipedia.org", "reddit.com", "huggingface.co", "colab.research.google.com",
    "kaggle.com", "discord.gg", "discord.com", "slideshare.net", "speakerdeck.com",
    "sites.google.com",
)  # fmt: skip
"""Pages that are no paper whatever the list around them links: videos, posts, models."""


def _opening_link(own: list[Run]) -> Run | None:
    """The link an item's text opens with (blank text before it aside), else ``None``."""
    first = next((r for r in own if r.kind != "text" or r.text.strip()), None)
    return first if first is not None and first.kind == "link" and not first.image else None


def _titled(link: Run, words: int) -> bool:
    title = F.clean_title(link.text)
    return len(title.split()) >= words and F.title_like(title) and not F.is_generic(title)


def paper_titled(own: list[Run]) -> bool:
    """The item opens with a title (three words or more) linked to a paper."""
    link = _opening_link(own)
    return link is not None and F.link_role(link) == "paper" and _titled(link, 3)


def page_titled(own: list[Run]) -> Run | None:
    """The link of an item that opens with a title (four words or more) linked to a web
    page of no known role (no paper host, repository, project page, blog or video)."""
    link = _opening_link(own)
    if link is None or F.link_role(link) != "other" or not _titled(link, 4):
        return None
    try:
        parts = urlsplit(link.url.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").removeprefix("www.")
    if parts.scheme not in ("http", "https") or host.endswith(_NOT_PAPER_HOSTS):
        return None
    return link if _DOCUMENT.search(parts.path) and not _NO_DOCUMENT.search(parts.path) else None


_DOCUMENT = re.compile(
    r"(?i)(?<![a-z\d])\d{3,}|publications?|articles?|papers?|pubs?|download|documents?|records?"
    r"|handle|literature|content|bitstreams?|abstract|chapter|proceedings|library"
)
"""A path that names a document: a number, or a repository's or publisher's word for one
(``/publication/WuJH25``, ``/content/253/5023/974``, ``/bitstreams/.../download``)."""
_NO_DOCUMENT = re.compile(
    r"(?i)/(?:blogs?|news|projects?|books?|index|en-us[^/]*|software[^/]*)(?:/|$)"
)
"""A blog post, news item, project page, book or product page: no paper (a lab's project
page ``/RVO/`` names no document either)."""


def convention_papers(items: list[tuple[list[Run], bool]]) -> list[int]:
    """The indexes of the items (their own runs, and whether each was read as an entry)
    whose page-linked title is a paper by the list's convention: at least
    :data:`MIN_NEIGHBOURS` entries of the list open with a title linked to a paper, and
    they are at least twice as many as the items that open with a page-linked title."""
    papers = sum(1 for own, read in items if read and paper_titled(own))
    pages = [k for k, (own, read) in enumerate(items) if not read and page_titled(own)]
    return pages if papers >= MIN_NEIGHBOURS and papers >= 2 * len(pages) else []


def page_entries(read: list[tuple[list[Run], list[list[Run]], Context, bool]]) -> list[Block]:
    """The blocks of a list's items (own runs, lines below, context, read as an entry)
    whose page-linked titles are papers by :func:`convention_papers`."""
    out = []
    for k in convention_papers([(own, made) for own, _, _, made in read]):
        own, below, ctx, _ = read[k]
        link = page_titled(own)
        out.append(Block("bullets", link.line, own, ctx, below, paper_link=link))
    return out
