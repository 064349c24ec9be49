"""`paperlist check` on the real catalog, against local fake arXiv/GitHub/web servers."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from pipeline.report.json import load_schema

EXPECTED = {
    # (line, rule, severity): what the seed list really contains
    (6, "link-text-mismatch", "error"),  # text names RL4Med-DDPO, target is this paper
    (7, "placeholder-link", "warning"),  # "none" linking to the B2-DiffuRL repository
    (24, "link-text-mismatch", "error"),
    (36, "link-text-mismatch", "error"),
    (48, "link-text-mismatch", "error"),
    (54, "link-text-mismatch", "error"),
    (55, "code-link-not-repository", "info"),  # rl-diffusion.github.io, a project page
    (59, "year-mismatch", "warning"),  # 2023 for a 2022 paper (arXiv v1 and PAMI 2022)
}


def _env(arxiv_server, github_server, tmp_path: Path) -> dict[str, str]:
    return {
        "PAPERLIST_ARXIV_API_URL": arxiv_server.url,
        "PAPERLIST_ARXIV_DELAY": "0",
        "GITHUB_API_URL": github_server.url,
        "PAPERLIST_CACHE_DIR": str(tmp_path / "cache"),
    }


def test_catalog_findings_exactly(
    cli, catalog_copy, arxiv_server, github_server, web_proxy, tmp_path
):
    result = cli(
        "check",
        "--config",
        str(catalog_copy / "config.yaml"),
        "--format",
        "json",
        env=_env(arxiv_server, github_server, tmp_path),
    )
    assert result.status == 1, result.err
    report = json.loads(result.out)
    jsonschema.validate(report, load_schema())
    got = {(f["line"], f["rule"], f["severity"]) for f in report["findings"]}
    assert got == EXPECTED
    # every finding is on the catalog file, and messages say which paper is the entry's
    by_line = {f["line"]: f for f in report["findings"]}
    assert "the target is this entry's paper" in by_line[6]["message"]
    assert "RL4Med-DDPO" in by_line[6]["message"]
    assert by_line[59]["expected"] == "2022"
    assert report["summary"] == {"entries": 11, "error": 5, "warning": 2, "info": 1}
    # entries that are right have status ok
    ok_lines = {e["line"] for e in report["entries"] if e["status"] == "ok"}
    assert ok_lines == {10, 16, 28, 40, 64}
    # one arXiv request for all IDs; each GitHub repository once; the project page once
    assert len(arxiv_server.recorder.requests) == 1
    assert sorted(github_server.recorder.paths) == [
        "/repos/hu-zijing/B2-DiffuRL",
        "/repos/wfanyue/DPG-T2I-Personalization",
    ]
    assert [m for m, *_ in web_proxy.recorder.requests] == ["HEAD"]


def test_reports_written_and_valid(
    cli, catalog_copy, arxiv_server, github_server, web_proxy, tmp_path
):
    cli(
        "check",
        "--config",
        str(catalog_copy / "config.yaml"),
        env=_env(arxiv_server, github_server, tmp_path),
    )
    md = (tmp_path / "reports" / "report.md").read_text("utf-8")
    data = json.loads((tmp_path / "reports" / "report.json").read_text("utf-8"))
    jsonschema.validate(data, load_schema())
    assert md.index("Towards Better Alignment") < md.index(
        "Training Diffusion Models with Reinforcement"
    )
    assert "## All findings" in md and "| 59 | warning | `year-mismatch`" in md
    assert data["mode"] == "full"


def test_offline_run_reports_what_the_list_reveals(cli, catalog_copy, tmp_path):
    result = cli(
        "check", "--config", str(catalog_copy / "config.yaml"), "--offline", "--format", "json"
    )
    report = json.loads(result.out)
    jsonschema.validate(report, load_schema())
    rules = {(f["line"], f["rule"]) for f in report["findings"]}
    # the list itself reveals these without any network
    assert {
        (6, "link-text-mismatch"),
        (7, "placeholder-link"),
        (55, "code-link-not-repository"),
        (59, "year-mismatch"),
    } <= rules
    unverified = [f for f in report["findings"] if f["rule"] == "unverified"]
    assert len(unverified) == 11 + 3  # each arXiv link and each code link
    assert all("offline" in f["message"] for f in unverified)
    assert report["mode"] == "offline"
