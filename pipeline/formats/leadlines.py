"""Lines read back where their list meant them before markdown-it reads them: an entry's
first line that a list indented as code (``    **[poster](url)****Title**`` over its
authors and paper), a table's header indented so, the paragraphs of items numbered 10 or
more. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterator

BULLET = re.compile(r"( *)(?:[-*+]|\d{1,9}[.)])([ \t]+)(?=\S)")
"""A list item's marker, its indentation and the spaces after it."""


def indented_lead(lines: list[str], i: int) -> bool:
    """``    **[poster](url)****Title**`` over ``Authors`` / ``**[paper](url)**``: a linked line
    indented as code after a blank line (below a paragraph at the margin, not an item's lazy
    lines) that runs on into a line at the margin (not an item) is an entry's first line; a
    table's header indented as code over its rule row (``--|:--:|--``) is the header."""
    line, below = lines[i], lines[i + 1] if i + 1 < len(lines) else ""
    if line.startswith("    ") and line.count("|") >= 2 and _RULE_ROW.match(below):
        return True  # ``       Year|Venue|Title`` over ``--|:--:|--``: the table's header
    lead = line.startswith("    ") and not line[4:5].isspace() and "](" in line
    after_blank = i == 0 or not lines[i - 1].strip()
    runs_on = bool(below[:1].strip()) and not BULLET.match(below) and not _UNDERLINE.match(below)
    if not (lead and after_blank and runs_on):
        return False  # (checked first: the walk below reads one paragraph per blank line)
    k = i - 2  # the paragraph above the blank line, read upwards to its first line (lines
    while k >= 0 and lines[k].strip() and not BULLET.match(lines[k]) and not lines[k][:1].isspace():
        k -= 1  # moved to the margin above are read as moved)
    return k < 0 or not lines[k].strip()


_RULE_ROW = re.compile(r" {0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$")
"""A table's rule row under its header, within a list's indentation."""
_UNDERLINE = re.compile(r"[=-]+\s*$")
"""A setext heading's underline: the line above it would be a heading, not an entry."""


_NUMBERED = re.compile(r"(\d{1,3})([.)])(?:[ \t]+|(?=\*\*))(?=\S)")
"""An ordered item's marker at the margin, or one glued to a bold title (``10.**Title**``)."""


_WIDE_NUMBER = re.compile(r"^\d{2,3}[.)]", re.M)  # an item numbered 10 or more
_ONE_DIGIT = re.compile(r"^\d[.)][ \t]", re.M)  # an item numbered 1 to 9
FENCE = re.compile(r"\s{0,3}(?:```|~~~)")
"""A code fence's line (```` ``` ```` or ``~~~``), opening or closing."""


def wide_numbers(text: str, lines: list[str]) -> None:
    """Items numbered 10 or more read as their list's items 1-9 are (``lines``, ``text``'s,
    changed in place): the paragraphs under ``10. **Title**`` indented by three spaces, as
    under ``9. **Title**``, belong to the item (markdown-it wants four), and
    ``10.**Title**`` is the next item (in a list of one-digit items too). Paragraphs move
    only in a list whose one-digit items hold such paragraphs (before or after them: some
    lists count down); fenced code stays as written."""
    if not _WIDE_NUMBER.search(text) or not _ONE_DIGIT.search(text):
        return
    col, held = 0, _one_digit_paragraphs(lines)  # the open wide item's text column
    for i, line, m in _unfenced(lines):
        if m:
            wide, spaces = len(m[1]) > 1, len(line[len(m[0].rstrip()) : m.end()])
            col = len(m[1]) + 1 + min(max(spaces, 1), 4) if wide and held else 0
            if wide and not spaces:
                lines[i] = f"{m[1]}{m[2]} {line[m.end() :]}"  # ``10.**Title**``
        elif line.strip() and col:
            if col > 3 and line.startswith("   ") and not line[3:4].isspace():
                lines[i] = " " * col + line[3:]
            elif not line.startswith(" " * col):
                col = 0  # a line at the margin, or less indented: the item has ended


def _one_digit_paragraphs(lines: list[str]) -> bool:
    """A one-digit item (``9. **Title**``) holds a paragraph indented by three spaces."""
    one = False
    for _, line, m in _unfenced(lines):
        if m:
            one = len(m[1]) == 1
        elif one and line.startswith("   ") and not line[3:4].isspace():
            return True
        elif line.strip() and not line.startswith(" "):
            one = False
    return False


def _unfenced(lines: list[str]) -> Iterator[tuple[int, str, re.Match[str] | None]]:
    """Each line outside fenced code (a fenced block and its fences stay as written), with
    its ordered item's marker if it opens one."""
    fenced = False
    for i, line in enumerate(lines):
        was, fenced = fenced, fenced != bool(FENCE.match(line))
        if not (was or fenced):
            yield i, line, _NUMBERED.match(line)
