"""``venue-missing``: the entry names no venue, but the paper's metadata names one."""

from __future__ import annotations

from pipeline.checks.context import Emitter
from pipeline.checks.facts import Facts, Need
from pipeline.checks.spec import Check, Field, RuleSpec
from pipeline.checks.venues import evidence_said, evidence_venue
from pipeline.model import Rule, Severity


def check(e: Emitter, f: Facts) -> None:
    """The venue the evidence names, when the entry names none."""
    entry = e.entry
    if entry.venue is not None or f.venue is None:
        return
    venue = str(evidence_venue(f.venue))
    e.add(
        entry.venue_line or entry.line,
        "venue",
        f"the entry names no venue, but {evidence_said(f.venue)}",
        expected=venue,
        actual=None,
        suggestion=f"set the venue to {venue} if that is where it was published",
    )


RULE = RuleSpec(
    Rule.VENUE_MISSING,
    Severity.INFO,
    help="the entry names no venue, but the paper's metadata (arXiv, Semantic Scholar, "
    "DBLP) names one",
    fires_when='the entry names no venue, but arXiv\'s `journal_ref`, an "accepted at…" '
    "`comment`, Semantic Scholar or DBLP names one",
    checks=(Check(Field.PAPER, check, needs=(Need.THIS_PAPER, Need.VENUE_EVIDENCE)),),
)
