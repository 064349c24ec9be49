"""Items that are nothing but a paper's address (``- https://doi.org/10.1063/5.0155887``).

Some lists (a lab's publications page, a reading list kept as links) write each paper as
its bare address under a topic heading. Each such item is an entry with no title: the
address is checked, and the heading above names the topic, not one paper."""

from __future__ import annotations

from pipeline.formats import fields as F
from pipeline.formats.blocks import links_of
from pipeline.formats.paperpages import paper_page
from pipeline.formats.runs import Run, plain

EVIDENCE = "none: the item is only the paper's address"
"""The title evidence of an entry read from a bare address."""


def bare_address(runs: list[Run]) -> Run | None:
    """The paper link when ``runs`` are a bare address on a paper host and nothing else."""
    links = links_of(runs)
    if len(links) != 1 or links[0].text.strip() != links[0].url:
        return None
    link = links[0]
    if plain(runs).strip(" \t\n.,;") != link.text.strip():
        return None
    low = link.url.lower()
    path = low.split("://", 1)[-1].partition("/")[2]
    return link if F.link_role(link) == "paper" and paper_page(low, "/" + path) else None


def untitled(link: Run) -> F.TitleGuess:
    """The (empty) title of an entry that is only ``link``."""
    return F.TitleGuess("", None, EVIDENCE, link.line)


def addresses(owns: list[list[Run]]) -> bool:
    """Two or more of the items are bare paper addresses: a list of papers, not one
    paper's links under a heading that names it."""
    return sum(bare_address(own) is not None for own in owns) >= 2
