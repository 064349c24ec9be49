"""``report.md``: for a maintainer who has never seen the tool.

Entries with problems first (worst first), each finding with what is wrong, the
evidence and the fix; then a table of every finding; then the rules glossary. Every
piece of list text is escaped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import lru_cache
from itertools import islice

from pipeline.checks.registry import RULES, help_text
from pipeline.model import EntryResult, Report, Rule, Severity
from pipeline.report import escape
from pipeline.report.interface import ReportFormat, in_list_order, sorted_findings, worst_first

ICON = {"error": "❌", "warning": "⚠️", "info": "ℹ️", "ok": "✅"}

RULE_HELP: dict[Rule, str] = {spec.rule: spec.help for spec in RULES}
"""Each rule's one-line meaning, from its declaration (:mod:`pipeline.checks.registry`)."""


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def fold_offline(report: Report) -> tuple[Report, Counter[str]]:
    """The report without an offline run's ``unverified`` findings, and how many of them
    each field had.

    Offline, every check that needs the network is ``unverified`` by definition: a
    20,000-entry list got 35,000 such lines (18 MB of report.md) around the few findings a
    maintainer runs ``--offline`` for. report.md counts them in one line instead;
    report.json, SARIF and the annotations keep each one.
    """
    if report.mode != "offline":
        return report, Counter()
    folded: Counter[str] = Counter()
    results = []
    for r in report.results:
        kept = tuple(f for f in r.findings if f.rule is not Rule.UNVERIFIED)
        if len(kept) != len(r.findings):
            folded.update(f.field for f in r.findings if f.rule is Rule.UNVERIFIED)
            r = EntryResult(r.entry, kept)
        results.append(r)
    return replace(report, results=tuple(results)), folded


def _folded_note(folded: Counter[str]) -> str:
    by_field = ", ".join(f"{n} {field}" for field, n in sorted(folded.items()))
    return (
        f"{_plural(sum(folded.values()), 'check')} that need the network were not made "
        f"offline (`unverified`: {escape.markdown(by_field)}); report.json lists each one, "
        "and a run without `--offline` makes them."
    )


class MarkdownFormat(ReportFormat):
    """The Markdown report (``reports/report.md``, job summary, tracking issue)."""

    def format(self, report: Report) -> str:
        """The whole Markdown document."""
        return "\n".join([*self.lines(report), ""])

    def chunks(self, report: Report, lines: int = 2000) -> Iterator[str]:
        """The document a few thousand lines at a time.

        A 20,000-entry report is ~19 M characters: held whole (as one string or as a
        list of lines) it added 57 MB to the run's peak memory.
        """
        it = self.iter_lines(report)
        while batch := list(islice(it, lines)):
            yield "\n".join(batch) + "\n"

    def lines(self, report: Report) -> list[str]:
        """The document's lines, without line ends."""
        return list(self.iter_lines(report))

    def iter_lines(self, report: Report) -> Iterator[str]:
        """The document's lines, without line ends, made one section at a time."""
        out: list[str] = ["# paperlist report", ""]
        lists = ", ".join(escape.code(s.path) for s in report.lists) or "no list"
        n_entries = len(report.results)
        counts = {s: report.count(s) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)}
        bad = [r for r in report.results if r.findings]
        shown, folded = fold_offline(report)
        # Messages, fields and titles repeat across entries and between the sections:
        # each distinct text is escaped once per report.
        md = lru_cache(maxsize=None)(escape.markdown)
        code = lru_cache(maxsize=None)(escape.code)
        mode_note = {
            "full": "",
            "changed": " Only entries added or changed since the base revision were checked.",
            "offline": " Offline run: checks that need the network are marked unverified.",
        }[report.mode]
        out.append(
            f"Checked {_plural(n_entries, 'entry').replace('entrys', 'entries')} in {lists} "
            f"at {report.generated_at} with paperlist {report.tool_version} "
            f"(mode: {report.mode}).{mode_note}"
        )
        out.append("")
        out.append(
            f"**{_plural(counts[Severity.ERROR], 'error')}, "
            f"{_plural(counts[Severity.WARNING], 'warning')}, "
            f"{counts[Severity.INFO]} info** in {len(bad)} of {n_entries} entries."
        )
        out.append("")
        if folded:
            out += [_folded_note(folded), ""]
        if not bad:
            out += ["✅ No problems found.", ""]
        elif not any(r.findings for r in shown.results) and not shown.findings:
            out += ["✅ No problems found but the checks the offline run could not make.", ""]
        else:
            out += ["## Entries with problems (worst first)", ""]
            yield from out
            out = []
            yield from self._entries(shown, md, code)
            yield from self._table(shown, md)
        by_rule = Counter(f.rule for f in report.all_findings)
        if by_rule:
            out += ["## Rules that fired", "", "| rule | count | meaning |", "|---|---:|---|"]
            for rule, n in sorted(by_rule.items(), key=lambda kv: kv[0].value):
                out.append(f"| `{rule.value}` | {n} | {help_text(rule)} |")
            out.append("")
        out.append(
            "Severities and ignores are set in `catalog/config.yaml`; "
            "`unverified` means a check could not be done, not that the list is wrong."
        )
        yield from out

    @staticmethod
    def _entries(
        report: Report, md: Callable[[str | None], str], code: Callable[[str | None], str]
    ) -> Iterator[str]:
        for result in worst_first(report.results):
            out: list[str] = []
            e = result.entry
            title = md(e.name) or "*(no title)*"
            out.append(f"### {ICON[result.status]} {title}")
            out.append("")
            out.append(f"{code(e.path)}, line {e.line}")
            out.append("")
            for f in sorted_findings(list(result.findings)):
                out.append(
                    f"- **{f.severity.value}** `{f.rule.value}` (line {f.line}, {md(f.field)}): "
                    f"{md(f.message)}"
                )
                if f.actual is not None:
                    out.append(f"  - found: {code(f.actual)}")
                if f.expected is not None:
                    out.append(f"  - expected: {code(f.expected)}")
                if f.suggestion:
                    out.append(f"  - fix: {md(f.suggestion)}")
            out.append("")
            yield from out

    @staticmethod
    def _table(report: Report, md: Callable[[str | None], str] = escape.markdown) -> Iterator[str]:
        yield from (
            "## All findings",
            "",
            "| line | severity | rule | entry | message |",
            "|---:|---|---|---|---|",
        )
        for f in in_list_order(report.all_findings):
            title = md(f.entry_title[:60] + ("…" if len(f.entry_title) > 60 else ""))
            msg = md(f.message)
            yield f"| {f.line} | {f.severity.value} | `{f.rule.value}` | {title} | {msg} |"
        yield ""
