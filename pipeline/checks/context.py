"""Shared by the rules: the context, the finding emitter, small helpers."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from pipeline import arxivid, titles
from pipeline.arxivid import ArxivRef
from pipeline.model import (
    ArxivMiss,
    ArxivRecord,
    Finding,
    LinkCheck,
    LinkRef,
    OfficialCode,
    PaperEntry,
    Rule,
    Severity,
    VenueEvidence,
)

_VENUE_YEAR = re.compile(r"(?<![A-Za-z0-9])(19[89]\d|20\d\d)(?!\d)|['’](\d{2})(?!\d)")


@dataclass(frozen=True)
class CheckContext:
    """What the resolve stage found, plus the settings the rules need."""

    records: Mapping[str, ArxivRecord | ArxivMiss] = field(default_factory=dict)
    links: Mapping[str, LinkCheck] = field(default_factory=dict)
    severities: Mapping[Rule, Severity] = field(default_factory=dict)
    """Configured severities; a rule missing here has its registry default."""
    arxiv_skipped: str | None = None
    """Why arXiv was not asked at all (``--offline``); ``None`` when it was."""
    links_skipped: str | None = None
    """Why code links were not checked (``--offline``); ``None`` when they were."""
    check_links: bool = True
    ignore_urls: tuple[re.Pattern[str], ...] = ()
    today: date | None = None
    candidates: Mapping[str, tuple[ArxivRecord, ...]] = field(default_factory=dict)
    """arXiv title-search results, by entry title."""
    older_titles: Mapping[str, tuple[tuple[int, str], ...]] = field(default_factory=dict)
    """Titles of earlier versions by base ID (fetched when the latest title differs)."""
    venues: Mapping[str, VenueEvidence] = field(default_factory=dict)
    """Venue evidence from optional sources (Semantic Scholar), by arXiv ID."""
    topics: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Topic terms per list path (for ``off-topic``)."""
    conventions: Mapping[str, Conventions] = field(default_factory=dict)
    """What each list does for most of its entries (by path)."""
    official_code: Mapping[str, OfficialCode] = field(default_factory=dict)
    """Official repositories by arXiv ID (Hugging Face Papers), for ``code-available``."""

    def convention(self, path: str) -> Conventions:
        """The conventions of the list at ``path`` (the catalog's own by default)."""
        return self.conventions.get(path) or Conventions()


@dataclass(frozen=True)
class Conventions:
    """A list's habits, learned from its entries, that the rules respect.

    ``gives_years``: at least :data:`MOST` of the entries state a year, so an entry
    without one is worth a warning. ``layout``: the layout most entries are written in,
    so that suggestions are written in the list's own syntax.
    """

    gives_years: bool = True
    layout: str = "br-fields"
    gives_code: bool = True
    """At least one entry links code: an entry without a code link may be missing one."""
    gives_titles: bool = True
    """At least :data:`MOST` of the entries have a title (a list of bare addresses has none)."""
    yearless_sections: frozenset[str] = frozenset()
    """Sections of two or more entries none of which states a year (a list dated by
    ``### 2021`` headings often ends with an undated ``### Arxiv`` section); in a list
    whose years are its headings', any section without one (a lone ``### Surveys`` row)."""
    untitled_sections: frozenset[str] = frozenset()
    """Sections of two or more entries none of which has a title (a titled list's ``## See
    also`` of bare addresses)."""
    read_sections: frozenset[str | None] = frozenset()
    """Sections (``None``: entries under no heading) that date their entries by when the
    list read them (a reading group's schedule, ``## 2020`` over papers of 2015): a later
    year there is no mismatch."""

    def expects_year(self, entry: PaperEntry) -> bool:
        """Whether an entry without a year breaks the list's habit."""
        return self.gives_years and entry.section not in self.yearless_sections

    def dates_read(self, entry: PaperEntry) -> bool:
        """Whether the entry's section dates its papers by when they were read."""
        return entry.section in self.read_sections

    def expects_title(self, entry: PaperEntry) -> bool:
        """Whether an entry without a title breaks the list's habit."""
        return self.gives_titles and entry.section not in self.untitled_sections


MOST = 0.9
"""Share of entries above which a list is taken to give a field for every entry."""


def learn_conventions(entries: Sequence[PaperEntry], layout: str) -> Conventions:
    """The conventions of one list, from its entries."""
    if not entries:
        return Conventions(layout=layout)
    gives_code = any(e.code is not None and e.code.url for e in entries)
    if layout == "br-fields":  # the layout has a year field: every entry should fill it
        return Conventions(gives_years=True, layout=layout, gives_code=gives_code)
    dated = [e.year is not None or e.year_text is not None for e in entries]
    titled = [bool(e.title) for e in entries]
    return Conventions(
        gives_years=sum(dated) / len(entries) >= MOST,
        layout=layout,
        gives_code=gives_code,
        yearless_sections=_sections_without(entries, dated, 1 if _headings_date(entries) else 2),
        gives_titles=sum(titled) / len(entries) >= MOST,
        untitled_sections=_sections_without(entries, titled),
        read_sections=_read_sections(entries),
    )


READ_LATER = 3
"""Years after an arXiv ID's year past which a list's year cannot be the paper's own (the
venue lag that ``year-mismatch`` allows)."""


def _read_sections(entries: Sequence[PaperEntry]) -> frozenset[str | None]:
    """In a list whose dated arXiv papers are, three or more and a third of them, dated
    more than :data:`READ_LATER` years after their IDs, half of those in one year (a
    schedule's, not scattered slips): the sections where a third of them are (not a curated
    section beside a reading group's; a schedule's sessions may hold one paper each)."""
    dated: dict[str | None, int] = {}
    late: dict[str | None, list[int]] = {}
    for e in entries:
        ref = paper_ref(e) if e.year is not None else None
        years = arxivid.possible_v1_years(ref) if ref is not None and ref.valid else frozenset()
        if years and e.year is not None:
            dated[e.section] = dated.get(e.section, 0) + 1
            if e.year > max(years) + READ_LATER:
                late.setdefault(e.section, []).append(e.year)
    years = [y for ys in late.values() for y in ys]
    schedule = len(years) >= 3 and len(years) * 3 >= sum(dated.values())
    if not schedule or max(map(years.count, years)) * 2 < len(years):
        return frozenset()
    return frozenset(s for s, ys in late.items() if len(ys) * 3 >= dated[s])


def _headings_date(entries: Sequence[PaperEntry]) -> bool:
    """Whether the list's years are (at least :data:`MOST` of them) its headings' years."""
    said = [dict(e.evidence).get("year", "") for e in entries if e.year is not None]
    return bool(said) and sum(s.startswith("heading '") for s in said) / len(said) >= MOST


def _sections_without(
    entries: Sequence[PaperEntry], has: list[bool], least: int = 2
) -> frozenset[str]:
    """Sections of ``least`` or more entries none of which has the field."""
    by_section: dict[str | None, list[bool]] = {}
    for e, got in zip(entries, has, strict=True):
        by_section.setdefault(e.section, []).append(got)
    return frozenset(
        s for s, got in by_section.items() if s is not None and len(got) >= least and not any(got)
    )


def paper_ref(entry: PaperEntry, today: date | None = None) -> ArxivRef | None:
    """The arXiv ID the entry's paper link actually points to (its target)."""
    if entry.paper is None:
        return None
    ref = arxivid.find(entry.paper.url or entry.paper.text, today)
    if ref is None and entry.arxiv_text:  # ``| arxiv:2609.31041v1 | [Title](papers/x.md) |``
        return arxivid.find(entry.arxiv_text, today)
    return ref


def text_ref(link: LinkRef, today: date | None = None) -> ArxivRef | None:
    """The arXiv ID the link's visible text names, if it names one."""
    return arxivid.find(link.text, today) if link.text else None


def venue_years(text: str | None) -> frozenset[int]:
    """Years a venue string names: ``CVPR 2024`` -> 2024, ``ICLR'24`` -> 2024."""
    if not text:
        return frozenset()
    years = set()
    for m in _VENUE_YEAR.finditer(text):
        years.add(int(m.group(1)) if m.group(1) else 2000 + int(m.group(2)))
    return frozenset(years)


class Emitter:
    """Collects one rule's findings about one entry, at the rule's configured severity."""

    def __init__(self, entry: PaperEntry, rule: Rule, severity: Severity):
        self.entry = entry
        self.rule = rule
        self.severity = severity
        self.findings: list[Finding] = []

    def add(
        self,
        line: int,
        field_name: str,
        message: str,
        fix: tuple[str, str] | None = None,
        **extra: str | None,
    ) -> None:
        """One finding on ``line``; ``extra``: ``expected``, ``actual``, ``suggestion``."""
        self.findings.append(
            Finding(
                rule=self.rule,
                severity=self.severity,
                path=self.entry.path,
                line=line,
                entry_title=self.entry.name,
                field=field_name,
                message=message,
                expected=extra.get("expected"),
                actual=extra.get("actual"),
                suggestion=extra.get("suggestion"),
                fix=fix,
            )
        )


def short(title: str, n: int = 80) -> str:
    """``title`` cut to ``n`` characters, with an ellipsis."""
    return title if len(title) <= n else title[: n - 1].rstrip() + "…"


def record_of(ctx: CheckContext, ref: ArxivRef | None) -> ArxivRecord | ArxivMiss | None:
    """What arXiv said about a valid ID, if it was asked."""
    if ref is None or not ref.valid:
        return None
    return ctx.records.get(ref.base_id)


def unverified_reason(ctx: CheckContext, got: ArxivRecord | ArxivMiss | None) -> str:
    """Why arXiv's answer is missing, in words."""
    if isinstance(got, ArxivMiss):
        return got.detail
    return ctx.arxiv_skipped or "arXiv was not asked"


def paper_sameness(entry: PaperEntry, got: ArxivRecord | ArxivMiss | None) -> bool | None:
    """Whether arXiv's record is the entry's paper by title; ``None`` when unknown."""
    if not entry.title or not isinstance(got, ArxivRecord):
        return None
    return titles.compare_entry(entry.title, entry.short_name, got.title).same_paper
