"""The nightly tracking-issue script against a fake ``gh`` that records its calls."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import stat
import sys
from pathlib import Path
from unittest import mock

import pytest

from scripts import tracking_issue
from scripts.tracking_issue import MAX_BODY

FAKE_GH = """#!{python} -S
import json, sys, pathlib
log = pathlib.Path({log!r})
calls = json.loads(log.read_text()) if log.exists() else []
argv = sys.argv[1:]
body = None
if "--body-file" in argv:
    source = argv[argv.index("--body-file") + 1]
    body = sys.stdin.read() if source == "-" else pathlib.Path(source).read_text("utf-8")
calls.append({{"argv": argv, "body": body}})
log.write_text(json.dumps(calls))
if argv[0:2] == ["issue", "list"]:
    print(json.dumps({open_issues}))
elif argv[0:2] == ["issue", "create"]:
    print("https://github.com/o/r/issues/42")
"""


def run_script(gh: Path, *argv: str) -> tuple[int, str, str]:
    """The script's ``main`` in this process with ``GH_BIN`` set: (status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with (
        mock.patch.dict(os.environ, {"GH_BIN": str(gh)}),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        status = tracking_issue.main(list(argv))
    return status, out.getvalue(), err.getvalue()


def run(
    tmp_path: Path,
    open_issues: list[int],
    summary: dict,
    findings: list | None = None,
    report_md: str = "# paperlist report\n@\u200bsomeone\n",
) -> list[list[str]]:
    """Run the script against a fake ``gh``; return the argv of each call."""
    return [c["argv"] for c in run_logged(tmp_path, open_issues, summary, findings, report_md)]


def run_logged(
    tmp_path: Path,
    open_issues: list[int],
    summary: dict,
    findings: list | None = None,
    report_md: str = "# paperlist report\n@\u200bsomeone\n",
) -> list[dict]:
    """Run the script against a fake ``gh``; return each call's argv and the body it read."""
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
    (tmp_path / "r.md").write_text(report_md, "utf-8")
    status, _, err = run_script(
        gh, str(tmp_path / "r.json"), str(tmp_path / "r.md"), "--run-url", "https://run/1"
    )
    assert status == 0, err
    return json.loads(log.read_text())


FINDINGS = {"entries": 11, "error": 5, "warning": 2, "info": 1}
CLEAN = {"entries": 11, "error": 0, "warning": 0, "info": 0}


def test_updates_the_open_issue_instead_of_opening_another(tmp_path):
    calls = run_logged(tmp_path, [7], FINDINGS)
    assert [c["argv"][:3] for c in calls] == [["issue", "list", "--label"], ["issue", "edit", "7"]]
    body = calls[1]["body"]
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


# 170 kB of UTF-8: more than Linux takes in one command-line argument (128 kB).
CJK_REPORT = "# paperlist report\n\n" + "".join(
    f"- {('深度学习模型的论文标题与链接不一致请检查条目' * 5)[:100]}\n" for _ in range(570)
)


@pytest.mark.parametrize("open_issues", [[7], []])
def test_a_large_cjk_report_reaches_gh_whole(tmp_path, open_issues):
    assert len(CJK_REPORT.encode("utf-8")) > 170_000 and len(CJK_REPORT) < MAX_BODY - 100
    calls = run_logged(tmp_path, open_issues, FINDINGS, report_md=CJK_REPORT)
    sent = [c for c in calls if c["argv"][:2] in (["issue", "edit"], ["issue", "create"])]
    assert len(sent) == 1
    assert "--body" not in sent[0]["argv"]
    assert sent[0]["body"] == CJK_REPORT + "\n\n---\nUpdated by the nightly run https://run/1\n"


def entry_block(i: int) -> str:
    """One entry of report.md, its found value a long code span holding a mention."""
    return (
        f"### ❌ Title {i}\n\n`l.md`, line {i}\n\n"
        f"- **error** `code-link-moved` (line {i}, code): the repository moved\n"
        f"  - found: `@octocat/{'x' * 300}`\n"
        f"- **warning** `year-mismatch` (line {i}, year): 2020 is not 2021\n\n"
    )


def report_cut_inside_a_code_span() -> str:
    """A report over the limit whose old cut point (a fixed offset) is inside a code span."""
    head = (
        "# paperlist report\n\nChecked 400 entries.\n\n## Entries with problems (worst first)\n\n"
    )
    body = "".join(entry_block(i) for i in range(1, 401))
    rows = "".join(f"| {i} | error | `code-link-moved` | Title {i} | moved |\n" for i in range(400))
    table = (
        "## All findings\n\n| line | severity | rule | entry | message |\n|---:|---|---|---|---|\n"
    )
    text = head + body + table + rows
    old_cut = MAX_BODY - len("\n\n---\nUpdated by the nightly run https://run/1\n") - 200
    start = text.rindex("`@octocat", 0, old_cut - 5)
    pad = old_cut - start - 5  # shift that span so the old cut lands 5 characters into it
    return text.replace("Checked 400 entries.", "Checked 400 entries." + " " * pad, 1)


def test_a_long_report_is_cut_between_entries_with_a_count_and_the_run(tmp_path):
    report = report_cut_inside_a_code_span()
    assert len(report) > MAX_BODY
    calls = run_logged(tmp_path, [7], FINDINGS, report_md=report)
    body = calls[1]["body"]
    assert len(body) <= MAX_BODY
    kept, _, note = body.partition("\n**Cut to fit")
    # only whole lines of the report, and no code span opened and left open
    assert report.startswith(kept) and report[len(kept)] == "\n"
    assert all(line.count("`") % 2 == 0 for line in body.splitlines())
    outside_code = re.sub(r"`[^`\n]*`", "", body)
    assert not re.search(r"@\w", outside_code)  # no mention left outside a code span
    # whole entries: each kept heading keeps its findings
    shown = kept.count("\n### ")
    assert kept.endswith("2020 is not 2021\n") and 0 < shown < 400
    left = 400 - shown
    assert f"{left} of 400 entries ({2 * left} of 800 findings)" in note
    assert "400 of 400 rows of the findings table" in note
    assert "https://run/1" in note and body.endswith("Updated by the nightly run https://run/1\n")


def test_a_missing_report_is_one_line_and_exit_2(tmp_path):
    status, _, err = run_script(
        tmp_path / "no-gh", str(tmp_path / "none.json"), str(tmp_path / "none.md")
    )
    assert status == 2
    assert err.startswith("tracking_issue: cannot read the report") and err.count("\n") == 1
