"""A paper's own key/value table under its title heading (``### 1. Title`` over ``| 项目 | 内容
|`` and rows ``| **ArXiv ID** | [id](url) |``, ``| **PDF** | [下载链接](pdf) |``, ``| **代码** |
[repo](url) |``): one entry, titled by the heading, its rows its fields. Pure."""

from __future__ import annotations

import re

from pipeline.formats import fields as F
from pipeline.formats.blocks import Block, Context, has_paper
from pipeline.formats.runs import Run, plain


def field_table(rows: list[list[list[Run]]], line: int, ctx: Context) -> Block | None:
    """The table ``rows`` (header first) as one entry's block when it is a paper's fields:
    two columns, three rows or more, most of them a short bold label beside its value, a
    paper link in some values but no more than half (not a table of names and papers), and
    a heading above that reads as a title."""
    body = rows[1:]
    if len(rows[0]) != 2 or len(body) < 3 or any(len(r) != 2 for r in body):
        return None
    labels = sum(_label(cell) for cell, _ in body)
    papers = sum(has_paper(value) for _, value in body)  # one paper's: its ID row, its PDF row
    title = _heading_title(ctx.section or "")
    if labels * 4 < len(body) * 3 or title is None or not 0 < papers * 2 <= len(body):
        return None  # not ``| **DAGNN** | [Title](pdf) |`` rows: a table of papers
    gap, end = Run("text", ": ", line), Run("break", "\n", line)
    runs = [r for key, value in body for r in (*key, gap, *value, end)]
    guess = F.TitleGuess(title, None, "heading over the paper's field table", line)
    return Block("table", line, runs, ctx, guess=guess)


def _label(cell: list[Run]) -> bool:
    """``**ArXiv ID**``, ``**代码**``: a short bold label (four words, 24 characters at most)."""
    text = plain(cell).strip()
    bold = bool(cell) and all(r.bold for r in cell if r.text.strip())
    return bold and 0 < len(text) <= 24 and len(text.split()) <= 4


_NUMBER = re.compile(r"^\s*\d{1,4}[.)]\s+")


def _heading_title(section: str) -> str | None:
    """``1. Real Image Denoising with ...``: the heading's text, its number gone, when it
    reads as a title (three words or more)."""
    text = _NUMBER.sub("", section).strip()
    return text if len(text.split()) >= 3 and F.title_like(text) else None
