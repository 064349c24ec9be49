"""``unread-entry``: a block links a paper but could not be read as an entry.

It is shown, not dropped: the block is not checked, and the finding says why it was not
read. The engine reports each unread block of a whole-list run.
"""

from __future__ import annotations

from pipeline.checks.context import short
from pipeline.checks.spec import RuleSpec
from pipeline.model import Finding, Rule, Severity, UnreadBlock


def finding(block: UnreadBlock, severity: Severity) -> Finding:
    """The finding about one unread block."""
    return Finding(
        rule=Rule.UNREAD_ENTRY,
        severity=severity,
        path=block.path,
        line=block.line,
        entry_title="",
        field="entry",
        message=f"a paper link here was not read as an entry ({block.reason}): "
        f"'{short(block.text, 80)}'",
        actual=", ".join(block.urls) or None,
        suggestion="give the paper a title next to its link, or run 'paperlist parse' to see "
        "how the list is read",
    )


RULE = RuleSpec(
    Rule.UNREAD_ENTRY,
    Severity.INFO,
    help="a block links a paper but could not be read as an entry (not checked)",
    fires_when="a block links a paper but could not be read as an entry (no title near it); "
    "it is not checked",
)
