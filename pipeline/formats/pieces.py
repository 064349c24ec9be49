"""A run list's pieces of one kind (text of one weight, a link, a line break), with the
emphasis inside a title joined to it (``A Surprisingly Effective **Perimeter-based Loss**
for ...``). Pure."""

from __future__ import annotations

import re

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
        elif out and out[-1][1] is None and out[-1][2] and not r.bold and _GOES_ON.match(r.text):
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
_OPEN_WORD = re.compile(r"(?:^|\s)(?:[A-Za-z][\w'-]*[a-z]|A)\s+$")
"""Plain text that stops on a word, not an acronym or a number (``A Surprisingly Effective ``,
``A persistent homology-based ``; not ``CVPR 2020 ``)."""
_GOES_ON = re.compile(r"\s+(?:for|of|via|using|through)\s+[a-z]")
"""Plain text after a bold phrase that goes on with it (``**Boundary loss** for ...``)."""


def _inside(before: str, runs: list[Run], n: int) -> bool:
    """Bold run ``n`` is emphasis inside the title that plain text ``before`` opens: after a
    joining word, or after a capitalised word when plain text goes on after it (``A
    Surprisingly Effective **Perimeter-based Loss** for Medical Image Segmentation``)."""
    if _MID.search(before):
        return True
    after = runs[n + 1] if n + 1 < len(runs) else None
    goes_on = after is not None and after.kind == "text" and not after.bold
    goes_on = goes_on and runs[n].text.strip()[:1].isalpha()  # not ``**104,560 expressions**``
    return (
        goes_on
        and _OPEN_WORD.search(before) is not None
        and re.match(r"\s+[\w(]", after.text) is not None
    )
