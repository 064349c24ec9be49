"""The run step of the GitHub Action (``action.yml``): check, annotate, summarise, output.

``python -m pipeline.action`` reads the action's inputs from ``INPUT_*`` variables (the
composite action maps each input to one), runs ``paperlist check`` in a child process
and then, from the report it wrote, does what the job page shows:

- annotations, at most :data:`ANNOTATIONS_PER_KIND` errors, warnings and notices (GitHub
  drops the rest of a step's annotations silently); new findings first, then by line;
- the job summary: counts, the verdict, how many annotations were left out, then the
  Markdown report, cut at an entry so that the step adds less than :data:`SUMMARY_LIMIT`
  bytes (GitHub refuses a step summary over 1 MiB); every finding is in the summary
  unless the report itself is larger, and then the summary says where the rest is;
- step outputs (``GITHUB_OUTPUT``): ``exit-code``, the counts, the report paths.

Its own exit status is what ``fail-on`` asks: ``error`` fails on any error finding,
``warning`` also on warnings, ``new`` only on error findings the baseline does not
know, ``never`` never. A run that could not be done (paperlist's exit 2, or no report)
fails the step unless ``fail-on`` is ``never``; the ``exit-code`` output tells it apart.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from pipeline.report import escape

ANNOTATIONS_PER_KIND = 10
"""GitHub shows 10 error, 10 warning and 10 notice annotations per step."""
SUMMARY_LIMIT = 1_000_000
"""Bytes this step adds to the job summary at most (GitHub's cap is 1 MiB a step)."""
FAIL_ON = ("error", "warning", "new", "never")
MODES = ("full", "changed")
FORMATS = {
    "text": None,
    "markdown": "report.out.md",
    "json": "report.out.json",
    "sarif": "report.sarif",
}
_KIND = {"error": "error", "warning": "warning", "info": "notice"}
_NO_BASE = "0" * 40


class InputError(ValueError):
    """An input of the action has a value it does not accept."""


@dataclass(frozen=True)
class Inputs:
    """The action's inputs, validated."""

    lists: tuple[str, ...]
    config: str
    mode: str
    format: str
    fail_on: str
    baseline: str
    report_dir: Path
    base: str
    args: tuple[str, ...]


def _choice(env: Mapping[str, str], name: str, allowed: Sequence[str], default: str) -> str:
    value = env.get(f"INPUT_{name.upper().replace('-', '_')}", "").strip() or default
    if value not in allowed:
        raise InputError(f"input '{name}' is {value!r}; use one of: {', '.join(allowed)}")
    return value


def read_inputs(env: Mapping[str, str]) -> Inputs:
    """The inputs from ``INPUT_*`` variables; :class:`InputError` names a bad one."""

    def text(name: str) -> str:
        return env.get(f"INPUT_{name}", "").strip()

    baseline = text("BASELINE")
    fail_on = _choice(env, "fail-on", FAIL_ON, "new" if baseline else "error")
    try:
        args = tuple(shlex.split(text("ARGS")))
    except ValueError as exc:
        raise InputError(f"input 'args' cannot be split into arguments ({exc})") from None
    return Inputs(
        lists=tuple(text("LISTS").split()),
        config=text("CONFIG"),
        mode=_choice(env, "mode", MODES, "full"),
        format=_choice(env, "format", list(FORMATS), "text"),
        fail_on=fail_on,
        baseline=baseline,
        report_dir=Path(text("REPORT_DIR") or "paperlist-reports"),
        base=text("BASE"),
        args=args,
    )


def event_base(env: Mapping[str, str]) -> str:
    """The commit a pull request (or push, or merge group) is compared with, or ''."""
    path = env.get("GITHUB_EVENT_PATH", "")
    try:
        event = json.loads(Path(path).read_text("utf-8")) if path else {}
    except (OSError, ValueError):
        return ""
    if not isinstance(event, dict):
        return ""
    candidates = [
        (event.get("pull_request") or {}).get("base", {}).get("sha"),
        (event.get("merge_group") or {}).get("base_sha"),
        event.get("before"),
    ]
    for sha in candidates:
        if isinstance(sha, str) and sha and sha != _NO_BASE:
            return sha
    return ""


def check_argv(inputs: Inputs, base: str, baseline_exists: bool) -> list[str]:
    """The ``paperlist check`` arguments the inputs ask for."""
    argv = ["check", *inputs.lists, "--report-dir", str(inputs.report_dir)]
    argv += ["--format", inputs.format]
    if inputs.config:
        argv += ["--config", inputs.config]
    if base:
        argv += ["--changed-since", base]
    if inputs.baseline and baseline_exists:
        argv += ["--baseline", inputs.baseline]
    return argv + list(inputs.args)


def _repo_path(path: str, cwd: Path) -> str:
    """``path`` relative to the root of the git repository holding it (annotations need it)."""
    full = (cwd / path).resolve()
    for parent in full.parents:
        if (parent / ".git").exists():
            return full.relative_to(parent).as_posix()
    return path


def _is_new(finding: Mapping[str, Any]) -> bool:
    return finding.get("baseline", "new") != "known"


def annotations(findings: Sequence[Mapping[str, Any]], cwd: Path) -> tuple[list[str], int]:
    """Workflow commands for the findings GitHub will show, and how many were left out."""
    shown: list[str] = []
    per_kind: dict[str, int] = {}
    order = sorted(findings, key=lambda f: (not _is_new(f), f["path"], f["line"]))
    for f in order:
        kind = _KIND.get(f["severity"], "notice")
        if per_kind.get(kind, 0) >= ANNOTATIONS_PER_KIND:
            continue
        per_kind[kind] = per_kind.get(kind, 0) + 1
        title = f["rule"] if _is_new(f) else f"{f['rule']} (known)"
        message = f["message"] + (f"\nFix: {f['suggestion']}" if f.get("suggestion") else "")
        props = ",".join(
            [
                f"file={escape.workflow_property(_repo_path(f['path'], cwd))}",
                f"line={int(f['line'])}",
                f"title={escape.workflow_property(title)}",
            ]
        )
        shown.append(f"::{kind} {props}::{escape.workflow_message(message)}")
    return shown, len(findings) - len(shown)


def counts(report: Mapping[str, Any]) -> dict[str, int]:
    """Findings per severity, and the new ones per severity (all are new without a baseline)."""
    result = {"entries": int(report.get("summary", {}).get("entries", 0))}
    for severity in ("error", "warning", "info"):
        found = [f for f in report.get("findings", []) if f.get("severity") == severity]
        result[severity] = len(found)
        result[f"new-{severity}"] = sum(1 for f in found if _is_new(f))
    return result


def should_fail(fail_on: str, exit_code: int, tally: Mapping[str, int] | None) -> bool:
    """Whether the step fails: the ``fail-on`` policy applied to the outcome."""
    if fail_on == "never":
        return False
    if tally is None or exit_code not in (0, 1):
        return True  # the run could not be done
    if fail_on == "new":
        return tally["new-error"] > 0
    if fail_on == "warning":
        return tally["error"] + tally["warning"] > 0
    return tally["error"] > 0


def cut_summary(text: str, limit: int) -> str:
    """``text`` whole when it fits in ``limit`` UTF-8 bytes, else cut before an entry."""
    data = text.encode("utf-8")
    if len(data) <= limit:
        return text
    room = limit - 400  # the closing note
    head = data[:room].decode("utf-8", errors="ignore")
    cut = max(head.rfind("\n### "), head.rfind("\n## "))
    head = head[:cut] if cut > 0 else head[: head.rfind("\n") + 1]
    left = len(data) - len(head.encode("utf-8"))
    return head + (
        f"\n\n> **The summary stops here**: GitHub keeps at most 1 MiB of a step's summary; "
        f"{left:,} more bytes of the report are in the report files (report.md).\n"
    )


def _header(tally: Mapping[str, int] | None, exit_code: int, failed: bool, left_out: int) -> str:
    verdict = "failed" if failed else "passed"
    if tally is None:
        return (
            f"## paperlist: could not run (exit status {exit_code})\n\n"
            "The check could not be done; the step log says why.\n"
        )
    rows = "\n".join(
        f"| {sev} | {tally[sev]} | {tally[f'new-{sev}']} |" for sev in ("error", "warning", "info")
    )
    note = (
        f"\n{left_out} finding(s) have no annotation (GitHub shows "
        f"{ANNOTATIONS_PER_KIND} of each kind a step); every finding is in the report below.\n"
        if left_out
        else ""
    )
    return (
        f"## paperlist: {verdict} ({tally['entries']} entries, exit status {exit_code})\n\n"
        f"| severity | findings | new |\n|---|---:|---:|\n{rows}\n{note}\n"
    )


def write_outputs(path: str, values: Mapping[str, str]) -> None:
    """Append step outputs to ``GITHUB_OUTPUT`` (multi-line-safe delimiter form)."""
    if not path:
        return
    with open(path, "a", encoding="utf-8") as fh:
        for key, value in values.items():
            mark = f"ghadelimiter_{uuid.uuid4()}"
            fh.write(f"{key}<<{mark}\n{value}\n{mark}\n")


def _run_check(inputs: Inputs, argv: list[str], env: Mapping[str, str], log: TextIO) -> int:
    """Run ``paperlist check``; its stdout goes to the log or to the format's report file."""
    child = {k: v for k, v in env.items() if k != "GITHUB_STEP_SUMMARY"}  # the step writes it
    if env.get("INPUT_TOKEN"):
        child["GITHUB_TOKEN"] = env["INPUT_TOKEN"]
    log.write(f"paperlist {shlex.join(argv)}\n")
    log.flush()
    name = FORMATS[inputs.format]
    command = [sys.executable, "-m", "pipeline", *argv]
    if name is None:
        return subprocess.run(command, env=child, check=False).returncode
    part = inputs.report_dir / f"{name}.part"
    with open(part, "w", encoding="utf-8") as out:
        code = subprocess.run(command, env=child, stdout=out, check=False).returncode
    part.replace(inputs.report_dir / name)
    return code


def _prepare(inputs: Inputs, env: Mapping[str, str], log: TextIO) -> list[str]:
    """Clear stale reports and build the check's arguments (base, baseline)."""
    inputs.report_dir.mkdir(parents=True, exist_ok=True)
    for name in ("report.json", "report.md", *filter(None, FORMATS.values())):
        (inputs.report_dir / name).unlink(missing_ok=True)
    base = ""
    if inputs.mode == "changed":
        base = inputs.base or event_base(env)
        if not base:
            log.write(
                "::warning title=paperlist::mode 'changed' has no base commit here; "
                "checking every entry\n"
            )
    exists = bool(inputs.baseline) and Path(inputs.baseline).is_file()
    if inputs.baseline and not exists:
        log.write(f"paperlist: no baseline at {inputs.baseline} yet; every finding is new\n")
    return check_argv(inputs, base, exists)


def run_action(env: Mapping[str, str], log: TextIO) -> int:
    """The whole step; returns its exit status."""
    inputs = read_inputs(env)
    argv = _prepare(inputs, env, log)
    exit_code = _run_check(inputs, argv, env, log)
    report_json = inputs.report_dir / "report.json"
    report: dict[str, Any] | None = None
    if exit_code in (0, 1) and report_json.is_file():
        report = json.loads(report_json.read_text("utf-8"))
    tally = counts(report) if report is not None else None
    shown, left_out = annotations(report["findings"], Path.cwd()) if report else ([], 0)
    for line in shown:
        log.write(line + "\n")
    failed = should_fail(inputs.fail_on, exit_code, tally)
    md_path = inputs.report_dir / "report.md"
    body = md_path.read_text("utf-8") if report is not None and md_path.is_file() else ""
    header = _header(tally, exit_code, failed, left_out)
    if env.get("GITHUB_STEP_SUMMARY"):
        with open(env["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as fh:
            fh.write(cut_summary(header + "\n" + body, SUMMARY_LIMIT))
    outputs = {"exit-code": str(exit_code), "failed": str(failed).lower()}
    keys = ("entries", "error", "warning", "info", "new-error", "new-warning", "new-info")
    outputs |= {k: str(tally[k]) if tally else "" for k in keys}
    outputs["annotations-left-out"] = str(left_out)
    for key, name in (("report-json", "report.json"), ("report-md", "report.md")):
        outputs[key] = str(inputs.report_dir / name) if report is not None else ""
    extra = FORMATS[inputs.format]
    outputs["report"] = str(inputs.report_dir / extra) if extra and report is not None else ""
    outputs["report-sarif"] = outputs["report"] if inputs.format == "sarif" else ""
    write_outputs(env.get("GITHUB_OUTPUT", ""), outputs)
    log.write(
        f"paperlist: exit status {exit_code}; fail-on {inputs.fail_on}: "
        f"{'failing' if failed else 'passing'} the step\n"
    )
    return 1 if failed else 0


def main(env: Mapping[str, str] | None = None, log: TextIO | None = None) -> int:
    """Entry point of ``python -m pipeline.action``; a bad input is one line and exit 2."""
    env = os.environ if env is None else env
    log = log or sys.stdout
    try:
        return run_action(env, log)
    except InputError as exc:
        log.write(f"::error title=paperlist::{escape.workflow_message(str(exc))}\n")
        return 2
    except OSError as exc:
        log.write(f"::error title=paperlist::{escape.workflow_message(f'cannot run: {exc}')}\n")
        return 2


if __name__ == "__main__":
    sys.exit(main())
