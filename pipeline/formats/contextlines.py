"""Lines that only name a year or a venue and date the entries under them (``2023``,
``**[AAAI 2020](site)**``, ``*ICRA 2022*: [[Conference]](site)``), and headings that are a
field of the paper above (``#### Code: url``) or an entry (``### [Title](arxiv)``). A mixin of
:class:`pipeline.formats.generic.Reader` (it uses the reader's state). Pure."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace

from markdown_it.token import Token

from pipeline.formats import blocks as B
from pipeline.formats import boldtags as BT
from pipeline.formats import fields as F
from pipeline.formats import items as I
from pipeline.formats import linkedtopics as LT
from pipeline.formats.blocks import Block, Context, block_title, has_paper, links_of
from pipeline.formats.common import CJK, mostly_lower
from pipeline.formats.dates import VENUE_NAME_WORD
from pipeline.formats.links import target_role, venue_page
from pipeline.formats.paragroups import group_label
from pipeline.formats.preface import survey_heading
from pipeline.formats.runs import Run, inline_runs, plain
from pipeline.formats.venuetail import byline_venue

_AHEAD = 400
"""Tokens looked at after a venue line under a paper heading (bounded: linear on any list)."""


def _titled_paper(r: Run) -> bool:
    return r.kind == "link" and len(r.text.split()) >= 3 and target_role(r) == "paper"


_OWN = re.compile(r"(?i)\b(?:our|this\s+(?:repo(?:sitory)?|list|survey|paper|collection))\b")
"""An introduction's sentence about the list's own paper (``This repository accompanies our
survey [Title](arxiv)``): no entry a quote after it belongs to."""
_BARE_YEAR = re.compile(r"[\s*_#]*(?:19|20)\d\d[\s*_:]*")
"""A quote of a year alone: a heading over the entries after it, wherever it stands."""
_ARXIV_FIRST = re.compile(r"(?i)\s*arxiv\b")
_ONE_YEAR = re.compile(r"(?<![\d\-–])((?:19|20)\d\d)(?![\d\-–])")
_LABEL_WORDS = re.compile(
    r"\b(?:Papers?|Orals?|Posters?|Accepted|Track|Presentations?|Workshops?|Sessions?|"
    r"Spotlights?|Tutorials?|Demos?|Findings|Proceedings|Conferences?|Highlights?|Awards?)\b"
)
"""Words of a label over papers (``Accepted Papers. ICLR 2024``, ``Main Track. IJCAI 2022``)."""


def _byline_venue(text: str) -> bool:
    """A paper's names and its venue and year (``Yoon Kim. EMNLP 2014``,
    :func:`~.venuetail.byline_venue`): its own line, no line over the papers after it (a
    label's words before the venue make it one)."""
    t = text.strip(" *_")
    return byline_venue(t) and not _LABEL_WORDS.search(t.split(".", 1)[0])


MAX_GROUP_WORDS = 16
"""Words of a venue line over a group (``*IEEE Transactions on ... (2020-now)*:``)."""


_SELF_LEAD = re.compile(r"(?:The|This)\s+(?:paper|work|study|article)\b|We\s|Our\s|It\s")
"""How a quote about the paper opens (``The paper defines ...``, ``We propose ...``)."""


class ContextLines:
    """Reads year and venue lines into the reader's context (``ctx``, ``open``)."""

    ctx: Context
    open: Block | None
    dividers: set[str]
    heading_entry: Block | None
    linked_open: Block | None = None
    """The entry a linked heading above the last heading's level opened."""
    tokens: list[Token]
    heading_counts: tuple[int, int] | None = None
    """The list's section headings that are one link, and those that are not."""
    ahead: tuple[list[Token], int]
    own_lines_in: str | None = None
    """The section whose paper headings were seen to take the venue line under them."""
    untitled_item: tuple[list[Run], Context] | None
    intro: bool
    blocks: list[Block]
    titled: tuple[list[Run], Context, int] | None
    heading_notes: list[list[Run]]
    survey_at: tuple[int, Block] | None = None
    """A linked survey heading read as the list's own, and its level."""
    quoted_in: Block | None = None
    """The open block a quoted paragraph under it was read into (:meth:`_quoted_detail`)."""
    quote_markers: bool = False
    """A quote of only a year or venue stood where no entry was open: such quotes head entries."""

    def _flush(self) -> None:  # the reader's own: ends the open block
        raise NotImplementedError

    def _heading_entry(self, level: int, runs: list[Run], guess: F.TitleGuess) -> None:
        """``### [Title](arxiv-url)``, its fields below: an entry, not a section. One that
        links a survey before any entry is the list's own (:func:`survey_heading`), and so is
        any paper heading right under the list's title whose text says so (``this
        repository``), until a second paper heading at its level shows the list is written
        so (``## [Title](url)`` for every entry): then it is the list's first entry."""
        own = survey_heading(plain(runs), level)
        first = level == 2 and [h[0] for h in self.headings] == [1] and not own  # under ``#``
        intro = self.intro and not self.blocks and (first or own)
        survey = self.survey_at[1] if self.survey_at and self.survey_at[0] == level else None
        read = survey is not None and (self.open is survey or survey in self.blocks)
        later = self.blocks[self.blocks.index(survey) + 1 :] if survey in self.blocks else []
        if read and not any(B.holds_paper(b) for b in later):  # no paper between them
            survey.intro = False  # the next paper heading (``**Authors** - TNNLS`` may be)
        self.open = self.heading_entry = Block("bullets", guess.line, runs, self.ctx, guess=guess, intro=intro, own_if_said=intro and first)  # fmt: skip
        self.survey_at = (level, self.open) if intro else None
        self.titled, self.heading_notes = None, []

    def _unread(self, runs: list[Run], reason: str) -> None:  # the reader's own
        raise NotImplementedError

    def _linked_heading(self, block: Block) -> None:
        """A linked heading above the last one's level opens its entry (:meth:`_heading_entry`
        opens one below it)."""
        self.open, self.titled, self.linked_open = block, None, block

    def _linked_topic(self, items: list[I.Item]) -> None:
        """The open heading entry is dropped (unread) when it is a topic linking its review
        (:func:`LT.linked_topic`) among section headings mostly plain, and ``items`` of
        titled papers follow it, none of them naming a one-word topic (``## [Transformer](…)``
        over ``Reformer: The Efficient Transformer`` is that method's paper)."""
        block = self.open
        heading = block is not None and (block is self.heading_entry or block is self.linked_open)
        if block is None or not heading or not LT.linked_topic(block):
            return
        if self.heading_counts is None:  # (counted once, for the first such heading)
            self.heading_counts = LT.heading_links(self.tokens)
        linked, plain_ = self.heading_counts
        if plain_ <= linked:
            return
        topic = block.guess.title.lower() if block.guess else ""
        titles = [
            t.title.lower() for it in items if I.tree_has_paper(it) and (t := block_title(it.own))
        ]
        named = " " not in topic and any(topic in t for t in titles)  # a method's one word
        if titles and not named:
            self._unread(block.head, "a section heading that links a review, over its papers")
            self.open = self.heading_entry = self.linked_open = None

    def _field_heading(self, runs: list[Run]) -> bool:
        """``#### Title`` then ``#### Link: url``, ``#### Code: url`` (colons of either width): a labelled link written
        as a heading is a field of the paper the heading above names, not a section."""
        label, _ = F.strip_label(plain(runs))
        if label not in B.FIELD_HEADINGS or not links_of(runs):
            return False
        titled = block_title(runs)
        if titled and len(titled.title.split()) >= 3 and self.open and B.holds_paper(self.open):
            return False  # ``#### arXiv: [Another Paper's Title](url)``: an entry of its own
        if self.open is None and self.titled is not None and has_paper(runs):
            head, ctx, count = self.titled
            title = block_title(head) if count == len(self.blocks) else None
            if title is None:
                return False
            self.open, self.titled = Block("bullets", title.line, head, ctx, [runs]), None
            return True
        held = self.open is not None and self.open.kind == "bullets" and B.holds_paper(self.open)
        if held and self.open is not None:
            self.open.details.append(runs)
        return held

    def _free_heading(self) -> tuple[list[Run], Context] | None:  # the reader's own
        raise NotImplementedError

    def _context_line(self, runs: list[Run]) -> bool:
        """A line that only names a year or venue sets the context of what follows, or is
        the venue line of a title waiting for its link."""
        links = links_of(runs)  # ``[CVPR 2016](….pdf)``, the paper's own link, sets no context
        if links and all(venue_page(r) for r in links) and self._venue_group(runs):
            return True
        named = all(F.is_context_text(r.text) and target_role(r) != "paper" for r in links)
        label = F.strip_label(plain(runs))[0]  # a label that began a group dates groups
        field = label not in self.dividers and B.field_line(
            plain(runs), self.open is not None, self._free_heading()
        )
        dated = F.context_facts(plain(runs)) != (None, None)
        if not named or field or not dated or B.tagged_title(runs):
            return False  # (``**Venue:** ICML 2023`` under a bold title is its field)
        byline = _byline_venue(plain(runs))  # ``*Yuqing Wang, Yun Zhao.* ACL'2024``: a paper's
        if self._own_venue_line(runs) or (
            self.open is not None and (byline or B.waits_for_venue(self.open, plain(runs)))
        ):
            self.open.details.append(runs)  # ``**Title**`` then ``ArXiv 2023``: its venue
            return True
        if byline:
            return False  # under a title heading (``### Title`` / ``Yoon Kim. EMNLP 2014``)
        self._flush()
        self.ctx = self.ctx.with_facts(plain(runs), "line")
        self.dividers.update([label] if label else [])
        if BT.tag_then_words(runs):  # ``**ECCV 2022** Style-Guided Shadow Removal``: a title
            self.untitled_item = (runs, self.ctx)  # if a bare ``Link: [paper](url)`` follows
        return True

    def _quoted(self, runs: list[Run]) -> bool:
        """Whether the paragraph being read stands in a quote (``> …``)."""
        tokens, i = self.ahead
        para = tokens[i - 3] if 3 <= i <= len(tokens) else None
        quoted = para is not None and para.type == "paragraph_open" and para.level > 0
        return quoted and bool(para.map) and bool(runs) and para.map[0] + 1 == runs[0].line

    def _quoted_note(self, runs: list[Run], group: list[Run], head: tuple[list[Run], Context]) -> bool:  # fmt: skip
        """A quote with no link, in another script, under a heading that titles one paper
        (``## 1. Name: Title`` over ``> 🇯🇵 **its translation**``), or about the paper in
        lower-case words under a long title (``> The paper defines ...``): its note, not its
        title (a quote in the heading's script may be the title, ``## 1. Topic`` over ``>
        Title (ICCV 2021)``; under a topic's heading it says what the section holds)."""
        other = CJK.search(plain(group)) is not None and CJK.search(plain(head[0])) is None
        other = other and B.paper_heading(head)
        text = plain(group).strip(" >")  # or prose about it (``> The paper defines ...``)
        prose = _SELF_LEAD.match(text) and len(text.split()) >= 8 and mostly_lower(text.split())
        told = bool(prose) and B.paper_heading(head, long=True)
        return (other or told) and self._quoted(runs) and not links_of(group)

    def _quoted_detail(self, runs: list[Run]) -> bool:
        """A quoted paragraph with no link under an entry that has its paper (``[Title](arxiv)``
        then ``> Authors`` and ``> **J. Chem. Phys. 142 (2015) 1--9**``): the entry's detail
        (its authors, venue and year), neither a context line nor a title of its own; a quote
        that opens with a year or a venue dates what follows it when the list's first such
        quote stood before any entry (``> **2017**`` over ``[Attention …](arxiv)``)."""
        tokens, i = self.ahead
        here = self._quoted(runs)
        if not here and self.open is not None and self.open is self.quoted_in:
            if not links_of(runs) and len(plain(runs).split()) >= 6:
                self._flush()  # a citation after the quote: the next entry's, not a note
            return False
        opens = i < 4 or tokens[i - 4].type == "blockquote_open"
        marker = here and opens and F.context_facts(plain(runs)) != (None, None)
        own = self.open is not None and self.open.intro and _OWN.search(plain(self.open.head))
        held = (
            self.open is not None and not own and B.holds_paper(self.open)
        )  # (not ``our survey``)
        year = marker and _BARE_YEAR.fullmatch(plain(runs)) is not None  # ``> **2018**``
        self.quote_markers = self.quote_markers or (marker and not held) or year  # a heading
        if not here or links_of(runs) or not held or (marker and self.quote_markers):
            return False  # ``> **2016**`` over what follows, as the list's first quote was
        self.open.details.append(runs)
        self.quoted_in = self.open
        return True

    def _own_venue_line(self, runs: list[Run]) -> bool:
        """A short line naming a venue (or arXiv) right under a paper heading that names no
        year or venue (``#### [Title](url)`` then ``arXiv 1708; ICCV Workshop 2017``): that
        paper's venue when notes on the paper follow it, not a heading or papers (or such
        lines were seen to in this section); not a bare year, a bold or italic label, a
        ``Venue:`` label, nor when such lines already divide this section (``CVPR 2019``
        over the first heading)."""
        block, text = self.open, plain(runs)
        if block is None or block is not self.heading_entry or block.details or links_of(runs):
            return False
        head = plain(block.head)
        said = F.context_facts(head) != (None, None) or _ONE_YEAR.search(head) is not None
        divided = any((ev or "").startswith("line") for ev in (self.ctx.year_ev, self.ctx.venue_ev))
        named = F.context_facts(text)[1] is not None or _ARXIV_FIRST.match(text) is not None
        shown = all(r.bold or r.em for r in runs if r.text.strip()) or text.rstrip().endswith(":")
        noted = self._notes_follow()
        own = named and not (said or divided or shown) and len(text.split()) <= 8
        if own and noted:
            self.own_lines_in = self.ctx.section  # the section's convention, once notes show it
        return own and (noted or self.own_lines_in == self.ctx.section)

    def _notes_follow(self) -> bool:
        """The blocks after the paragraph being read, up to the next heading, are notes: no
        heading right after it, no titled paper link (``[Title of a paper](url)``) among them
        (papers the line dates)."""
        tokens, k = self.ahead
        if k >= len(tokens) or tokens[k].type == "heading_open":
            return False
        return not any(_titled_paper(r) for runs in self._runs_ahead() for r in runs)

    def _paper_ahead(self) -> bool:
        """A paper link other than the paper heading's own follows the paragraph being read
        before the next heading (the ``[paper](url)`` under ``**Consistency Models** (ICML
        2023)``)."""
        own = {r.url for r in links_of(self.heading_entry.head)} if self.heading_entry else set()
        links = (r for runs in self._runs_ahead() for r in links_of(runs))
        return any(r.url not in own and target_role(r) == "paper" for r in links)

    def _runs_ahead(self) -> Iterator[list[Run]]:
        """The runs of each paragraph after the one being read, up to the next heading (a
        bounded look: :data:`_AHEAD` tokens)."""
        tokens, k = self.ahead
        for t in itertools.islice(tokens, k, k + _AHEAD):
            if t.type == "heading_open":
                return
            if t.type == "inline":
                yield inline_runs(t)

    def _after_label(self, runs: list[Run]) -> list[Run]:
        """A paragraph's runs after its first line when that line labels the lines below it
        with a venue or a year (``**[AAAI 2020](site)**``, ``**ICASSP 2018**:``), read into
        the context; else all of them."""
        first = next((i for i, r in enumerate(runs) if r.kind == "break"), None)
        if first is None:
            return runs
        head = runs[:first]
        if (links_of(head) or group_label(head)) and self._context_line(head):
            return runs[first + 1 :]
        return runs

    def _venue_group(self, runs: list[Run]) -> bool:
        """``*ICRA(International Conference on ...) 2022*: [[Conference]](site)``: a line
        that names a venue and links its page heads the papers below it. Its year and venue
        replace those of the group line before it, even when it names none
        (``*IEEE Transactions on ... (2020-now)*: [[Journal]](site)``); a heading's stay."""
        text = plain([r for r in runs if r.kind == "text"])
        if self.open is not None or len(text.split()) > MAX_GROUP_WORDS or not _names_venue(text):
            return False  # (an entry's byline ``He et al. CVPR 2016. [[Conference]](…)``)
        self._flush()
        year, venue = F.context_facts(text)
        years = _ONE_YEAR.findall(text)  # ``ICRL 2022(...)``: a year, even by a venue misspelt
        year = year or (int(years[0]) if len(years) == 1 else None)  # not ``(2020-now)``
        ctx, said = self.ctx, f"{GROUP} '{text.strip()}'"
        if year is not None or (ctx.year_ev or "").startswith(GROUP):  # not a ``**2021**`` line's
            ctx = replace(ctx, year=year, year_ev=said if year is not None else None)
        if venue is not None or (ctx.venue_ev or "").startswith(GROUP):
            ctx = replace(ctx, venue=venue, venue_ev=said if venue is not None else None)
        self.ctx = ctx
        return True


def _names_venue(text: str) -> bool:
    """``ICRA(International Conference ...) 2022``, ``IEEE Transactions on ...``: the line
    names a venue (a known one, an acronym first or a venue's word), not ``Full list of
    accepted papers:``."""
    t = text.strip(" *_:")
    return bool(F.context_facts(t)[1] or _ACRONYM_FIRST.match(t) or VENUE_NAME_WORD.search(t))


_ACRONYM_FIRST = re.compile(r"[A-Z]{2,}[a-z]?(?![a-z])")
GROUP = "venue line"
"""The evidence of a year or venue a venue line over a group gives (a later one replaces it)."""
