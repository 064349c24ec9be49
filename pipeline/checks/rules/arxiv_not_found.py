"""``arxiv-not-found``: arXiv does not know the identifier (asked twice)."""

from __future__ import annotations

from pipeline.checks.context import Emitter
from pipeline.checks.facts import Facts, Need
from pipeline.checks.search import proposal_text
from pipeline.checks.spec import Check, Field, RuleSpec
from pipeline.model import ArxivMiss, Rule, Severity


def check(e: Emitter, f: Facts) -> None:
    """The unknown ID, and the right one when a title search finds it."""
    assert f.entry.paper is not None and f.ref is not None and isinstance(f.record, ArxivMiss)
    e.add(
        f.entry.paper.line,
        "paper",
        f"arXiv does not know {f.ref.base_id} ({f.record.detail})",
        actual=f.ref.base_id,
        suggestion=proposal_text(f.entry, f.ctx)
        or "check the identifier on the paper's arXiv page",
    )


RULE = RuleSpec(
    Rule.ARXIV_NOT_FOUND,
    Severity.ERROR,
    help="arXiv does not know the identifier (asked twice)",
    fires_when="a well-formed ID that arXiv does not know, confirmed by a second query",
    checks=(Check(Field.PAPER, check, needs=(Need.ARXIV_ID_UNKNOWN,)),),
)
