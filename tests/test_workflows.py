"""The workflows' shape (who holds which token, what runs whose code) and `make run`'s verdict."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
CACHE_SHA = "5a3ec84eff668545956fd18022155c47e93e2684"


def workflow(name: str) -> dict:
    """A workflow file as data (YAML's ``on`` key read as the string it is)."""
    return yaml.load((WORKFLOWS / name).read_text("utf-8"), Loader=yaml.BaseLoader)


def steps_using(job: dict, action: str) -> list[dict]:
    return [s for s in job["steps"] if s.get("uses", "").split("@")[0] == action]


def test_nightly_cache_is_saved_even_when_the_check_fails():
    check = workflow("nightly.yml")["jobs"]["check"]
    assert not steps_using(check, "actions/cache")  # saves only on success
    (restore,) = steps_using(check, "actions/cache/restore")
    (save,) = steps_using(check, "actions/cache/save")
    assert restore["uses"] == f"actions/cache/restore@{CACHE_SHA}"
    assert save["uses"] == f"actions/cache/save@{CACHE_SHA}"
    assert save["if"] == "always()"
    assert save["with"]["path"] == restore["with"]["path"] == ".paperlist-cache"
    assert save["with"]["key"] == restore["with"]["key"]
    steps = check["steps"]
    assert steps.index(restore) < steps.index(save)


def test_nightly_check_job_holds_no_write_token():
    jobs = workflow("nightly.yml")["jobs"]
    check = jobs["check"]
    assert check["permissions"] == {"contents": "read"}
    assert (
        "status" in check["outputs"]
        and "steps.check.outputs.exit-code" in check["outputs"]["status"]
    )
    (upload,) = steps_using(check, "actions/upload-artifact")
    assert upload["if"] == "always()" and upload["with"]["path"] == "reports/"
    assert "tracking_issue" not in yaml.safe_dump(check)


def test_nightly_report_job_runs_no_package_code_and_fails_on_the_checks_status():
    report = workflow("nightly.yml")["jobs"]["report"]
    assert report["needs"] == "check" and report["if"] == "always()"
    assert report["permissions"] == {"contents": "read", "issues": "write"}
    runs = [s.get("run", "") for s in report["steps"]]
    assert not any("pip install" in r or "paperlist " in r for r in runs)  # stdlib script only
    (download,) = steps_using(report, "actions/download-artifact")
    assert download["with"]["path"] == "reports"
    (issue,) = [s for s in report["steps"] if "tracking_issue.py" in s.get("run", "")]
    assert "hashFiles('reports/report.json')" in issue["if"]
    assert "needs.check.outputs.status" in issue["if"]
    last = report["steps"][-1]
    assert last["if"] == "always()" and last["env"]["STATUS"] == "${{ needs.check.outputs.status }}"
    assert last["run"].strip() == 'test "$STATUS" = "0"'


def test_pr_check_runs_the_base_branchs_code_on_the_prs_list():
    check = workflow("pr.yml")["jobs"]["check"]
    checkouts = steps_using(check, "actions/checkout")
    by_path = {s["with"]["path"]: s["with"] for s in checkouts}
    assert by_path["checker"]["ref"] == "${{ github.event.pull_request.base.sha }}"
    assert "ref" not in by_path["pr"] and by_path["pr"]["fetch-depth"] == "0"
    assert all(s["with"]["persist-credentials"] == "false" for s in checkouts)
    assert not [s for s in check["steps"] if "pip install" in s.get("run", "")]
    (run,) = steps_using(check, "./checker")  # the base branch's action.yml installs it
    assert run["with"] == {"working-directory": "pr", "mode": "changed"}


# -- make run -------------------------------------------------------------------------
FAKE_PAPERLIST = """#!/bin/sh
case "$FAKE" in
  report) mkdir -p reports; echo '{}' > reports/report.json; echo '# r' > reports/report.md; exit 1 ;;
  crash) echo 'Traceback (most recent call last):' >&2; exit 1 ;;
  cannot) echo 'paperlist: catalog/config.yaml: no such file' >&2; exit 2 ;;
esac
"""


@pytest.fixture
def make_run(tmp_path: Path):
    """Run `make run` in tmp_path with a fake paperlist in a fake, up-to-date .venv."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    paperlist = venv / "bin" / "paperlist"
    paperlist.write_text(FAKE_PAPERLIST)
    paperlist.chmod(paperlist.stat().st_mode | stat.S_IEXEC)
    (venv / ".installed-stamp").write_text("")
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text("")
    constraints = tmp_path / "constraints.txt"
    constraints.write_text("")
    earlier = (venv / ".installed-stamp").stat().st_mtime - 100
    for source in (pyproject, constraints):
        os.utime(source, (earlier, earlier))  # the stamp is newer: no install

    def run(mode: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["make", "--no-print-directory", "-f", str(ROOT / "Makefile"), "run", f"VENV={venv}"],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            env={"PATH": os.environ["PATH"], "FAKE": mode},
            check=False,
        )

    return run


def test_make_run_passes_with_a_fresh_report(make_run):
    r = make_run("report")
    assert r.returncode == 0, r.stderr
    assert "exit status 1; reports in reports/report.md" in r.stdout


def test_make_run_fails_when_a_crash_wrote_no_report(make_run, tmp_path):
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "report.json").write_text('{"stale": true}')
    (tmp_path / "reports" / "report.md").write_text("# stale")
    r = make_run("crash")
    assert r.returncode != 0
    assert "reports in" not in r.stdout
    assert "no report was written" in r.stderr
    assert not (tmp_path / "reports" / "report.json").exists()  # no stale report passed off


def test_make_run_fails_when_the_run_could_not_be_done(make_run):
    r = make_run("cannot")
    assert r.returncode != 0 and "reports in" not in r.stdout
