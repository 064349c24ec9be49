"""Entry-level rules: missing fields, placeholder links, link texts naming another target."""

from __future__ import annotations

import re

from pipeline import arxivid, titles
from pipeline.arxivid import ArxivRef
from pipeline.checks.context import (
    _Emitter,
    _record,
    _short,
    _unverified_reason,
    text_ref,
)
from pipeline.checks.search import _proposal_text
from pipeline.model import (
    ArxivMiss,
    ArxivRecord,
    LinkRef,
    PaperEntry,
    Rule,
)
from pipeline.parse import is_placeholder
from pipeline.urls import canon_url

ADD_YEAR = {
    "br-fields": "add a '<br>-time:YYYY' line",
    "table": "fill in the year column of this row",
    "bullets": "add the year to the entry as the list's other entries give it (e.g. 'CVPR 2024')",
    "bold-blocks": "add the date after the bold title as the list's other entries do",
}
"""How to add a missing year, in the syntax of each layout."""


# -- entry rules -------------------------------------------------------------------
def _missing_fields(e: _Emitter, ref: ArxivRef | None) -> None:
    entry = e.entry
    layout = e.ctx.convention(entry.path).layout
    if not entry.title:
        e.add(
            Rule.MISSING_FIELD,
            entry.line,
            "title",
            "the entry has no title",
            suggestion="add the paper's title as a bold line above its fields"
            if layout == "br-fields"
            else "add the paper's title to the entry",
        )
    if entry.year is None and e.ctx.convention(entry.path).gives_years:
        if entry.year_text is not None:
            e.add(
                Rule.MISSING_FIELD,
                entry.year_line or entry.line,
                "year",
                f"the year field '{entry.year_text}' holds no year",
                actual=entry.year_text,
                suggestion="write the year of the paper, e.g. "
                + ("'-time:2024'" if layout == "br-fields" else "'2024'"),
            )
        else:
            e.add(
                Rule.MISSING_FIELD,
                entry.line,
                "year",
                "the entry has no year field",
                suggestion=ADD_YEAR.get(layout, ADD_YEAR["bullets"]),
            )
    paper = entry.paper
    has_target = paper is not None and paper.url and not is_placeholder(paper.url)
    found = _proposal_text(entry, e.ctx)
    if paper is None:
        e.add(
            Rule.MISSING_FIELD,
            entry.line,
            "paper",
            "the entry has no paper link",
            suggestion=found or "add the paper's arXiv or publisher link",
        )
    elif not has_target and ref is None:
        e.add(
            Rule.MISSING_FIELD,
            paper.line,
            "paper",
            f"the paper field holds no link ('{paper.text}')",
            actual=paper.text,
            suggestion=found or "link the paper, e.g. https://arxiv.org/abs/<id>",
        )


def _placeholder(e: _Emitter, link: LinkRef | None, field_name: str) -> None:
    if link is None or not link.url or not link.text or not is_placeholder(link.text):
        return
    e.add(
        Rule.PLACEHOLDER_LINK,
        link.line,
        field_name,
        f"the {field_name} field says '{link.text}' but links to {link.url}",
        expected=link.url,
        actual=link.text,
        suggestion=(
            f"if {link.url} is this paper's {field_name}, show it: [{link.url}]({link.url}); "
            f"otherwise remove the link"
        ),
    )


def _paper_sameness(entry: PaperEntry, got: ArxivRecord | ArxivMiss | None) -> bool | None:
    if not entry.title or not isinstance(got, ArxivRecord):
        return None
    return titles.compare_entry(entry.title, entry.short_name, got.title).same_paper


def _link_text_mismatch(e: _Emitter, link: LinkRef | None, field_name: str) -> None:
    if link is None or not link.url or not link.text or link.text == link.url:
        return
    ctx, entry = e.ctx, e.entry
    t_ref = text_ref(link, ctx.today)
    looks_like_url = bool(re.match(r"^(https?://|www\.)", link.text, re.IGNORECASE))
    if t_ref is None and not looks_like_url:
        return  # ordinary link text ("paper", "code", a title)
    u_ref = arxivid.find(link.url, ctx.today)
    if t_ref and u_ref:
        if t_ref.base_id == u_ref.base_id:
            return
        text_name, url_name = f"arXiv:{t_ref.base_id}", f"arXiv:{u_ref.base_id}"
    elif (looks_like_url and canon_url(link.text) == canon_url(link.url)) or (
        looks_like_url
        and u_ref
        and (t := arxivid.from_url(link.text))
        and t.base_id == u_ref.base_id
    ):
        return
    else:
        text_name, url_name = link.text, link.url
    head = f"the link text names {text_name} but the link opens {url_name}"
    text_rec, url_rec = _record(ctx, t_ref), _record(ctx, u_ref)
    text_is, url_is = _paper_sameness(entry, text_rec), _paper_sameness(entry, url_rec)
    fix_text = f"[{link.url}]({link.url})"
    fix = None
    if url_is:
        if t_ref and u_ref and link.text.startswith("arXiv:") and t_ref.raw not in link.url:
            fix = (t_ref.base_id, u_ref.base_id)  # a badge naming another ID: fix the badge
        else:
            fix = (f"[{link.text}]({link.url})", fix_text)
        other = f" ('{_short(text_rec.title)}')" if isinstance(text_rec, ArxivRecord) else ""
        message = f"{head}; the target is this entry's paper, the text names another paper{other}"
        suggestion = f"make the text match the target: {fix_text}"
    elif text_is:
        other = f" ('{_short(url_rec.title)}')" if isinstance(url_rec, ArxivRecord) else ""
        message = (
            f"{head}; the text names this entry's paper, the target opens another paper{other}"
        )
        target = t_ref.abs_url if t_ref else link.text
        suggestion = f"point the link at the paper its text names: [{target}]({target})"
    elif url_is is False and text_is is False:
        message = f"{head}; neither is this entry's paper according to arXiv"
        suggestion = "find the entry's paper and use its link as both text and target"
    elif field_name == "paper" and (t_ref or u_ref):
        reason = _unverified_reason(
            ctx, url_rec if not isinstance(url_rec, ArxivRecord) else text_rec
        )
        message = f"{head}; which of the two is this entry's paper could not be checked ({reason})"
        suggestion = "use the entry's paper link as both text and target"
    else:
        message = head
        suggestion = f"make the text match the target: {fix_text}, or fix the target"
    e.add(
        Rule.LINK_TEXT_MISMATCH,
        link.line,
        field_name,
        message,
        fix=fix,
        expected=link.url,
        actual=link.text,
        suggestion=suggestion,
    )


def _malformed(e: _Emitter) -> None:
    """``malformed-link``: a link whose target is broken Markdown (``[x]([url](url))``)."""
    for link in e.entry.malformed:
        target = link.url or ""
        e.add(
            Rule.MALFORMED_LINK,
            link.line,
            "link",
            f"the link '{link.text}' does not work: its target is broken Markdown ({target[:80]})",
            actual=target,
            suggestion="write the link as [text](https://...) with a single URL as target",
        )
