"""The table part of the reading layer: Markdown and HTML table rows as blocks, a row that
only names a year dating the rows below it, and header-less grids of one paper per cell.
A mixin of :class:`pipeline.formats.generic.Reader` (it uses the reader's state). Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from markdown_it.token import Token

from pipeline.formats import fields as F
from pipeline.formats.blocks import Block, Context, has_paper
from pipeline.formats.common import mostly_lower
from pipeline.formats.fieldtables import field_table
from pipeline.formats.rowcells import (
    arxiv_linked,
    names_listed,
    papers_in_one_cell,
    titles_beside_names,
)
from pipeline.formats.runs import Run, plain
from pipeline.formats.tables import (
    by_roles,
    data_table,
    date_row,
    ditto_years,
    leaderboard,
    side_by_side,
    table_roles,
    table_rows,
    venue_columns,
)


class TableReading:
    """Reads table rows into the reader's blocks (``ctx``, ``kinds``, ``blocks``)."""

    ctx: Context
    kinds: tuple[str, ...]
    blocks: list[Block]

    def _flush(self) -> None:  # the reader's own: ends the open block
        raise NotImplementedError

    def _unread(self, runs: list[Run], reason: str) -> None:  # the reader's own
        raise NotImplementedError

    def _md_table(self, tokens: list[Token], start: int, end: int) -> None:
        self._flush()
        self._table(*table_rows(tokens[start:end]))

    def _table(self, rows: list[list[list[Run]]], lines: list[int]) -> None:
        if not rows:
            return
        if (fielded := field_table(rows, lines[0], self.ctx)) is not None:
            self.blocks.append(fielded)  # a paper's own key/value table under its title
            return
        rows, lines, sides = side_by_side(rows, lines)
        headers = [plain(c) for c in rows[0]]
        roles = venue_columns(rows, table_roles(headers))
        roles = titles_beside_names(rows, roles)
        base = replace(self.ctx, data_table=True) if data_table(headers, roles, rows) else self.ctx
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
            for row in papers_in_one_cell(tuple(zip(roles, cells, strict=False))):
                own = [c for role, c in row if role != "citing"]  # not ``Used By`` papers
                if not any(has_paper(c) for c in own) and any(has_paper(c) for _, c in row):
                    citing = [r for role, c in row if role == "citing" for r in c]
                    self._unread(citing, "papers that used the row's dataset or tool, not its own")
                    continue
                runs = [r for c in own for r in (*c, Run("text", " ", line))][:-1]
                self._keep(Block("table", line, runs, ctx, cells=by_roles(row), row=row))


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
