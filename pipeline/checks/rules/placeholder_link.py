"""``placeholder-link``: the text says there is nothing, but the link has a target."""

from __future__ import annotations

import re

from pipeline.checks.context import Emitter
from pipeline.checks.facts import Facts
from pipeline.checks.spec import Check, Field, RuleSpec
from pipeline.model import LinkRef, Rule, Severity
from pipeline.parse import is_placeholder

_MARK = re.compile(r"\\?[*†‡§¶]{1,3}")
"""``[\\*](url)``, ``[†](url)``: a footnote's mark linking the source of a cell, not a text
saying there is nothing."""


def _check(e: Emitter, link: LinkRef | None, field_name: str) -> None:
    if link is None or not link.url or not link.text or not is_placeholder(link.text):
        return
    if _MARK.fullmatch(link.text.strip()):
        return
    e.add(
        link.line,
        field_name,
        f"the {field_name} field says '{link.text}' but links to {link.url}",
        expected=link.url,
        actual=link.text,
        suggestion=(
            f"if {link.url} is this paper's {field_name}, show it: [{link.url}]({link.url}); "
            f"otherwise remove the link"
        ),
    )


def paper(e: Emitter, f: Facts) -> None:
    """The paper link."""
    _check(e, f.entry.paper, "paper")


def code(e: Emitter, f: Facts) -> None:
    """The code link."""
    _check(e, f.entry.code, "code")


RULE = RuleSpec(
    Rule.PLACEHOLDER_LINK,
    Severity.WARNING,
    help="the text says there is nothing ('none', 'N/A', ...) but the link has a target",
    fires_when='the visible text says there is nothing ("none", "N/A", "-", "TBD", '
    '"coming soon") but the link has a real target',
    checks=(Check(Field.PAPER, paper), Check(Field.CODE, code)),
)
