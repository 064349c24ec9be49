"""arXiv papers a list links that the reader placed nowhere: in no block it read, no unread
block. Markdown the parser cannot nest (list markers in code-indented lines hundreds
deep, a sub-item written ``    -     - [Title](url)``) can hide a link from every reader;
it is then reported as an unread block, so nothing is dropped without a word. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline import arxivid
from pipeline.formats.blocks import Block
from pipeline.model import UnreadBlock

_ID_SHAPE = re.compile(
    r"(?<!\d)\d{4}\.\d{1,6}|(?<![a-z-])[a-z][a-z-]*(?:\.[a-z]{2})?/\d{5,8}", re.IGNORECASE
)
"""What an arXiv ID looks like anywhere in a block's text or links (a malformed address
``…/1706.02275.pdf&quot;&gt;`` too): a paper the reader placed."""
_ADDRESS = re.compile(r"(?<![=/#%])https?://[^\s<>\"'()\[\]`]{8,300}")
"""An address in a line's text: not one inside another address (a search page's
``?q=https://arxiv.org/…``, a fragment ``#https://…``)."""
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)  # (an unclosed one: to the end, once)
_FENCE = re.compile(r"^\s*(?:`{3,}[^`]*|~{3,}.*)$")
"""A fence's line, at any indentation (inside a list item too); not inline ```code```."""
_BIBTEX = re.compile(r"^\s*(?:@\w+\s*\{|\w+\s*=\s*[{\"])")
"""A line of BibTeX outside a fence (an indented code block): its ``url = {…arxiv…}``."""
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>", re.IGNORECASE)
_SETEXT = re.compile(r"^\s{0,3}(?:=+|-{2,})\s*$")
_LIST_LINE = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s|^\s*\|")
_ASIDE = re.compile(r"^\s{0,3}(?:#{1,6}\s|\[[^\]]+\]:\s)")
"""A heading (its link titles a section or the list) or a link definition (``[x]: url``,
``[//]: <comment>``): context, not a paper the reader lost."""
_CODE_SPAN = re.compile(r"`[^`]*`")
REASON = "a paper link the reader could not place in any entry or block (unusual nesting)"


def unplaced(
    text: str, path: str, blocks: Iterable[Block], unread: Iterable[UnreadBlock]
) -> list[UnreadBlock]:
    """An unread block for each line that links an arXiv paper no block and no unread
    block holds (outside HTML comments and fenced code)."""
    held = (arxivid.find(i) for i in _ID_SHAPE.findall(" ".join(_texts(blocks, unread))))
    seen = {ref.base_id for ref in held if ref is not None}  # ``math.GT/…`` is ``math/…``
    shown = _COMMENT.sub(lambda m: "\n" * m.group().count("\n"), text)
    out, fenced, lines = [], False, shown.split("\n")
    for n, line in enumerate(lines, 1):
        fenced = fenced != bool(_FENCE.match(line))
        aside = _ASIDE.match(line) or _BIBTEX.match(line) or _setext(lines, n)
        text = _IMAGE.sub("", _CODE_SPAN.sub("", line))
        ids = [i for i in ([] if fenced or aside else _arxiv_ids(text)) if i not in seen]
        if ids:
            seen.update(ids)
            urls = tuple(f"https://arxiv.org/abs/{i}" for i in ids[:20])
            out.append(UnreadBlock(path, n, REASON, line.strip()[:200], urls))
    return out


def _arxiv_ids(text: str) -> list[str]:
    """The arXiv IDs of the addresses written in ``text`` (abstract, PDF, DOI, mirror)."""
    if "://" not in text:
        return []
    refs = (arxivid.find(a.rstrip(".,;:")) for a in _ADDRESS.findall(text))
    return list(dict.fromkeys(r.base_id for r in refs if r is not None))


def _setext(lines: list[str], n: int) -> bool:
    """Line ``n`` (1-based) is a heading underlined by the next (``===``, ``---``): a line
    of a paragraph, not a list item or a table row (under which ``---`` is a rule)."""
    line = lines[n - 1]
    heading = n < len(lines) and bool(line.strip()) and not _LIST_LINE.match(line)
    return heading and _SETEXT.match(lines[n]) is not None


def _texts(blocks: Iterable[Block], unread: Iterable[UnreadBlock]) -> Iterable[str]:
    for b in blocks:
        for r in [*b.head, *(r for d in b.details for r in d)]:
            yield r.url
            yield r.text
    for u in unread:
        yield from u.urls
        yield u.text
