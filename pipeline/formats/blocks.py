"""The blocks the reader collects, and what it asks of a block's runs.

A block is the smallest piece of a list that can hold one paper (a table row, a list item,
a bold-title paragraph and its lines); its :class:`Context` is what surrounds it. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from pipeline import arxivid, titles
from pipeline.formats import authors as A
from pipeline.formats import bylines as BY
from pipeline.formats import citations as C
from pipeline.formats import describing as D
from pipeline.formats import fields as F
from pipeline.formats import headyear as H
from pipeline.formats import namelines as N
from pipeline.formats import wrapping as WR
from pipeline.formats.contextfacts import YEAR_ONLY
from pipeline.formats.labels import TOPIC_END, bold_label, caps_name, name_like, titles_a_link
from pipeline.formats.links import repaired_paper
from pipeline.formats.piped import linked_title
from pipeline.formats.runs import Run, lines_of, plain
from pipeline.formats.searchpages import profile_page

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
    preface: bool = False
    """In a section that introduces the list (``## 🔥 News``) before any of its entries."""
    tools: bool = False
    """Under a heading of tools (``# Libraries`` over ``### Python``), below its own level."""
    parent_code: Run | None = None  # the repository of a tool's item over its one paper
    data_table: bool = False  # in a table of datasets (``| Dataset | #Nodes | ... |``)
    tool_table: bool = False  # in a table of tools (``| Software name | Key features | URL |``)

    def with_facts(self, text: str, where: str) -> Context:
        """This context, updated by a heading/parent text that names a year or venue."""
        year, venue = F.context_facts(text)
        ctx = self
        if year is not None:
            ctx = replace(ctx, year=year, year_ev=f"{where} '{text.strip()}'")
        if venue is not None:
            ctx = replace(ctx, venue=venue, venue_ev=f"{where} '{text.strip()}'")
        return ctx

    def with_heading(self, text: str) -> Context:
        """This context under a heading: its year or venue, or a year closing it after a
        separator (``### KAT · 2024``, ``### Surveys (2023)``)."""
        ctx = self.with_facts(text, "heading")
        if ctx.year_ev == f"heading '{text.strip()}'":
            return ctx  # its own year (a dated list title stands over itself too: ``# 2005``)
        year = H.tail_year(text) if ctx.year == self.year else None
        return replace(ctx, year=year, year_ev=f"{H.TAIL} '{text.strip()}'") if year else ctx


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
    own_if_said: bool = False
    """An intro paper heading that is the list's own only if its text says so (``this repository``)."""
    guess: F.TitleGuess | None = None
    """The title the reader already found: ``block_title(head)`` (it is not made twice), or
    a title its items label apart (``- Title: ...`` under the item)."""
    paper_link: Run | None = None
    """The title link the list's other items make a paper link (:mod:`.neighbours`)."""
    no_paper_upto: tuple[int, object] = (0, None)
    """How many details :func:`holds_paper` found no paper in, and the last of them (held,
    so that it is never freed and its place taken; details are mostly appended: a block of
    many paragraphs is asked once per paragraph)."""


def links_of(runs: Iterable[Run]) -> list[Run]:
    """The link runs among ``runs``."""
    return [r for r in runs if r.kind == "link"]


def has_paper(runs: Iterable[Run]) -> bool:
    """True when ``runs`` link a paper (or cite a page like one)."""
    runs = list(runs)
    papers = (F.link_role(r) == "paper" or repaired_paper(r) for r in links_of(runs))
    return any(papers) or cited_link(runs) is not None


_CITED = re.compile(r"\bet\s+al\b.{0,60}?(?:(?:19|20)\d\d|[A-Za-z]['’]\d\d\b)", re.IGNORECASE)
"""``Liu et al., NeurIPS 2020``, ``Liu et al., NeurIPS'20``: a citation after a title link."""


def cited_link(runs: list[Run]) -> Run | None:
    """A title link to a project page, cited like a paper (``[Title](page), Liu et al.,
    NeurIPS 2020``): the paper's own link when the list gives no arXiv or publisher one."""
    first = _cited(runs)
    return first if first is not None and first.url.strip() else None


def empty_cited(runs: list[Run]) -> bool:
    """``[Title]() - A. Author et al., AAAI 2020``: a paper cited with an empty link."""
    first = _cited(runs)
    return first is not None and not first.url.strip()


def _cited(runs: list[Run]) -> Run | None:
    first = next((r for r in links_of(runs) if r.url.strip() or r.text.strip()), None)
    if first is None or F.link_role(first) not in ("other", "project"):
        return None
    if profile_page(first.url) or (first.image and not first.url.strip()):
        return None  # ``Title ([You et al.2017](scholar…/citations?user=…))``; a badge image
    title = F.clean_title(first.text)
    if len(title.split()) < 3 or F.is_generic(title):
        return None
    lead = plain(runs[: runs.index(first)]).strip(" -*")  # ``Liu, S.-C., ..., *[Title](page)*``
    return first if _CITED.search(plain(runs)) or BY.cited_page(lead, title, plain(runs)) else None


TITLE_LINES = 12
"""A block's title is on one of its first lines; later lines are its details (and a
block of a million lines costs no more than a short one)."""


def heading_title(runs: list[Run]) -> F.TitleGuess | None:
    """A heading's title: a paper's, or a method's name (``#### GHOST``)."""
    return block_title(runs) or N.heading_name(runs)


def _inside_link(line: list[Run], label: str) -> bool:
    """``[TAG: Gradient Attack on ...](arxiv)``: the label word opens a link's own text (a
    method's name before its title), not a labelled detail line (``Tags: [x](y)``) nor a
    link that is only its label (``[论文](pmlr)``: the paper's link among its details), nor
    a detail whose label is a word (``[Project: homepage and model zoo](url)``)."""
    first = next((r for r in line if r.kind != "text" or r.text.strip()), None)
    own = first.text.lstrip() if first is not None and first.kind == "link" else ""
    return own.lower().startswith(label.lower()) and caps_name(own)  # not ``[Demo: try it]``


_LABEL_LINE = re.compile(
    r"(?i)\s*(?:[\w'-]+\s+){0,2}(?:papers?|readings?|articles?|presented|presenter's|discussed"
    r"|discussion|required|optional|suggested|assigned|background|further|related|week|today's"
    r"|pick|topic|session|selected|featured|main)(?:\s+[\w'-]+){0,2}\s*[:：]\s*"
)
"""A line of a label of a few words and a colon (``Presented Paper:``, ``Discussed papers:``)
over the paper's titled link."""


def block_title(runs: list[Run]) -> F.TitleGuess | None:
    """A title from the first line that is not a labelled detail (``Authors: ...``)."""
    chicago = F.chicago_guess(runs)  # ``Names. 2017. “Title`` / ``Title, ended.” Venue.``
    if chicago is not None:
        return chicago
    spread = WR.address_wrapped(runs)  # ``Title words`` / ``words https://…``
    if spread is not None:
        return spread
    lines = lines_of(runs)
    badge = None  # a badge's alt text names the paper only when no line below does
    fields = False  # a field's line read: a bold label after it is another (``**Role:** x``)
    for i, line in enumerate(lines[:TITLE_LINES]):
        label, _ = F.strip_label(plain(line))
        label = None if label and _inside_link(line, label) else label
        if (label and not titles_a_link(label)) or (fields and bold_label(line)):
            fields = True
            continue
        if N.authors_wrapped(lines, i):
            continue  # (``Authors: Names,`` wrapped onto this line: names, no title)
        g = F.guess_title(WR.quote_joined(line, lines[i + 1 : i + 3]))
        if g is None or g.evidence.startswith("badge alt text"):
            badge = badge or g
            continue
        below = lines[i + 1] if i + 1 < len(lines) else []
        if g.evidence == "text" and (
            N.names_over_title_link(line, below) or N.names_over_bold_title(line, below)
        ):
            continue  # ``Michael Kearns, Satinder Singh`` over ``[Near-Optimal RL ...](pdf)``
        after = lines[i + 2] if i + 2 < len(lines) else []
        if g.evidence == "text" and N.apa_names_over_title(line, below, after):  # one citation
            g = F.guess_title([*line, Run("text", " ", g.line), *below]) or g
        quoted = WR.quoted_below(line, below)
        if quoted is not None:
            return quoted
        if g.evidence in N.NAME_LINK and N.short_name(g.title):
            titled = N.title_below(line, below, g.title)
            if titled is not None:
                return F.TitleGuess(titled, g.title, "text on the line below the name link", g.line)
        linked = N.linked_title_below(line, below, g.title) if g.evidence == "bold text" else None
        if g.evidence == "text" and _LABEL_LINE.fullmatch(plain(line)) and not links_of(line):
            first = next((r for r in below if r.kind != "text" or r.text.strip()), None)
            paper = first is not None and first.kind == "link" and F.link_role(first) == "paper"
            if paper and (cand := linked_title(first.text, 3)) is not None:  # ``Presented Paper:``
                return F.TitleGuess(cand, None, "paper link text below a label", first.line)
        if linked is None and g.evidence == "bold text":  # ``Paper links: [Title](paper)``
            linked = N.labelled_title_below(line, lines[i + 1 : i + 5], g.title)
        if linked is not None:
            name = g.title.rstrip(" :：")
            return F.TitleGuess(
                linked, name, "paper link text on the line below the bold name", g.line
            )
        if g.evidence == "bold short name and text" and D.described(lines[i : i + 6]):
            return F.TitleGuess(
                g.short_name or g.title, None, "bold name before its description", g.line
            )
        return WR.wrapped(g, line, lines[i + 1 : i + WR.WRAPPED_LINES])
    return badge


def arxiv_ids(runs: list[Run]) -> set[str]:
    """The arXiv IDs the runs link to."""
    refs = (arxivid.from_url(r.url) for r in links_of(runs))
    return {ref.base_id for ref in refs if ref is not None}


def waits_for_venue(block: Block, line: str) -> bool:
    """``block`` is a paper's bold title (four words or more) still waiting for its link, and
    ``line`` names a venue (``ArXiv 2023``, not a bare year): the line is that paper's."""
    g = block.guess
    waiting = not holds_paper(block)
    named = F.context_facts(line) != (None, None) and not YEAR_ONLY.match(line.strip())
    bold = g is not None and "bold" in g.evidence  # ``**Title**`` standing as a heading
    return waiting and bold and len(g.title.split()) >= 4 and named


def holds_paper(block: Block) -> bool:
    """Whether ``block`` links a paper in its head or its details (those already found
    without one, the same lists at the same places, are not asked again)."""
    if has_paper(block.head):
        return True
    n, last = block.no_paper_upto
    seen = n if 0 < n <= len(block.details) and block.details[n - 1] is last else 0
    if any(has_paper(d) for d in block.details[seen:]):
        return True
    if block.details:
        block.no_paper_upto = (len(block.details), block.details[-1])
    return False


def folds_under(open_block: Block | None, runs: list[Run], folded: bool) -> bool:
    """Whether an HTML chunk is a detail of the open block: text with no link, or a chunk
    folded in ``<details>`` (an abstract, the paper's links), unless it is a titled paper of
    its own under a paper already read (``<details open><ul><li>`` entries)."""
    if open_block is None or not (folded or not links_of(runs)):
        return False
    mine, theirs = block_title(runs), block_title(open_block.head)
    if not (folded and mine is not None and has_paper(runs) and holds_paper(open_block)):
        return True
    a, b = (titles.compact(g.title) if g else "" for g in (mine, theirs))
    return bool(a and b and (a in b or b in a))  # its PDF, its venue's version: the same paper


def authors_first(runs: list[Run]) -> bool:
    """``*Chaojun Xiao, Haoxi Zhong*. [[pdf](url)]``, ``*Chen Y, Zhu Y, et al*. arXiv. [[pdf](url)]``:
    the authors (and the venue) before the links."""
    first = next((i for i, r in enumerate(runs) if r.kind in ("link", "break")), len(runs))
    lead = plain(runs[:first]).strip(" .*_[(")
    names = re.split(r"\.\s", lead, maxsplit=1)[0]  # ``Chen Y, Zhu Y, et al. arXiv [EB/OL]``
    return any(A.names_like(t) or A.person_list(t + ",") for t in {lead, names} if t)


VENUE_FIELDS = frozenset({"venue", "conference", "journal", "published", "published in", "year"})
"""Labels of a line that gives the venue or year of the paper above it."""
HEADING_FIELDS = VENUE_FIELDS | {"publication", "date"}
"""The same under a heading that titles one paper (``**Publication**: CVPR 2021``)."""


def paper_heading(heading: tuple[list[Run], Context] | None, long: bool = False) -> bool:
    """A heading that is one paper's title (numbered, ``### 1. Title``, or ``NeRV: Title``;
    ``long``: or five words or more), not a topic (``Large Language Models for Robot
    Planning``, ``Graph Neural Networks``) whose year lines date the entries below it."""
    guess = block_title(heading[0]) if heading else None
    if guess is None or len(guess.title.split()) < 3:
        return False
    if TOPIC_END.search(guess.title) and len(guess.title.split()) <= 5:
        return False  # ``## 1. Planning with Large Language Models``, ``## RAG: Retrieval ...``
    numbered = re.match(r"\s*\d{1,3}[.)]\s", plain(heading[0]))  # ``### 1. NeRV: ...``
    named = bool(guess.short_name and name_like(guess.short_name))
    return bool(numbered) or named or (long and len(guess.title.split()) >= 5)


def tagged_title(runs: list[Run]) -> bool:
    """``[BMVC 2015] **R-CNN minus R**``: a venue tag before a bold title is an entry's
    head, not a line that dates what follows."""
    bold = "".join(r.text for r in runs if r.kind == "text" and r.bold).strip()
    rest = "".join(r.text for r in runs if r.kind == "text" and not r.bold).strip()
    titled = len(bold.split()) >= 2 and not C.is_context_text(bold)  # not ``**Highlights**``
    return bool(rest) and titled and C.is_context_text(rest)


FIELD_HEADINGS = frozenset({"link", "links", "paper", "pdf", "arxiv", "code", "github", "project"})
"""Labels of a heading that gives a field of the paper named by the heading above it."""


def over_section(above: list[tuple[int, str]], text: str) -> list[tuple[int, str]]:
    """The headings over the section ``text``, the list's dated title first; none of its year
    over a section of earlier or related work (``## Earlier work``, ``## Prior art``)."""
    older = any(_older(t) for _, t in [*above, (1, text)])
    return sorted((h for h in above if h[0] or not older), key=lambda h: h[0])


def _older(heading: str) -> bool:
    """A section of earlier work by its first two words (``## Prior art``, ``## 3. Related
    Work``), a short heading: not a paper's title (``#### … with 3D Geometric Prior for …``)."""
    words = re.findall(r"[^\W\d_][\w'-]*", heading)
    return len(words) <= 6 and _OLDER.search(" ".join(words[:2])) is not None


_OLDER = re.compile(
    r"(?i)(?<!-)\b(?:earlier|previous|prior|older|past|classic|related|background)\b"
)


AWESOME = re.compile(r"(?i)\bawesome\b")
"""``## Awesome X`` opening a list: its title one level down; what follows, its introduction."""
SUBTITLE = re.compile(r"(?i)\W*an?\s+(?:curated|collection)\b[^.]{0,60}?\blist\b")
"""``### A curated reading list for the survey``: a list's subtitle, still its introduction."""


PREFACE = re.compile(
    r"^\W*(?::[\w+-]+:\W*)?(?:(?:latest\s+)?news(?:\s*(?:and|&|/)\s*updates)?|updates\s*(?:and|&|/)\s*news|"
    r"overview|introduction|about(?:\s+(?:us|me))?|"
    r"citations?|how\s+to\s+cite|announcements?)\W*$"
    r"|^\W*(?:our|my)\s+(?:survey|paper|review|preprint)(?:\s+paper)?(?:\s+(?:on|of)\s.*|\W*)$"
    r"|^.{0,60}\b(?:please|consider|kindly)\b.{0,30}\bcit(?:e|ing)\s+(?:our|this)\s+"
    r"(?:work|paper|survey|review|article)\W*$",
    re.IGNORECASE,
)
"""Sections that introduce a list (``## 🔥 News``, ``## 📖 Overview``, ``## :fire: News``): a paper there, above
the list's entries, is the list's own, like one above the first section; so is one under
``## Our Survey on Human Visual Attention`` or ``#### If you find this repository helpful, you
may consider citing our work:`` (not ``## Our Publications``: a section of the
maintainers' papers, listed like the others; nor ``## Works that cite our paper``)."""


def title_above(block: Block, group: list[Run]) -> list[Run] | None:
    """The last detail of ``block``, which holds its paper, when it is a line of plain text
    and ``group`` a labelled paper link (``Title`` / ``Paper: url`` again after an entry
    of the same shape): the next entry's title, not a detail of this one."""
    label = F.strip_label(plain(group))[0]
    if not block.details or label is None or not titles_a_link(label) or not has_paper(group):
        return None
    last = block.details[-1]
    text = plain(last).strip()
    plain_line = all(r.kind == "text" and not r.bold for r in last) and "\n" not in text
    venue = F.find_venue(text) != (None, None) and len(text.split()) <= 8  # ``NeurIPS 2018``
    named = A.names_like(text) or venue
    return last if plain_line and len(text.split()) >= 3 and not named else None


def field_line(text: str, open_block: bool, heading: tuple[list[Run], Context] | None) -> bool:
    """``**Venue:** ICML 2023`` under an open entry, or ``**Publication**: CVPR 2021`` under
    a heading that titles one paper: that paper's field, not a date for what follows."""
    label = F.strip_label(text)[0]
    return (open_block and label in VENUE_FIELDS) or (
        label in HEADING_FIELDS and paper_heading(heading)
    )


def other_arxiv(open_block: Block, group: list[Run]) -> bool:
    """``group`` links an arXiv paper and the open block links other arXiv papers."""
    if not (ids := arxiv_ids(group)):  # the common case, asked per paragraph: linear work
        return False
    held = arxiv_ids(open_block.head) | {i for d in open_block.details for i in arxiv_ids(d)}
    return bool(held) and not ids & held


def names_first(group: list[Run]) -> bool:
    """A paragraph that opens with its authors (``Robin Rombach, Andreas Blattmann, ...``)."""
    lines = lines_of(group)
    text = plain(lines[0]).strip("*_ .") if lines else ""
    words = [r for r in lines[0] if r.kind == "text" and r.text.strip(" []()")] if lines else []
    plain_text = not all(r.bold for r in words)
    people = plain_text and WR.people_line(text)  # ``A Name, B Name — RSS 2023``
    year = _PAREN_YEAR_END.search(text)  # ``**Bubeck, S., Eldan, R., et al. (2023)**``: APA's
    titled = any(not F.is_generic(r.text) for r in links_of(group))  # (a titled link: the title)
    apa = year is not None and not titled and (A.names_like(text[: year.start()]) or A.surname_first(A.apa_part(text)))  # fmt: skip
    return bool(text) and (
        A.names_like(text) or people or apa
    )  # not ``**Train Short, Test Long**``


_PAREN_YEAR_END = re.compile(r"[.,]?\s*\((?:19|20)\d\d[a-z]?\)$")
