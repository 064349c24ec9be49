"""``code-repo-archived``: the GitHub repository is archived (read-only)."""

from __future__ import annotations

from pipeline.checks.context import Emitter
from pipeline.checks.facts import Facts
from pipeline.checks.rules.code_link_broken import LINK_NEEDS
from pipeline.checks.spec import Check, Field, RuleSpec
from pipeline.model import Rule, Severity


def check(e: Emitter, f: Facts) -> None:
    """The GitHub API says the repository is archived."""
    check, link = f.link_check, f.entry.code
    assert check is not None and link is not None
    if not check.archived:
        return
    e.add(
        link.line,
        "code",
        "the code repository is archived (read-only, no longer maintained)",
        actual=check.final_url or f.code_target,
    )


RULE = RuleSpec(
    Rule.CODE_REPO_ARCHIVED,
    Severity.INFO,
    help="the code repository is archived",
    fires_when="the GitHub repository is archived",
    checks=(Check(Field.CODE, check, needs=LINK_NEEDS),),
)
