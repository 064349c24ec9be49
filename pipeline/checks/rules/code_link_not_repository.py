"""``code-link-not-repository``: the code link is a web page, not a source repository."""

from __future__ import annotations

from pipeline.checks.context import Emitter
from pipeline.checks.facts import Facts, Need
from pipeline.checks.spec import Check, Field, RuleSpec
from pipeline.model import Rule, Severity
from pipeline.urls import is_repository_url


def check(e: Emitter, f: Facts) -> None:
    """A code URL that no known code host serves as a repository."""
    url = f.code_target
    assert f.entry.code is not None and url is not None
    if is_repository_url(url):
        return
    e.add(
        f.entry.code.line,
        "code",
        f"the code link {url} is a web page, not a source repository",
        actual=url,
        suggestion="link the source repository (e.g. https://github.com/OWNER/REPO) if there is one",
    )


RULE = RuleSpec(
    Rule.CODE_LINK_NOT_REPOSITORY,
    Severity.INFO,
    help="the code link is a web page, not a source repository",
    fires_when="the code link is a project page or site, not a source repository",
    checks=(Check(Field.CODE, check, needs=(Need.CODE_WEB,)),),
)
