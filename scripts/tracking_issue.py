"""Open, update or close the one tracking issue for the nightly report (via the gh CLI).

With findings: the open issue labelled ``paperlist-report`` gets the new report as its
body (or one is created). Without findings: that issue is closed with a comment. Never
a new issue per night. Usage:

    python scripts/tracking_issue.py reports/report.json reports/report.md [--run-url URL]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

LABEL = "paperlist-report"
TITLE = "paperlist: the paper list has problems"
MAX_BODY = 60000  # GitHub's issue body limit is 65536 characters


def gh(*args: str, gh_bin: str = "gh") -> str:
    """Run ``gh`` and return its stdout; raise with its stderr on failure."""
    proc = subprocess.run([gh_bin, *args], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(
            f"gh {args[0]} {args[1] if len(args) > 1 else ''} failed: {proc.stderr.strip()}"
        )
    return proc.stdout


def body_for(report_md: str, run_url: str | None) -> str:
    """The issue body: the report, cut to GitHub's limit, with a link to the run."""
    footer = f"\n\n---\nUpdated by the nightly run {run_url}\n" if run_url else "\n"
    if len(report_md) + len(footer) > MAX_BODY:
        report_md = (
            report_md[: MAX_BODY - len(footer) - 200]
            + "\n\n… (cut; the full report is the run's artifact)"
        )
    return report_md + footer


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
            gh("issue", "edit", str(numbers[0]), "--body", body, gh_bin=gh_bin)
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
            "issue", "create", "--title", TITLE, "--label", LABEL, "--body", body, gh_bin=gh_bin
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
    """Entry point; exit 0 unless gh failed."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("report_json", type=Path)
    p.add_argument("report_md", type=Path)
    p.add_argument("--run-url")
    args = p.parse_args(argv)
    report = json.loads(args.report_json.read_text("utf-8"))
    md = args.report_md.read_text("utf-8")
    try:
        print(update(report, md, args.run_url, gh_bin=os.environ.get("GH_BIN", "gh")))
    except RuntimeError as exc:
        print(f"tracking_issue: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
