"""Frozen data types passed between the stages: parse -> resolve -> check -> report."""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    """How bad a finding is; ``OFF`` only appears in configuration."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    OFF = "off"

    @property
    def rank(self) -> int:
        """Higher is worse; used to sort entries and findings worst first."""
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {"error": 3, "warning": 2, "info": 1, "off": 0}
"""Severity ranks by value (a ``StrEnum`` member hashes as its value)."""


class Rule(StrEnum):
    """Stable rule IDs: users configure severities and ignores by them.

    Each ID is declared, with its default severity, help and preconditions, by one module
    of :mod:`pipeline.checks.rules` (``tests/test_registry.py`` keeps the two in step).
    """

    LINK_TEXT_MISMATCH = "link-text-mismatch"
    PLACEHOLDER_LINK = "placeholder-link"
    MISSING_FIELD = "missing-field"
    MALFORMED_ARXIV_ID = "malformed-arxiv-id"
    ARXIV_NOT_FOUND = "arxiv-not-found"
    WRONG_PAPER = "wrong-paper"
    TITLE_DIFFERS = "title-differs"
    YEAR_MISMATCH = "year-mismatch"
    CODE_LINK_BROKEN = "code-link-broken"
    CODE_LINK_MOVED = "code-link-moved"
    CODE_REPO_ARCHIVED = "code-repo-archived"
    CODE_LINK_NOT_REPOSITORY = "code-link-not-repository"
    DUPLICATE_ENTRY = "duplicate-entry"
    OFF_TOPIC = "off-topic"
    UNVERIFIED = "unverified"
    SHARED_CODE_LINK = "shared-code-link"
    VENUE_MISSING = "venue-missing"
    VENUE_MISMATCH = "venue-mismatch"
    MALFORMED_LINK = "malformed-link"
    UNREAD_ENTRY = "unread-entry"
    CODE_AVAILABLE = "code-available"


@dataclass(frozen=True)
class LinkRef:
    """One link as written in the list.

    ``text`` is what a reader sees (for a bare URL, the URL itself); ``url`` is where the
    link goes (``None`` when the field holds only text such as ``none``).
    """

    text: str
    url: str | None
    line: int


@dataclass(frozen=True)
class PaperEntry:
    """One paper of a list, with the line of every field it has."""

    path: str
    line: int
    title: str
    year: int | None = None
    year_text: str | None = None
    year_line: int | None = None
    paper: LinkRef | None = None
    code: LinkRef | None = None
    venue: str | None = None
    venue_line: int | None = None
    section: str | None = None
    fields: tuple[str, ...] = ()
    """Names of the fields the entry actually has (e.g. ``year``, ``paper``)."""
    authors: tuple[str, ...] = ()
    short_name: str | None = None
    """A name the list gives beside the title (``DPOK``, a ``Name`` column)."""
    project: LinkRef | None = None
    """A project page or website (kept apart from the code link)."""
    evidence: tuple[tuple[str, str], ...] = ()
    """``(field, where it came from)`` for each field, e.g. ``("title", "bold text")``."""
    layout: str | None = None
    """The block the entry was read from: ``table``, ``bullets``, ``bold-blocks``..."""
    malformed: tuple[LinkRef, ...] = ()
    """Links whose target is itself broken Markdown (``[x]([url](url))``)."""
    arxiv_text: str | None = None
    """The arXiv ID the entry writes only as text (``arxiv:2609.31041v1`` in an Identifier
    column) when its paper link is not arXiv's: the paper's arXiv ID."""

    @property
    def name(self) -> str:
        """The title, or an untitled entry's paper address (a list of bare addresses)."""
        return self.title or (self.paper.url if self.paper else "")

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (used by ``paperlist parse``); ``evidence`` as field -> source."""
        d = to_dict(self)
        d["evidence"] = dict(self.evidence)
        return d


@dataclass(frozen=True)
class UnreadBlock:
    """A block that links a paper but could not be read as an entry (shown, not dropped)."""

    path: str
    line: int
    reason: str
    text: str
    urls: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return to_dict(self)


@dataclass(frozen=True)
class ParsedList:
    """The result of parsing one list file."""

    path: str
    entries: tuple[PaperEntry, ...]
    heading: str | None = None
    description: str | None = None
    format: str = "br-fields"
    unread: tuple[UnreadBlock, ...] = ()


@dataclass(frozen=True)
class ArxivRecord:
    """What arXiv says about one paper (the version it returned)."""

    arxiv_id: str
    version: int
    title: str
    authors: tuple[str, ...]
    published: date
    updated: date | None = None
    comment: str | None = None
    journal_ref: str | None = None
    categories: tuple[str, ...] = ()
    summary: str = ""


@dataclass(frozen=True)
class VenueEvidence:
    """Where a metadata source says a paper was published."""

    venue: str
    """Venue acronym, e.g. ``CVPR``."""
    year: int | None
    source: str
    """``journal_ref``, ``comment`` or ``Semantic Scholar``."""
    text: str
    """The text the venue was read from."""


@dataclass(frozen=True)
class OfficialCode:
    """What a metadata service (Hugging Face Papers) says about a paper's official code.

    A definite answer: ``repo_url`` is ``None`` when the service knows no repository
    (or does not index the paper, ``indexed=False``).
    """

    arxiv_id: str
    repo_url: str | None = None
    project_url: str | None = None
    source: str = "Hugging Face Papers"
    indexed: bool = True


class MissReason(StrEnum):
    """Why an arXiv ID has no record."""

    NOT_FOUND = "not-found"
    """arXiv answered twice and does not know the ID."""
    UNVERIFIED = "unverified"
    """The question could not be asked or answered (network, throttling, timeout)."""


@dataclass(frozen=True)
class ArxivMiss:
    """An arXiv ID that did not resolve: a value, never an exception."""

    arxiv_id: str
    reason: MissReason
    detail: str


class LinkStatus(StrEnum):
    """Outcome of one code-link check (after redirects and retries)."""

    WORKING = "working"
    BROKEN = "broken"
    REDIRECTED = "redirected"
    TIMEOUT = "timeout"
    RATE_LIMITED = "rate-limited"
    UNAVAILABLE = "unavailable"
    BLOCKED = "blocked"
    """The site refused an automated client (401/403/999) or the host is private."""
    ERROR = "error"
    """Connection failed (DNS, refused, reset) or a surprise: not proof the link is dead."""
    UNCHECKED = "unchecked"


TRANSIENT_STATUSES = frozenset(
    {
        LinkStatus.TIMEOUT,
        LinkStatus.RATE_LIMITED,
        LinkStatus.UNAVAILABLE,
        LinkStatus.BLOCKED,
        LinkStatus.ERROR,
        LinkStatus.UNCHECKED,
    }
)


@dataclass(frozen=True)
class LinkCheck:
    """The outcome of checking one URL."""

    url: str
    status: LinkStatus
    http_code: int | None = None
    final_url: str | None = None
    message: str = ""
    archived: bool = False
    via: str = "http"
    """``github-api`` when the GitHub REST API answered, ``http`` otherwise."""


@dataclass(frozen=True)
class Finding:
    """One discrepancy, pointing at the line of the field at fault."""

    rule: Rule
    severity: Severity
    path: str
    line: int
    entry_title: str
    field: str
    message: str
    expected: str | None = None
    actual: str | None = None
    suggestion: str | None = None
    fix: tuple[str, str] | None = None
    """A high-confidence edit of line ``line``: replace the first text by the second.
    Only set where the evidence is unambiguous; ``paperlist fix`` applies these."""
    baseline: str | None = None
    """``new`` or ``known`` when the run had a baseline (``--baseline``), else ``None``."""

    def to_dict(self) -> dict[str, Any]:
        """The report.json shape of a finding (the fix is not part of schema v1)."""
        d = to_dict(self)
        d.pop("fix")
        if d["baseline"] is None:  # the field exists only in runs with a baseline
            d.pop("baseline")
        return d


@dataclass(frozen=True)
class EntryResult:
    """An entry together with the findings about it."""

    entry: PaperEntry
    findings: tuple[Finding, ...]

    @property
    def status(self) -> str:
        """``ok`` or the worst severity among the findings."""
        worst = max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)
        return worst.value if worst else "ok"


@dataclass(frozen=True)
class ListSummary:
    """A list that was checked and how many entries it has."""

    path: str
    entries: int


@dataclass(frozen=True)
class Report:
    """Everything a formatter needs; built by :mod:`pipeline.run`."""

    tool_version: str
    generated_at: str
    mode: str
    lists: tuple[ListSummary, ...]
    results: tuple[EntryResult, ...]
    findings: tuple[Finding, ...] = field(default=())
    """Findings not tied to one entry: ``unread-entry``, one per block that links a paper
    but was not read (whole-list runs only)."""

    @functools.cached_property
    def all_findings(self) -> tuple[Finding, ...]:
        """Every finding, entry findings first, in list order (made once: every report
        format asks, and a 20,000-entry list has 40,000)."""
        return tuple(f for r in self.results for f in r.findings) + self.findings

    @functools.cached_property
    def _counts(self) -> dict[Severity, int]:
        counts = dict.fromkeys(Severity, 0)
        for f in self.all_findings:
            counts[f.severity] += 1
        return counts

    def count(self, severity: Severity) -> int:
        """How many findings have this severity."""
        return self._counts[severity]

    @property
    def has_errors(self) -> bool:
        """True when at least one finding is an error (exit status 1)."""
        return self.count(Severity.ERROR) > 0


def to_dict(obj: Any) -> Any:
    """Turn dataclasses, enums, dates and tuples into JSON-ready values."""
    kind = type(obj)
    if kind in _PLAIN:  # the commonest: returned as they are, before any other look
        return obj
    names = _field_names(kind)
    if names is not None:
        return {name: to_dict(getattr(obj, name)) for name in names}
    if isinstance(obj, StrEnum):
        return obj.value
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, list | tuple):
        return [to_dict(v) for v in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj


_PLAIN = frozenset({str, int, float, bool, type(None)})


@functools.cache
def _field_names(kind: type) -> tuple[str, ...] | None:
    """The field names of a dataclass type (looked up once per type), else ``None``."""
    if not dataclasses.is_dataclass(kind):
        return None
    return tuple(f.name for f in dataclasses.fields(kind))
