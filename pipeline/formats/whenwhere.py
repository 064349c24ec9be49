"""When and where an entry's paper appeared: its year (a venue's year over a date, a year
column, the entry's own words, its headings) and its venue, with the evidence. Pure."""

from __future__ import annotations

import re

from pipeline import arxivid
from pipeline.formats import fields as F
from pipeline.formats import italicvenue as IV
from pipeline.formats.blocks import Block, arxiv_ids, links_of
from pipeline.formats.common import PREPRINT_SERVERS, VENUE_RE, is_placeholder
from pipeline.formats.contextfacts import YEAR_ONLY, context_facts
from pipeline.formats.dates import (
    ARXIV_YEAR,
    CITATION_LABEL,
    DATE,
    century,
    date_year,
    venue_after_date,
)
from pipeline.formats.harvard import harvard_year
from pipeline.formats.runs import Run, lines_of, plain
from pipeline.formats.tagyear import venue_yy

_PREPRINT = re.compile(r"(?i)\W*(?:arxiv|preprint|biorxiv|medrxiv|ssrn)")


_SUBMITTED = re.compile(
    r"(?i)\b(?:under\s+review|submitted|submission|rejected|pending|withdrawn)\b"
)
"""A venue cell that names where the paper was sent, not where it appeared."""


_ADDRESS = re.compile(
    r"(?:https?://)?(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|gitee\.com|huggingface\.co)/\S*",
    re.IGNORECASE,
)
"""A code host's address in a venue cell (``| https://github.com/o/2023Name |`` in a
``Source`` column): its digits are a repository's name, no year (a paper's or a meeting's
address keeps its year: ``cvpr2016.thecvf.com``, ``proceedings.neurips.cc/paper/2020/``)."""


def year_of(b: Block, cells: dict[str, list[Run]], rest: str, ev: dict[str, str]):
    """The entry's year, the text that said it and its line; ``ev`` gets the evidence."""
    venue_cell = _ADDRESS.sub(" ", plain(cells["venue"])).strip() if "venue" in cells else ""
    preprint = _PREPRINT.match(venue_cell)
    year = F.find_venue(venue_cell)[1] or (
        F.find_year(venue_cell, loose=True)[0] if venue_cell and not preprint else None
    )
    dated = "year" in cells and not YEAR_ONLY.match(plain(cells["year"])[:100])
    column = F.find_year(plain(cells["year"]), loose=True)[0] if "year" in cells else None
    # ``COLING 2025``, ``'16-TIP`` beside a ``2024-12-02`` date: the venue's; beside a Year
    # column the year before it (``| 2023 | ICLR 2024 |``, its arXiv year), the venue's too
    submitted = _SUBMITTED.search(venue_cell) is not None  # ``Under review at ICLR 2024``
    if year and (dated or (column and year == column + 1 and not submitted)):
        ev["year"] = f"venue column '{venue_cell.strip()}'"
        return year, venue_cell, b.line
    date = F.find_year(plain(cells["year"]), loose=True)[0] if dated and not venue_cell else None
    venue, said = _link_tag(b) if date else (None, None)
    if venue and said and said < date:  # ``| 2019-4-16 | [Title (PLDI '06)](url) |``: a session
        ev["year"] = f"venue tag in the paper's link '{venue} {said}' (the date column is later)"
        return said, f"{venue} {said}", b.line
    named, year = _venue_said(b, date) if date else (None, None)
    if named:  # a ``Conference-CVPR'24`` badge beside a ``2023-12-24`` date: the venue's
        ev["year"] = f"venue badge '{named} {year}'"
        return year, f"{named} {year}", b.line
    for role in ("year", "venue+year", "venue"):
        if role in cells:
            year, said = _cell_year(plain(cells[role]))
            if year:
                ev["year"] = f"{role.replace('+', ' & ')} column '{said}'"
                return year, plain(cells[role]), b.line
    for n, (role, cell) in enumerate(b.row, 1):
        year = F.context_facts(plain(cell))[0] if role is None else None
        if year:
            ev["year"] = f"column {n} '{plain(cell).strip()}'"
            return year, plain(cell), b.line
    year, said = F.find_year(_without_note_dates(b, rest))
    year, said = _own_line_date(b, said) or (year, said)
    labelled = _labelled_year(b) if said and DATE.fullmatch(said.strip()) else None
    if labelled:  # ``* **Venue:** Robotics: Science and Systems 2021`` over a session's date
        ev["year"] = f"labelled line '{labelled[1]}'"
        return labelled
    if year:
        ev["year"] = f"entry text '{said}'"
        return year, said, _line_of(b, said)
    coded = _venue_yy(cells)  # ``| `TMECH 25` |``: after the entry's own years (``CASP 14``)
    if coded:
        ev["year"] = f"venue column '{coded[1]}'"
        return *coded, b.line
    label = _label_year(b)
    if label:  # ``Title [[Wu+, 19](url)]``, ``1. [Mnih et al., 15] [Title](url)``
        ev["year"] = f"citation label '{label.group(0).strip()}'"
        return century(label["yy"]), label.group(0).strip(), b.line
    month = _id_month(b, rest)
    if month:  # ``**Title** (2302), ICSE`` for arXiv 2302.03482: the month of its ID
        ev["year"] = f"the arXiv month of its ID '{month.group()}'"
        return 2000 + int(month["yy"]), month.group(), b.line
    return _year_beside(b, ev)


_OTHER_RXIV = re.compile(
    rf"(?i)\b(?:{'|'.join(s for s in PREPRINT_SERVERS if s.endswith('rxiv') and s != 'arxiv')})\b"
)
"""The preprint servers named like arXiv (``bioRxiv``, ``techRxiv``)."""


def _cell_year(text: str) -> tuple[int | None, str | None]:
    """A year or venue column's year: any year it writes, or a preprint server's like
    arXiv's (``techrXiv 25.11``)."""
    cell = _ADDRESS.sub(" ", text)
    arxived = _OTHER_RXIV.sub("arXiv", cell)
    year, said = F.find_year(arxived, loose=True)
    return year, (cell.strip() if year and arxived != cell else said)


def _venue_yy(cells: dict[str, list[Run]]) -> tuple[int, str] | None:
    """A venue column's venue and two-digit year (``TMECH 25``, ``MMAsia 25``): read only
    when nothing else dates the row, an edition (``CASP 14``, ``DSTC 11``) being written alike."""
    text = plain(cells["venue"]).strip() if "venue" in cells else ""
    series = _SERIES.match(text) is not None  # ``PMLR 97``: a proceedings' volume
    return (century(text.split()[-1]), text) if text and venue_yy(text) and not series else None


_SERIES = re.compile(r"(?i)(?:PMLR|LNCS|LNAI|LNBI|CCIS|CEUR|JMLR|ACL\s+Anthology|vol)\b")


_CLOSING_TAG = re.compile(r"\((?P<t>[^()]{2,40})\)\s*$")


def _link_tag(b: Block) -> tuple[str | None, int | None]:
    """The venue and year a paper link's text closes with, in brackets and nothing else
    (``[Contification using Dominators (ICFP '01)](pdf)``; not ``(extended version of MICCAI
    2021 paper)``, nor a baseline named in another cell)."""
    for r in b.head:
        m = _CLOSING_TAG.search(r.text) if r.kind == "link" and F.link_role(r) == "paper" else None
        if m and len(m["t"].split()) <= 3:
            return F.find_venue(m["t"])
    return None, None


def _year_beside(b: Block, ev: dict[str, str]):
    """The year of an entry whose text states none it reads: a link's hover text, a month
    opening the item, an italic venue (however old its year), or the context's."""
    hinted = _hint(b)
    if hinted[1]:  # ``[[paper]](url "CVPR2018")``: the link's hover text
        ev["year"] = f"hover text of a link '{hinted[2]}'"
        return hinted[1], hinted[2], b.line
    lead = None if b.cells or b.row else _LEAD_MONTH.match(plain(b.head))
    if lead and not _before_its_paper(lead, b):  # ``* 25.03 [Title](url)``
        ev["year"] = f"the year and month opening the item '{lead.group().strip()}'"
        return 2000 + int(lead["yy"]), lead.group().strip(), b.line
    italic = IV.in_line(b.head)  # ``Title, *Econometrica, 1960*``
    if italic:
        ev["year"] = f"italic venue after the title '{italic[2]}'"
        return italic[1], italic[2], b.line
    if b.ctx.year:
        ev["year"] = b.ctx.year_ev or "context"
        return b.ctx.year, str(b.ctx.year), None
    return None, None, None


_CITED_YEAR_END = re.compile(r"[,.]\s+(?P<y>(?:19|20)\d\d)\.(?:\s*\([^()]{1,40}\))?$")
"""``Title, Hausknecht and Stone, 2015. (DRQN)``: a citation's year closing a title whose
authors were not told from its words."""


def title_year(title: str, line: int, ev: dict[str, str]):
    """The year a citation closing the title gives, when nothing else dates the entry."""
    m = _CITED_YEAR_END.search(title[-80:])
    if m is None:
        return None, None, None
    ev["year"] = f"the citation year closing the title '{m['y']}'"
    return int(m["y"]), m["y"], line


_DATING_LABELS = frozenset(("venue", "conference"))
"""(Not ``year``: a BibTeX block's ``year={2022}`` below a ``[CoRL2021]`` tag reads so; not
``Published:``, which may date a summary or a translation of the paper.)"""


_YEAR_END = re.compile(r"\b(?:19|20)\d\d\)?\.?\s*$")
"""A venue line ends in its year (``Eurographics 2022``; not ``Room 2012, Bahen Centre``)."""


def _labelled_year(b: Block) -> tuple[int, str, int] | None:
    """The year a line labelled with the paper's venue gives (``* **Venue:** ICML 2023``),
    when the entry's own text dates it only by a date (``* **Time:** Apr 28, 2023``, a
    reading group's session); not a venue line that is itself a date (``Venue: Gates 104,
    February 3, 2023``, a room) or a talk (``Conference: talk at ICML 2022``)."""
    lines = lines_of(b.head)
    if not lines or F.find_year(plain(lines[0]))[0] is not None:
        return None
    for line in [*lines[1:], *b.details]:
        label, value = F.strip_label(plain(line).strip())
        named = label in _DATING_LABELS and value[:1].isupper() and _YEAR_END.search(value)
        year, said = F.find_year(value) if named else (None, None)
        if year and said and not DATE.search(value):
            return year, said, line[0].line
    return None


_LABEL_LEAD = re.compile(rf"\s*(?:\d{{1,3}}[.)]\s*)?\[\s*(?:{CITATION_LABEL.pattern})\s*\]")


def _label_year(b: Block) -> re.Match[str] | None:
    """A citation label dating the entry: a link's whole text (``[[Wu+, 19](url)]``) or the
    label opening the item (``1. [Mnih et al., 15] [Title](url)``)."""
    for r in b.head:
        if r.kind == "link" and (m := CITATION_LABEL.fullmatch(r.text.strip())):
            return m
    return _LABEL_LEAD.match(plain(b.head))


_PAREN_MONTH = re.compile(
    r"(?<![\w(\[])(?:\((?=\d{4}\))|(?P<sq>\[)(?=\d{4}\](?!\()))(?P<yy>[12]\d)(?P<mm>0[1-9]|1[0-2])[)\]]"
)
"""``(2302)``, ``[1411]``: a year and month in brackets (not a link's text)."""


def _id_month(b: Block, rest: str) -> re.Match[str] | None:
    """``(2302)`` where a list writes ``(2023)`` for other entries: the year and month in
    brackets, when they are those of the entry's own arXiv ID (``2302.03482``), not a number."""
    m = _PAREN_MONTH.search(rest)
    months = {i[:4] for i in arxiv_ids(b.head) if "/" not in i}
    headed = m is not None and m["sq"] is not None and b.ctx.year is not None  # ``## CVPR 2015``
    return m if m and m["yy"] + m["mm"] in months and not headed else None


_LEAD_MONTH = re.compile(r"\s*(?P<yy>1[3-9]|2\d)\.(?P<mm>0[1-9]|1[0-2])\s+(?=[\[(*_A-Za-z])")
"""``25.03 [Title](url)``, ``24.03 (NeurIPS24)[Title](url)``: a two-digit year and padded
month opening an item, before its title (not a score or size after it: ``Title 23.05 AP``)."""


def _before_its_paper(lead: re.Match[str], b: Block) -> bool:
    """The year opening the item comes before its own arXiv ID's year (``14.10`` over
    ``1706.03762``): not the paper's date (a month or two early is a venue's date)."""
    ids = [i for i in arxiv_ids(b.head) if "/" not in i]
    return bool(ids) and lead["yy"] < min(ids)[:2]


def arxiv_month(year: int | None, said: str | None, paper_url: str, ev: dict[str, str]):
    """``2012`` in a date column, ``## arxiv2002`` over the entry: the arXiv month (YYMM) a
    list wrote where a year goes, when it is the month of the entry's own arXiv ID (ID
    ``2012.04412`` is December 2020: the year 2012 it cannot be); else ``year``."""
    ref = arxivid.from_url(paper_url) if year and said else None
    month = ref.base_id[:4] if ref is not None and "/" not in ref.base_id else ""
    if not month or str(year) != month or not re.search(rf"(?<!\d){month}(?!\d)", said or ""):
        return year
    ev["year"] = f"{ev.get('year', 'context')} (the arXiv month of its ID)"
    return 2000 + int(month[:2])


def venue_of(b: Block, cells: dict[str, list[Run]], rest: str, ev: dict[str, str]):
    """The entry's venue (with its year when given) and its line; ``ev`` gets the evidence."""
    for role in ("venue", "venue+year"):
        if role in cells:
            text = plain(cells[role]).strip()
            if text and not is_placeholder(text) and not F.is_generic(text):
                name, year = F.find_venue(text)
                if name is None and F.context_facts(text) != (None, None):
                    continue  # a date, not a venue
                ev["venue"] = f"{role.replace('+', ' & ')} column"
                return (text if name is None else f"{name} {year or ''}".strip()), b.line
    name, year = F.find_venue(rest)
    if name:
        ev["venue"] = "entry text"
        return f"{name} {year or ''}".strip(), _line_of(b, name)
    name, year, said = _hint(b)
    if name and F.find_year(rest)[0] in (None, year):  # not ``(2017)`` beside ``"CVPR2018"``
        ev["venue"] = f"hover text of a link '{said}'"
        return f"{name} {year or ''}".strip(), b.line
    if b.ctx.venue:  # ``## NeurIPS 2020`` over ``Title, *Vancouver 2020*``
        ev["venue"] = b.ctx.venue_ev or "context"
        return f"{b.ctx.venue} {b.ctx.year or ''}".strip(), None
    italic = IV.in_line(b.head)
    if italic:
        ev["venue"] = f"italic venue after the title '{italic[2]}'"
        return f"{italic[0]} {italic[1]}", b.line
    return None, None


def _hint(b: Block) -> tuple[str | None, int | None, str]:
    """The venue and year the hover text of the entry's paper link names (``[[paper]](url
    "CVPR2018")``, ``"arXiv2018"``): a known venue with its year, or arXiv's
    (:func:`~pipeline.formats.contextfacts.context_facts`); not an update, an access or a revision
    date, and not a code link's hover."""
    for r in b.head:
        if r.kind != "link" or not r.hint or F.link_role(r) != "paper":
            continue
        year, venue = context_facts(r.hint)
        if year and (venue or ARXIV_YEAR.match(r.hint.strip())):
            return venue, year, r.hint
    return None, None, ""


def _line_of(b: Block, said: str) -> int | None:
    for line in [b.head, *b.details]:
        if said and said in "".join(r.text for r in line):
            return line[0].line if line else None
    return b.line


def _venue_said(b: Block, date: int) -> tuple[str | None, int | None]:
    """A venue that publishes the row's paper dated ``date``, named by a badge
    (``Conference-CVPR'24``) or by a cell that holds only it (``ACL2022``): not one that a
    note, a link's text or a sentence mentions."""
    texts = [F.badge_text(r) for r in b.head if r.image]
    texts += [t for t in (plain(cell).strip() for _, cell in b.row) if len(t.split()) <= 3]
    found = (venue_after_date(t, date) for t in texts if t)
    return next((hit for hit in found if hit[0]), (None, None))


def _without_note_dates(b: Block, rest: str) -> str:
    """``- [2023-03-09](topics/bdds.md): [“Title”](url) (Names, 2005)``: a day linked to the
    list's own note on the paper is the day it was read, not the paper's."""
    for r in links_of(b.head):
        own = not r.url.startswith(("http://", "https://", "#")) and r.url.endswith(".md")
        if own and DATE.fullmatch(r.text.strip()):
            rest = rest.replace(r.text.strip(), " ", 1)
    return rest


def _own_line_date(b: Block, said: str | None) -> tuple[int, str] | None:
    """``- Fri, 31 Mar 2017 [Title](url)`` over notes that name other years (``CuratedTREC
    2015``): a date leading the entry's own line, before its link, beats a year found only in
    its notes (not one inside a title: ``### Attribution Of The 2018 October to December ...``),
    and so does a Harvard citation's year after its names (:func:`~pipeline.formats.harvard.harvard_year`)."""
    if not b.details or not said or said in plain(b.head) or VENUE_RE.search(said):
        return None  # (``NIPS 2014``, ``Accepted at ICLR 2020`` in the notes: the venue's)
    first = next((i for i, r in enumerate(b.head) if r.kind == "link"), 0)
    m = DATE.search(plain(b.head[:first]))
    if m is None and (cited := harvard_year(plain(b.head[:first]))):
        return int(cited["y"]), cited.group().strip(" ,")  # ``Tong, K. and Gao, Y., 2024. [T](u)``
    return (date_year(m), m.group(0)) if m else None
