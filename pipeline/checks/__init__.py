"""The rules: entries + what the sources said -> findings. Pure, no I/O.

Each rule is declared once, in its own module under :mod:`pipeline.checks.rules`
(ID, default severity, help, the evidence each check needs); :mod:`.registry` collects
them and :mod:`.engine` runs them. Each finding points at the line of the field at fault
(paper link for paper rules, code link for code rules, the year's line for the year, the
title for entry rules), says what is wrong, shows the evidence (``expected``/``actual``)
and the fix.
"""

from __future__ import annotations

from pipeline.checks.available import official_code_wanted
from pipeline.checks.context import (
    CheckContext,
    Conventions,
    learn_conventions,
    paper_ref,
    text_ref,
    venue_years,
)
from pipeline.checks.engine import check_entry, list_findings, unread_findings
from pipeline.checks.search import Proposal, needs_title_search, propose, retitle_candidates
from pipeline.checks.topic import topic_terms
from pipeline.checks.venues import venue_evidence
from pipeline.checks.wanted import wanted_arxiv_ids, wanted_code_urls
from pipeline.venuetext import read_venue, venue_key

duplicate_findings = list_findings
"""The list-level findings by entry index (the name :mod:`pipeline.run` uses)."""

__all__ = [
    "CheckContext",
    "Conventions",
    "Proposal",
    "check_entry",
    "duplicate_findings",
    "learn_conventions",
    "list_findings",
    "needs_title_search",
    "official_code_wanted",
    "paper_ref",
    "propose",
    "read_venue",
    "retitle_candidates",
    "text_ref",
    "topic_terms",
    "unread_findings",
    "venue_evidence",
    "venue_key",
    "venue_years",
    "wanted_arxiv_ids",
    "wanted_code_urls",
]
