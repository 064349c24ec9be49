"""SARIF 2.1.0 for GitHub code scanning, checked by Microsoft's SARIF validator.

The validator is the SARIF Multitool from npm (``@microsoft/sarif-multitool``, a
self-contained binary that runs offline), installed into ``.ci/sarif`` by
``make sarif-validator`` (a prerequisite of ``make test-integration``). It checks the SARIF schema
and its SARIF and GitHub (``GH``) rules; the schema it ships is also used with
``jsonschema`` as a second opinion.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from pipeline.model import EntryResult, Finding, PaperEntry, Report, Rule, Severity
from pipeline.report import formatter
from pipeline.report.markdown import RULE_HELP
from pipeline.report.sarif import FINGERPRINT_KEY, SarifFormat

ROOT = Path(__file__).resolve().parent.parent
TOOL_DIR = (
    ROOT / ".ci" / "sarif" / "node_modules" / "@microsoft" / f"sarif-multitool-{sys.platform}"
)
MULTITOOL = TOOL_DIR / "Sarif.Multitool"
SCHEMA = TOOL_DIR / "sarif-2.1.0.json"
LIST = "RL_ImageGeneration.md"


def _need_validator() -> None:
    if MULTITOOL.exists():
        return
    message = "SARIF validator missing: run 'make sarif-validator'"
    if os.environ.get("CI"):
        pytest.fail(message)  # CI runs `make test-integration`, which installs it: never skip there
    pytest.skip(message)


def multitool(doc: dict, tmp_path: Path) -> list[str]:
    """The validator's error and warning results for ``doc``, as ``level RULE: text``."""
    _need_validator()
    src, out = tmp_path / "in.sarif", tmp_path / "validation.sarif"
    src.write_text(json.dumps(doc), "utf-8")
    out.unlink(missing_ok=True)
    argv = [str(MULTITOOL), "validate", "--rule-kind", "Sarif;Gh", "-j", str(SCHEMA)]
    run = subprocess.run(
        [*argv, "-o", str(out), str(src)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "DOTNET_CLI_TELEMETRY_OPTOUT": "1"},
    )
    assert run.returncode == 0, run.stdout + run.stderr
    problems = []
    for run_ in json.loads(out.read_text("utf-8-sig"))["runs"]:
        for r in run_.get("results", []):
            level = r.get("level", "warning")  # SARIF's default level
            if level in ("error", "warning"):
                msg = r["message"]
                text = msg.get("text") or " ".join([msg.get("id", ""), *msg.get("arguments", [])])
                problems.append(f"{level} {r['ruleId']}: {text}")
    return problems


def validate(doc: dict, tmp_path: Path) -> list[str]:
    """The validator's problems; the schema it ships is also checked with jsonschema."""
    problems = multitool(doc, tmp_path)
    jsonschema.validate(doc, json.loads(SCHEMA.read_text("utf-8-sig")))
    return problems


def _errors(problems: list[str]) -> list[str]:
    return [p for p in problems if p.startswith("error")]


@pytest.fixture
def servers_env(arxiv_server, github_server, web_proxy, tmp_path):
    return {
        "PAPERLIST_ARXIV_API_URL": arxiv_server.url,
        "PAPERLIST_ARXIV_DELAY": "0",
        "GITHUB_API_URL": github_server.url,
        "PAPERLIST_CACHE_DIR": str(tmp_path / "cache"),
    }


@pytest.fixture
def repo(tmp_path, catalog_copy) -> Path:
    """tmp_path as a git checkout holding catalog/."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    return tmp_path


@pytest.mark.integration
def test_validator_finds_errors_in_a_broken_log(tmp_path):
    """The validator is really run: a log with a line 0 and a bad URI fails it."""
    bad = {
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "x", "rules": []}},
                "results": [
                    {
                        "ruleId": "r",
                        "message": {"text": "m"},
                        "locations": [
                            {
                                "physicalLocation": {
                                    "artifactLocation": {"uri": "a b.md"},
                                    "region": {"startLine": 0},
                                }
                            }
                        ],
                    }
                ],
            }
        ],
    }
    ids = {p.split()[1].rstrip(":") for p in _errors(multitool(bad, tmp_path))}
    assert {"JSON1008", "SARIF1002"} <= ids, ids
    with pytest.raises(jsonschema.ValidationError):
        validate(bad, tmp_path)


@pytest.mark.integration
def test_catalog_sarif_is_valid_and_complete(cli, repo, catalog_copy, servers_env, tmp_path):
    result = cli(
        "check",
        str(catalog_copy / LIST),
        "--config",
        str(catalog_copy / "config.yaml"),
        "--format",
        "sarif",
        env=servers_env,
    )
    assert result.status == 1, result.err
    doc = json.loads(result.out)
    problems = validate(doc, tmp_path)
    assert _errors(problems) == [], problems
    # no warning either, but for the tool's home page: paperlist has no public URL yet
    assert [p for p in problems if "SARIF2005" not in p] == [], problems

    report = json.loads((tmp_path / "reports" / "report.json").read_text("utf-8"))
    assert (tmp_path / "reports" / "report.sarif").read_text("utf-8") == result.out
    run = doc["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "paperlist" and driver["version"]
    rules = driver["rules"]
    assert [r["id"] for r in rules] == [r.value for r in Rule]
    for r in rules:
        assert r["help"]["text"].startswith(RULE_HELP[Rule(r["id"])])
        assert r["shortDescription"]["text"] == RULE_HELP[Rule(r["id"])]
        assert r["defaultConfiguration"]["level"] in ("error", "warning", "note")
    assert len(run["results"]) == len(report["findings"]) == 8
    level = {"error": "error", "warning": "warning", "info": "note"}
    got = sorted(
        (
            r["ruleId"],
            r["level"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
            r["partialFingerprints"][FINGERPRINT_KEY],
        )
        for r in run["results"]
    )
    want = sorted(
        (f["rule"], level[f["severity"]], f["line"], f["fingerprint"]) for f in report["findings"]
    )
    assert got == want
    for r in run["results"]:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        loc = r["locations"][0]["physicalLocation"]["artifactLocation"]
        assert loc == {"uri": f"catalog/{LIST}", "uriBaseId": "%SRCROOT%"}
        assert "baselineState" not in r  # only with --baseline


def test_report_dir_writes_sarif_only_when_asked(cli, catalog_copy, tmp_path):
    args = ("check", "--config", str(catalog_copy / "config.yaml"), "--offline")
    cli(*args)
    assert (tmp_path / "reports" / "report.json").exists()
    assert not (tmp_path / "reports" / "report.sarif").exists()
    result = cli(*args, "--sarif", "--report-dir", "out")
    assert not result.out.lstrip().startswith("{")  # stdout stays text
    doc = json.loads((tmp_path / "out" / "report.sarif").read_text("utf-8"))
    assert doc["version"] == "2.1.0" and doc["runs"][0]["results"]


def test_uris_follow_the_workspace(cli, catalog_copy, tmp_path):
    env = {"GITHUB_WORKSPACE": str(catalog_copy)}
    result = cli(
        "check", "--config", str(catalog_copy / "config.yaml"), "--offline", "--format", "sarif",
        env=env,
    )  # fmt: skip
    locs = {
        json.dumps(r["locations"][0]["physicalLocation"]["artifactLocation"])
        for r in json.loads(result.out)["runs"][0]["results"]
    }
    assert locs == {json.dumps({"uri": LIST, "uriBaseId": "%SRCROOT%"})}


def _report_with(path: str, message: str, title: str = "T") -> Report:
    entry = PaperEntry(path=path, line=4, title=title)
    finding = Finding(
        rule=Rule.LINK_TEXT_MISMATCH,
        severity=Severity.ERROR,
        path=path,
        line=5,
        entry_title=title,
        field="paper",
        message=message,
        suggestion="use [the right link](https://arxiv.org/abs/2401.00001)",
    )
    return Report("0.1.0", "2026-11-28T12:00:00Z", "full", (), (EntryResult(entry, (finding,)),))


@pytest.mark.integration
def test_list_text_is_not_a_link_and_odd_paths_are_uris(tmp_path):
    report = _report_with(
        "my lists/ä b#1.md", "text '[click](https://evil.example)' \\ and \u202e bidi"
    )
    doc = json.loads(SarifFormat(source_root=None).format(report))
    result = doc["runs"][0]["results"][0]
    text = result["message"]["text"]
    assert "\\[click\\](https://evil.example)" in text and "\\\\ and" in text
    assert "\\[the right link\\]" in text
    assert "\u202e" not in json.dumps(doc, ensure_ascii=False)
    uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "my%20lists/%C3%A4%20b%231.md"
    assert _errors(validate(doc, tmp_path)) == []


@pytest.mark.integration
def test_path_outside_the_root_is_an_absolute_file_uri(tmp_path):
    root = tmp_path / "repo"
    report = _report_with(str(tmp_path / "elsewhere" / "l.md"), "m")
    doc = json.loads(SarifFormat(source_root=str(root)).format(report))
    loc = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert loc == {"uri": (tmp_path / "elsewhere" / "l.md").as_uri()}
    assert _errors(validate(doc, tmp_path)) == []


@pytest.mark.integration
def test_empty_report_is_valid(tmp_path):
    empty = Report("0.1.0", "2026-11-28T12:00:00Z", "full", (), ())
    doc = json.loads(formatter("sarif").format(empty))
    assert doc["runs"][0]["results"] == []
    assert [p for p in validate(doc, tmp_path) if "SARIF2005" not in p] == []
