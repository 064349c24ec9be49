"""Lines under an entry that are its details, not a new entry's title: a caption or a
labelled line linking its paper again, its code, a field under its heading. Pure."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline import arxivid, titles
from pipeline.formats import fields as F
from pipeline.formats.authorlead import FIELD_LABEL
from pipeline.formats.authors import names_like, surname_first
from pipeline.formats.blocks import Block, arxiv_ids, block_title, has_paper, links_of
from pipeline.formats.blockstarts import numbered_alike
from pipeline.formats.labels import bold_label
from pipeline.formats.linklines import YEAR_END
from pipeline.formats.runs import Run, lines_of, plain


def detail_line(
    guess: F.TitleGuess | None, group: list[Run], open_paper: bool, open_block: Block | None
) -> bool:
    """A line with no paper link whose title would be the one or two words of a link to a
    file of the list's own repository, under an entry that has its paper: a line of the
    entry's details (``**2026-06-21** · arXiv · [GitHub](repo) ·
    [card](notes.md)``), not a new entry. Also a short caption that links the open entry's
    own paper again (``*Paper figure · [Source](the same arXiv link)*``; a figure's caption or
    a bold label, ``**Primary evidence:** [Source 1](…)``, also by its arXiv ID in another
    form), or cites it by its title (``**Citation:** Names. Title. Nat Commun 15 (2024).
    https://doi…``)."""
    if guess is None:
        return False
    if open_paper and open_block is not None and _code_note(guess, group, open_block):
        return True
    if open_paper and open_block is not None and guess.evidence == "text":
        figure = _FIGURE.match(guess.title) is not None  # (its paper's HTML page, by its ID)
        short = len(guess.title.split()) <= 4 and _repeats_paper(group, open_block, figure)
        return short or _cited_again(guess, group, open_block)
    if open_paper and open_block is not None and guess.evidence == "bold text":
        return bold_label(group, False) and _repeats_paper(group, open_block, True)
    if guess.evidence != "link text" or len(guess.title.split()) > 2:
        return False
    local = any(r.text == guess.title and "://" not in r.url for r in links_of(group))
    labels = _LABEL_LINKS.fullmatch(plain(group)) is not None  # ``[[Data](osf)] [[Code](gh)]``
    numbered = open_block is not None and numbered_alike(group, open_block.head)  # the next item
    return (local or labels) and open_paper and not has_paper(group) and not numbered


def heading_field(
    guess: F.TitleGuess | None, group: list[Run], heading: Block | None, ahead: Callable[[], bool]
) -> bool:
    """A paragraph under a ``### [Title](url)`` heading (``heading``: the open entry it
    began, holding its paper) that is a field of that paper, not a new entry's title: one
    with no link whose first line has a few bold words after other text (``2026-05-13 ·
    **Research Article** · Science Robotics``) or a bold label over short values
    (``**Domain:** Aerial Robotics · Control``); or its links line, which links the
    heading's paper first (``[Paper](doi) · [Code](repo) · **[Cover](page)**``). A bold
    name first is a field (``**Best Paper Award**, CVPR 2016``) unless a paper link follows
    it before the next heading (``ahead``): ``**Consistency Models** (ICML 2023)`` over its
    ``[arXiv](url)`` opens an entry, and so does a line that links another paper before the
    heading's (``[Improved DDPM](b), a version of [DDPM](a)``)."""
    if heading is None or guess is None:
        return False
    if links := links_of(group):
        papers = [r for r in links if F.link_role(r) == "paper"]
        return bool(papers) and papers[0].url in {r.url for r in links_of(heading.head)}
    first = [r for r in lines_of(group)[0] if r.text.strip()]
    at = next((i for i, r in enumerate(first) if r.bold), None)
    if not guess.evidence.startswith("bold") or at is None:
        return False
    bold = " ".join(r.text for r in first if r.bold).split()
    if not 0 < len(bold) <= 4 or not any(not r.bold and re.search(r"\w", r.text) for r in first):
        return False
    after = "".join(r.text for r in first[at + 1 :])
    label = bold[-1].endswith(":") or after.lstrip().startswith(":")  # ``**Domain**: ...``
    values = [v.split() for v in _VALUES.split(after.lstrip(" :")) if v.strip()]
    tags = label and bool(values) and all(len(v) <= 3 for v in values)
    return at > 0 or tags or not ahead()


_VALUES = re.compile(r"\s*[·•,;|/]\s*")
"""What parts a field's values (``Aerial Robotics · Navigation · Control``)."""


_LABEL_LINKS = re.compile(r"(?:\s*\[[^\[\]]{1,30}\])+\s*")
"""A line of bracketed link labels only (``[[ZuCo1](osf)] [[Code](github)]``): the fields of
the entry above, as its ``[[PDF](url)]`` line is."""


def _code_note(guess: F.TitleGuess, group: list[Run], block: Block) -> bool:
    """``Based on [[**Code**]](repo) by [Name](author page). No explicit license ...``: a
    line under an entry with its paper and no code yet, that links code (and people) only,
    opens with the code link or a code word and whose title would be plain text or that
    short label: the entry's code, not a new entry (not ``Open3D [[code]](repo) Open3D: A
    Modern Library ...``, ``See also [GitHub repo of Point Transformer](repo)``)."""
    roles = {F.link_role(r) for r in links_of(group)}
    had = {F.link_role(r) for d in [block.head, *block.details] for r in links_of(d)}
    if not ("code" in roles and roles <= {"code", "other", "anchor"} and "code" not in had):
        return False
    first = next((i for i, r in enumerate(group) if r.kind == "link"), 0)
    if not _CODE_LEAD.fullmatch(plain(group[:first])):
        return False  # ``[3] Yin et al, GeoNet: ..., CVPR 2018, [Code](repo)``: a paper of its own
    if "link" in guess.evidence:  # the title would be the code link's: ``[Based on Code]``
        named = [r.text for r in links_of(group) if guess.title in r.text]
        return any(_CODE_WORD.search(t) and not _OF_ANOTHER.search(t) for t in named)
    return not guess.evidence.startswith(("bold", "paper"))


_CODE_LEAD = re.compile(r"(?i)\W*(?:(?:based\s+on|official|source)\W*)?(?:code\W*)?")
"""What may open a code line before its link: nothing, ``Based on``, ``Official``, ``Code:``."""
_CODE_WORD = re.compile(r"(?i)\b(?:code|github|implementation|repo(?:sitory)?)\b")
"""A code link's label (``[Based on [**Code**]](repo)``): the link names no paper."""
_OF_ANOTHER = re.compile(r"(?i)\b(?:of|for)\b|^(?:\S+\s+){6}")
"""``[GitHub repo of Point Transformer]``, a long label: a link to another work's code."""


def _cited_again(guess: F.TitleGuess, group: list[Run], block: Block) -> bool:
    """``group`` cites the open ``block``'s paper: the same title, after its authors (``Liu,
    D., & Yuan, K. (2024). Title. …``; not ``title: Title`` again, a second entry's field)."""
    own = block.guess or block_title(block.head)
    if own is None or titles.compact(own.title) != titles.compact(guess.title):
        return False
    text = plain(group)
    before = FIELD_LABEL.sub("", text[: max(text.find(guess.title), 0)], count=1)
    before = YEAR_END.sub("", before).strip(" .,")
    return bool(before) and (names_like(before) or surname_first(before))


_FIGURE = re.compile(r"(?i)(?:figure|fig\.)\s*\d")
"""``*Figure 2, from [the original source](arxiv.org/html/…)*``: a figure's caption."""


def _repeats_paper(group: list[Run], block: Block, by_id: bool = False) -> bool:
    """Every paper link of ``group`` is one the open ``block`` already has (``by_id``: or
    links an arXiv ID it has, in another form)."""
    if not (mine := {r.url for r in links_of(group) if F.link_role(r) == "paper"}):
        return False
    had = [r for d in [block.head, *block.details] for r in links_of(d)]
    same = mine <= {r.url for r in had}
    if same or not by_id:
        return same
    ids = {arxivid.from_url(u) for u in mine}  # ``[Source 2](arxiv.org/html/<its ID>v2)``
    return None not in ids and {i.base_id for i in ids} <= arxiv_ids(had)
