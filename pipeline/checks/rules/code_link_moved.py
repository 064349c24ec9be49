"""``code-link-moved``: a permanent redirect, or a renamed/transferred GitHub repository.

A redirect target or a repository's new name is server text: it becomes an automatic fix
only when :func:`pipeline.urls.safe_replacement` accepts it (a same-site move).
"""

from __future__ import annotations

from pipeline.checks.context import Emitter
from pipeline.checks.facts import Facts
from pipeline.checks.rules.code_link_broken import LINK_NEEDS
from pipeline.checks.spec import Check, Field, RuleSpec
from pipeline.model import LinkStatus, Rule, Severity
from pipeline.urls import is_clean_web_url, safe_replacement


def check(e: Emitter, f: Facts) -> None:
    """The new address, as a fix only for a same-site move."""
    check, link, url = f.link_check, f.entry.code, f.code_target
    assert check is not None and link is not None and url is not None
    final = check.final_url
    if check.status is not LinkStatus.REDIRECTED or not final:
        return
    fix: tuple[str, str] | None = None
    if safe_replacement(url, final):
        fix = (url, final)
        suggestion = f"link {final}"
    elif is_clean_web_url(final):
        suggestion = (
            f"link {final} if it is still this paper's code "
            "(it is on another site, so 'paperlist fix' leaves it to you)"
        )
    else:
        suggestion = "the new address is not a plain web address; check the link by hand"
    e.add(
        link.line,
        "code",
        f"the code link moved permanently: {check.message}",
        fix=fix,
        expected=final,
        actual=url,
        suggestion=suggestion,
    )


RULE = RuleSpec(
    Rule.CODE_LINK_MOVED,
    Severity.WARNING,
    help="the code link redirects permanently or the repository was renamed",
    fires_when="a permanent redirect or a renamed/transferred GitHub repository; "
    "suggestion: the new URL",
    checks=(Check(Field.CODE, check, needs=LINK_NEEDS),),
)
