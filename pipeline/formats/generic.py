"""The reading layer for any common Markdown paper list.

It finds the blocks that can hold one paper (a Markdown or HTML table row, a list item, a
bold-title paragraph with the lines that follow it, a line of a paragraph that lists
several papers), keeps the context around them (headings, parent items, bold year or
venue lines) and turns each block that links a paper into an entry whose fields are
chosen by role (:mod:`pipeline.formats.fields`), with the evidence of each choice. A block
that links a paper and has no readable title is returned as an unread block. Pure."""

from __future__ import annotations

from dataclasses import dataclass, field

from markdown_it.token import Token

from pipeline.formats import bareitems as BI
from pipeline.formats import belowtitle as BL
from pipeline.formats import blocks as B
from pipeline.formats import citedbelow as CB
from pipeline.formats import datedheads as DH
from pipeline.formats import describing as D
from pipeline.formats import detaillines as DL
from pipeline.formats import fielditems as FI
from pipeline.formats import fields as F
from pipeline.formats import items as I
from pipeline.formats import keyfields as K
from pipeline.formats import neighbours as N
from pipeline.formats import sections as S
from pipeline.formats import titleitems as TI
from pipeline.formats import versions as V
from pipeline.formats.bibtex import bibtex_year
from pipeline.formats.blocks import KINDS, Block, Context, block_title, has_paper, links_of
from pipeline.formats.blockstarts import starts_block
from pipeline.formats.contextlines import ContextLines
from pipeline.formats.entry import entries, to_entry
from pipeline.formats.frontmatter import page_title
from pipeline.formats.headingctx import heading_context, title_context
from pipeline.formats.htmlreading import HtmlReading
from pipeline.formats.htmlruns import html_heading
from pipeline.formats.linepapers import line_papers
from pipeline.formats.listtitle import pre_title, title_over_all
from pipeline.formats.mdparser import bracket_lines, reparsed
from pipeline.formats.paragroups import group_label, paper_groups
from pipeline.formats.preface import intro_heading, survey_heading
from pipeline.formats.runs import MD, Run, inline_runs, plain, tame
from pipeline.formats.tablerows import TableReading
from pipeline.formats.tables import table_roles
from pipeline.model import UnreadBlock

__all__ = ["KINDS", "Block", "Context", "Reader", "entries", "read", "table_roles", "to_entry"]


@dataclass
class Reader(TableReading, ContextLines, HtmlReading):
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
    """The heading just read and its context: an entry's title when untitled paper links
    follow (``### Title`` then ``- Paper: url``) before any entry of its own (authors, an
    abstract in ``<details>``, then ``[📄 Paper](url)``). The int: the block count at it."""
    heading_notes: list[list[Run]] = field(default_factory=list)
    """Untitled paragraphs under the heading just read (``Published 2026-10-01``): its entry's."""
    heading_blocks: int = 0  # blocks read before the last heading (none since: it is empty)
    heading_listed: bool = False  # items read under it (``## ~ 2024.``), not a contents list
    sticky: list[tuple[int, str]] = field(default_factory=list)
    """Empty year headings over the same-level headings after them, and a dated list title."""
    listed: bool = False  # an entry of the list itself was read: a ``News`` after it is none
    dividers: set[str] = field(default_factory=set)  # ``Year:`` lines that date groups
    heading_entry: Block | None = None  # the open block a ``### [Title](url)`` heading began
    ahead: tuple[list[Token], int] = ([], 0)  # the tokens after the paragraph being read
    paired: Block | None = None  # an open block: ``10. **Title**.`` and the links below it
    names_seen: int = 0  # items that are titles over one sub-item naming the paper
    topics_seen: int = 0  # items that are topics over several such sub-items (a veto)
    dated_names: int = 0  # headings read as the names of one dated address each
    names_everywhere: bool = False  # titles over a named sub-item everywhere: one paper each
    untitled_item: tuple[list[Run], Context] | None = None
    glued: list[Run] | None = None  # the last title line a list follows with no blank line
    """The last list item just read when it has a title and no link: the paragraph or list
    of authors and links after it (indented too little to stay in the item) is its."""

    @property
    def dated(self) -> str | None:
        """The list's title when it names a venue's year (its heading over every section,
        a front matter's too), whose year its papers must agree with."""
        return next((text for level, text in self.sticky if level == 0), None)

    def read(self, tokens: list[Token]) -> None:
        """Collect every block of the document."""
        i = 0
        while i < len(tokens):
            t, self.ahead = tokens[i], (tokens, i + 3)  # (what follows a paragraph)
            if t.type not in ("paragraph_open", "bullet_list_open", "ordered_list_open"):
                self.untitled_item = None  # only the paragraph or list right after it is its
            if t.type == "heading_open":
                self._heading(int(t.tag[1]), inline_runs(tokens[i + 1]))
                i += 3
            elif t.type == "paragraph_open":
                self._paragraph(inline_runs(tokens[i + 1]))
                i += 3
            elif t.type in ("bullet_list_open", "ordered_list_open"):
                end = I.closing_index(tokens, i)
                self._list(tokens, i, end)
                i = end + 1
            elif t.type == "hr" and self._holds_paper():
                self._flush()  # ``---`` after a paper's block: the next block is another's
                i += 1
            elif t.type == "table_open":
                end = I.closing_index(tokens, i)
                self._md_table(tokens, i, end)
                i = end + 1
            elif t.type == "html_block" and (
                h := html_heading(t.content, t.map[0] + 1 if t.map else 1, top=not self.headings)
            ):
                self._heading(*h)  # ``<h2 id='sota'>4.SOTA</h2>``: a heading written in HTML
                i += 1
            elif t.type == "html_block":
                self._html(t.content, (t.map[0] if t.map else 0) + 1)
                i += 1
            elif t.type == "fence" and self.open and (cited := bibtex_year(t, self.open)):
                self.open.details.extend(cited)  # the BibTeX of the paper above: year, title
                i += 1
            elif t.type == "code_block" and "](" in t.content:
                # NOTE: links indented 4+ spaces below a list are CommonMark code, meant as list lines
                self.read(reparsed(t))
                i += 1
            else:
                i += 1
        self._flush()

    def _heading(self, level: int, runs: list[Run]) -> None:
        """A heading ends the open block and sets the section, year and venue (``#``: a rule)."""
        if self._field_heading(runs):
            return
        self._flush()
        if not (text := plain(runs)).strip():
            return
        guess = block_title(runs) if level >= 2 and has_paper(runs) else None
        below = level >= self.headings[-1][0] if self.headings else survey_heading(text, level)
        if guess is not None and below:  # ``### [Title](arxiv-url)`` over its fields: an entry
            # (a section above still dates it); first in the file, a survey's: the list's own
            return self._heading_entry(level, runs, guess)
        section = bool(self.headings) and not links_of(runs)  # a second H1 in words
        section = section and (self.listed or not intro_heading(text))  # (not ``: A Survey``)
        awesome = not self.headings and B.AWESOME.search(text) is not None  # ``### Awesome-X``
        title = awesome or (self.intro and intro_heading(text))
        self.intro = self.intro and (level < 2 or title) and not section
        top = not self.headings and (level == 1 or awesome)  # the list's title
        if top or (level == 1 and not self.blocks and pre_title(self.sticky, self.headings)):
            self.sticky = title_over_all(text) or self.sticky  # (after ``# History``)
        self.headings = [*self._parents(level, text), (level, text)]
        self.heading_notes, self.heading_blocks, self.heading_listed = [], len(self.blocks), False
        above = title_context(self.ctx, self.headings[:-1], self.listed)  # no sibling's
        own = (runs, above, len(self.blocks)) if level >= 2 and not title else None
        self.titled = S.kept_title(self.titled, text, len(self.blocks)) or own
        if guess is not None:  # ``### [Title](arxiv-url)``, its fields in the list below
            self._linked_heading(Block("bullets", guess.line, runs, above, guess=guess))
        self.ctx = heading_context(self.headings, self.listed)

    def _parents(self, level: int, text: str) -> list[tuple[int, str]]:
        """The headings above one at ``level``: a dated list title (``# Awesome-ICCV2023-...``),
        the higher ones and an empty same-level year heading it follows (``### 2022``)."""
        prev = self.headings[-1] if self.headings else None
        if (
            prev is not None
            and prev[0] == level
            and len(self.blocks) == self.heading_blocks
            and not self.heading_listed
            and F.context_facts(prev[1])[0] is not None
        ):
            self.sticky = [h for h in self.sticky if h[0] < level] + [prev]
        own_year = F.context_facts(text)[0] is not None
        self.sticky = [h for h in self.sticky if h[0] < level or (h[0] == level and not own_year)]
        above = [h for h in self.headings if h[0] < level and h not in self.sticky] + self.sticky
        return B.over_section(above, text)

    def _flush(self) -> None:
        if self.open is not None:
            self._keep(self.open)
            self.open = None

    def _paragraph(self, runs: list[Run], kind: str = "bold-blocks") -> None:
        if self._quoted_detail(runs) or self._context_line(runs):
            return
        runs = self._after_label(runs)
        pending, self.untitled_item = self.untitled_item, None
        for group in paper_groups(runs):
            if group_label(group) and self._context_line(group):
                continue  # ``**Interspeech 2019**:`` over the lines below it
            guess = block_title(group)
            if guess and (free := self._free_heading()) and (TI.under_heading(guess, group, free) or self._quoted_note(runs, group, free)):  # fmt: skip
                guess = None  # ``#### Title`` over ``Robin Rombach, ...``, ``> **Its note**``
            noted = not links_of(group) and (D.paragraph(group) or D.facts_line(plain(group)))
            if noted and (self._free_heading(named=D.abstract(group)) or (D.tells_of(group, self.titled) and self._free_heading(True))):  # fmt: skip
                self.heading_notes.append(group)  # ``### Name: Title`` then what it does
                continue
            paired = pending and has_paper(group) and (B.authors_first(group) or guess is None)
            if paired and (title := block_title(pending[0])) is not None:
                self._flush()  # ``15. **Title**`` then ``   *Authors*. [[pdf](url)]``
                self.open = Block(kind, title.line, pending[0], pending[1], [group])
                self.paired, pending = self.open, None
                continue
            head, held = (self.open.head if self.open else None), self._holds_paper()
            under = self.open if held and self.open is self.heading_entry else None
            detail = DL.detail_line(guess, group, held, self.open) or DL.heading_field(guess, group, under, self._paper_ahead)  # fmt: skip
            guess = None if detail else guess
            if head and not links_of(head) and BL.byline_of(group, head):
                guess = None  # ``**Title**`` then ``> *Authors* \ ICLR 2022. [[Paper](url)]``
            if guess is not None and (guess.evidence != "text" or starts_block(group, head, held)):
                self._flush()
                self.open = Block(kind, guess.line, group, self.ctx, intro=self.intro, guess=guess)
            elif held and self.open and (title := B.title_above(self.open, group)) is not None:
                self.open.details.pop()  # ``Title`` / ``Paper: url``: the next entry's pair
                self._flush()
                self.open = Block(kind, title[0].line, title, self.ctx, [group])
            elif self.open is not None and B.other_arxiv(self.open, group):
                self._unread(group, "a second arXiv paper under one entry's title")
            elif self.open is not None:
                self.open.details.append(group)
            elif has_paper(group) and self._free_heading(named=guess is None):
                head, ctx = self._free_heading(named=True) or ([], self.ctx)
                self.titled, notes, self.heading_notes = None, self.heading_notes, []
                title = CB.cited_note(B.heading_title(head), notes)  # ``#### GHOST``
                self.open = Block(
                    "bold-blocks", title.line, head, ctx, [*notes, group], guess=title
                )
            elif guess is None and not links_of(group) and self._free_heading():
                self.heading_notes.append(group)
            elif has_paper(group):
                self._unread(group, "a paper link without a title near it")
        if not links_of(runs) and TI.glued_title(runs, *self.ahead):  # ``Title`` / ``- url``
            self.untitled_item, self.glued = (runs, self.ctx), runs  # (the list under it: fields?)

    def _holds_paper(self) -> bool:
        """Whether the open block already has a paper link (a new title ends it)."""
        return self.open is not None and B.holds_paper(self.open)

    def _free_heading(self, named: bool = False, dated: bool = False) -> tuple[list[Run], Context] | None:  # fmt: skip
        """The heading just read, when it can title the paper links below it: nothing
        has been read as an entry since, no block is open and it reads as a title (or,
        ``named``, as a method's name: ``#### GHOST`` over its abstract and ``[paper](url)``)."""
        if self.titled is None or self.open is not None:
            return None
        runs, ctx, count = self.titled
        titles = DH.heading_named(runs, dated, self.dated_names > 1) if named else block_title(runs)
        return (runs, ctx) if count == len(self.blocks) and titles else None

    def _unread(self, runs: list[Run], reason: str) -> None:
        urls = tuple(r.url for r in links_of(runs) if F.link_role(r) == "paper")
        line = next((r.line for r in runs), 1)
        self.unread.append(UnreadBlock(self.path, line, reason, plain(runs)[:200], urls))

    def _list(self, tokens: list[Token], start: int, end: int) -> None:
        items, pending = I.list_items(tokens, start, end), self.untitled_item
        self.heading_listed |= not all(I.contents_line(it.own) for it in items)
        glued = pending is not None and pending[0] is self.glued  # (a title line right over it)
        titled = I.fields_of(pending, items, glued) or self._free_heading()
        self.untitled_item = None
        one = not any(it.children for it in items) and BI.dated_address([it.own for it in items])
        keyed = (K.key_value_items(items) or one) and self._free_heading(True, bool(one))
        titled = titled or keyed
        listed = titled and BI.addresses([it.own for it in items], titled)  # a topic's papers
        titled = None if titled and TI.title_then_fields(items, self.ctx, titled[0]) else titled
        titled = None if listed else titled
        if titled and (keyed or not any(I.item_has_title(it) for it in items)):
            head, ctx = titled
            title = (keyed and K.paper_title(items)) or DH.heading_named(head, bool(one), self.dated_names > 1)  # ``### SatMAE``  # fmt: skip
            if title is not None and any(I.tree_has_paper(it) for it in items):
                self.titled, notes, self.heading_notes = None, self.heading_notes, []
                details = [*notes, *(ln for it in items for ln in I.all_lines(it))]
                self.dated_names += bool(one)
                self._add(Block("bullets", title.line, head, ctx, details, guess=title))
                return
        unpaired = self.open if self.open is not self.paired else None
        noted = unpaired is self.heading_entry and I.notes_list(items)  # notes on its paper
        if unpaired is not None and (noted or not any(I.item_has_title(it) for it in items)):
            for it in items:  # labelled fields under a bold title ("- Paper: https://...")
                for line in I.all_lines(it):
                    if B.other_arxiv(self.open, line) or (noted and has_paper(line)):
                        self._unread(line, "another paper under one entry's title, or in its notes")
                    else:
                        self.open.details.append(line)
            return
        self._linked_topic(items)  # ``## [Particle picking](review)`` over its papers
        self._flush()
        last, ctx, first, read = None, self.ctx, len(self.blocks), []
        self.names_seen += sum(I.named_below(it) is not None for it in items)
        self.topics_seen += sum(I.topic_over_names(it) for it in items)
        for it in items:
            label, _ = F.strip_label(plain(it.own))
            under = read and read[-1][2]  # right under a paper's item
            badges = under and not it.children and FI.field_links(it.own)
            fielded = under and (FI.code_item(it.own, I.tree_has_paper(it)) or FI.dated_item(it, items))  # fmt: skip
            if last is not None and not has_paper(it.own) and (label in FI.FIELD_LABELS or badges or fielded):  # fmt: skip
                last.details.extend(I.all_lines(it))  # ``- **Code:** url`` under a paper item
                continue
            if not it.children and not links_of(it.own) and F.context_facts(plain(it.own))[0]:
                ctx = ctx.with_facts(plain(it.own), "item")  # ``- **Year 2024**`` over siblings
                self._indented(it, ctx)  # its table (``- <details><summary>2023</summary>``)
                continue
            count = len(self.blocks)
            self._item(it, ctx)
            read.append((it, ctx, len(self.blocks) > count))
            if len(self.blocks) > count or I.item_has_title(it):
                last = self.blocks[count] if len(self.blocks) > count else None
        if len(self.blocks) == first + 1 and len(items) > 1:  # ``- Journal: Nature, 2023.09``
            self.blocks[first].details[:0] = K.dated_fields(items, self.blocks[first].line)
        for block in N.page_entries([(it.own, I.all_lines(it)[1:], c, m) for it, c, m in read]):
            self._add(block)  # titles linked to pages, papers by the list's convention
        self.blocks[first:] = sorted(self.blocks[first:], key=lambda b: b.line)

    def _indented(self, item: I.Item, ctx: Context) -> None:
        """The blocks of an item read on their own (code-indented lines, a table), in ``ctx``."""
        for tokens in item.indented:
            saved, self.ctx = self.ctx, ctx
            self.read(tokens)
            self.ctx = saved

    def _item(self, item: I.Item, ctx: Context) -> None:
        """One list item: an entry, a parent of entries (year, venue), or details."""
        above, self.untitled_item = self.untitled_item, None  # a title item's fields follow it
        self._indented(item, ctx)
        pieces = (I.inline_papers(item.own) or line_papers(item.own)) if not item.children else None
        if pieces is not None:  # several papers written in one item
            for piece in pieces:
                self._add(Block("bullets", piece[0].line, piece, ctx))
            return
        guess = block_title(item.own)
        guess = CB.cited_title(item, guess) if has_paper(item.own) else guess
        loose = [ch for ch in item.children if not I.item_has_title(ch)]
        if has_paper(item.own) and guess is not None:
            again = [c for c in item.children if I.item_has_title(c) and V.restates(item.own, c)]
            details = [ln for ch in loose for ln in I.all_lines(ch)]  # not a version's fields
            self._add(Block("bullets", guess.line, item.own, ctx, details, guess=guess))
            for ch in item.children:
                if I.item_has_title(ch) and ch not in again:
                    self._item(ch, ctx)
            return
        named = I.named_below(item) if self.names_everywhere else None  # ``* Title``/``* BID``
        if guess is not None and (named or I.restated_by_child(item)):  # or authors + title
            return self._add(Block("bullets", guess.line, item.own, ctx, I.all_lines(item)[1:]))
        if any(I.tree_has_paper(ch) for ch in loose) and not has_paper(item.own):
            guess, head, details = I.head_among(item.own, loose)
            if guess is not None:
                self._add(Block("bullets", guess.line, head, ctx, details, guess=guess))
                for ch in item.children:
                    if ch not in loose:
                        self._item(ch, ctx)
                return
        above = TI.title_item(*above) if above else None
        if has_paper(item.own) and I.fields_of(above, [item]) and not item.children:
            self._add(Block("bullets", above[0][0].line, *above, I.all_lines(item)))  # ``- Title``
        elif not item.children and (bare := BI.bare_block(item.own, ctx)):
            self._add(bare)  # ``- https://doi.org/…``: an untitled entry
        elif has_paper(item.own):
            self._unread(item.own, "a paper link without a title in its item")
        elif B.empty_cited(item.own):
            self._unread(item.own, "a paper cited with an empty link")
        elif guess is not None and not item.children and not links_of(item.own):
            self.untitled_item = (item.own, ctx)
        sub = I.below(item, ctx)
        for ch in item.children:
            self._item(ch, sub)

    def _add(self, block: Block) -> None:
        if block.kind not in self.kinds:
            return
        self.listed = self.listed or not (block.intro or block.ctx.preface)
        self._keep(block)

    def _keep(self, block: Block) -> None:
        """An entry's block, unless its section holds books, talks or blogs (unread)."""
        if S.off_papers(block):
            return self._unread(block.head, S.off_reason(block))
        self.blocks.append(block)


def read(text: str, path: str, kinds: tuple[str, ...] = KINDS) -> Reader:
    """Read a list's text; the reader holds the blocks and the unread blocks."""
    page = title_over_all(page_title(text) or "")  # (a front matter's title: the page's H1)
    ctx = Context().with_heading(page[0][1]) if page else Context()
    start = {"sticky": page, "ctx": ctx}
    reader = Reader(path, kinds, tokens=MD.parse((tamed := tame(text))[0]), **start)
    reader.read(reader.tokens)
    if reader.names_seen >= NAMES_BELOW and not reader.topics_seen:  # one item per section too
        reader = Reader(path, kinds, tokens=reader.tokens, names_everywhere=True, **start)
        reader.read(reader.tokens)
    reader.unread.extend(bracket_lines(path, text, tamed[1]))  # (lines ``tame`` lost)
    return reader


NAMES_BELOW = 2  # items of one list written as a title over a named sub-item: a convention
