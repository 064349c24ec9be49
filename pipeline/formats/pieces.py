"""A run list's pieces of one kind (text of one weight, a link, a line break), with the
emphasis inside a title joined to it (``A Surprisingly Effective **Perimeter-based Loss**
for ...``). Pure."""

from __future__ import annotations

import itertools
import re

from pipeline.formats import authors as A
from pipeline.formats import citations as C
from pipeline.formats import italicvenue as IV
from pipeline.formats.common import JOINING_WORD
from pipeline.formats.labels import is_generic
from pipeline.formats.links import link_role
from pipeline.formats.runs import Run, ends_text, lines_of, plain


def segments(runs: list[Run]) -> list[tuple[str, Run | None, bool, int]]:
    """(text, link-or-None, bold, line) pieces, adjacent text runs of one weight joined."""
    out: list[tuple[str, Run | None, bool, int]] = []
    for n, r in enumerate(runs):
        if r.kind == "break":
            out.append(("\n", None, False, r.line))
        elif r.kind == "link":
            out.append((r.text, r, r.bold, r.line))
        elif (
            out
            and out[-1][1] is None
            and out[-1][2] == r.bold
            and out[-1][0] != "\n"
            and not (C.venue_after_title(out[-1][0], r.text) and ends_text(runs, n + 1))
            and not IV.after_title(out[-1][0], r)  # ``Title, *Sensors 2023*``
        ):
            out[-1] = (out[-1][0] + r.text, None, r.bold, out[-1][3])
        elif (
            out
            and out[-1][1] is None
            and r.bold
            and not out[-1][2]
            and _inside(out[-1][0], runs, n)
        ):
            out[-1] = (out[-1][0] + r.text, None, False, out[-1][3])  # ``Title with **Word**, ...``
        else:
            out.append((r.text, None, r.bold, r.line))
    return out


_MID = re.compile(rf"\w\s+{JOINING_WORD}\s+$", re.I)
"""Plain text that stops on a joining word: a bold word after it is inside the title."""
_TITLE_OPENING = re.compile(r"(?:A|An|The|[A-Z][\w'-]*[a-z])(?:\s+[A-Za-z][\w'-]*[a-z]){0,4}\s+")
"""Plain text that may open a title before a bold phrase (``A Surprisingly Effective ``, ``A
persistent homology-based ``): five words at most, no acronym, number or punctuation."""
_JOIN = r"(?:for|of|in|on|with|to|via|using|through|as|towards?|under|without)\b"
_GOING_ON = re.compile(rf"\s+(?:{_JOIN}|[a-z][\w-]*\s+{_JOIN})")
"""Plain text after a bold phrase that goes on with its title: a joining word, or a word and
one (`` for Medical``, `` function for``; not `` propose masked``, `` award at``)."""
_NOT_IN_TITLE = re.compile(
    r"\b(?i:et al|oral|spotlight|poster|highlight|best|award|outstanding|honou?rable|new|hot"
    r"|updated?|must|recommended|highly|cited|papers?)\b|[A-Z]{2}"
)
"""Bold words that tag a paper or name it (an award, ``**CLIP paper**``, ``**SAM model**``)."""
_LOOK_AHEAD = 40
"""Runs looked at after a bold phrase for a link that names the paper (bounded: linear)."""
_LEAD_WORDS = frozenset(
    "survey tutorial blog review paper book talk video thesis slides commentary perspective"
    " editorial classic our read see new recommended must hot highly original check using"
    " introducing announcing trending interesting pioneering amazing exciting".split()
)
"""A word before a bold title that says what it is or what to do with it (``Survey **Title**``,
``Read **Title** to ...``), not the title's first word."""


def _inside(before: str, runs: list[Run], n: int) -> bool:
    """Bold run ``n`` is emphasis inside the title that plain text ``before`` opens: after a
    joining word; or after a title's first words when the title goes on with a joining word
    (``A Surprisingly Effective **Perimeter-based Loss** for Medical ...``), or after an
    article; not names, an acronym, a venue or a tag in bold (``Title **Haotian Liu** uses
    ...``, ``**Oral** at ICCV``), nor when a link naming the paper follows (its text is the title).
    A venue and its comma before the title's first words are none of them (``ICML 2022, The``)."""
    if _MID.search(before):
        return True
    head, comma, opened = before.rpartition(", ")
    before = opened if comma and C.is_context_text(head.strip()) else before  # ``ICML 2022, The``
    after, bold = (runs[n + 1] if n + 1 < len(runs) else None), runs[n].text.strip()
    if after is None or after.kind != "text" or after.bold or not bold[:1].isalpha():
        return False  # (not ``**104,560 expressions**``)
    if _NOTE_AFTER.search(after.text):
        return False  # ``The **lottery ticket** hypothesis is a must-read.``: a note follows
    if len(before) > 80 or len(bold) > 80:
        return False  # a title's opening words and a bold phrase in it are short
    tagged = _NOT_IN_TITLE.search(bold) is not None or C.is_context_text(bold) or ":" in bold
    opening = _TITLE_OPENING.fullmatch(before.lstrip()) is not None and not A.names_like(before)
    opening = opening and not re.search(r"[a-z][A-Z]", before)  # not ``ResNet **Title**``
    opening = opening and _opening_words(before.split())  # not ``Survey **Title**``
    article = before.strip() in ("A", "An", "The") and _ARTICLE_GOES_ON.match(after.text)
    article = article and _capital_rest(after.text)  # not ``The **Swin Transformer** is a ...``
    phrase = 2 <= len(bold.split()) <= 3 and not A.names_like(bold) and not A.people(bold)
    going = phrase and _GOING_ON.match(after.text) is not None and _one_casing(bold, after.text)
    going = going and not (_title_cased(before) and not any(c.isupper() for c in bold))
    joins = opening and not tagged and bool(article or going)
    return joins and not _named_link_after(runs, n)


_NOTE_AFTER = re.compile(r"[;!?]|\.(?:\s|$)|\s[-–—]\s|,\s+[a-z]")
"""Plain text after a bold phrase that ends a sentence or starts a note (a full stop, a
semicolon, `` - ``, ``, a simpler ...``): the text is no title's rest."""
_ARTICLE_GOES_ON = re.compile(r"\s+(?!(?:by|at|in)\b)(?!from\s+\S+(?:\s+\S+)?\s*(?:\[|$))[A-Za-z]")
"""After ``The **Devil**``: the title going on (`` is in the Details``, `` from Knowledge
Distillation: ...``), not a byline (`` by Frankle and Carbin``, `` from Harvard NLP``)."""


def _capital_rest(text: str) -> bool:
    """The first long word after a bold phrase (joining words aside) is capitalised: the
    title goes on (`` is Worth 16x16 Words``, `` from Knowledge Distillation``), not a sentence
    about it (`` model was released by``, `` is a hierarchical backbone``)."""
    first = _first_long_word(text)
    return first is not None and first[:1].isupper()


def _title_cased(text: str) -> bool:
    """Every word of four letters or more is capitalised (``Attention Is All You Need``)."""
    long = [w for w in re.split(r"[\s-]+", text) if len(w) >= 4]
    return bool(long) and all(w[:1].isupper() for w in long)


def _one_casing(bold: str, after: str) -> bool:
    """A title-case bold phrase goes on in title case (``**Transferable Features** with Deep
    Adaptation Networks``), not in lower case (``Amazing **Neural Radiance Fields** for view
    synthesis results``: praise around a title)."""
    first = _first_long_word(after)
    return not _title_cased(bold) or first is None or first[:1].isupper()


def _first_long_word(text: str) -> str | None:
    """The first word of four letters or more that is no joining word (``for``, ``with``)."""
    words = (w for w in text.split() if len(w) >= 4 and not re.fullmatch(JOINING_WORD, w, re.I))
    return next(words, None)


def _opening_words(words: list[str]) -> bool:
    """Words that may open a title before a bold phrase: an article; two words or more with
    no lead word or tag among them (``A Surprisingly Effective``, not ``Highly
    recommended``); one word that titles open with (``Learning``, ``Towards``,
    ``Rethinking``), not a note (``Check``, ``Original``, ``Spotlight``)."""
    low = [w.lower() for w in words]
    if low in (["a"], ["an"], ["the"]):
        return True
    if any(w in _LEAD_WORDS or _NOT_IN_TITLE.search(w) for w in low):
        return False
    return len(words) >= 2 or low[0].endswith("ing") or low[0] in ("towards", "toward")


def _named_link_after(runs: list[Run], n: int) -> bool:
    """A paper link after run ``n`` names the paper (``[Deep Patient](url)``, ``[Focal Loss
    for ...](url)``), not a label or a venue (``[(paper)]``, ``[CVPR 2021]``): its text is
    the title."""
    for x in itertools.islice(runs, n + 1, n + 1 + _LOOK_AHEAD):
        if x.kind == "break":
            return False  # (the item's line ends: its next lines are its details)
        if _names_paper(x):
            return True
    return False


def _names_paper(r: Run) -> bool:
    text = r.text.strip(" ()[]")
    named = bool(text) and not is_generic(text) and not C.is_context_text(text)
    return r.kind == "link" and named and link_role(r) == "paper"


_PAREN_TAGS = re.compile(r"\s*\(([^()]{1,80})\)\s*[:：]?\s*")
_FIRST_AUTHOR = re.compile(r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s(?:[A-Z]\.\s?-?){1,3}[,&]")
"""A citation's first author, surname first (``Roohani, Y.,``, ``Theodoris, C. V.,``)."""


def after_paren_tags(segs: list, i: int) -> list | None:
    """``**scGPT** (Cited by 25): Cui, H., ... (2023). Title.``, ``**CPA** (**Cited by 28**;
    Facebook;) Lotfollahi, M., ...``: the pieces after a bracketed group of tags that
    follows the bold name at ``i``, when a citation by its authors follows them; else
    ``None`` (``**GRM** (Title)``)."""
    rest, text = segs[i + 1 : i + 9], ""
    for k, (piece, link, _, line) in enumerate(rest):
        if link is not None or piece == "\n":
            return None
        text += piece
        m = _PAREN_TAGS.match(text) if ")" in piece else None
        if m is not None:
            after = text[m.end() :]
            cited = _FIRST_AUTHOR.match(after) is not None
            return [(after, None, False, line), *segs[i + 2 + k :]] if cited else None
    return None


def without_note_lines(cell: list[Run]) -> list[Run]:
    """A cell of papers one per line, each with a note on the line under it (``[Title](url)
    (2025, arXiv)<br><sub>data: ...; feedback: ...</sub><br>[Title 2](url)``), without those
    notes: their semicolons and labels are no papers' (the cell itself when it has none)."""
    lines = lines_of(cell)
    linked = [any(r.kind == "link" for r in line) for line in lines]
    if sum(linked) < 2:
        return cell
    notes = set()
    for k in range(1, len(lines)):
        if linked[k - 1] and not linked[k] and _NOTE.match(plain(lines[k])):
            notes.update(id(r) for r in lines[k])
    return [r for r in cell if id(r) not in notes] if notes else cell


_NOTE = re.compile(r"\s*\(?[a-z][a-z ]{1,20}:\s(?!.*(?:19|20)\d\d)")  # (a year is the paper's)
"""``data: ...``: a note's lower-case label (not an author line or a venue under a title)."""
