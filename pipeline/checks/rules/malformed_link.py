"""``malformed-link``: a link target that is not a usable web address.

Either broken Markdown (``[x]([url](url))``) anywhere in the entry, or a code link with a
scheme other than http(s) (``ftp:``, ``mailto:``...), which is never fetched.
"""

from __future__ import annotations

from pipeline import arxivid
from pipeline.checks.context import Emitter
from pipeline.checks.facts import Facts, Need
from pipeline.checks.spec import Check, Field, RuleSpec
from pipeline.model import Rule, Severity
from pipeline.urls import scheme_fixed, url_scheme

_SHOWN = 200


def not_web(e: Emitter, f: Facts) -> None:
    """A code link that is not http(s)."""
    assert f.entry.code is not None and f.code_target is not None
    target = f.code_target
    scheme = url_scheme(target.strip()) or "?"
    shown = target if len(target) <= _SHOWN else target[: _SHOWN - 1] + "…"
    e.add(
        f.entry.code.line,
        "code",
        f"the code link is a '{scheme}:' link, not a web address (http or https), "
        "so readers cannot open the code from it",
        actual=shown,
        suggestion="link the code's web page (https://...), or write 'none' if there is none",
    )


def unserved_arxiv(e: Emitter, f: Facts) -> None:
    """An arXiv link in a form arXiv does not serve (``/paper/ID.paper``)."""
    paper = f.entry.paper
    if paper is None or not paper.url or not arxivid.unserved(paper.url) or f.ref is None:
        return
    e.add(
        paper.line,
        "paper",
        f"the arXiv link {paper.url[:_SHOWN]} is not a page arXiv serves, so readers get an "
        f"error page; the ID in it is {f.ref.base_id}",
        actual=paper.url[:_SHOWN],
        expected=f.ref.abs_url,
        suggestion=f"link {f.ref.abs_url}",
    )


def broken_markdown(e: Emitter, f: Facts) -> None:
    """Links whose target is itself broken Markdown, or a web address with a mistyped
    scheme (``hhttps://``, ``https//``)."""
    for link in f.entry.malformed:
        target = link.url or ""
        fixed = scheme_fixed(target)
        what = "a mistyped web address" if fixed else "broken Markdown"
        e.add(
            link.line,
            "link",
            f"the link '{link.text}' does not work: its target is {what} ({target[:80]})",
            actual=target,
            expected=fixed,
            suggestion=f"link {fixed}"
            if fixed
            else "write the link as [text](https://...) with a single URL as target",
        )


RULE = RuleSpec(
    Rule.MALFORMED_LINK,
    Severity.WARNING,
    help="a link's target is not a usable web address (broken Markdown, or not http/https)",
    fires_when="a link's target is not a usable web address: broken Markdown "
    "(`[![arXiv](badge)]([url](url))`), a mistyped scheme (`hhttps://`, `https//`), a code link that is not http(s) "
    "(`ftp:`, `file:`, `mailto:`, `javascript:`, `data:`…; never fetched), or an arXiv "
    "link in a form arXiv does not serve (`arxiv.org/paper/ID.paper`; the ID is still read)",
    checks=(
        Check(Field.CODE, not_web, needs=(Need.CODE_NOT_WEB,)),
        Check(Field.PAPER, unserved_arxiv),
        Check(Field.LINKS, broken_markdown),
    ),
)
