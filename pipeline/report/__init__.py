"""Report formatters: pure ``format(report) -> str`` classes chosen by :class:`OutputFormat`."""

from pipeline.report.factory import OutputFormat, formatter
from pipeline.report.interface import ReportFormat

__all__ = ["OutputFormat", "ReportFormat", "formatter"]
