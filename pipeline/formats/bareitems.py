"""Items that are nothing but a paper's address (``- https://doi.org/10.1063/5.0155887``).

Some lists (a lab's publications page, a reading list kept as links) write each paper as
its bare address under a topic heading. Each such item is an entry with no title: the
address is checked, and the heading above names the topic, not one paper."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from pipeline import arxivid
from pipeline.formats import fields as F
from pipeline.formats.blocks import Block, Context, links_of, paper_heading
from pipeline.formats.dates import DATE
from pipeline.formats.paperpages import paper_page
from pipeline.formats.runs import Run, plain

EVIDENCE = "none: the item is only the paper's address"
"""The title evidence of an entry read from a bare address."""


def bare_address(runs: list[Run]) -> Run | None:
    """The paper link when ``runs`` are a bare address on a paper host and nothing else
    but a number, a label or a year (``[1] DOI: https://… (2019)``)."""
    links = links_of(runs)
    if len(links) != 1 or not links[0].url or links[0].text.strip() != links[0].url:
        return None
    link = links[0]
    before, _, after = plain(runs).partition(link.text.strip())
    if len(before) > 40 or not _BEFORE.fullmatch(before.strip()):
        return None
    if len(after) > 40 or not _AFTER.fullmatch(after.strip(" \t.,;")):
        return None
    low = link.url.lower()
    path = low.split("://", 1)[-1].partition("/")[2]
    if F.link_role(link) != "paper" or not paper_page(low, "/" + path):
        return None
    return link if _one_paper(path) else None


_BEFORE = re.compile(
    r"(?i)(?:\[[ x]\]\s?)?(?:\[\d{1,4}\]|\d{1,4}[.)])?\s?(?:(?:doi|paper|pdf|arxiv|link|url)\s?[:：])?"
)
_AFTER = re.compile(r"(?:[(\[]?(?:19|20)\d\d[)\]]?)?")
"""What may stand around a bare address: a task's box (``[ ]``, ``[x]``), a number, a label
(``DOI:``), a year (``(2019)``)."""
_DOI = re.compile(r"10\.\d{4,9}/\S")
_INDEX_PATH = re.compile(r"(?:^|/)(?:doi/proceedings|book|books|volumes-and-issues|toc|loi|issue)/")
_ARXIV_ID = re.compile(r"\d{4}\.\d{4,5}")


def _one_paper(path: str) -> bool:
    """A path that names one paper: a DOI, an arXiv ID, a record's ``id=``, a presentation
    page, or a last part that is no index's (``articles/s41524-021-00559-9``,
    ``v202/smith23a.html``); not ``paper/2023``, ``toc/csur/2023/55/1``, ``v202/``,
    ``volumes/2023.acl-long/``, ``technical-sessions``."""
    if _INDEX_PATH.search(path):
        return False  # ``doi/proceedings/10.1145/…``, ``book/10.1007/…``, ``volumes-and-issues/…``
    if _DOI.search(path) or _ARXIV_ID.search(path) or "id=" in path or "/presentation/" in path:
        return True
    last = next((p for p in reversed(path.split("?")[0].split("/")) if p), "")
    return _INDEX_PART.fullmatch(last.rsplit(".", 1)[0]) is None


_INDEX_PART = re.compile(
    r"(?:19|20)\d\d|(?:v|vol|volume|issue)\d{1,4}|[1-9]\d{0,2}(?:-\d{1,2})?|(?:\d{4}\.)?[a-z-]+"
)
"""The last part of an index's address: a year, a volume, an issue (``55``, ``131-1``), a
word; not a paper's number (``0001.pdf``)."""


def bare_block(own: list[Run], ctx: Context) -> Block | None:
    """The untitled block of an item that is a bare address, else ``None``."""
    bare = bare_address(own)
    return None if bare is None else Block("bullets", bare.line, own, ctx, guess=untitled(bare))


def untitled(link: Run) -> F.TitleGuess:
    """The (empty) title of an entry that is only ``link``."""
    return F.TitleGuess("", None, EVIDENCE, link.line)


def _versions(links: list[Run | None]) -> bool:
    """Two addresses on one site that are not two arXiv papers: one paper's versions."""
    if any(link is None for link in links):
        return False
    hosts = {urlsplit(link.url).hostname for link in links}
    ids = {ref.base_id for link in links if (ref := arxivid.from_url(link.url))}
    return len(hosts) == 1 and len(ids) < 2


def addresses(owns: list[list[Run]], heading: tuple[list[Run], Context] | None = None) -> bool:
    """The items are a list of papers' bare addresses, not one paper's links under a
    heading that names it: two arXiv IDs or more, or two other papers' addresses or more
    with no code beside them (an arXiv link beside its publisher's page is one paper's);
    two addresses under a ``heading`` that is one paper's long title are its versions
    (``### Causal Factor Analysis is a Necessary Condition ...`` over two SSRN pages)."""
    titled = heading is not None and paper_heading(heading, long=True)
    if len(owns) == 2 and titled and _versions([bare_address(own) for own in owns]):
        return False
    bare = [link for own in owns if (link := bare_address(own)) is not None]
    refs = {link.url: arxivid.from_url(link.url) for link in bare}  # abstract, DOI, HF page
    ids = {ref.base_id for ref in refs.values() if ref is not None}
    others = {url for url, ref in refs.items() if ref is None}
    papers = len(ids) + len(others)
    beside = any(links_of(own) and bare_address(own) is None for own in owns)  # ``- github…``
    return (
        papers >= 3
        or len(ids) >= 2
        or (not beside and len(others) >= 2)
        or (not titled and _reading(owns, papers))
    )


def _reading(owns: list[list[Run]], papers: int) -> bool:
    """Three bare addresses or more, none a paper's code, project page or data, and a paper
    among them beside another paper or a page that is not one (``- <https://medium.com/…>``):
    under a heading that is no paper's title, a topic's reading, not one paper's addresses
    (its arXiv page, DOI and Hugging Face page; its talk and a blog post about it)."""
    roles = [_bare_role(own) for own in owns]
    if papers == 0 or len(roles) < 3 or None in roles or {"code", "project", "data"} & set(roles):
        return False
    return papers >= 2 or any(role != "paper" for role in roles)


def _bare_role(own: list[Run]) -> str | None:
    """The role of the item's one link when the item is only its address, else ``None``."""
    links = links_of(own)
    if (
        len(links) != 1
        or links[0].text.strip() != links[0].url
        or plain(own).strip() != links[0].url
    ):
        return None
    return F.link_role(links[0])


def dated_address(owns: list[list[Run]]) -> bool:
    """One paper's address and, beside it, only its date (``### BERT`` over ``- **2019-05-24**``
    and ``- https://arxiv.org/pdf/1810.04805``): the heading above names that paper."""
    found = [bare_address(own) for own in owns]
    if sum(f is not None for f in found) != 1 or len(owns) < 2:
        return False
    rest = [own for own, f in zip(owns, found, strict=True) if f is None]
    dates = [plain(own).strip(" *_`") for own in rest if not links_of(own)]
    dated = all(DATE.fullmatch(t) or re.fullmatch(r"(?:19|20)\d\d", t) for t in dates)
    return len(dates) == len(rest) and dated
