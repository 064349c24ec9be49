"""Escaping of text taken from a list, for each kind of output.

List text can carry Markdown, HTML, @mentions, control characters and newlines; none of
it may change the structure of a report or ping anyone.
"""

from __future__ import annotations

import re

# Text is always placed mid-line (after a list marker or in a table cell), so only
# inline markup needs escaping: emphasis, code, links/images, tables, strikethrough.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x9b]")
ZWSP = "\u200b"


def markdown(text: str | None) -> str:
    """Inline-safe Markdown: no markup, no HTML, no mentions, one line."""
    if text is None:
        return ""
    s = _CONTROL.sub("", text).replace("\r", " ").replace("\n", " ")
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = _MD_SPECIAL.sub(r"\\\1", s)
    # "@user" and "#123" would notify people or link issues on GitHub.
    s = s.replace("@", "@" + ZWSP)
    s = re.sub(r"#(?=\d)", "#" + ZWSP, s)
    return s


def code(text: str | None) -> str:
    """A Markdown code span holding ``text`` verbatim (backtick fences sized to fit)."""
    if text is None:
        return ""
    s = _CONTROL.sub("", text).replace("\r", " ").replace("\n", " ")
    longest = max((len(m) for m in re.findall(r"`+", s)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if s.startswith("`") or s.endswith("`") or not s.strip() else ""
    return f"{fence}{pad}{s}{pad}{fence}"


def terminal(text: str | None) -> str:
    """Plain text without control characters (no ANSI escape injection), one line."""
    if text is None:
        return ""
    return _CONTROL.sub("?", text.replace("\r", " ").replace("\n", " "))


def workflow_message(text: str) -> str:
    """Data of a GitHub workflow command (``%``, CR, LF escaped)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def workflow_property(text: str) -> str:
    """A property value of a workflow command (also ``:`` and ``,``)."""
    return workflow_message(text).replace(":", "%3A").replace(",", "%2C")
