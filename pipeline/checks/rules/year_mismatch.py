"""``year-mismatch``: the entry's year against arXiv v1 and the venue years known for it."""

from __future__ import annotations

from pipeline import arxivid
from pipeline.checks.context import Emitter, venue_years
from pipeline.checks.facts import Facts, Need
from pipeline.checks.spec import Check, Field, RuleSpec
from pipeline.model import ArxivRecord, PaperEntry, Rule, Severity


def check(e: Emitter, f: Facts) -> None:
    """A year that is neither v1's nor a venue year (nor a venue's usual lag after v1)."""
    entry, ref = f.entry, f.ref
    got = f.record if isinstance(f.record, ArxivRecord) else None
    assert entry.year is not None and ref is not None
    venue = venue_years(entry.venue)
    if got is not None:
        v1_years = frozenset({got.published.year})
        if got.updated is not None:  # the year of a later version is the paper's too
            venue |= frozenset(range(got.published.year + 1, got.updated.year + 1))
        venue |= venue_years(got.journal_ref) | venue_years(got.comment)
        v1_desc = f"arXiv v1 ({got.published.isoformat()})"
    else:
        v1_years = arxivid.possible_v1_years(ref)
        v1_desc = (
            f"the arXiv ID {ref.base_id} (first submitted {'/'.join(map(str, sorted(v1_years)))})"
        )
    if not v1_years or entry.year in v1_years | venue:
        return
    if entry.year > max(v1_years) and f.ctx.convention(entry.path).dates_read(entry):
        return  # a reading group's schedule: the year it read the paper
    older = entry.year < min(v1_years) - (0 if "/" in ref.base_id else OFFLINE_LAG)
    published = min(v1_years) - entry.year == 1 and _named_venue(entry)  # ``TPAMI`` 2019 for
    if got is None and (older or published):  # ``2002.02295``: a paper put on arXiv after it
        return  # appeared (``1301.7412``, UAI 1998), which only its record can tell
    lag = venue_lag(entry)
    if got is None and not venue_years(entry.venue):
        lag = max(lag, OFFLINE_LAG)
    if 0 < entry.year - max(v1_years) <= lag:
        return
    venue_desc = f" nor a venue year ({entry.venue})" if entry.venue and venue else ""
    if not venue_desc and venue:
        venue_desc = f" nor a venue year ({', '.join(map(str, sorted(venue)))})"
    expected = sorted(v1_years | venue)
    e.add(
        entry.year_line or entry.line,
        "year",
        f"the year {entry.year} is neither the year of {v1_desc}{venue_desc}",
        expected=" or ".join(map(str, expected)),
        actual=str(entry.year),
        suggestion=f"change the year to {max(v1_years) if len(v1_years) == 1 else expected[-1]}",
    )


_PREPRINT = ("arxiv", "preprint", "corr", "biorxiv", "medrxiv", "ssrn", "openreview")
VENUE_LAG = 3
"""Years a paper may appear at its named venue after arXiv v1 (journals often take 2-3)."""
OFFLINE_LAG = VENUE_LAG
"""Offline, only the ID's year is known: a later year (up to ``VENUE_LAG`` after it) may be
a later version's or the publication's, so it is left open; online, the record's version
dates and venue decide. Not when the entry states a venue year of its own that differs
(the entry then contradicts itself)."""


def _named_venue(entry: PaperEntry) -> bool:
    """The entry names a venue that is no preprint server (a preprint cannot predate its ID)."""
    venue = (entry.venue or "").strip().lower()
    return bool(venue) and not venue.startswith(_PREPRINT)


def venue_lag(entry: PaperEntry) -> int:
    """How many years after arXiv v1 the entry's year may be, as the year of its venue.

    A paper put on arXiv in December and published at ICLR or CVPR the next year is
    listed under the venue's year, and a journal may take two or three years. That
    reading is open when the entry names a venue without a year (a ``Venue`` column
    saying ``S&P`` next to a ``Year`` column): up to ``VENUE_LAG`` years; or when its
    year comes from the list's structure (a ``### 2024`` heading, a ``Year 2024`` parent
    item): one year. Never when the entry states a venue year of its own, names only a
    preprint server, or gives only a bare year.
    """
    if venue_years(entry.venue):
        return 0
    if _named_venue(entry):
        return VENUE_LAG
    source = dict(entry.evidence).get("year", "")
    return 1 if source.startswith(("heading", "parent item", "line")) else 0


RULE = RuleSpec(
    Rule.YEAR_MISMATCH,
    Severity.WARNING,
    help="the year is neither the arXiv v1 year nor a venue year",
    fires_when="the entry's year is neither the arXiv v1 year nor a venue year known for "
    "the entry (its venue field, arXiv `journal_ref`/`comment`), nor the year of a later "
    "arXiv version; no blanket ±1. Offline, the v1 year comes from the ID (January IDs "
    "allow the previous year) and up to three years after it are left open unless the "
    "entry states a venue year; a year more than three years before it, or just before it "
    "when the entry names a venue that is no preprint server (a paper put on arXiv after it "
    "appeared), is left to the record. Not a later year in a section that dates its entries by "
    "when it read them (a third of its dated arXiv papers, three or more, dated more than three "
    "years after their IDs, half of those in one year: a reading group's schedule)",
    checks=(Check(Field.PAPER, check, needs=(Need.YEAR_GIVEN, Need.V1_DATED)),),
)
