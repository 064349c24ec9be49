"""The formatter seam (:class:`ReportFormat`) and the orderings every format shares.

The factory that picks a format is :mod:`pipeline.report.factory`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator

from pipeline.model import EntryResult, Finding, Report, Severity


class ReportFormat(ABC):
    """Turns a :class:`~pipeline.model.Report` into text. No I/O."""

    @abstractmethod
    def format(self, report: Report) -> str:
        """The whole output as one string."""

    def chunks(self, report: Report) -> Iterator[str]:
        """The output in pieces whose concatenation is :meth:`format`'s string; formats
        whose output grows with the list override it, so a large report is written
        without being held whole."""
        yield self.format(report)


def worst_first(results: tuple[EntryResult, ...]) -> list[EntryResult]:
    """Entries with findings, worst status first, then in list order."""
    with_findings = [r for r in results if r.findings]
    return sorted(
        with_findings, key=lambda r: (-_status_rank(r.status), r.entry.path, r.entry.line)
    )


def _status_rank(status: str) -> int:
    """An entry's status ranked like the severity it names (``ok`` below all)."""
    return Severity(status).rank if status in {s.value for s in Severity} else -1


def sorted_findings(findings: tuple[Finding, ...] | list[Finding]) -> list[Finding]:
    """Findings worst first, then by path and line."""
    return sorted(findings, key=lambda f: (-f.severity.rank, f.path, f.line, f.rule.value))


def in_list_order(findings: tuple[Finding, ...] | list[Finding]) -> list[Finding]:
    """Findings by path and line, the worst first on one line (the reports' tables)."""
    return sorted(findings, key=lambda f: (f.path, f.line, -f.severity.rank))
