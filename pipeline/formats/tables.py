"""What each column of a paper table holds, from its header (``Title``, ``Venue``,
``Pub. & Date``, ``Code``...). Pure."""

from __future__ import annotations

import difflib
import itertools
import re

from markdown_it.token import Token

from pipeline import arxivid
from pipeline.formats import citations as C
from pipeline.formats import fields as F
from pipeline.formats.authors import ET_AL, names_like, one_person
from pipeline.formats.common import CJK
from pipeline.formats.contextfacts import YEAR_ONLY
from pipeline.formats.headernames import HEADER_ROLES, PUBLICATION_YEAR
from pipeline.formats.runs import Run, inline_runs, plain

_NAME_WORDS = frozenset(
    "name names method methods model models abbr abbreviation short alias acronym approach "
    "algorithm proposed link links url 简称 缩写".split()
)
"""Words of a header that names each row's method (``Model``, ``Method Name``)."""
_NAME_HEADERS = frozenset(
    ("name", "short name", "abbr", "abbr.", "abbreviation", "alias", "acronym")
)
"""Headers that name each row's method outright, beside ``Method``/``Approach`` columns that
may give its family."""
DATA_ROLE = "data"
"""The role of a column of the datasets, benchmarks, baselines or results each paper used
beside a title column: never the entry's year or venue (``PHOENIX-2014``), and beside a
paper column its links are not the row's paper (``[DBP15K](arxiv)``)."""
_DATA_HEADERS = frozenset(
    "dataset datasets dataset(s) benchmark benchmarks data results metrics baselines".split()
)
_TITLE_HEADERS = frozenset(("title", "titles", "paper title", "标题", "题目", "论文标题", "제목"))
_FAMILY_HEADERS = frozenset(("approach", "approaches", "method", "methods", "algorithm", "type"))
_PROJECT_WORDS = frozenset(("project", "website", "homepage", "page", "demo"))
_LINK_WORDS = frozenset(("ссылка", "ссылки", "lien", "liens", "enlace", "enlaces"))
"""Words of other languages for "link": in a longer header the other words say what it links."""
_BY_NAME = {n: role for role, names in HEADER_ROLES for n in names if len(n) >= 5 and n.isascii()}
"""English names a misspelt header is matched to (not ``Article`` to ``artículo``)."""


_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")


def _noted(headers: list[str]) -> set[str]:
    """Chinese, Japanese or Korean headers whose note in brackets is no part of their role
    (``出处(年份)``: the venue), unless it tells two columns apart (``标题(中文)``,
    ``标题(英文)``: two titles, neither read as the title by its header)."""
    bare = [_BRACKETED.sub("", h).strip() if CJK.search(h) else None for h in headers]
    return {h for h, b in zip(headers, bare, strict=True) if b and bare.count(b) == 1}


def _header_names(headers: list[str]) -> list[str]:
    """Each header as its words in lower case, bold marks dropped (``**Paper Title**``)."""
    return [" ".join(h.lower().replace("*", "").split()) for h in headers]


def _topics(names: list[str], out: list[str | None]) -> list[str | None]:
    """A row's topic named beside its paper, a description never read as its title:
    ``Subject`` beside a ``Reading…`` or ``Paper…`` column, ``Category`` beside a name or
    title column (alone, either may hold the title or the paper)."""
    read = any(n.startswith(("reading", "paper")) for n in names)  # ``Subject | Reading``
    named = "short" in out or "title" in out  # ``Name | Category | Paper``
    topic = {"subject": read, "category": named, "categories": named}
    return ["description" if r is None and topic.get(n) else r for n, r in zip(names, out, strict=True)]  # fmt: skip


def table_roles(headers: list[str]) -> list[str | None]:
    """The role of each column from its header (exact names first, then contained words)."""
    out: list[str | None] = []
    noted = _noted(headers)
    for h in headers:
        name = " ".join(F.clean_title(h).lower().replace("*", "").split()) or h.lower().strip()
        raw = _header_names([h])[0]
        role = next((r for r, names in HEADER_ROLES if raw in names or name in names), None)
        if role is None or (raw != name and "/" in raw):  # ``Paper / Source``: its first word
            bare = _BRACKETED.sub(" ", f"{raw} {name}") if h in noted else f"{raw} {name}"
            words = [w for w in re.split(r"[\s&/|,]+", bare) if w]
            words += [w.split("-")[0] for w in words if "-" in w]  # ``Year-Id``, ``Code-Link``
            said = [w for w in words if w not in _LINK_WORDS]  # ``Lien GitHub``: what it links
            role = next(
                (r for w in [*said, *words] for r, names in HEADER_ROLES if w in names), role
            )
            if role == "short" and not set(words) <= _NAME_WORDS:
                role = None  # ``Training Method``, ``Base Model``: what a paper did or used
            if role == "notes":
                role = None  # ``Notes/Code``, ``Paper Notes & Code``: not a notes column
        if role is None and len(name) >= 5:  # a misspelt header: ``Veneue``, ``Tittle``
            close = difflib.get_close_matches(name, _BY_NAME, n=3, cutoff=0.8)
            close = [c for c in close if c[0] == name[0]]  # not ``Application`` for publication
            role = _BY_NAME[close[0]] if close else None
        words = set(re.split(r"[\s&/|,]+", raw))
        if role in ("venue", "year") and words & {"data", "dataset", "period", "range"}:
            role = None  # ``Data Source``, ``Time Period``: what the paper studied, not its venue
        if role == "code" and words & _PROJECT_WORDS:  # ``Code/Project``: each link by its kind
            role = "code+project"
        out.append(role)
    names = _header_names(headers)
    for i, name in enumerate(names):  # ``Publication`` beside a ``Paper Link`` column: the venue
        if name in ("publication", "pub") and out.count("paper") > 1 and "venue" not in out:
            out[i] = "venue"
    pub = [i for i, name in enumerate(names) if name.strip(" :") in PUBLICATION_YEAR]
    if pub and out.count("year") > 1:  # ``Year`` (of an award) and ``PubYear``: the paper's
        out = [None if r == "year" and i not in pub else r for i, r in enumerate(out)]
    if out.count("short") > 1:  # ``Method | … | Model``: the row's method, then what it used
        shorts = [i for i, r in enumerate(out) if r == "short"]
        named = [i for i in shorts if names[i] in _NAME_HEADERS]  # ``Approach | Name``
        family = names[shorts[0]] in _FAMILY_HEADERS  # not ``Model | Name`` (ViT, then its name)
        keep = (named if named and family else shorts)[0]
        out = [None if r == "short" and i != keep else r for i, r in enumerate(out)]
    out = _topics(names, out)
    titled = any(n in _TITLE_HEADERS for n in names)  # not a ``Paper`` column of links
    if "title" not in out and out.count("paper") and "short" not in out:
        out[out.index("paper")] = "title"  # a "Paper" column that holds titled links
    named = "short" in out and "title" in out  # ``Name | Paper | Baselines | Datasets``
    if titled or named:  # ``Title | … | Datasets``: what each paper was run on, not its name
        out = [
            DATA_ROLE if r is None and names[i] in _DATA_HEADERS else r for i, r in enumerate(out)
        ]
    return out


_SCHEDULE_HEADERS = frozenset(
    ("week", "lecture", "lectures", "lesson", "presenter", "presenters", "presented by",
     "discussant", "discussants", "discussion leader", "discussion leaders", "discussion lead",
     "scribe", "scribes", "докладчик", "докладчики", "ведущий", "неделя", "лекция", "presentador",
     "ponente", "semana", "vortragender", "referent", "woche", "vorlesung", "présentateur",
     "intervenant", "semaine", "séance", "apresentador")
)  # fmt: skip
"""Headers of a course's or a reading group's schedule: its ``Date`` is a session's day."""
_DAY_NAMES = ("дата", "datum", "fecha", "data")
_MODERATOR_HEADERS = frozenset(("moderator", "moderators", "moderated by"))
"""A journal club's moderators: a schedule when the column names people (not a meta-analysis's
moderator variables, nor a content moderation model)."""


def schedule_days(headers: list[str], rows: list[list[list[Run]]] = ()) -> frozenset[int]:
    """The ``Date`` columns of a schedule (``| Date | Unit | Topic | Readings | Presenter |``,
    ``| Date | Moderator | Title |`` over people's names): they date the sessions, not the
    papers (whose own years their text gives); else none."""
    names = [n.strip(" :#") for n in _header_names(headers)]
    led = [i for i, n in enumerate(names) if n in _MODERATOR_HEADERS]
    people = bool(led) and _people_column(rows[1:], led[0])
    if not (people or any(n in _SCHEDULE_HEADERS for n in names)):
        return frozenset()
    return frozenset(i for i, n in enumerate(names) if n in ("date", "dates", "day", *_DAY_NAMES))


def _people_column(rows: list[list[list[Run]]], k: int) -> bool:
    """Most of the rows' cells in column ``k`` are one person's name or several names."""
    cells = [" ".join(plain(r[k]).split()) for r in rows if k < len(r) and plain(r[k]).strip()]
    named = sum(one_person(c.split()) or names_like(c) for c in cells)
    return bool(cells) and named * 3 >= len(cells) * 2


def table_rows(tokens: list[Token]) -> tuple[list[list[list[Run]]], list[int]]:
    """The cells (as runs) of a Markdown table's rows, and each row's line."""
    rows: list[list[list[Run]]] = []
    lines: list[int] = []
    row: list[list[Run]] | None = None
    for t in tokens:
        if t.type == "tr_open":
            row = []
            lines.append((t.map[0] if t.map else 0) + 1)
        elif t.type == "tr_close" and row is not None:
            rows.append(row)
        elif t.type == "inline" and row is not None:
            row.append(inline_runs(t, cell=True))
    return rows, lines


def date_row(cells: list[str]) -> str | None:
    """The text of a row whose one filled cell only names a year or a venue
    (``| **2016** | | |``): it dates the rows below it, like a heading."""
    filled = [c.strip() for c in cells if c.strip()]
    if len(filled) == 1 and F.context_facts(filled[0]) != (None, None):
        return filled[0]
    return None


def by_roles(row: tuple[tuple[str | None, list[Run]], ...]) -> dict[str, list[Run]]:
    """A row's runs by column role (two columns of one role are joined)."""
    out: dict[str, list[Run]] = {}
    for role, cell in row:
        if role in out:  # read apart: ``News`` and ``ACL-20`` made ``NewsACL-20``
            out[role].append(Run("text", " ", cell[0].line if cell else 0))
        if role:
            out.setdefault(role, []).extend(cell)
    return out


def repeated_width(headers: list[str]) -> int | None:
    """The width of a header that repeats itself (``Methods | Paper | Code | Methods |
    Paper | Code``: two papers side by side in each row), else ``None``."""
    names = [" ".join(h.lower().split()) for h in headers]
    n = len(names)
    for width in range(2, n // 2 + 1):
        if (
            n % width == 0
            and any(names[:width])
            and all(names[i] == names[i % width] for i in range(n))
        ):
            return width
    return None


def side_by_side(
    rows: list[list[list[Run]]], lines: list[int]
) -> tuple[list[list[list[Run]]], list[int], list[int]]:
    """A table of papers written side by side as one paper per row (each on its row's line),
    and which side each came from (a ``| **2023** | | **2022** | |`` row dates its own side)."""
    width = repeated_width([plain(c) for c in rows[0]]) if rows else None
    if width is None:
        return rows, lines, [0] * len(rows)
    out, at, side = [rows[0][:width]], [lines[0]], [0]
    for cells, line in zip(rows[1:], lines[1:], strict=False):
        filled = [
            k
            for k in range(0, len(cells), width)
            if any(plain(c).strip() for c in cells[k : k + width])
        ]
        across = date_row([plain(c) for c in cells]) is not None and filled == [
            0
        ]  # ``| **2023** | | |``
        for k in range(0, len(cells), width):
            part = cells[:width] if across else cells[k : k + width]
            if any(plain(c).strip(" -–—") for c in part):
                out.append(part)
                at.append(line)
                side.append(k // width)
    return out, at, side


_SCORE = re.compile(r"^\s*[-+]?\d+(?:\.\d+\s*%?|\s*%)\s*$")
"""A score cell: ``97.6``, ``62.2%``, ``45 %`` (not a count or a year)."""


def leaderboard(rows: list[list[list[Run]]], roles: list[str | None]) -> bool:
    """A ranking of models by scores (``Rank | Model | HumanEval | MBPP | Source``): a
    ``Rank`` column, no title, code or venue column (a column of ``CVPR 2024`` or
    ``[CVPR 2023](paper)``, whatever its header), and two or more columns of scores
    (decimals or percentages). Its rows cite papers but are not entries of the list."""
    header = [" ".join(plain(c).lower().split()) for c in rows[0]]
    if {"title", "code"} & set(roles) or not {"rank", "ranking"} & set(header):
        return False
    body = rows[1:]

    def share(test) -> list[bool]:
        return [
            bool(body) and sum(test(plain(r[k])) for r in body if k < len(r)) * 2 > len(body)
            for k in range(len(header))
        ]

    venues = share(lambda t: bool(re.search(r"[A-Za-z]{2}", t)) and C.is_context_text(t))
    venues += share(lambda t: bool(_PAREN_VENUE.search(t)))  # ``[PaCo](paper) (ICCV 2021)``
    titled = any(  # ``[Parametric Contrastive Learning](paper) (ICCV 2021)``: papers
        sum(titled_link(r[k]) for r in body if k < len(r)) * 2 > len(body)
        for k in range(len(header))
    )
    return not any(venues) and not titled and sum(share(lambda t: bool(_SCORE.match(t)))) >= 2


_PAREN_VENUE = re.compile(r"\((?:" + C.VENUES + r")\s*['’]?(?:19|20)?\d\d\)")


def titled_link(cell: list[Run]) -> bool:
    """A cell whose link text is a title of three words or more, not a model's name."""
    return any(r.kind == "link" and len(r.text.split()) >= 3 for r in cell)


def venue_columns(rows: list[list[list[Run]]], roles: list[str | None]) -> list[str | None]:
    """A paper column by its header (``Publication``) that links nothing and names venues or
    years in most rows (``AAAI 2024``, ``SIGKDD2019/A``, ``arXiv``) is the venue column."""
    body = rows[1:]
    out = list(roles)
    for k, role in enumerate(roles):
        cells = [r[k] for r in body if k < len(r)]
        if role != "paper" or any(run.kind == "link" for c in cells for run in c):
            continue
        texts = [t for t in (plain(c) for c in cells) if t.strip()]
        dated = sum(
            F.find_venue(t)[0] is not None
            or F.find_year(t, loose=True)[0] is not None
            or _PREPRINT.fullmatch(t) is not None
            for t in texts
        )
        if texts and dated * 2 > len(texts):
            out[k] = "venue"
    return out


_PREPRINT = re.compile(r"(?i)\W*(?:arxiv|preprint|arxiv preprint)\W*")
"""``arXiv`` in a venue column: where the paper is, with no year (``ICLR 2026`` in others)."""
_YEAR_HEADER = re.compile(r"(?i)^\W*years?\W*$")


def ditto_years(rows: list[list[list[Run]]], roles: list[str | None]) -> list[list[list[Run]]]:
    """``| 2018 | Title |`` then ``|      | Title |``: a Year column (``Year``, ``Years``)
    written only on the first row of each year, two years at least, strictly rising or
    falling down the table, with at least as many blank cells as years, dates the blank
    cells below each year with it, unless the row states a year of its own or links an
    arXiv paper of a later year; a column with a stray blank is left alone."""
    heads = [plain(c) for c in rows[0]] if rows else []
    k = next(
        (i for i, h in enumerate(heads) if roles[i : i + 1] == ["year"] or _YEAR_HEADER.match(h)),
        None,
    )
    if k is None:
        return rows
    texts = [plain(r[k]).strip() if k < len(r) else "" for r in rows[1:]]
    years = [int(m["y"]) for t in texts if t and (m := YEAR_ONLY.match(t))]
    filled = [t for t in texts if t]
    steps = [b - a for a, b in itertools.pairwise(years)]
    monotonic = bool(steps) and (all(d > 0 for d in steps) or all(d < 0 for d in steps))
    blanks = len(texts) - len(filled)  # as many as the years at least: a grouped column
    if not texts or not texts[0] or len(years) != len(filled) or blanks < max(2, len(filled)):
        return rows
    if not monotonic:
        return rows
    out, above, year = [rows[0]], rows[1][k], years[0]
    for row, text in zip(rows[1:], texts, strict=True):
        if text:
            above, year = row[k], int(YEAR_ONLY.match(text)["y"])
        fill = not text and k < len(row) and not _own_year(row, k, year)
        out.append([*row[:k], above, *row[k + 1 :]] if fill else row)
    return out


def _own_year(row: list[list[Run]], k: int, year: int) -> bool:
    """The row states a year elsewhere (``ASE 2023``) or links an arXiv paper after ``year``."""
    rest = " ".join(plain(c) for i, c in enumerate(row) if i != k)
    if F.find_year(rest)[0] is not None:
        return True
    refs = (arxivid.from_url(r.url) for c in row for r in c if r.kind == "link")
    return any(ref is not None and min(arxivid.possible_v1_years(ref)) > year for ref in refs)


_TOOL_HEADER = re.compile(
    r"(?:software|tools?|packages?|librar(?:y|ies)|toolbox|toolkit)(?: names?)?"
)


def tools_table(headers: list[str]) -> bool:
    """A table of tools (``| Software name | Key features | URL |``): its first column names
    each row's tool, whose ``[paper]`` link is the tool's reference, no entry; not with a
    column of papers' titles (``| Tool | Title | Paper | Code |``, ``| Software | Paper |``)."""
    names = [" ".join(F.clean_title(h).lower().replace("*", "").split()) for h in headers]
    papers = any(n in _PAPER_COLUMNS or n in _TITLE_HEADERS for n in names[1:])
    return bool(names) and _TOOL_HEADER.fullmatch(names[0]) is not None and not papers


_PAPER_COLUMNS = frozenset(("paper", "papers", "publication", "publications", "article"))


_DATA_TABLE_HEADERS = frozenset(
    "dataset|datasets|data set|data sets|dataset name|name of dataset|"
    "corpus|corpora|database|databases|数据集|데이터셋".split("|")
)


def data_table(
    headers: list[str], roles: list[str | None], rows: list[list[list[Run]]] = ()
) -> bool:
    """A table of datasets (``| Dataset | #Nodes | #Edges | ... |``): its first column names
    each row's dataset and no other column holds a paper's title, name or link, so a row's
    link names the dataset's source paper. Not ``| Dataset | Method | Paper |`` (a paper per
    dataset) nor ``| Title | ... | Datasets |``, nor ``| Benchmark | ... |`` (a benchmark's
    paper is one a list recommends, as in :mod:`.sections`)."""
    first = " ".join(F.clean_title(headers[0]).lower().replace("*", "").split()) if headers else ""
    others = set(roles[1:])
    if first not in _DATA_TABLE_HEADERS or others & {"title", "short", "paper"}:
        return False
    named = sum(_named_paper_beside(row) for row in rows[1:])  # ``| Cora | [GraphSAGE](arXiv) |``
    return named <= sum(_links_a_paper(row) for row in rows[1:]) - named


def _links_a_paper(row: list[list[Run]]) -> bool:
    return any(r.kind == "link" and F.link_role(r) == "paper" for c in row for r in c)


def _named_paper_beside(row: list[list[Run]]) -> bool:
    """A paper linked by a method's name in a column after the dataset's
    (``[GraphSAGE](arXiv)``), not by a label, its authors or its title."""
    links = [r for c in row[1:] for r in c if r.kind == "link" and F.link_role(r) == "paper"]
    return any(_model_name(r.text) for r in links)


def _model_name(text: str) -> bool:
    """A method's name (``GraphSAGE``, ``Cluster-GCN``): no label, no authors and at most
    three words (a paper's whole title in a ``Source`` column is the dataset's source)."""
    return not F.is_generic(text) and not ET_AL.search(text) and len(text.split()) <= 3
