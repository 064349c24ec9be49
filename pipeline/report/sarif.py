"""SARIF 2.1.0 for GitHub code scanning (``--format sarif``, ``report.sarif``).

One run. ``tool.driver.rules`` lists every rule ID with its help text (the glossary of
``report.md``) and default level; each finding is one result with its rule, level
(``info`` is SARIF's ``note``), message, the list file relative to the source root
(``uriBaseId`` ``%SRCROOT%``) and the line, ``partialFingerprints`` (the baseline
fingerprint, which does not change when lines move) and, in a run with a baseline,
``baselineState`` (``new`` or ``unchanged``).

List text in messages is made inert: control and bidi characters become ``?`` and
``\\``, ``[`` and ``]`` are escaped, so a title cannot form a SARIF embedded link
(SARIF 2.1.0 §3.11.6).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

from pipeline.baseline import BaselineState, fingerprints
from pipeline.checks import registry
from pipeline.model import Finding, Report, Rule, Severity
from pipeline.report import escape
from pipeline.report.interface import ReportFormat

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
FINGERPRINT_KEY = "paperlistFingerprint/v1"
"""The ``partialFingerprints`` key holding :func:`pipeline.baseline.fingerprint`."""
SRCROOT = "%SRCROOT%"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_STATE = {BaselineState.NEW: "new", BaselineState.KNOWN: "unchanged"}
_SARIF_SPECIAL = re.compile(r"([\\\[\]])")


def plain(text: str) -> str:
    """List or server text as inert SARIF plain text: one line, no embedded links."""
    return _SARIF_SPECIAL.sub(r"\\\1", escape.terminal(text))


def _sentence(text: str) -> str:
    text = text.rstrip()
    return text if text.endswith((".", "!", "?")) else text + "."


def _rule_name(rule: Rule) -> str:
    """A friendly name, never equal to the ID (SARIF1001): ``unverified`` -> ``UnverifiedCheck``."""
    name = "".join(part.capitalize() for part in rule.value.split("-"))
    return name + "Check" if name.lower() == rule.value.lower() else name


def rule_descriptor(rule: Rule) -> dict[str, Any]:
    """The ``reportingDescriptor`` of one rule: its declaration's help text and default level."""
    spec = registry.spec(rule)
    meaning = spec.help
    how = (
        f"Set the severity of `{rule.value}` (error, warning, info or off) under `rules:` "
        "in the list's config.yaml; paperlist fix applies the high-confidence fixes."
    )
    return {
        "id": rule.value,
        "name": _rule_name(rule),
        "shortDescription": {"text": meaning},
        "fullDescription": {"text": _sentence(meaning)},
        "help": {
            "text": f"{_sentence(meaning)} {how.replace('`', '')}",
            "markdown": f"**{rule.value}**: {_sentence(meaning)}\n\n{how}",
        },
        "defaultConfiguration": {"level": LEVEL[spec.severity]},
        "properties": {"tags": ["paper-list"]},
    }


def artifact_location(path: str, source_root: str | None) -> dict[str, str]:
    """Where ``path`` is: relative to ``source_root`` (or the working directory)."""
    root = os.path.abspath(source_root or os.curdir)
    full = os.path.abspath(path)
    rel = os.path.relpath(full, root)
    if rel == os.pardir or rel.startswith(os.pardir + os.sep) or os.path.isabs(rel):
        return {"uri": Path(full).as_uri()}  # outside the repository: absolute file URI
    return {"uri": quote(rel.replace(os.sep, "/"), safe="/"), "uriBaseId": SRCROOT}


def message(f: Finding) -> str:
    """The result message: what is wrong, what was found and expected, the fix."""
    lines = [_sentence(plain(f.message))]
    if f.actual is not None:  # quoted: a period after a bare URL would read as part of it
        lines.append(f"Found: '{plain(f.actual)}'.")
    if f.expected is not None:
        lines.append(f"Expected: '{plain(f.expected)}'.")
    if f.suggestion:
        lines.append(_sentence(f"Fix: {plain(f.suggestion)}"))
    return "\n".join(lines)


def _result(f: Finding, fp: str, index: dict[Rule, int], root: str | None) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": f.rule.value,
        "ruleIndex": index[f.rule],
        "level": LEVEL[f.severity],
        "message": {"text": message(f)},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": artifact_location(f.path, root),
                    "region": {"startLine": f.line},
                }
            }
        ],
        "partialFingerprints": {FINGERPRINT_KEY: fp},
        "properties": {"entryTitle": escape.terminal(f.entry_title), "field": f.field},
    }
    if f.baseline is not None:
        result["baselineState"] = _STATE[BaselineState(f.baseline)]
    return result


class SarifFormat(ReportFormat):
    """The SARIF log; ``source_root`` is the repository root URIs are relative to."""

    def __init__(self, source_root: str | None = None):
        self.source_root = source_root

    def format(self, report: Report) -> str:
        """The SARIF JSON text, ending in a newline."""
        rules = list(Rule)
        index = {rule: i for i, rule in enumerate(rules)}
        findings = report.all_findings
        results = [
            _result(f, fp, index, self.source_root)
            for f, fp in zip(findings, fingerprints(report), strict=True)
        ]
        driver = {
            "name": "paperlist",
            "version": report.tool_version,
            "semanticVersion": report.tool_version,
            "rules": [rule_descriptor(r) for r in rules],
        }
        log = {
            "$schema": SCHEMA_URI,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {"driver": driver},
                    "automationDetails": {"id": "paperlist/"},
                    "columnKind": "unicodeCodePoints",
                    "results": results,
                }
            ],
        }
        return escape.json_text(json.dumps(log, indent=2, ensure_ascii=False)) + "\n"
