"""Text after a name that describes the named thing rather than titling it
(``**SatMAE** — Extends MAE with ... . The reference formulation ...``). Pure."""

from __future__ import annotations

import re

from pipeline.formats.authors import names_like
from pipeline.formats.citations import is_context_text
from pipeline.formats.runs import Run, plain

_NEXT_SENTENCE = re.compile(r"\b[a-z]{3,}[)\]]?\.\s+[A-Z][a-z]*\b")


def sentences(text: str) -> bool:
    """``text`` holds two sentences or more (``... masking. The reference ...``)."""
    return _NEXT_SENTENCE.search(text[:2000]) is not None


_NEXT_OPENS = re.compile(r"(?:The|This|These|It|Its|Our|We)\s")
"""A second sentence about the named thing (``The reference formulation ...``)."""
_RUNS_ON = re.compile(r"(?!(?i:arxiv|by|et\s+al|in|preprint)\b)[a-z]")
"""A line that carries a sentence on: in lower case, and not ``arXiv 2023``, ``by ...``."""


def described(lines: list[list[Run]]) -> bool:
    """``**Name** — what it does``, running on (in lower case) over three lines or more
    before the first link, or over two in more words than a title has, in two sentences or
    with a clause (``, removing ...``): a description, and the name is the title."""
    text = []
    for line in lines:
        if any(r.kind == "link" for r in line):
            break
        text.append(plain(line))
    if len(text) > 1 and text[0].rstrip().endswith(".") and _NEXT_OPENS.match(text[1].lstrip()):
        return True  # ``— Extends MAE with ... .`` then ``The reference formulation ...``
    if len(text) < 2 or not _RUNS_ON.match(text[1].lstrip()):
        return False  # not one text running on: a title, then authors, a venue, a TL;DR
    joined = " ".join(text)
    return len(text) > 2 or (
        len(text) > 1
        and (len(joined.split()) > 22 or sentences(joined) or _CLAUSE.search(joined) is not None)
    )


_CLAUSE = re.compile(r", (?:first )?[a-z]{3,}ing\b")
"""``..., removing the need for ...``: a clause of a sentence, which titles do not have."""


_JOINING = r"(?:for|with|under|at|in|of|on|via|using|to|and|through|without|towards?)"
_GOES_ON = re.compile(rf"^\s*(?:[:：]\s*(?P<sub>[A-Z0-9].*)|\s(?P<on>{_JOINING}\s+[A-Z0-9].*))$")
_NOTE = re.compile(
    r"(?i)\b(?:oral|spotlight|poster|best|awards?|presentation|honou?rable|under\s+review|"
    r"appear|accepted|submitted|et\s+al|implementation|code|(?:19|20)\d\d)\b"
)
_FUNCTION = frozenset(
    "a an the of for with in on to and via from towards toward by at is are".split()
)
"""Words a subtitle has and a name (``OpenAI CLIP``, ``Meta AI Research``) has not."""
"""Words of a note after a title (an award, a status, a venue's year), not of its rest."""
_SURNAMES = re.compile(r"^[A-Z][\w'’-]+(?:,\s*(?:and\s+)?[A-Z][\w'’-]+)+\.?$")
"""``Ho, Jain, Abbeel``: surnames, not a subtitle."""
_VERB_LED = re.compile(r"^[A-Z][a-z]+s\s+(?:the|a|an|how|that|our)\b")
"""``Introduces the SDE view ...``: a sentence about the paper."""
_ENDS_JOINING = re.compile(rf"\s{_JOINING}$")
MAX_TITLE_WORDS = 30
"""Longer text after ``**Name**:`` is a description of the named thing, not its title."""


def continued(bold: str, tail: str, colon: bool = True) -> str | None:
    """A bold head and the rest of its title after it (``**Now You See That**: Learning
    End-to-End ...`` when ``colon``, ``**Gait-Adaptive Perceptive Humanoid Locomotion**
    with Real-Time ...``, ``**A Survey of** Behavior ...``), else ``None`` (``**Title**: a
    sentence about it``)."""
    tail = tail[:1000].rstrip(" |")
    if _ENDS_JOINING.search(bold) and tail[:1] == " " and tail[1:2].isupper():
        m = re.match(r"\s(?P<on>.*)$", tail)  # ``**A Survey of** Behavior Foundation Model``
    else:
        m = _GOES_ON.match(tail)
    sub = m and m.groupdict().get("sub")
    if m is None or (sub and (not colon or ":" in bold.rstrip(": "))):
        return None  # ``**Dream to Control: Learning ...**: a note``
    more = (sub or m["on"]).strip()
    if not 2 <= len(more.split()) <= MAX_TITLE_WORDS or sentences(more) or more.endswith("."):
        return None
    if _NOTE.search(more) or _VERB_LED.match(more) or names_like(more) or _SURNAMES.match(more):
        return None  # ``: Oral Presentation, NeurIPS 2018``, ``: Ho, Jain``
    words = more.split()
    if sub and len(words) <= 4 and not _FUNCTION & {w.lower() for w in words}:
        return None  # ``: OpenAI CLIP``, ``: Meta AI Research``: a name, not a subtitle
    if not sub and is_context_text(more.split(None, 1)[1] if len(words) > 1 else ""):
        return None  # `` at CVPR``, `` in Nature``: where, not the rest of the title
    return f"{bold.rstrip(': ')}: {more}" if m.groupdict().get("sub") else f"{bold} {more}"


def paragraph(runs: list[Run]) -> bool:
    """A paragraph of sentences (twelve words or more, ending in a full stop), not a title."""
    text = plain(runs).strip()
    return len(text.split()) >= 12 and text.endswith((".", "!", "?"))


_LEAD_NAME = re.compile(r"^\W{0,4}\((?P<n>[A-Za-z][\w\-+.]{1,20})\)\s+(?P<rest>\S.{8,})")


def lead_name(text: str, title: str) -> str | None:
    """``(CGCNN) Crystal Graph ...``: the name in brackets before a title that the title
    does not keep, else ``None`` (``(2021)``, ``(Survey)`` and ``(Oral)`` name nothing)."""
    m = _LEAD_NAME.match(text.strip())
    if m is None or title.startswith("(") or not any(c.isupper() for c in m["n"][1:]):
        return None
    return m["n"] if title[:12] in m["rest"] else None
