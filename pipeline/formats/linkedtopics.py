"""Headings that link their topic's review, not a paper of their own: ``## [Particle
picking](review)`` over the section's papers, among sections named plainly. Pure."""

from __future__ import annotations

import re

from markdown_it.token import Token

from pipeline.formats.blocks import Block, links_of
from pipeline.formats.labels import name_like
from pipeline.formats.runs import plain


def linked_topic(block: Block) -> bool:
    """``## [Particle picking](review)``, ``### [CTF estimation](chapter)``: a heading that is
    one link whose text is a topic in a few words (sentence case, or one plain word), read as an
    entry until a list of titled papers follows it with no link between (a sub-heading
    item, ``* ### Whole frame``, may): a section that links its review, not a paper."""
    title = block.guess.title if block.guess else ""
    words, head = title.split(), links_of(block.head)
    whole = len(head) == 1 and plain(block.head).strip() == head[0].text.strip()
    linked = any(links_of(line) for line in block.details)  # (``* ### Whole frame``: none)
    if not whole or linked or not 1 <= len(words) <= 3 or re.search(r"[\d:()]", title):
        return False
    if len(words) == 1:
        return words[0][1:].islower() and not name_like(words[0])
    return all(w[:1].islower() for w in words[1:])


def heading_links(tokens: list[Token]) -> tuple[int, int]:
    """How many section headings (``##`` and below) are one link, and how many are not
    (a list's sections named plainly, a few linking their review; or a method's paper
    heading each part)."""
    linked = plain_ = 0
    for i, t in enumerate(tokens):
        if t.type == "heading_open" and t.tag != "h1" and i + 1 < len(tokens):
            kids = [
                k.type
                for k in tokens[i + 1].children or []
                if k.type != "text" or k.content.strip()
            ]
            one = (
                kids[:1] == ["link_open"]
                and kids[-1:] == ["link_close"]
                and kids.count("link_open") == 1
            )
            linked, plain_ = linked + one, plain_ + (not one)
    return linked, plain_
