"""HTML blocks of a Markdown list as runs: table rows (cells under their headers, a
group's year carried down a ``rowspan``) and the chunks between them. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from html.parser import HTMLParser

from pipeline.formats.common import VENUE_RE
from pipeline.formats.runs import Builder, Run, markdown_runs


@dataclass
class HtmlCell:
    """One ``<td>``/``<th>`` of an HTML table row."""

    header: bool
    runs: list[Run]


@dataclass
class HtmlChunk:
    """A piece of an HTML block: a table row (``cells``) or a run of other content."""

    line: int
    runs: list[Run]
    cells: list[HtmlCell] | None = None
    details: bool = False
    summary: bool = False
    """The chunk is a ``<summary>``: the visible head of a ``<details>`` block."""


_YEAR_CELL = re.compile(r"\W*(?:19|20)\d\d\W*")


def year_alone(runs: list[Run]) -> bool:
    """A year and nothing else: a cell that dates a group of rows, an HTML line over the
    entries it dates (not ``KITTI 2015``, ``Before 2019`` or ``BERT (2018)``: a benchmark,
    a bound, a name)."""
    if any(r.kind not in ("text", "break") for r in runs):
        return False
    return _YEAR_CELL.fullmatch("".join(r.text for r in runs).strip()[:40]) is not None


_DATED_HEADER = re.compile(r"(?i)\b(?:years?|dates?|time|venues?|conf\w*|pub\w*)\b")


def _group_venue(cell: HtmlCell, dated: bool) -> HtmlCell:
    """What a cell spanning rows gives each of them: its venue and year as text when it
    only names them, under a venue or year header (``Years``: ``<a href="icml.cc/...">ICML
    2023</a>``; not a ``Dataset`` column's ``ISBI 2012``), else nothing."""
    text = " ".join("".join(r.text for r in cell.runs if r.kind != "break").split())
    m = VENUE_RE.fullmatch(text[:40])
    if not dated or m is None or not (m["yy"] or m["yyyy"]) or not cell.runs:
        return HtmlCell(False, [])
    return HtmlCell(False, [Run("text", text, cell.runs[0].line)])


class _HtmlReader(HTMLParser):
    """Splits an HTML block into table rows and other chunks, as runs."""

    def __init__(self, first_line: int):
        super().__init__(convert_charrefs=True)
        self.first = first_line
        self.chunks: list[HtmlChunk] = []
        self.builder: Builder | None = None
        self.cells: list[HtmlCell] | None = None
        self.cell_header = False
        self.in_details = 0
        self.in_summary = False
        self.skip = 0
        self.spans: dict[int, tuple[int, HtmlCell]] = {}
        """Column -> rows still covered by a cell above (``rowspan``), and what those rows
        read there: a cell of only a year (``2016``: the year of a group of rows), else
        nothing (a title, a name or a link is the first row's)."""
        self.cell_span = 0
        self.headers: dict[int, str] = {}  # column -> its header's text
        self.table_rows = 0  # rows read in the current table

    def _line(self) -> int:
        return self.first + self.getpos()[0] - 1

    def _start_chunk(self) -> None:
        self._end_chunk()
        self.builder = Builder(self._line())

    def _end_chunk(self) -> None:
        b, self.builder = self.builder, None
        if b is None:
            return
        b.close_link()
        if self.cells is not None:
            self.cells.append(HtmlCell(self.cell_header, b.out))
        elif any(r.kind != "break" for r in b.out):
            chunk = HtmlChunk(b.line, b.out, details=self.in_details > 0, summary=self.in_summary)
            self.chunks.append(chunk)
        self.in_summary = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        raw = self.get_starttag_text() or f"<{tag}>"
        if tag == "table":
            self.headers, self.table_rows = {}, 0
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "tr":
            self._end_row()  # a row left open ends where the next begins, as browsers read it
            self._end_chunk()
            self.cells = []
            self.row_line = self._line()
        elif tag in ("td", "th") and self.cells is not None:
            self._end_chunk_cell()
            self._fill_spans()
            span = dict(attrs).get("rowspan") or "1"
            digits = span.strip()
            self.cell_span = min(int(digits), 1000) - 1 if re.fullmatch(r"[0-9]+", digits) else 0
            self.cell_header = tag == "th"
            self.builder = Builder(self._line(), cell=True)
        elif tag in ("p", "li", "table", "ul", "ol", "summary", "h1", "h2", "h3", "h4", "h5", "h6"):
            if self.cells is None:
                self._start_chunk()
                self.in_summary = tag == "summary"
        elif tag == "details":
            if self.cells is None:
                self._end_chunk()
            self.in_details += 1
        else:
            self._builder().html_tag(raw)

    def _end_chunk_cell(self) -> None:
        if self.builder is not None and self.cells is not None:
            self.builder.close_link()
            cell = HtmlCell(self.cell_header, self.builder.out)
            if self.cell_header or not self.table_rows:  # ``<th>``, or the first row's ``<td>``
                self.headers[len(self.cells)] = "".join(r.text for r in cell.runs)
            if self.cell_span > 0:
                dated = _DATED_HEADER.search(self.headers.get(len(self.cells), ""))
                shared = cell if year_alone(cell.runs) else _group_venue(cell, bool(dated))
                self.spans[len(self.cells)] = (self.cell_span, shared)
            self.cells.append(cell)
            self.builder, self.cell_span = None, 0

    def _fill_spans(self) -> None:
        """Empty cells where a cell of a row above still stands (``rowspan``), so that the
        row's cells stay under their headers."""
        while self.cells is not None and self.spans.get(len(self.cells), (0,))[0] > 0:
            left, cell = self.spans[len(self.cells)]
            self.spans[len(self.cells)] = (left - 1, cell)
            self.cells.append(cell)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in ("td", "th"):
            self._end_chunk_cell()
        elif tag in ("tr", "table"):
            self._end_row()
        elif tag == "details":
            if self.cells is None:
                self._end_chunk()  # text before </details> is part of the details
            self.in_details = max(0, self.in_details - 1)
        elif tag in ("a", "b", "strong"):
            self._builder().html_tag(f"</{tag}>")
        elif tag in ("p", "li", "summary", "ul", "ol"):  # ``</ul>`` also ends an unclosed ``<li>``
            self._end_chunk() if self.cells is None else None

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self._builder().html_tag(self.get_starttag_text() or f"<{tag}/>")

    def _builder(self) -> Builder:
        if self.builder is None:
            self.builder = Builder(self._line())
        return self.builder

    def handle_data(self, data: str) -> None:
        if self.skip or (self.cells is not None and self.builder is None and not data.strip()):
            return  # the spaces between a row's cells are not a cell
        b = self._builder()
        lines = data.split("\n")
        for i, part in enumerate(lines):
            if i:
                b.brk(True)
            if part.strip() and b.link is not None:
                b.text(part)
            elif part.strip():
                # Markdown written inside HTML still holds links a reader sees as links
                for r in markdown_runs(part, b.line):
                    if r.kind == "link":
                        b.close_link()
                        b.out.append(replace(r, line=b.line, bold=r.bold or b.bold > 0))
                    elif r.kind == "text":
                        b.text(r.text)

    def _end_row(self) -> None:
        """Close the open table row, if any, as one chunk of its cells."""
        if self.cells is None:
            return
        self._end_chunk_cell()
        self._fill_spans()
        runs = [r for c in self.cells for r in c.runs]
        self.chunks.append(HtmlChunk(self.row_line, runs, self.cells))
        self.cells, self.table_rows = None, self.table_rows + 1

    def close(self) -> None:
        super().close()
        self._end_row()
        self._end_chunk()


def html_chunks(html: str, first_line: int) -> list[HtmlChunk]:
    """Table rows and other chunks of an HTML block starting on 1-based ``first_line``."""
    reader = _HtmlReader(first_line)
    reader.feed(html)
    reader.close()
    return reader.chunks


_HEADING = re.compile(r"\s*<h([1-6])\b[^>]*>((?:(?!</?h[1-6]\b).)*)</h\1>\s*", re.S | re.I)
"""A block that is one HTML heading and nothing else."""
_NOT_TITLE_BLOCK = re.compile(
    r"(?i)<(?:li|ul|ol)\b|<a\b[^>]{0,300}?href=[\"']?[^\"'>\s]{0,200}(?:arxiv\.org|doi\.org|"
    r"openreview\.net|aclanthology\.org)[^>]{0,300}>\s*(?!<img\b)[^<\s]"
)
"""What a block around a list's ``<h1>`` title does not hold: a list, or a paper's link in
words (an entry; a badge's image linking the list's own survey is a title block's)."""
_H1 = re.compile(r"<h1\b[^>]{0,200}>(?:(?!</?h[1-6]\b)[^<]|<(?!/?h[1-6]\b))*</h1\s*>", re.I)


def html_heading(html: str, first_line: int, top: bool = False) -> tuple[int, list[Run]] | None:
    """The level and runs of a block that is one HTML heading in words
    (``<h2 id='sota'>4.SOTA</h2>``), else ``None`` (one that links a page, the list's own
    survey under its title, or holds only an image, is read as HTML). At the ``top`` of a
    list, before any heading, an ``<h1>`` among a centred block's badges and links is the
    list's title (``<div align="center"><h1>top CVPR 2024 papers</h1><a …>2023</a></div>``)."""
    m = _HEADING.fullmatch(html)
    h1 = _H1.search(html) if m is None and top and not _NOT_TITLE_BLOCK.search(html) else None
    if h1 is not None:
        return html_heading(h1.group(0), first_line + html.count("\n", 0, h1.start()))
    if m is None:
        return None
    runs = [r for c in html_chunks(html, first_line) for r in c.runs if r.kind != "break"]
    if not "".join(r.text for r in runs if r.kind == "text").strip():
        return None  # ``<h3 align="center"><img src="overview.png"></h3>``: a figure
    linked = any(r.kind == "link" and r.url and not r.url.startswith("#") for r in runs)
    return None if linked else (int(m[1]), runs)  # an in-page anchor (``🔝``) is no link


def summaries_before(chunks: list[HtmlChunk]) -> list[HtmlChunk]:
    """The ``<summary>`` heads written above a block's first table row
    (``<details><summary>2025 (6)</summary><table>...``): they head the rows below them."""
    first = next((c.line for c in chunks if c.cells is not None), None)
    return [c for c in chunks if first is not None and c.summary and c.line < first]
