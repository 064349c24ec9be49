"""The formatter seam (:class:`ReportFormat`) and the orderings every format shares.

The factory that picks a format is :mod:`pipeline.report.factory`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

from pipeline.model import EntryResult, Finding, Report


class ReportFormat(ABC):
    """Turns a :class:`~pipeline.model.Report` into text. No I/O."""

    @abstractmethod
    def format(self, report: Report) -> str:
        """The whole output as one string."""


def worst_first(results: tuple[EntryResult, ...]) -> list[EntryResult]:
    """Entries with findings, worst status first, then in list order."""
    with_findings = [r for r in results if r.findings]
    rank = {"error": 3, "warning": 2, "info": 1, "ok": 0}
    return sorted(with_findings, key=lambda r: (-rank[r.status], r.entry.path, r.entry.line))


def sorted_findings(findings: tuple[Finding, ...] | list[Finding]) -> list[Finding]:
    """Findings worst first, then by path and line."""
    return sorted(findings, key=lambda f: (-f.severity.rank, f.path, f.line, f.rule.value))
