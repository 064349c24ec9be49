"""The rule registry: every rule's declaration, and what is derived from it.

Default severities (:data:`DEFAULT_SEVERITY`), the report glossary and SARIF rule
metadata (:func:`help_text`), and the README's rule table (:func:`readme_table`, checked
by ``tests/test_docs.py``) all come from the :class:`~pipeline.checks.spec.RuleSpec` each
module of :mod:`pipeline.checks.rules` declares.
"""

from __future__ import annotations

from pipeline.checks.rules import ALL
from pipeline.checks.spec import RuleSpec
from pipeline.model import Rule, Severity

RULES: tuple[RuleSpec, ...] = ALL
"""Every rule, in the engine's order."""

BY_RULE: dict[Rule, RuleSpec] = {spec.rule: spec for spec in RULES}

DEFAULT_SEVERITY: dict[Rule, Severity] = {spec.rule: spec.severity for spec in RULES}
"""The severity of each rule when the config does not set one."""


def spec(rule: Rule) -> RuleSpec:
    """The declaration of ``rule``."""
    return BY_RULE[rule]


def help_text(rule: Rule) -> str:
    """The one-line meaning of ``rule`` (report glossary, SARIF descriptions)."""
    return BY_RULE[rule].help


def readme_table() -> str:
    """The README's rule table (rule, default severity, when it fires), as Markdown."""
    rows = ["| rule | default | fires when |", "|---|---|---|"]
    rows += [f"| `{s.rule.value}` | {s.severity.value} | {s.fires_when} |" for s in RULES]
    return "\n".join(rows) + "\n"
