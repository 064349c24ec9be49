"""``paperlist fix``: turn the high-confidence fixes of a report into a diff. Pure.

Only findings that carry a ``fix`` are used (link text set to the target when the
target is the entry's paper; a moved repository's new URL; the ID the link text names
or an unambiguous title search found, for a wrong paper). An edit is applied only where
its old text stands on the finding's line once (or twice, for a URL that is both a
link's text and its target); anything else is left alone.

The text is edited as it is on disk: each line keeps its own line end (LF, CRLF or a
lone CR) and a byte order mark stays where it is. A moved code link's new URL comes
from a server, so it is applied only when :func:`pipeline.urls.safe_replacement`
accepts it (the check that built the finding asked too), and no fix may add a line
break or a control character.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from pipeline.model import Finding, Rule
from pipeline.urls import safe_replacement

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
"""A line with its end, as the list readers count lines (CRLF, CR and LF end a line)."""
_GIT_LINE = re.compile(r"[^\n]*\n|[^\n]+\Z")
"""A line as git and ``patch`` count lines (only LF ends one; a CR stays in the line)."""
_UNSAFE_TEXT = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_NO_NEWLINE = "\\ No newline at end of file\n"


@dataclass(frozen=True)
class Edit:
    """One applied change: line, before, after (without line ends), and why."""

    line: int
    before: str
    after: str
    rule: str


def split_lines(text: str) -> list[str]:
    """The lines of ``text`` with their own ends, split on CRLF, CR and LF only."""
    return _LINE.findall(text)


def _acceptable(f: Finding) -> bool:
    """The second guard: a fix's new text is plain one-line text (and a safe move)."""
    if f.fix is None:
        return False
    old, new = f.fix
    if not old or old == new or _UNSAFE_TEXT.search(new):
        return False
    return f.rule is not Rule.CODE_LINK_MOVED or safe_replacement(old, new)


def plan(text: str, findings: list[Finding]) -> tuple[str, list[Edit]]:
    """The fixed text and the edits made (findings without a safe fix are skipped)."""
    lines = split_lines(text)
    edits: list[Edit] = []
    for f in sorted(findings, key=lambda f: (f.line, f.rule.value)):
        if f.fix is None or not 1 <= f.line <= len(lines) or not _acceptable(f):
            continue
        old, new = f.fix
        line = lines[f.line - 1]
        count = line.count(old)
        is_url = old.startswith(("http://", "https://"))
        if count == 0 or count > (2 if is_url else 1):
            continue
        if count == 2 and f"[{old}]({old})" not in line:
            continue
        fixed = line.replace(old, new)
        lines[f.line - 1] = fixed
        edits.append(Edit(f.line, line.rstrip("\r\n"), fixed.rstrip("\r\n"), f.rule.value))
    return "".join(lines), edits


def unified_diff(path: str, before: str, after: str) -> str:
    """A ``git apply``-able unified diff of the list.

    Lines are split as git splits them, so a CRLF file's changed lines carry their CR
    and a last line without a newline gets git's ``\\ No newline at end of file``.
    """
    out = []
    for line in difflib.unified_diff(
        _GIT_LINE.findall(before),
        _GIT_LINE.findall(after),
        fromfile=f"a/{path}",
        tofile=f"b/{path}",
    ):
        out.append(line if line.endswith("\n") else line + "\n" + _NO_NEWLINE)
    return "".join(out)
