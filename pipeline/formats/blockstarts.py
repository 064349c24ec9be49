"""Where a paragraph starts an entry of its own rather than carrying on the open one: its
paper link, its number or bold tag like the open entry's, or its shape (``Title https://…``
after ``Title https://…``). Pure."""

from __future__ import annotations

import re

from pipeline.formats.blocks import has_paper
from pipeline.formats.runs import Run, lines_of, plain
from pipeline.formats.wrapping import text_then_address

_CITE_NUMBER = re.compile(r"^\s*(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}[.)])\s")


def starts_block(group: list[Run], head: list[Run] | None, held: bool = False) -> bool:
    """A titled paragraph starts an entry when it links a paper, when no entry is open, or
    when it is numbered like the open entry's ``head`` (``[3] Yin et al, Title`` after
    ``[2] Im et al, Title, [PDF](paper)``: the next item, not a detail of this one), or
    opens with a bold tag as the head does and the open entry ``held`` its paper
    (``**ICLR 2021** Title`` after ``**GECCO 2022** Title`` and its links)."""
    if has_paper(group) or head is None:
        return True
    if held and _bold_led(group) and _bold_led(head):
        return True
    shaped = text_then_address(group) and text_then_address(head)
    said = " ".join(r.text for r in lines_of(group)[0] if r.kind == "text")  # its first line
    if shaped and not _CODE_SAID.search(said):
        return True  # ``Title https://github.com/o/r`` after ``Title https://arxiv.org/abs/ID``
    return numbered_alike(group, head)


def numbered_alike(group: list[Run], head: list[Run]) -> bool:
    """Both open with an item's number (``[3]``, ``(3)``, ``3.``): the next item after the
    head's (``**2.** [GPT-3](notes.md) (2020)`` after ``**1.** [BERT](notes.md) (2018)``)."""
    return bool(_CITE_NUMBER.match(plain(group)[:12]) and _CITE_NUMBER.match(plain(head)[:12]))


_CODE_SAID = re.compile(
    r"(?i)\b(?:code|implementation|repo(?:sitory)?|github|pytorch|tensorflow|official|available"
    r"|released)\b"
)
"""Words of a line that gives the paper above its code (``The official code is available at
https://github.com/…``), not the next paper's title."""


def _bold_led(runs: list[Run]) -> bool:
    """``**Venue Year** A title of words``: a short bold tag, then plain text."""
    first = next((i for i, r in enumerate(runs) if r.text.strip()), None)
    if first is None or not runs[first].bold or runs[first].kind != "text":
        return False
    rest = " ".join(r.text for r in runs[first + 1 :] if r.kind == "text" and not r.bold).split()
    titled = len(rest) >= 3 and not rest[0][0].islower()  # not ``**Journal version** extended``
    return len(runs[first].text.split()) <= 5 and titled
