"""``paperlist add``: a new paper written into a list in the list's own layout.

The facts come from the sources (arXiv for title, authors and dates; venue evidence from
arXiv's journal_ref/comment, else the venue sources; the official code from a code
finder such as the Hugging Face Papers API, else a GitHub link the abstract gives). The
text comes from the list: the new entry imitates the nearest existing entry of the target
section (:mod:`pipeline.formats.write`) and is placed where the section's order puts it.
Every addition is read back with the same reader before it is offered: an entry that
would not read as the paper it describes is never written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path

from pipeline import arxivid, titles
from pipeline.checks.context import paper_ref, venue_years
from pipeline.checks.venues import VENUE_ALIASES, venue_evidence
from pipeline.errors import PipelineError
from pipeline.formats.common import is_placeholder
from pipeline.formats.write import NewEntry, Span, cells, render, spans
from pipeline.model import ArxivMiss, ArxivRecord, MissReason, PaperEntry, ParsedList
from pipeline.parse import parse_text
from pipeline.sources.interface import CodeSource, MetadataSource, VenueSource
from pipeline.venuetext import venue_key

CodeFinder = Callable[[str], str | None]
"""``finder(arxiv_id)``: the paper's official repository URL, or None when not known."""

_CODE_IN_TEXT = re.compile(r"https?://github\.com/[\w.-]+/[\w.-]+[\w-]", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_WORD = re.compile(r"[a-z][a-z0-9-]{2,}")
_STOP = frozenset("the and for with via using from into towards toward based learning".split())


class AddError(PipelineError):
    """The paper cannot be added (already listed, unknown to arXiv, no usable neighbour)."""


@dataclass(frozen=True)
class AddSources:
    """Where the facts come from; ``venues`` and ``code`` are optional."""

    arxiv: MetadataSource
    venues: VenueSource | None = None
    code: CodeFinder | None = None


@dataclass(frozen=True)
class PaperFacts:
    """What the sources say about the paper to add."""

    record: ArxivRecord
    venue: str | None = None
    venue_year: int | None = None
    venue_source: str | None = None
    code: str | None = None


@dataclass(frozen=True)
class Addition:
    """The list's text with the new entry, and where it went."""

    text: str
    line: int
    """1-based line of the new entry's first line in ``text``."""
    section: str | None
    template_line: int


def wanted_id(text: str) -> str:
    """The base arXiv ID of an ID or arXiv URL; AddError when it is neither."""
    ref = arxivid.find(text.strip())
    if ref is None:
        raise AddError(f"'{text}' is not an arXiv ID or arXiv URL (e.g. 2311.12908)")
    if not ref.valid:
        raise AddError(f"'{text}' cannot be an arXiv ID: {ref.problem}")
    return ref.base_id


def fetch(arxiv_id: str, sources: AddSources) -> PaperFacts:
    """The paper's metadata, venue evidence and official code."""
    got = sources.arxiv.resolve_all([arxiv_id]).get(arxiv_id)
    if isinstance(got, ArxivMiss) or got is None:
        if got is not None and got.reason is MissReason.NOT_FOUND:
            raise AddError(f"arXiv does not know {arxiv_id}; check the ID")
        detail = got.detail if got is not None else "no answer"
        raise AddError(f"could not ask arXiv about {arxiv_id} ({detail}); try again later")
    ev = venue_evidence(got)
    if ev is None and sources.venues is not None:
        ev = sources.venues.venues({arxiv_id: got.title}).get(arxiv_id)
    code = sources.code(arxiv_id) if sources.code else None
    if code is None:
        found = _CODE_IN_TEXT.search(" ".join(filter(None, [got.comment, got.summary])))
        code = found.group(0) if found else None
    return PaperFacts(
        record=got,
        venue=VENUE_ALIASES.get(ev.venue, ev.venue) if ev else None,
        venue_year=ev.year if ev else None,
        venue_source=ev.source if ev else None,
        code=code,
    )


def already_listed(parsed: ParsedList, facts: PaperFacts) -> PaperEntry | None:
    """The entry that already is this paper (same arXiv ID, or the same title)."""
    for e in parsed.entries:
        ref = paper_ref(e)
        if ref is not None and ref.base_id == facts.record.arxiv_id:
            return e
        if titles.compare(facts.record.title, e.title).verdict is titles.Verdict.SAME:
            return e
    return None


def sections(parsed: ParsedList) -> dict[str | None, list[PaperEntry]]:
    """The list's entries by section, in order of appearance."""
    out: dict[str | None, list[PaperEntry]] = {}
    for e in parsed.entries:
        out.setdefault(e.section, []).append(e)
    return out


def choose_section(parsed: ParsedList, facts: PaperFacts, name: str | None) -> str | None:
    """The section named ``name`` (case-insensitive), else the one the paper fits best."""
    groups = sections(parsed)
    if name is not None:
        wanted = " ".join(name.split()).casefold()
        for exact in (True, False):
            for section in groups:
                have = " ".join((section or "").split()).casefold()
                if have == wanted if exact else wanted in have:
                    return section
        names = ", ".join(f"'{s}'" for s in groups if s)
        raise AddError(f"no section '{name}' in {parsed.path}; its sections are: {names}")
    return max(groups, key=lambda s: (_fit(s, groups[s], facts), len(groups[s])))


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


def _fit(section: str | None, entries: Sequence[PaperEntry], facts: PaperFacts) -> float:
    """How well the paper fits a section: its name's year/venue, then shared words."""
    score = 0.0
    name = section or ""
    years = venue_years(name) | {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", name)}
    year = facts.venue_year or facts.record.published.year
    if years:
        score += 3 if year in years else -3
    key = venue_key(name)
    if key is not None:
        score += 3 if key[0] == facts.venue else -3
    mine = _words(facts.record.title)
    theirs = _words(name + " " + " ".join(e.title for e in entries))
    return score + len(mine & theirs) / (len(mine) or 1)


def new_entry(parsed: ParsedList, facts: PaperFacts) -> NewEntry:
    """The facts as they will be written: the year as the list writes years."""
    rec = facts.record
    year = rec.published.year
    if facts.venue_year is not None and _writes_venue_years(parsed.entries):
        year = facts.venue_year
    head = rec.title.split(":", 1)[0].strip()
    short = head if ":" in rec.title and len(head.split()) <= 2 else None
    return NewEntry(
        arxiv_id=rec.arxiv_id,
        title=" ".join(rec.title.split()),
        published=rec.published,
        year=year,
        authors=rec.authors,
        venue=facts.venue,
        venue_year=facts.venue_year,
        code=facts.code,
        short_name=short,
        paper_url=_arxiv_style(parsed.entries).format(rec.arxiv_id),
    )


def _arxiv_style(entries: Sequence[PaperEntry]) -> str:
    """The arXiv link form most of the list's entries use (``abs/ID``, ``pdf/ID.pdf``)."""
    counts: dict[str, int] = {}
    for e in entries:
        ref = paper_ref(e)
        if ref is None or e.paper is None or not e.paper.url:
            continue
        url = re.sub(r"^http://", "https://", e.paper.url.strip())
        form = re.sub(rf"{re.escape(ref.base_id)}(?:v\d+)?", "{}", url, count=1)
        if form.startswith("https://arxiv.org/") and "{}" in form:
            counts[form] = counts.get(form, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else "https://arxiv.org/abs/{}"


def _writes_venue_years(entries: Sequence[PaperEntry]) -> bool:
    """True when most entries that name a venue year give that year as their year."""
    pairs = [(e.year, venue_years(e.venue)) for e in entries if e.year and venue_years(e.venue)]
    return sum(1 for y, vy in pairs if y in vy) * 2 > len(pairs) if pairs else False


def usable(e: PaperEntry) -> bool:
    """An entry fit to imitate: an arXiv paper link whose text agrees with its target,
    and no placeholder text that links somewhere."""
    if e.paper is None or not e.paper.url or e.malformed:
        return False
    ref = paper_ref(e)
    shown = arxivid.find(e.paper.text)
    if shown is not None and (ref is None or shown.base_id != ref.base_id):
        return False
    return not (e.code and e.code.url and is_placeholder(e.code.text))


def ranked_templates(entries: Sequence[PaperEntry], near: int, new: NewEntry) -> list[PaperEntry]:
    """Usable entries, those with the same kinds of fields as the new one first,
    then the nearest to position ``near``."""

    def score(item: tuple[int, PaperEntry]) -> tuple[int, int]:
        i, e = item
        has_code = bool(e.code and e.code.url and not is_placeholder(e.code.text))
        has_venue = venue_key(e.venue) is not None
        same = 4 * (has_code == bool(new.code)) + 2 * (has_venue == bool(new.venue))
        same += bool(e.short_name) == bool(new.short_name)
        return (-same, abs(i - near))

    return [e for _, e in sorted(enumerate(entries), key=score) if usable(e)]


def position(entries: Sequence[PaperEntry], year: int) -> int:
    """Index in ``entries`` before which the new entry goes (len = after the last).

    A section ordered newest first gets the paper before the first entry of its year
    or older; oldest first, after the last entry of its year or older; else at the end.
    """
    years = [e.year for e in entries if e.year is not None]
    if len(years) < 2:
        return len(entries)
    if all(a >= b for a, b in pairwise(years)) and years[0] > years[-1]:
        return next((i for i, e in enumerate(entries) if e.year and e.year <= year), len(entries))
    if all(a <= b for a, b in pairwise(years)):
        return next((i for i, e in enumerate(entries) if e.year and e.year > year), len(entries))
    return len(entries)


def _gap(lines: Sequence[str], ranges: Sequence[Span], prefer: int) -> list[str] | None:
    """The lines between two entries (separator, blank lines) of ``ranges``, if any."""
    for i in [prefer, *range(len(ranges) - 1)]:
        if 0 <= i < len(ranges) - 1:
            gap = list(lines[ranges[i].end : ranges[i + 1].start])
            if len(gap) <= 3 and not any(re.search(r"\w", _TAG.sub("", g)) for g in gap):
                return gap
    return None


def _pairs(parsed: ParsedList, by_entry: dict[int, Span], tpl: PaperEntry) -> list[Span]:
    """Spans of the list's entries in ``tpl``'s layout, in list order (a gap between
    two of them that crosses a heading has words, so it is never taken)."""
    return [by_entry[id(e)] for e in parsed.entries if e.layout == tpl.layout]


def plan_add(
    text: str, parsed: ParsedList, facts: PaperFacts, section: str | None = None, fmt: str = "auto"
) -> Addition:
    """The list's text with the paper added; AddError when it is listed or cannot be written.

    ``parsed`` is ``text`` as read with layout ``fmt``. Templates are tried nearest
    first; the first whose result reads back as the new paper wins.
    """
    dup = already_listed(parsed, facts)
    if dup is not None:
        raise AddError(
            f"{parsed.path}:{dup.line}: {facts.record.arxiv_id} is already in the list "
            f"('{dup.title}'); nothing added"
        )
    target = choose_section(parsed, facts, section)
    new = new_entry(parsed, facts)
    group = sections(parsed)[target]
    lines = text.splitlines(keepends=True)
    nl = "\r\n" if text.count("\r\n") * 2 > text.count("\n") else "\n"
    by_entry = dict(zip(map(id, parsed.entries), spans(lines, parsed.entries), strict=True))
    ranges = [by_entry[id(e)] for e in group]
    at = position(group, new.year)
    others = [e for e in parsed.entries if e.section != target]
    for tpl in ranked_templates(group, at, new) + ranked_templates(others, 0, new):
        span = by_entry[id(tpl)]
        if not _same_shape(lines, tpl, group[0]):
            continue
        body = render([x.rstrip("\r\n") for x in lines[span.start : span.end]], tpl, new)
        if not body:
            continue
        near = next((i for i, e in enumerate(group) if e is tpl), at)
        gap = _gap(lines, ranges, near)
        gap = _gap(lines, _pairs(parsed, by_entry, tpl), 0) if gap is None else gap
        gap = gap if gap is not None else ([] if tpl.layout == "table" else [nl])
        gap = [nl if not g.strip() else g for g in gap]
        after, first = _insert(lines, ranges, at, [b + nl for b in body], gap, nl)
        if _reads_back(after, parsed, new, tpl, target, fmt):
            return Addition(after, first + 1, target, tpl.line)
    raise AddError(
        f"{parsed.path}: no entry of section '{target or '(top)'}' could serve as a model "
        "for the new one (each needs a title and an arXiv paper link); add it by hand"
    )


def _same_shape(lines: Sequence[str], tpl: PaperEntry, neighbour: PaperEntry) -> bool:
    """A template from elsewhere serves only in the same layout (a row: as many cells)."""
    if tpl.layout != neighbour.layout:
        return False
    if tpl.layout != "table":
        return True
    return cells(lines[tpl.line - 1]) == cells(lines[neighbour.line - 1])


def _insert(
    lines: list[str], ranges: Sequence[Span], at: int, body: list[str], gap: list[str], nl: str
) -> tuple[str, int]:
    """``body`` placed before entry ``at`` of the section (or after its last entry)."""
    out = list(lines)
    if at < len(ranges):
        pos, chunk, first = ranges[at].start, body + gap, ranges[at].start
    else:
        pos = ranges[-1].end
        chunk, first = gap + body, pos + len(gap)
        if 0 < pos <= len(out) and not out[pos - 1].endswith(("\n", "\r")):
            out[pos - 1] += nl
    out[pos:pos] = chunk
    return "".join(out), first


def _reads_back(
    after: str, parsed: ParsedList, new: NewEntry, tpl: PaperEntry, target: str | None, fmt: str
) -> bool:
    """True when ``after`` reads as the old entries plus one that is the new paper."""
    try:
        again = parse_text(after.removeprefix("\ufeff"), parsed.path, fmt)
    except PipelineError:
        return False
    mine = [e for e in again.entries if (r := paper_ref(e)) and r.base_id == new.arxiv_id]
    if len(again.entries) != len(parsed.entries) + 1 or len(mine) != 1:
        return False
    got = mine[0]
    rest = [e.title for e in again.entries if e is not got]
    checks = [
        rest == [e.title for e in parsed.entries],
        titles.compare(new.title, got.title).verdict is titles.Verdict.SAME,
        got.section == target,
    ]
    if new.code and tpl.code and tpl.code.url:
        checks.append(bool(got.code) and got.code.url == new.code)
    if new.venue and venue_key(tpl.venue):
        checks.append((venue_key(got.venue) or ("",))[0] == new.venue)
    if tpl.year is not None:
        checks.append(got.year == new.year)
    return all(checks)


def add_to_file(
    path: str, paper: str, sources: AddSources, section: str | None = None, fmt: str = "auto"
) -> tuple[str, str, Addition]:
    """``(text before, text after, addition)`` for adding ``paper`` to the list at ``path``."""
    from pipeline.run import read_list
    from pipeline.write import read_list_file

    arxiv_id = wanted_id(paper)
    parsed = read_list(path, fmt=fmt)
    original = read_list_file(Path(path)).text
    facts = fetch(arxiv_id, sources)
    body = original.removeprefix("\ufeff")
    addition = plan_add(body, parsed, facts, section, fmt)
    after = ("\ufeff" if original.startswith("\ufeff") else "") + addition.text
    return original, after, replace(addition, text=after)


def code_finder(source: CodeSource | None) -> CodeFinder | None:
    """A finder asking ``source`` (Hugging Face Papers) for one paper's repository."""
    if source is None:
        return None

    def find(arxiv_id: str) -> str | None:
        got = source.official_code([arxiv_id]).get(arxiv_id)
        return got.repo_url if got is not None else None

    return find
