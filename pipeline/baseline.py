"""Baselines: findings that were already known do not fail a run; new ones do.

A finding is matched by its *fingerprint*: the rule, the identity of the entry and the
field, never the line, so entries can move, be reordered or gain neighbours and their
known findings stay known. The entry's identity is the arXiv ID its paper link points
to (without version), else its normalised title, else its paper link, else its code
link. Findings not tied to an entry (``unread-entry``) use what they found instead.

Matching counts: a fingerprint the baseline holds once matches one finding; a second
finding with the same fingerprint (the same paper listed twice, say) is new.

A baseline is either a previous ``report.json`` (its findings carry ``fingerprint``;
for a report written before fingerprints existed they are derived from its entries)
or the smaller file that ``paperlist baseline`` writes (:func:`baseline_document`).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from pipeline import titles
from pipeline.checks import paper_ref
from pipeline.errors import PipelineError
from pipeline.files import read_bounded
from pipeline.model import EntryResult, Finding, PaperEntry, Report, Severity

BASELINE_VERSION = 1
"""The version of the file ``paperlist baseline`` writes (key ``paperlist_baseline``)."""
FINGERPRINT_VERSION = "v1"
MAX_BASELINE_BYTES = 64_000_000
"""The largest baseline read (a report.json of a 10 MB list stays well below this)."""
_WHAT = "a baseline (a report.json, or a file written by 'paperlist baseline')"


class BaselineError(PipelineError):
    """``--baseline`` names a file that is missing, unreadable or not a baseline."""


class BaselineState(StrEnum):
    """Whether a finding was in the baseline."""

    NEW = "new"
    KNOWN = "known"


@dataclass(frozen=True)
class Baseline:
    """How many times each fingerprint was known, and where the baseline came from."""

    counts: Mapping[str, int]
    source: str

    @classmethod
    def of(cls, fingerprints: Iterable[str], source: str) -> Baseline:
        """A baseline holding ``fingerprints`` (repeats count)."""
        return cls(dict(Counter(fingerprints)), source)


def identity(
    arxiv_id: str | None, title: str | None, paper_url: str | None, code_url: str | None
) -> str:
    """An entry's identity: arXiv ID, else normalised title, else paper URL, else code URL."""
    if arxiv_id:
        return f"arxiv:{arxiv_id}"
    key = titles.compact(title) if title else ""
    if key:
        return f"title:{key}"
    url = (paper_url or code_url or "").strip()
    return f"url:{url}" if url else "none"


def entry_identity(entry: PaperEntry) -> str:
    """The identity of ``entry`` (see :func:`identity`)."""
    ref = paper_ref(entry)
    return identity(
        ref.base_id if ref is not None and ref.valid else None,
        entry.title,
        entry.paper.url if entry.paper else None,
        entry.code.url if entry.code else None,
    )


def block_identity(actual: str | None, message: str) -> str:
    """The identity of a finding that belongs to no entry (what it found)."""
    return f"block:{actual or message}"


def fingerprint(rule: str, entry_id: str, field: str) -> str:
    """The fingerprint of one finding: 32 hex digits of SHA-256 over rule, entry, field."""
    text = "\0".join((FINGERPRINT_VERSION, rule, entry_id, field))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def fingerprints(report: Report) -> list[str]:
    """One fingerprint per finding, in the order of ``report.all_findings``."""
    out = [
        fingerprint(f.rule.value, entry_identity(r.entry), f.field)
        for r in report.results
        for f in r.findings
    ]
    out += [
        fingerprint(f.rule.value, block_identity(f.actual, f.message), f.field)
        for f in report.findings
    ]
    return out


def apply_baseline(report: Report, baseline: Baseline) -> Report:
    """A copy of ``report`` whose every finding says whether it is ``new`` or ``known``."""
    remaining = Counter(baseline.counts)
    marks = iter(fingerprints(report))

    def mark(f: Finding) -> Finding:
        fp = next(marks)
        known = remaining[fp] > 0
        remaining[fp] -= 1
        return replace(f, baseline=BaselineState.KNOWN if known else BaselineState.NEW)

    results = tuple(
        EntryResult(r.entry, tuple(mark(f) for f in r.findings)) for r in report.results
    )
    findings = tuple(mark(f) for f in report.findings)
    return replace(report, results=results, findings=findings)


def fails(report: Report) -> bool:
    """True when an error finding is not known to the baseline (exit status 1).

    Without a baseline no finding is known, so this is "any error finding".
    """
    return any(
        f.severity is Severity.ERROR and f.baseline != BaselineState.KNOWN
        for f in report.all_findings
    )


def baseline_document(report: Report) -> dict[str, Any]:
    """What ``paperlist baseline`` writes: each finding's fingerprint, with context."""
    rows = [
        {
            "fingerprint": fp,
            "rule": f.rule.value,
            "severity": f.severity.value,
            "path": f.path,
            "line": f.line,
            "entry_title": f.entry_title,
            "field": f.field,
        }
        for f, fp in zip(report.all_findings, fingerprints(report), strict=True)
    ]
    return {
        "paperlist_baseline": BASELINE_VERSION,
        "tool": {"name": "paperlist", "version": report.tool_version},
        "generated_at": report.generated_at,
        "findings": rows,
    }


def write_baseline(report: Report, path: Path) -> int:
    """Write :func:`baseline_document` to ``path``; how many findings it records."""
    from pipeline.report import escape

    doc = baseline_document(report)
    text = escape.json_text(json.dumps(doc, indent=2, ensure_ascii=False)) + "\n"
    try:
        path.write_text(text, "utf-8")
    except OSError as exc:
        raise BaselineError(f"{path}: cannot write the baseline ({exc.strerror or exc})") from None
    return len(doc["findings"])


def load_baseline(path: Path) -> Baseline:
    """Read the baseline at ``path``; :class:`BaselineError` (exit 2) when it is unusable."""
    if path.is_dir():  # os.fdopen refuses a directory before read_bounded can say so
        raise BaselineError(f"{path}: is not a regular file (a directory); give {_WHAT}")
    try:
        data = read_bounded(path, MAX_BASELINE_BYTES, BaselineError, _WHAT)
    except OSError as exc:
        raise BaselineError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BaselineError(f"{path}: is not JSON ({exc}); give {_WHAT}") from None
    try:
        return parse_baseline(doc, str(path))
    except ValueError as exc:
        raise BaselineError(f"{path}: {exc}") from None


def parse_baseline(doc: Any, source: str) -> Baseline:
    """The baseline in a parsed JSON document; ``ValueError`` saying what is wrong."""
    if isinstance(doc, dict) and "paperlist_baseline" in doc:
        version = doc["paperlist_baseline"]
        if version != BASELINE_VERSION:
            raise ValueError(
                f"is a baseline file of version {version}; this paperlist reads version "
                f"{BASELINE_VERSION} (write a new one with 'paperlist baseline')"
            )
        rows = _findings(doc)
        return Baseline.of((_stored(row, i) for i, row in enumerate(rows)), source)
    if isinstance(doc, dict) and doc.get("schema_version") == 1 and "findings" in doc:
        rows = _findings(doc)
        entries = doc.get("entries", [])
        if not isinstance(entries, list):
            raise ValueError("'entries' is not a list")
        return Baseline.of(_report_fingerprints(rows, entries), source)
    raise ValueError(f"is neither a paperlist report.json nor a baseline file; give {_WHAT}")


def _findings(doc: dict[str, Any]) -> list[Any]:
    rows = doc.get("findings")
    if not isinstance(rows, list):
        raise ValueError("'findings' is not a list")
    return rows


def _stored(row: Any, i: int) -> str:
    fp = row.get("fingerprint") if isinstance(row, dict) else None
    if not isinstance(fp, str) or not fp:
        raise ValueError(f"finding {i} has no 'fingerprint' string")
    return fp


def _report_fingerprints(rows: list[Any], entries: list[Any]) -> list[str]:
    """The fingerprints of a report.json's findings: stored, or derived from its entries."""
    index = _entry_index(entries)
    out = []
    for i, row in enumerate(rows):
        if isinstance(row, dict) and isinstance(row.get("fingerprint"), str):
            out.append(row["fingerprint"])
            continue
        rule, field, path, title, line = _fields(row, i)
        entry_id = _nearest(index.get((path, title), []), line)
        if entry_id is None:
            entry_id = block_identity(row.get("actual"), str(row.get("message", "")))
        out.append(fingerprint(rule, entry_id, field))
    return out


def _fields(row: Any, i: int) -> tuple[str, str, str, str, int]:
    keys = ("rule", "field", "path", "entry_title")
    if not isinstance(row, dict) or not all(isinstance(row.get(k), str) for k in keys):
        raise ValueError(f"finding {i} lacks one of rule, field, path, entry_title")
    line = row.get("line")
    if not isinstance(line, int):
        raise ValueError(f"finding {i} has no integer 'line'")
    return row["rule"], row["field"], row["path"], row["entry_title"], line


def _entry_index(entries: list[Any]) -> dict[tuple[str, str], list[tuple[int, str]]]:
    """``(path, title)`` -> ``[(line, identity)]`` sorted by line."""
    index: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for e in entries:
        if not isinstance(e, dict) or not isinstance(e.get("line"), int):
            continue
        path, title = e.get("path"), e.get("title")
        if not isinstance(path, str) or not isinstance(title, str):
            continue
        arxiv_id = e.get("arxiv_id") if isinstance(e.get("arxiv_id"), str) else None
        code_url = e.get("code_url") if isinstance(e.get("code_url"), str) else None
        index.setdefault((path, title), []).append(
            (e["line"], identity(arxiv_id, title, None, code_url))
        )
    for rows in index.values():
        rows.sort()
    return index


def _nearest(candidates: list[tuple[int, str]], line: int) -> str | None:
    """The identity of the last entry that starts at or before ``line`` (else the first)."""
    before = [ident for start, ident in candidates if start <= line]
    if before:
        return before[-1]
    return candidates[0][1] if candidates else None
