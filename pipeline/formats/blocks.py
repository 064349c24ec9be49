"""Bold-title blocks: ``**Short: Title**`` with a date such as ``(12 May 2025)`` or
``2025-05``, badge links on the following lines, and ``<details>`` author blocks.

    **DDPO: Training Diffusion Models with Reinforcement Learning** (22 May 2023)
    [![arXiv](https://img.shields.io/badge/arXiv-2305.13301-b31b1b.svg)](https://arxiv.org/abs/2305.13301)
    [![GitHub](https://img.shields.io/github/stars/jannerm/ddpo)](https://github.com/jannerm/ddpo)
    <details><summary>Authors</summary>Kevin Black, Michael Janner</details>
"""

from __future__ import annotations

import html
import re

from markdown_it.token import Token

from pipeline.formats.common import (
    MD,
    Link,
    bold_lead,
    first_heading,
    intro,
    links_in,
    pick,
    plain,
    sections,
    venue_in,
    year_in,
)
from pipeline.model import PaperEntry

NAME = "bold-blocks"
_DATE = re.compile(
    r"\((?P<d>\d{1,2}\s+[A-Za-z]{3,9}\.?\s+(?P<y1>(?:19|20)\d\d))\)|(?<!\d)(?P<y2>(?:19|20)\d\d)-(?:0[1-9]|1[0-2])(?!\d)"
)
_TAGS = re.compile(r"<[^>]+>")


def parse(text: str, path: str) -> tuple[list[PaperEntry], str | None, str | None]:
    """Entries from paragraphs that open with a bold title and carry links."""
    tokens = MD.parse(text)
    section_of = sections(tokens)
    blocks: list[dict] = []
    current: dict | None = None
    for i, t in enumerate(tokens):
        if t.type == "heading_open":
            current = None
        if t.type == "inline" and tokens[i - 1].type == "paragraph_open":
            title = bold_lead(t)
            if title:
                current = {
                    "title": title,
                    "inline": t,
                    "links": [],
                    "extra": [],
                    "section": section_of.get(i),
                }
                blocks.append(current)
            if current is not None:
                current["links"].extend(links_in(t))
                current["extra"].append(plain(t))
        elif t.type == "html_block" and current is not None:
            current["extra"].append(t.content)
    entries = [_entry(path, b) for b in blocks if any(lk.role == "paper" for lk in b["links"])]
    first = entries[0].line - 1 if entries else 10**9
    return entries, first_heading(tokens), intro(tokens, first)


def looks_like(text: str) -> int:
    """Number of bold-title blocks with a paper link."""
    return len(parse(text, "")[0])


def _entry(path: str, b: dict) -> PaperEntry:
    inline: Token = b["inline"]
    line = inline.map[0] + 1 if inline.map else 1
    links: list[Link] = b["links"]
    paper, code = pick(links, "paper"), pick(links, "code")
    own = plain(inline)
    m = _DATE.search(own)
    year_text = m.group("d") or m.group(0) if m else None
    authors: tuple[str, ...] = ()
    for extra in b["extra"]:
        if "<details" in extra.lower():
            body = html.unescape(
                _TAGS.sub(" ", re.sub(r"<summary>.*?</summary>", " ", extra, flags=re.S | re.I))
            )
            authors = tuple(
                a.strip() for a in re.split(r",|\band\b", " ".join(body.split())) if a.strip()
            )
    venue = venue_in(" ".join(b["extra"][1:])) or venue_in(own.replace(b["title"], " "))
    year = year_in(year_text) if year_text else year_in(venue)
    fields = [
        n for n, v in (("paper", paper), ("code", code), ("year", year), ("venue", venue)) if v
    ]
    return PaperEntry(
        path=path,
        line=line,
        title=b["title"],
        year=year,
        year_text=year_text or (str(year) if year else None),
        year_line=line if year else None,
        paper=paper.ref() if paper else None,
        code=code.ref() if code else None,
        venue=venue,
        venue_line=line if venue else None,
        section=b["section"],
        fields=tuple(fields),
        authors=authors,
    )
