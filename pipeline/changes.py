"""``--changed-since REF``: which entries a pull request adds or changes.

The list is read at REF with ``git show REF:path`` and entries are matched across the
two revisions by identity (the arXiv ID their paper link opens, else the normalised
title). An entry is selected when it is new, or when any of its fields differs; an
entry that only moved is not; a deleted one has nothing to select.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path

from pipeline.checks import paper_ref
from pipeline.errors import GitRefError, NoEntriesError
from pipeline.model import PaperEntry, ParsedList
from pipeline.parse import parse_text
from pipeline.titles import compact


def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, text=True, check=False, timeout=30
        )
    except FileNotFoundError:
        raise GitRefError("git is not installed; --changed-since needs git") from None


def identity(entry: PaperEntry) -> str:
    """What makes an entry the same entry in two revisions."""
    ref = paper_ref(entry)
    if ref is not None and ref.valid:
        return f"arxiv:{ref.base_id}"
    return f"title:{compact(entry.title)}"


def signature(entry: PaperEntry) -> tuple[object, ...]:
    """Everything a contributor can change in an entry, without line numbers."""

    def link(r):
        return (r.text, r.url) if r else None

    return (entry.title, entry.year_text, link(entry.paper), link(entry.code), entry.venue)


def old_entries(path: str, ref: str, fmt: str = "auto") -> list[PaperEntry]:
    """The entries of ``path`` at git revision ``ref`` (none if the file was not there)."""
    file = Path(path).resolve()
    top = _git(["rev-parse", "--show-toplevel"], file.parent)
    if top.returncode != 0:
        raise GitRefError(f"{path}: not inside a git checkout; --changed-since needs one")
    if _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], file.parent).returncode:
        raise GitRefError(
            f"--changed-since {ref}: no such commit; fetch it first (e.g. git fetch origin {ref})"
        )
    rel = file.relative_to(Path(top.stdout.strip()).resolve()).as_posix()
    shown = _git(["show", f"{ref}:{rel}"], file.parent)
    if shown.returncode != 0:
        return []  # the list is new in this change
    try:
        return list(parse_text(shown.stdout, path, fmt).entries)
    except NoEntriesError:
        return []


def changed_selector(
    lists: Sequence[ParsedList], ref: str, fmt: str = "auto"
) -> Callable[[PaperEntry], bool]:
    """A predicate that is true for entries added or changed since ``ref``."""
    selected: set[tuple[str, int]] = set()
    for parsed in lists:
        before: dict[str, set[tuple[object, ...]]] = {}
        for e in old_entries(parsed.path, ref, fmt):
            before.setdefault(identity(e), set()).add(signature(e))
        for e in parsed.entries:
            if signature(e) not in before.get(identity(e), set()):
                selected.add((e.path, e.line))
    return lambda e: (e.path, e.line) in selected
