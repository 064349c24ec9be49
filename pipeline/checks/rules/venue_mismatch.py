"""``venue-mismatch``: the entry's venue (or its year) differs from the evidence's.

Spellings of one venue are the same venue (:mod:`pipeline.venuenames`); a venue the
entry writes in a way that cannot be read makes no claim either way.
"""

from __future__ import annotations

from pipeline.checks.context import Emitter
from pipeline.checks.facts import Facts, Need
from pipeline.checks.spec import Check, Field, RuleSpec
from pipeline.checks.venues import evidence_said, evidence_venue
from pipeline.model import Rule, Severity
from pipeline.venuetext import read_venue


def check(e: Emitter, f: Facts) -> None:
    """The evidence's venue, when the entry's names another venue or year."""
    entry = e.entry
    if entry.venue is None or f.venue is None:
        return
    listed = read_venue(entry.venue)
    if listed is None:
        return  # a venue we cannot read: no claim either way
    found = evidence_venue(f.venue)
    if listed.agrees_with(found):
        return
    e.add(
        entry.venue_line or entry.line,
        "venue",
        f"the entry says {entry.venue}, but {evidence_said(f.venue)}",
        expected=str(found),
        actual=entry.venue,
        suggestion=f"check where it was published; the metadata says {found}",
    )


RULE = RuleSpec(
    Rule.VENUE_MISMATCH,
    Severity.WARNING,
    help="the entry's venue differs from the venue the paper's metadata names",
    fires_when="the entry's venue (or its year) differs from the one that evidence names; "
    'spellings of one venue are the same venue (PAMI = TPAMI = "IEEE Trans. Pattern Anal. '
    'Mach. Intell.", NIPS = NeurIPS, written-out conference names)',
    checks=(Check(Field.PAPER, check, needs=(Need.THIS_PAPER, Need.VENUE_EVIDENCE)),),
)
