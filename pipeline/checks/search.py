"""The right ID by title, and earlier versions' titles (pure decisions)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from pipeline import titles
from pipeline.arxivid import ArxivRef
from pipeline.checks.context import CheckContext, paper_ref, short
from pipeline.model import (
    ArxivMiss,
    ArxivRecord,
    MissReason,
    PaperEntry,
)

# -- the right ID by title ------------------------------------------------------------
PROPOSE_RATIO = 95.0


@dataclass(frozen=True)
class Proposal:
    """What a title search says: one unambiguous paper, or candidates to look at."""

    match: ArxivRecord | None
    candidates: tuple[ArxivRecord, ...]


def _surname(name: str) -> str:
    parts = name.replace(",", " ").split()
    return titles.normalize(parts[-1]) if parts else ""


def propose(entry: PaperEntry, found: tuple[ArxivRecord, ...]) -> Proposal:
    """An ID only when unambiguous: near-identical normalised title (ratio >= 95), the
    first author's surname or the year (+-1) agreeing, and no second candidate that
    also reads as the same paper. Otherwise the candidates, for a person to choose."""
    scored = [(titles.compare(entry.title, r.title), r) for r in found]
    close = [
        (c, r) for c, r in scored if c.verdict is titles.Verdict.SAME or c.ratio >= PROPOSE_RATIO
    ]
    plausible = [r for c, r in scored if c.same_paper or c.verdict is titles.Verdict.UNCERTAIN]
    if len(close) == 1 and not any(
        r is not close[0][1] and titles.compare(entry.title, r.title).same_paper for r in found
    ):
        rec = close[0][1]
        author_ok = bool(entry.authors and rec.authors) and _surname(entry.authors[0]) == _surname(
            rec.authors[0]
        )
        year_ok = entry.year is not None and abs(entry.year - rec.published.year) <= 1
        if author_ok or year_ok:
            return Proposal(rec, tuple(plausible))
    return Proposal(None, tuple(plausible))


def retitle_candidates(
    entries: Iterable[PaperEntry],
    records: Mapping[str, ArxivRecord | ArxivMiss],
    today: date | None = None,
) -> dict[str, int]:
    """Base ID -> latest version, for papers whose latest title is not the entry's title
    and that have earlier versions (an earlier title may be the one the list cites)."""
    out: dict[str, int] = {}
    for entry in entries:
        ref = paper_ref(entry, today)
        got = records.get(ref.base_id) if ref is not None and ref.valid else None
        if (
            entry.title
            and isinstance(got, ArxivRecord)
            and got.version > 1
            and titles.compare(entry.title, got.title).verdict is not titles.Verdict.SAME
        ):
            out[got.arxiv_id] = got.version
    return out


def earlier_title(entry: PaperEntry, ctx: CheckContext, arxiv_id: str) -> tuple[int, str] | None:
    """The earlier version whose title is the entry's title, if any."""
    for version, title in ctx.older_titles.get(arxiv_id, ()):
        if titles.compare(entry.title, title).same_paper:
            return version, title
    return None


def needs_title_search(
    entry: PaperEntry,
    records: Mapping[str, ArxivRecord | ArxivMiss],
    today: date | None = None,
    older: Mapping[str, tuple[tuple[int, str], ...]] | None = None,
) -> bool:
    """Entries whose right ID is worth looking up: a wrong paper, or no paper link."""
    if not entry.title:
        return False
    ref = paper_ref(entry, today)
    if entry.paper is None or (ref is None and not entry.paper.url):
        return True
    got = records.get(ref.base_id) if ref is not None and ref.valid else None
    if isinstance(got, ArxivRecord):
        if any(
            titles.compare(entry.title, t).same_paper
            for _, t in (older or {}).get(got.arxiv_id, ())
        ):
            return False  # retitled, not wrong
        return titles.compare(entry.title, got.title).verdict is titles.Verdict.DIFFERENT
    return isinstance(got, ArxivMiss) and got.reason is MissReason.NOT_FOUND


def proposal(
    entry: PaperEntry, ctx: CheckContext, exclude: str | None = None
) -> tuple[str | None, ArxivRecord | None]:
    """The suggestion text from the title search, and the unambiguous match if any."""
    found = tuple(r for r in ctx.candidates.get(entry.title, ()) if r.arxiv_id != exclude)
    if not found:
        return None, None
    p = propose(entry, found)
    if p.match is not None:
        m = p.match
        return (
            f"link https://arxiv.org/abs/{m.arxiv_id} (an arXiv title search finds exactly "
            f"this paper: '{short(m.title)}', {m.published.year})"
        ), m
    if p.candidates:
        listed = "; ".join(f"{r.arxiv_id} '{short(r.title, 60)}'" for r in p.candidates[:3])
        return f"no unambiguous match; arXiv title search candidates: {listed}", None
    return None, None


def proposal_text(entry: PaperEntry, ctx: CheckContext, exclude: str | None = None) -> str | None:
    """The suggestion text of :func:`proposal` alone."""
    return proposal(entry, ctx, exclude)[0]


def retarget(url: str, ref: ArxivRef, new_id: str) -> str:
    """``url`` pointing at ``new_id`` instead, in the same form (abs/pdf, host)."""
    return re.sub(re.escape(ref.base_id) + r"(v\d+)?", new_id, url, count=1)
