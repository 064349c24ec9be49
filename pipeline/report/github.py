"""GitHub Actions workflow commands: one annotation per finding, on its line.

``::error file=PATH,line=N,title=RULE::message``; warning and notice by severity.
Message data escapes ``%``, CR and LF; property values also ``:`` and ``,``
(https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts). Every other
control character (ESC, C1, DEL) and bidi control in list or server text is written as
``?``, so each finding is exactly one line that starts with ``::`` and carries no
terminal escape sequence.
"""

from __future__ import annotations

from pipeline.model import Report, Severity
from pipeline.report import escape
from pipeline.report.interface import ReportFormat, in_list_order

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


class GithubFormat(ReportFormat):
    """Workflow commands, then a plain summary line."""

    def format(self, report: Report) -> str:
        """One workflow command per finding."""
        lines = []
        for f in in_list_order(report.all_findings):
            message = f.message if not f.suggestion else f"{f.message}\nFix: {f.suggestion}"
            props = ",".join(
                [
                    f"file={escape.workflow_property(f.path)}",
                    f"line={f.line}",
                    f"title={escape.workflow_property(f.rule.value)}",
                ]
            )
            lines.append(f"::{_COMMAND[f.severity]} {props}::{escape.workflow_message(message)}")
        lines.append(
            f"paperlist: {len(report.results)} entries checked ({report.mode}), "
            f"{report.count(Severity.ERROR)} error(s), {report.count(Severity.WARNING)} warning(s), "
            f"{report.count(Severity.INFO)} info"
        )
        return "\n".join(lines) + "\n"
