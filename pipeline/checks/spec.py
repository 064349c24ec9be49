"""What a rule is: its ID, default severity, help texts, the fields it looks at, and the
evidence each of its checks needs before it runs.

Every rule is one :class:`RuleSpec` in its own module under :mod:`pipeline.checks.rules`;
the registry (:mod:`pipeline.checks.registry`) collects them, and the default severities,
the report help, the SARIF rule metadata and the README table are read from it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from pipeline.checks.facts import Facts, Need
from pipeline.model import PaperEntry, Rule, Severity

if TYPE_CHECKING:
    from pipeline.checks.context import CheckContext, Emitter

ListCheck = Callable[[Sequence[PaperEntry], "CheckContext", Callable[[int], "Emitter"]], None]
"""A check over a whole list: ``(entries, ctx, emitter_for)``, where ``emitter_for(i)``
collects the findings about ``entries[i]``."""


class Field(StrEnum):
    """What part of an entry a check looks at; the engine visits them in this order."""

    ENTRY = "entry"
    PAPER = "paper"
    CODE = "code"
    LINKS = "links"
    """Every link of the entry (broken Markdown targets)."""


FIELD_ORDER = (Field.ENTRY, Field.PAPER, Field.CODE, Field.LINKS)


@dataclass(frozen=True)
class Check:
    """One check of a rule on one field: it runs only when every ``needs`` holds."""

    field: Field
    run: Callable[[Emitter, Facts], None]
    needs: tuple[Need, ...] = ()


@dataclass(frozen=True)
class RuleSpec:
    """A rule, declared once.

    ``help`` is the one-line meaning (report glossary, SARIF ``shortDescription``);
    ``fires_when`` is the README table's column, the full story of when it fires.
    ``checks`` are its per-entry checks; ``list_check`` looks at every entry of a list
    at once (``duplicate-entry``, ``shared-code-link``). ``unread-entry`` has neither: it
    is about blocks that were not read as entries, and the engine reports each one.
    """

    rule: Rule
    severity: Severity
    help: str
    fires_when: str
    checks: tuple[Check, ...] = ()
    list_check: ListCheck | None = None

    @property
    def needs(self) -> tuple[Need, ...]:
        """Every piece of evidence any of the rule's checks needs."""
        return tuple(dict.fromkeys(n for c in self.checks for n in c.needs))
