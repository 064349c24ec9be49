"""A bold name, a dash, then the paper's title in italics (``**Marionette** — *Marionette:
Predicting World States, Rendering Geometry, Painting Appearance*. arXiv 2026.``,
``**Mitra and Nguyen** - *Estimating Surface Normals in Noisy Point Cloud Data*.``): the
italics bound the title, commas and all, when they name the bold name again or the bold is
its authors; else the two make one title (``**Show and Tell** - *A Neural Image Caption
Generator*``) and other readers join them. Pure."""

from __future__ import annotations

import re

from pipeline.formats import authors as A
from pipeline.formats import citations as C
from pipeline.formats import labels as LB
from pipeline.formats.common import PUBLICATION_WORDS, mostly_capitalised, venue_in
from pipeline.formats.describing import describes
from pipeline.formats.links import link_role
from pipeline.formats.makers import makers, organisations
from pipeline.formats.piped import linked_title
from pipeline.formats.runs import Run

_PUBLICATION = re.compile(r"(?i)(?:in|proc(?:eedings|\.)?|journal|transactions|ieee|acm)\b")
"""An italic venue's opening words (``_Proceedings of the ..._``, ``_Journal of ..._``)."""
_DASH = re.compile(r"\s*(?:[—–]|--?)\s*")
_TAG = re.compile(r"^\s*\[[^\[\]]{1,30}\]\s*")
"""``[arXiv'25.12] mimic-video``: a venue's tag before the name."""
_QUOTES = " \"'“”‘’.,;:"
_BOXES = ("[ ]", "[x]", "[X]")
_SAYS = re.compile(r",|\s+(?!(?:across|as|towards|versus)\b)[a-z]+s\b")
"""After the name: a comma or a verb (``DeiT trains``, ``X is``), a sentence about it."""


def italic_after_name(runs: list[Run]) -> tuple[str, str | None, int] | None:
    """The italic title, the bold name (``None`` when it names people) and the title's
    line, of a line that opens ``**Name** — *Title*``; else ``None``."""
    parts = [r for r in runs if r.kind != "text" or r.text.strip()]
    boxed = bool(parts) and parts[0].kind == "text" and parts[0].text.strip() in _BOXES
    parts = parts[boxed:]  # ``- [x] **Name**; *Title*``: a task's box before the name
    k = 0
    while k < len(parts) and parts[k].kind == "text" and parts[k].bold and not parts[k].em:
        k += 1
    if k == 0 or k + 1 >= len(parts) or not (_dash(parts[k]) or _semicolon(parts[k])):
        return None
    italic = []
    for r in runs[runs.index(parts[k]) + 1 :]:  # a line break in the italics is a space
        if r.kind != "text" or not (r.em or not r.text.strip()) or r.bold:
            break
        italic.append(r)
    title = " ".join("".join(r.text for r in italic).split()).strip(_QUOTES)
    if not italic:
        return None
    name = _TAG.sub("", "".join(r.text for r in parts[:k])).strip(" :")
    if len(title.split()) < 3 or not 1 <= len(name.split()) <= 6 or _described(title, name):
        return None  # (a bold of seven words or more is the title: its italics, the venue)
    cut = _echo_cut(title, name)
    people = A.names_like(name)
    semi = _semicolon(parts[k])  # ``**Label**; *Title*``: the italics must read as a title
    if semi and (len(name.split()) > 4 or not _semicolon_title(cut)):  # (a label, not a title)
        return None
    if not (people or cut != title or _shares_a_word(title, name) or semi):
        return None  # ``**Show and Tell** - *A Neural Image Caption Generator*``: one title
    return cut, None if people else name, italic[0].line


def _shares_a_word(title: str, name: str) -> bool:
    """The italic title names the bold one (``**POMDP Coder** — *... for POMDP Model
    Estimation*``, ``**Marionette** — *Marionette: ...*``): it is the whole title."""
    words = {w.lower() for w in re.findall(r"[\w-]{4,}", name)}
    return not words.isdisjoint(w.lower() for w in re.findall(r"[\w-]{4,}", title))


def _described(title: str, name: str) -> bool:
    """Italics that describe the named thing (``*COCO contains 330K images*``, ``*a large
    dataset of ...*``, two sentences) or name a venue (``— *Methods in Ecology and
    Evolution*, 2025.``), not its paper's title."""
    said = title.lower().startswith(name.lower())
    lower = title[0].islower() and not said
    if said and _SAYS.match(title[len(name) :]):
        return True  # ``*DeiT trains data-efficient ...*``, ``*Flamingo, the model that ...*``
    venue = C.is_context_text(title) or re.match(
        r"(?i)(?:journal|proceedings|transactions)\b", title
    )
    return lower or ". " in title or bool(venue) or describes(title, name)


def _dash(run: Run) -> bool:
    return run.kind == "text" and not run.bold and not run.em and bool(_DASH.fullmatch(run.text))


def _semicolon(run: Run) -> bool:
    """``**Adjust BPE on NMT**; *Title*``: a label, a semicolon, then the title."""
    return run.kind == "text" and not run.bold and not run.em and run.text.strip() == ";"


def _semicolon_title(title: str) -> bool:
    """Italics after a bold label and a semicolon that read as a title: in title case, not
    authors, a byline, a venue, a year, an award or a maker (``*Brown et al., 2020*``, ``*CVPR
    2016 Best Paper*``, ``*Read sections three and four*``, ``*Facebook AI Research*``)."""
    cased = mostly_capitalised([w for w in title.split() if len(w) >= 4])
    if not cased or A.BYLINE.search(title) or A.names_like(title) or A.author_lead(title):
        return False
    dated = re.search(r"(?:19|20)\d\d", title) is not None
    return not (dated or C.is_context_text(title) or makers(title) or organisations(title))


def _echo_cut(title: str, name: str) -> str:
    """``Causal World Modeling for Robot Control (LingBot-VA)`` under ``LingBot-VA``: the
    name echoed in brackets after the title is no part of it."""
    m = re.search(r"\s*\(([^()]{1,40})\)$", title)
    if m and set(m.group(1).lower().split()) & set(name.lower().replace("(", " ").split()):
        return title[: m.start()]
    return title


def note_then_link(runs: list[Run]) -> tuple[str, int] | None:
    """``*Understanding the query optimization* [An Overview of Query Optimization](pdf)``: a
    line that opens with an italic note (no bold, no dash, no colon), then a paper link whose
    text is a title of three words or more: that title and its line."""
    parts = [r for r in runs if r.kind != "text" or r.text.strip(" *_")]
    first, link = (parts[0], parts[1]) if len(parts) >= 2 else (None, None)
    if first is None or first.kind != "text" or not first.em or first.bold or link.kind != "link":
        return None
    if first.text.rstrip().endswith((":", "-", "–", "—")) or link_role(link) != "paper":
        return None  # ``*Paper:* [Title](url)``: a label, read as such elsewhere
    title = linked_title(link.text, 3)
    return None if title is None or A.names_like(first.text) else (title, link.line)


_SPACED_DASH = re.compile(r"(?<!\s)\s++(?:--?|[–—])\s+")  # (from a run's first space: linear)


def venue_led(text: str) -> bool:
    """``Mobisys '14 -- `Cloudlet + Glass` -- [Title](url)``, ``ASPLOS 16 -- CLOUD + AI --
    , Kang et al, [Title](url)``: the text before a paper link opens with a venue (and its
    year), then short tags (a topic, the authors) set apart by spaced dashes."""
    parts = _SPACED_DASH.split(text.strip() + " ")
    if len(parts) < 2 or len(parts[0]) < 3 or not C.is_context_text(parts[0]):
        return False  # (``arXiv -- Jonas et al, [Title](url)``: a venue alone too)
    return all(len(p.split()) <= 8 for p in parts[1:])


_YEAR_FIELDS = re.compile(r"\s*(?:19|20)\d\d\s*[,，]\s*(?:[^,，\[\]()]{1,40}[,，]\s*){0,2}")
"""``2017, Access Control Models, [Title](url)``: a year, then a field or two (a venue, a
topic), each closed by a comma, before the paper's link."""


def dated_lead(cand: str, text: str, link_text: str) -> bool:
    """The text before a paper link is a short dated tag glued to it (``Euro-Par'25
    (LNCS)-[Title]``), a venue with its year and tags (:func:`venue_led`) or a year and
    comma-closed fields (:data:`_YEAR_FIELDS`) before a link's title longer than they are
    (not ``2015, Batch Normalization, [Ioffe and Szegedy](url)``)."""
    linked = _YEAR_FIELDS.fullmatch(text) and linked_title(link_text, 3)
    fields = bool(linked) and len(linked.split()) > len(cand.split())
    fields = fields and not A.SURNAME_LIST.fullmatch(linked)  # (``[Ioffe and Szegedy]``)
    return (len(cand.split()) <= 6 and (LB.dated_tag(text) or fields)) or venue_led(text)


def italic_after_byline(runs: list[Run]) -> tuple[str, int] | None:
    """``George Necula. _Translation Validation for an Optimizing Compiler_. [link](pdf)``:
    authors in plain text, the title in italics (two words or more, no venue), then only
    links: the italics and their line."""
    found = _italic_then_links(runs)
    if found is None or found[0].bold:
        return None
    italic, links, _ = found
    names = "".join(r.text for r in runs[: runs.index(italic)]).strip(" .,;:")
    byline = A.names_like(names) or A.one_person(names.split()) or A.mostly_people(names)
    said = italic.text.strip(" .,;:")
    title = _YEAR_END.sub("", said)  # ``_Title, 2021_``: no year
    titled = any(linked_title(r.text, 3) for r in links)  # ``_Journal_ [Title](doi)``
    if (
        not byline
        or titled
        or not _titled(title)
        or _venue_like(title)
        or _noted_start(title, said)
        or _cites(said)  # ``Title. *Goyal et. al., 2019* [pdf](url)``: the italics cite
    ):
        return None
    return title, italic.line


_CITING = re.compile(r"\W*[A-Z][\w'´-]+(?:\s+[A-Z][\w'´-]+)?\s+et\.?\s*al\b")
"""Italics that cite authors by a name and ``et al.`` (``*Goyal et. al., 2019*``, ``*Yuan
Xue et al, Arxiv.*``); not ``*et al.*`` alone after names, nor a title citing them
(``*Reproducing Zhang et al.: ...*``)."""


def _cites(text: str) -> bool:
    """Italics that only cite their paper's authors (:data:`_CITING`, six words at most)."""
    return _CITING.match(text) is not None and len(text.split()) <= 6 and ":" not in text


def _noted_start(title: str, said: str) -> bool:
    """A dated note whose first words say what it is (``_PhD dissertation, …, 2018_``)."""
    return said != title and _NOTE.search(" ".join(title.split()[:2])) is not None


_YEAR_END = re.compile(r",\s*(?:19|20)\d\d$")
_FUNCTION_WORDS = frozenset("a an and as at by for from in of on or the to via with".split())


def _titled(text: str) -> bool:
    """Words that read as a title rather than a journal's name: four or more, a colon, or
    a lower-case word that is not a joining word (``Control-Flow integrity``; not
    ``Neural Computation``, ``Medical Image Analysis``)."""
    words = text.split()
    lower = any(w[:1].islower() and w.lower() not in _FUNCTION_WORDS for w in words)
    named = any(_MODEL_WORD.search(w) for w in words)  # ``Mask R-CNN``, ``CoNLL``
    return len(words) >= 4 or ":" in text or (len(words) >= 2 and (lower or named))


_MODEL_WORD = re.compile(r"[A-Z]-[A-Z]|[A-Za-z]\d|\d[A-Za-z]")


def bold_after_byline(segs: list, i: int) -> str | None:
    """``**EuroS&P**. Kiavash Satvat, Rigel Gjomemo and V.N. Venkatakrishnan, **EXTRACTOR:
    Extracting Attack Behavior from Threat Reports**``: a short bold tag (a venue the list
    knows, a topic), then authors, then the bold title (three words or more)."""
    rest = [s for s in segs[i + 1 : i + 4] if s[0].strip(" .,;:") or s[1] is not None]
    if len(rest) < 2 or rest[0][1] is not None or rest[0][2] or not rest[1][2]:
        return None
    names, title = rest[0][0].strip(" .,;:"), rest[1][0].strip(" .,;:")
    if rest[1][1] is not None or len(title.split()) < 3 or not A.names_like(names):
        return None
    return None if _venue_like(title) else title  # not ``**ICLR 2020 (Oral)**``


_NOTE = re.compile(
    r"(?i)\b(?:oral|spotlight|poster|best|award|honorable|mention|thesis|report|blog|lecture|"
    r"notes|chapter|book|slides|trends|presentation|presented|accepted|meeting|dissertation)\b"
)
"""A bold or italic note that is no title: an award, a talk's kind, a thesis or report."""


def _venue_like(text: str) -> bool:
    """A venue, a year, a publication's name or a note, not a paper's title: ``ICLR 2020
    (Oral)``, ``IEEE Access``, ``Journal of ...``, ``Medical Image Analysis Review``."""
    if C.is_context_text(text) or venue_in(text) is not None or _PUBLICATION.match(text):
        return True
    words = {w.lower().strip(".,;:()") for w in text.split()}  # a short name, not a title
    dated = re.search(r"\b(?:19|20)\d\d\b", text) is not None
    noted = _NOTE.search(text) is not None  # ``Oral presentation at the 2020 meeting``
    noted = noted or re.search(r"\b[A-Z][a-z]{1,6}\.(?:\s|$)", text) is not None  # ``Comput.``
    short = len(words) <= 4 and ":" not in text
    return (noted and dated) or (short and bool(dated or noted or words & _NAMING))


_NAMING = PUBLICATION_WORDS | {"acm", "ieee"}


def title_before_cited(runs: list[Run]) -> tuple[str, int] | None:
    """``Counterfactual Visual Explanations. *Goyal et. al., 2019* [pdf](url)``: a title in
    plain text, then its authors cited in italics (``et al.``), then only links: the title
    and its line (the plain words are no byline, however capitalised)."""
    found = _italic_then_links(runs)
    if found is None or not _cites(found[0].text):
        return None
    italic, links, line = found
    if any(linked_title(r.text, 3) for r in links):
        return None  # ``Names, *Vaswani et al.* [Attention Is All You Need](arxiv)``: the link's
    title = "".join(r.text for r in runs[: runs.index(italic)]).strip(" .,;:-–—")
    return (title, line) if len(title.split()) >= 2 and "\n" not in title and not _venue_like(title) else None  # fmt: skip


def _italic_then_links(runs: list[Run]) -> tuple[Run, list[Run], int] | None:
    """The italics after the plain words that open ``runs``, when only links follow them:
    the italics, those links and the line of the first word."""
    parts = [r for r in runs if r.kind != "text" or r.text.strip(" .,;:*_")]
    at = next((k for k, r in enumerate(parts) if r.kind != "text" or r.em or r.bold), 0)
    italic = parts[at] if 0 < at < len(parts) - 1 else None
    if italic is None or italic.kind != "text" or not italic.em:
        return None
    links = parts[at + 1 :]
    return None if any(r.kind != "link" for r in links) else (italic, links, parts[0].line)
