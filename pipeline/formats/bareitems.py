"""Items that are nothing but a paper's address (``- https://doi.org/10.1063/5.0155887``).

Some lists (a lab's publications page, a reading list kept as links) write each paper as
its bare address under a topic heading. Each such item is an entry with no title: the
address is checked, and the heading above names the topic, not one paper."""

from __future__ import annotations

import re

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
    if F.link_role(link) != "paper" or not paper_page(low, "/" + path):
        return None
    return link if _one_paper(path) else None


_DOI = re.compile(r"10\.\d{4,9}/\S")
_ARXIV_ID = re.compile(r"\d{4}\.\d{4,5}")


def _one_paper(path: str) -> bool:
    """A path that names one paper: a DOI, an arXiv ID, or a last part with five digits or
    more (``articles/s41524-021-00559-9``, ``pii/S0927…``, ``document/8386813``); not an
    index (``paper/2023``, ``toc/csur/2023/55/1``, ``v202/``, ``volumes/2023.acl-long/``)."""
    if _DOI.search(path) or _ARXIV_ID.search(path):
        return True
    last = next((p for p in reversed(path.split("?")[0].split("/")) if p), "")
    return sum(c.isdigit() for c in last.rsplit(".", 1)[0]) >= 5


def untitled(link: Run) -> F.TitleGuess:
    """The (empty) title of an entry that is only ``link``."""
    return F.TitleGuess("", None, EVIDENCE, link.line)


def addresses(owns: list[list[Run]]) -> bool:
    """The items are a list of papers' bare addresses, not one paper's links under a
    heading that names it: two arXiv IDs or more, or two other papers' addresses or more
    (an arXiv link beside its publisher's page, or beside the code, is one paper's)."""
    bare = [link for own in owns if (link := bare_address(own)) is not None]
    ids = {m.group() for link in bare if (m := _ARXIV_ID.search(link.url))}
    others = {link.url for link in bare if not _ARXIV_ID.search(link.url)}
    papers = len(ids) + len(others)
    beside = any(links_of(own) and bare_address(own) is None for own in owns)  # ``- github…``
    return papers >= 3 or (not beside and (len(ids) >= 2 or len(others) >= 2))
