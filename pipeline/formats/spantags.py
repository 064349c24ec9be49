"""Code spans and italics that are tags around an entry's text (a venue, a date, a topic),
read as a bracketed tag is (``[CVPR 2023] Title``). Pure; used by :mod:`.runs` as it
builds a line's runs."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from markdown_it.token import Token

from pipeline.formats import authors as A
from pipeline.formats.common import JOINING_WORD, mostly_capitalised
from pipeline.formats.contextfacts import context_facts
from pipeline.formats.labels import is_generic, names_link_kind
from pipeline.formats.makers import makers
from pipeline.formats.tagyear import venue_yy

if TYPE_CHECKING:
    from pipeline.formats.runs import Builder, Run

_DATED = re.compile(r"(?<![\w-])(?:19|20)\d\d(?![\d.])|['’]\d\d(?!\d)|^\d{4}\.\d{4,5}(?:v\d+)?$")
"""A tag's year (``CVPR 2023``, ``TOIS(2020)``, ``ICLR'23``) or an arXiv ID, not a name
that holds a year (``SemEval-2017``)."""


def leading_tag(b: Builder, code: str, children: list[Token], i: int) -> bool:
    """The code span ``children[i]`` that opens its line, names a year and is followed by
    text is a tag before the text (a venue, a date), as a bracketed one is: a code span
    ``CVPR 2023`` or ``TOIS(2020)`` before ``Title``; a name in a code span is part of the
    title. So is each of a run of topic tags before a titled link (:func:`_topic_tag`)."""
    if _topic_tag(b, code, children[i + 1 : i + 2 + TAG_SCAN]):
        return True
    after = children[i + 1 : i + 9]
    bold_next = len(after) > 1 and not after[0].content.strip() and after[1].type == "strong_open"
    linked = bool(after) and after[0].type == "link_open"  # `` `Venue(2023) `[Title](url)``
    byline = not linked and _BYLINE.match(_words_after(after)) is not None
    if b.link is not None or not after or (after[0].type != "text" and not linked):
        return False
    if not linked and not after[0].content.strip() and not (bold_next or byline):
        return False  # `` `Tag` **Title** ``, `` `Tag` `Tag` Hu, Xin, et al. "[Title](url)"``
    if len(code) > 40 or not code.strip():
        return False
    named = not linked and after[0].content.lstrip().startswith((f"{code}: ", f"{code} - "))
    if not (named or byline) and not _DATED.search(code) and context_facts(code)[0] is None:
        return False  # ``\`GPT-4\` Technical Report``: a name, part of the title
    before = b.since_break(TAG_SCAN) if byline else None
    tags = before is not None and _TAGS_ONLY.fullmatch(before) is not None
    return b.at_line_start(first=True) or tags


def _topic_tag(b: Builder, code: str, after: list[Token]) -> bool:
    """``* `video` `quantization` `training` [Title](arxiv)``: two code spans or more of at
    most three words each open the line, with only spaces between them, and a link text of
    three words or more follows the last: each is a topic tag, not the title."""
    before = b.since_break(TAG_SCAN)
    if b.link is not None or before is None or not _short_tag(code):
        return False
    before = _BOX.sub("", before)  # (``- [x] `LoRA` [Title](url)``: a task's box, no tag)
    if before.strip() and not _TAGS_ONLY.fullmatch(before):
        return False
    k, more = 0, bool(before.strip())
    while k + 1 < len(after) and _spaces(after[k]) and after[k + 1].type == "code_inline":
        if not _short_tag(after[k + 1].content):
            return False
        k, more = k + 2, True
    k += k < len(after) and _spaces(after[k])
    if not more or k + 1 >= len(after) or after[k].type != "link_open":
        return False
    return after[k + 1].type == "text" and _titled(after[k + 1].content)


_BOX = re.compile(r"^\s*\[[ xX]\]\s*")


def _short_tag(code: str) -> bool:
    """A topic's code span: three words at most, no venue or year (`` `Reflexion` `NeurIPS
    2023` `` is a name and its venue, read as before)."""
    short = 0 < len(code.split()) <= 3 and len(code) <= 30
    return short and not (_dated(code) or _venue_tag(code))


def _titled(text: str) -> bool:
    """A link text that reads as a title: three words or more, not a label (``Paper on
    arXiv``), a byline (``Wei et al.``), names or a venue and year."""
    words = text.split()
    labelled = ":" not in text and names_link_kind(text)  # (not ``S-Bus: ... Read-Set ...``)
    if len(words) < 3 or labelled or is_generic(text) or _dated(text) or _NOTE_TEXT.search(text):
        return False
    if not mostly_capitalised([w for w in words if len(w) >= 4]) or makers(text):
        return False  # ``[The first foundation model for ...](url)``, ``[Qwen Team, Alibaba]``
    return not (A.BYLINE.search(text) or A.names_like(text) or A.author_lead(text))


_NOTE_TEXT = re.compile(r"(?i)\b(?:award|prize|outstanding|blog|slides|walkthrough)\b|\bby\s+(?-i:[A-Z])")  # fmt: skip
"""A link text about the paper, not its title: an award, a post, a talk, a walkthrough by someone."""


def _spaces(t: Token) -> bool:
    return t.type == "text" and not t.content.strip()


_BYLINE = re.compile(r"[A-Z][\w'’-]+,\s+[A-Z][\w.'’-]*(?:,|\s+and\b|\s+et\s+al\b)")
"""``Hu, Xin, et al.``, ``Wang, Shuai, and ...``: a citation's authors, surname first: the
code spans before them are tags (``Cross-architecture``, ``GITZ`` before ``David, Yaniv``)."""
_TAGS_ONLY = re.compile(r"(?:\s*\[[^\[\]]{1,40}\])+\s*")


def _words_after(after: list[Token]) -> str:
    """The first words after a code span and the code spans right after it."""
    for t in after:
        if t.type == "text" and t.content.strip():
            return t.content.lstrip()
        if t.type not in ("text", "code_inline"):
            break
    return ""


_DASH_AFTER = re.compile(r"\s*[-–—]\s+[^:]{1,60}?:\s+\S")
"""`` - OpenMoE: An Early Effort ...``: a dash, then a titled paper's name and its colon."""


def emphasised_tag(children: list[Token], i: int) -> tuple[str, int] | None:
    """``**_Load Balance Loss_ - OpenMoE: ...**``: words in italics that open a bold title,
    then a dash and a ``Name: Title``, are a tag before the title (its text, and the index
    of the italics' end), as a bracketed one is; else ``None`` (``**_Mamba_ - Linear-Time
    ...**``, ``**_Densely Connected ..._ - Huang et al.**`` keep their words)."""
    if i == 0 or children[i - 1].type != "strong_open":
        return None
    j = next((k for k in range(i + 1, min(len(children), i + 8)) if children[k].type != "text"), 0)
    if not j or children[j].type != "em_close" or j + 1 >= len(children):
        return None
    words = "".join(children[k].content for k in range(i + 1, j)).strip()
    after = children[j + 1]
    if not words or len(words) > 80 or after.type != "text" or not _DASH_AFTER.match(after.content):
        return None
    return words, j


def trailing_tag(b: Builder, code: str, after: list[Token]) -> bool:
    """A code span that names a year or a venue after an entry's text, with no words after it
    on its line but links and other code spans, is a tag as a bracketed one is: ``Title,
    `Infocom 2019` [[paper](url)]``, ``[Title](url), A. Author et al. `emnlp2021` `retrieval```.
    Each side is read only :data:`TAG_SCAN` runs far (a long line of spans stays linear)."""
    if b.link is not None or len(code) > TAG_CHARS or not (_dated(code) or _venue_tag(code)):
        return False
    before = _text_before(b.out)
    if not before.strip() or _JOINING_END.search(before):
        return False  # nothing before it, or ``Cyber Defence for `Vision 2030```: the title's
    depth = 0
    for t in after[:TAG_SCAN]:
        if t.type in ("softbreak", "hardbreak"):
            return True
        depth += (t.type == "link_open") - (t.type == "link_close")
        if depth == 0 and t.type == "text" and re.search(r"[^\W\d_]", t.content):
            return False  # words after it: part of the title (``the `ICLR 2023` track of``)
    return len(after) <= TAG_SCAN  # the line's end, not a long run of links and spans


def wrapped_em(b: Builder, children: list[Token], i: int) -> bool:
    """Italics open at the line break ``children[i]``, before any link of the line, that close
    on the next line before a link: a wrapped title (not ``[T](u) *note`` / ``on* [T2](u2)``)."""
    if b.link is not None or any(r.kind == "link" for r in _line_runs(b.out)):
        return False
    scan = children[i + 1 : i + 1 + TAG_SCAN]
    ends = (t.type for t in scan if t.type.endswith(("break", "em_open", "em_close", "link_open")))
    return next(ends, None) == "em_close"


def _line_runs(out: list[Run]) -> list[Run]:
    """The runs of the builder's current line, last first, :data:`TAG_SCAN` at most."""
    return list(itertools.takewhile(lambda r: r.kind != "break", out[: -TAG_SCAN - 1 : -1]))


TAG_SCAN = 64
"""Runs and tokens a trailing tag's test reads on each side of it."""


def _text_before(out: list[Run]) -> str:
    """The text of the builder's current line before the span, its last :data:`TAG_SCAN`
    runs at most."""
    return "".join(r.text for r in reversed(_line_runs(out)) if r.kind == "text")


TAG_CHARS = 80
"""A trailing tag names a venue and its year (``ACS Sustainable Chemistry & Engineering
2023``); a longer code span is code."""


_JOINING_END = re.compile(rf"(?i)\b{JOINING_WORD}\s*$")


def _dated(code: str) -> bool:
    """``CVPR 2023``, ``emnlp2021``, ``iclr2022 rejected``: a tag that names a year."""
    untold = _STATUS.sub("", code)
    return bool(_DATED.search(code)) or context_facts(untold)[0] is not None or venue_yy(code)


def _venue_tag(code: str) -> bool:
    """``NAACL``, ``ACL Findings``, ``ACL NLP-COVID Workshop``: a tag of at most four words
    that opens with a known venue's name."""
    words = code.split()
    return 0 < len(words) <= 4 and context_facts(re.split(r"[-/]", words[0])[0])[1] is not None


_STATUS = re.compile(r"(?i)\s+(?:rejected|submitted|submission|under\s+review|withdrawn|accepted)$")


_WIKILINK = re.compile(
    r"\[\[(?P<name>(?:[^\[\]|\s]+ ){3,60}[^\[\]|\s]+)(?:\|(?P<alias>[^\[\]|]{1,300}))?\]\]"
)
_NOT_A_TITLE = re.compile(r"\d{4}|\bet\.?\s+al\b")


def wikilinks_shown(text: str) -> str:
    """``text`` with each wikilink (Obsidian's ``[[Note name]]``, ``[[Note|shown]]``) to a note
    named by its paper's title, in four words or more, replaced by what it shows; not a note
    named by a date or a byline (``[[2023-05-01 Notes|notes]]``, ``[[Kaplan et al 2020]]``)."""

    def shown(m: re.Match[str]) -> str:
        return m[0] if _NOT_A_TITLE.search(m["name"]) else (m["alias"] or m["name"])

    return _WIKILINK.sub(shown, text)
