"""Markdown table rows as their maintainers meant them, mended before markdown-it reads them:
a row wider than its header (a stray ``|``), a row broken over two lines (a line break
inside its title cell) and a table right under a tag line (``<p>``). Pure."""

from __future__ import annotations

import re

DELIMITER_ROW = re.compile(r"\s*\|?\s*:?-+:?\s*(?:\||$)")
"""A table's delimiter row (``|:---:|---|``), under its header."""


def mend_rows(lines: list[str]) -> dict[int, int]:
    """Mend, in place, the rows broken over two lines (:func:`_mend_broken_rows`) and the
    tables written right under a tag (:func:`_tag_over_table`); return the rows wider than
    their header (:func:`_wide_rows`), each with its header's width."""
    _mend_broken_rows(lines)  # (first: a mended row is as wide as its header)
    for i in range(len(lines) - 2):
        if _tag_over_table(lines, i):
            lines[i] = ""  # the tag no browser shows, and the table no longer inside its block
    return _wide_rows(lines)


_TAGS_ONLY = re.compile(r"\s*(?:<(?!/?(?:table|tr|td|th|thead|tbody)\b)[a-z/][^<>]*>\s*)+", re.I)


def _tag_over_table(lines: list[str], i: int) -> bool:
    """``<p>`` right over a table's header and delimiter rows (no blank line between): an
    HTML block would hold the table as raw text; the maintainer meant a table."""
    header, rule = lines[i + 1], lines[i + 2]
    table = "|" in header and DELIMITER_ROW.match(rule) is not None and "|" in rule
    return table and _TAGS_ONLY.fullmatch(lines[i]) is not None


def _mend_broken_rows(lines: list[str]) -> None:
    """Join, in place, each table row cut inside a cell by a line break with the line that
    carries it on (``|2025.12| Topic |[**Name**] Title`` over `` (@Lab) | [[pdf]](url) | x |``):
    the row opens with ``|`` but does not close, has fewer cells than its header, and the
    line below (no ``|`` first) brings it to the header's width, closed. The carried line
    becomes an empty row, so the table goes on and line numbers never change."""
    width = 0
    for i in range(1, len(lines)):
        if DELIMITER_ROW.match(lines[i]) and "|" in lines[i - 1]:
            width = len(_cells(lines[i]))
            continue
        row, below = lines[i - 1].strip(), lines[i].strip()
        if not width or not row.startswith("|") or row.endswith("|") or not below:
            width = width if row.startswith("|") else 0  # (a blank line or text: it ended)
            continue
        joined = f"{row} {below}"
        carried = below.split("|", 1)[0]  # the cut cell's rest: no link (a row of its own)
        if below.startswith("|") or not below.endswith("|") or "](" in carried or len(_cells(joined)) != width:  # fmt: skip
            continue
        lines[i - 1], lines[i] = joined, "| |"


def _wide_rows(lines: list[str]) -> dict[int, int]:
    """The rows of Markdown tables with a cell or two more than their header, each with its
    header's width: markdown-it drops the cells past it, and with them a link a stray ``|``
    pushed there (``| Title | 2020 | | [[PDF]](url)``)."""
    wide: dict[int, int] = {}
    i = 1
    while i < len(lines):
        if "|" not in lines[i - 1] or DELIMITER_ROW.match(lines[i]) is None:
            i += 1
            continue
        width, i = len(_cells(lines[i])), i + 1  # (a ``|---| Topic |`` row below: a row)
        while i < len(lines) and "|" in lines[i] and lines[i].strip():
            extra = len(_cells(lines[i])) - width  # a stray bar or two; not two rows on one
            if lines[i].lstrip().startswith("|") and 0 < extra <= min(2, width - 1):
                wide[i] = width  # line, nor ``<!-- | a row left out | -->``
            i += 1
    return wide


def _cells(line: str) -> list[str]:
    """A table row's cells as written (an escaped ``\\|`` is text)."""
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return _CELL_BAR.split(inner)


_CELL_BAR = re.compile(r"(?<!\\)\|")


def fitted(line: str, width: int) -> str:
    """A row of more cells than ``width`` with its last cells joined into one."""
    cells = _cells(line)
    cells = [*cells[: width - 1], " ".join(cells[width - 1 :])]
    return line[: len(line) - len(line.lstrip())] + "| " + " | ".join(cells) + " |"
