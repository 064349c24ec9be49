"""``malformed-arxiv-id``: the paper link holds an arXiv identifier that cannot exist."""

from __future__ import annotations

from pipeline.checks.context import Emitter
from pipeline.checks.facts import Facts, Need
from pipeline.checks.spec import Check, Field, RuleSpec
from pipeline.model import Rule, Severity


def check(e: Emitter, f: Facts) -> None:
    """The identifier's problem (month 13, wrong digit count, in the future...)."""
    assert f.entry.paper is not None and f.ref is not None
    e.add(
        f.entry.paper.line,
        "paper",
        f"the arXiv link holds an identifier that cannot exist: {f.ref.problem}",
        actual=f.ref.raw,
        suggestion="copy the identifier again from the paper's arXiv page",
    )


RULE = RuleSpec(
    Rule.MALFORMED_ARXIV_ID,
    Severity.ERROR,
    help="an arXiv identifier that cannot exist",
    fires_when="an arXiv link whose ID cannot exist (month 13, wrong digit count, "
    "before 0704, in the future)",
    checks=(Check(Field.PAPER, check, needs=(Need.ARXIV_ID_MALFORMED,)),),
)
