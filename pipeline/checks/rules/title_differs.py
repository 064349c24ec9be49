"""``title-differs``: the same paper (or possibly), but the title text differs from arXiv's.

For a paper retitled on arXiv it names the version whose title the entry has (earlier
versions are fetched before a paper is called wrong).
"""

from __future__ import annotations

from pipeline import titles
from pipeline.checks.context import Emitter
from pipeline.checks.facts import Facts, Need
from pipeline.checks.spec import Check, Field, RuleSpec
from pipeline.model import ArxivRecord, Rule, Severity


def check(e: Emitter, f: Facts) -> None:
    """arXiv's current title when the entry's is worded differently."""
    entry, got, cmp = f.entry, f.record, f.comparison
    assert isinstance(got, ArxivRecord) and cmp is not None and f.ref is not None
    if cmp.verdict is titles.Verdict.SAME:
        return
    if f.earlier is not None:
        message = (
            f"the title is that of arXiv v{f.earlier[0]}; the paper was retitled by v{got.version}"
        )
    elif cmp.verdict is titles.Verdict.REWORDED:
        message = f"the title is worded differently from arXiv's title for {f.ref.base_id} (v{got.version})"
    else:
        message = (
            f"the title differs substantially from arXiv's title for {f.ref.base_id} "
            f"(v{got.version}); check the link opens this entry's paper"
        )
    e.add(
        entry.line,
        "title",
        message,
        expected=got.title,
        actual=entry.title,
        suggestion=f"use arXiv's current title: {got.title}",
    )


RULE = RuleSpec(
    Rule.TITLE_DIFFERS,
    Severity.WARNING,
    help="the same paper, but the title is worded differently",
    fires_when="the same paper (or possibly the same), but the title text differs; for a "
    "paper retitled on arXiv it names the version whose title the entry has (earlier "
    "versions are fetched before a paper is called wrong)",
    checks=(Check(Field.PAPER, check, needs=(Need.RECORD, Need.THIS_PAPER, Need.TITLE_SAYS_MORE)),),
)
