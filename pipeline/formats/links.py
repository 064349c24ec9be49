"""What a link is for, from its target and its text: a paper, code, a project page, an
anchor, a badge, broken Markdown, or something else. Pure (memoised per link)."""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from urllib.parse import unquote, urlsplit

from pipeline import arxivid
from pipeline.formats.asides import (
    BOOK_PATH,
    NOT_PAPER_LABELS,
    aside_pdf,
    book_by,
    book_label,
    book_part,
    paper_listing,
    shared_paper,
)
from pipeline.formats.codehosts import code_host_role
from pipeline.formats.common import EMOJI, VENUE_RE
from pipeline.formats.contextfacts import context_facts
from pipeline.formats.foreignlabels import PAPER_LABELS
from pipeline.formats.ownfiles import own_paper
from pipeline.formats.paperpages import (
    VIDEO_HOSTS,
    on_paper_host,
    one_document,
    paper_page,
    record_page,
    self_cited,
    titled_record,
)
from pipeline.formats.runs import Run
from pipeline.urls import is_repository_url, placeholder, redirect_target, scheme_fixed

_SCHEMELESS_HOST = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/")
"""``arxiv.org/abs/...`` written without ``https://``: a site, not a file of the repository."""
_ARXIV_PAPER_PATHS = (["abs"], ["pdf"], ["html"], ["format"], ["ps"], ["src"], ["e-print"])
"""arXiv's paths to one paper (a malformed ID there is still the paper's link, reported as such)."""
_LISTING_SEGMENTS = frozenset("venues events people authors author search topics sig profile group list rss feed feeds relate aclwiki wiki".split())  # fmt: skip
_EVENT_SEGMENTS = frozenset("schedule calendar program programme keynotes workshop tutorial".split())  # fmt: skip
_SERIES_SEGMENTS = frozenset("journals journal toc loi downloads conference conferences".split())
_INDEX_SEGMENT = re.compile(r"(?i)^[a-z]+(?:[-_]?\d{4})?(?:[-_][a-z]+)*(?:\.(?:py|html?|php))?$")
"""``ICCV2021``, ``CVPR2020.py``, ``accepted_papers.html``: an event or a listing, no paper."""


def _index_page(path: str, query: str) -> bool:
    """A paper host's home or index page (``openaccess.thecvf.com/ICCV2023``), not a paper."""
    segments = [s for s in path.split("/") if s]
    if not segments:
        return True
    if segments[0] in _LISTING_SEGMENTS:
        return True  # ``aclanthology.org/venues/blackboxnlp/``, ``openreview.net/group?id=``
    index = segments[0] != "downloads" or len(segments) == 1 or segments[-1][-4:].isdigit()
    if segments[0] in _SERIES_SEGMENTS and len(segments) <= 2:  # ``dl.acm.org/conference/pprew``
        return index  # ``frontiersin.org/journals/x``, ``icml.cc/Downloads/2026``; not ``…/musan``
    if "conhome" in segments or (segments[0] == "xpl" and "arnumber=" not in query):
        return True  # ``ieeexplore.ieee.org/xpl/conhome/…``, ``/xpl/RecentIssue.jsp?punumber=…``
    if _EVENT_SEGMENTS.intersection(segments) and "presentation" not in segments[:-1]:
        return True  # ``icml.cc/Conferences/2018/Schedule?showEvent=1864``: a talk, not a paper
    # (USENIX's ``…/hotcloud17/program/presentation/shahrad`` is a paper's page)
    keyed = "id=" in query or "doi=" in query or _RECORD_KEY.fullmatch(query)  # (also
    # ``dl.acm.org/authorize?N12970``, ``citeseerx.ist.psu.edu/document?doi=10.1.1.588.6448``)
    return len(segments) == 1 and not keyed and bool(_INDEX_SEGMENT.match(segments[0]))


_RECORD_KEY = re.compile(r"[a-z]{0,3}\d{4,}")
"""A query that is only a record's key (ACM Author-Izer's ``authorize?N12970``): one page."""


_NESTED_LINK = re.compile(r"(?:%5D|\])\((?:[a-z][a-z0-9+.-]*:|www\.|%5B)", re.IGNORECASE)
"""``%5Dhttps://a%5D(https://b)``: a second link written inside the target (broken
Markdown), not ``?referrer=%5Bprofile%5D(%2Fprofile...)``, a target's own query."""

_VENUE_YEAR_LABEL = re.compile(r"(?:(?:[A-Z]{2,}[\w&.'’-]*|[A-Z][a-z]+)\s+){1,4}['’]?(?:19|20)\d\d|[\u4e00-\u9fff]{4,20}\s?(?:19|20)\d\d")  # fmt: skip
"""A link label that names a venue and year (``CVPR 2021``, ``IEEE Access 2021``): words in
capitals or title case (or a Chinese journal's name: ``中国图象图形学报 2022``), not a name like
``VisDrone 2021`` (known venues: ``VENUE_RE``)."""
_BLOG_HOSTS = frozenset({"lesswrong.com", "alignmentforum.org", "medium.com", "towardsdatascience.com", "substack.com", "mp.weixin.qq.com", "zhuanlan.zhihu.com", "jalammar.github.io"})  # fmt: skip
_DATA_HOSTS = ("huggingface.co/datasets/", "kaggle.com/datasets/", "zenodo.org/record")
_BLOG_SUFFIXES = (".substack.com", ".medium.com", ".blogspot.com", ".wordpress.com", ".googleblog.com")  # fmt: skip
"""Blog platforms: their posts discuss papers; a link there is not the paper."""

CODE_HOSTS = ("github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "gitee.com")


def is_relative(url: str) -> bool:
    """A link to a file or folder of the list's own repository (``./models/SRCNN``): no
    scheme, no host; nothing that can be checked or fetched on its own."""
    low = url.strip().lower()
    return not re.match(r"[a-z][a-z0-9+.-]*:|//", low) and not _SCHEMELESS_HOST.match(low)


_TARGETS = re.compile(r"https?://[^\s()\[\]]+?(?=%5D|\]|\)|$)", re.IGNORECASE)


def repaired_paper(r: Run) -> Run | None:
    """The paper a broken link meant (``[x]([10.48550/arXiv.ID](https://arxiv.org/abs/ID))``:
    of the URLs written in its target an arXiv one first, and of two the inner link's target,
    the address its text's link leads to (``[link]([A](B))``: B), else ``None``. The link
    itself is still reported as broken."""
    if r.kind != "link" or link_role(r) != "malformed":
        return None
    fixed = scheme_fixed(r.url)
    found = [replace(r, url=u) for u in ([fixed] if fixed else _TARGETS.findall(r.url))]
    papers = [f for f in found if link_role(f) == "paper"][::-1]
    return next((f for f in papers if arxivid.from_url(f.url)), papers[0] if papers else None)


def link_role(r: Run) -> str:
    """``paper``, ``code``, ``project``, ``blog``, ``data``, ``discussion`` (issues), ``docs``
    (a tool's documentation), ``anchor``, ``malformed``, ``badge`` or ``other``."""
    url = r.url.strip()  # a search result's link: the role of the page it leads to
    return _role(redirect_target(url) or url, r.text, bool(r.image))


def side_label(r: Run) -> bool:
    """A link labelled as a paper's slides, video, poster or talk (``[slides](….pdf)``)."""
    return _label(r.text) in NOT_PAPER_LABELS


def target_role(r: Run) -> str:
    """The role the link's target alone gives it, its text set aside: ``[AAAI 2021](…/AAAI-21/)``
    is ``other`` (a venue label reads as a paper link in an item, not on its own line)."""
    url = r.url.strip()
    return _role(redirect_target(url) or url, "", bool(r.image))


_VENUE_PAGE_LABEL = re.compile(r"(?i)\W*(?:conference|journal|proceedings|venue)\W*")


def venue_page(r: Run) -> bool:
    """``[[Conference]](https://cvpr2022.thecvf.com/)``: a link to a venue's own page, by its
    label, on a line that names the venue for the papers under it."""
    return bool(_VENUE_PAGE_LABEL.fullmatch(r.text)) and target_role(r) != "paper"


@functools.lru_cache(maxsize=1 << 16)
def _target_role(url: str, image: bool) -> str | None:
    """The role a link's target alone decides: none, an anchor, a malformed target."""
    if not url:
        return "badge" if image else "other"
    if url.startswith("#"):
        return "anchor"
    if url.startswith("%5B") or (url[:1] == "(" and "://" in url) or _NESTED_LINK.search(url):
        return "malformed"  # ``[x]([y](url))``, ``[pdf]((url))``: the URL is in the target
    # ``hhttps://``, ``https//``; ``[Title](https://example.com/paper.pdf)``: a template's
    return "malformed" if scheme_fixed(url) else "other" if placeholder(url) else None


def _venue_label(label: str) -> bool:
    """``CVPR 2021``: a link label that names a venue (a short one: the patterns backtrack)."""
    return len(label) <= 80 and bool(
        _VENUE_YEAR_LABEL.fullmatch(label) or VENUE_RE.fullmatch(label)
    )


def _arxiv_page(host: str, path: str, url: str) -> str | None:
    """``paper``, ``other`` (BibTeX, ``/list/…``; ``eartharxiv.org`` but a preprint) or ``None``."""
    arxiv = host == "arxiv.org" or host.endswith(".arxiv.org")
    if arxiv and path.startswith("/bibtex/"):  # (``[[arxiv bibtex]]``: a citation)
        return "other"
    if arxivid.from_url(url):
        return "paper"
    paper_path = path.split("/")[1:2] in _ARXIV_PAPER_PATHS or _PREPRINT_PAGE.match(path)
    return None if paper_path or not host.endswith("arxiv.org") else "other"


_PDF_QUERY = re.compile(r"(?:type|format)=pdf\b")  # (``filetype=pdf``, OSF's ``format=pdf``)
_PREPRINT_PAGE = re.compile(r"/repository/(?:view|object)/\d+")  # a Janeway server's preprint


@functools.lru_cache(maxsize=1 << 16)  # pure; a reader asks about the same link often
def _role(url: str, link_text: str, image: bool) -> str:
    if (decided := _target_role(url, image)) is not None:
        return decided
    low = url.lower()
    try:
        parts = urlsplit(low)
    except ValueError:
        return "malformed"
    if parts.scheme not in ("http", "https", ""):
        return "other"
    host = (parts.hostname or "").removeprefix("www.")
    text = _label(link_text)
    if host in ("img.shields.io", "api.star-history.com", "star-history.com", "badgen.net"):
        return "badge"
    if _counted_or_listed(link_text, host, low):
        return "other"  # ``[around 140+ citations](…)``, ``[AAAI Paper List](…)``: no one paper
    if (on_arxiv := _arxiv_page(host, parts.path, url)) is not None:
        return on_arxiv
    blog = host in _BLOG_HOSTS or host.endswith(_BLOG_SUFFIXES) or host.startswith("blog.")
    if blog and not parts.path.lower().endswith(".pdf"):  # a PDF a blog keeps is a paper
        return "blog"  # a post about a paper, not the paper
    if not parts.netloc and not low.startswith("//") and not _SCHEMELESS_HOST.match(low):
        # a file of the list's own repository: a paper kept as a PDF (a badge's link to one too)
        shown = not image or text in ("file", "paper", "pdf")  # or in a papers folder, else none
        return "paper" if shown and own_paper(urlsplit(url).path, link_text, text) else "other"
    book = (book_label(text) and _book_page(low, parts.path)) or book_by(link_text)  # ``[Book](…)``
    if book or text in _SUPPLEMENT or "name=supplementary_material" in parts.query:
        return "other"  # ``[SM](openreview.net/attachment?…supplementary_material)``: not the paper
    picture = parts.path.endswith((".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"))
    if picture and text not in _PAPER_LABELS and "code" not in text:  # (``[paper](x.png)``: its)
        return "other"  # ``[[poster]](icml.cc/media/PosterPDFs/…/24582.png)``: a picture
    if parts.path.lower().endswith((".pdf", ".ps", ".ps.gz")) or _PDF_QUERY.search(parts.query):
        if aside_pdf(text, host, parts.path) and not on_paper_host(low):
            return "other"  # ``[[book](x.pdf)]``, ``[slides](x.pdf)``: a PDF that is no paper
        return "paper"  # also a PDF kept in a repository (``github.com/o/r/blob/main/x.pdf``)
    if _documentation(host, text) and text not in _PAPER_LABELS and not on_paper_host(low):
        return "docs"  # a tool's documentation (``docs.lmcache.ai``), not a paper
    if host in CODE_HOSTS or host.endswith(".github.com"):  # before the hosts: ``o/x-eccv2020``
        return code_host_role(url, parts, link_text, text)
    space = host == "huggingface.co" and parts.path.startswith("/spaces/")  # an app, not a paper
    talk = text in ("video", "talk", "recording")  # ``[[video]](icml.cc/virtual/…)``: its talk
    if paper_page(low, parts.path) and not space and not talk:  # (``huggingface.co/spaces/…``)
        indexed = _index_page(parts.path, parts.query) and not self_cited(link_text, low)
        return "other" if indexed else "paper"
    if record_page(low) and (text in _PAPER_LABELS or titled_record(link_text, low)):
        return "paper"  # not ``[Slides](…/frontdoor/…/docId/1)``, ``[Video](…?paper_id=4779)``
    said = {"code", "paper", "pdf"} & set(text.split())
    data_host = any(h in low for h in _DATA_HOSTS) and not said
    if data_host or text in ("data", "dataset", "datasets"):
        return "data"  # ``[![Data](badge)](huggingface.co/datasets/...)``: a dataset, no paper
    one = text == "papers" and one_document(parts.path)  # ``[[Papers]](…/10/QGTC-Accelerating-…)``
    if (text in _PAPER_LABELS or one) and (text not in _THESIS or host not in VIDEO_HOSTS):
        return "paper"  # a ``[[Thesis]]`` too, not on a video host (its defence, a talk)
    shared = shared_paper(host, parts.path, link_text)  # a course's reading on a file host
    return "paper" if shared else _labelled_role(url, link_text, host, parts.path)


def _counted_or_listed(link_text: str, host: str, low: str) -> bool:
    """A link's text that counts who cite a paper, names a list of papers (not a survey's
    own list on a code host, its repository) or a part of a book."""
    listing = paper_listing(link_text) and host not in CODE_HOSTS and not arxivid.from_url(low)
    book = book_part(link_text)
    return listing or book or _CITATION_COUNT.search(link_text) is not None


def _labelled_role(url: str, link_text: str, host: str, path: str) -> str:
    """The role of a link to a page no host rule decided, by its text: a venue's name
    (``[CVPR 2021](…)``), a paper's citation (``[Title. In NSDI'20.](…)``), a label."""
    if _venue_label(link_text.strip("[]() ")) and len([p for p in path.split("/") if p]) >= 2:
        first = path.strip("/").split("/")[0]  # not a listing: ``[OSDI](dblp.org/db/conf/…)``
        listing = first in _LISTING_SEGMENTS or (first == "db" and "dblp" in host)
        return "other" if listing else "paper"
    role = _page_role(_label(link_text), url, host, path)
    return "paper" if role == "other" and self_cited(link_text, url.lower()) else role


def _book_page(low: str, path: str) -> bool:
    """A book-labelled link's target is the book: a book's page or ISBN, or a web page that
    is no paper's (``[book](doi.org/10.1007/s10915-…)``, a chapter's or a course site's PDF,
    link a paper)."""
    pdf = path.endswith(".pdf")  # a paper's PDF on a course or personal site, under that label
    chapter = "/chapter" in path  # ``taylorfrancis.com/chapters/edit/10.1201/978...-6/``
    return (bool(BOOK_PATH.search(path)) and not chapter) or not (pdf or paper_page(low, path))


def _documentation(host: str, text: str) -> bool:
    """A tool's documentation: its site (``docs.lmcache.ai``, ``x.readthedocs.io``; not
    Google Docs, where a paper's draft may be shared, nor a library's repository
    ``docs.lib.purdue.edu``) or a ``[docs]`` link off a code host."""
    docs = host.startswith("docs.") and not host.startswith(("docs.google.", "docs.lib."))
    labelled = text in ("docs", "documentation") and host not in CODE_HOSTS
    return docs or labelled or host.endswith(".readthedocs.io")


def _page_role(text: str, url: str, host: str, path: str) -> str:
    """A web page's role by its label ``text``: ``code`` (a repository, a code or file
    host, a source archive), ``project`` (a project's or lab's page) or ``other``."""
    coded = "code" in text.split() or text in ("github", "repo", "repository")
    if host == "anonymous.4open.science" and path.startswith("/r/"):
        return "code"  # an anonymised repository (for a blind review), whatever its label
    if coded and _ARCHIVE.search(path):
        return "code"  # ``[[Code]](lab.edu/~me/LRMR.zip)``, on a github.io page too: its source
    if host.endswith("github.io") or text in ("project", "project page", "website", "homepage"):
        return "project"
    if coded:
        return "code" if _source_like(url, host, path) else "project"
    if any(w in text for w in ("project", "website", "homepage", "demo")):
        return "project"
    return "other"


_CITATION_COUNT = re.compile(r"(?i)(?<![\d,.])\d[\d,.]*\s*[+k]?\s*citations?\b|^\W*cit(?:ations?|ed by)\W*$")  # fmt: skip
_THESIS = ("thesis", "phd thesis")
_PAPER_LABELS = ("paper", "pdf", "[paper]", "paper link", "eprint", "e-print", "preprint", "manuscript", "journal paper", *PAPER_LABELS, *_THESIS)  # fmt: skip
"""A paper's link labels (not ``[Article]``, as often a blog post or a news story as a paper,
nor ``[chapter]``, a textbook's as often as a paper's in a book)."""
_SUPPLEMENT = frozenset({"sm", "supp", "supp.", "suppl", "supplement", "supplementary", "supplementary material", "supplemental", "supplemental material"})  # fmt: skip
"""Labels of a paper's supplementary material: a file beside the paper, not the paper."""
_SOURCE_HOSTS = ("huggingface.co", "sourceforge.net", "codeocean.com", "colab.research.google.com",
                 "kaggle.com", "zenodo.org", "figshare.com", "dropbox.com", "drive.google.com",
                 "4open.science", "modelscope.cn", "gitee.com", "codalab.org", "bit.ly", "t.co",
                 "aka.ms", "tinyurl.com", "goo.gl", "pan.baidu.com", "tfhub.dev")  # fmt: skip
_ARCHIVE = re.compile(r"\.(?:zip|tar|gz|tgz|bz2|xz|rar|7z)$")


_COUNTER_PAGE = re.compile(r"^/[^/]+/[^/]+/(?:stargazers|watchers|forks|network/members)/?$")


def _repo_path(url: str) -> str:
    return urlsplit(url).path.lower().rstrip("/").removesuffix(".git")


def own_repository(chosen: Run, links: list[Run]) -> Run:
    """``chosen``, or the repository itself when ``chosen`` is its stars or forks page (a
    ``Stars`` badge's target) and ``links`` link the repository too."""
    path = urlsplit(chosen.url).path if chosen.url else ""
    if not _COUNTER_PAGE.match(path):
        return chosen
    repo = "/".join(path.lower().split("/")[:3])
    same = (r for r in links if r.url and _repo_path(r.url) == repo)
    return next(same, chosen)


def link_archive(r: Run) -> bool:
    """The link downloads an archive (``.zip``, ``.tar.gz``, ``.rar``)."""
    return bool(_ARCHIVE.search(urlsplit(r.url).path)) if r.url else False


def _source_like(url: str, host: str, path: str) -> bool:
    """Where a link labelled ``Code`` holds code: a repository, a code or file host; a
    lab's or a project's web page is the project's."""
    if is_repository_url(url) or host.endswith(_SOURCE_HOSTS):
        return True
    if host.startswith(("gitlab.", "git.", "code.")) or "10.5281/zenodo" in path:
        return True  # a self-hosted forge, a Zenodo DOI
    return "github.com" in url  # a redirect to a repository


_EMOJI_LABELS = {"📄": "paper", "📃": "paper", "📑": "paper", "📜": "paper", "📝": "paper",
                 "💻": "code", "🖥": "code", "⌨": "code", "🌐": "project", "🏠": "project"}  # fmt: skip
"""Emoji lists use for a link's label alone (``[📄](url)``, ``[💻](url)``)."""


def _label(link_text: str) -> str:
    """A link's text as a label: lower case, no brackets, no emoji (``[📄 Paper]`` is
    ``paper``); a link labelled by an emoji alone takes the emoji's word."""
    text = link_text.strip().lower().strip("[]() ")
    if not EMOJI.search(text):
        return text
    words = EMOJI.sub(" ", text).strip().strip("[]() ")
    return words or next((w for e, w in _EMOJI_LABELS.items() if e in text), "")


def badge_text(r: Run) -> str:
    """Words a badge image carries in its URL (``badge/Conference-NeurIPS'23-blue``)."""
    if not r.image or "shields.io/badge/" not in r.image:
        return ""
    name = unquote(r.image.split("/badge/", 1)[1].split("?")[0])
    name = re.sub(r"\.(svg|png)$", "", name)
    name = name.replace("__", "\1").replace("_", " ").replace("\1", "_")  # shields: _ is a space
    words = name.replace("--", "\0").replace("-", " ").replace("\0", "-").split()[:-1]
    # a badge label is compact: ``arXiv24``, ``ICML'24`` name a venue and its year
    said = " ".join(_BADGE_YEAR.sub(r"\1 20\2", w) for w in words)
    yy = re.search(r"(?<![\d-]) (\d\d)$", said) if len(words) >= 3 else None
    if yy is None or re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", said):
        return said  # ``CVPR 2023 Top 10``: a count beside the year
    year = context_facts(said)[0]
    mine = year is not None and year >= 2000 and year % 100 == int(yy[1])
    return f"{said[:-2]}{year}" if mine else said  # ``ACL findings 25``: its Findings of 2025


_BADGE_YEAR = re.compile(r"^([A-Za-z]{3,})['’]?(\d{2})$")


def code_cell_link(r: Run) -> bool:
    """A link in the list's code column is its code link, a web page labelled ``Code`` too;
    a page labelled ``Project``, ``Proj`` or ``Video`` there is not, nor a project's page
    labelled as a site too (``[Code & Project page](…)``; ``[Code & Demo]`` is code)."""
    role, label = link_role(r), _label(r.text)
    paged = {"project", "page", "homepage", "website", "site"} & set(re.findall(r"[a-z]+", label))
    coded = role in ("other", "code", "data") or (role == "project" and "code" in label and not paged)  # fmt: skip
    return coded and label not in _PAGE_LABELS  # not ``| [Proj](lab.edu/x/) |``, ``[Video](…)``


_PAGE_LABELS = frozenset("proj project page homepage website site demo video videos talk".split())


def code_beside_pages(r: Run) -> bool:
    """In a ``Code/Project`` column: a repository, an archive, or a link whose label and
    path name code (``[Source code](lab.edu/netvlad/code/)``); not a page (``[Code](site/)``)."""
    archive = re.search(r"\.(?:zip|tar\.gz|tgz|tar|rar|7z)$", r.url.split("?")[0], re.I)
    path = r.url.split("//", 1)[-1].partition("/")[2].lower()
    named = _CODE_LABEL.search(r.text) and re.search(r"code|src|software|download|release", path)
    package = _PACKAGE_HOSTS.search(r.url)  # PyPI, CRAN, MATLAB File Exchange
    return is_repository_url(r.url) or bool(archive) or bool(named) or bool(package)


_PACKAGE_HOSTS = re.compile(
    r"pypi\.org/project/|cran\.r-project\.org/(?:web/)?packages?/|matlabcentral/fileexchange/|"
    r"anaconda\.org/|npmjs\.com/package/|crates\.io/crates/"
)


_CODE_LABEL = re.compile(r"(?i)\b(?:code|source|matlab|implementation|c\+\+|pytorch|tensorflow)(?!\w)")  # fmt: skip
