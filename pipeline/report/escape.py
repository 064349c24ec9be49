"""Escaping of untrusted text for each kind of output.

Untrusted means text taken from a list (titles, venues, links) and text a server sent
(a redirect's ``Location``, a repository's ``full_name``/``html_url``) that ends up in a
finding's message, ``expected``, ``actual`` or ``suggestion``. It can carry Markdown,
HTML, @mentions, things GitHub turns into links, control characters (ANSI escape
sequences, C1 controls), bidi controls that reorder what a reader sees, and newlines;
none of it may change the structure of a report, ping anyone, link anywhere, or reach
a terminal or the Actions runner as a control sequence.
"""

from __future__ import annotations

import re

ZWSP = "\u200b"
"""Zero-width space: invisible, but it breaks GitHub's autolinks and mentions."""

# Line breaks of any kind (CR, LF, NEL, LINE/PARAGRAPH SEPARATOR) become one space.
_LINE_BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")
# C0 controls except TAB and LF, DEL and C1 (ESC, CSI \x9b, OSC \x9d, ...).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Bidi embeddings, overrides, isolates and marks (Trojan Source reordering).
_BIDI = re.compile(r"[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_UNSAFE = re.compile(f"{_CONTROL.pattern}|{_BIDI.pattern}")
_UNICODE_BREAK = re.compile(r"[\x85\u2028\u2029]")
_JSON_RAW = re.compile(f"{_UNSAFE.pattern}|{_UNICODE_BREAK.pattern}")

# Text is always placed mid-line (after a list marker or in a table cell), so only
# inline markup needs escaping: emphasis, code, links/images, tables, strikethrough.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")

# What GitHub links by itself in issues, comments and job summaries
# (https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/autolinked-references-and-urls).
# A zero-width space inside each breaks the link but leaves the visible text as it was.
_AUTOLINKS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"@"), "@" + ZWSP),  # @user, @org/team, owner@sha, e-mail addresses
    (re.compile(r"#(?=\d)"), "#" + ZWSP),  # #123, owner/repo#123
    (re.compile(r"(?i)\b(GH)-(?=\d)"), r"\1-" + ZWSP),  # GH-123
    (re.compile(r"://"), ":" + ZWSP + "//"),  # http://, https://, ftp://, any scheme
    (re.compile(r"(?i)\b(www)\."), r"\1" + ZWSP + "."),  # www.example.com
)
# Commit SHAs: 7 to 40 hex digits standing alone; split into runs of at most 6.
_HEX_RUN = re.compile(r"(?i)(?<![0-9a-z])[0-9a-f]{7,}(?![0-9a-z])")


_ANY_UNSAFE = re.compile(f"{_LINE_BREAK.pattern}|{_UNSAFE.pattern}")


def _one_line(text: str, replacement: str) -> str:
    """Line breaks to spaces; other control and bidi characters to ``replacement``."""
    if not _ANY_UNSAFE.search(text):
        return text
    return _UNSAFE.sub(replacement, _LINE_BREAK.sub(" ", text))


def _split_hex(match: re.Match[str]) -> str:
    run = match.group(0)
    return ZWSP.join(run[i : i + 6] for i in range(0, len(run), 6))


_AUTOLINK_ANY = re.compile(
    "|".join(
        f"(?:{p.pattern.removeprefix('(?i)')})" for p in [*(p for p, _ in _AUTOLINKS), _HEX_RUN]
    ),
    re.IGNORECASE,
)
"""Any autolink start or commit-like hex run (one scan; most text has none)."""


_HEX7 = re.compile(r"[0-9a-fA-F]{7}")


def _may_autolink(text: str) -> bool:
    """A cheap superset of :data:`_AUTOLINK_ANY` (five times faster on ordinary text, which
    is nearly all text: a 20,000-entry report escapes 80,000 strings)."""
    if "@" in text or "#" in text or "://" in text:
        return True
    lower = text.lower()
    return "gh-" in lower or "www." in lower or _HEX7.search(text) is not None


def no_autolinks(text: str) -> str:
    """``text`` with every GitHub autolink and mention broken by zero-width spaces."""
    if not _may_autolink(text) or not _AUTOLINK_ANY.search(text):
        return text
    for pattern, replacement in _AUTOLINKS:
        text = pattern.sub(replacement, text)
    return _HEX_RUN.sub(_split_hex, text)


def markdown(text: str | None) -> str:
    """Inline-safe Markdown: no markup, no HTML, no mentions or autolinks, one line."""
    if text is None:
        return ""
    s = _one_line(text, "")
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if _MD_SPECIAL.search(s):
        s = _MD_SPECIAL.sub(r"\\\1", s)
    return no_autolinks(s)


def code(text: str | None) -> str:
    """A Markdown code span holding ``text`` verbatim (backtick fences sized to fit).

    GitHub neither links nor mentions inside code spans, so only control and bidi
    characters and line breaks are removed.
    """
    if text is None:
        return ""
    s = _one_line(text, "")
    longest = max((len(m) for m in re.findall(r"`+", s)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if s.startswith("`") or s.endswith("`") or not s.strip() else ""
    return f"{fence}{pad}{s}{pad}{fence}"


def terminal(text: str | None) -> str:
    """Plain text, one line, each control or bidi character shown as ``?``."""
    if text is None:
        return ""
    return _one_line(text, "?")


def workflow_message(text: str) -> str:
    """Data of a GitHub workflow command: ``%``, CR, LF escaped, other controls as ``?``."""
    s = _UNICODE_BREAK.sub("\n", text)
    s = _UNSAFE.sub(lambda m: m.group(0) if m.group(0) == "\r" else "?", s)
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def workflow_property(text: str) -> str:
    """A property value of a workflow command (also ``:`` and ``,``)."""
    return workflow_message(text).replace(":", "%3A").replace(",", "%2C")


def json_text(text: str) -> str:
    r"""JSON text with DEL, C1 and bidi characters written as ``\uXXXX`` escapes.

    ``json.dumps(..., ensure_ascii=False)`` escapes only C0; these characters can only
    stand inside JSON strings, where the escape means the same character.
    """
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)
