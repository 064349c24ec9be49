"""One module per rule, each declaring its :class:`~pipeline.checks.spec.RuleSpec` as ``RULE``.

Adding a rule: a new module here with its ``RULE`` (and its ID in
:class:`pipeline.model.Rule`), listed in :data:`ALL` where it should run, plus its tests.
"""

from __future__ import annotations

from pipeline.checks.rules import (
    arxiv_not_found,
    code_available,
    code_link_broken,
    code_link_moved,
    code_link_not_repository,
    code_repo_archived,
    duplicate_entry,
    link_text_mismatch,
    malformed_arxiv_id,
    malformed_link,
    missing_field,
    off_topic,
    placeholder_link,
    shared_code_link,
    title_differs,
    unread_entry,
    unverified,
    venue_mismatch,
    venue_missing,
    wrong_paper,
    year_mismatch,
)
from pipeline.checks.spec import RuleSpec

ALL: tuple[RuleSpec, ...] = (
    missing_field.RULE,
    placeholder_link.RULE,
    link_text_mismatch.RULE,
    malformed_arxiv_id.RULE,
    arxiv_not_found.RULE,
    malformed_link.RULE,
    code_link_not_repository.RULE,
    unverified.RULE,
    wrong_paper.RULE,
    title_differs.RULE,
    year_mismatch.RULE,
    venue_missing.RULE,
    venue_mismatch.RULE,
    off_topic.RULE,
    code_link_broken.RULE,
    code_link_moved.RULE,
    code_repo_archived.RULE,
    code_available.RULE,
    duplicate_entry.RULE,
    shared_code_link.RULE,
    unread_entry.RULE,
)
"""Every rule, in the order the engine runs them within each field of an entry (so an
entry's findings read in field order: title, paper link, code link)."""
