"""``unverified``: a check could not complete; not an error in the list.

For the paper: arXiv was not asked or did not answer, or the record's title is another
paper's and the titles of its earlier versions could not be read. For the code link: no
result, or a transient one (timeout, rate limit, bot wall, private address).
"""

from __future__ import annotations

from pipeline.checks.context import Emitter, unverified_reason
from pipeline.checks.facts import Facts, Identity, Need
from pipeline.checks.spec import Check, Field, RuleSpec
from pipeline.model import TRANSIENT_STATUSES, Rule, Severity


def paper(e: Emitter, f: Facts) -> None:
    """The arXiv checks of the paper link could not be done."""
    assert f.entry.paper is not None and f.ref is not None
    if f.identity is Identity.RETITLED_UNREAD:
        message = (
            f"arXiv:{f.ref.base_id} not verified (paper identity): its title is not "
            "the entry's and the titles of its earlier versions could not be read"
        )
    else:
        message = (
            f"arXiv:{f.ref.base_id} not verified (paper identity, title, year): "
            f"{unverified_reason(f.ctx, f.record)}"
        )
    e.add(f.entry.paper.line, "paper", message, actual=f.ref.base_id)


def code(e: Emitter, f: Facts) -> None:
    """The code link was not checked, or checking it gave no answer."""
    url, check = f.code_target, f.link_check
    assert f.entry.code is not None and url is not None
    if check is None:
        message = f"code link {url} not checked: {f.ctx.links_skipped or 'no result'}"
    elif check.status in TRANSIENT_STATUSES:
        message = f"code link {url} not verified: {check.message or check.status.value}"
    else:
        return
    e.add(f.entry.code.line, "code", message, actual=url)


RULE = RuleSpec(
    Rule.UNVERIFIED,
    Severity.WARNING,
    help="a check could not complete (network, rate limit, timeout); not an error in the list",
    fires_when="a check could not complete (network down, rate-limited after retries, "
    "timeout, bot wall, private address); says which check and why",
    checks=(
        Check(Field.PAPER, paper, needs=(Need.PAPER_UNCONFIRMED,)),
        Check(Field.CODE, code, needs=(Need.CODE_WEB, Need.LINKS_CHECKED)),
    ),
)
