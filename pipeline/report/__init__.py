"""Report formatters: pure ``format(report) -> str`` classes chosen by :class:`OutputFormat`."""

from pipeline.report.interface import OutputFormat, ReportFormat, formatter

__all__ = ["OutputFormat", "ReportFormat", "formatter"]
