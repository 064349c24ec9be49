"""Markdown tables with title / paper / code / year / venue columns in any order.

Cells may hold badge links (``[![Paper](badge)](url)``: the badge image is never the
link), titles that are themselves links, and several links. A row is an entry.
"""

from __future__ import annotations

from markdown_it.token import Token

from pipeline.formats.common import (
    MD,
    Link,
    first_heading,
    intro,
    is_placeholder,
    links_in,
    pick,
    plain,
    sections,
    venue_in,
    year_in,
)
from pipeline.model import LinkRef, PaperEntry

NAME = "table"
ROLES = {
    "title": ("title", "paper title", "name", "method", "paper name"),
    "paper": ("paper", "arxiv", "pdf", "link", "links", "publication", "paper link"),
    "code": ("code", "github", "repo", "repository", "implementation", "project"),
    "year": ("year", "date", "time", "published"),
    "venue": ("venue", "conference", "journal", "conf", "where"),
}


def _role(header: str) -> str | None:
    h = header.strip().lower().strip("*_ ")
    for role, names in ROLES.items():
        if h in names:
            return role
    for role, names in ROLES.items():
        if any(n in h for n in names):
            return role
    return None


def _rows(tokens: list[Token], start: int) -> tuple[list[list[Token]], list[list[Token]], int]:
    """Header cells and body rows (inline tokens) of the table opening at ``start``."""
    header: list[list[Token]] = []
    body: list[list[Token]] = []
    row: list[Token] | None = None
    in_head = False
    i = start
    while i < len(tokens) and tokens[i].type != "table_close":
        t = tokens[i]
        if t.type == "thead_open":
            in_head = True
        elif t.type == "thead_close":
            in_head = False
        elif t.type == "tr_open":
            row = []
        elif t.type == "tr_close" and row is not None:
            (header if in_head else body).append(row)
        elif t.type == "inline" and row is not None:
            row.append(t)
        i += 1
    return header, body, i


def looks_like(text: str) -> int:
    """Rows of tables that have a title or paper column."""
    return len(parse(text, "")[0])


def parse(text: str, path: str) -> tuple[list[PaperEntry], str | None, str | None]:
    """Entries from every table whose header names a title or paper column."""
    tokens = MD.parse(text)
    section_of = sections(tokens)
    entries: list[PaperEntry] = []
    first_table_line = None
    i = 0
    while i < len(tokens):
        if tokens[i].type != "table_open":
            i += 1
            continue
        header, body, end = _rows(tokens, i)
        roles = [_role(plain(c)) for c in header[0]] if header else []
        if "title" in roles or "paper" in roles:
            first_table_line = (
                first_table_line if first_table_line is not None else tokens[i].map[0]
            )
            for row in body:
                entry = _entry(path, row, roles, section_of.get(i))
                if entry is not None:
                    entries.append(entry)
        i = end + 1
    stop = first_table_line if first_table_line is not None else 10**9
    return entries, first_heading(tokens), intro(tokens, stop)


def _entry(
    path: str, row: list[Token], roles: list[str | None], section: str | None
) -> PaperEntry | None:
    cells: dict[str, Token] = {}
    for role, cell in zip(roles, row, strict=False):
        if role and role not in cells:
            cells[role] = cell
    line = (row[0].map[0] + 1) if row and row[0].map else 1
    all_links: list[Link] = [lk for c in row for lk in links_in(c)]
    title_cell = cells.get("title") or cells.get("paper")
    title = plain(title_cell) if title_cell is not None else ""
    if not title and not all_links:
        return None
    fields = []
    paper_links = links_in(cells["paper"]) if "paper" in cells else []
    title_links = links_in(cells["title"]) if "title" in cells else []
    paper = (
        pick(paper_links, "paper")
        or pick(title_links, "paper")
        or (title_links[0] if title_links else None)
    )
    if paper is None and paper_links:
        paper = paper_links[0]
    paper_ref: LinkRef | None = paper.ref() if paper else None
    if paper_ref is None and "paper" in cells:
        txt = plain(cells["paper"])
        paper_ref = LinkRef(text=txt, url=None, line=line)
    if paper_ref is not None:
        fields.append("paper")
    code_ref = None
    if "code" in cells:
        code_link = pick(links_in(cells["code"]), "code") or next(
            iter(links_in(cells["code"])), None
        )
        code_ref = code_link.ref() if code_link else LinkRef(plain(cells["code"]), None, line)
        fields.append("code")
    else:
        code_link = pick(all_links, "code")
        code_ref = code_link.ref() if code_link else None
    venue = plain(cells["venue"]) if "venue" in cells else None
    venue = None if venue is None or is_placeholder(venue) else venue
    year_text = plain(cells["year"]) if "year" in cells else None
    year = year_in(year_text) if year_text else year_in(venue) or year_in(venue_in(title))
    if year_text is not None or year is not None:
        fields.append("year")
    if venue is not None:
        fields.append("venue")
    return PaperEntry(
        path=path,
        line=line,
        title=title,
        year=year,
        year_text=year_text if year_text is not None else (str(year) if year else None),
        year_line=line,
        paper=paper_ref,
        code=code_ref,
        venue=venue,
        venue_line=line if venue else None,
        section=section,
        fields=tuple(fields),
    )
