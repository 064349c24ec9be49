"""Markdown paper list -> :class:`~pipeline.model.ParsedList`. Pure: text in, entries out.

The catalog's format is a block per paper::

    **Title of the paper**
      <br>-time:2024
      <br>-paper:[link text](https://arxiv.org/pdf/2407.06642)
      <br>-code:none
      <br>-periodical:ECCV 2024
    ************************************

Fields come in any order and indentation, some may be missing; a value is a Markdown
link, a bare URL or a placeholder such as ``none``. Links are read with markdown-it-py,
so escaping, autolinks and nested brackets follow CommonMark.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token

from pipeline.errors import NoEntriesError
from pipeline.model import LinkRef, PaperEntry, ParsedList

_MD = MarkdownIt("commonmark")

_SEPARATOR = re.compile(r"^\s*(?:\*\s*){3,}$|^\s*(?:-\s*){3,}$|^\s*(?:_\s*){3,}$")
_TITLE = re.compile(r"^\s*(?:\*\*|__)(?P<title>.+?)(?:\*\*|__)\s*$")
_FIELD = re.compile(
    r"^\s*(?:<br\s*/?>\s*)*[-*+]?\s*(?P<name>[A-Za-z][A-Za-z _]*?)\s*[:：]\s*(?P<value>.*?)\s*$"
)
_HEADING = re.compile(r"^\s{0,3}(?P<hashes>#{1,6})\s+(?P<text>.*?)\s*#*\s*$")
_YEAR = re.compile(r"(?<!\d)(19[89]\d|20\d\d)(?!\d)")

# Field names seen in lists of this shape, mapped to what they mean.
FIELD_ALIASES: dict[str, str] = {
    "time": "year",
    "year": "year",
    "date": "year",
    "paper": "paper",
    "arxiv": "paper",
    "pdf": "paper",
    "link": "paper",
    "code": "code",
    "github": "code",
    "repo": "code",
    "repository": "code",
    "periodical": "venue",
    "venue": "venue",
    "conference": "venue",
    "journal": "venue",
    "publication": "venue",
    "published": "venue",
}

PLACEHOLDERS = frozenset(
    {
        "none",
        "no",
        "n/a",
        "na",
        "nan",
        "null",
        "nil",
        "-",
        "--",
        "—",
        "–",
        "tbd",
        "tba",
        "todo",
        "soon",
        "coming soon",
        "code coming soon",
        "not available",
        "not released",
        "unavailable",
        "unknown",
    }
)


def is_placeholder(text: str) -> bool:
    """True when visible text says there is nothing (``none``, ``N/A``, ``TBD``...)."""
    t = re.sub(r"[\s.!*_`\[\]()]+$", "", text.strip().lower())
    t = re.sub(r"^[\s*_`\[\]()]+", "", t)
    return t in PLACEHOLDERS or t == ""


@dataclass
class _Block:
    """Mutable accumulator for one entry while scanning; frozen on flush."""

    line: int
    title: str = ""
    section: str | None = None
    fields: dict[str, tuple[str, int]] = field(default_factory=dict)


def inline_links(markdown: str) -> list[tuple[str, str]]:
    """``(visible text, target)`` for every link in a line of inline Markdown."""
    out: list[tuple[str, str]] = []
    tokens = _MD.parseInline(markdown)
    for tok in tokens:
        children = tok.children or []
        i = 0
        while i < len(children):
            child = children[i]
            if child.type == "link_open":
                href = str(child.attrGet("href") or "")
                depth, text_parts, j = 1, [], i + 1
                while j < len(children) and depth:
                    c = children[j]
                    depth += c.type == "link_open"
                    depth -= c.type == "link_close"
                    if depth:
                        text_parts.append(_token_text(c))
                    j += 1
                out.append(("".join(text_parts).strip(), href))
                i = j
            else:
                i += 1
    return out


def _token_text(tok: Token) -> str:
    if tok.type in ("text", "code_inline"):
        return tok.content
    if tok.type == "image":
        return "".join(_token_text(c) for c in tok.children or []) or tok.content
    if tok.type in ("softbreak", "hardbreak"):
        return " "
    return ""


def plain_text(markdown: str) -> str:
    """Inline Markdown reduced to the text a reader sees (emphasis, links unwrapped)."""
    parts: list[str] = []
    for tok in _MD.parseInline(markdown):
        parts.extend(_token_text(c) for c in tok.children or [])
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def link_value(value: str, line: int) -> LinkRef:
    """The link a field value holds: a Markdown link, a bare URL, or plain text."""
    links = inline_links(value)
    if links:
        text, url = links[0]
        return LinkRef(text=text, url=url or None, line=line)
    bare = value.strip().strip("<>")
    if re.match(r"^https?://\S+$", bare, re.IGNORECASE):
        return LinkRef(text=bare, url=bare, line=line)
    return LinkRef(text=plain_text(value), url=None, line=line)


def _entry(path: str, block: _Block) -> PaperEntry:
    year = year_text = year_line = None
    if "year" in block.fields:
        year_text, year_line = block.fields["year"]
        m = _YEAR.search(year_text)
        year = int(m.group(1)) if m else None
    paper = code = None
    if "paper" in block.fields:
        paper = link_value(*block.fields["paper"])
    if "code" in block.fields:
        code = link_value(*block.fields["code"])
    venue = venue_line = None
    if "venue" in block.fields:
        raw, venue_line = block.fields["venue"]
        text = plain_text(raw)
        venue = None if is_placeholder(text) else text
    return PaperEntry(
        path=path,
        line=block.line,
        title=plain_text(block.title) if block.title else "",
        year=year,
        year_text=year_text,
        year_line=year_line,
        paper=paper,
        code=code,
        venue=venue,
        venue_line=venue_line,
        section=block.section,
        fields=tuple(block.fields),
    )


def _scan(lines: list[str], path: str) -> Iterator[PaperEntry | tuple[str, str]]:
    """Yield entries, and ``("heading", text)`` / ``("text", line)`` outside entries."""
    block: _Block | None = None
    section: str | None = None
    for lineno, raw in enumerate(lines, start=1):
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
            block.fields.setdefault(name, (fld.group("value"), lineno))
            continue
        if block is None:
            yield ("text", raw.strip())
    if block:
        yield _entry(path, block)


def parse_text(text: str, path: str) -> ParsedList:
    """Parse a list's text; ``path`` is only recorded in the entries.

    Raises :class:`~pipeline.errors.NoEntriesError` when nothing in the text has the
    shape of an entry.
    """
    entries: list[PaperEntry] = []
    heading: str | None = None
    description: list[str] = []
    for item in _scan(text.splitlines(), path):
        if isinstance(item, PaperEntry):
            entries.append(item)
        elif item[0] == "heading":
            heading = heading or item[1]
        elif not entries:
            description.append(plain_text(item[1]))
    if not entries or not any(e.fields for e in entries):
        raise NoEntriesError(
            f"{path}: no paper entries found. paperlist reads blocks of a bold title line "
            "followed by '<br>-time:', '<br>-paper:', '<br>-code:', '<br>-periodical:' "
            "lines; check the file is the list you meant"
        )
    return ParsedList(
        path=path,
        entries=tuple(entries),
        heading=heading,
        description=" ".join(description) or None,
    )
