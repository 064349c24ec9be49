"""``off-topic``: the list's topic terms against the paper's title and abstract."""

from __future__ import annotations

from pipeline.checks.context import Emitter
from pipeline.checks.facts import Facts, Need
from pipeline.checks.spec import Check, Field, RuleSpec
from pipeline.checks.topic import TOPIC_PREFIX, words
from pipeline.model import ArxivRecord, Rule, Severity

OFF_TOPIC_SHARE = 0.5
"""Share of the topic terms the paper must mention to be on topic."""


def check(e: Emitter, f: Facts) -> None:
    """Fewer than half of the topic terms appear in arXiv's title and abstract."""
    got, ref = f.record, f.ref
    assert isinstance(got, ArxivRecord) and ref is not None
    terms = f.ctx.topics.get(e.entry.path, ())
    stems = {w[:TOPIC_PREFIX] for w in words(f"{got.title} {got.summary}")}
    missing = [t for t in terms if t[:TOPIC_PREFIX] not in stems]
    if len(terms) - len(missing) >= OFF_TOPIC_SHARE * len(terms):
        return
    e.add(
        e.entry.line,
        "title",
        f"arXiv's title and abstract of {ref.base_id} mention none or few of the list's topic "
        f"terms (missing: {', '.join(missing)}; categories: {', '.join(got.categories) or 'none'})",
        actual=got.title,
        suggestion="check that the paper belongs in this list, or move it to a better-fitting one",
    )


RULE = RuleSpec(
    Rule.OFF_TOPIC,
    Severity.INFO,
    help="the paper does not look like it fits the list's topic",
    fires_when="fewer than half of the list's topic terms (config `topic`, else its heading "
    "and description) appear in the paper's arXiv title and abstract; conservative",
    checks=(Check(Field.PAPER, check, needs=(Need.RECORD, Need.THIS_PAPER, Need.TOPIC_TERMS)),),
)
