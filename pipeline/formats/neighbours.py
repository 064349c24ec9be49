"""What a list's other items say about one of them: in a list whose items open with a
title linked to a paper, an item that opens with a title linked to a page the reader does
not know as a paper host (``- [Title](https://researchr.org/publication/WuJH25)``, a
repository's download, a publisher's own site) links its paper there too. Pure."""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import urlsplit

from pipeline import arxivid
from pipeline.formats import fields as F
from pipeline.formats.blocks import Block, Context
from pipeline.formats.runs import Run
from pipeline.formats.titleends import year_prefix
from pipeline.model import PaperEntry
from pipeline.titles import compact

MIN_NEIGHBOURS = 3
"""Items of the same list that open with a title linked to a paper, at the least."""

_NOT_PAPER_HOSTS = (
    "youtube.com", "youtu.be", "vimeo.com", "bilibili.com", "twitter.com", "x.com",
    "linkedin.com", "wikipedia.org", "reddit.com", "huggingface.co", "colab.research.google.com",
    "kaggle.com", "discord.gg", "discord.com", "slideshare.net", "speakerdeck.com",
    "sites.google.com",
)  # fmt: skip
"""Pages that are no paper whatever the list around them links: videos, posts, models."""


def _opening_link(own: list[Run]) -> tuple[Run, str] | None:
    """The link an item's text opens with (blank text before it aside) and its text, or
    the address that ends a titled item (``Title, <https://...>``) and the text before it;
    else ``None``."""
    first = next((r for r in own if r.kind != "text" or r.text.strip()), None)
    if first is not None and first.kind == "link" and not first.image:
        return first, first.text
    links = [r for r in own if r.kind == "link"]
    if len(links) != 1 or links[0].text.strip() != links[0].url.strip() or links[0] is not own[-1]:
        return None
    return links[0], "".join(r.text for r in own[:-1] if r.kind == "text").strip(" ,:-–—")


def titled(text: str, words: int) -> bool:
    """A link's text that is a title of ``words`` words or more (not ``[paper]``, ``[PDF]``)."""
    title = F.clean_title(text)
    return len(title.split()) >= words and F.title_like(title) and not F.is_generic(title)


LABEL_WORDS = re.compile(
    r"(?i)\bet\s+al\b|\b(?:arxiv|pdf|paper|preprint|version|here|read|oral|talk|presentation"
    r"|official|site|proceedings|advances)\b|(?:19|20)\d\d"
)
"""Words of a link's label or citation, not of a title (``[PDF on arXiv]``, ``[ALIGN, Jia et
al., ICML 2021]``, ``[Read the full paper here]``, ``[ICML Oral Presentation Paper]``)."""


def title_words(text: str) -> frozenset[str]:
    """The words of three letters or more of a title, in lower case (to compare titles)."""
    return frozenset(w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2)


def paper_titled(own: list[Run]) -> bool:
    """The item opens with a title (three words or more) linked to a paper."""
    opened = _opening_link(own)
    return opened is not None and F.link_role(opened[0]) == "paper" and titled(opened[1], 3)


def page_titled(own: list[Run]) -> Run | None:
    """The link of an item that opens with a title (four words or more) linked to a web
    page of no known role (no paper host, repository, project page, blog or video)."""
    opened = _opening_link(own)
    link = opened[0] if opened else None
    if link is None or F.link_role(link) != "other" or not titled(opened[1], 4):
        return None
    try:
        parts = urlsplit(link.url.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").removeprefix("www.")
    if parts.scheme not in ("http", "https") or host.endswith(_NOT_PAPER_HOSTS):
        return None
    return link if _names_document(parts.path) else None


_DOCUMENT_WORDS = frozenset(
    "publication publications pub pubs paper papers bitstream bitstreams handle record "
    "records literature document fullarticle abstract chapter abs eprint eprints".split()
)
"""A repository's or publisher's word for a document, as a whole path segment before the
document's identifier (``/publication/WuJH25``, ``/handle/20.500.11850/650515``,
``/literature/1834498``, ``/abs/2023arXiv230212173G``, ``/id/eprint/11838``)."""
_ID_WORDS = frozenset("article articles content".split())
"""Words a news site's path has as well: a document only when an identifier follows
(``/article/view/5801``, ``/content/253/5023/974``; not ``/article/us-amazon-...-idUSKCN1MK``)."""
_NO_DOCUMENT = frozenset(
    "blog blogs news projects project books book index dataset datasets software code "
    "tag tags category author authors people profile search".split()
)
"""Segments of a post, a news item, a project, a book, a dataset or a listing: no paper."""
_JOURNAL_ARTICLE = re.compile(r"/journals?/[\w-]+/(?:19|20)\d\d/\d{4,}/")
"""``/journals/mpe/2019/7816154/``: a journal's article by its year and number (not the
journal's home page, ``/journals/rquf20``, or a special issue, ``/journals/mpe/si/518327``)."""
_DATE_PATH = re.compile(r"/(?:19|20)\d\d/(?:0?[1-9]|1[0-2])(?:/|$)")
"""``/2023/03/14/``: a news site's or a blog's dated path."""


def _names_document(path: str) -> bool:
    """A path whose document word is followed by the document's identifier (a segment with
    a digit; a ``/publication/<title-slug>`` page too), with no segment of a post, a
    listing or a dataset and no dated path."""
    segs = [s.lower() for s in path.split("/") if s]
    if _JOURNAL_ARTICLE.search(path + "/"):
        return True
    if _NO_DOCUMENT.intersection(segs) or _DATE_PATH.search(path):
        return False
    for k, seg in enumerate(segs):
        after = segs[k + 1 :]
        if seg in _DOCUMENT_WORDS and any(c.isdigit() for c in "".join(after)):
            return True
        if seg in ("publication", "publications") and after and after[0].count("-") >= 3:
            return True  # ``/publications/semantics-derived-automatically-from-...``
        if seg in _ID_WORDS and after and _identifier(after[0]):
            return True
    ided = any(c.isdigit() for c in "".join(segs[:-1]))  # ``/hal-01892103/document``
    return ided and segs[-1] in ("download", "document")


def _identifier(seg: str) -> bool:
    """``5801``, ``view`` before one, ``253``: an identifier, not a headline's slug."""
    return seg == "view" or (any(c.isdigit() for c in seg) and seg.count("-") <= 2)


def convention_papers(items: list[tuple[list[Run], bool]]) -> list[int]:
    """The indexes of the items (their own runs, and whether each was read as an entry)
    whose page-linked title is a paper by the list's convention: at least
    :data:`MIN_NEIGHBOURS` entries of the list open with a title linked to a paper, and
    they are at least twice as many as the items that open with a page-linked title."""
    papers = sum(1 for own, read in items if read and paper_titled(own))
    pages = [k for k, (own, read) in enumerate(items) if not read and page_titled(own)]
    return pages if papers >= MIN_NEIGHBOURS and papers >= 2 * len(pages) else []


def page_entries(read: list[tuple[list[Run], list[list[Run]], Context, bool]]) -> list[Block]:
    """The blocks of a list's items (own runs, lines below, context, read as an entry)
    whose page-linked titles are papers by :func:`convention_papers`."""
    out = []
    for k in convention_papers([(own, made) for own, _, _, made in read]):
        own, below, ctx, _ = read[k]
        link = page_titled(own)
        out.append(Block("bullets", link.line, own, ctx, below, paper_link=link))
    return out


HOME_PAGE = "links a site's home page that other entries link too, not a paper of its own"


def shared_home_pages(entries: list[PaperEntry]) -> frozenset[str]:
    """The paper links that are a site's home page (no path, no query) and that
    :data:`MIN_NEIGHBOURS` entries of different titles or more link (``[Title](https://
    pdf2md.morethan.io/)`` on eight rows): a placeholder or a tool, no paper's address. Not
    a project's page (``llava-vl.github.io``, shared by a series of papers)."""
    titles: dict[str, set[str]] = {}  # ``https://x.io/`` and ``https://x.io``: one home page
    for e in entries:
        if e.paper and e.paper.url and _home_page(e.paper.url):
            titles.setdefault(_home_key(e.paper.url), set()).add(compact(e.title))
    shared = {home for home, seen in titles.items() if len(seen) >= MIN_NEIGHBOURS}
    urls = (e.paper.url for e in entries if e.paper and e.paper.url)
    return frozenset(u for u in urls if _home_key(u) in shared)


def _home_key(url: str) -> str:
    return url.strip().rstrip("/").lower()


def _home_page(url: str) -> bool:
    """A site's home page (no path, query or fragment) that is no project's page."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    bare = parts.path in ("", "/") and not parts.query and not parts.fragment
    return bare and F.link_role(Run("link", url, 0, url)) == "other"


_RANK = re.compile(r"(\d{1,3}) (?=[A-Z\d\"'“])")
"""``3 DoubleHelix: ...``: a small number and a space before a title's first word."""


def without_ranks(entries: list[PaperEntry]) -> list[PaperEntry]:
    """The entries without the rank number a list writes before every title (``## [3
    DoubleHelix: Structured ...](arxiv)``, ``## [12 Phoenix-VAD: ...](arxiv)``, a digest's
    order of the day): when :data:`MIN_RANKED` titles or more open with one and they are
    four in five of the list's titles, and the numbers count up or repeat (each day's ranks).
    A title that opens with a number of its own (``2 OLMo 2 Furious``) keeps it."""
    ranked = [e for e in entries if _ranked(e)]
    if len(ranked) < MIN_RANKED or 5 * len(ranked) < 4 * len(entries):
        return entries
    ranks = [int(_RANK.match(e.title).group(1)) for e in ranked]
    counted = ranks == list(range(ranks[0], ranks[0] + len(ranks)))  # ``1 …``, ``2 …``, ``3 …``
    if len(set(ranks)) == len(ranks) and not counted:
        return entries  # ``1 Year, 1000km``, ``10 Simple Rules``, ``8 Million Pages``: titles'
    return [_unranked(e) if _ranked(e) else e for e in entries]


MIN_RANKED = 5
"""Titles a list numbers at the least: four numbered titles may be a list's own (``7 Myths
of ...``, ``3 Things Everyone Should Know ...``)."""


def _ranked(entry: PaperEntry) -> bool:
    """A title opening with a rank of 50 at most, outside a table (whose rank has a column)."""
    m = _RANK.match(entry.title)
    return m is not None and int(m.group(1)) <= 50 and entry.layout != "table"


def _unranked(entry: PaperEntry) -> PaperEntry:
    """The entry without the number before its title (and its short name)."""
    rank = _RANK.match(entry.title).group(0)
    short = entry.short_name
    if short and short.startswith(rank):
        short = short[len(rank) :].strip() or None
    said = "a rank number before it dropped"
    evidence = tuple((k, f"{v}, {said}" if k == "title" else v) for k, v in entry.evidence)
    return replace(entry, title=entry.title[len(rank) :], short_name=short, evidence=evidence)


def without_year_prefixes(entries: list[PaperEntry]) -> list[PaperEntry]:
    """The entries without the year (and journal) a list writes before every title
    (``[2018 _Science_ AlphaZero: ...](url)``, ``[2019 MuZero: ...](url)``): when
    :data:`MIN_DATED` titles or more open with one and they are four in five of the list's
    titles, the years differ and none is two years or more from its arXiv ID's. A title that
    opens with a year of its own (``2019 Novel Coronavirus ...``, ``2020 Vision: ...``, ``2017
    Robotic Instrument Segmentation Challenge``) keeps it."""
    dated = [e for e in entries if year_prefix(e.title)]
    if len(dated) < MIN_DATED or 5 * len(dated) < 4 * len(entries):
        return entries
    years = [int(year_prefix(e.title)[:4]) for e in dated]
    if len(set(years)) == 1 or any(_posted_apart(e, y) for e, y in zip(dated, years, strict=True)):
        return entries  # ``2019 Novel Coronavirus ...`` four times; ``2017 ... Challenge`` (2019)
    return [_undated(e) if year_prefix(e.title) else e for e in entries]


MIN_DATED = 4
"""Year-first titles a list writes at the least, for the year to be its convention (three
challenge reports may open with their years: ``2017 Robotic Instrument ... Challenge``)."""


def _posted_apart(entry: PaperEntry, year: int) -> bool:
    """The entry's arXiv ID was posted two years or more from the year before its title: the
    year is the title's own (a challenge's edition), not the list's date of the paper."""
    ref = arxivid.from_url(entry.paper.url) if entry.paper else None
    yy = ref.base_id[:2] if ref and ref.base_id[:4].isdigit() else None
    return yy is not None and abs(2000 + int(yy) - year) >= 2


def _undated(entry: PaperEntry) -> PaperEntry:
    """The entry without the year before its title (and its short name)."""
    lead = year_prefix(entry.title) or ""
    short = entry.short_name
    if short and short.startswith(lead):
        short = short[len(lead) :].strip() or None
    said = "the year the list writes before every title dropped"
    evidence = tuple((k, f"{v}, {said}" if k == "title" else v) for k, v in entry.evidence)
    if entry.year is None:  # ``2019 MuZero: ...``: the year the list gives the entry
        evidence = (*evidence, ("year", f"the year before the title '{lead[:4]}'"))
        entry = replace(entry, year=int(lead[:4]), year_text=lead[:4], year_line=entry.line)
    return replace(entry, title=entry.title[len(lead) :], short_name=short, evidence=evidence)
