"""Pure URL helpers shared by the checks and the sources (no I/O)."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple
from urllib.parse import parse_qs, unquote, urlsplit

REPOSITORY_HOSTS = frozenset(
    {
        "github.com",
        "www.github.com",
        "gitlab.com",
        "bitbucket.org",
        "codeberg.org",
        "gitee.com",
        "sourceforge.net",
        "git.sr.ht",
    }
)
_NAME = r"[A-Za-z0-9][A-Za-z0-9-]*"  # older accounts end in a hyphen (``PetarV-``)
_REPO = r"[A-Za-z0-9._-]+"
_RESERVED_OWNERS = frozenset(
    {"orgs", "topics", "features", "marketplace", "sponsors", "settings", "about", "search"}
)


_REPO_PATH = re.compile(rf"^/({_NAME})/({_REPO})(?:/.*)?$")
_MEMO = 1 << 16
"""How many URLs the pure helpers below remember: a list's links are asked about by
several rules and reports, and parsing a URL costs more than looking it up."""


class UrlParts(NamedTuple):
    """A URL split once: its lower-cased host, path and query (see :func:`split`)."""

    host: str
    path: str
    query: str


_PLAIN_URL = re.compile(r"https?://([A-Za-z0-9.-]+)([^?#\s]*)(?:\?([^#\s]*))?(?:#\S*)?")
"""A URL with a plain host name and nothing ``urlsplit`` would clean up or refuse (no
port, user, IPv6 bracket, whitespace or control character before the path): nearly
every link of a list, split without ``urlsplit``'s general work."""


@functools.lru_cache(maxsize=_MEMO)
def split(url: str) -> UrlParts | None:
    """``url`` (stripped) split into host (lower case), path and query; ``None`` when it
    cannot be parsed. One place, remembered: every rule and report asks about the same links."""
    url = url.strip()
    m = _PLAIN_URL.fullmatch(url)
    if m is not None and (not m[2] or m[2][0] == "/"):
        return UrlParts(m[1].lower(), m[2], m[3] or "")
    try:
        parts = urlsplit(url)
        return UrlParts((parts.hostname or "").lower(), parts.path, parts.query)
    except ValueError:
        return None


_REDIRECTS = re.compile(
    r"(?:www\.)?google\.[a-z.]{2,6}/url|scholar\.google\.[a-z.]{2,6}/scholar_url"
    r"|link\.(?:zhihu\.com|juejin\.cn|csdn\.net)/?"
)
"""Google's and Google Scholar's redirect pages (``google.com/url?...&url=TARGET``,
``scholar.google.com/scholar_url?url=TARGET&hl=en``): a link a search result was copied as;
Zhihu's, Juejin's and CSDN's outbound links (``link.zhihu.com/?target=https%3A//arxiv.org/…``),
a link copied from a post there."""


_EZPROXY = re.compile(
    r"(?P<host>(?:[a-z0-9-]+\.)+[a-z]{2,})\.ezproxy\d*\.(?:[a-z0-9-]+\.)*[a-z]{2,}"
)
"""A publisher's host behind a university's EZproxy (``www.jstor.org.ezproxy4.library.
arizona.edu``): the publisher's page, read through the library's login."""


_URLDEFENSE_V3 = re.compile(r"https?://urldefense\.com/v3/__(?P<u>https?://[^*]+?)__;", re.I)


def _guarded(url: str, parts: UrlParts | None) -> str | None:
    """The address a mail guard wrapped (Proofpoint's ``urldefense.com/v3/__URL__;…`` and
    ``urldefense.proofpoint.com/v2/url?u=https-3A__…``, Outlook's ``….safelinks.protection.
    outlook.com/?url=…``): a link copied out of an e-mail, the page it opens."""
    v3 = _URLDEFENSE_V3.match(url)
    if v3 is not None:
        return v3["u"]
    if parts is None or not parts.query:
        return None
    query = parse_qs(parts.query)
    if parts.host == "urldefense.proofpoint.com" and parts.path == "/v2/url" and query.get("u"):
        return unquote(query["u"][0].replace("-", "%").replace("_", "/"))
    if parts.host.endswith(".safelinks.protection.outlook.com") and query.get("url"):
        return query["url"][0]
    return None


@functools.lru_cache(maxsize=_MEMO)
def redirect_target(url: str) -> str | None:
    """The address a search engine's redirect link, a mail guard's wrapper or a library's
    EZproxy host leads to, else ``None``: a list that copied such a link means the paper
    behind it (its arXiv ID, its role)."""
    parts = split(url)
    guarded = _guarded(url, parts)
    if guarded is not None:
        return guarded if _HTTP.match(guarded) and redirect_target(guarded) is None else None
    proxied = _EZPROXY.fullmatch(parts.host) if parts is not None else None
    if proxied is not None:  # ``www.jstor.org.ezproxy4.library.arizona.edu/stable/…``
        query = f"?{parts.query}" if parts.query else ""
        return f"https://{proxied['host']}{parts.path}{query}"
    if parts is None or not parts.query or not _REDIRECTS.fullmatch(parts.host + parts.path):
        return None
    query = parse_qs(parts.query)
    target = next((query[k][0] for k in ("url", "q", "target") if query.get(k)), "")
    return target if _HTTP.match(target) and redirect_target(target) is None else None


@functools.lru_cache(maxsize=_MEMO)
def repo_of(url: str) -> tuple[str, str] | None:
    """``(owner, repo)`` of a ``github.com/OWNER/REPO[/...]`` URL, else ``None``."""
    parts = split(url)
    if parts is None or parts.host not in ("github.com", "www.github.com"):
        return None
    m = _REPO_PATH.match(parts.path)
    if not m or m.group(1).lower() in _RESERVED_OWNERS:
        return None
    repo = m.group(2)
    repo = repo[:-4] if repo.endswith(".git") else repo
    return (m.group(1), repo) if repo else None


@functools.lru_cache(maxsize=_MEMO)
def is_repository_url(url: str) -> bool:
    """True for a source repository URL (github.com/OWNER/REPO, gitlab.com/..., ...)."""
    parts = split(url)
    if parts is None:
        return False
    host = parts.host
    if host in ("github.com", "www.github.com"):
        return repo_of(url) is not None
    segments = [s for s in parts.path.split("/") if s]
    return host in REPOSITORY_HOSTS and len(segments) >= 2


@functools.lru_cache(maxsize=_MEMO)
def canon_url(url: str) -> str:
    """A comparison key: no scheme, no ``www.``, no trailing slash or ``.git``."""
    parts = split(url)
    if parts is None:
        raise ValueError(f"not a URL: {url!r}")
    host = parts.host.removeprefix("www.")
    path = parts.path.rstrip("/")
    if path.endswith(".git"):
        path = path[:-4]
    return f"{host}{path}{'?' + parts.query if parts.query else ''}"


_PLACEHOLDER = re.compile(r"(?i)(?:https?:)?//(?:www\.)?example\.com(?:[:/?#]|$)")


def placeholder(url: str) -> bool:
    """A link to ``example.com``, the domain reserved for examples (RFC 2606) that templates
    link (``[Title](https://example.com/paper.pdf)``): never a paper's or code's."""
    return _PLACEHOLDER.match(url) is not None


def is_http_url(url: str | None) -> bool:
    """True for an http(s) URL."""
    return bool(url) and _HTTP.match(url or "") is not None


_HTTP = re.compile(r"^https?://", re.IGNORECASE)


_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
# RFC 3986 characters that cannot end or break a Markdown link, an HTML attribute or a
# table cell: no space, quote, bracket, parenthesis, angle bracket, backtick, backslash,
# pipe, brace, caret or dollar (GitHub math), nothing outside ASCII, no control character.
_CLEAN_URL = re.compile(r"https?://[A-Za-z0-9\-._~%!&+,;=:@/?#]+", re.IGNORECASE)
_GITHUB_HOSTS = frozenset({"github.com", "www.github.com"})


_SCHEME_TYPO = re.compile(
    r"(?i)(?:h{1,3}t{1,3}ps?|t{1,2}ps?)(?::/{1,2}|//)(?=[\w-]+\.[\w.-]*[a-z]/)"
)


def scheme_fixed(url: str) -> str | None:
    """The address a mistyped scheme meant (``hhttps://arxiv.org/...``, ``ttps://…``,
    ``https//…``, ``https:/www.…``), else ``None`` (``https://`` and ``http://`` are right)."""
    if url[:8].lower().startswith(("https://", "http://")):
        return None
    m = _SCHEME_TYPO.match(url)
    return f"https://{url[m.end() :]}" if m else None


def url_scheme(url: str | None) -> str | None:
    """The scheme of ``url`` in lower case (``https``, ``ftp``, ``mailto``), else ``None``."""
    m = _SCHEME.match(url or "")
    return m.group(1).lower() if m else None


def is_clean_web_url(url: str | None) -> bool:
    """True for an http(s) URL that is safe to write into Markdown or HTML as it is.

    Only printable ASCII URL characters, a host, and no user name or password before it.
    """
    if not url or not _CLEAN_URL.fullmatch(url):
        return False
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return False
    return bool(parts.hostname) and "@" not in parts.netloc


def _site_key(url: str) -> tuple[str, int | None, str, str, str] | None:
    """What a same-site move keeps: host without ``www.``, port, path, query, fragment."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    host = (parts.hostname or "").lower().removeprefix("www.")
    path = parts.path.rstrip("/").lower()
    return host, port, path, parts.query, parts.fragment


def safe_replacement(old: str, new: str) -> bool:
    """May ``fix`` replace the list's URL ``old`` by ``new``, which a server named?

    ``new`` came from a redirect's ``Location`` or the GitHub API, so it is untrusted. It
    is written only when it is a clean http(s) URL (:func:`is_clean_web_url`) on the same
    site: a GitHub repository moving within github.com, or the same address with only
    https added, a trailing slash added or removed, ``www.`` or letter case changed.
    """
    if not is_http_url(old) or not is_clean_web_url(new) or old.strip() == new:
        return False
    old_scheme, new_scheme = url_scheme(old.strip()), url_scheme(new)
    if new_scheme != old_scheme and (old_scheme, new_scheme) != ("http", "https"):
        return False
    if _host(old) in _GITHUB_HOSTS and _host(new) in _GITHUB_HOSTS:
        return repo_of(old) is not None and repo_of(new) is not None and ":" not in _netloc(new)
    old_key = _site_key(old)
    return old_key is not None and old_key == _site_key(new)


def _host(url: str) -> str:
    try:
        return (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return ""


def _netloc(url: str) -> str:
    return urlsplit(url).netloc


_DOI_URL = re.compile(r"(?i)^(?:https?://)?(?:dx\.)?doi\.org/10\.")


def is_doi_url(url: str) -> bool:
    """An address on doi.org naming a DOI (``https://doi.org/10.1016/...``)."""
    return _DOI_URL.match(url.strip()) is not None
