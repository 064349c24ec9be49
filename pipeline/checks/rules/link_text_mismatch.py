"""``link-text-mismatch``: a link's visible text names another target than it opens."""

from __future__ import annotations

import re
from urllib.parse import unquote

from pipeline import arxivid
from pipeline.arxivid import ArxivRef
from pipeline.checks.context import (
    Emitter,
    paper_sameness,
    record_of,
    short,
    text_ref,
    unverified_reason,
)
from pipeline.checks.facts import Facts
from pipeline.checks.spec import Check, Field, RuleSpec
from pipeline.model import ArxivRecord, LinkRef, Rule, Severity
from pipeline.urls import canon_url, is_doi_url, is_repository_url, redirect_target

_FULLWIDTH_CLOSE = "）】」。，、；"


def _same_url(text: str, url: str) -> bool:
    """The text spells the target: alike after percent-decoding, and without full-width
    punctuation that a bare URL ran into (a full-width closing parenthesis); ``www.x.com``
    spells ``http://www.x.com`` (the address GitHub links it to); the text may spell the
    address itself or the one a mail guard, a search redirect or a proxy wraps."""
    text = unquote(text).rstrip(_FULLWIDTH_CLOSE)
    text = f"http://{text}" if text[:4].lower() == "www." else text  # a bare ``www.x.com``
    wrapped = redirect_target(url)  # ``urldefense.com/v3/__https://doi.org/…__;…``
    return any(canon_url(text) == canon_url(unquote(u)) for u in (url, wrapped) if u)


def _names(link: LinkRef, f: Facts) -> tuple[str, str, ArxivRef | None, ArxivRef | None] | None:
    """What the text and the target name, or ``None`` when they agree (or the text is prose)."""
    assert link.url is not None
    t_ref = text_ref(link, f.ctx.today)
    looks_like_url = bool(re.match(r"^(https?://|www\.)", link.text, re.IGNORECASE))
    if t_ref is None and not looks_like_url:
        return None  # ordinary link text ("paper", "code", a title)
    u_ref = arxivid.find(link.url, f.ctx.today)
    if t_ref and u_ref:
        if t_ref.base_id == u_ref.base_id:
            return None
        return f"arXiv:{t_ref.base_id}", f"arXiv:{u_ref.base_id}", t_ref, u_ref
    if (looks_like_url and _same_url(link.text, link.url)) or (
        looks_like_url
        and u_ref
        and (t := arxivid.from_url(link.text))
        and t.base_id == u_ref.base_id
    ):
        return None
    if looks_like_url and not (t_ref or u_ref) and _doi_one_side(link.text, link.url):
        return None  # ``[https://doi.org/10.1016/...](publisher page)``: the DOI leads there
    return link.text, link.url, t_ref, u_ref


def _doi_one_side(text: str, url: str) -> bool:
    """One side is a DOI's address and the other a page that names no DOI and is no code
    host's: the DOI may resolve to that publisher's page, which cannot be told apart from
    another without asking doi.org (a DOI over a GitHub page, or over an address holding
    another DOI, is still a mismatch)."""
    doi, page = (text, url) if is_doi_url(text) else (url, text)
    if not is_doi_url(doi) or is_doi_url(page):
        return False
    return "/10." not in page and not is_repository_url(page)


def _check(e: Emitter, f: Facts, link: LinkRef | None, field_name: str) -> None:
    if link is None or not link.url or not link.text or link.text == link.url:
        return
    names = _names(link, f)
    if names is None:
        return
    text_name, url_name, t_ref, u_ref = names
    head = f"the link text names {text_name} but the link opens {url_name}"
    text_rec, url_rec = record_of(f.ctx, t_ref), record_of(f.ctx, u_ref)
    text_is, url_is = paper_sameness(f.entry, text_rec), paper_sameness(f.entry, url_rec)
    fix_text = f"[{link.url}]({link.url})"
    fix = None
    if url_is:
        if t_ref and u_ref and link.text.startswith("arXiv:") and t_ref.raw not in link.url:
            fix = (t_ref.base_id, u_ref.base_id)  # a badge naming another ID: fix the badge
        else:
            fix = (f"[{link.text}]({link.url})", fix_text)
        other = f" ('{short(text_rec.title)}')" if isinstance(text_rec, ArxivRecord) else ""
        message = f"{head}; the target is this entry's paper, the text names another paper{other}"
        suggestion = f"make the text match the target: {fix_text}"
    elif text_is:
        other = f" ('{short(url_rec.title)}')" if isinstance(url_rec, ArxivRecord) else ""
        message = (
            f"{head}; the text names this entry's paper, the target opens another paper{other}"
        )
        target = t_ref.abs_url if t_ref else link.text
        suggestion = f"point the link at the paper its text names: [{target}]({target})"
    elif url_is is False and text_is is False:
        message = f"{head}; neither is this entry's paper according to arXiv"
        suggestion = "find the entry's paper and use its link as both text and target"
    elif field_name == "paper" and (t_ref or u_ref):
        reason = unverified_reason(
            f.ctx, url_rec if not isinstance(url_rec, ArxivRecord) else text_rec
        )
        message = f"{head}; which of the two is this entry's paper could not be checked ({reason})"
        suggestion = "use the entry's paper link as both text and target"
    else:
        message = head
        suggestion = f"make the text match the target: {fix_text}, or fix the target"
    e.add(
        link.line,
        field_name,
        message,
        fix=fix,
        expected=link.url,
        actual=link.text,
        suggestion=suggestion,
    )


def paper(e: Emitter, f: Facts) -> None:
    """The paper link."""
    _check(e, f, f.entry.paper, "paper")


def code(e: Emitter, f: Facts) -> None:
    """The code link."""
    _check(e, f, f.entry.code, "code")


RULE = RuleSpec(
    Rule.LINK_TEXT_MISMATCH,
    Severity.ERROR,
    help="a link's visible text is a URL or arXiv ID that differs from where it goes",
    fires_when="a link's visible text is a URL or arXiv ID that differs from its target (not "
    "a DOI's address over a page it may resolve to); the message says which of the two is "
    "the entry's paper",
    checks=(Check(Field.PAPER, paper), Check(Field.CODE, code)),
)
