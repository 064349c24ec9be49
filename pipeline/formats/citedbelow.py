"""The title of a citation written in the sub-item below an item that names its paper
only by a label or a short name (``* SPP, Microsoft Research [[Paper]](arxiv)`` over ``*
Kaiming He, ..., Spatial Pyramid Pooling in ..., ECCV, 2014.``). Pure."""

from __future__ import annotations

import re

from pipeline.formats import authors as A
from pipeline.formats import blocks as B
from pipeline.formats import citations as C
from pipeline.formats import cleantitle as CT
from pipeline.formats import fields as F
from pipeline.formats.blocks import arxiv_ids, links_of
from pipeline.formats.items import Item, all_lines
from pipeline.formats.runs import Run, plain


def cited_title(item: Item, guess: F.TitleGuess | None = None) -> F.TitleGuess | None:
    """The title of a citation in a sub-item, for an item that names the paper only by a
    label: quoted (``- AOD-net [[Code](..), [Paper](..)]`` over ``Li, Boyi, et al.
    "Aod-net: All-in-one dehazing network." ...``), or after its authors when the item's
    own ``guess`` is a name of five words or fewer (``* SPP, Microsoft Research [[Paper]]``
    over ``* Kaiming He, ..., Spatial Pyramid Pooling in ..., ECCV, 2014.``); else ``guess``."""
    if guess is None:
        for line in (ln for ch in item.children for ln in all_lines(ch)):
            quoted = C.citation_title(plain(line))
            if quoted is not None:
                return F.TitleGuess(
                    quoted, None, "quoted title of the citation below", line[0].line
                )
        return None
    if len(guess.title.split()) > 5:
        return guess
    for line in (all_lines(ch)[0] for ch in item.children if all_lines(ch)):
        text = plain(line)
        after = None if links_of(line) else _after_authors(text, guess.title)
        if after is not None and after != guess.title and _agrees(after, guess, item, text):
            return F.TitleGuess(after, None, "title of the citation below", guess.line)
    return guess


def cited_note(guess: F.TitleGuess | None, notes: list[list[Run]]) -> F.TitleGuess | None:
    """A heading that names its paper in five words or fewer (``#### Theme Transfomer``)
    takes the title of the citation written under it that opens with its authors (``Shih,
    Y. J., ... (2022). Theme Transformer: Symbolic Music Generation ... IEEE ...``) when
    that title opens with the heading's name (:func:`_opens_with`); else ``guess``."""
    if guess is None or len(guess.title.split()) > 5:
        return guess
    for note in notes:
        cited = F.guess_title(note) if B.names_first(note) or _apa(plain(note)) else None
        if cited is not None and cited.title != guess.title and _opens_with(cited.title, guess):
            return F.TitleGuess(cited.title, None, "title of the citation below", guess.line)
    return guess


def _opens_with(title: str, guess: F.TitleGuess) -> bool:
    """``title`` opens with the first word of the name ``guess`` gives (``Theme Transfomer``:
    Theme Transformer: ...), or spells its acronym; not a related paper that shares a later
    word (``Pop Music Transformer`` over ``Music Transformer: ...``)."""
    first = re.match(r"[A-Za-z][\w-]{2,}", guess.title)
    same = first is not None and title.lower().startswith(first.group().lower())
    return same or _acronym(title, guess)


_APA_YEAR = re.compile(r"\s\((?:19|20)\d\d[a-z]?(?:,[^()]{1,20})?\)\.")


def _apa(text: str) -> bool:
    """``Shih, Y. J., ... & Yang, Y. H. (2022). Title.``: an APA citation's authors first."""
    m = _APA_YEAR.search(text[:1000])
    return m is not None and A.surname_first(text[: m.start()])


def _agrees(title: str, guess: F.TitleGuess, item: Item, text: str) -> bool:
    """The citation's ``title`` is the item's paper: it is named by the item's name
    (:func:`_named_by`) or names the item's arXiv ID."""
    named = set(re.findall(r"\d{4}\.\d{4,5}", text))  # ``..., arXiv:1502.01852.``
    return _named_by(title, guess) or bool(arxiv_ids(item.own) & named)


def _named_by(title: str, guess: F.TitleGuess) -> bool:
    """``title`` shares a word of four letters or more with the name ``guess`` gives, or
    spells its acronym (``SPP``: Spatial Pyramid Pooling)."""
    own = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", guess.title)}
    theirs = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", title)}
    return bool(own & theirs) or _acronym(title, guess)


def _acronym(title: str, guess: F.TitleGuess) -> bool:
    """``title``'s capitals spell the acronym of the name ``guess`` gives (``SPP``)."""
    caps = "".join(w[0] for w in title.split() if w[:1].isupper())
    acronym = re.sub(r"[^A-Z]", "", guess.title.split(",")[0])
    return len(acronym) >= 2 and acronym in caps


_CITE_TAIL = re.compile(
    r",\s*(?:arXiv:\s?\d{4}\.\d{4,5}|[A-Z][\w&.' -]{1,40},\s*(?:19|20)\d\d)\.?\s*$"
)
_AND = re.compile(r"\s+and\s+")


def _after_authors(text: str, name: str) -> str | None:
    """``Ross Girshick, Jeff Donahue, Rich feature hierarchies for ..., CVPR, 2014.``: the
    title after two names or more, or after one when it opens with the item's ``name``
    (``Fast R-CNN``); its venue, year or ``arXiv:ID`` cut. Else None."""
    m = _CITE_TAIL.search(text)
    parts = [p.strip() for p in (text[: m.start()] if m else text).split(",")]
    k = people = 0
    while k < len(parts) - 1 and all(A.one_person(w.split()) for w in _AND.split(parts[k])):
        if ":" in parts[k]:
            return None  # ``Keyword: Privacy, Blind Signature``: tags, not names
        k, people = k + 1, people + len(_AND.split(parts[k]))
    rest = ", ".join(parts[k:]).strip(" .")
    named = people == 1 and rest.split()[:1] == name.split()[:1]
    if not (people >= 2 or named) or len(rest.split()) < 2 or not rest[:1].isupper():
        return None
    if "," in rest and ":" not in rest:
        return None  # ``Graph Convolutional Networks, Graph Attention Networks``: papers listed
    person = not named and (A.names_like(rest) or A.one_person(rest.split()))
    cited = _YEAR_OR_STOP.search(rest) is not None or C.is_context_text(rest)
    return rest if CT.title_like(rest) and not (person or cited) else None


_YEAR_OR_STOP = re.compile(r"(?:19|20)\d\d|\w\.\s|^[\w'’-]+\s[A-Z]$")
"""A year, a full stop or a surname and its initial left in the title: ``Long Zeng. CVPR
2022``, ``Rohrbach A``; no title but the rest of the citation."""
