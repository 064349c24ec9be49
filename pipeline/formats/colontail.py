"""The rest of a title written after its name link: ``[Megatron-LM](url): Training
Multi-Billion Parameter Language Models``, not a description after the colon. Pure."""

from __future__ import annotations

import re

from pipeline.formats import authors as A
from pipeline.formats import citations as C
from pipeline.formats.cleantitle import clean_title, title_like
from pipeline.formats.common import VENUE_LINE, VENUES, mostly_capitalised
from pipeline.formats.dates import find_venue, find_year
from pipeline.formats.links import link_role

_DASH = re.compile(r"\s+[—–-]\s+")
_NAMED = re.compile(r"[^:：]{1,40}[:：]")
_IN_VENUE = re.compile(rf"\.\s+In:?\s+(?:Proc\.|Proceedings\b|the\s|(?:{VENUES})\b).*$")
"""``Title. In Proceedings of the ...``: where the paper appeared, after its title."""
_NOT_A_TITLE_TAIL = re.compile(
    r"\bby\s+[A-Z]|^\w+['’]s\b|\b(?:Research|Labs?|Laboratory|University|Institute|Inc|Team|"
    r"Google|Microsoft|Meta|Facebook|OpenAI|DeepMind|Stanford|Berkeley|NVIDIA|Amazon|Apple|"
    r"IBM|Baidu|Alibaba|Tencent|ByteDance|Huawei)\b"
)
"""A description after ``[Name](url):``: who made it (``Microsoft Research Asia``, ``by
OpenAI``, ``Google's model``), not the rest of a title."""


def colon_tail(rest: list, least: int, dash: str = "", page: bool = False) -> str | None:
    """``: Title Words`` right after a link (or, after the link named ``dash``, `` — Title
    Words``, a badge maybe between), up to a ``|`` or the line's end: the rest of a title in
    title case (``least`` words or more), not a description, an affiliation, a venue and
    year, or authors. A full stop ends a description, except after a ``page``'s name when
    the paper's link follows (not after a repository's name: its tagline)."""
    if not rest or rest[0][1] is not None:
        return None
    sep = _DASH.match(rest[0][0]) if dash else None
    if sep is not None:  # ``[SLiM](paper) ![CVPR 2026](badge) — Scalable Feature Matching``
        after = rest[0][0][sep.end() :]
        named = after.lower().startswith(dash.lower()) and _NAMED.match(after)
        if (
            not after[:1].isupper()
            or C.OPEN_END.search(after)
            or named
            or _said_not_titled(dash, after)
        ):
            return None  # ``[SCRAT](repo) - a Single-Cell ... and a [Shiny web service](url)``,
            # ``[Mixtral](url) - Mixtral: Sparse ...`` (``boldtags.title_after``'s to read)
        rest = [(":" + rest[0][0][sep.end() :], *rest[0][1:]), *rest[1:]]
    if not rest[0][0].startswith((":", "：")):
        return None
    text = ""
    for piece, link, bold, _ in rest:
        if link is not None or piece == "\n":
            break
        if bold:
            return None  # ``: **Scaling** data to 1.8M using **Mixtral**``: a description
        text += piece
    text = _IN_VENUE.sub("", text[1:].split("|", 1)[0].strip())  # ``Title. In Proceedings of``
    dated = _dated_venue_at(text) if page else None  # ``: Title.  *ASPLOS 2023*.``
    text = text if dated is None else text[:dated]
    parts = [p.strip() for p in text.rstrip(" [(").split(",")]  # (the next link's bracket)
    if len(parts) > 1 and all(p[:1].isupper() and len(p.split()) <= 3 for p in parts[:2]):
        return None  # ``: Ho, Jain, Abbeel``, ``: Alberto Bacchelli, Christian Bird, ICSE 2013``,
        # ``[Option-Critic](notes) — *Bacon, Harb and Precup* [[AAAI](paper)]``
    cand = clean_title(text)
    words = cand.split()
    long = [w for w in words if len(w) >= 4]
    titled = mostly_capitalised(long)
    capital = cand[:1].isupper() or (
        words[:1] in (["a"], ["an"], ["the"]) and words[1:2] != [] and words[1][0].isupper()
    )
    capital = capital or re.match(r"\d+D\b", cand) is not None  # ``4D-VLA``, ``3D CAVLA``
    ok = least <= len(words) <= 20 and titled and capital and title_like(cand)
    ok = ok and cand.count("(") == cand.count(")")  # not ``- Entropy of P(Y`` of ``P(Y|X)``
    stop = text.endswith(".") and not (page and (_paper_next(rest) or dated is not None))
    if not ok or stop or C.is_context_text(cand) or C.is_prose(cand):
        return None
    if find_year(text)[0] is not None or _NOT_A_TITLE_TAIL.search(text):
        return None  # ``: CVPR 2016 Best Paper``, ``: Meta AI Research``
    if A.one_person(words) or A.author_lead(cand) or A.BYLINE.search(cand):
        return None  # ``: Chiyuan Zhang``
    return cand


_DATED_VENUE = re.compile(
    r"(?<=[a-z0-9)][.?!])\s+(?P<v>[A-Z][^.]{1,40}?(?:19|20)\d\d)\.?"
    r"(?:\s+(?i:distinguished|best|outstanding)\s+paper(?:\s+award)?\.?)?\s*$"
)


def _dated_venue_at(text: str) -> int | None:
    """Where a venue and its year close the text as a sentence of their own after the title's
    full stop (``Title.  ASPLOS 2023.``, ``Title.  OOPSLA 2021. Distinguished paper.``), so
    the stop is the title's, not a description's."""
    m = _DATED_VENUE.search(text)
    venue, year = find_venue(m["v"]) if m else (None, None)
    return m.start() if venue and year and len(m["v"].split()) <= 5 else None


def _paper_next(rest: list) -> bool:
    """The line's next link, right after the text, is the paper's (``[[PAPER]](arxiv)``)."""
    link = next((s[1] for s in rest if s[1] is not None), None)
    return link is not None and link_role(link) == "paper"


_TAIL_STOP = re.compile(r"[.(\[|]|\s[-–—]\s")


def _said_not_titled(name: str, after: str) -> bool:
    """What a dash after the link named ``name`` says that is no title: its authors (``- Gu
    and Dao``, ``- Albert Gu And Tri Dao``) or where it appeared (``- Proceedings of ACL``).
    A name spelled out (``[BERT](url) - Bidirectional Encoder ...``) stays ``BERT: ...``: the
    title check reads a name that names the paper as no evidence of another."""
    said = _TAIL_STOP.split(after, maxsplit=1)[0].strip()
    people = A.TWO_SURNAMES.fullmatch(said) or A.people(said.replace(" And ", ", "))
    return bool(people) or VENUE_LINE.search(said) is not None or said.lower() == name.lower()


def comma_title(text: str, line: int) -> str | None:
    """The title in ``text`` after a bold name and a comma, when it is the name's own title
    (``**`Matrix-Game`**, Matrix-Game: Interactive World Foundation Model.``)."""
    comma = re.match(r"^\s*,\s*(.+)$", text)
    return colon_tail([(":" + comma[1].rstrip(" ."), None, False, line)], 3) if comma else None
