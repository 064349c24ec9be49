"""The str-enum of output formats and the factory that picks a formatter.

Kept apart from :mod:`pipeline.report.interface`: the formats import the interface, so
the interface must not import them (no import cycle).
"""

from __future__ import annotations

from enum import StrEnum

from pipeline.report.github import GithubFormat
from pipeline.report.interface import ReportFormat
from pipeline.report.json import JsonFormat
from pipeline.report.markdown import MarkdownFormat
from pipeline.report.sarif import SarifFormat
from pipeline.report.text import TextFormat


class OutputFormat(StrEnum):
    """What ``--format`` accepts."""

    TEXT = "text"
    GITHUB = "github"
    MARKDOWN = "markdown"
    JSON = "json"
    SARIF = "sarif"


def formatter(kind: OutputFormat | str, *, source_root: str | None = None) -> ReportFormat:
    """The formatter for ``kind``; ``source_root``: what SARIF paths are relative to."""
    if OutputFormat(kind) is OutputFormat.SARIF:
        return SarifFormat(source_root)
    return {
        OutputFormat.TEXT: TextFormat,
        OutputFormat.GITHUB: GithubFormat,
        OutputFormat.MARKDOWN: MarkdownFormat,
        OutputFormat.JSON: JsonFormat,
    }[OutputFormat(kind)]()
