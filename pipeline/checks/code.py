"""Code-link rules: broken, moved, archived, not a repository, not a web link, unverified.

A redirect target or a GitHub repository's new name is server text: it becomes an
automatic fix only when :func:`pipeline.urls.safe_replacement` accepts it.
"""

from __future__ import annotations

import re

from pipeline.checks.context import _Emitter
from pipeline.model import (
    TRANSIENT_STATUSES,
    LinkCheck,
    LinkRef,
    LinkStatus,
    Rule,
)
from pipeline.urls import (
    is_clean_web_url,
    is_http_url,
    is_repository_url,
    safe_replacement,
    url_scheme,
)

WEB_SCHEMES = frozenset({"http", "https"})
_NO_SLASHES = frozenset({"mailto", "javascript", "vbscript", "data", "file", "tel", "news"})
"""Schemes recognised in plain field text even without ``//`` (``mailto:a@b.org``)."""
_MD_LINK = re.compile(r"^\[[^\]]*\]\(\s*<?([^\s>]+?)>?\s*\)$")
_SHOWN = 200


def _code_rules(e: _Emitter) -> None:
    entry, ctx = e.entry, e.ctx
    link = entry.code
    if link is None:
        return
    target = _non_web_target(link)
    if target is not None and not any(p.search(target) for p in ctx.ignore_urls):
        _not_web(e, link, target)
        return
    url = link.url
    if not url or not is_http_url(url) or any(p.search(url) for p in ctx.ignore_urls):
        return
    if not is_repository_url(url):
        e.add(
            Rule.CODE_LINK_NOT_REPOSITORY,
            link.line,
            "code",
            f"the code link {url} is a web page, not a source repository",
            actual=url,
            suggestion="link the source repository (e.g. https://github.com/OWNER/REPO) if there is one",
        )
    if not ctx.check_links:
        return
    check = ctx.links.get(url)
    if check is None:
        e.add(
            Rule.UNVERIFIED,
            link.line,
            "code",
            f"code link {url} not checked: {ctx.links_skipped or 'no result'}",
            actual=url,
        )
        return
    _link_outcome(e, link, url, check)


def _link_outcome(e: _Emitter, link: LinkRef, url: str, check: LinkCheck) -> None:
    """The rules on what checking the link found: gone, moved, unverified, archived."""
    if check.status is LinkStatus.BROKEN:
        e.add(
            Rule.CODE_LINK_BROKEN,
            link.line,
            "code",
            f"the code link is gone: {check.message}",
            actual=url,
            suggestion="find the code's new home, or replace the link with 'none'",
        )
    elif check.status is LinkStatus.REDIRECTED and check.final_url:
        _moved(e, link, url, check.final_url, check.message)
    elif check.status in TRANSIENT_STATUSES:
        e.add(
            Rule.UNVERIFIED,
            link.line,
            "code",
            f"code link {url} not verified: {check.message or check.status.value}",
            actual=url,
        )
    if check.archived:
        e.add(
            Rule.CODE_REPO_ARCHIVED,
            link.line,
            "code",
            "the code repository is archived (read-only, no longer maintained)",
            actual=check.final_url or url,
        )


def _moved(e: _Emitter, link: LinkRef, url: str, final: str, message: str) -> None:
    """``code-link-moved``; the fix only for a same-site move (the target is server text)."""
    if safe_replacement(url, final):
        fix: tuple[str, str] | None = (url, final)
        suggestion = f"link {final}"
    elif is_clean_web_url(final):
        fix = None
        suggestion = (
            f"link {final} if it is still this paper's code "
            "(it is on another site, so 'paperlist fix' leaves it to you)"
        )
    else:
        fix = None
        suggestion = "the new address is not a plain web address; check the link by hand"
    e.add(
        Rule.CODE_LINK_MOVED,
        link.line,
        "code",
        f"the code link moved permanently: {message}",
        fix=fix,
        expected=final,
        actual=url,
        suggestion=suggestion,
    )


def _non_web_target(link: LinkRef) -> str | None:
    """The target of a code link that names a scheme other than http(s), else ``None``.

    A link target (``ftp:``, ``mailto:``, an HTML ``javascript:`` href) counts with any
    scheme. A field that is only text counts when it is one word that starts like a URL
    (``file:///...``, ``mailto:...``) or a Markdown link the reader did not take as one
    (``[code](javascript:...)``), so ``TBD: soon`` or ``arXiv:2401.00001`` do not.
    """
    if link.url:
        scheme = url_scheme(link.url.strip())
        return link.url if scheme and scheme not in WEB_SCHEMES else None
    text = link.text.strip()
    m = _MD_LINK.match(text)
    target = m.group(1) if m else text
    scheme = url_scheme(target)
    if scheme is None or scheme in WEB_SCHEMES or re.search(r"\s", target):
        return None
    rest = target[len(scheme) + 1 :]
    return target if rest.startswith("//") or scheme in _NO_SLASHES else None


def _not_web(e: _Emitter, link: LinkRef, target: str) -> None:
    """``malformed-link`` for a code link that is not http(s); it is never fetched."""
    scheme = url_scheme(target.strip()) or "?"
    shown = target if len(target) <= _SHOWN else target[: _SHOWN - 1] + "…"
    e.add(
        Rule.MALFORMED_LINK,
        link.line,
        "code",
        f"the code link is a '{scheme}:' link, not a web address (http or https), "
        "so readers cannot open the code from it",
        actual=shown,
        suggestion="link the code's web page (https://...), or write 'none' if there is none",
    )
