"""The reading layer for any common Markdown paper list.

It finds the blocks that can hold one paper (a Markdown or HTML table row, a list item, a
bold-title paragraph with the lines that follow it, a line of a paragraph that lists
several papers), keeps the context around them (headings, parent items, bold year or
venue lines) and turns each block that links a paper into an entry whose fields are
chosen by role (:mod:`pipeline.formats.fields`), with the evidence of each choice.

A block that links a paper but has no readable title is not dropped: it is returned as
an :class:`~pipeline.model.UnreadBlock`. Pure.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from markdown_it.token import Token

from pipeline import arxivid
from pipeline.formats import fields as F
from pipeline.formats.common import is_placeholder
from pipeline.formats.runs import MD, Run, html_chunks, inline_runs, lines_of, plain, tame
from pipeline.model import LinkRef, PaperEntry, UnreadBlock

KINDS = ("table", "bullets", "bold-blocks")
"""Block kinds; ``--list-format`` may restrict reading to one of them."""


@dataclass(frozen=True)
class Context:
    """What the enclosing headings, parent items and year lines say."""

    section: str | None = None
    year: int | None = None
    year_ev: str | None = None
    venue: str | None = None
    venue_ev: str | None = None

    def with_facts(self, text: str, where: str) -> Context:
        """This context, updated by a heading/parent text that names a year or venue."""
        year, venue = F.context_facts(text)
        ctx = self
        if year is not None:
            ctx = replace(ctx, year=year, year_ev=f"{where} '{text.strip()}'")
        if venue is not None:
            ctx = replace(ctx, venue=venue, venue_ev=f"{where} '{text.strip()}'")
        return ctx


@dataclass
class Block:
    """Runs that may describe one paper, with the context they stand in."""

    kind: str
    line: int
    head: list[Run]
    ctx: Context
    details: list[list[Run]] = field(default_factory=list)
    cells: dict[str, list[Run]] | None = None
    row: tuple[tuple[str | None, list[Run]], ...] = ()
    """A table row's cells in order, each with its column's role."""
    intro: bool = False
    """A paragraph above the first section heading (the list's own introduction)."""


@dataclass
class Reader:
    """Walks a token stream and collects blocks (state of one parse)."""

    path: str
    kinds: tuple[str, ...] = KINDS
    blocks: list[Block] = field(default_factory=list)
    unread: list[UnreadBlock] = field(default_factory=list)
    open: Block | None = None
    headings: list[tuple[int, str]] = field(default_factory=list)
    ctx: Context = field(default_factory=Context)
    intro: bool = True
    tokens: list[Token] = field(default_factory=list)
    titled: tuple[list[Run], Context, int] | None = None
    """The heading just read and the context around it: it is an entry's title when a
    list of untitled paper links follows (``### Title`` then ``- Paper: url``), or untitled
    paper links come before any entry of its own (``### Title``, authors, an abstract in
    ``<details>``, then ``[📄 Paper](url)``). The int is the block count at the heading."""

    # -- document level ------------------------------------------------------------
    def read(self, tokens: list[Token]) -> None:
        """Collect every block of the document."""
        i = 0
        while i < len(tokens):
            t = tokens[i]
            if t.type == "heading_open":
                self._heading(int(t.tag[1]), tokens[i + 1])
                i += 3
            elif t.type == "paragraph_open":
                self._paragraph(inline_runs(tokens[i + 1]))
                i += 3
            elif t.type in ("bullet_list_open", "ordered_list_open"):
                end = _close(tokens, i)
                self._list(tokens, i, end)
                i = end + 1
            elif t.type == "table_open":
                end = _close(tokens, i)
                self._md_table(tokens, i, end)
                i = end + 1
            elif t.type == "html_block":
                self._html(t.content, (t.map[0] if t.map else 0) + 1)
                i += 1
            elif t.type == "code_block" and "](" in t.content:
                # NOTE: paper links indented 4+ spaces below a list read as a code block
                # in CommonMark; their author meant them as lines of the list.
                self.read(_shifted(MD.parse(textwrap.dedent(t.content)), t.map[0] if t.map else 0))
                i += 1
            else:
                i += 1
        self._flush()

    def _heading(self, level: int, inline: Token) -> None:
        """A heading ends the open block and sets the section, year and venue."""
        self._flush()
        self.intro = self.intro and level < 2
        text = plain(inline_runs(inline))
        self.headings = [(lv, tx) for lv, tx in self.headings if lv < level] + [(level, text)]
        ctx = Context(section=text)
        for _, tx in self.headings:
            ctx = ctx.with_facts(tx, "heading")
        runs = inline_runs(inline)
        self.titled = (runs, self.ctx, len(self.blocks)) if level >= 2 else None
        guess = _guess(runs) if level >= 2 and _has_paper(runs) else None
        if guess is not None:  # ``### [Title](arxiv-url)``, its fields in the list below
            self.open, self.titled = Block("bullets", guess.line, runs, self.ctx), None
        self.ctx = ctx

    def _flush(self) -> None:
        if self.open is not None:
            self.blocks.append(self.open)
            self.open = None

    # -- paragraphs (bold-title blocks) ----------------------------------------------
    def _paragraph(self, runs: list[Run], kind: str = "bold-blocks") -> None:
        links = _links(runs)
        if not links and F.context_facts(plain(runs)) != (None, None):
            self._flush()
            self.ctx = self.ctx.with_facts(plain(runs), "line")
            return
        for group in _groups(runs):
            guess = _guess(group)
            if guess is not None and (
                guess.evidence != "text" or _has_paper(group) or self.open is None
            ):
                self._flush()
                self.open = Block(kind, guess.line, group, self.ctx, intro=self.intro)
            elif self.open is not None:
                self.open.details.append(group)
            elif _has_paper(group) and self._free_heading():
                head, ctx = self._free_heading() or ([], self.ctx)
                self.titled = None
                self.open = Block("bold-blocks", _guess(head).line, head, ctx, [group])
            elif _has_paper(group):
                self._unread(group, "a paper link without a title near it")

    def _free_heading(self) -> tuple[list[Run], Context] | None:
        """The heading just read, when it can title the paper links below it: nothing
        has been read as an entry since, no block is open and it reads as a title."""
        if self.titled is None or self.open is not None:
            return None
        runs, ctx, count = self.titled
        if count != len(self.blocks) or _guess(runs) is None:
            return None
        return runs, ctx

    def _unread(self, runs: list[Run], reason: str) -> None:
        urls = tuple(r.url for r in _links(runs) if F.link_role(r) == "paper")
        line = next((r.line for r in runs), 1)
        self.unread.append(UnreadBlock(self.path, line, reason, plain(runs)[:200], urls))

    # -- lists -----------------------------------------------------------------------
    def _list(self, tokens: list[Token], start: int, end: int) -> None:
        items = _items(tokens, start, end)
        titled = self._free_heading()
        if titled and not any(_item_has_title(it) for it in items):
            head, ctx = titled
            if any(_tree_has_paper(it) for it in items):
                self.titled = None
                details = [ln for it in items for ln in _all_lines(it)]
                self._add(Block("bullets", _guess(head).line, head, ctx, details))
                return
        if self.open is not None and not any(_item_has_title(it) for it in items):
            for it in items:  # labelled fields under a bold title ("- Paper: https://...")
                self.open.details.extend(_all_lines(it))
            return
        self._flush()
        for it in items:
            self._item(it, self.ctx)

    def _item(self, item: _Item, ctx: Context) -> None:
        """One list item: an entry, a parent of entries (year, venue), or details."""
        for tokens in item.indented:
            saved, self.ctx = self.ctx, ctx
            self.read(tokens)
            self.ctx = saved
        guess = _guess(item.own)
        if _has_paper(item.own) and guess is not None:
            details = [
                ln for ch in item.children if not _item_has_title(ch) for ln in _all_lines(ch)
            ]
            self._add(Block("bullets", guess.line, item.own, ctx, details))
            for ch in item.children:
                if _item_has_title(ch):
                    self._item(ch, ctx)
            return
        loose = [ch for ch in item.children if not _item_has_title(ch)]
        if any(_tree_has_paper(ch) for ch in loose) and not _links(item.own):
            guess, head, details = _head_among(item.own, loose)
            if guess is not None:
                self._add(Block("bullets", guess.line, head, ctx, details))
                for ch in item.children:
                    if ch not in loose:
                        self._item(ch, ctx)
                return
        if _has_paper(item.own):
            self._unread(item.own, "a paper link without a title in its item")
        sub = ctx.with_facts(plain(item.own), "parent item") if item.own else ctx
        for ch in item.children:
            self._item(ch, sub)

    def _add(self, block: Block) -> None:
        if block.kind in self.kinds:
            self.blocks.append(block)

    # -- tables ------------------------------------------------------------------------
    def _md_table(self, tokens: list[Token], start: int, end: int) -> None:
        self._flush()
        rows: list[list[list[Run]]] = []
        lines: list[int] = []
        row: list[list[Run]] | None = None
        for t in tokens[start:end]:
            if t.type == "tr_open":
                row = []
                lines.append((t.map[0] if t.map else 0) + 1)
            elif t.type == "tr_close" and row is not None:
                rows.append(row)
            elif t.type == "inline" and row is not None:
                row.append(inline_runs(t))
        self._table(rows, lines)

    def _table(self, rows: list[list[list[Run]]], lines: list[int]) -> None:
        if not rows:
            return
        roles = table_roles([plain(c) for c in rows[0]])
        for cells, line in zip(rows[1:], lines[1:], strict=False):
            self._row(cells, line, roles)

    def _row(self, cells: list[list[Run]], line: int, roles: list[str | None]) -> None:
        by_role: dict[str, list[Run]] = {}
        for role, cell in zip(roles, cells, strict=False):
            if role:
                by_role.setdefault(role, []).extend(cell)
        runs = [r for c in cells for r in c]
        if "table" not in self.kinds:
            return
        row = tuple(zip(roles, cells, strict=False))
        self.blocks.append(Block("table", line, runs, self.ctx, cells=by_role, row=row))

    # -- HTML --------------------------------------------------------------------------
    def _html(self, html: str, line: int) -> None:
        chunks = html_chunks(html, line)
        rows = [c for c in chunks if c.cells is not None]
        if rows:
            self._flush()
            header = rows[0]
            has_header = any(c.header for c in header.cells or []) or not _links(header.runs)
            table_rows = [[c.runs for c in (r.cells or [])] for r in rows]
            table_lines = [r.line for r in rows]
            if not has_header:
                table_rows.insert(0, [])
                table_lines.insert(0, line)
            self._table(table_rows, table_lines)
        for c in chunks:
            if c.cells is not None:
                continue
            if self.open is not None and (c.details or not _links(c.runs)):
                self.open.details.append(c.runs)
            elif c.details and not _has_paper(c.runs) and self._free_heading():
                continue  # an abstract in <details> under a paper's heading
            else:
                self._paragraph(c.runs)


@dataclass
class _Item:
    own: list[Run]
    children: list[_Item]
    indented: list[list[Token]] = field(default_factory=list)
    """Fragments indented into code blocks inside the item, re-parsed as Markdown."""


def _head_among(
    own: list[Run], loose: list[_Item]
) -> tuple[F.TitleGuess | None, list[Run], list[list[Run]]]:
    """The title of an item whose paper link is in a sub-item: its own text, unless a
    link-less sub-item holds a bold title (``- `2025-02 | Name` `` / ``  - **Title**``)."""
    lines = [ln for ch in loose for ln in _all_lines(ch)]
    own_guess = _guess(own)
    if own_guess is None or "bold" not in own_guess.evidence:
        for i, ln in enumerate(lines):
            g = _guess(ln) if not _links(ln) else None
            if g is not None and "bold" in g.evidence:
                rest = [own, *lines[:i], *lines[i + 1 :]] if own else lines[:i] + lines[i + 1 :]
                return g, ln, rest
    return own_guess, own, lines


def _close(tokens: list[Token], start: int) -> int:
    """Index of the token that closes the one opened at ``start``."""
    depth, kind = 0, tokens[start].type
    close = kind.replace("_open", "_close")
    for j in range(start, len(tokens)):
        if tokens[j].type == kind:
            depth += 1
        elif tokens[j].type == close:
            depth -= 1
            if depth == 0:
                return j
    return len(tokens) - 1


def _items(tokens: list[Token], start: int, end: int) -> list[_Item]:
    """The items of the list between ``start`` and ``end``, nested items as children."""
    items: list[_Item] = []
    i = start + 1
    while i < end:
        if tokens[i].type != "list_item_open":
            i += 1
            continue
        close = _close(tokens, i)
        own: list[Run] = []
        children: list[_Item] = []
        indented: list[list[Token]] = []
        j = i + 1
        while j < close:
            t = tokens[j]
            if t.type in ("bullet_list_open", "ordered_list_open"):
                sub = _close(tokens, j)
                children.extend(_items(tokens, j, sub))
                j = sub + 1
                continue
            if t.type == "inline" and own and _own_paper_paragraph(t, tokens[j - 1]):
                # a later paragraph of the item: a sub-item of its own (papers written
                # as paragraphs under a category item)
                children.append(_Item(inline_runs(t), []))
            elif t.type == "inline":
                own.extend(([Run("break", "", own[-1].line)] if own else []) + inline_runs(t))
            elif t.type == "html_block":
                for c in html_chunks(t.content, (t.map[0] if t.map else 0) + 1):
                    own.extend(([Run("break", "", c.line)] if own else []) + c.runs)
            elif t.type == "code_block" and "](" in t.content:
                offset = t.map[0] if t.map else 0
                indented.append(_shifted(MD.parse(textwrap.dedent(t.content)), offset))
            j += 1
        items.append(_Item(own, children, indented))
        i = close + 1
    return items


def _own_paper_paragraph(inline: Token, before: Token) -> bool:
    """A later paragraph of an item that names and links a paper by itself."""
    if before.type != "paragraph_open":
        return False
    runs = inline_runs(inline)
    g = _guess(runs)
    return g is not None and g.evidence != "text" and _has_paper(runs)


def _shifted(tokens: list[Token], offset: int) -> list[Token]:
    """Tokens of a re-parsed fragment, their line maps moved to where it stands."""
    for t in tokens:
        if t.map:
            t.map = [t.map[0] + offset, t.map[1] + offset]
    return tokens


def _links(runs: Iterable[Run]) -> list[Run]:
    return [r for r in runs if r.kind == "link"]


def _has_paper(runs: Iterable[Run]) -> bool:
    runs = list(runs)
    return any(F.link_role(r) == "paper" for r in _links(runs)) or _cited_link(runs) is not None


_CITED = re.compile(r"\bet\s+al\b.{0,60}?(?:19|20)\d\d", re.IGNORECASE)


def _cited_link(runs: list[Run]) -> Run | None:
    """A title link to a project page, cited like a paper (``[Title](page), Liu et al.,
    NeurIPS 2020``): the paper's own link when the list gives no arXiv or publisher one."""
    first = next(iter(_links(runs)), None)
    if first is None or F.link_role(first) not in ("other", "project"):
        return None
    title = F.clean_title(first.text)
    if len(title.split()) < 3 or F.is_generic(title) or not _CITED.search(plain(runs)):
        return None
    return first


def _tree_has_paper(item: _Item) -> bool:
    return _has_paper(item.own) or any(_tree_has_paper(c) for c in item.children)


def _item_has_title(item: _Item) -> bool:
    """True when the item (or a descendant) reads as a paper of its own."""
    if _guess(item.own) is not None and (_has_paper(item.own) or _tree_has_paper(item)):
        return True
    return any(_item_has_title(c) for c in item.children)


def _all_lines(item: _Item) -> list[list[Run]]:
    out = [item.own] if item.own else []
    for c in item.children:
        out.extend(_all_lines(c))
    return out


def _guess(runs: list[Run]) -> F.TitleGuess | None:
    """A title from the first line that is not a labelled detail (``Authors: ...``)."""
    for line in lines_of(runs):
        label, _ = F.strip_label(plain(line))
        if label and label not in ("paper", "paper title", "title", "arxiv", "pdf", "link"):
            continue
        g = F.guess_title(line)
        if g is not None:
            return g
    return None


def _groups(runs: list[Run]) -> list[list[Run]]:
    """A paragraph split where a new titled line starts after a line with a paper link
    (several papers written one per line in one paragraph)."""
    lines = lines_of(runs)
    targets = {r.url for r in _links(runs) if F.link_role(r) == "paper"}
    groups: list[list[Run]] = []
    for ln in lines:
        g = F.guess_title(ln) if groups and _has_paper(groups[-1]) else None
        strong = g is not None and (g.evidence != "text" or len(targets) > 1)
        if not groups or strong:
            groups.append(list(ln))
        else:
            groups[-1].extend([Run("break", "", ln[0].line), *ln])
    return groups


_HEADER_ROLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "venue+year",
        ("pub. & date", "pub & date", "venue & date", "venue/date", "publication & date"),
    ),
    ("title", ("title", "paper title", "paper name", "name of paper", "papers", "paper")),
    ("short", ("name", "method", "model", "abbr", "short name", "alias", "acronym", "approach")),
    ("paper", ("arxiv", "pdf", "link", "links", "url", "publication", "paper link", "preprint")),
    ("code", ("code", "github", "repo", "repository", "implementation", "source")),
    ("project", ("project", "website", "homepage", "page", "demo", "site")),
    ("year", ("year", "date", "time", "published", "release", "month")),
    ("venue", ("venue", "conference", "journal", "conf", "publisher", "pub", "where", "booktitle")),
    ("authors", ("author", "authors")),
)


def table_roles(headers: list[str]) -> list[str | None]:
    """The role of each column from its header (exact names first, then contained words)."""
    out: list[str | None] = []
    for h in headers:
        name = " ".join(F.clean_title(h).lower().replace("*", "").split()) or h.lower().strip()
        role = next((r for r, names in _HEADER_ROLES if name in names), None)
        if role is None:
            words = set(name.replace("&", " ").replace("/", " ").split())
            role = next((r for r, names in _HEADER_ROLES if words & set(names)), None)
        out.append(role)
    if "title" not in out and out.count("paper") and "short" not in out:
        out[out.index("paper")] = "title"  # a "Paper" column that holds titled links
    return out


def read(text: str, path: str, kinds: tuple[str, ...] = KINDS) -> Reader:
    """Read a list's text; the reader holds the blocks and the unread blocks."""
    reader = Reader(path, kinds)
    safe, lost = tame(text)
    reader.tokens = MD.parse(safe)
    reader.read(reader.tokens)
    lines = text.split("\n")
    for n in lost:
        urls = tuple(u for u in _URL.findall(lines[n - 1]) if "arxiv.org" in u)[:20]
        reason = "a line with too many '[' to read as Markdown; read as plain text"
        reader.unread.append(UnreadBlock(path, n, reason, lines[n - 1][:200], urls))
    return reader


def entries(reader: Reader) -> list[PaperEntry]:
    """Every block that links a paper (or a titled table row), as an entry."""
    made = [(block, to_entry(block, reader.path)) for block in reader.blocks]
    listed = any(isinstance(m, PaperEntry) and not b.intro for b, m in made)
    out = []
    for block, m in made:
        if isinstance(m, PaperEntry) and block.intro and listed:
            m = UnreadBlock(
                reader.path,
                m.line,
                "in the introduction, above the first section: the list's own paper, not an entry",
                m.title[:200],
                (m.paper.url,) if m.paper else (),
            )
        if isinstance(m, UnreadBlock):
            reader.unread.append(m)
        elif m is not None:
            out.append(m)
    return out


_URL = re.compile(r"https?://[^\s()<>\[\]]+")


# -- fields -------------------------------------------------------------------------
def to_entry(b: Block, path: str) -> PaperEntry | UnreadBlock | None:
    """The entry a block describes; ``None`` when it links no paper."""
    cells = b.cells or {}
    all_runs = b.head + [r for d in b.details for r in d]
    links = _links(all_runs)
    paper, paper_ev = _paper(links, cells, all_runs)
    title = _title(b, cells)
    if paper is None:
        return None
    if title is None:
        return UnreadBlock(path, b.line, "no title found", plain(b.head)[:200], (paper.url,))
    if title.evidence == "text" and F.is_prose(title.title):
        reason = "a sentence that links a paper, not an entry"
        return UnreadBlock(path, title.line, reason, title.title[:200], (paper.url,))
    ev: dict[str, str] = {"title": title.evidence, "paper": paper_ev}
    short = title.short_name
    if "short" in cells and plain(cells["short"]).strip("`*_ -"):
        short = plain(cells["short"]).strip("` *_")
        ev["short_name"] = "name column"
    rest = _rest_text(b, title)
    year, year_text, year_line = _year(b, cells, rest, ev)
    venue, venue_line = _venue(b, cells, rest, links, ev)
    code = _code([r for r in links if not _not_code(r, all_runs)], cells, ev)
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
        short_name=short if short and short != title.title else None,
        project=_ref(project) if project else None,
        evidence=tuple(ev.items()),
        layout=b.kind,
        malformed=tuple(LinkRef(r.text, r.url, r.line) for r in malformed),
    )


def _ref(r: Run) -> LinkRef:
    """A link as the rules see it; a badge naming an arXiv ID shows that ID as its text."""
    text = r.text
    if r.image:
        m = arxivid.badge_id(r.image)
        text = f"arXiv:{m}" if m else text
    return LinkRef(text=text, url=r.url or None, line=r.line)


def _paper(
    links: list[Run], cells: dict[str, list[Run]], runs: list[Run]
) -> tuple[Run | None, str]:
    """The paper link: an arXiv link first (paper column, title column, anywhere), then
    any other paper link in the same order."""
    pools = [
        (
            f"in the {role} column",
            [r for r in _links(cells.get(role, [])) if F.link_role(r) == "paper"],
        )
        for role in ("paper", "title")
    ] + [("", [r for r in links if F.link_role(r) == "paper"])]
    for arxiv_only in (True, False):
        for where, pool in pools:
            found = [r for r in pool if not arxiv_only or arxivid.from_url(r.url)]
            if found:
                kind = "arXiv link" if arxiv_only else "paper link"
                badge = " (badge)" if found[0].image else ""
                return found[0], f"{kind}{badge} {where}".strip()
    title_links = [
        r for r in _links(cells.get("title", [])) if F.link_role(r) in ("other", "project")
    ]
    if title_links:
        return title_links[0], "title link (no arXiv or publisher link in the row)"
    cited = _cited_link(runs)
    if cited is not None:
        return cited, "title link, cited with authors and a year (no arXiv or publisher link)"
    return None, ""


def _title(b: Block, cells: dict[str, list[Run]]) -> F.TitleGuess | None:
    if "title" in cells:
        g = _guess(cells["title"]) or F.guess_title(cells["title"], cell=True)
        if g is not None:
            return replace(g, evidence=f"title column ({g.evidence})")
    if cells or b.row:
        for role in ("paper", "short"):
            g = F.guess_title(cells.get(role, []), cell=role == "short")
            if g is not None:
                return replace(g, evidence=f"{role} column ({g.evidence})")
        for n, (role, cell) in enumerate(b.row, 1):
            g = F.guess_title(cell) if role is None and _has_paper(cell) else None
            if g is not None and "link" in g.evidence and len(g.title.split()) >= 3:
                return replace(g, evidence=f"the paper's link text, column {n}")
        for n, (role, cell) in enumerate(b.row, 1):
            g = F.guess_title(cell, cell=True) if role is None else None
            if g is not None:
                return replace(g, evidence=f"first text column, column {n} ({g.evidence})")
    return _guess(b.head)


_OTHER_FACTS = re.compile(
    r"\W*(?:datasets?|metrics?|comments?|notes?|summary|abstract|tl;?dr|keywords?|tags?|"
    r"affiliations?|institutions?|key|expenv|benchmarks?|results?)\s*\**\s*[:：]",
    re.IGNORECASE,
)
"""Detail lines about something else than the paper's publication (years there are the
years of datasets or benchmarks: ``Datasets: TREC Deep Learning 2019``)."""


def _rest_text(b: Block, title: F.TitleGuess) -> str:
    """The block's text without its title, link targets and arXiv IDs (for year/venue)."""
    parts = []
    pieces = [cell for _, cell in b.row] if b.row else [b.head]
    details = [d for d in b.details if not _OTHER_FACTS.match(plain(d))]
    for line in [*pieces, *details]:
        parts.append(" \n ")
        for r in line:
            if r.kind == "link":
                parts.append(F.badge_text(r) or r.text)
            elif r.kind == "badge":
                parts.append(f" {F.badge_text(r)} ")
            elif r.kind == "text":
                parts.append(r.text)
            else:
                parts.append("\n")
    text = "".join(parts)
    for t in (title.title, title.title.split(": ", 1)[-1], title.short_name or "\0"):
        text = text.replace(t, " ") if t else text
    return text


def _year(b: Block, cells: dict[str, list[Run]], rest: str, ev: dict[str, str]):
    for role in ("year", "venue+year", "venue"):
        if role in cells:
            year, said = F.find_year(plain(cells[role]), loose=True)
            if year:
                ev["year"] = f"{role.replace('+', ' & ')} column '{said}'"
                return year, plain(cells[role]), b.line
    for n, (role, cell) in enumerate(b.row, 1):
        year = F.context_facts(plain(cell))[0] if role is None else None
        if year:
            ev["year"] = f"column {n} '{plain(cell).strip()}'"
            return year, plain(cell), b.line
    year, said = F.find_year(rest)
    if year:
        ev["year"] = f"entry text '{said}'"
        return year, said, _line_of(b, said)
    if b.ctx.year:
        ev["year"] = b.ctx.year_ev or "context"
        return b.ctx.year, str(b.ctx.year), None
    return None, None, None


def _venue(b, cells, rest: str, links: list[Run], ev: dict[str, str]):
    for role in ("venue", "venue+year"):
        if role in cells:
            text = plain(cells[role]).strip()
            if text and not is_placeholder(text):
                name, year = F.find_venue(text)
                if name is None and F.context_facts(text) != (None, None):
                    continue  # a date, not a venue
                ev["venue"] = f"{role.replace('+', ' & ')} column"
                return (text if name is None else f"{name} {year or ''}".strip()), b.line
    name, year = F.find_venue(rest)
    if name:
        ev["venue"] = "entry text"
        return f"{name} {year or ''}".strip(), _line_of(b, name)
    if b.ctx.venue:
        ev["venue"] = b.ctx.venue_ev or "context"
        return f"{b.ctx.venue} {b.ctx.year or ''}".strip(), None
    return None, None


_NOT_CODE = frozenset(
    "data dataset datasets benchmark benchmarks model models weights checkpoint checkpoints "
    "demo env environment environments expenv leaderboard slides video blog tutorial "
    "数据集 数据 模型 演示".split()
)
_LABEL_BEFORE = re.compile(r"(?:^|[^\w])([^\W\d_]\w{0,20}(?: \w{1,20})?)\s*[:：]\s*[\[(]*\s*$")


_LINE_LABEL = re.compile(r"\W*([^\W\d_]\w{0,20}(?: \w{1,20})?)\s*[:：]")


def _not_code(link: Run, runs: list[Run]) -> bool:
    """A repository link the list labels as something else (``ExpEnv: [mujoco](github)``,
    ``[Data](github)``, ``数据集: url``): a dataset, model or environment, not the code."""
    if " ".join(link.text.lower().strip("[]() ").split()) in _NOT_CODE:
        return True
    before, line = "", 0
    for r in runs:
        if r is link:
            break
        if r.kind == "break" or r.line != line:
            before, line = "", r.line
        if r.kind in ("text", "link"):
            before += r.text
    labels = [m.group(1) for m in (_LABEL_BEFORE.search(before), _LINE_LABEL.match(before)) if m]
    return any(label.lower().replace(" ", "") in _NOT_CODE for label in labels)


def _code(links: list[Run], cells: dict[str, list[Run]], ev: dict[str, str]) -> Run | None:
    col = _links(cells.get("code", []))
    for pool, where in ((col, "code column"), (links, "entry")):
        repos = [r for r in pool if F.link_role(r) == "code"]
        if repos:
            ev["code"] = f"repository link in the {where}" + (" (badge)" if repos[0].image else "")
            return repos[0]
    pages = [r for r in col if F.link_role(r) not in ("badge", "anchor", "malformed")]
    if pages:
        ev["code"] = "link in the code column"
        return pages[0]
    return None


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


def _line_of(b: Block, said: str) -> int | None:
    for line in [b.head, *b.details]:
        if said and said in "".join(r.text for r in line):
            return line[0].line if line else None
    return b.line
