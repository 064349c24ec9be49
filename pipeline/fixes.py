"""``paperlist fix``: turn the high-confidence fixes of a report into a diff. Pure.

Only findings that carry a ``fix`` are used (link text set to the target when the
target is the entry's paper; a moved repository's new URL; the ID the link text names
or an unambiguous title search found, for a wrong paper). An edit is applied only where
its old text stands on the finding's line once (or twice, for a URL that is both a
link's text and its target); anything else is left alone.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from pipeline.model import Finding


@dataclass(frozen=True)
class Edit:
    """One applied change: line, before, after, and why."""

    line: int
    before: str
    after: str
    rule: str


def plan(text: str, findings: list[Finding]) -> tuple[str, list[Edit]]:
    """The fixed text and the edits made (findings without a safe fix are skipped)."""
    lines = text.splitlines(keepends=True)
    edits: list[Edit] = []
    for f in sorted(findings, key=lambda f: (f.line, f.rule.value)):
        if f.fix is None or not 1 <= f.line <= len(lines):
            continue
        old, new = f.fix
        line = lines[f.line - 1]
        count = line.count(old)
        is_url = old.startswith(("http://", "https://"))
        if not old or old == new or count == 0 or count > (2 if is_url else 1):
            continue
        if count == 2 and f"[{old}]({old})" not in line:
            continue
        fixed = line.replace(old, new)
        lines[f.line - 1] = fixed
        edits.append(Edit(f.line, line.rstrip("\n"), fixed.rstrip("\n"), f.rule.value))
    return "".join(lines), edits


def unified_diff(path: str, before: str, after: str) -> str:
    """A ``git apply``-able unified diff of the list."""
    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            fromfile=f"a/{path}",
            tofile=f"b/{path}",
        )
    )
