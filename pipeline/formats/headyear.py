"""A year closing a heading (``### Code as Policies · 2022``, ``### KAT (2024)``, ``## 10 to
Watch (2026)``): the year of what stands under it, unless a paper under it came later
(``### YOLO family · 2016`` over YOLOv3) or long before it (a course's year). Pure."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from pipeline import arxivid
from pipeline.model import PaperEntry

_TAIL_YEAR = re.compile(r"(?:\s[·|\-–—]\s*|,\s*|\s\()(?P<y>(?:19|20)\d\d)\)?\s*$")
_NOT_ITS_YEAR = re.compile(
    r"(?i)(?:19|20)\d\d\s*[-–—~]\s*(?:19|20)\d\d\W*$|\b(?:update[sd]?|last|since|before|until|"
    r"after|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|read(?:ing)?\s+list|to[-\s]read|"
    r"papers?\s+(?:i|we)\s+read|reading\s+(?:group|club|log|notes?))\b"
)
"""``2014 - 2017`` (a range), ``Last update: Jan, 2024``, ``Before 2020``, ``Paper Reading
List (2023)`` (when they were read): a year that is not the year of the papers under it."""
TAIL = "closing year of the heading"


def tail_year(text: str) -> int | None:
    """The year closing a heading after a separator (``Code as Policies · 2022``,
    ``KAT (2024)``), else ``None``."""
    m = _TAIL_YEAR.search(text[-60:])
    if m is None or (m.group(0).lstrip().startswith("(") != m.group(0).rstrip().endswith(")")):
        return None
    return None if _NOT_ITS_YEAR.search(text[-80:]) else int(m.group("y"))


def unchecked_group_years(entries: list[PaperEntry]) -> list[PaperEntry]:
    """A heading's closing year over several papers dates only those an arXiv ID can
    check (:func:`before_its_paper`): ``## CS231n Reading List (2024)`` over CVF and
    NeurIPS links dates none of them; over one paper, it is that paper's year."""
    said = [dict(e.evidence).get("year", "") for e in entries]
    count = Counter(s for s in said if s.startswith(TAIL))
    out = []
    for entry, ev in zip(entries, said, strict=True):
        ref = _arxiv_ref(entry)
        out.append(undated(entry) if count[ev] > 1 and ref is None else entry)
    return out


def undated(entry: PaperEntry) -> PaperEntry:
    """The entry without its year (and the evidence for it)."""
    return _without(entry, "year", year=None, year_text=None, year_line=None)


def _without(entry: PaperEntry, key: str, **cleared: object) -> PaperEntry:
    """The entry with the field ``key`` cleared (its values in ``cleared``), its evidence and
    its place among the entry's fields gone."""
    evidence = tuple((k, v) for k, v in entry.evidence if k != key)
    fields = tuple(f for f in entry.fields if f != key)
    return replace(entry, evidence=evidence, fields=fields, **cleared)


def before_its_paper(entry: PaperEntry) -> PaperEntry:
    """An entry dated only by a heading's closing year earlier than its arXiv paper
    (``### YOLO family · 2016`` over YOLOv3, arXiv 1804.02767) or more than a year after it
    (``## CS224N Reading List - 2024`` over a 2017 paper) has no year: the heading names a
    group or a course, not when this paper came."""
    ref = _arxiv_ref(entry)
    said = dict(entry.evidence).get("year", "")
    if ref is None or not said.startswith(TAIL) or entry.year is None:
        return entry
    years = arxivid.possible_v1_years(ref) or frozenset({entry.year})
    if min(years) <= entry.year <= max(years) + 1:  # a venue's year may follow by one
        return entry
    return undated(entry)


def _arxiv_ref(entry: PaperEntry) -> arxivid.ArxivRef | None:
    """The arXiv ID the entry's paper link names, if it names one."""
    return arxivid.find(entry.paper.url) if entry.paper and entry.paper.url else None


TITLE_SAMPLE = 3
"""ArXiv papers that must disagree with a list title's year, a majority of those checked, before
it dates none of the list's entries (one stale preprint undates only itself)."""


def title_checked(entries: list[PaperEntry], title: str | None) -> list[PaperEntry]:
    """A list title's venue and year (``# ICLR 2024 Papers``, a front matter's ``title:``)
    date its entries only where their arXiv papers agree (a v1 from three years before it to
    one after): none that disagrees (``Test of Time awards: NeurIPS 2024`` over 2014 papers),
    and none at all when most of the papers arXiv can check disagree, three at least."""
    if title is None or re.fullmatch(r"\W*(?:19|20)\d\d\W*", title):
        return entries  # ``# 2010``: a year's section, the list's first heading
    said = f"heading '{title.strip()}'"
    dated = [e for e in entries if dict(e.evidence).get("year") == said]
    checked = [ok for ok in map(_title_agrees, dated) if ok is not None]
    wrong = len(checked) >= TITLE_SAMPLE and sum(not ok for ok in checked) * 2 > len(checked)
    out = []
    for entry in entries:
        mine = entry in dated and (wrong or _title_agrees(entry) is False)
        out.append(_unplaced(entry, said) if mine else entry)
    return out


def _title_agrees(entry: PaperEntry) -> bool | None:
    """Whether the entry's arXiv paper fits its title year (``None``: no arXiv ID to check)."""
    ref = _arxiv_ref(entry)
    years = arxivid.possible_v1_years(ref) if ref is not None else None
    if not years or entry.year is None:
        return None
    return min(years) - 1 <= entry.year <= max(years) + 3


def _unplaced(entry: PaperEntry, said: str) -> PaperEntry:
    """The entry without the year and venue the list title gave it."""
    entry = undated(entry)
    if dict(entry.evidence).get("venue") != said:
        return entry
    return _without(entry, "venue", venue=None, venue_line=None)


_MONTH = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d)[-./](?P<m>0?[1-9]|1[0-2])(?!\d)")
_READ_GAP = 2
"""Months by which an arXiv paper may come before the month heading over it (announced late
in a month, listed the next; a batch of the month before)."""


def read_months(entries: list[PaperEntry]) -> list[PaperEntry]:
    """Month headings (``## 2024-02 (2)``) over papers most of whose arXiv IDs came more than
    :data:`_READ_GAP` months before them (three checked at least) are the months the papers
    were read or added, not when they came: they date none of their papers. A heading with
    words besides its date (``## CVPR 2023-06``) is not such a month."""
    said = [_month_heading(dict(e.evidence).get("year", "")) for e in entries]
    gaps = [_gap(e, m) for e, m in zip(entries, said, strict=True) if m]
    checked = [g for g in gaps if g is not None]
    if len(checked) < TITLE_SAMPLE or sum(g > _READ_GAP for g in checked) * 2 <= len(checked):
        return entries
    return [undated(e) if m else e for e, m in zip(entries, said, strict=True)]


def _month_heading(said: str) -> re.Match[str] | None:
    """The year and month of the heading that dated an entry, when it says only that (and a
    count: ``2024-02 (2)``; not ``2023-12 (Neural Information Processing Systems)``)."""
    text = said[len("heading '") : -1] if said.startswith("heading '") else ""
    m = _MONTH.search(text) if text else None
    rest = text[: m.start()] + text[m.end() :] if m else ""
    return m if m and not re.search(r"[^\W\d_]", rest) else None


def _gap(entry: PaperEntry, month: re.Match[str]) -> int | None:
    """Months from the entry's arXiv ID to the month heading over it (``None``: no ID)."""
    ref = _arxiv_ref(entry)
    announced = arxivid.id_month(ref) if ref is not None else None
    if announced is None:
        return None
    return int(month["y"]) * 12 + int(month["m"]) - (announced[0] * 12 + announced[1])
