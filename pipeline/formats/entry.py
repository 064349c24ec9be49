"""An entry from a block: each field chosen by role, with the evidence that decided it.

Title (a title column, bold text, a linked title), short name, paper link (arXiv first),
year (a year column, the entry's own words, its headings), venue, code (a repository over
a project page), authors. A block that links a paper but has no readable title becomes
an :class:`~pipeline.model.UnreadBlock`. Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol

from pipeline import arxivid
from pipeline.formats import belowtitle as BL
from pipeline.formats import fields as F
from pipeline.formats import namelines as N
from pipeline.formats import rowcells as RC
from pipeline.formats import whenwhere as W
from pipeline.formats import wrapping as WR
from pipeline.formats.affiliations import without_affiliations, without_notes
from pipeline.formats.bibtex import bibtex_title
from pipeline.formats.blocks import Block, block_title, cited_link, has_paper, links_of
from pipeline.formats.codelinks import code_of
from pipeline.formats.components import component, shared_components
from pipeline.formats.headyear import (
    before_its_paper,
    read_months,
    title_checked,
    unchecked_group_years,
)
from pipeline.formats.links import repaired_paper
from pipeline.formats.mentions import why_not_an_entry
from pipeline.formats.namedid import named_arxiv_id
from pipeline.formats.nameleads import without_name_leads
from pipeline.formats.neighbours import (
    HOME_PAGE,
    shared_home_pages,
    without_ranks,
    without_year_prefixes,
)
from pipeline.formats.preface import own_groups, preface_of
from pipeline.formats.resttext import rest_text
from pipeline.formats.rowcells import name_cell, papers_only, venue_labelled
from pipeline.formats.runs import Run, plain
from pipeline.formats.tailyears import closing_tag_years, comma_venue_years, counted_keys
from pipeline.model import LinkRef, PaperEntry, UnreadBlock
from pipeline.titles import compact

GUESSED_COLUMN = "first text column"
"""Evidence of a title from a table's first text column when no header names titles."""


def _year(
    b: Block, cells: dict[str, list[Run]], rest: str, title: F.TitleGuess, ev: dict[str, str]
):
    """The entry's year, its text and line: what its text says, else a citation's year
    closing its title (``[Title, Hausknecht and Stone, 2015. (DRQN)](url)``)."""
    said = W.year_of(b, cells, rest, ev)
    return said if said[0] is not None else W.title_year(title.title, title.line, ev)


def to_entry(
    b: Block, path: str, shared: frozenset[str] = frozenset()
) -> PaperEntry | UnreadBlock | None:
    """The entry a block describes; ``None`` when it links no paper. ``shared``: the list's
    component repositories (:func:`~pipeline.formats.components.shared_components`)."""
    cells = b.cells or {}
    all_runs = b.head + [r for d in b.details for r in d]
    links = links_of(all_runs)
    paper, paper_ev = _paper([repaired_paper(r) or r for r in links], cells, all_runs, b.row)
    title = _title(b, cells)
    if paper is None and b.paper_link is not None:
        paper, paper_ev = b.paper_link, "title link (the list's other titles link papers)"
    if paper is None:
        return _searched(links, title, path)
    if title is None:
        return UnreadBlock(path, b.line, "no title found", plain(b.head)[:200], (paper.url,))
    reason = why_not_an_entry(title, b)
    if reason is not None:
        return UnreadBlock(path, title.line, reason, title.title[:200] or paper.url, (paper.url,))
    ev: dict[str, str] = {"title": title.evidence, "paper": paper_ev}
    short = _short_name(title, cells, ev)
    rest = rest_text(b, title)
    year, year_text, year_line = _year(b, cells, rest, title, ev)
    year = W.arxiv_month(year, year_text, paper.url, ev)
    named_id = named_arxiv_id(plain(b.head), paper.url, ev) if b.cells or b.row else None
    venue, venue_line = W.venue_of(b, cells, rest, ev)
    code = code_of(links, all_runs, title.title, cells, ev, shared)
    code = code or _parent_code(b, ev, shared)
    project = next((r for r in links if F.link_role(r) == "project"), None)
    malformed = [r for r in links if F.link_role(r) == "malformed"]
    if malformed:
        ev["malformed_link"] = f"line {malformed[0].line}: ({malformed[0].url[:80]})"
    authors = _authors(b, cells)
    present = [
        n for n, v in (("paper", paper), ("code", code), ("year", year), ("venue", venue)) if v
    ]
    return PaperEntry(
        path=path,
        line=title.line,
        title=title.title,
        year=year,
        year_text=year_text,
        year_line=year_line,
        paper=_ref(paper),
        code=_ref(code) if code else None,
        venue=venue,
        venue_line=venue_line,
        section=b.ctx.section,
        fields=tuple(present),
        authors=authors,
        short_name=short
        if short and short != title.title and not _OUR_LABEL.match(short)
        else None,
        project=_ref(project) if project else None,
        evidence=tuple(ev.items()),
        layout=b.kind,
        malformed=tuple(LinkRef(r.text, r.url, r.line) for r in malformed),
        arxiv_text=named_id,
    )


def _short_name(title: F.TitleGuess, cells: dict[str, list[Run]], ev: dict[str, str]) -> str | None:
    """The short name: a name column's (a name, not the linked title itself), else the title's."""
    named = plain(cells.get("short", [])).strip("` *_")
    if re.search(r"[^\W_]", named) and title.title not in named:  # (not a ``-`` or a ``'``)
        ev["short_name"] = "name column"
        return named
    return title.short_name


_OUR_LABEL = re.compile(r"(?i)(?:our|my)\s+\w+$")  # ``Our survey: [Title](url)``: no name


def _ref(r: Run) -> LinkRef:
    """A link as the rules see it; a badge naming an arXiv ID shows that ID as its text."""
    text = r.text
    if r.image:
        m = arxivid.badge_id(r.image)
        text = f"arXiv:{m}" if m else text
    return LinkRef(text=text, url=r.url or None, line=r.line)


def _paper(
    links: list[Run], cells: dict[str, list[Run]], runs: list[Run], row: tuple = ()
) -> tuple[Run | None, str]:
    """The paper link: an arXiv link first (paper column, title column, anywhere), then
    any other paper link in the same order."""
    noted = {id(r) for r in links_of(cells.get("notes", []))}  # ``| [Lecture 1](x.pdf) |`` slides
    papers = [r for r in links if F.link_role(r) == "paper"]  # (not lecture notes on arXiv)
    pools = [
        (
            f"in the {role} column",
            [r for r in links_of(cells.get(role, [])) if F.link_role(r) == "paper"],
        )
        for role in ("paper", "title")
    ] + [("", [r for r in papers if id(r) not in noted])]
    for arxiv_only in (True, False):
        for where, pool in pools:
            found = [r for r in pool if not arxiv_only or arxivid.from_url(r.url)]
            found.sort(key=F.side_label)  # ``[slides](x.Slides.pdf) [paper](x.pdf)``: the paper
            if found:
                kind = "arXiv link" if arxiv_only else "paper link"
                badge = " (badge)" if found[0].image else ""
                return found[0], f"{kind}{badge} {where}".strip()
    page = RC.title_page(cells, links, row)
    if page is not None:
        return page, "title link (no arXiv or publisher link in the row)"
    cited = cited_link(runs)
    if cited is not None:
        return cited, "title link, cited with authors and a year (no arXiv or publisher link)"
    return None, ""


def _searched(links: list[Run], title: F.TitleGuess | None, path: str) -> UnreadBlock | None:
    """A titled block whose link to its paper is only a search for it: unread, no entry."""
    url = next((r.url for r in links if RC.search_page(r.url)), None)
    if url is None or title is None:
        return None
    why = "links a search for the paper, not the paper"
    return UnreadBlock(path, title.line, why, title.title[:200] or url, (url,))


def _title(b: Block, cells: dict[str, list[Run]]) -> F.TitleGuess | None:
    if "title" in cells:
        g = block_title(cells["title"]) or F.guess_title(cells["title"], cell=True)
        below = (
            N.cell_title_below(cells["title"], g.title) if g and g.evidence in N.NAME_LINK else None
        )
        if below is not None:  # ``**[Name](paper)**<br>Title``
            g = F.TitleGuess(below, g.title, "title below the name link in its cell", g.line)
        if g is not None and not venue_labelled(g, cells):
            return replace(g, evidence=f"title column ({g.evidence})")
    if cells or b.row:
        g = F.guess_title(cells.get("paper", []))
        if g is not None and not venue_labelled(g, cells):
            return replace(g, evidence=f"paper column ({g.evidence})")
        for n, (role, cell) in enumerate(b.row, 1):
            cell = papers_only(cell) if role == "links" else cell  # not a blog post's title
            g = F.guess_title(cell) if role in (None, "links") and has_paper(cell) else None
            if g is not None and "link" in g.evidence and len(g.title.split()) >= 3:
                return replace(g, evidence=f"the paper's link text, column {n}")
        short = F.guess_title(cells.get("short", []), cell=True)
        roles = [role for role, _ in b.row]
        beside = roles.index("short") + 1 if short is not None else len(roles)
        if beside < len(roles) and roles[beside] is None:  # ``Name | Summary`` tables
            g = F.guess_title(b.row[beside][1], cell=True)
            if (
                g is not None
                and BL.title_cased(g.title)
                and len(re.findall(r"\w{4,}", g.title)) >= 2
            ):
                return F.TitleGuess(
                    g.title, short.title, f"title-cased text, column {beside + 1}", g.line
                )
        if short is not None:
            return replace(short, evidence=f"short column ({short.evidence})")
        if (linked := _link_beside_empty_name(b, cells)) is not None:
            return linked
        for n, (role, cell) in enumerate(b.row, 1):  # (a ``Project / work`` column of titles)
            named = role is None or (role == "project" and _titled_text(cell))
            g = F.guess_title(cell, cell=True) if named else None
            if g is not None:
                g = WR.quote_closed(g, cell)  # ``Names, “Title`` / ``rest of it,” in ...``
                return replace(g, evidence=f"{GUESSED_COLUMN}, column {n} ({g.evidence})")
        if (named := name_cell(cells.get("short", []))) is not None:
            return named
    g = b.guess if b.guess is not None else block_title(b.head)
    return _bibtex_titled(g, b) or BL.named_below(g, b) or g


def _link_beside_empty_name(b: Block, cells: dict[str, list[Run]]) -> F.TitleGuess | None:
    """A name column whose cell holds no word while the row links its paper by name
    (``'| [VLAW](arxiv) | 2026.2 | ...``: a stray mark before the row shifted its cells):
    the paper link's text names the entry, whichever column it landed in."""
    if "short" not in cells or re.search(r"[^\W_]", plain(cells["short"])):
        return None
    for n, (role, cell) in enumerate(b.row, 1):  # (not an ``Authors`` cell's ``[Kawar et al.]``)
        g = F.guess_title(papers_only(cell)) if has_paper(cell) and role != "authors" else None
        cited = g is not None and re.search(r"\bet\.? al\b", g.title) is not None
        if g is not None and "link" in g.evidence and arxivid.find(g.title) is None and not cited:
            return replace(g, evidence=f"the paper's link text, column {n} (empty name column)")
    return None


def _titled_text(cell: list[Run]) -> bool:
    """A cell of text, no link, of three words or more (``**AlphaFold 3** — Accurate …``; not
    a name alone, ``Voyager``, whose description stands in a column of its own)."""
    return not links_of(cell) and len(plain(cell).split()) >= 3


def _content_words(text: str) -> set[str]:
    return set(re.findall(r"[^\W_]{4,}", text.lower()))


def _bibtex_titled(g: F.TitleGuess | None, b: Block) -> F.TitleGuess | None:
    """The title of the BibTeX fenced under the entry (``[A multivariate forecasting
    model](arxiv)`` over ``@inproceedings{... Title = {High-Dimensional ...}``): the paper's
    title as the list's own citation writes it, the link's name kept as its short name.
    Not another paper's (no word shared) nor a title the link already writes (most of the
    BibTeX title's words in it: ``OpenMoE: An Early Effort on ...``)."""
    cited = bibtex_title(b.details) if g is not None else None
    if cited is None or g is None or compact(cited) == compact(g.title):
        return None
    said, bib = _content_words(g.title), _content_words(cited)
    if not said & bib or len(said & bib) >= 0.6 * len(bib):
        return None  # another paper's BibTeX, or the list's own spelling of this title
    short = g.short_name or (g.title if len(g.title.split()) <= 2 else None)
    return F.TitleGuess(cited, short, "the BibTeX title below the entry", g.line)


def _parent_code(b: Block, ev: dict[str, str], shared: frozenset[str]) -> Run | None:
    """The repository of the tool's item over the paper's citation (:mod:`.toolrepo`)."""
    parent = b.ctx.parent_code
    if parent is None or component(parent, shared):
        return None
    ev["code"] = "repository link in the parent item"
    return parent


def _authors(b: Block, cells: dict[str, list[Run]]) -> tuple[str, ...]:
    text = plain(cells["authors"]) if "authors" in cells else ""
    after_summary = False
    for d in b.details:
        label, rest = F.strip_label(plain(d))
        if label and label.startswith("author"):
            text = rest
        elif after_summary:
            text = plain(d)
        after_summary = plain(d).strip().lower() in ("authors", "author")
    return tuple(a.strip() for a in text.replace(" and ", ",").split(",") if a.strip())


class ReadBlocks(Protocol):
    """What :func:`entries` needs of a reader: its path, its blocks and its unread list."""

    path: str
    blocks: list[Block]
    unread: list[UnreadBlock]
    dated: str | None  # the list's dated title, whose year its papers must agree with


def entries(reader: ReadBlocks) -> list[PaperEntry]:
    """Every block that links a paper (or a titled table row), as an entry."""
    shared = shared_components(reader.blocks)
    made = [(block, to_entry(block, reader.path, shared)) for block in reader.blocks]
    own = own_groups([(b, m) for b, m in made if isinstance(m, PaperEntry)])
    homes = shared_home_pages([m for _, m in made if isinstance(m, PaperEntry)])
    out, heads, above = [], [], None
    for block, m in made:
        if isinstance(m, PaperEntry) and m.paper and m.paper.url in homes:
            m = UnreadBlock(reader.path, m.line, HOME_PAGE, m.name[:200], (m.paper.url,))
        if isinstance(m, PaperEntry) and preface_of(block) in own:
            why = "in the list's introduction or news: the list's own paper, not an entry"
            urls = (m.paper.url,) if m.paper else ()
            m = UnreadBlock(reader.path, m.line, why, m.name[:200], urls)
        if isinstance(m, PaperEntry) and _figure_of(m, above):
            why = "a figure that links the paper of the entry above again"
            m = UnreadBlock(reader.path, m.line, why, m.name[:200], (m.paper.url,))
        above = block if isinstance(m, PaperEntry) else above
        if isinstance(m, UnreadBlock):
            reader.unread.append(m)
        elif m is not None:
            out.append(before_its_paper(m))  # not ``### YOLO family · 2016`` over YOLOv3
            heads.append(plain(block.head))
    out = title_checked(read_months(unchecked_group_years(out)), reader.dated)
    out = counted_keys(comma_venue_years(closing_tag_years(out, heads), heads), heads)
    out = without_notes(without_affiliations(out, heads))  # ``Title (UIUC)``, ``(thesis)``
    return without_year_prefixes(without_name_leads(without_ranks(out)))


def _figure_of(entry: PaperEntry, above: Block | None) -> bool:
    """An entry titled only by an image's alt text whose link is one the entry above
    already has (``[![eot: Figure 3](fig.png)](the paper's page)`` under its item)."""
    badge = dict(entry.evidence).get("title", "").startswith("badge")
    if above is None or entry.paper is None or not badge:
        return False
    return entry.paper.url in {r.url for d in [above.head, *above.details] for r in links_of(d)}
