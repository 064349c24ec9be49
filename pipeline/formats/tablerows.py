"""The table part of the reading layer: Markdown and HTML table rows as blocks, a row that
only names a year dating the rows below it, and header-less grids of one paper per cell.
A mixin of :class:`pipeline.formats.generic.Reader` (it uses the reader's state). Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from markdown_it.token import Token

from pipeline.formats import fields as F
from pipeline.formats.blocks import Block, Context, has_paper, holds_paper
from pipeline.formats.common import mostly_lower
from pipeline.formats.fieldtables import (
    field_block,
    field_rows,
    field_runs,
    heading_title,
    same_paper,
    titled_by_link,
)
from pipeline.formats.rowcells import (
    arxiv_linked,
    names_listed,
    papers_in_one_cell,
    titles_beside_names,
)
from pipeline.formats.runs import Run, plain
from pipeline.formats.tables import (
    DATA_ROLE,
    by_roles,
    data_table,
    date_row,
    ditto_years,
    leaderboard,
    schedule_days,
    side_by_side,
    table_roles,
    table_rows,
    tools_table,
    venue_columns,
)


def _pictures(tokens: list[Token], rows: list[list[list[Run]]]) -> bool:
    """A table whose rows below its header hold only images (a paper's figures side by
    side): no text, no link."""
    shown = any(c.type == "image" for t in tokens for c in t.children or ())
    return shown and len(rows) > 1 and not any(r for row in rows[1:] for cell in row for r in cell)


class TableReading:
    """Reads table rows into the reader's blocks (``ctx``, ``kinds``, ``blocks``)."""

    ctx: Context
    kinds: tuple[str, ...]
    blocks: list[Block]
    open: Block | None
    heading_entry: Block | None
    heading_blocks: int
    fields_block: Block | None = None  # the last paper's key/value table read as an entry

    def _flush(self) -> None:  # the reader's own: ends the open block
        raise NotImplementedError

    def _unread(self, runs: list[Run], reason: str) -> None:  # the reader's own
        raise NotImplementedError

    def _md_table(self, tokens: list[Token], start: int, end: int) -> None:
        rows, lines = table_rows(tokens[start:end])
        if rows and self._paper_fields(rows, lines[0]):
            return
        if self.open is not None and not self.open.details and _pictures(tokens[start:end], rows):
            return  # ``**Title**``, a grid of its figures, then ``- arxiv: <url>``: one paper (a
            # block with fields already ends there: the title after the grid is the next one's)
        self._flush()
        self._table(rows, lines)

    def _paper_fields(self, rows: list[list[list[Run]]], line: int) -> bool:
        """A paper's key/value table (:mod:`.fieldtables`): the fields of the ``### [Title](url)``
        entry above it or of the same paper's table above it, or an entry of its own titled
        by a ``Title`` row, its paper link, or the bold line or heading just above it."""
        fields = field_rows(rows)
        if fields is None:
            return False
        opened = self.open
        entry = opened is not None and opened is self.heading_entry
        if opened is not None and entry and same_paper(opened, fields, unnamed=True):
            opened.details.append(field_runs(fields, line))
            return True  # ``### 2. [Title](arxiv)`` over its fields
        above = opened is not None and not holds_paper(opened) and not opened.details
        said = plain(opened.head).strip(" *_") if above and opened is not None else None
        own = heading_title(said) if said else None  # ``**Restormer: ...**`` over its table
        if (opened is None or (above and not own)) and self._second_table(fields, line):
            self.open = None  # ``**Resources**`` over the same paper's second table
            return True
        fresh = self.heading_blocks == len(self.blocks) and not entry
        heading = self.ctx.section if own is None and fresh else None
        block = field_block(fields, line, self.ctx, own or heading_title(heading or ""))
        if block.guess is None and not titled_by_link(fields):
            return False  # no title anywhere: read as an ordinary table
        self.open = None if above else opened  # a bold line above: its title or a label
        self._flush()
        if block.guess is not None and (own or heading):  # ``### 1. Title (CVPR 2024)``: its
            title_line = (own and said) or heading or ""  # venue and year are read from it
            block.head[:0] = [Run("text", title_line, line), Run("break", "\n", line)]
        self.blocks.append(block)
        self.fields_block = block
        return True

    def _second_table(self, fields: list[tuple[str, list[Run]]], line: int) -> bool:
        """``fields`` as more fields of the paper whose table was read last under the same
        heading (:func:`.fieldtables.same_paper`)."""
        last = self.blocks[-1] if self.blocks else None
        if last is None or last is not self.fields_block or self.heading_blocks == len(self.blocks):
            return False  # none, or a heading between them: another paper's
        if not same_paper(last, fields, unnamed=False):
            return False
        last.details.append(field_runs(fields, line))
        return True

    def _table(self, rows: list[list[list[Run]]], lines: list[int]) -> None:
        if not rows:
            return
        rows, lines, sides = side_by_side(rows, lines)
        headers = [plain(c) for c in rows[0]]
        roles = venue_columns(rows, table_roles(headers))
        roles = titles_beside_names(rows, roles)
        if days := schedule_days(headers, rows):  # a session's day: no field of the row's papers
            roles = [None if i in days else r for i, r in enumerate(roles)]
            rows = [rows[0], *([[] if i in days else c for i, c in enumerate(r)] for r in rows[1:])]
        base = replace(self.ctx, data_table=True) if data_table(headers, roles, rows) else self.ctx
        base = replace(base, tools=True, tool_table=True) if tools_table(headers) else base
        rows = ditto_years(rows, roles)
        if leaderboard(rows, roles):
            for cells in rows[1:]:
                self._unread([r for c in cells for r in c], "a leaderboard row, not an entry")
            return
        grid: Context | None = None  # the year of a grid's rows, once a row is a grid row
        ctxs = {0: base}  # a ``| **2016** | | |`` row dates the rows below it, per side
        for row, line, side in zip(rows[1:], lines[1:], sides[1:], strict=False):
            cells = arxiv_linked(row, roles)
            papers = [c for c in cells if has_paper(c)]
            dates = None if papers else date_row([plain(c) for c in cells])
            ctx = ctxs.get(side, base)
            if dates is not None:
                ctxs[side] = base.with_facts(dates, "table row")
            elif not any(roles) and (len(papers) >= 2 or (grid is not None and papers)):
                grid = self._grid_row(cells, papers, line, grid or base)
            else:
                self._row(cells, line, roles, ctx)

    def _grid_row(
        self, cells: list[list[Run]], papers: list[list[Run]], line: int, ctx: Context
    ) -> Context:
        """A header-less row of one paper per cell (``| **2023** | [A](url) | [B](url) |``):
        each cell is an entry; a year cell dates it and the rows below it."""
        for c in cells:
            if not has_paper(c) and F.context_facts(plain(c)) != (None, None):
                ctx = self.ctx.with_facts(plain(c), "row")
        if "table" in self.kinds:
            labelled = not has_paper(cells[0]) and len(plain(cells[0]).split()) >= 3
            if labelled and any(names_listed(c) for c in papers):  # ``| Goal | [A](a), [B](b) |``
                self._unread([r for c in papers for r in c], "a row naming papers, not entries")
            else:
                self.blocks.extend(Block("table", line, c, ctx) for c in papers)
        return ctx

    def _row(self, cells: list[list[Run]], line: int, roles: list, ctx: Context) -> None:
        if _line_in_a_table(cells, roles):
            self._unread(
                [r for c in cells for r in c], "a line of text inside a table, not an entry"
            )
        elif "table" in self.kinds:
            roles = [*roles, *[None] * (len(cells) - len(roles))]  # a row wider than its header
            pairs = tuple(zip(roles, cells, strict=False))
            if any(role in ("paper", "title") and has_paper(c) for role, c in pairs):
                pairs = tuple((r, _no_papers(c) if r == DATA_ROLE else c) for r, c in pairs)
            for row in papers_in_one_cell(pairs):
                own = [c for role, c in row if role != "citing"]  # not ``Used By`` papers
                if not any(has_paper(c) for c in own) and any(has_paper(c) for _, c in row):
                    citing = [r for role, c in row if role == "citing" for r in c]
                    self._unread(citing, "papers that used the row's dataset or tool, not its own")
                    continue
                runs = [r for c in own for r in (*c, Run("text", " ", line))][:-1]
                self._keep(Block("table", line, runs, ctx, cells=by_roles(row), row=row))


def _no_papers(cell: list[Run]) -> list[Run]:
    """A ``Datasets`` cell beside the row's paper without its paper links (``[DBP15K](arxiv)``:
    a dataset's paper, not the row's); its code links stay (``[Github](repo)``)."""
    return [r for r in cell if r.kind != "link" or F.link_role(r) != "paper"]


def _line_in_a_table(cells: list[list[Run]], roles: list) -> bool:
    """``[Auferet](https://auferet.com) - AI game master with ...`` written between the rows of
    a table of three columns or more (a row of it, for Markdown): one cell opening with a short
    name linked to a site (no paper's, project's or code's page), then a dash and words about
    it in lower case, the other cells empty; not a paper's row whose other cells are yet to be
    filled (``| [Name](project page) Title | | |``, ``| Title [[Project Page]](url) | | |``,
    ``| [LLaMA](site) - Open and Efficient Foundation Language Models | | |``)."""
    filled = [c for c in cells if plain(c).strip(" -–—")]
    if len(roles) < 3 or len(filled) != 1:
        return False
    runs = [r for r in filled[0] if r.kind != "text" or r.text.strip()]
    if runs and runs[0].kind == "text" and re.fullmatch(r"\W*\w+(?: \w+)?:\s*", runs[0].text):
        runs = runs[1:]  # ``Sponsored: [Name](site) - ...``
    first = runs[0] if runs else None
    if first is None or first.kind != "link" or len(first.text.split()) > 3:
        return False
    said = plain(runs[1:]).strip()
    words = said.strip("-–— ").split()
    dashed = said[:1] in "-–—" and len(words) >= 4 and mostly_lower(words)  # not a title
    return dashed and F.link_role(first) == "other"
