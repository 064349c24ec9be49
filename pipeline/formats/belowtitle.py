"""What the lines under a title say about it: a byline of authors, a venue and labelled
links that belongs to the bold title above it. Pure."""

from __future__ import annotations

import re

from pipeline.formats import authors as A
from pipeline.formats import citations as C
from pipeline.formats import fields as F
from pipeline.formats.authors import ET_AL, TWO_SURNAMES, names_like, one_person, people
from pipeline.formats.blocks import Block, authors_first, has_paper, links_of
from pipeline.formats.common import CJK, VENUE_LINE, VENUE_RE, year_in
from pipeline.formats.gbt import gbt_title
from pipeline.formats.labels import TITLE_LABELS
from pipeline.formats.makers import makers
from pipeline.formats.neighbours import LABEL_WORDS
from pipeline.formats.refstyles import citation_match
from pipeline.formats.runs import Run, lines_of, plain

_DATED_SENTENCE = re.compile(r"\.\s+[^.]{0,80}?\b(?:19|20)\d\d\b[^.]{0,20}\.?$")
"""The last sentence of a byline, its venue and year (``. VLDB 2023.``, ``. arxiv 2024.``)."""


def byline_of(group: list[Run], head: list[Run]) -> bool:
    """``group`` is the byline of the title ``head`` above it: authors first, a paper link
    labelled only (``[[Paper](url)]``), no title or citation of its own, under a head that
    reads as a title (four words or more), not a label (``**Graph Convolution**``)."""
    if not has_paper(group) or not authors_first(group) or len(plain(head).split()) < 4:
        return False
    generic = all(F.is_generic(r.text) or r.image for r in links_of(group))
    names = plain(lines_of(group)[0]).split("[", 1)[0].strip(" \\*_")  # the names, then
    names = _DATED_SENTENCE.sub("", names).strip(" .*_")  # ``. VLDB 2023.``, ``. arxiv 2024.``
    text = plain(group)
    cited = citation_match(text) is not None or C.quoted_after_names(text) is not None
    named = A.names_like(names) or A.person_list(names + ",") or A.one_person(names.split())
    return generic and named and not cited  # ``Danrui Qi, Jiannan Wang``, ``Immanuel Trummer``


_TWO_SENTENCES = re.compile(r"\b(?!(?:vs|al|etc|cf|approx|resp)\.)\w*[a-z]{2}\. [A-Z]")
"""``... Large Model. Succeed from GPipe``: two sentences (``vs. Supervised`` is one)."""


def title_cased(text: str) -> bool:
    """Three to fifteen words, most long ones capitalised, no closing full stop: a title,
    not a sentence describing the paper."""
    words = text.split()
    long = [w for w in words if len(w) >= 4]
    parts = text.split(",")
    return (
        3 <= len(words) <= 15
        and not (len(parts) > 1 and all(len(p.split()) <= 2 for p in parts))  # ``Google, Pixel 3``
        and not text.rstrip().endswith(".")
        and not _TWO_SENTENCES.search(text)  # a description
        and sum(w[0].isupper() for w in long) * 4 >= len(long) * 3
    )


def labelled_below(lines: list[list[Run]], details: list[list[Run]]) -> str | None:
    """The title a ``Paper Title:`` (or ``Title:``) line among an item's own lines and
    fields gives, up to a line about another work (``Talk: [video]``, ``Slides: ...``); none
    when the first line is labelled so itself (the label below is then the next paper's, in
    a list of blank-line-separated fields)."""
    if F.strip_label(plain(lines[0]).strip())[0] in TITLE_LABELS:
        return None
    for line in [*lines[1:], *details]:
        text = plain(line).strip()
        if _ANOTHER_WORK.match(text):
            return None
        label, value = F.strip_label(text)
        value = F.clean_title(value)
        if label in TITLE_LABELS and len(value.split()) >= 3 and F.title_like(value):
            return value
    return None


_ANOTHER_WORK = re.compile(
    r"(?i)[*_]*(?:talk|video|slides|blog|tutorial|lecture|podcast|recording|summary|notes)\b"
)


def named_below(g: F.TitleGuess | None, b: Block) -> F.TitleGuess | None:
    """A title labelled below the guess (``Paper Title: ...``), or a bare name's full title on
    a detail line that starts with the name (``*FuXi*, [[Paper](url)]`` above ``FuXi: : A
    cascade machine learning forecasting system``)."""
    if g is None:
        return None
    lines = lines_of(b.head)
    described = g.evidence == "text after the name link"  # ``**[LLM4AMC](url)**: what``
    wordy = len(g.title.split()) > 3 and not names_like(g.title) and not described
    labelled = None if wordy else labelled_below(lines, b.details)
    if labelled is not None:  # ``Paper Title: `Title` ``, ``* Title: Scalable ...``
        short = g.title if len(g.title.split()) <= 3 else g.short_name
        return F.TitleGuess(labelled, short, "labelled title below", g.line)
    cited = _cited_below(b.details[0], g.title) if b.details else None
    if cited is not None and ("link" not in g.evidence or len(g.title.split()) == 1):
        return F.TitleGuess(cited, g.title, "cited title on the line below the name", g.line)
    bold_alone = g.evidence.startswith("bold") and not links_of(lines[0])
    linked = _linked_line(lines[1]) if bold_alone and lines[1:2] else None
    words = len(g.title.split())  # a bold title of its own only under a much longer one
    if linked and (words <= 3 or len(linked.split()) > words + 2):
        short = g.title if _short_name(g.title, linked, plain(lines[0])) else None
        return F.TitleGuess(linked, short, "linked title on the line below the bold name", g.line)
    if len(g.title.split()) > 3:  # (``* BM3D [[PDF]](url)`` over ``* Title (SPIE 2008), Dabov``)
        return None  # ``**LAVENDER** [[Paper](url)] @Microsoft<br/> LAVENDER: ...``
    # ``**GAT**`` over ``Graph Attention Networks`` in one item; in a child item only as a
    below = lines[1:2] or ([] if links_of(b.head) else b.details[:1])  # citation with its
    if g.evidence.startswith("bold") and below and not links_of(below[0]):  # venue, before
        text = title_line(below[0])  # the links (``Title, Arxiv'19``): not a gloss or a task
        if text is not None and (lines[1:2] or _venue_cited(plain(below[0]))):
            return F.TitleGuess(text, g.title, "title-cased line below the bold name", g.line)
    for d in b.details:
        quoted = C.citation_title(plain(d))  # ``Li, Runde, et al. "Title."``
        first = d is b.details[0] and len(g.title.split()) <= 2 and not links_of(d)
        gbt = gbt_title(plain(d).strip()) if first else None
        quoted = quoted or (F.clean_title(gbt) if gbt else None)  # ``FLAKE H. Title[C]//…``
        if quoted is not None:
            return F.TitleGuess(quoted, g.title, "quoted title of the citation below", g.line)
        if len(g.title.split()) > 2:
            continue
        seen = [r for r in d if not r.alt_only or F.link_role(r) == "paper"]  # not a figure's
        text = F.clean_title(plain(seen))
        m = re.match(rf"{re.escape(g.title)}\s?[:：]\s*(.+)$", text)
        if m:
            full = m.group(1).split(" : ")[-1].strip(" :*_")
            if len(full.split()) >= 3:
                return F.TitleGuess(full, g.title, "detail line that names the item", g.line)
    return None


def _linked_line(line: list[Run]) -> str | None:
    """A line that is only a paper link titled with four words or more (``**PAL-UI** · 2025``
    over ``[PAL-UI: Planning with Active Look-back ...](arxiv)<br>``): that title."""
    runs = [r for r in line if r.kind != "text" or r.text.strip(" \t·|-–—")]
    if len(runs) != 1 or runs[0].kind != "link" or F.link_role(runs[0]) != "paper":
        return None
    title = F.clean_title(runs[0].text)
    cited = LABEL_WORDS.search(runs[0].text)  # ``[He, Warden, et al., 2020 - arXiv:...]``
    return title if len(title.split()) >= 4 and F.title_like(title) and not cited else None


def _short_name(bold: str, title: str, line: str) -> bool:
    """The bold name over a linked title is its short name: in the title, or a coined name
    (``ATMem``, ``PAL-UI``), not a label (``**Monday reading**:``), a topic or a person."""
    if line.rstrip().endswith(":") or names_like(bold) or one_person(bold.split()):
        return False
    return title.lower().startswith(bold.lower()) or re.search(r"\w[A-Z]|\d|-", bold) is not None


def _venue_cited(text: str) -> bool:
    """A known venue in ``text`` (``ICLR'18``, ``Arxiv'19``; not a year alone, a maker's or a
    dataset's name, ``OpenAI, 2021``): a citation line, not a gloss or a task under a name."""
    return VENUE_RE.search(text) is not None or _ARXIV_YEAR.search(text) is not None


_ARXIV_YEAR = re.compile(r"(?i)\barxiv\s?['’]?\d\d\b")


_FIELD_LABEL = re.compile(r"\W*[a-z][a-z ]{0,20}[:：]\s")
"""``intro: North Carolina ...``: a field's name in lower case (``Flamingo: a Visual Language
Model ...`` under ``**Flamingo**`` is a name and its subtitle, a title)."""


def title_line(line: list[Run]) -> str | None:
    """A title-cased line of plain text under a name: its title, not a label, a summary in
    Chinese (not a gloss), authors, a venue, a dated note or a description (``Uses ...``)."""
    raw = plain(line)
    label, _ = F.strip_label(raw)  # ``Keywords: ...``, not ``Title: ...``
    text = F.clean_title(raw)
    if (
        label in (None, "title")
        and not _FIELD_LABEL.match(raw)  # ``- intro: North Carolina State University``
        and len(text) * 3 >= len(raw.strip()) * 2  # not what is left of a line of names
        and title_cased(text)
        and not CJK.match(plain(line).lstrip())
        and not (names_like(text) or one_person(text.split()) or makers(text))
        and not people(text)  # ``Jae Hyun Lim, Jong Chul Ye.``: its authors
        and not (TWO_SURNAMES.fullmatch(text) or ET_AL.search(plain(line)))
        and not VENUE_LINE.search(text)
        and F.find_venue(text) == (None, None)
        and not (year_in(text) or _DESCRIBING.match(text) or C.is_context_text(text))
    ):
        return text
    return None


_DESCRIBING = re.compile(
    r"(?:Uses|Removes|Introduces|Proposes|Proposed|Extends|Adds|Improves|Combines|Applies|"
    r"Provides|Includes|Published|Accepted|Related|Recommended|See|Also|Code|Papers?|Tutorial|"
    r"Slides|Follow-?up|Reproduced|Evaluated|Compared|Official|Winner|(?i:(?:extended|journal|"
    r"conference|short|earlier|longer)\s+version)|(?:Based|Improved|Inspired|Presented|Built|"
    r"Used|Cited|Motivated)\s+(?:by|on|in|at|as|with|from|against))\b"
)
"""A line that says what the paper does or where it went, or points to another work
(``Extended version: ...``, ``Improved by ...``, ``Follow-up: ...``): a note."""


_CITED_BELOW = re.compile(
    r"^(?P<t>[^()]{12,300}?)\s*\((?P<v>[^()]*?(?:(?:19|20)\d\d|[A-Z][A-Za-z]+\s?['’]?\d\d)|(?i:arxiv))\)\s*,\s*\S"
    r"|^(?P<t2>[^()]{12,300}?),\s*(?P<v2>(?:[A-Z]|arXiv\b|arxiv\b)[^,()]{0,120}?\s(?:19|20)\d\d)\s*,\s*\S"
)
"""``Title (Venue 2008), Authors`` or ``Title, _Venue 2015_, **Authors**``."""


def _cited_below(line: list[Run], name: str) -> str | None:
    """``Title (Venue 2008), Authors``: a citation line under a method's ``name``; under a
    name of more words, only with a venue in the brackets (not ``(Chaudhuri, 2008)``); with
    commas, only with the venue in italics (``Title, _Venue 2015_, **Authors**``: not a note,
    ``Pruning of AlexNet, ICLR 2016, best paper``)."""
    m = _CITED_BELOW.match(plain(line).strip()[:400])  # a citation line is short: bounded
    italics = [r.text for r in line if r.kind == "text" and r.em]
    m = None if m and m["v2"] and not any(m["v2"].strip() in t for t in italics) else m
    said, venue = (m["t"] or m["t2"], m["v"] or m["v2"]) if m else ("", "")
    one = len(name.split()) == 1
    cited = m is not None and (one or ("," not in venue and _shares_word(name, said)))
    title = F.clean_title(said) if cited else ""
    said = _TWO_SENTENCES.search(title) or VENUE_LINE.search(title) or C.is_prose(title)
    named = names_like(title) or people(title) or one_person(title.split()) or ET_AL.search(title)
    words = len(name.split()) < min(len(title.split()), 7) and not _DESCRIBING.match(title)
    return title if len(title.split()) >= 3 and words and not (said or named) else None


def _shares_word(name: str, title: str) -> bool:
    """A word of the ``name`` (a label of a few words) begins or is begun by one of the
    cited ``title``'s (``Inpainting-based Coding`` and ``... to inpaint for ...``)."""
    mine = {w for w in re.split(r"[\W_]+", name.lower()) if len(w) >= 3} - _GLUE
    theirs = {w for w in re.split(r"[\W_]+", title.lower()) if len(w) >= 3} - _GLUE
    return any(a.startswith(b) or b.startswith(a) for a in mine for b in theirs)


_GLUE = frozenset("and for the with based from via using into".split())
