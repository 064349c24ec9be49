"""A run list's pieces of one kind (text of one weight, a link, a line break), with the
emphasis inside a title joined to it (``A Surprisingly Effective **Perimeter-based Loss**
for ...``). Pure."""

from __future__ import annotations

import re

from pipeline.formats import authors as A
from pipeline.formats import citations as C
from pipeline.formats import italicvenue as IV
from pipeline.formats.common import JOINING_WORD
from pipeline.formats.runs import Run, ends_text


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
        elif out and out[-1][1] is None and out[-1][2] and _goes_on(out[-1][0], r):
            out[-1] = (
                out[-1][0] + r.text,
                None,
                False,
                out[-1][3],
            )  # ``**Boundary loss** for ...``
        else:
            out.append((r.text, None, r.bold, r.line))
    return out


_MID = re.compile(rf"\w\s+{JOINING_WORD}\s+$", re.I)
"""Plain text that stops on a joining word: a bold word after it is inside the title."""
_TITLE_OPENING = re.compile(r"(?:A|An|The|[A-Z][\w'-]*[a-z])(?:\s+[A-Za-z][\w'-]*[a-z]){0,4}\s+")
"""Plain text that may open a title before a bold phrase (``A Surprisingly Effective ``, ``A
persistent homology-based ``): five words at most, no acronym, number or punctuation."""
_GOING_ON = re.compile(
    r"\s+(?!(?:et|al|at|as|by|accepted|and|or|arxiv|code|from)\b)[a-z][\w-]*\s+\S"
)
"""Plain text after a bold phrase that goes on with its sentence (`` function for``, `` for
Medical``; not `` et al.``, `` at ICCV``, `` as oral``)."""
_NOT_IN_TITLE = re.compile(
    r"(?i)\b(?:et al|oral|spotlight|poster|highlight|best|award|new|hot|updated?|must|recommended)\b"
)
_GOES_ON = re.compile(r"\s+(?:for|of|via|using|through)\s+[a-z]")
"""Plain text after a bold phrase that goes on with it (``**Boundary loss** for ...``)."""


def _inside(before: str, runs: list[Run], n: int) -> bool:
    """Bold run ``n`` is emphasis inside the title that plain text ``before`` opens: after a
    joining word, or after a title's first words when the sentence goes on after it in lower
    case (``A Surprisingly Effective **Perimeter-based Loss** for Medical ...``); not names,
    a venue or a tag in bold (``Title **Ho et al.** NeurIPS``, ``**Oral** at ICCV``)."""
    if _MID.search(before):
        return True
    after, bold = (runs[n + 1] if n + 1 < len(runs) else None), runs[n].text.strip()
    if after is None or after.kind != "text" or after.bold or not bold[:1].isalpha():
        return False  # (not ``**104,560 expressions**``)
    tagged = _NOT_IN_TITLE.search(bold) is not None or C.is_context_text(bold)
    opening = _TITLE_OPENING.fullmatch(before.lstrip()) is not None and not A.names_like(before)
    article = before.strip() in ("A", "An", "The") and re.match(r"\s+[A-Za-z]", after.text)
    phrase = len(bold.split()) >= 2 and not A.names_like(bold)  # not ``**NeRF**``, ``**He**``
    going = phrase and _GOING_ON.match(after.text) is not None
    return opening and not tagged and (article or going)


def _goes_on(bold: str, r: Run) -> bool:
    """Plain run ``r`` goes on with the bold phrase before it (``**Boundary loss** for
    highly unbalanced segmentation``): the phrase is in sentence case, two or three words
    (not a name, ``**LoRA** for ...``, nor a whole title, ``**Attention is all you need** for
    the original transformer``), and no colon opens a list of papers after it."""
    words = bold.split()
    cased = any(w[:1].islower() and not re.fullmatch(JOINING_WORD, w) for w in words[1:])
    short = 2 <= len(words) <= 3 and ":" not in r.text  # not a topic: ``**X** for Y: [A](…)``
    return not r.bold and short and cased and _GOES_ON.match(r.text) is not None
