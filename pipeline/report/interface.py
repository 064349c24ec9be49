"""The formatter seam and the str-enum factory that picks one."""

from __future__ import annotations

from abc import ABC, abstractmethod
from enum import StrEnum

from pipeline.model import EntryResult, Finding, Report


class ReportFormat(ABC):
    """Turns a :class:`~pipeline.model.Report` into text. No I/O."""

    @abstractmethod
    def format(self, report: Report) -> str:
        """The whole output as one string."""


class OutputFormat(StrEnum):
    """What ``--format`` accepts."""

    TEXT = "text"
    GITHUB = "github"
    MARKDOWN = "markdown"
    JSON = "json"
    SARIF = "sarif"


def formatter(kind: OutputFormat | str, *, source_root: str | None = None) -> ReportFormat:
    """The formatter for ``kind``; ``source_root``: what SARIF paths are relative to."""
    from pipeline.report.github import GithubFormat
    from pipeline.report.json import JsonFormat
    from pipeline.report.markdown import MarkdownFormat
    from pipeline.report.sarif import SarifFormat
    from pipeline.report.text import TextFormat

    if OutputFormat(kind) is OutputFormat.SARIF:
        return SarifFormat(source_root)
    return {
        OutputFormat.TEXT: TextFormat,
        OutputFormat.GITHUB: GithubFormat,
        OutputFormat.MARKDOWN: MarkdownFormat,
        OutputFormat.JSON: JsonFormat,
    }[OutputFormat(kind)]()


def worst_first(results: tuple[EntryResult, ...]) -> list[EntryResult]:
    """Entries with findings, worst status first, then in list order."""
    with_findings = [r for r in results if r.findings]
    rank = {"error": 3, "warning": 2, "info": 1, "ok": 0}
    return sorted(with_findings, key=lambda r: (-rank[r.status], r.entry.path, r.entry.line))


def sorted_findings(findings: tuple[Finding, ...] | list[Finding]) -> list[Finding]:
    """Findings worst first, then by path and line."""
    return sorted(findings, key=lambda f: (-f.severity.rank, f.path, f.line, f.rule.value))
