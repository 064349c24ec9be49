"""Writing a new entry in a list's own layout, by imitating an existing entry.

No layout has a fixed output format here. The new entry is the text of a neighbouring
entry (the *template*) with the template's own facts replaced by the new paper's: the
title, the arXiv ID (wherever it appears: paper link, badge, link text), the code link
(and the ``owner/repo`` of its badges), the year and venue (in the template's own style:
``CVPR 2024``, ``CVPR'24``, ``2024-05``), the authors (as many as the template shows,
``et al.`` kept). A line of the template that keeps prose of its own paper and none of
these facts (an abstract, a TL;DR) is left out. Pure: text in, text out; whoever calls
:func:`render` checks the result by reading it back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from pipeline import arxivid
from pipeline.formats.common import is_placeholder, venue_in
from pipeline.model import PaperEntry
from pipeline.urls import repo_of

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_RULE_LINE = re.compile(r"^\s*([*\-_=])(?:\s*\1){2,}\s*$")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
_LABELS = frozenset(
    "paper pdf arxiv code github project page website link links venue year time date "
    "authors author title periodical conference journal official star stars none nbsp "
    "emsp br sub sup details summary span style nowrap white space badge img shields et al "
    "and in at of preprint reference python pytorch tensorflow implementation slides video "
    "blog bibtex cite citation homepage openreview proceedings download repo repository "
    "octocat pages".split()
)


@dataclass(frozen=True)
class NewEntry:
    """The facts of the paper to write."""

    arxiv_id: str
    title: str
    published: date
    year: int
    """The year to write (arXiv v1's, or the venue's where the list writes venue years)."""
    authors: tuple[str, ...] = ()
    venue: str | None = None
    """Acronym only, e.g. ``CVPR``."""
    venue_year: int | None = None
    code: str | None = None
    short_name: str | None = None
    paper_url: str = ""
    """The arXiv link to write where the template links its paper elsewhere."""


@dataclass(frozen=True)
class Span:
    """The lines (0-based, end exclusive) an entry's text takes in the list."""

    start: int
    end: int


def spans(lines: Sequence[str], entries: Sequence[PaperEntry]) -> list[Span]:
    """The text span of each entry (in list order): its first field line through its block.

    A table row is one line. Otherwise the block runs from the first line naming one of
    the entry's fields to its last, then on through non-blank lines that are not another
    entry, a heading or a rule line (``****``, ``---``).
    """
    starts = sorted({_first_line(e) for e in entries})
    out = []
    for e in entries:
        start = _first_line(e)
        last = max(_field_lines(e))
        if e.layout != "table":
            later = [s for s in starts if s > start]
            stop = min(later) if later else len(lines)
            while last + 1 < stop and _continues(lines[last + 1]):
                last += 1
        out.append(Span(start, last + 1))
    return out


def _field_lines(e: PaperEntry) -> list[int]:
    lines = [e.line, e.year_line, e.venue_line]
    lines += [link.line for link in (e.paper, e.code, e.project) if link is not None]
    return [n - 1 for n in lines if n]


def _first_line(e: PaperEntry) -> int:
    return min(_field_lines(e))


def _continues(line: str) -> bool:
    return bool(line.strip()) and not _RULE_LINE.match(line) and not _HEADING.match(line)


def render(template: Sequence[str], entry: PaperEntry, new: NewEntry) -> list[str] | None:
    """The template entry's lines rewritten for ``new``; None when it cannot serve.

    A template serves when its title and its paper link can be found in its text (the
    two facts every entry must carry over); a paper link that is not arXiv's becomes
    ``new.paper_url``.
    """
    if entry.paper is None or not entry.paper.url:
        return None
    ref = arxivid.find(entry.paper.url)
    if ref is None or not ref.valid:
        template = [line.replace(entry.paper.url, new.paper_url) for line in template]
        old_id = new.arxiv_id
    else:
        old_id = ref.base_id
    table = entry.layout == "table"
    out: list[str] = []
    title_done = False
    for line in template:
        fixed, touched = _rewrite(line, entry, new, old_id, table)
        title_done = title_done or entry.title in line
        if not touched and _residue(fixed, new):
            continue  # a line of the template's own paper only (abstract, authors, notes)
        if _residue(fixed, new) or _foreign(fixed, new):
            return None  # the line keeps words, years or links of the template's paper
        out.append(fixed)
    return out if title_done else None


def _foreign(line: str, new: NewEntry) -> bool:
    """True when ``line`` links something that is not the new paper's or names another year."""
    ours = [new.arxiv_id, *(["/".join(r) for r in [repo_of(new.code or "")] if r])]
    for url in re.findall(r"https?://[^\s)\]\"'>]+", line):
        if any(o.lower() in url.lower() for o in ours) or url == new.code:
            continue
        image = re.search(r"img\.shields\.io/badge/|\.(svg|png|jpe?g|gif)(\?|$)", url)
        if not image or re.search(r"\d{4}\.\d{4,5}|github/stars/", url):
            return True
    plain = _strip_markup(line)
    for stamp in re.findall(r"(?<!\d)(?:19|20)\d{4,6}(?!\d)", plain):
        if not stamp.startswith(f"{new.published:%Y%m}"):
            return True
    years = {new.year, new.published.year, new.venue_year}
    return any(int(y) not in years for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", plain))


def _rewrite(
    line: str, entry: PaperEntry, new: NewEntry, old_id: str, table: bool
) -> tuple[str, bool]:
    """One template line with every fact of the template's paper replaced."""
    before = line
    title = _escape(new.title, table)
    line = line.replace(entry.title, title)
    line = re.sub(rf"{re.escape(old_id)}(?:v\d+)?", new.arxiv_id, line)
    line = _replace_code(line, entry, new)
    line = _replace_venue(line, entry, new)
    line = _replace_year(line, entry, new)
    line = _replace_authors(line, entry, new)
    if entry.short_name and new.short_name and entry.short_name not in entry.title:
        line = line.replace(entry.short_name, new.short_name)
    return line, line != before


def _escape(text: str, table: bool) -> str:
    text = text.replace("[", r"\[").replace("]", r"\]")
    return text.replace("|", r"\|") if table else text


def cells(line: str) -> int:
    """How many cells a table row has (escaped pipes are text)."""
    return len(re.split(r"(?<!\\)\|", line.strip().strip("|")))


def _residue(line: str, new: NewEntry) -> list[str]:
    """The words a rewritten line says besides the new paper's facts, labels and markup."""
    line = _strip_markup(line)
    for fact in (_escape(new.title, True), _escape(new.title, False), *new.authors):
        line = line.replace(fact, " ")
    words = re.findall(r"[^\W\d_]{2,}", line)
    mine = {new.venue, new.short_name}
    return [w for w in words if w.lower() not in _LABELS and w not in mine]


def _strip_markup(line: str) -> str:
    line = re.sub(r"\]\([^)]*\)", "]", line)
    return re.sub(r"<[^>]+>|https?://\S+", " ", line)


def _replace_code(line: str, entry: PaperEntry, new: NewEntry) -> str:
    code = entry.code
    if code is None or not new.code:
        return line
    if code.url and not is_placeholder(code.text):
        old_repo, new_repo = repo_of(code.url), repo_of(new.code)
        line = line.replace(code.url, new.code)
        if old_repo and new_repo:
            old, repo = re.escape("/".join(old_repo)), "/".join(new_repo)
            line = re.sub(rf"(?<![\w.-]){old}(?![\w.-])", repo, line, flags=re.IGNORECASE)
        return line
    if code.url is None and is_placeholder(code.text):  # "code:none" -> the URL
        return re.sub(rf"(?<![\w/]){re.escape(code.text)}(?![\w/])", new.code, line, count=1)
    return line


def _replace_venue(line: str, entry: PaperEntry, new: NewEntry) -> str:
    if not entry.venue or not new.venue or entry.venue not in line:
        return line
    found = venue_in(entry.venue)
    if not found:
        return line.replace(entry.venue, _venue_text(new), 1)
    m = re.search(r"(?<![A-Za-z])" + re.escape(found.split(" ")[0]), entry.venue)
    if m is None or re.search(r"[A-Za-z]{2,}", entry.venue[: m.start()] + entry.venue[m.end() :]):
        return line.replace(entry.venue, _venue_text(new), 1)  # "CVPR Workshop": words of its own
    styled = entry.venue[: m.start()] + new.venue + entry.venue[m.end() :]
    if new.venue_year is not None:
        styled = re.sub(r"(?:19|20)\d\d", str(new.venue_year), styled, count=1)
        styled = re.sub(r"(['’])\d\d(?!\d)", rf"\g<1>{new.venue_year % 100:02d}", styled, count=1)
    return line.replace(entry.venue, styled, 1)


def _venue_text(new: NewEntry) -> str:
    return f"{new.venue} {new.venue_year}" if new.venue_year else str(new.venue)


def _replace_year(line: str, entry: PaperEntry, new: NewEntry) -> str:
    text = entry.year_text
    if not text or entry.year_line is None or text not in line:
        return line
    if entry.venue and text in entry.venue:  # the venue text carries the year: done above
        return line
    at = line.index(text)
    if "arxiv" in line[max(0, at - 12) : at + len(text)].lower():  # "arXiv 2023": v1's year
        new = replace(new, year=new.published.year)
    return line.replace(text, date_like(text, new), 1)


def date_like(text: str, new: NewEntry) -> str:
    """``new``'s year (or date) written like ``text`` (``2024``, ``2024-05``, ``May 2024``)."""
    d = new.published
    text = re.sub(r"(?:19|20)\d\d([-./])\d{1,2}\1\d{1,2}", rf"{d:%Y}\g<1>{d:%m}\g<1>{d:%d}", text)
    text = re.sub(r"((?:19|20)\d\d)([-./])(\d{1,2})(?![\d])", rf"{d:%Y}\g<2>{d:%m}", text)
    month = "|".join(_MONTHS)
    text = re.sub(rf"\b(?:{month})[a-z]*\.?(?=\s*(?:19|20)\d\d)", _MONTHS[d.month - 1], text)
    if re.search(r"(?:19|20)\d\d", text) and not re.search(rf"{d:%Y}[-./]{d:%m}", text):
        text = re.sub(r"(?:19|20)\d\d", str(new.year), text, count=1)
    return text


def _replace_authors(line: str, entry: PaperEntry, new: NewEntry) -> str:
    names = [a for a in entry.authors if "et al" not in a.lower()]
    if not names or not new.authors or names[0] not in line or names[-1] not in line:
        return line
    start = line.index(names[0])
    end = line.index(names[-1], start) + len(names[-1])
    between = line[start:end]
    sep = " and " if " and " in between and "," not in between else ", "
    shown = list(new.authors[: len(names)])
    text = sep.join(shown)
    rest = line[end:]
    etal = re.match(r"\s*,?\s*(?:and\s+)?et\.? al\.?", rest)
    if etal is None and len(new.authors) > len(names):
        text += ", et al."
    elif etal is not None and len(new.authors) <= len(names):
        rest = rest[etal.end() :]
    return line[:start] + text + rest
