"""Helpers of the reading tests: read a text's entries, one entry, a text's offline findings."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.config import Settings
from pipeline.model import PaperEntry, Rule
from pipeline.parse import parse_text
from pipeline.run import Sources, run


def reader(*fields: str) -> Callable[[str], list[tuple]]:
    """A function that reads a text's entries as tuples of these entry fields, in list order;
    a dotted field reads through a link that may be missing (``code.url``: None without code)."""

    def read(text: str) -> list[tuple]:
        return [tuple(_field(e, f) for f in fields) for e in parse_text(text, "l.md").entries]

    return read


def _field(entry: PaperEntry, name: str) -> object:
    value: object = entry
    for part in name.split("."):
        value = None if value is None else getattr(value, part)
    return value


def one(text: str) -> PaperEntry:
    """The single entry ``text`` holds (fails when it holds none or several)."""
    (e,) = parse_text(text, "l.md").entries
    return e


def offline_rules(text: str) -> set[str]:
    """Rule IDs of the offline findings on ``text``, ``unverified`` left out."""
    report = run([parse_text(text, "l.md")], Settings(offline=True, use_cache=False), Sources())
    return {f.rule.value for f in report.all_findings if f.rule is not Rule.UNVERIFIED}
