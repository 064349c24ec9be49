"""Open, update or close the one tracking issue for the nightly report (via the gh CLI).

With findings: the open issue labelled ``paperlist-report`` gets the new report as its
body (or one is created). Without findings: that issue is closed with a comment. Never
a new issue per night. The body goes to ``gh`` on standard input (``--body-file -``), never
as an argument (a 170 kB report is over Linux's 128 kB limit for one argument); a report
over GitHub's limit is cut between entries, with a note of what was left out. Usage:

    python scripts/tracking_issue.py reports/report.json reports/report.md [--run-url URL]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

LABEL = "paperlist-report"
TITLE = "paperlist: the paper list has problems"
MAX_BODY = 60000  # GitHub's issue body limit is 65536 characters


def gh(*args: str, gh_bin: str = "gh", stdin: str | None = None) -> str:
    """Run ``gh`` (``stdin`` on its standard input); return its stdout, raise on failure."""
    proc = subprocess.run([gh_bin, *args], input=stdin, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(
            f"gh {args[0]} {args[1] if len(args) > 1 else ''} failed: {proc.stderr.strip()}"
        )
    return proc.stdout


# Where report.md may be cut: before a heading (an entry with all its findings is one
# piece) or before a row of the findings table. Every line of report.md is whole
# Markdown (escaped text never spans lines), so no code span is left open.
_PIECE_START = re.compile(r"#{1,6} |\| \d")


def pieces_of(report_md: str) -> list[str]:
    """report.md as the pieces it may be cut between (each a run of whole lines)."""
    pieces: list[str] = []
    for line in report_md.splitlines(keepends=True):
        if not pieces or _PIECE_START.match(line):
            pieces.append(line)
        else:
            pieces[-1] += line
    return pieces


def _tally(pieces: list[str]) -> tuple[int, int, int]:
    """Entries, their findings, and findings-table rows in ``pieces``."""
    entries = [p for p in pieces if p.startswith("### ")]
    findings = sum(1 for p in entries for line in p.splitlines() if line.startswith("- "))
    rows = sum(1 for p in pieces if p.startswith("| "))
    return len(entries), findings, rows


def cut_note(kept: list[str], left: list[str], run_url: str | None) -> str:
    """What was left out, and where the whole report is."""
    (ke, kf, kr), (le, lf, lr) = _tally(kept), _tally(left)
    parts = []
    if le + ke:
        parts.append(f"{le} of {le + ke} entries ({lf} of {lf + kf} findings)")
    if lr + kr:
        parts.append(f"{lr} of {lr + kr} rows of the findings table")
    what = f"{' and '.join(parts)} are" if parts else "the end of the report is"
    where = f"[the nightly run]({run_url})" if run_url else "the nightly run"
    return (
        f"\n**Cut to fit GitHub's size limit:** {what} left out. "
        f"The whole report is `reports/report.md` in the artifact of {where}.\n"
    )


def body_for(report_md: str, run_url: str | None) -> str:
    """The issue body: the report, cut between entries to GitHub's limit, with the run."""
    footer = f"\n\n---\nUpdated by the nightly run {run_url}\n" if run_url else "\n"
    if len(report_md) + len(footer) <= MAX_BODY:
        return report_md + footer
    pieces = pieces_of(report_md)
    room = MAX_BODY - len(footer) - len(cut_note(pieces, pieces, run_url))
    kept: list[str] = []
    for piece in pieces:
        if len(piece) > room:
            break
        kept.append(piece)
        room -= len(piece)
    note = cut_note(kept, pieces[len(kept) :], run_url)
    return "".join(kept).rstrip("\n") + "\n" + note + footer


def update(report: dict, report_md: str, run_url: str | None, gh_bin: str = "gh") -> str:
    """Do what the report calls for; return what was done (for the log)."""
    found = json.loads(
        gh(
            "issue",
            "list",
            "--label",
            LABEL,
            "--state",
            "open",
            "--json",
            "number",
            "--limit",
            "10",
            gh_bin=gh_bin,
        )
        or "[]"
    )
    numbers = sorted(i["number"] for i in found)
    findings = report.get("findings", [])
    learned = [f for f in findings if f["rule"] != "unverified"]
    if findings and not learned:
        # Only checks that could not run (throttled, offline): nothing was learned
        # tonight, so the issue neither opens, changes nor closes.
        return "only unverified findings; tracking issue left as it is"
    if learned:
        body = body_for(report_md, run_url)
        if numbers:
            gh("issue", "edit", str(numbers[0]), "--body-file", "-", gh_bin=gh_bin, stdin=body)
            return f"updated #{numbers[0]}"
        gh(
            "label",
            "create",
            LABEL,
            "--force",
            "--color",
            "d93f0b",
            "--description",
            "nightly paperlist report",
            gh_bin=gh_bin,
        )
        out = gh(
            "issue",
            "create",
            "--title",
            TITLE,
            "--label",
            LABEL,
            "--body-file",
            "-",
            gh_bin=gh_bin,
            stdin=body,
        )
        return f"created {out.strip()}"
    for n in numbers:
        gh(
            "issue",
            "close",
            str(n),
            "--comment",
            "The nightly check found no problems; closing.",
            gh_bin=gh_bin,
        )
    return f"closed {', '.join(f'#{n}' for n in numbers)}" if numbers else "nothing to do"


def main(argv: list[str] | None = None) -> int:
    """Entry point: 0 done, 1 gh failed, 2 the report could not be read."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("report_json", type=Path)
    p.add_argument("report_md", type=Path)
    p.add_argument("--run-url")
    args = p.parse_args(argv)
    try:
        report = json.loads(args.report_json.read_text("utf-8"))
        md = args.report_md.read_text("utf-8")
    except (OSError, ValueError) as exc:
        print(f"tracking_issue: cannot read the report: {exc}", file=sys.stderr)
        return 2
    try:
        print(update(report, md, args.run_url, gh_bin=os.environ.get("GH_BIN", "gh")))
    except (RuntimeError, OSError) as exc:
        print(f"tracking_issue: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
