"""Bullet entries: ``- [Title](paper-url) ...`` (``-``, ``*`` or ``+``), with details
inline (``[[code](url)]``, ``CVPR 2024``) or in nested sub-bullets (authors, venue,
code). Bullets nested under a category bullet are entries too.
"""

from __future__ import annotations

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

NAME = "bullets"
_LABEL = re.compile(
    r"^\s*(?P<label>authors?|venue|conference|journal|published(?: in)?|year|date|code|paper)\s*[:：]\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_DATE = re.compile(r"(?<!\d)(19[89]\d|20\d\d)(?:[-/.](0[1-9]|1[0-2]))?(?!\d)")


def _item_spans(tokens: list[Token]) -> list[tuple[int, int]]:
    """(open, close) token indexes of every list item."""
    spans, stack = [], []
    for i, t in enumerate(tokens):
        if t.type == "list_item_open":
            stack.append(i)
        elif t.type == "list_item_close" and stack:
            spans.append((stack.pop(), i))
    return sorted(spans)


def _own_inline(tokens: list[Token], start: int, end: int) -> Token | None:
    """The first paragraph inline of an item (not of its nested items)."""
    depth = 0
    for i in range(start + 1, end):
        t = tokens[i]
        if t.type == "list_item_open":
            depth += 1
        elif t.type == "list_item_close":
            depth -= 1
        elif t.type == "inline" and depth == 0:
            return t
    return None


def _is_entry(inline: Token) -> bool:
    links = links_in(inline)
    text = plain(inline)
    if _LABEL.match(text):
        return False
    if links and len(links[0].text) >= 12 and links[0].role in ("paper", "other", "project"):
        return True
    return bold_lead(inline) is not None and any(lk.role == "paper" for lk in links)


def _title_of(inline: Token) -> tuple[str, Link | None]:
    links = links_in(inline)
    title = bold_lead(inline)
    if title:
        return title, None
    if links:
        return links[0].text, links[0]
    return plain(inline).split(" - ")[0].strip(), None


def parse(text: str, path: str) -> tuple[list[PaperEntry], str | None, str | None]:
    """Entries from list items that start with a paper link or a bold title."""
    tokens = MD.parse(text)
    section_of = sections(tokens)
    spans = _item_spans(tokens)
    entries: list[PaperEntry] = []
    inside: list[tuple[int, int]] = []
    for start, end in spans:
        if any(s < start and end < e for s, e in inside):
            continue  # a detail bullet of an entry
        inline = _own_inline(tokens, start, end)
        if inline is None or not _is_entry(inline):
            continue
        inside.append((start, end))
        entries.append(_entry(path, tokens, start, end, inline, section_of.get(start)))
    first = entries[0].line - 1 if entries else 10**9
    return entries, first_heading(tokens), intro(tokens, first)


def looks_like(text: str) -> int:
    """Number of bullet entries found."""
    return len(parse(text, "")[0])


def _entry(
    path: str, tokens: list[Token], start: int, end: int, inline: Token, section: str | None
) -> PaperEntry:
    title, title_link = _title_of(inline)
    line = inline.map[0] + 1 if inline.map else 1
    links: list[Link] = []
    details: list[tuple[str, int, list[Link]]] = []
    for i in range(start + 1, end):
        t = tokens[i]
        if t.type != "inline":
            continue
        lks = links_in(t)
        links.extend(lks)
        if t is not inline:
            details.append((plain(t), (t.map[0] + 1) if t.map else line, lks))
    authors: tuple[str, ...] = ()
    venue = venue_line = year_text = year_line = None
    code: Link | None = None
    paper: Link | None = None
    own_text = plain(inline)
    for text, dline, lks in details:
        m = _LABEL.match(text)
        if not m:
            venue = venue or venue_in(text)
            venue_line = venue_line or (dline if venue else None)
            continue
        label, value = m.group("label").lower(), m.group("value")
        if label.startswith("author"):
            authors = tuple(a.strip() for a in re.split(r",| and ", value) if a.strip())
        elif label in ("year", "date"):
            year_text, year_line = value, dline
        elif label == "code":
            code = lks[0] if lks else Link(value, "", dline)
        elif label == "paper":
            paper = lks[0] if lks else None
        else:
            venue, venue_line = value.strip(), dline
    if venue is None:
        venue = venue_in(own_text.replace(title, " "))
        venue_line = line if venue else None
    if paper is None:
        paper = (
            title_link
            if title_link is not None and title_link.role in ("paper", "other")
            else pick(links, "paper")
        )
    code = code or pick(links, "code")
    if year_text is None:
        m = _DATE.search(own_text.replace(title, " "))
        if m:
            year_text, year_line = m.group(0), line
    year = year_in(year_text) if year_text else year_in(venue)
    fields = [
        n
        for n, v in (
            ("paper", paper),
            ("code", code),
            ("year", year_text or year),
            ("venue", venue),
        )
        if v
    ]
    return PaperEntry(
        path=path,
        line=line,
        title=title,
        year=year,
        year_text=year_text or (str(year) if year else None),
        year_line=year_line or (venue_line if year else None),
        paper=paper.ref() if paper else None,
        code=code.ref() if code and code.url else None,
        venue=venue,
        venue_line=venue_line,
        section=section,
        fields=tuple(fields),
        authors=authors,
    )
