"""``report.json`` (schema_version 1, schema in ``schema.json`` beside this file)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from pipeline.baseline import fingerprints
from pipeline.checks import paper_ref
from pipeline.model import Report, Severity
from pipeline.report import escape
from pipeline.report.interface import ReportFormat

SCHEMA_VERSION = 1


def load_schema() -> dict[str, Any]:
    """The JSON Schema every report.json is valid against."""
    text = resources.files("pipeline.report").joinpath("schema.json").read_text("utf-8")
    return json.loads(text)


def report_dict(report: Report) -> dict[str, Any]:
    """The report as the dict that ``report.json`` holds."""
    entries = []
    for result in report.results:
        e = result.entry
        ref = paper_ref(e)
        entries.append(
            {
                "path": e.path,
                "line": e.line,
                "title": e.title,
                "year": e.year,
                "arxiv_id": ref.base_id if ref is not None and ref.valid else None,
                "code_url": e.code.url if e.code and e.code.url else None,
                "venue": e.venue,
                "section": e.section,
                "status": result.status,
            }
        )
    # Every finding carries its fingerprint, so any report.json can be a later baseline;
    # "baseline" (new/known) is there only when this run had one (Finding.to_dict).
    findings = [
        {**f.to_dict(), "fingerprint": fp}
        for f, fp in zip(report.all_findings, fingerprints(report), strict=True)
    ]
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "paperlist", "version": report.tool_version},
        "generated_at": report.generated_at,
        "mode": report.mode,
        "lists": [{"path": s.path, "entries": s.entries} for s in report.lists],
        "summary": {
            "entries": len(report.results),
            "error": report.count(Severity.ERROR),
            "warning": report.count(Severity.WARNING),
            "info": report.count(Severity.INFO),
        },
        "entries": entries,
        "findings": findings,
    }


class JsonFormat(ReportFormat):
    """Pretty-printed ``report.json``."""

    def format(self, report: Report) -> str:
        """The JSON text, ending in a newline."""
        # ensure_ascii=False keeps titles readable; escape.json_text then writes the
        # DEL, C1 and bidi characters that json.dumps leaves raw as JSON escapes.
        return (
            escape.json_text(json.dumps(report_dict(report), indent=2, ensure_ascii=False)) + "\n"
        )
