"""Lines read back at the margin before markdown-it reads them: an entry's first line that a
list indented as code (``    **[poster](url)****Title**`` over its authors and paper). Pure."""

from __future__ import annotations

import re

BULLET = re.compile(r"( *)(?:[-*+]|\d{1,9}[.)])([ \t]+)(?=\S)")
"""A list item's marker, its indentation and the spaces after it."""


def indented_lead(lines: list[str], i: int) -> bool:
    """``    **[poster](url)****Title**`` over ``Authors`` / ``**[paper](url)**``: a linked line
    indented as code after a blank line (below a paragraph at the margin, not an item's lazy
    lines) that runs on into a line at the margin (not an item) is an entry's first line."""
    line, below = lines[i], lines[i + 1] if i + 1 < len(lines) else ""
    lead = line.startswith("    ") and not line[4:5].isspace() and "](" in line
    after_blank = i == 0 or not lines[i - 1].strip()
    runs_on = bool(below[:1].strip()) and not BULLET.match(below) and not _UNDERLINE.match(below)
    if not (lead and after_blank and runs_on):
        return False  # (checked first: the walk below reads one paragraph per blank line)
    k = i - 2  # the paragraph above the blank line, read upwards to its first line (lines
    while k >= 0 and lines[k].strip() and not BULLET.match(lines[k]) and not lines[k][:1].isspace():
        k -= 1  # moved to the margin above are read as moved)
    return k < 0 or not lines[k].strip()


_UNDERLINE = re.compile(r"[=-]+\s*$")
"""A setext heading's underline: the line above it would be a heading, not an entry."""
