"""``--baseline``: known findings do not fail the run, new ones do (matched by fingerprint).

The end-to-end tests run the real catalog (5 error findings) against the local fake
arXiv, GitHub and web servers.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.baseline import Baseline, apply_baseline, fingerprints, parse_baseline
from pipeline.model import EntryResult, Finding, LinkRef, PaperEntry, Report, Rule, Severity
from tests.support.schema import validate_report

SEPARATOR = re.compile(r"^\*{10,}\s*$")
RL4MED_CODE = "  <br>-code:none\n"  # line 13: the RL4Med-DDPO entry has no code link
GONE = "  <br>-code:https://github.com/nobody/gone-repository\n"


def _env(arxiv_server, github_server, tmp_path: Path) -> dict[str, str]:
    return {
        "PAPERLIST_ARXIV_API_URL": arxiv_server.url,
        "PAPERLIST_ARXIV_DELAY": "0",
        "GITHUB_API_URL": github_server.url,
        "PAPERLIST_CACHE_DIR": str(tmp_path / "cache"),
    }


@pytest.fixture
def servers_env(arxiv_server, github_server, web_proxy, tmp_path):
    return _env(arxiv_server, github_server, tmp_path)


def _check(cli, catalog: Path, env, *extra: str):
    result = cli(
        "check", "--config", str(catalog / "config.yaml"), "--format", "json", *extra, env=env
    )
    assert result.status in (0, 1), result.err
    report = json.loads(result.out)
    validate_report(report)
    return result, report


def _gone(text: str) -> str:
    """The catalog with a code link to a repository that does not exist, on line 13."""
    lines = text.splitlines(keepends=True)
    assert lines[12] == RL4MED_CODE
    lines[12] = GONE
    return "".join(lines)


def _list(catalog: Path) -> Path:
    return catalog / "RL_ImageGeneration.md"


def _first_run(cli, catalog_copy, env, tmp_path) -> tuple[dict, Path]:
    result, report = _check(cli, catalog_copy, env, "--report-dir", "first")
    assert result.status == 1
    assert report["summary"]["error"] == 5
    assert all("baseline" not in f for f in report["findings"])  # only with --baseline
    return report, tmp_path / "first" / "report.json"


def test_one_new_wrong_link_is_the_only_new_finding(cli, catalog_copy, servers_env, tmp_path):
    before, baseline = _first_run(cli, catalog_copy, servers_env, tmp_path)
    text = _list(catalog_copy).read_text("utf-8")
    _list(catalog_copy).write_text(_gone(text), "utf-8")

    result, report = _check(cli, catalog_copy, servers_env, "--baseline", str(baseline))
    assert result.status == 1  # the new error fails the run
    new = [f for f in report["findings"] if f["baseline"] == "new"]
    assert [(f["rule"], f["line"], f["severity"]) for f in new] == [
        ("code-link-broken", 13, "error")
    ]
    known = [f for f in report["findings"] if f["baseline"] == "known"]
    assert len(known) == len(before["findings"])
    assert {f["fingerprint"] for f in known} == {f["fingerprint"] for f in before["findings"]}


def test_known_errors_alone_do_not_fail(cli, catalog_copy, servers_env, tmp_path):
    _, baseline = _first_run(cli, catalog_copy, servers_env, tmp_path)
    result, report = _check(cli, catalog_copy, servers_env, "--baseline", str(baseline))
    assert result.status == 0, result.out
    assert report["summary"]["error"] == 5  # still reported, all of them
    assert {f["baseline"] for f in report["findings"]} == {"known"}


def _shuffled(text: str) -> str:
    """The entries in reverse order, below a new paragraph: every line moves."""
    lines = text.splitlines(keepends=True)
    cuts = [i for i, line in enumerate(lines) if SEPARATOR.match(line)]
    head, blocks = lines[: cuts[0] + 1], []
    for a, b in zip(cuts, [*cuts[1:], len(lines)], strict=True):
        blocks.append(lines[a + 1 : b] + ([lines[b]] if b < len(lines) else []))
    blocks = [b for b in blocks if any(line.strip() for line in b)]
    blocks = [b if SEPARATOR.match(b[-1]) else [*b, "*" * 40 + "\n"] for b in blocks]
    moved = "".join(head) + "Entries, newest last.\n\n" + "*" * 40 + "\n"
    return moved + "".join(line for b in reversed(blocks) for line in b)


def test_moving_entries_keeps_known_findings_known(cli, catalog_copy, servers_env, tmp_path):
    before, baseline = _first_run(cli, catalog_copy, servers_env, tmp_path)
    text = _list(catalog_copy).read_text("utf-8")
    _list(catalog_copy).write_text(_shuffled(text), "utf-8")

    result, report = _check(cli, catalog_copy, servers_env, "--baseline", str(baseline))
    old_lines = sorted((f["rule"], f["line"]) for f in before["findings"])
    new_lines = sorted((f["rule"], f["line"]) for f in report["findings"])
    assert len(new_lines) == len(old_lines) and new_lines != old_lines  # the lines did move
    assert {f["baseline"] for f in report["findings"]} == {"known"}
    assert result.status == 0


def test_baseline_command_writes_a_small_file(cli, catalog_copy, servers_env, tmp_path):
    result = cli(
        "baseline",
        "--config",
        str(catalog_copy / "config.yaml"),
        "--output",
        "known.json",
        env=servers_env,
    )
    assert result.status == 0, result.err
    assert "8 finding(s)" in result.err and "known.json" in result.err
    data = json.loads((tmp_path / "known.json").read_text("utf-8"))
    assert data["paperlist_baseline"] == 1
    assert len(data["findings"]) == 8
    assert {"fingerprint", "rule", "path", "line", "entry_title", "field"} <= set(
        data["findings"][0]
    )
    assert not (tmp_path / "reports").exists()  # it writes the baseline, not reports

    text = _list(catalog_copy).read_text("utf-8")
    _list(catalog_copy).write_text(_shuffled(_gone(text)), "utf-8")
    result, report = _check(cli, catalog_copy, servers_env, "--baseline", "known.json")
    assert result.status == 1
    assert [f["rule"] for f in report["findings"] if f["baseline"] == "new"] == ["code-link-broken"]


def test_report_without_fingerprints_still_matches(cli, catalog_copy, servers_env, tmp_path):
    """A report.json written before fingerprints existed: they are derived from it."""
    before, baseline = _first_run(cli, catalog_copy, servers_env, tmp_path)
    for f in before["findings"]:
        del f["fingerprint"]
    baseline.write_text(json.dumps(before), "utf-8")
    text = _list(catalog_copy).read_text("utf-8")
    _list(catalog_copy).write_text(_shuffled(text), "utf-8")
    result, report = _check(cli, catalog_copy, servers_env, "--baseline", str(baseline))
    assert {f["baseline"] for f in report["findings"]} == {"known"}
    assert result.status == 0


def test_sarif_carries_baseline_state(cli, catalog_copy, servers_env, tmp_path):
    _, baseline = _first_run(cli, catalog_copy, servers_env, tmp_path)
    text = _list(catalog_copy).read_text("utf-8")
    _list(catalog_copy).write_text(_gone(text), "utf-8")
    result = cli(
        "check",
        "--config",
        str(catalog_copy / "config.yaml"),
        "--format",
        "sarif",
        "--baseline",
        str(baseline),
        env=servers_env,
    )
    assert result.status == 1, result.err
    results = json.loads(result.out)["runs"][0]["results"]
    states = [(r["ruleId"], r["baselineState"]) for r in results]
    assert ("code-link-broken", "new") in states
    assert sorted(s for _, s in states) == ["new"] + ["unchanged"] * 8


# -- fingerprints, pure --------------------------------------------------------------
def _entry(title: str, url: str | None, line: int = 1, path: str = "l.md") -> PaperEntry:
    paper = LinkRef(url or "", url, line + 1) if url else None
    return PaperEntry(path=path, line=line, title=title, paper=paper)


def _finding(entry: PaperEntry, rule: Rule = Rule.WRONG_PAPER, field: str = "paper", **kw):
    return Finding(
        rule=rule,
        severity=kw.pop("severity", Severity.ERROR),
        path=entry.path,
        line=kw.pop("line", entry.line + 1),
        entry_title=entry.title,
        field=field,
        message=kw.pop("message", "m"),
    )


def _report(*pairs: tuple[PaperEntry, tuple[Finding, ...]]) -> Report:
    results = tuple(EntryResult(e, fs) for e, fs in pairs)
    return Report("0", "2026-01-01T00:00:00Z", "full", (), results)


def _fp(entry: PaperEntry, **kw) -> str:
    return fingerprints(_report((entry, (_finding(entry, **kw),))))[0]


def test_fingerprint_ignores_line_path_message_and_title_wording_with_an_arxiv_id():
    a = _entry("Diffusion RL", "https://arxiv.org/abs/2401.00001v2", line=3)
    b = _entry("Diffusion reinforcement learning!", "https://arxiv.org/pdf/2401.00001", line=90)
    b = PaperEntry(**{**b.__dict__, "path": "other/list.md"})
    assert _fp(a) == _fp(b, message="another message", line=400)


def test_fingerprint_tells_rule_field_and_entry_apart():
    a = _entry("Diffusion RL", "https://arxiv.org/abs/2401.00001")
    assert _fp(a) != _fp(a, rule=Rule.TITLE_DIFFERS)
    assert _fp(a) != _fp(a, field="code")
    assert _fp(a) != _fp(_entry("Diffusion RL", "https://arxiv.org/abs/2401.00002"))


def test_fingerprint_without_arxiv_id_uses_the_normalised_title_then_the_url():
    plain = _entry("Diffusion-RL: A Study", None)
    assert _fp(plain) == _fp(_entry("diffusion rl  a study", None, line=50))
    assert _fp(plain) != _fp(_entry("Another Study", None))
    a = _entry("", "https://example.org/paper-a.pdf")
    assert _fp(a) == _fp(_entry("", "https://example.org/paper-a.pdf", line=9))
    assert _fp(a) != _fp(_entry("", "https://example.org/paper-b.pdf"))


def test_same_fingerprint_twice_matches_as_many_as_the_baseline_knew():
    e = _entry("Diffusion RL", "https://arxiv.org/abs/2401.00001")
    report = _report((e, (_finding(e), _finding(e, line=7))))
    fp = fingerprints(report)[0]
    marked = apply_baseline(report, Baseline.of([fp], "b.json"))
    assert [f.baseline for f in marked.all_findings] == ["known", "new"]
    assert [f.baseline for f in report.all_findings] == [None, None]  # frozen input kept


def test_parse_baseline_accepts_both_shapes_and_refuses_others():
    assert parse_baseline({"paperlist_baseline": 1, "findings": []}, "x").counts == {}
    with pytest.raises(ValueError, match="neither"):
        parse_baseline([1, 2], "x")
    with pytest.raises(ValueError, match="finding 0"):
        parse_baseline({"schema_version": 1, "entries": [], "findings": [{"rule": 3}]}, "x")


# -- bad input: one line, exit 2 -------------------------------------------------------
@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (None, "cannot be read"),
        ("{not json", "not JSON"),
        ("[]", "neither a paperlist report.json nor a baseline file"),
        ('{"paperlist_baseline": 1, "findings": [{"fingerprint": 5}]}', "finding 0"),
        ('{"paperlist_baseline": 99, "findings": []}', "version 99"),
    ],
)
def test_bad_baseline_is_one_line_exit_2(cli, tmp_path, content, needle):
    (tmp_path / "l.md").write_text("**A Paper Title Here**\n<br>-time:2024\n", "utf-8")
    if content is not None:
        (tmp_path / "b.json").write_text(content, "utf-8")
    result = cli("check", "l.md", "--offline", "--baseline", "b.json")
    assert result.status == 2
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.err, result.err
    assert "b.json" in lines[0] and needle in lines[0]


def test_baseline_directory_is_refused(cli, tmp_path):
    (tmp_path / "l.md").write_text("**A Paper Title Here**\n<br>-time:2024\n", "utf-8")
    (tmp_path / "d").mkdir()
    result = cli("check", "l.md", "--offline", "--baseline", "d")
    assert result.status == 2 and "not a regular file" in result.err
