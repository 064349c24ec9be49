"""A title written apart from its links: under a heading, or on a list item of its own with
its labelled paper link on the next item (``- Title`` then ``- 论文地址: url``). Pure."""

from __future__ import annotations

import re

from markdown_it.token import Token

from pipeline.formats import authors as A
from pipeline.formats import blocks as B
from pipeline.formats import describing as D
from pipeline.formats import fields as F
from pipeline.formats.belowtitle import title_line
from pipeline.formats.blocks import Context, block_title, links_of
from pipeline.formats.items import Item, fields_of
from pipeline.formats.labels import short_label
from pipeline.formats.makers import organisations
from pipeline.formats.runs import Run, lines_of, plain

_FIELD = re.compile(r"\W*\w+(?:\s\w+)?\s*[:：]\s*[a-z]")
"""``- Tasks: agriculture, crop mapping``: an item that is a field and its value in lower case
(stricter than a line under a bold name, where ``Name: a subtitle`` is common)."""
_MODEL_NAME = re.compile(r"[a-z][A-Z]|[A-Za-z]-?\d|\d[A-Za-z]|-[A-Z]{2}|^\W*[A-Z]{2,6}\d*\W*$")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def under_heading(guess: F.TitleGuess, group: list[Run], head: tuple[list[Run], Context]) -> bool:
    """What a line under a title heading holds instead of a title: names, a label, a note."""
    note = not links_of(group) and D.heading_note(plain(group))
    told = D.abstract_then_links(group) and B.paper_heading(head, long=True)  # not a topic's
    lines = lines_of(group)  # ``##### Title`` / ``Lars T Hansen`` / ``Adobe ..., 2007`` / url
    first = plain(lines[0]).strip(" .,") if len(lines) > 1 else ""
    plain_line = bool(first) and not any(r.bold or r.kind != "text" for r in lines[0])
    one = plain_line and not re.search(r"\d", first) and A.one_person(first.split())
    return (
        short_label(guess.title)
        or B.names_first(group)
        or note
        or told
        or one
        or _note_tail(guess, group)
        or _quoted_tail(group)
    )


def _quoted_tail(group: list[Run]) -> bool:
    """``[PDF](url) | > Providing effective treatment ...``: the text after every link of a
    line under a title heading that opens with a quote mark after a separator is the paper's
    abstract."""
    after = _after_links(group)
    return after is not None and _QUOTE_OPENS.match(plain(after)) is not None


def _after_links(group: list[Run]) -> list[Run] | None:
    """The runs after the last link of ``group`` (``None``: it has no link)."""
    last = max((i for i, r in enumerate(group) if r.kind == "link"), default=None)
    return None if last is None else group[last + 1 :]


_QUOTE_OPENS = re.compile(r"\s*[|·•]\s*>\s+\S")  # not an arrow (``-> MAE``), nor ``<[Title](url)>``


def _note_tail(guess: F.TitleGuess, group: list[Run]) -> bool:
    """``ICML 2018 [[paper]](url) [[code]](url) *Google Brain, UCB*``: the text after every
    link of a line under a title heading, in italics or naming only who made the paper
    (``Google Research``; not ``DeepMind Control Suite``), is a note, not its title."""
    tail = [r for r in _after_links(group) or [] if r.text.strip(" *_")]
    text = " ".join(r.text for r in tail).strip(" *_")
    noted = all(r.em and r.kind == "text" for r in tail) or organisations(text)
    return bool(tail) and noted and guess.title in text


def title_then_fields(items: list[Item], ctx: Context, heading: list[Run]) -> bool:
    """The list's first item is a title alone (no link, no sub-items) and every item after it
    a labelled field of that one paper: ``- Rotate to Attend: ...`` / ``- 论文地址: url``,
    under a heading of a name (``#### Triplet attention``), not of a paper's whole title."""
    if (items and items[0].children) or len(plain(heading).split()) > 3:
        return False
    first = items[0] if len(items) >= 2 else None
    return first is not None and fields_of(title_item(first.own, ctx), items[1:]) is not None


def title_item(runs: list[Run], ctx: Context) -> tuple[list[Run], Context] | None:
    """An item's text and context when it is a title alone (no link, no label), else ``None``
    (``- Tasks: agriculture, crop mapping`` is a field, not a title)."""
    text = plain(runs)
    if links_of(runs) or F.strip_label(text)[0] or _FIELD.match(text) or not block_title(runs):
        return None
    title = title_line(runs)  # not a note, a byline, an award
    name = ctx.section or ""
    if title is None or (model_name(name) and _compact(name) not in _compact(title)):
        return None  # ``### SKNet`` over ``- Selective Kernel Attention Module``: a tagline
    return runs, ctx


def model_name(heading: str) -> bool:
    """``ECANet``, ``YOLOv4``, ``GPT-2``, ``Mask R-CNN``, ``SAM``: a heading that is one
    model's name (one or two words, a capital inside a word, a digit beside a letter or an
    acronym), not a year, a venue and year, or a topic (``Semi-Supervised``)."""
    words = heading.split()
    return 1 <= len(words) <= 2 and not _YEAR.search(heading) and bool(_MODEL_NAME.search(heading))


def _compact(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def glued_title(runs: list[Run], tokens: list[Token], at: int) -> bool:
    """``Title`` on a line of its own with a list right under it, no blank line between
    (``Forget the Data and Fine-Tuning! Just Fold the Network to Compress`` / ``- https://
    openreview.net/forum?id=…`` / ``- a note``): a title whose fields the list may be (as
    :func:`~pipeline.formats.items.fields_of` decides); not a lead-in (``Papers:``), prose."""
    nxt = tokens[at] if at < len(tokens) else None
    if nxt is None or nxt.type not in ("bullet_list_open", "ordered_list_open") or not nxt.map:
        return False
    text = plain(runs).strip()
    last = max((r.line for r in runs), default=0)
    words = text.split()
    shaped = "\n" not in text and 2 <= len(words) <= 30 and not text.endswith((":", "：", "."))
    label = _LABEL_LINE.search(text) is not None  # ``Useful links for this section``
    return (
        nxt.map[0] == last and shaped and not label and not F.is_prose(text) and F.title_like(text)
    )


_LABEL_LINE = re.compile(
    r"(?i)^\W*(?:(?:useful|other|more|further|additional|extra|related)\s+(?:links|resources|"
    r"references|materials|readings?|papers|work)\b|see\s+also\b)|\b(?:links|resources)\s+"
    r"(?:for|on|about|in)\s+this\b"
)
"""A line that labels the links under it (``Useful links for this section``, ``Further
reading``, ``See also``), no paper's title."""
