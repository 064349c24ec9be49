"""The catalog's own format: a bold title line, then ``<br>-field:value`` lines.

    **Title of the paper**
      <br>-time:2024
      <br>-paper:[link text](https://arxiv.org/pdf/2407.06642)
      <br>-code:none
      <br>-periodical:ECCV 2024
    ************************************

Fields come in any order and indentation, some may be missing; entries are separated
by lines of asterisks (or dashes/underscores). Line-based, because the format is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from pipeline.formats.common import MD, is_placeholder, links_in, plain_text, year_in
from pipeline.model import LinkRef, PaperEntry

NAME = "br-fields"
_SEPARATOR = re.compile(r"^\s*(?:\*\s*){3,}$|^\s*(?:-\s*){3,}$|^\s*(?:_\s*){3,}$")
_TITLE = re.compile(r"^\s*(?:\*\*|__)(?P<title>.+?)(?:\*\*|__)\s*$")
_FIELD = re.compile(
    r"^\s*(?:<br\s*/?>\s*)*[-*+]?\s*(?P<name>[A-Za-z][A-Za-z_]*(?: [A-Za-z_]+)*)\s*[:：](?P<value>.*)$"
)
r"""NOTE: no two parts may match the same spaces (``[A-Za-z _]*?`` then ``\s*`` did), so
a line of spaces is matched in linear time; the value is stripped in code."""
_SIMPLE_LINK = re.compile(
    r"\s*\[(?P<text>[^\\`*_\[\]!<>&]*)\]\((?P<url>(?:[A-Za-z0-9:/._~?=#+-]|%[0-9A-Fa-f]{2})+)\)\s*$"
)
"""``[text](url)`` with no inline markup in the text and nothing markdown-it would encode."""
_HEADING = re.compile(r"^\s{0,3}(?P<hashes>#{1,6})\s+(?P<text>.*?)\s*#*\s*$")
_BR_FIELD = re.compile(r"<br\s*/?>[ \t]*-[ \t]*([A-Za-z]+)[ \t]*[:：]", re.IGNORECASE)
"""``<br>-time:``: a field line (on one line: a ``<br>`` closing an item followed by a bullet
``- Name: Title`` on the next line is no field)."""

FIELD_ALIASES: dict[str, str] = {
    "time": "year", "year": "year", "date": "year",
    "paper": "paper", "arxiv": "paper", "pdf": "paper", "link": "paper",
    "code": "code", "github": "code", "repo": "code", "repository": "code",
    "periodical": "venue", "venue": "venue", "conference": "venue", "journal": "venue",
    "publication": "venue", "published": "venue",
    "authors": "authors", "author": "authors",
}  # fmt: skip


def looks_like(text: str) -> int:
    """How many ``<br>-field:`` lines with a known field name the text has (the score)."""
    return sum(name.lower() in FIELD_ALIASES for name in _BR_FIELD.findall(text))


@dataclass
class _Block:
    line: int
    title: str = ""
    section: str | None = None
    fields: dict[str, tuple[str, int]] = field(default_factory=dict)


def link_value(value: str, line: int) -> LinkRef:
    """The link a field value holds: a Markdown link, a bare URL, or plain text."""
    simple = _SIMPLE_LINK.match(value)
    if simple:  # what markdown-it reads from it, without the parser (most of a large list)
        return LinkRef(text=" ".join(simple["text"].split()), url=simple["url"], line=line)
    tokens = MD.parseInline(value) if "[" in value or "<" in value else []
    links = links_in(tokens[0], line - 1) if tokens else []
    if links:
        return links[0].ref()
    bare = value.strip().strip("<>")
    if re.match(r"^https?://\S+$", bare, re.IGNORECASE):
        return LinkRef(text=bare, url=bare, line=line)
    return LinkRef(text=plain_text(value), url=None, line=line)


def _entry(path: str, block: _Block) -> PaperEntry:
    f = block.fields
    year_text, year_line = f.get("year", (None, None))
    venue_raw, venue_line = f.get("venue", (None, None))
    venue = plain_text(venue_raw) if venue_raw is not None else None
    authors = f.get("authors", ("", 0))[0]
    return PaperEntry(
        path=path,
        line=block.line,
        title=plain_text(block.title) if block.title else "",
        year=year_in(year_text),
        year_text=year_text,
        year_line=year_line,
        paper=link_value(*f["paper"]) if "paper" in f else None,
        code=link_value(*f["code"]) if "code" in f else None,
        venue=None if venue is None or is_placeholder(venue) else venue,
        venue_line=venue_line,
        section=block.section,
        fields=tuple(k for k in f if k != "authors"),
        authors=tuple(a.strip() for a in plain_text(authors).split(",") if a.strip()),
    )


def scan(text: str, path: str) -> Iterator[PaperEntry | tuple[str, str]]:
    """Yield entries, and ``("heading", text)`` / ``("text", line)`` outside entries."""
    block: _Block | None = None
    section: str | None = None
    for lineno, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        if _SEPARATOR.match(raw):
            if block:
                yield _entry(path, block)
            block = None
            continue
        heading = _HEADING.match(raw)
        if heading:
            if block:
                yield _entry(path, block)
                block = None
            section = plain_text(heading.group("text"))
            yield ("heading", section)
            continue
        title = _TITLE.match(raw)
        if title and "<br" not in raw.lower():
            if block and (block.title or block.fields):
                yield _entry(path, block)
            block = _Block(line=lineno, title=title.group("title").strip(), section=section)
            continue
        fld = _FIELD.match(raw)
        name = FIELD_ALIASES.get(fld.group("name").strip().lower()) if fld else None
        if fld and name and (block is not None or "<br" in raw.lower()):
            if block is None:
                block = _Block(line=lineno, section=section)
            block.fields.setdefault(name, (fld.group("value").strip(), lineno))
            continue
        if block is None:
            yield ("text", raw.strip())
    if block:
        yield _entry(path, block)


def parse(text: str, path: str) -> tuple[list[PaperEntry], str | None, str | None]:
    """Entries, the list's first heading and the text before the first entry."""
    entries: list[PaperEntry] = []
    heading: str | None = None
    description: list[str] = []
    for item in scan(text, path):
        if isinstance(item, PaperEntry):
            entries.append(item)
        elif item[0] == "heading":
            heading = heading or item[1]
        elif not entries:
            description.append(plain_text(item[1]))
    return entries, heading, " ".join(description) or None
