"""``report.json`` (schema_version 1, schema in ``schema.json`` beside this file)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from importlib import resources
from itertools import islice
from typing import Any

import orjson

from pipeline.baseline import fingerprints
from pipeline.checks import paper_ref
from pipeline.model import Finding, Report, Severity, to_dict
from pipeline.report import escape
from pipeline.report.interface import ReportFormat

SCHEMA_VERSION = 1


def load_schema() -> dict[str, Any]:
    """The JSON Schema every report.json is valid against."""
    text = resources.files("pipeline.report").joinpath("schema.json").read_text("utf-8")
    return json.loads(text)


def report_dict(report: Report) -> dict[str, Any]:
    """The report as the dict that ``report.json`` holds."""
    return {**_head(report), "entries": list(_entries(report)), "findings": list(_findings(report))}


def _head(report: Report) -> dict[str, Any]:
    """Every key of ``report.json`` but the two that grow with the list."""
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
    }


def _entries(report: Report) -> Iterator[dict[str, Any]]:
    for result in report.results:
        e = result.entry
        ref = paper_ref(e)
        yield {
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


def _findings(report: Report) -> Iterator[dict[str, Any]]:
    # Every finding carries its fingerprint, so any report.json can be a later baseline;
    # "baseline" (new/known) is there only when this run had one (Finding.to_dict).
    for f, fp in zip(report.all_findings, fingerprints(report), strict=True):
        yield _finding_dict(f, fp)


_FINDING_FIELDS = tuple(f.name for f in dataclasses.fields(Finding) if f.name != "fix")
_PLAIN = (str, int, type(None))


def _finding_dict(finding: Finding, fingerprint: str) -> dict[str, Any]:
    """``finding.to_dict()`` plus its fingerprint, without the generic walk per field.

    Plain fields are copied; anything else (enums, tuples) goes through ``to_dict``.
    A test holds this equal to ``Finding.to_dict``.
    """
    d: dict[str, Any] = {}
    for name in _FINDING_FIELDS:
        value = getattr(finding, name)
        d[name] = value if type(value) in _PLAIN else to_dict(value)
    if d.get("baseline", 0) is None:  # the field exists only in runs with a baseline
        del d["baseline"]
    d["fingerprint"] = fingerprint
    return d


def dumps(data: Any) -> str:
    """``json.dumps(data, indent=2, ensure_ascii=False)``, ten times faster (orjson).

    The standard library's C encoder is not used with ``indent``; orjson writes the
    same text. It refuses lone surrogates, which json.dumps writes as escapes.
    """
    try:
        return orjson.dumps(data, option=orjson.OPT_INDENT_2).decode("utf-8")
    except orjson.JSONEncodeError:
        return json.dumps(data, indent=2, ensure_ascii=False)


class JsonFormat(ReportFormat):
    """Pretty-printed ``report.json``."""

    def format(self, report: Report) -> str:
        """The JSON text, ending in a newline."""
        return "".join(self.chunks(report))

    def chunks(self, report: Report, items: int = 500) -> Iterator[str]:
        """The same text as ``dumps(report_dict(report))`` and a newline, made a few
        hundred entries or findings at a time: whole, a 20,000-entry report's dict and
        text added 109 MB to the run's peak memory."""
        head = dumps(_head(report))
        yield _safe(head[: head.rindex("\n}")])
        for key, values in (("entries", _entries(report)), ("findings", _findings(report))):
            yield f',\n  "{key}": ['
            first = True
            while batch := list(islice(values, items)):
                body = ",\n".join(dumps(v) for v in batch).replace("\n", "\n    ")
                yield _safe(("\n    " if first else ",\n    ") + body)
                first = False
            yield "]" if first else "\n  ]"
        yield "\n}\n"


def _safe(text: str) -> str:
    # ensure_ascii=False keeps titles readable; escape.json_text then writes the
    # DEL, C1 and bidi characters that json.dumps leaves raw as JSON escapes.
    return escape.json_text(text)
