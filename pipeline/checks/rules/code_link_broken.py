"""``code-link-broken``: the code link is gone (404/410, repository missing), confirmed."""

from __future__ import annotations

from pipeline.checks.context import Emitter
from pipeline.checks.facts import Facts, Need
from pipeline.checks.spec import Check, Field, RuleSpec
from pipeline.model import LinkStatus, Rule, Severity

LINK_NEEDS = (Need.CODE_WEB, Need.LINKS_CHECKED, Need.LINK_RESULT)
"""What every rule on a code link's check result needs."""


def check(e: Emitter, f: Facts) -> None:
    """A check result that says the link is gone (never a transient failure)."""
    check, link = f.link_check, f.entry.code
    assert check is not None and link is not None
    if check.status is not LinkStatus.BROKEN:
        return
    e.add(
        link.line,
        "code",
        f"the code link is gone: {check.message}",
        actual=f.code_target,
        suggestion="find the code's new home, or replace the link with 'none'",
    )


RULE = RuleSpec(
    Rule.CODE_LINK_BROKEN,
    Severity.ERROR,
    help="the code link is gone (404/410, repository missing)",
    fires_when="the code link is gone (404/410, repository missing), confirmed, not a "
    "transient failure",
    checks=(Check(Field.CODE, check, needs=LINK_NEEDS),),
)
