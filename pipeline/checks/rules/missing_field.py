"""``missing-field``: an entry without a title, a paper link or a year."""

from __future__ import annotations

from pipeline.checks.context import Emitter
from pipeline.checks.facts import Facts
from pipeline.checks.search import proposal_text
from pipeline.checks.spec import Check, Field, RuleSpec
from pipeline.model import Rule, Severity
from pipeline.parse import is_placeholder

ADD_YEAR = {
    "br-fields": "add a '<br>-time:YYYY' line",
    "table": "fill in the year column of this row",
    "bullets": "add the year to the entry as the list's other entries give it (e.g. 'CVPR 2024')",
    "bold-blocks": "add the date after the bold title as the list's other entries do",
}
"""How to add a missing year, in the syntax of each layout."""


def check(e: Emitter, f: Facts) -> None:
    """A missing title, year (when the list gives years) or paper link."""
    entry = e.entry
    layout = f.ctx.convention(entry.path).layout
    if not entry.title and f.ctx.convention(entry.path).expects_title(entry):
        e.add(
            entry.line,
            "title",
            "the entry has no title",
            suggestion="add the paper's title as a bold line above its fields"
            if layout == "br-fields"
            else "add the paper's title to the entry",
        )
    if entry.year is None and f.ctx.convention(entry.path).expects_year(entry):
        _missing_year(e, layout)
    _missing_paper(e, f)


def _missing_year(e: Emitter, layout: str) -> None:
    entry = e.entry
    if entry.year_text is not None:
        e.add(
            entry.year_line or entry.line,
            "year",
            f"the year field '{entry.year_text}' holds no year",
            actual=entry.year_text,
            suggestion="write the year of the paper, e.g. "
            + ("'-time:2024'" if layout == "br-fields" else "'2024'"),
        )
    else:
        e.add(
            entry.line,
            "year",
            "the entry has no year field",
            suggestion=ADD_YEAR.get(layout, ADD_YEAR["bullets"]),
        )


def _missing_paper(e: Emitter, f: Facts) -> None:
    entry = e.entry
    paper = entry.paper
    has_target = paper is not None and paper.url and not is_placeholder(paper.url)
    found = proposal_text(entry, f.ctx)
    if paper is None:
        e.add(
            entry.line,
            "paper",
            "the entry has no paper link",
            suggestion=found or "add the paper's arXiv or publisher link",
        )
    elif not has_target and f.ref is None:
        e.add(
            paper.line,
            "paper",
            f"the paper field holds no link ('{paper.text}')",
            actual=paper.text,
            suggestion=found or "link the paper, e.g. https://arxiv.org/abs/<id>",
        )


RULE = RuleSpec(
    Rule.MISSING_FIELD,
    Severity.WARNING,
    help="the entry lacks a title, paper link or year",
    fires_when="an entry lacks a title, a paper link or a year",
    checks=(Check(Field.ENTRY, check),),
)
