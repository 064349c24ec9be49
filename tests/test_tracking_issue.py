"""The nightly tracking-issue script against a fake ``gh`` that records its calls."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "tracking_issue.py"

FAKE_GH = """#!{python}
import json, sys, pathlib
log = pathlib.Path({log!r})
calls = json.loads(log.read_text()) if log.exists() else []
calls.append(sys.argv[1:])
log.write_text(json.dumps(calls))
if sys.argv[1:3] == ["issue", "list"]:
    print(json.dumps({open_issues}))
elif sys.argv[1:3] == ["issue", "create"]:
    print("https://github.com/o/r/issues/42")
"""


def run(
    tmp_path: Path, open_issues: list[int], summary: dict, findings: list | None = None
) -> list[list[str]]:
    log = tmp_path / "calls.json"
    gh = tmp_path / "gh"
    gh.write_text(
        FAKE_GH.format(
            python=sys.executable, log=str(log), open_issues=[{"number": n} for n in open_issues]
        )
    )
    gh.chmod(gh.stat().st_mode | stat.S_IEXEC)
    if findings is None:
        findings = (
            [{"rule": "link-text-mismatch"}] if sum(summary.values()) - summary["entries"] else []
        )
    (tmp_path / "r.json").write_text(json.dumps({"summary": summary, "findings": findings}))
    (tmp_path / "r.md").write_text("# paperlist report\n@\u200bsomeone\n")
    proc = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            str(tmp_path / "r.json"),
            str(tmp_path / "r.md"),
            "--run-url",
            "https://run/1",
        ],
        capture_output=True,
        text=True,
        env={"GH_BIN": str(gh), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(log.read_text())


FINDINGS = {"entries": 11, "error": 5, "warning": 2, "info": 1}
CLEAN = {"entries": 11, "error": 0, "warning": 0, "info": 0}


def test_updates_the_open_issue_instead_of_opening_another(tmp_path):
    calls = run(tmp_path, [7], FINDINGS)
    assert [c[:3] for c in calls] == [["issue", "list", "--label"], ["issue", "edit", "7"]]
    body = calls[1][calls[1].index("--body") + 1]
    assert body.startswith("# paperlist report") and "https://run/1" in body


def test_creates_one_when_none_is_open(tmp_path):
    calls = run(tmp_path, [], FINDINGS)
    assert [c[:2] for c in calls] == [["issue", "list"], ["label", "create"], ["issue", "create"]]
    assert "paperlist-report" in calls[2]


@pytest.mark.parametrize("open_issues", [[3], []])
def test_closes_when_clean(tmp_path, open_issues):
    calls = run(tmp_path, open_issues, CLEAN)
    assert [c[:3] for c in calls[1:]] == [["issue", "close", str(n)] for n in open_issues]


def test_a_throttled_night_leaves_the_issue_alone(tmp_path):
    calls = run(
        tmp_path,
        [7],
        {"entries": 11, "error": 0, "warning": 14, "info": 0},
        findings=[{"rule": "unverified"}] * 14,
    )
    assert [c[:2] for c in calls] == [["issue", "list"]]
