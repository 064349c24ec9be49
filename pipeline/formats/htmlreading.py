"""HTML blocks of a list: ``<table>`` rows, ``<details>`` with a ``<summary>`` that dates
or titles what it folds, paragraphs written in HTML. A mixin of
:class:`pipeline.formats.generic.Reader` (it uses the reader's state). Pure."""

from __future__ import annotations

import re

from pipeline.formats import authors as A
from pipeline.formats import blocks as B
from pipeline.formats import fields as F
from pipeline.formats.blocks import Block, Context, block_title, has_paper, links_of
from pipeline.formats.htmlruns import HtmlChunk, html_chunks, summaries_before, year_alone
from pipeline.formats.runs import Run, plain


class HtmlReading:
    """Reads an HTML block into rows, context and paragraphs."""

    ctx: Context
    open: Block | None

    def _html(self, html: str, line: int) -> None:
        """An HTML block: its table's rows, the summaries over them, its paragraphs."""
        chunks = html_chunks(html, line)
        rows, heads = [c for c in chunks if c.cells is not None], summaries_before(chunks)
        for c in heads:  # ``<summary>2025 (6)</summary>`` over the table's rows
            self.ctx = self.ctx.with_facts(plain(c.runs), "details")
        if rows:
            self._flush()
            header = rows[0]
            has_header = any(c.header for c in header.cells or []) or not links_of(header.runs)
            table_rows = [[c.runs for c in (r.cells or [])] for r in rows]
            table_lines = [r.line for r in rows]
            if not has_header:
                table_rows.insert(0, [])
                table_lines.insert(0, line)
            self._table(table_rows, table_lines)
        for c in chunks:
            if c.cells is not None or c in heads:
                continue  # the rows were read above, with the summaries that head them
            paper = self._holds_paper() or has_paper(c.runs)  # this or the open block's
            free = self._free_heading() is not None  # (a fold under ``### Title`` is its part)
            titled = _paper_summary(c.runs) and not free  # not ``### Title``'s
            titled = titled or (c is chunks[-1] and self.open is None and _bold_fold(c, free))
            part = paper and not titled and _part_fold(c.runs)  # ``<summary>Key points</summary>``
            if c.summary and (paper or titled) and not part and block_title(c.runs) is not None:
                self._flush()  # ``<summary>Next Title</summary>``: the next paper's head
                self._paragraph(c.runs)
            elif c.summary and not paper and F.context_facts(plain(c.runs)) != (None, None):
                self._flush()  # ``<summary><b>2026</b></summary>``: dates what it folds
                self.ctx = self.ctx.with_facts(plain(c.runs), "details")
            elif not self._holds_paper() and _year_over(c, chunks):
                self._flush()  # ``<h3>2021</h3>`` over ``<li>`` entries, under an intro's note
                # (under an entry with its paper, ``<p>2016</p>`` is that entry's year)
                self.ctx = self.ctx.with_facts(plain(c.runs), "line")
            elif not self._holds_paper() and _labelled_links_under(self.open, c.runs):
                self.open.details.append(c.runs)  # ``**Title**`` / ``<div>[📖 Paper](url)</div>``
            elif B.folds_under(self.open, c.runs, c.details):
                self.open.details.append(c.runs)
            elif c.details and not has_paper(c.runs) and self._free_heading():
                self._context_line(c.runs)  # an abstract under a paper's heading; a year dates
            else:
                self._paragraph(c.runs)


def _year_over(chunk: HtmlChunk, chunks: list[HtmlChunk]) -> bool:
    """A chunk that is a year alone, over a chunk that is a titled paper of its own: the
    year of the entries below, not a detail of the block above (an intro's note)."""
    below = next((c for c in chunks if c.line > chunk.line and c.cells is None), None)
    if below is None or not year_alone(chunk.runs):
        return False
    return has_paper(below.runs) and block_title(below.runs) is not None


def _labelled_links_under(block: Block | None, runs: list[Run]) -> bool:
    """``🔥 **RT-2: Robotics Transformer 2 ...**`` over ``<div> <img> [📖 Paper](arxiv) |
    [🌟 Project](url) </div>`` and its description: links that are only labels (a paper's
    among them) under a bold title waiting for its paper are that title's."""
    guess = block_title(block.head) if block is not None and not block.details else None
    links = links_of(runs)
    if guess is None or not guess.evidence.startswith("bold") or not has_paper(runs):
        return False
    lead = plain(runs[: runs.index(links[0])])  # (not ``"Next Title" (Names). <a>PDF</a>``)
    after = runs[runs.index(links[-1]) + 1 :]
    end = next((i for i, r in enumerate(after) if r.kind == "break"), len(after))
    tail = re.search(r"\w", plain(after[:end]))  # (not ``[📖 Paper](url) — RT-2: Title``)
    return not re.search(r"\w", lead) and not tail and all(F.is_generic(r.text) for r in links)


_PART = re.compile(
    r"(?i)(?:key\s+(?:points|ideas|insights|findings|takeaways)|abstract|summary|tl;?\s?dr|bibtex"
    r"|citation|cite|method(?:s|ology)?|details|notes|highlights|(?:main\s+)?contributions"
    r"|results|figures?|more|show\s+more|click\s+to\s+expand)"
)
"""A ``<summary>`` that names a part of the paper above (``Key points``, ``Abstract``)."""


def _part_fold(runs: list[Run]) -> bool:
    """``<summary>Key points</summary>``, ``<summary>Abstract</summary>``: a part of the
    paper above, none of it bold, not the next paper (``<summary>Generative adversarial
    nets</summary>``)."""
    if any(r.bold for r in runs if r.kind == "text" and r.text.strip()):
        return False
    return _PART.fullmatch(plain(runs).strip(" :")) is not None


def _bold_fold(chunk: HtmlChunk, under_heading: bool) -> bool:
    """``<details><summary><b>CLIP: Learning Transferable ...</b></summary>`` over the
    paper's field bullets, its fold still open, no block open: a bold title alone heads the
    paper the fold holds; under a heading that could title it (``#### Representative
    Works``, ``### Segment Anything``) only a ``Name: Title``."""
    guess = block_title(chunk.runs)
    texts = [r for r in chunk.runs if r.kind == "text" and r.text.strip()]
    if not chunk.summary or guess is None or not all(r.bold for r in texts):
        return False
    return len(guess.title.split()) >= 4 and (not under_heading or guess.short_name is not None)


def _paper_summary(runs: list[Run]) -> bool:
    """``<summary><b>📄 Title</b> — <i>Bhavya Vasudeva et al. (USC, UBC)</i></summary>``: a
    paper's bold title and its authors head what the details fold (its link below), not a
    note of the block above it (``> How Muon's spectral design ...``, ``**Key insight**: ...``);
    a fold of a paper's parts has no byline (``Training Setup and Hyperparameters Used``)."""
    guess = block_title(runs)
    if guess is None or not guess.evidence.startswith("bold") or len(guess.title.split()) < 4:
        return False
    rest = plain([r for r in runs if r.kind == "text" and not r.bold]).strip(" —–-:|")
    names = re.split(r"\s*\(", rest)[0].strip()  # ``Names (Lab)``
    dashed = any(r.text.strip() in ("—", "–") for r in runs if r.kind == "text" and not r.bold)
    return (dashed and bool(rest)) or "et al" in rest or A.names_like(names) or A.people(names)
