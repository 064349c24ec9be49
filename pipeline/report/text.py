"""The terminal summary: one ``path:line: severity [rule] message`` line per finding."""

from __future__ import annotations

from pipeline.model import Report, Severity
from pipeline.report import escape
from pipeline.report.interface import ReportFormat, in_list_order


class TextFormat(ReportFormat):
    """Lines editors and CI logs can follow, then a one-line summary."""

    def format(self, report: Report) -> str:
        """Findings in list order, then the counts."""
        lines = []
        for f in in_list_order(report.all_findings):
            lines.append(
                f"{escape.terminal(f.path)}:{f.line}: {f.severity.value} [{f.rule.value}] {escape.terminal(f.message)}"
            )
            if f.suggestion:
                lines.append(f"    fix: {escape.terminal(f.suggestion)}")
        n = len(report.results)
        lines.append(
            f"{n} entries checked ({report.mode}): "
            f"{report.count(Severity.ERROR)} error(s), {report.count(Severity.WARNING)} warning(s), "
            f"{report.count(Severity.INFO)} info"
        )
        return "\n".join(lines) + "\n"
