"""Inline Markdown and HTML as one flat sequence of runs: text, links, breaks.

Every layout reader works on runs, so a link written ``[text](url)``, ``<a href>``, a bare
URL (linkify) or a badge ``[![alt](img)](url)`` looks the same to it, and every run keeps
the 1-based line it stands on. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from html.parser import HTMLParser

from markdown_it.token import Token

from pipeline.formats.common import EMOJI, SHORTCODES
from pipeline.formats.mdparser import MD, tame  # noqa: F401 (the readers' API)

_LEADING_SHORTCODES = re.compile(rf"^\s*{SHORTCODES.pattern}")

_TAG = re.compile(r"^<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)")
_ATTR = re.compile(r"""([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""")


@dataclass(frozen=True)
class Run:
    """A piece of inline content.

    ``kind`` is ``text``, ``link``, ``break`` (a soft/hard line break or ``<br>``) or
    ``badge`` (a shields.io badge outside a link: no text, its label in ``image``).
    A link's ``text`` is its visible text; ``image`` is the source of an image it wraps
    (a badge), and ``alt_only`` is true when all of its text is image alt text.
    """

    kind: str
    text: str
    line: int
    url: str = ""
    image: str | None = None
    bold: bool = False
    alt_only: bool = False


def _attrs(tag: str) -> dict[str, str]:
    return {k.lower(): v.strip("\"'") for k, v in _ATTR.findall(tag)}


class _Builder:
    """Accumulates runs while walking tokens or HTML, tracking bold and open links."""

    def __init__(self, line: int):
        self.line = line
        self.out: list[Run] = []
        self.bold = 0
        self.link: dict | None = None

    def text(self, s: str) -> None:
        if not s:
            return
        if self.link is not None:
            self.link["parts"].append(s)
            self.link["alt_only"] = self.link["alt_only"] and not s.strip()
            self.link["bold"] = self.link["bold"] or self.bold > 0
        else:  # emoji are decorations (``🔥 Names. **Title**``): they hide no field's words
            s = EMOJI.sub(" ", _LEADING_SHORTCODES.sub(" ", s))  # and ``:fire: Names``
            self.out.append(Run("text", s, self.line, bold=self.bold > 0))

    def image(self, src: str, alt: str) -> None:
        if self.link is not None:
            self.link["image"] = self.link["image"] or src
            self.link["parts"].append(alt)
        elif "shields.io/badge/" in src:
            # a badge outside a link says something (``CVPR'24``) but is never a title
            self.out.append(Run("badge", "", self.line, image=src))
        # any other image outside a link is decoration: no run

    def open_link(self, href: str) -> None:
        self.close_link()
        self.link = {"url": href, "parts": [], "image": None, "line": self.line}
        self.link.update(alt_only=True, bold=self.bold > 0)

    def close_link(self) -> None:
        lk, self.link = self.link, None
        if lk is None:
            return
        text = " ".join("".join(lk["parts"]).split())
        alt_only = bool(lk["image"]) and lk["alt_only"]
        self.out.append(Run("link", text, lk["line"], lk["url"], lk["image"], lk["bold"], alt_only))

    def brk(self, newline: bool) -> None:
        if newline:
            self.line += 1
        self.end_line()
        if self.link is not None:
            self.link["parts"].append(" ")
            return
        self.out.append(Run("break", "", self.line))

    def end_line(self) -> None:
        """A tab closing a line is no field separator (``Title\t`` + newline): dropped."""
        last = self.out[-1] if self.out and self.link is None else None
        if last is not None and last.kind == "text" and last.text.endswith("\t"):
            text = last.text.rstrip(" \t")
            if text:
                self.out[-1] = replace(last, text=text)
            else:
                self.out.pop()

    def html_tag(self, tag: str) -> None:
        m = _TAG.match(tag)
        if not m:
            return
        closing, name = m.group(1) == "/", m.group(2).lower()
        if name == "a":
            if closing:
                self.close_link()
            else:
                self.open_link(_attrs(tag).get("href", ""))
        elif name == "img" and not closing:
            a = _attrs(tag)
            self.image(a.get("src", ""), a.get("alt", ""))
        elif name in ("br", "p", "div", "li", "tr"):
            self.brk(False)
        elif name in ("b", "strong"):
            self.bold = max(0, self.bold + (-1 if closing else 1))


_FULLWIDTH_TAIL = re.compile(
    r"(?:%EF%BC%89|%EF%BC%8C|%EF%BC%9B|%E3%80%8[12]|%E3%80%8D|%E3%80%91)+$"
)
"""``https://x.org/a）``: full-width closing punctuation a bare URL runs into (``）``, ``，``,
``；``, ``、``, ``。``, ``」``, ``】``), percent-encoded, which no URL ends with."""


def _bare_domain(children: list[Token], i: int) -> bool:
    """A linkified word with no scheme, ``www.`` or path (``et.al``): not an address."""
    text = children[i + 1].content if i + 1 < len(children) else ""
    return "/" not in text and "@" not in text and not text.lower().startswith("www.")


_DATED = re.compile(r"(?<![\w-])(?:19|20)\d\d(?![\d.])|['’]\d\d(?!\d)|^\d{4}\.\d{4,5}(?:v\d+)?$")
"""A tag's year (``CVPR 2023``, ``TOIS(2020)``, ``ICLR'23``) or an arXiv ID, not a name
that holds a year (``SemEval-2017``)."""


def _leading_tag(b: _Builder, code: str, after: list[Token]) -> bool:
    """A code span that opens its line, names a year and is followed by text is a tag
    before the text (a venue, a date), as a bracketed one is: a code span ``CVPR 2023``
    or ``TOIS(2020)`` before ``Title``; a name in a code span is part of the title."""
    if b.link is not None or not after or after[0].type != "text" or not after[0].content.strip():
        return False
    if len(code) > 40 or not code.strip() or not _DATED.search(code):
        return False  # ``\`GPT-4\` Technical Report``: a name, part of the title
    for run in reversed(b.out):
        if run.kind == "break":
            return True
        if run.kind != "text" or run.text.strip():
            return False
    return True


def inline_runs(inline: Token, first_line: int | None = None) -> list[Run]:
    """The runs of one markdown-it ``inline`` token (line numbers 1-based)."""
    start = first_line if first_line is not None else (inline.map[0] if inline.map else 0)
    b = _Builder(start + 1)
    children = inline.children or []
    bare = False  # ``et.al``, ``Node.js``: a word linkify took for a domain stays text
    for i, c in enumerate(children):
        t = c.type
        if t == "code_inline" and _leading_tag(b, c.content, children[i + 1 : i + 2]):
            b.text(f"[{c.content}] ")  # a code span ``TOIS(2020)`` glued to a title: a tag
        elif t in ("text", "code_inline"):
            b.text(c.content)
        elif t in ("softbreak", "hardbreak"):
            b.brk(True)
        elif t == "link_open" and c.markup == "linkify" and _bare_domain(children, i):
            bare = True
        elif t == "link_open":
            href = str(c.attrGet("href") or "")
            b.open_link(_FULLWIDTH_TAIL.sub("", href) if c.markup == "linkify" else href)
        elif t == "link_close" and bare:
            bare = False
        elif t == "link_close":
            b.close_link()
        elif t == "image":
            b.image(str(c.attrGet("src") or ""), "".join(x.content for x in c.children or []))
        elif t == "strong_open":
            b.bold += 1
        elif t == "strong_close":
            b.bold = max(0, b.bold - 1)
        elif t == "html_inline":
            b.html_tag(c.content)
    b.close_link()
    b.end_line()
    return b.out


def markdown_runs(text: str, line: int) -> list[Run]:
    """Runs of a string of inline Markdown that starts on 1-based ``line``."""
    out: list[Run] = []
    for tok in MD.parseInline(text):
        out.extend(inline_runs(tok, line - 1))
    return out


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


class _HtmlReader(HTMLParser):
    """Splits an HTML block into table rows and other chunks, as runs."""

    def __init__(self, first_line: int):
        super().__init__(convert_charrefs=True)
        self.first = first_line
        self.chunks: list[HtmlChunk] = []
        self.builder: _Builder | None = None
        self.cells: list[HtmlCell] | None = None
        self.cell_header = False
        self.in_details = 0
        self.in_summary = False
        self.skip = 0
        self.spans: dict[int, int] = {}
        """Column -> rows still covered by a cell above (``rowspan``)."""
        self.cell_span = 0

    def _line(self) -> int:
        return self.first + self.getpos()[0] - 1

    def _start_chunk(self) -> None:
        self._end_chunk()
        self.builder = _Builder(self._line())

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
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "tr":
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
            self.builder = _Builder(self._line())
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
            if self.cell_span > 0:
                self.spans[len(self.cells)] = self.cell_span
            self.cells.append(HtmlCell(self.cell_header, self.builder.out))
            self.builder, self.cell_span = None, 0

    def _fill_spans(self) -> None:
        """Empty cells where a cell of a row above still stands (``rowspan``), so that the
        row's cells stay under their headers."""
        while self.cells is not None and self.spans.get(len(self.cells), 0) > 0:
            self.spans[len(self.cells)] -= 1
            self.cells.append(HtmlCell(False, []))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in ("td", "th"):
            self._end_chunk_cell()
        elif tag == "tr" and self.cells is not None:
            self._end_chunk_cell()
            self._fill_spans()
            runs = [r for c in self.cells for r in c.runs]
            self.chunks.append(HtmlChunk(self.row_line, runs, self.cells))
            self.cells = None
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

    def _builder(self) -> _Builder:
        if self.builder is None:
            self.builder = _Builder(self._line())
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

    def close(self) -> None:
        super().close()
        if self.cells is not None:
            self._end_chunk_cell()
            runs = [r for c in self.cells for r in c.runs]
            self.chunks.append(HtmlChunk(self.row_line, runs, self.cells))
            self.cells = None
        self._end_chunk()


def html_chunks(html: str, first_line: int) -> list[HtmlChunk]:
    """Table rows and other chunks of an HTML block starting on 1-based ``first_line``."""
    reader = _HtmlReader(first_line)
    reader.feed(html)
    reader.close()
    return reader.chunks


def plain(runs: list[Run]) -> str:
    """The text a reader sees, links included, on one line."""
    return " ".join("".join(r.text if r.kind != "break" else " " for r in runs).split())


def lines_of(runs: list[Run]) -> list[list[Run]]:
    """The runs split at line breaks (soft, hard and ``<br>``)."""
    out: list[list[Run]] = [[]]
    for r in runs:
        if r.kind == "break":
            if out[-1]:
                out.append([])
        else:
            out[-1].append(r)
    return [x for x in out if x]


def ends_text(runs: list[Run], start: int) -> bool:
    """Only punctuation, a maker's note (``(Microsoft)``, ``NVIDIA``), a line break or links
    follow: the run ends the line's text."""
    rest = ""
    for r in runs[start:]:
        if r.kind != "text":
            break
        rest += r.text
    note = rest.strip(" .,;:|-–—*_")
    if note.startswith("(") and note.endswith(")"):
        return len(note.split()) <= 4  # ``(Microsoft)``, ``(Google Research)``
    return len(note.strip("()[]").split()) <= 1  # ``NVIDIA``; not ``Deep Learning Track``
