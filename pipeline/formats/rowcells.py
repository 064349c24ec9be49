"""What a table row's cells say beyond their columns' roles (a cell of two papers, a name
column, a journal-named paper link). Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline import arxivid
from pipeline.formats import citations as C
from pipeline.formats import fields as F
from pipeline.formats import piped as PD
from pipeline.formats.blocks import has_paper, links_of
from pipeline.formats.celllines import byline_addresses, cited_lines, lined_papers
from pipeline.formats.common import (
    cited_by_authors,
    cites_authors,
    is_placeholder,
    mostly_capitalised,
)
from pipeline.formats.namedid import ARXIV_NAMED
from pipeline.formats.paperpages import PAPER_HOSTS
from pipeline.formats.pieces import without_note_lines
from pipeline.formats.runs import Run, lines_of, plain
from pipeline.formats.searchpages import profile_page, search_page
from pipeline.formats.sidepages import side_page
from pipeline.formats.tables import titled_link

Row = tuple[tuple[str | None, list[Run]], ...]
"""A table row: each cell with its column's role."""


def papers_in_one_cell(row: Row) -> list[Row]:
    """A row whose cell holds two papers or more, one titled paper link per line
    (``[[Ground Truth for GEC Metrics]](acl)<br>[[GLEU Without Tuning]](arxiv)``): one row
    per paper, the other cells shared; else the row itself."""
    for k, (role, cell) in enumerate(row):
        cell = without_note_lines(cell)  # ``[Title](url)<br><sub>data: ...; ...</sub><br>[T2]``
        pieces = lines = lines_of(cell)
        urls = {r.url for r in cell if r.kind == "link" and not _own_note(r)}
        by_line = 2 <= len(pieces) == len(urls) and all(_one_titled_paper(p) for p in pieces)
        shared = row
        if not by_line or not _distinct_titles(pieces):
            alone = not any(has_paper(c) for j, (r, c) in enumerate(row) if j != k and r != "notes")
            pieces = _named_papers(cell, cited=alone)  # references only as the row's papers
            shared = tuple((r, [] if r in _DATING else c) for r, c in row)
            if not pieces and alone and (role is None or (role == "title" and len(urls) > 1)):
                pieces, shared = lined_papers(lines, opening=role == "title"), row  # a year's
                pieces = pieces or cited_lines(lines)  # ``Names, *Venue*, 1970 [DOI](doi)<br>…``
        firsts = [[next(r for r in p if r.kind == "link")] for p in pieces if _links(p)]
        if len(pieces) >= 2 and (_distinct_titles(firsts) or _labelled_apart(firsts)):
            return [
                tuple(
                    (r, p if j == k else _its_part(c, len(pieces), i))
                    for j, (r, c) in enumerate(shared)
                )
                for i, p in enumerate(pieces)
            ]
    return [row]


_DATING = frozenset(("year", "venue", "venue+year"))
"""Cells that date a row: one date for papers named side by side in a cell is not known to
be each one's (``| DINO | [Emerging ...](arxiv); [DINOv2](arxiv) | 2021 |``)."""
_VERSION = re.compile(
    r"(?i)\b(?:version|extension|supplement\w*|supplementary materials?|appendix|journal|"
    r"camera[- ]ready|full paper|poster|slides?|video|talk|oral)\W*$"
)
"""``[Journal extension](url)``, ``[Supplementary Material](url)``, ``[IJRR Version](url)``:
the paper before it again, in another form (the word closes the link's text: ``[Video-LLaMA
2](url)`` and ``[Video Swin Transformer](url)`` are papers)."""


def _named_papers(cell: list[Run], *, cited: bool = True) -> list[list[Run]]:
    """``[FedDAT](arxiv), [AAAI'24 version](acm); [RaFFM](arxiv); [FedKC](acm)``: papers
    named by their links' texts and separated by semicolons, each piece with its own other
    links (another version, its code); with no semicolon, titled links with only a comma or
    ``and`` between them (``[Title A](arxiv) and [Title B](arxiv)``), each of three words or
    more (not names listed for reference); with ``cited``, author-year links (a references
    cell). None when a piece opens with no named paper link."""
    pieces: list[list[Run]] = [[]]
    listed = ";" not in plain(cell) and "；" not in plain(cell)  # else the semicolons part them
    spaced = False  # two links with only spaces between: each names its own venue and year
    for r in cell:
        gap = listed and r.kind == "text" and _TITLES_GAP.match(r.text.strip()) is not None
        spaced = spaced or (gap and not r.text.strip())
        parts = ["", ""] if gap else re.split(r"[;；]", r.text) if r.kind == "text" else [r.text]
        for j, part in enumerate(parts):
            if j:
                pieces.append([])
            if part.strip() or r.kind != "text":
                pieces[-1].append(r if len(parts) == 1 else replace(r, text=part))
    pieces = [p for p in pieces if any(r.kind == "link" for r in p)]
    firsts = [next(r for r in p if r.kind == "link") for p in pieces]
    named = all(
        F.link_role(r) == "paper"
        and F.title_like(r.text)
        and not (F.is_generic(r.text) or C.is_context_text(r.text) or _VERSION.search(r.text))
        for r in firsts
    )
    titles = all(
        len(r.text.split()) >= 3 and not PD.other_form(r.text, later=i > 0)
        for i, r in enumerate(firsts)
    )
    distinct = len({arxivid.paper_key(r.url) or r.url for r in firsts}) == len(firsts)
    cited = cited and listed and distinct and all(_cited_paper(r) for r in firsts)
    named = named and ((titles and distinct) or not listed)
    named = named and not (spaced and not all(F.find_venue(r.text)[1] for r in firsts))
    return pieces if len(pieces) >= 2 and (named or cited) else []


def _links(piece: list[Run]) -> bool:
    return any(r.kind == "link" for r in piece)


def _cited_paper(r: Run) -> bool:
    """``[Crankshaw et al. (2017)](usenix)``: a paper link named by its authors and year, as
    a references cell lists them (``| Dynamic Batching | ... | [A et al. (2017)](a), [B et
    al. (2020)](b) |``): each one paper of its own."""
    return cited_by_authors(r.text) and F.link_role(r) == "paper"


_GAP = r"[,，、]\s*(?:and\s+)?|\s*and\s+"
_LIST_GAP = re.compile(rf"^\s*(?:{_GAP})$")
_TITLES_GAP = re.compile(r"^(?:[,，、](?:\s*and)?|and|\+)?$")  # (of the stripped text: linear)
"""What stands between papers listed in one cell: a comma, ``and``, a ``+`` or spaces (between
links that each name their venue and year: ``[Title (PLDI '06)](u) [Title (SC'04)](u)``)."""


def names_listed(cell: list[Run]) -> bool:
    """``[DanceGRPO](arxiv), [Seedance 1.0](arxiv), [VideoDPO](arxiv)``: a cell of two paper
    links or more named by three words at most, with only commas between them: beside a row's
    label (``| Complex prompt following ... |``), papers named for reference (each listed in
    full elsewhere), not one paper per cell."""
    runs = [r for r in cell if r.kind in ("link", "text") and not r.image and r.text.strip()]
    links = [r for r in runs if r.kind == "link"]
    if len(links) < 2 or runs[0].kind != "link" or runs[-1].kind != "link":
        return False
    gaps = [r.text for r in runs if r.kind == "text"]
    named = all(
        len(r.text.split()) <= 3 and F.link_role(r) == "paper" and not F.is_generic(r.text)
        for r in links
    )
    return named and len(gaps) == len(links) - 1 and all(_LIST_GAP.match(g) for g in gaps)


def _its_part(cell: list[Run], n: int, i: int) -> list[Run]:
    """The ``i``-th of ``n`` papers' part of a cell beside them: its own code link when
    the cell has one per paper, else the whole cell."""
    codes = [r for r in cell if r.kind == "link" and F.link_role(r) == "code"]
    if len(codes) == n:
        return [r for r in cell if r not in codes or r is codes[i]]
    return cell


_TAG_END = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")
"""A bracketed tag closing a name or a link text (``EDM (ICML-22)``, ``Title (OpenReview)``)."""


def _labelled_apart(firsts: list[list[Run]]) -> bool:
    """Each piece's first link only labels its paper (``[DOI]``), and each leads elsewhere."""
    links = [p[0] for p in firsts]
    paper = all(F.is_generic(r.text) and F.link_role(r) == "paper" for r in links)
    keys = {arxivid.paper_key(r.url) or r.url for r in links}  # (not one paper's two versions)
    return paper and len(keys) == len(links)


def _distinct_titles(pieces: list[list[Run]]) -> bool:
    """Each piece's link names another paper (not ``[Title](arxiv)<br>[Title (OpenReview)]``)."""
    names = [
        re.sub(r"\W+", " ", _TAG_END.sub("", r.text.strip("[] "))).strip().lower()
        for p in pieces
        for r in p
        if r.kind == "link"
    ]
    return all(a not in b and b not in a for i, a in enumerate(names) for b in names[i + 1 :])


def _one_titled_paper(piece: list[Run]) -> bool:
    links = [r for r in piece if r.kind == "link" and not _own_note(r)]
    return (
        len(links) == 1
        and F.link_role(links[0]) == "paper"
        and titled_link(links)
        and F.title_like(links[0].text)
    )


def _own_note(r: Run) -> bool:
    """``[Card](cards/x.md)``: a note of the list's own beside a paper, no paper of its own."""
    return "://" not in r.url and r.url.endswith(".md") and F.link_role(r) != "paper"


def name_cell(cell: list[Run]) -> F.TitleGuess | None:
    """A name column's text when nothing else names the paper (``HOO 2011`` over a bare
    ``[[paper]]`` link; read as a venue and year elsewhere): the name the list gives it."""
    text = _TAG_END.sub("", plain(cell)).strip(" `*_")  # ``(ICLR-23)`` dates it
    ok = cell and len(text) <= 80 and F.title_like(text) and not _ET_AL.search(text)
    return (
        F.TitleGuess(text, None, "name column, the row's only name", cell[0].line) if ok else None
    )


_ET_AL = re.compile(r"\bet\.? al\b")


_JOURNAL_WORDS = frozenset(
    "nature nat. comms commun. npj radiology science cell lancet jama bmj plos elife melba "
    "journal j. trans. lett. proc. ieee acm springer elsevier frontiers".split()
)


def is_venue_label(text: str) -> bool:
    """A paper link labelled with its venue or journal (``Nature Comms``, ``Nat. Methods``,
    ``npj DM``, ``Radiology AI``, ``CVPR 2023``) rather than with the paper's title."""
    words = text.split()
    journal = bool({w.lower() for w in words} & _JOURNAL_WORDS)
    return 1 <= len(words) <= 3 and (journal or C.is_context_text(text))


def venue_labelled(g: F.TitleGuess, cells: dict[str, list[Run]]) -> bool:
    """``| **MedSAM** | ... | [Nature Comms](url) |``: the paper link's text names its
    journal, or its authors (``[Cui et al., Nat Methods (2024)](url)``), and a name column
    names the paper."""
    named = F.guess_title(cells.get("short", []), cell=True) is not None
    linked = [r for c in ("title", "paper") for r in cells.get(c, []) if r.kind == "link"]
    cited = any(cites_authors(r.text) for r in linked)
    return named and "link" in g.evidence and (is_venue_label(g.title) or cited)


def title_page(cells: dict[str, list[Run]], links: list[Run], row: tuple = ()) -> Run | None:
    """The link of a row's title column to a page of no known paper host, when the row has
    no paper link: the row's paper by the table's convention. ``[Link](page)`` counts only
    beside a title (not a dataset's ``Link`` column); not a placeholder (``[Paper](-)``), a
    search or a person's profile (:mod:`.searchpages`), a product's site (:func:`product_row`)
    or a link labelled as a project's page in a cell of its own (``| [Homepage](…github.io) |``
    beside the title's cell; ``Title [[Project Page]](url)`` in one cell is the paper's); not
    in a row whose Authors cell is empty (a challenge's or a tool's page), nor a
    :func:`~.sidepages.side_page` (``| [HuMI](io) | Dataset | [project](io) |``)."""
    if any(role == "authors" and not plain(cell).strip() for role, cell in row):
        return None  # ``| [DataCV Challenge](site) |  |  | ... |``: no authors, no paper's page
    titled = _worded(cells.get("title", []))
    own = {id(r): cell for _, cell in row for r in cell}  # each link's own cell
    bracketed = byline_addresses(cells.get("title", [])) if titled else set()  # a byline's
    alone = [
        r for r in links_of(cells.get("title", [])) if _PROJECT_LABEL.fullmatch(r.text.strip())
    ]
    if any(not _worded(own.get(id(r), [r])) for r in alone):
        return None  # ``| [Homepage](io) [Video](yt) |``: a project's links, no paper
    pages = [
        r
        for r in links_of(cells.get("title", []))
        if F.link_role(r) in ("other", "project")
        and not is_placeholder(r.url)
        and not search_page(r.url)
        and not profile_page(r.url)
        and not _OWN_MARKDOWN.match(r.url)
        and not _paper_host_front_page(r.url)
        and (titled or not F.is_generic(r.text))
        and id(r) not in bracketed  # ``Paul Kocher (Independent (www.paulkocher.com))``
        and not side_page(r, row)
    ]
    return pages[0] if pages and not product_row(pages[0], cells, links) else None


_PROJECT_LABEL = re.compile(r"(?i)\W*(?:project(?:\s*page)?|home\s*page|website|web\s*page)\W*")
"""A link's text that names a project's page (not ``Paper/Project``, ``Link`` or ``Report``)."""


def _worded(cell: list[Run]) -> bool:
    """Three words or more of text in ``cell`` (a title beside its links)."""
    return len(plain([r for r in cell if r.kind == "text"]).split()) >= 3


_FRONT_PAGE = re.compile(
    r"(?i)^\s*(?:https?:)?//(?:www\.)?(?P<host>[^/?#\s]+)/?(?:index\.html?)?\s*$"
)
_PAPER_SITES = frozenset(h.split("/")[0] for h in PAPER_HOSTS if not h.startswith("/"))


def _paper_host_front_page(url: str) -> bool:
    """``[AutoRAN](https://ieeexplore.ieee.org/)``: a paper host's front page, no paper's
    address (a project's own front page, ``https://depth-anything.github.io/``, stays)."""
    m = _FRONT_PAGE.match(url)
    return m is not None and m["host"].lower() in _PAPER_SITES


_OWN_MARKDOWN = re.compile(
    r"(?i)(?![a-z][a-z0-9+.-]*:|//)(?![^?#]*\d{4}[.-]\d{4,5})(?!(?:\./)?papers?/)"
    r"[^?#]*\.(?:md|markdown)(?:[?#]|$)"
)
"""``[**Two-step Methods**](src/Two-step_Methods.md)``: a page of the list's own, a sub-list or
a note; not one of a ``papers/`` folder or named by its paper's arXiv ID (a page per paper,
``papers/arxiv-2608-26403v1--3abf.md``)."""


def product_row(title: Run, cells: dict[str, list[Run]], links: list[Run]) -> bool:
    """``| [Sora](openai.com/sora) | - | - | [Website](…) | 2024 |``: a row naming a product
    (three words or fewer linking a company's website, not a project or university page)
    with its paper column empty, no code link and no venue: not a paper (``| [Deep Image
    Prior](page) | - | [code](github) | CVPR 2018 |`` is)."""
    emptied = "paper" in cells and not any(r.kind == "link" for r in cells["paper"])
    dated = plain([*cells.get("venue", []), *cells.get("venue+year", [])])
    coded = any(F.link_role(r) == "code" for r in links)
    site = F.link_role(title) == "other" and not _ACADEMIC.search(title.url)  # not github.io
    named = len(title.text.split()) <= 3 and site and not F.find_venue(dated)[0]
    return emptied and named and not coded


_ACADEMIC = re.compile(r"(?i)\.edu(?:\.\w\w)?/|\.ac\.\w\w/|/~|//(?:people|homes?|users|staff)\.")
"""A page at a university or a person's page (``cs.cmu.edu/~mzaheer/deepsets.html``,
``people.idsia.ch/~rupesh/...``): where a paper lives, not a product's site."""


def papers_only(cell: list[Run]) -> list[Run]:
    """A cell's runs without its links to anything but papers (a blog post, code)."""
    return [r for r in cell if r.kind != "link" or F.link_role(r) == "paper"]


def _naming(i: int, roles: list[str | None]) -> bool:
    """Column ``i`` names the row's paper: its title, paper or name column, else the first."""
    role = roles[i] if i < len(roles) else None
    return role in ("title", "paper", "short") or (i == 0 and not {"title", "paper"} & set(roles))


_BESIDE_AN_ID = frozenset({"code", "project", "badge", "anchor"})
"""Roles of the links a row may have besides an arXiv ID written as text."""


def arxiv_linked(cells: list[list[Run]], roles: list[str | None]) -> list[list[Run]]:
    """A row that links nothing but code or a project page and names one arXiv ID as text
    in its name or title cell (``| PI-MFM <br> arXiv:2512.23056 | ICML 2025 |``): the ID
    read as its arXiv link, since the row is a paper's by the table's layout; any other row
    as it is (a link to the list's own page of the paper stays its link, the ID its
    ``arxiv_text``; an ID in a notes column is another paper's: ``combine with H2O (arXiv:…)``)."""
    named = [(i, j, m) for i, c in enumerate(cells) for j, r in enumerate(c) if r.kind == "text"
             and _naming(i, roles) for m in ARXIV_NAMED.finditer(r.text)]  # fmt: skip
    linked = any(F.link_role(r) not in _BESIDE_AN_ID for c in cells for r in c if r.kind == "link")
    if len({m.group(1) for _, _, m in named}) != 1 or linked or any(has_paper(c) for c in cells):
        return cells
    i, j, m = named[0]
    r = cells[i][j]
    link = Run("link", m.group(), r.line, f"https://arxiv.org/abs/{m.group(1)}", bold=r.bold)
    parts = [replace(r, text=r.text[: m.start()]), link, replace(r, text=r.text[m.end() :])]
    return [c if k != i else [*c[:j], *[p for p in parts if p.text], *c[j + 1 :]]
            for k, c in enumerate(cells)]  # fmt: skip


def titles_beside_names(rows: list[list[list[Run]]], roles: list[str | None]) -> list[str | None]:
    """A title column of names (``[MOTRv2](arxiv)``) beside a column whose cells open with
    the row's name and a colon in most rows (``MOTRv2: Bootstrapping End-to-End ...``): that
    column holds the titles, the named one the short names."""
    if "title" not in roles or "short" in roles:
        return roles
    t = roles.index("title")
    if t > 0 and roles[0] in (None, "project") and _links_of_things(rows, t):
        named = "short" if _NOT_NAMES.search(plain(rows[0][0])) is None else roles[0]
        return [named if i == 0 else "paper" if i == t else r for i, r in enumerate(roles)]
    for k, role in enumerate(roles):
        if role not in (None, "description"):
            continue
        pairs = [(plain(r[t]).strip(" *_"), plain(r[k]).strip(" *_")) for r in rows[1:]
                 if len(r) > max(t, k)]  # fmt: skip
        pairs = [(n, x) for n, x in pairs if n and x]
        opened = sum(_opens_with_name(x, n) for n, x in pairs)
        if opened >= 3 and opened * 2 >= len(pairs):
            return ["short" if i == t else "title" if i == k else r for i, r in enumerate(roles)]
    return roles


def _opens_with_name(text: str, name: str) -> bool:
    """``MOTRv2: Bootstrapping ...`` opens with the name ``MOTRv2`` (a name of three words
    at most, a colon after it, then a title of three words or more in title case: not
    ``MOTRv2: improves MOTR with a YOLOX detector``, a description)."""
    head, sep, rest = text.partition(":")
    words = rest.split()
    long = [w for w in words if len(w) >= 4]
    cased = mostly_capitalised(long)
    named = bool(sep) and len(name.split()) <= 3 and head.strip() == name
    return named and len(words) >= 3 and cased and not C.is_prose(rest.strip())


_NOT_NAMES = re.compile(r"(?i)data|benchmark|corpus|corpora|sensor|device|hardware")
"""A first column of datasets or devices: what the table lists, not the papers' names."""
_LINKS_HEADER = re.compile(r"(?i)\W*(?:links?|urls?|resources?)\W*")


def _links_of_things(rows: list[list[list[Run]]], t: int) -> bool:
    """A ``Links`` column read as titles for want of one, whose links are mostly no papers'
    and whose texts no titles (``| Raspberry Pi | Single-board computers |
    [raspberrypi.com](url) |``): the row's thing is named in its first column; the links are
    its pages (or its ``[Paper]``); not ``| Task | [ResNet](arxiv) |``, papers by name."""
    if not rows or t >= len(rows[0]) or not _LINKS_HEADER.fullmatch(plain(rows[0][t])):
        return False
    body = [r for r in rows[1:] if len(r) > t and links_of(r[t])]
    named = sum(not links_of(r[0]) and bool(plain(r[0]).strip()) for r in body)
    papers = sum(any(F.link_role(x) == "paper" for x in links_of(r[t])) for r in body)
    titled = sum(titled_link(r[t]) for r in body)
    return named * 2 > len(body) and papers * 2 < len(body) and titled * 2 < len(body)
