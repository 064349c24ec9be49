"""arXiv identifiers: find them in links and text, and tell which ones cannot exist.

Pure functions, no I/O. Rules from https://info.arxiv.org/help/arxiv_identifier.html:
new-style ``YYMM.NNNN`` (0704-1412) and ``YYMM.NNNNN`` (1501 on), optional ``vN``;
old-style ``archive(.SC)/YYMMNNN`` (1991-2007).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import unquote

from pipeline.urls import canon_url, redirect_target, split

ARXIV_HOSTS = frozenset(
    {
        "arxiv.org",
        "www.arxiv.org",
        "export.arxiv.org",
        "browse.arxiv.org",
        "download.arxiv.org",
        "ar5iv.org",
        "ar5iv.labs.arxiv.org",
    }
)
_DOI_HOSTS = frozenset({"doi.org", "dx.doi.org", "www.doi.org"})

# Anything that looks like an identifier, valid or not; validation comes after.
_NEW = r"(?P<new>\d{4}\.\d{1,6})"
_OLD = r"(?P<old>[a-z][a-z\-]*(?:\.[A-Za-z]{2})?/\d{5,8})"
_ID_BODY = rf"(?:{_NEW}|{_OLD})(?:v(?P<ver>\d+))?"
_ID_RE = re.compile(rf"^{_ID_BODY}$", re.IGNORECASE)
_PATH_RE = re.compile(
    rf"^/(?:abs|pdf|html|format|ps)/{_ID_BODY}(?:\.pdf|\.?abs)?/?$",  # ``1703.09833abs``: a typo
    re.IGNORECASE,
)
_FTP_RE = re.compile(
    rf"^/ftp/(?P<archive>[a-z][a-z\-]*)/papers/\d{{4}}/(?:{_NEW}|(?P<number>\d{{7}}))"
    r"(?:v(?P<ver>\d+))?\.pdf$",
    re.IGNORECASE,
)
"""``/ftp/arxiv/papers/1708/1708.03665.pdf`` and ``/ftp/hep-th/papers/9901/9901001.pdf``."""
_WRAPPED_RE = re.compile(
    rf"/(?:https?:/+)?(?:www\.|export\.)?arxiv\.org(?P<path>/(?:abs|pdf)/{_ID_BODY}(?:\.pdf)?/?)$",
    re.IGNORECASE,
)
"""An arXiv URL inside another site's path (an archive or proxy: ``host/https://arxiv.org/abs/ID``)."""
_DOI_RE = re.compile(rf"^/?10\.48550/arxiv\.{_ID_BODY}$", re.IGNORECASE)
_TEXT_RE = re.compile(rf"^(?:arxiv\s*:\s*)?{_ID_BODY}$", re.IGNORECASE)


@dataclass(frozen=True)
class ArxivRef:
    """An arXiv identifier found in a link or text.

    ``base_id`` has no version and, for old-style IDs, no subject class
    (``math.GT/0309136`` -> ``math/0309136``), which is how the API names papers.
    ``problem`` is set when the identifier cannot exist.
    """

    raw: str
    base_id: str
    version: int | None
    problem: str | None = None

    @property
    def valid(self) -> bool:
        """True when the identifier could name a real paper."""
        return self.problem is None

    @property
    def abs_url(self) -> str:
        """The canonical abstract-page URL."""
        return f"https://arxiv.org/abs/{self.base_id}"


def _build(raw: str, m: re.Match[str], today: date | None) -> ArxivRef:
    ver = int(m.group("ver")) if m.group("ver") else None
    if m.group("new"):
        base = m.group("new")
        problem = new_style_problem(base, today)
    else:
        old = m.group("old")
        archive, _, number = old.partition("/")
        archive = archive.split(".")[0].lower()
        base = f"{archive}/{number}"
        problem = old_style_problem(number)
    if ver is not None and ver == 0:
        problem = problem or "version v0 does not exist (versions start at v1)"
    return ArxivRef(raw=raw, base_id=base, version=ver, problem=problem)


def new_style_problem(ident: str, today: date | None = None) -> str | None:
    """Why ``YYMM.NNNNN`` cannot exist, or ``None`` when it can."""
    yymm, _, number = ident.partition(".")
    yy, mm = int(yymm[:2]), int(yymm[2:])
    if not 1 <= mm <= 12:
        return f"month {yymm[2:]} in {ident} does not exist"
    if int(yymm) < 704:
        return f"{ident}: new-style identifiers start in April 2007 (0704)"
    want = 4 if int(yymm) <= 1412 else 5
    if len(number) != want:
        return (
            f"{ident} has {len(number)} digits after the dot; "
            f"identifiers from {yymm[:2]}{yymm[2:]} have {want}"
        )
    if today is not None and (2000 + yy, mm) > (today.year, today.month):
        return f"{ident} is dated {2000 + yy}-{mm:02d}, which is in the future"
    return None


def old_style_problem(number: str) -> str | None:
    """Why the ``YYMMNNN`` part of an old-style identifier cannot exist."""
    if len(number) != 7:
        return f"old-style number {number} must have 7 digits (YYMMNNN)"
    yy, mm = int(number[:2]), int(number[2:4])
    if not 1 <= mm <= 12:
        return f"month {number[2:4]} in {number} does not exist"
    if 8 <= yy <= 90:
        return f"old-style identifiers cover 1991-2007, not year {yy:02d}"
    return None


def parse_id(text: str, today: date | None = None) -> ArxivRef | None:
    """Read a bare identifier (``2305.13301v2``, ``arXiv:hep-th/9901001``)."""
    s = text.strip()
    m = _TEXT_RE.match(s)
    return _build(s, m, today) if m else None


_BARE_HOST = re.compile(r"(?i)(?:(?:www|export|ar5iv|ar5iv\.labs)\.)?arxiv\.org/|ar5iv\.org/")
"""An arXiv host written without a scheme as a link's target (GitHub opens it as a file of
the repository, but the list means that paper)."""


def from_url(url: str, today: date | None = None) -> ArxivRef | None:
    """Read the identifier an arXiv or arXiv-DOI link points to, or ``None``.

    Accepts ``abs/``, ``pdf/`` (with or without ``.pdf``), ``html/``, ``ftp/``, versions,
    ``export.``/``www.`` hosts, old-style IDs, ``doi.org/10.48550/arXiv.ID``, and an
    arXiv URL wrapped in another site's path (a web archive or a proxy) or in a search
    engine's redirect (:func:`pipeline.urls.redirect_target`).
    """
    parts = split(url)
    if parts is not None and not parts.host and _BARE_HOST.match(url.strip()):
        parts = split(f"https://{url.strip()}")  # ``(arxiv.org/abs/ID)``: no scheme, the same ID
    if parts is None:
        return None
    host = parts.host
    path = unquote(parts.path)
    if host in ARXIV_HOSTS or _mirror(host):
        m = _PATH_RE.match(path)
        if m:
            return _build(url, m, today)
        return _from_ftp(url, path, today) or _from_unserved(url, path, today)
    if host in _DOI_HOSTS:
        m = _DOI_RE.match(path)
        return _build(url, m, today) if m else None
    if host in ("huggingface.co", "www.huggingface.co") and path.startswith("/papers/"):
        return _from_unserved(url, path, today)  # ``huggingface.co/papers/2401.12345``
    wrapped = _WRAPPED_RE.search(path)
    if wrapped:
        return _build(url, _PATH_RE.match(wrapped["path"]), today)
    target = redirect_target(url)  # ``scholar.google.com/scholar_url?url=https://arxiv.org/...``
    return from_url(target, today) if target else None


_UNSERVED_RE = re.compile(
    rf"/{_NEW}(?:v(?P<ver>\d+))?(?:\.\w{{1,5}})?(?:/(?:pdf|abs))?(?:&[^/]*)?[\])]?\s*/?$",
    re.IGNORECASE,
)
"""A new-style ID closing an arXiv path arXiv does not serve (``/paper/1710.10903.paper``,
``/pdf/1301.3781.pdf%5D``, ``/pdf/2203.12990.pdf%20/``: a stray bracket or space encoded
into the link; ``/abs/2302.11665/pdf``: a kind of page written after the ID;
``/pdf/1603.03185.pdf&xid=17259``: a query written without its ``?``)."""


def _from_unserved(url: str, path: str, today: date | None) -> ArxivRef | None:
    m = _UNSERVED_RE.search(path)
    return _build(url, m, today) if m else None


@functools.lru_cache(maxsize=1 << 16)
def unserved(url: str) -> bool:
    """True for an arXiv-host link whose ID can be read but whose path arXiv does not
    serve (``arxiv.org/paper/1710.10903.paper``): readers get an error page."""
    parts = split(url)
    if parts is None or parts.host not in ARXIV_HOSTS:
        return False
    path = unquote(parts.path)
    return not _PATH_RE.match(path) and not _FTP_RE.match(path) and bool(_UNSERVED_RE.search(path))


_MIRRORS = frozenset(
    {"xxx.lanl.gov", "xxx.itp.ac.cn", "arxiv-export-lb.library.cornell.edu", "alphaxiv.org",
     "www.alphaxiv.org"}
)  # fmt: skip


def _mirror(host: str) -> bool:
    """An arXiv mirror or overlay (``cn.arxiv.org``, ``arxiv.53yu.com``, ``xxx.lanl.gov``,
    ``alphaxiv.org/abs/ID``): arXiv's paths, arXiv's IDs."""
    return host.endswith(".arxiv.org") or host.startswith("arxiv.") or host in _MIRRORS


def _from_ftp(url: str, path: str, today: date | None) -> ArxivRef | None:
    m = _FTP_RE.match(path)
    if m is None:
        return None
    if m["new"]:
        return _build(url, m, today)
    text = f"{m['archive']}/{m['number']}" + (f"v{m['ver']}" if m["ver"] else "")
    found = _TEXT_RE.match(text)
    return _build(url, found, today) if found else None


@functools.lru_cache(maxsize=1 << 16)
def find(text_or_url: str, today: date | None = None) -> ArxivRef | None:
    """An identifier from a URL or a bare ID, whichever ``text_or_url`` is (memoised:
    a list's links are looked at by several rules, dated and undated)."""
    ref = _find_undated(text_or_url)
    if ref is None or today is None or "/" in ref.base_id:
        return ref  # old-style IDs are not checked against today
    if ref.problem is None:  # only "in the future" can be wrong now
        future = new_style_problem(ref.base_id, today)
        return ref if future is None else dataclasses.replace(ref, problem=future)
    if ref.version == 0:  # a future date is named before the v0
        return from_url(text_or_url, today) or parse_id(text_or_url, today)
    return ref


@functools.lru_cache(maxsize=1 << 16)
def _find_undated(text_or_url: str) -> ArxivRef | None:
    return from_url(text_or_url) or parse_id(text_or_url)


def possible_v1_years(ref: ArxivRef) -> frozenset[int]:
    """Years in which version 1 of this ID can have been submitted.

    The YYMM is the month of announcement, so a paper submitted on 31 December can
    carry the next January's ID: January IDs also allow the previous year.
    """
    if (month := id_month(ref)) is None:
        return frozenset()
    year, mm = month
    return frozenset({year, year - 1}) if mm == 1 else frozenset({year})


def id_month(ref: ArxivRef) -> tuple[int, int] | None:
    """The year and month an ID was announced in (its YYMM), ``None`` for a malformed one."""
    if ref.problem:
        return None
    number = ref.base_id.split("/")[1] if "/" in ref.base_id else ref.base_id.replace(".", "")
    yy, mm = int(number[:2]), int(number[2:4])
    return (1900 if yy >= 91 else 2000) + yy, mm


_BADGE_ARXIV = re.compile(r"arxiv[-_ %20]*(\d{4}\.\d{4,5})", re.IGNORECASE)


def badge_id(image_url: str) -> str | None:
    """The arXiv ID a badge image names (``img.shields.io/badge/arXiv-2305.13301-red``)."""
    m = _BADGE_ARXIV.search(image_url or "")
    return m.group(1) if m else None


_OPENREVIEW = re.compile(r"(?i)openreview\.net/(?:forum|pdf)\?(?:[^#]*&)?id=([\w-]+)")
_PROCEEDINGS = re.compile(
    r"(?i)proceedings\.mlr\.press/(?P<pmlr>v\d+/[\w-]+?)(?:/[\w-]+)?\.(?:html|pdf)"
    r"|(?:aclanthology\.org|aclweb\.org/anthology)/(?P<acl>[A-Z]\d\d-\d{4}|\d{4}\.[\w-]+\.\d+)"
    r"(?:\.pdf)?/?(?:[?#]|$)"
    r"|(?:papers\.nips\.cc|proceedings\.neurips\.cc)/paper(?:_files/paper)?/"
    r"(?P<neurips>\d{4}/)(?:hash|file)/(?P<hash>[0-9a-f]{32})-"
    r"|openaccess\.thecvf\.com/[\w/-]*?/(?:html|papers)/(?P<cvf>[\w-]+_paper)\.(?:html|pdf)"
)
"""A proceedings paper's abstract page and its PDF, named by one key: PMLR's
``v139/radford21a.html`` and ``v139/radford21a/radford21a.pdf``, the ACL Anthology's
``2020.acl-main.1/`` and ``2020.acl-main.1.pdf``, NeurIPS's ``2020/hash/<h>-Abstract.html``
and ``2020/file/<h>-Paper.pdf``, the CVF's ``html/X_paper.html`` and ``papers/X_paper.pdf``."""


def paper_key(url: str) -> str | None:
    """What names the paper a link points to, however the link is written: its arXiv ID
    without version, an OpenReview forum's id (its page or its PDF), a proceedings paper's
    key (its abstract page or its PDF: :data:`_PROCEEDINGS`), else the address without
    scheme, ``www.`` or trailing slash; ``None`` for no address."""
    ref = from_url(url)
    if ref is not None:
        return ref.base_id
    m = _OPENREVIEW.search(url)
    if m:
        return "openreview:" + m.group(1)
    m = _PROCEEDINGS.search(url)
    if m:
        k, v = next((k, v) for k, v in m.groupdict().items() if v)  # (a NeurIPS hash is the
        return f"{k}:{v}{m['hash'] or ''}"  # paper's number's: one per year, with its year)
    try:
        return canon_url(url)
    except ValueError:
        return None
