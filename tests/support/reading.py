"""Helpers of the reading tests: parse one entry, and the offline findings of a text."""

from __future__ import annotations

from pipeline.config import Settings
from pipeline.model import PaperEntry, Rule
from pipeline.parse import parse_text
from pipeline.run import Sources, run


def one(text: str) -> PaperEntry:
    """The single entry ``text`` holds (fails when it holds none or several)."""
    (e,) = parse_text(text, "l.md").entries
    return e


def offline_rules(text: str) -> set[str]:
    """Rule IDs of the offline findings on ``text``, ``unverified`` left out."""
    report = run([parse_text(text, "l.md")], Settings(offline=True, use_cache=False), Sources())
    return {f.rule.value for f in report.all_findings if f.rule is not Rule.UNVERIFIED}
