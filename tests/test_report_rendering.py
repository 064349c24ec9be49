"""Each report is rendered once per run, in pieces, and report.json is what json.dumps
would write.

A 20,000-entry list has ~40,000 findings: rendering report.json twice (once for the
file, once for ``--format json`` on stdout) was a third of an offline run (issue 11).
"""

from __future__ import annotations

import dataclasses
import json

import pytest

from pipeline.model import EntryResult, Finding, ListSummary, PaperEntry, Report, Rule, Severity
from pipeline.report import escape
from pipeline.report.json import JsonFormat, report_dict
from pipeline.report.markdown import MarkdownFormat
from tests.test_cli import HOSTILE, OFFLINE

LIST = HOSTILE + "*" * 20 + "\n" + HOSTILE.replace("# L\n", "").replace("2019", "2020")


def counting(monkeypatch, cls) -> list[int]:
    """Count renders: a call of ``format`` or ``chunks`` (``format`` joins ``chunks``)."""
    calls: list[int] = []
    original_format, original_chunks = cls.format, cls.chunks
    depth = []

    def format(self, report):
        calls.append(1)
        depth.append(1)
        try:
            return original_format(self, report)
        finally:
            depth.pop()

    def chunks(self, report, *args, **kwargs):
        if not depth:
            calls.append(1)
        return original_chunks(self, report, *args, **kwargs)

    monkeypatch.setattr(cls, "format", format)
    monkeypatch.setattr(cls, "chunks", chunks)
    return calls


@pytest.mark.parametrize(
    ("fmt", "cls", "name"),
    [("json", JsonFormat, "report.json"), ("markdown", MarkdownFormat, "report.md")],
)
def test_a_report_asked_on_stdout_too_is_rendered_once(cli, tmp_path, monkeypatch, fmt, cls, name):
    (tmp_path / "l.md").write_text(LIST, "utf-8")
    calls = counting(monkeypatch, cls)
    r = cli("check", "l.md", "--offline", "--format", fmt, deps=OFFLINE)
    assert r.status in (0, 1), r.err
    assert r.out == (tmp_path / "reports" / name).read_text("utf-8")
    assert len(calls) == 1


def test_the_job_summary_is_report_md_rendered_once(cli, tmp_path, monkeypatch):
    (tmp_path / "l.md").write_text(LIST, "utf-8")
    summary = tmp_path / "summary.md"
    calls = counting(monkeypatch, MarkdownFormat)
    env = {"GITHUB_STEP_SUMMARY": str(summary)}
    r = cli("check", "l.md", "--offline", "--format", "github", env=env, deps=OFFLINE)
    assert r.status in (0, 1), r.err
    assert summary.read_text("utf-8") == (tmp_path / "reports" / "report.md").read_text("utf-8")
    assert len(calls) == 1


NASTY = 'a\u202eb \x9b[31m \x7f \u2028 \x00 "q" \\ é 🎉 <b>'


def nasty_report(title: str) -> Report:
    entry = PaperEntry(path="l.md", line=3, title=title, year=2020)
    findings = (
        Finding(Rule.UNVERIFIED, Severity.INFO, "l.md", 3, title, "paper", f"m {title}"),
        Finding(
            Rule.TITLE_DIFFERS,
            Severity.WARNING,
            "l.md",
            3,
            title,
            "title",
            "differs",
            expected=title,
            actual="x",
            suggestion="fix it",
            fix=("a", "b"),
            baseline="new",
        ),
    )
    return Report(
        "0.1.0",
        "2026-01-01T00:00:00Z",
        "offline",
        (ListSummary("l.md", 1),),
        (EntryResult(entry, findings),),
    )


@pytest.mark.parametrize("title", [NASTY, "lone \udc80 surrogate", ""])
def test_report_json_is_exactly_what_json_dumps_writes(title):
    report = nasty_report(title)
    text = JsonFormat().format(report)
    expected = (
        escape.json_text(json.dumps(report_dict(report), indent=2, ensure_ascii=False)) + "\n"
    )
    assert text == expected
    assert json.loads(text)["findings"][0]["entry_title"] == title


def test_findings_in_report_json_are_their_to_dict():
    report = nasty_report(NASTY)
    found = report_dict(report)["findings"]
    for f, d in zip(report.all_findings, found, strict=True):
        assert {k: v for k, v in d.items() if k != "fingerprint"} == f.to_dict()
        assert isinstance(d["fingerprint"], str)


@pytest.mark.parametrize("chunk", [1, 3, 2000])
def test_report_md_written_in_chunks_is_the_document(chunk):
    report = nasty_report(NASTY)
    pieces = list(MarkdownFormat().chunks(report, lines=chunk))
    whole = "".join(pieces)
    assert whole == "\n".join(MarkdownFormat().lines(report)) + "\n"
    assert whole == MarkdownFormat().format(report)
    assert whole.endswith("\n") and not whole.endswith("\n\n")
    assert len(pieces) > 1 or chunk == 2000


def _report_of(n_entries: int, findings_each: int) -> Report:
    one = nasty_report(NASTY).results[0]
    results = tuple(
        EntryResult(
            dataclasses.replace(one.entry, line=i + 1),
            tuple(dataclasses.replace(f, line=i + 1) for f in one.findings[:findings_each]),
        )
        for i in range(n_entries)
    )
    return Report(
        "0.1.0", "2026-01-01T00:00:00Z", "offline", (ListSummary("l.md", n_entries),), results
    )


@pytest.mark.parametrize(
    ("entries", "findings_each", "items"), [(0, 0, 500), (3, 0, 2), (7, 1, 3), (5, 2, 500)]
)
def test_report_json_made_in_pieces_is_exactly_what_json_dumps_writes(
    entries, findings_each, items
):
    report = _report_of(entries, findings_each)
    pieces = list(JsonFormat().chunks(report, items=items))
    expected = (
        escape.json_text(json.dumps(report_dict(report), indent=2, ensure_ascii=False)) + "\n"
    )
    assert "".join(pieces) == expected
    assert len(json.loads("".join(pieces))["findings"]) == entries * findings_each


OFFLINE_LIST = """# L
- [A First Paper](https://arxiv.org/abs/2301.00001) [code](https://github.com/a/b)
- [A Second Paper](https://arxiv.org/abs/2301.00002) [code](https://github.com/a/b)
- [A First Paper](https://arxiv.org/abs/2301.00001)
"""


def test_offline_report_md_counts_the_checks_it_could_not_make_in_one_line(cli, tmp_path):
    """Offline, every network check is ``unverified``: report.md says how many in one
    line and lists only the other findings (a 20,000-entry list had 35,000 such lines);
    report.json keeps each one."""
    (tmp_path / "l.md").write_text(OFFLINE_LIST, "utf-8")
    r = cli("check", "l.md", "--offline", "--no-cache", "--report-dir", "out")
    assert r.status == 0, r.err
    md = (tmp_path / "out" / "report.md").read_text("utf-8")
    data = json.loads((tmp_path / "out" / "report.json").read_text("utf-8"))
    unverified = [f for f in data["findings"] if f["rule"] == "unverified"]
    assert len(unverified) == 5  # three papers, two code links
    assert "`unverified`" not in md.split("## Rules that fired")[0].replace(
        "(`unverified`: 2 code, 3 paper)", ""
    )
    assert (
        "5 checks that need the network were not made offline (`unverified`: 2 code, 3 paper)" in md
    )
    assert "`duplicate-entry` (line 4, paper)" in md  # the findings the run was for
    assert "`shared-code-link` (line 3, code)" in md
    assert md.count("\n### ") == 2  # the entry with only unverified findings has no section


def test_online_unverified_findings_are_each_listed(tmp_path):
    """Only an offline run folds them: online, an ``unverified`` says which check failed."""
    report = dataclasses.replace(_report_of(2, 3), mode="full")
    unverified = [f for r in report.results for f in r.findings if f.rule is Rule.UNVERIFIED]
    md = MarkdownFormat().format(report)
    assert unverified and md.count("`unverified` (line") == len(unverified)
    offline = MarkdownFormat().format(dataclasses.replace(report, mode="offline"))
    assert "`unverified` (line" not in offline and "were not made offline" in offline
