"""The engine: run every rule whose evidence holds, at its configured severity.

For each entry the engine computes the :class:`~pipeline.checks.facts.Facts` once, then
visits the fields in order (entry, paper link, code link, links) and runs each rule's
check on that field when every :class:`~pipeline.checks.facts.Need` it declares holds.
A rule set to ``off`` or skipped for lack of evidence is logged at debug level
(``--debug`` shows it on stderr), never silently dropped.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence

from pipeline.checks.context import CheckContext, Emitter
from pipeline.checks.facts import Need, facts_for, holds
from pipeline.checks.registry import RULES
from pipeline.checks.rules import unread_entry
from pipeline.checks.spec import FIELD_ORDER, Check, RuleSpec
from pipeline.model import Finding, PaperEntry, Rule, Severity, UnreadBlock

log = logging.getLogger(__name__)

_BY_FIELD: tuple[tuple[RuleSpec, Check], ...] = tuple(
    (spec, check)
    for field in FIELD_ORDER
    for spec in RULES
    for check in spec.checks
    if check.field is field
)
"""Every per-entry check, in the order they run."""


def severity_of(rule: RuleSpec, ctx: CheckContext) -> Severity:
    """The configured severity of ``rule``, else its default."""
    return ctx.severities.get(rule.rule, rule.severity)


def check_entry(entry: PaperEntry, ctx: CheckContext) -> list[Finding]:
    """Every per-entry rule whose evidence holds, in field order."""
    facts = facts_for(entry, ctx)
    debug = log.isEnabledFor(logging.DEBUG)
    held: dict[Need, bool] = {}  # a need is decided once per entry, however many rules ask
    e = Emitter(entry, Rule.UNVERIFIED, Severity.OFF)  # one per entry: rule set per check
    for spec, check, severity in _plan(ctx.severities):
        if severity is Severity.OFF:
            if debug:
                _skipped(entry, spec, check, "severity is off")
            continue
        for need in check.needs:  # inline: this loop runs ~25 times per entry
            ok = held.get(need)
            if ok is None:
                ok = held[need] = holds(need, facts)
            if not ok:
                if debug:
                    _skipped(entry, spec, check, f"needs: {need.value}")
                break
        else:
            e.rule, e.severity = spec.rule, severity
            check.run(e, facts)
    return e.findings


def _plan(severities: Mapping[Rule, Severity]) -> tuple[tuple[RuleSpec, Check, Severity], ...]:
    """Every per-entry check with its configured severity (the same for every entry)."""
    items = tuple(severities.items())  # a handful at most: cheaper than sorting a key
    last = _LAST_PLAN.get("plan")
    if last is not None and last[0] == items:
        return last[1]
    plan = _plan_for(tuple(sorted((r.value, s.value) for r, s in items)))
    _LAST_PLAN["plan"] = (items, plan)
    return plan


_LAST_PLAN: dict[str, tuple[tuple, tuple[tuple[RuleSpec, Check, Severity], ...]]] = {}
"""The last configured severities asked about and their plan: a run asks with the same
severities for every entry, so the plan is built once per list, not once per entry."""


@functools.lru_cache(maxsize=8)
def _plan_for(key: tuple[tuple[str, str], ...]) -> tuple[tuple[RuleSpec, Check, Severity], ...]:
    configured = {Rule(r): Severity(s) for r, s in key}
    return tuple(
        (spec, check, configured.get(spec.rule, spec.severity)) for spec, check in _BY_FIELD
    )


def _skipped(entry: PaperEntry, spec: RuleSpec, check: Check, why: str) -> None:
    log.debug("%s:%d: %s (%s) skipped: %s", entry.path, entry.line, spec.rule, check.field, why)


def list_findings(entries: Iterable[PaperEntry], ctx: CheckContext) -> dict[int, list[Finding]]:
    """The list-level rules (``duplicate-entry``, ``shared-code-link``), by entry index."""
    entries = list(entries)
    out: dict[int, list[Finding]] = {}
    for spec in RULES:
        if spec.list_check is None:
            continue
        severity = severity_of(spec, ctx)
        if severity is Severity.OFF:
            log.debug("%s skipped for the whole list: severity is off", spec.rule)
            continue
        emitters: dict[int, Emitter] = {}
        spec.list_check(entries, ctx, _emitter_factory(entries, spec.rule, severity, emitters))
        for i, e in emitters.items():
            out.setdefault(i, []).extend(e.findings)
    return out


def _emitter_factory(
    entries: Sequence[PaperEntry], rule: Rule, severity: Severity, emitters: dict[int, Emitter]
) -> Callable[[int], Emitter]:
    def emitter_for(i: int) -> Emitter:
        if i not in emitters:
            emitters[i] = Emitter(entries[i], rule, severity)
        return emitters[i]

    return emitter_for


def unread_findings(unread: Iterable[UnreadBlock], ctx: CheckContext) -> list[Finding]:
    """``unread-entry``: one finding per block that links a paper but was not read."""
    severity = severity_of(unread_entry.RULE, ctx)
    if severity is Severity.OFF:
        log.debug("%s skipped: severity is off", Rule.UNREAD_ENTRY)
        return []
    return [unread_entry.finding(u, severity) for u in unread]
