"""What the lines under a title say about it: a byline of authors, a venue and labelled
links that belongs to the bold title above it. Pure."""

from __future__ import annotations

import re

from pipeline.formats import authors as A
from pipeline.formats import citations as C
from pipeline.formats import fields as F
from pipeline.formats.blocks import authors_first, has_paper, links_of
from pipeline.formats.labels import TITLE_LABELS
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
