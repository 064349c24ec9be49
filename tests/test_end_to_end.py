"""`paperlist check` on the real catalog, against local fake arXiv/GitHub/web servers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import Server
from tests.support import metadata, servers
from tests.support.schema import validate_report

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
"""What the list and its links reveal (metadata services that know nothing add nothing)."""
WITH_METADATA = EXPECTED | {
    # official code the list says "none" to (Hugging Face Papers, confirmed on GitHub)
    (13, "code-available", "info"),  # parhamsaremi/rl4med-ddpo
    (19, "code-available", "info"),  # andrew-miao/RPO
    (43, "code-available", "info"),  # gaojl19/LfVoid
    (61, "code-available", "info"),  # apple2373/MetaIRNet
    # venues the list omits (Semantic Scholar names them, DBLP gives the venue's year)
    (14, "venue-missing", "info"),  # MICCAI 2025
    (38, "venue-missing", "info"),  # ECCV 2024
    (44, "venue-missing", "info"),  # NeurIPS 2023
    (56, "venue-missing", "info"),  # ICLR 2024
}
OFFICIAL = {
    13: "https://github.com/parhamsaremi/rl4med-ddpo",
    19: "https://github.com/andrew-miao/RPO",
    43: "https://github.com/gaojl19/LfVoid",
    61: "https://github.com/apple2373/MetaIRNet",
}
MISSING_VENUES = {14: "MICCAI 2025", 38: "ECCV 2024", 44: "NeurIPS 2023", 56: "ICLR 2024"}


@pytest.fixture
def hf_server() -> Iterator[Server]:
    rec = servers.Recorder()
    with servers.serve(metadata.huggingface_handler(metadata.hf_papers(), rec)) as url:
        yield Server(url, rec)


@pytest.fixture
def s2_server() -> Iterator[Server]:
    rec = servers.Recorder()
    with servers.serve(metadata.s2_handler(metadata.s2_records(), rec)) as url:
        yield Server(url, rec)


@pytest.fixture
def dblp_server() -> Iterator[Server]:
    rec = servers.Recorder()
    with servers.serve(metadata.dblp_handler(metadata.dblp_hits(), rec)) as url:
        yield Server(url, rec)


@pytest.fixture
def services(arxiv_server, github_server, hf_server, s2_server, dblp_server, web_proxy):
    return {
        "arxiv": arxiv_server,
        "github": github_server,
        "hf": hf_server,
        "s2": s2_server,
        "dblp": dblp_server,
        "web": web_proxy,
    }


def _env(services: dict[str, Server], tmp_path: Path) -> dict[str, str]:
    return {
        "PAPERLIST_ARXIV_API_URL": services["arxiv"].url,
        "PAPERLIST_ARXIV_DELAY": "0",
        "GITHUB_API_URL": services["github"].url,
        "PAPERLIST_HF_API_URL": services["hf"].url,
        "PAPERLIST_S2_API_URL": services["s2"].url,
        "PAPERLIST_DBLP_URL": services["dblp"].url,
        "PAPERLIST_DBLP_DELAY": "0",
        "PAPERLIST_CACHE_DIR": str(tmp_path / "cache"),
    }


def test_catalog_findings_exactly(cli, catalog_copy, services, tmp_path):
    result = cli(
        "check",
        "--config",
        str(catalog_copy / "config.yaml"),
        "--format",
        "json",
        env=_env(services, tmp_path),
    )
    assert result.status == 1, result.err
    report = json.loads(result.out)
    validate_report(report)
    got = {(f["line"], f["rule"], f["severity"]) for f in report["findings"]}
    assert got == WITH_METADATA
    # every finding is on the catalog file, and messages say which paper is the entry's
    by_line = {f["line"]: f for f in report["findings"]}
    assert "the target is this entry's paper" in by_line[6]["message"]
    assert "RL4Med-DDPO" in by_line[6]["message"]
    assert by_line[59]["expected"] == "2022"
    assert report["summary"] == {"entries": 11, "error": 5, "warning": 2, "info": 9}
    for line, repo in OFFICIAL.items():
        assert by_line[line]["expected"] == repo
        assert f"[{repo}]({repo})" in by_line[line]["suggestion"]
    venues = {f["line"]: f["expected"] for f in report["findings"] if f["rule"] == "venue-missing"}
    assert venues == MISSING_VENUES
    # entries that are right have status ok
    ok_lines = {e["line"] for e in report["entries"] if e["status"] == "ok"}
    assert ok_lines == {28, 64}
    # one arXiv request for all IDs; each GitHub repository once; the project page once
    assert len(services["arxiv"].recorder.requests) == 1
    assert sorted(services["github"].recorder.paths) == sorted(
        ["/repos/hu-zijing/B2-DiffuRL", "/repos/wfanyue/DPG-T2I-Personalization"]
        + [f"/repos/{u.removeprefix('https://github.com/')}" for u in OFFICIAL.values()]
    )
    assert [m for m, *_ in services["web"].recorder.requests] == ["HEAD"]
    # Hugging Face: one request per paper without a code link; S2: one batch
    asked = sorted(p.removeprefix("/api/papers/") for p in services["hf"].recorder.paths)
    no_code = (
        "2007.09923 2204.10689 2307.06630 2307.07837 2401.05675 2403.06735 2407.12164 2503.15784"
    )
    assert asked == no_code.split()
    assert len(services["s2"].recorder.requests) == 1


def test_second_run_asks_no_metadata_service(cli, catalog_copy, services, tmp_path):
    """Hugging Face, Semantic Scholar and DBLP answers are kept in the cache."""
    argv = ("check", "--config", str(catalog_copy / "config.yaml"), "--format", "json")
    first = json.loads(cli(*argv, env=_env(services, tmp_path)).out)
    seen = {k: len(services[k].recorder.requests) for k in ("hf", "s2", "dblp")}
    assert all(seen.values()), seen
    second = json.loads(cli(*argv, env=_env(services, tmp_path)).out)
    assert {k: len(services[k].recorder.requests) for k in seen} == seen
    assert second["findings"] == first["findings"]


def test_reports_written_and_valid(cli, catalog_copy, services, tmp_path):
    cli(
        "check",
        "--config",
        str(catalog_copy / "config.yaml"),
        env=_env(services, tmp_path),
    )
    md = (tmp_path / "reports" / "report.md").read_text("utf-8")
    data = json.loads((tmp_path / "reports" / "report.json").read_text("utf-8"))
    validate_report(data)
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
    validate_report(report)
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


def test_a_list_of_bare_paper_addresses_is_checked_by_its_ids(cli, services, tmp_path):
    """A publications page that writes each paper as its bare address: every address is
    an untitled entry checked by its arXiv ID (one that does not exist is an error), and
    no entry is told to add a title the list never gives."""
    (tmp_path / "pubs.md").write_text(
        "# Publications\n\n## Diffusion alignment\n"
        "- https://arxiv.org/abs/2503.11240\n"
        "- https://arxiv.org/abs/2305.13301\n"
        "- https://arxiv.org/abs/2305.99999\n"
        "- https://doi.org/10.1063/5.0155887\n",
        "utf-8",
    )
    result = cli("check", "pubs.md", "--format", "json", env=_env(services, tmp_path))
    report = json.loads(result.out)
    validate_report(report)
    got = {(f["line"], f["rule"]) for f in report["findings"]}
    assert {line for line, rule in got if rule == "arxiv-not-found"} == {6}
    assert not {rule for _, rule in got} & {"missing-field", "title-differs", "wrong-paper"}
    assert [e["line"] for e in report["entries"]] == [4, 5, 6, 7]
    md = cli("check", "pubs.md", "--format", "markdown", env=_env(services, tmp_path))
    assert "2305.99999" in md.out and "None" not in md.out
