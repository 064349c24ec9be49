"""Code-link rules: broken, moved, archived, not a repository, unverified."""

from __future__ import annotations

from pipeline.checks.context import _Emitter
from pipeline.model import (
    TRANSIENT_STATUSES,
    LinkStatus,
    Rule,
)
from pipeline.urls import is_http_url, is_repository_url


def _code_rules(e: _Emitter) -> None:
    entry, ctx = e.entry, e.ctx
    link = entry.code
    if link is None or not link.url:
        return
    url = link.url
    if not is_http_url(url):
        return
    if any(p.search(url) for p in ctx.ignore_urls):
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
        e.add(
            Rule.CODE_LINK_MOVED,
            link.line,
            "code",
            f"the code link moved permanently: {check.message}",
            fix=(url, check.final_url),
            expected=check.final_url,
            actual=url,
            suggestion=f"link {check.final_url}",
        )
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
