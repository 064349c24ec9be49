"""A page's front matter (Jekyll's YAML between ``---`` lines, Hugo's TOML between ``+++``
lines): the page's data, no text of the list, and its ``title``, which the site shows as the
page's heading (``title = "My CSCW 2020 reading list"``). Pure."""

from __future__ import annotations

import re

MAX_LINES = 40
"""A front matter closes within this many lines, or the opening rule is no front matter."""


def front_matter_lines(lines: list[str]) -> int:
    """The number of lines of the front matter opening the text (a ``---`` line, then
    ``key: value`` lines and their values, no link, up to a ``---`` or ``...`` line; or a
    ``+++`` line, ``key = value`` lines, a ``+++`` line), else 0: not a rule over
    ``Updated: 2024`` and a table."""
    if not lines or (opening := lines[0].rstrip()) not in ("---", "+++"):
        return 0
    key, line_re = (_YAML_KEY, _YAML_LINE) if opening == "---" else (_TOML_KEY, _TOML_LINE)
    closing = ("---", "...") if opening == "---" else ("+++",)
    for k, line in enumerate(lines[1 : MAX_LINES + 1], start=1):
        if line.rstrip() in closing:
            inner = [x for x in lines[1:k] if x.strip()]
            data = inner and all(line_re.match(x) and "](" not in x for x in inner)
            return k + 1 if data and key.match(inner[0]) else 0
    return 0


_YAML_KEY = re.compile(r"[A-Za-z_][\w-]*:(?:\s|$)")
_YAML_LINE = re.compile(r"[A-Za-z_][\w-]*:(?:\s|$)|\s+\S|-\s|#")
"""A key, an indented value, a list item or a comment: a YAML line (not a table row)."""
_TOML_KEY = re.compile(r"[A-Za-z_][\w.-]*\s*=|\[[\w.-]+\]\s*$")
_TOML_LINE = re.compile(r"[A-Za-z_][\w.-]*\s*=|\[{1,2}[\w.-]+\]{1,2}\s*$|\s+\S|#|[\]}]")
"""A key, a table header, an indented or closing line of a value, a comment: a TOML line."""
_TITLE = re.compile(r"""title\s*[:=]\s*(?P<q>["']?)(?P<title>[^\n]*?)(?P=q)\s*$""")


def page_title(text: str) -> str | None:
    """The ``title`` of the front matter opening ``text`` (unquoted), else None."""
    lines = text[:8000].split("\n")
    for line in lines[1 : front_matter_lines(lines)]:
        if (m := _TITLE.match(line)) and m["title"].strip():
            return m["title"].strip()
    return None
