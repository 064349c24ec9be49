"""Rules on the arXiv paper a link opens: malformed, not found, wrong paper, title, year."""

from __future__ import annotations

from pipeline import titles
from pipeline.arxivid import ArxivRef
from pipeline.checks.context import _Emitter, _record, _short, _unverified_reason, text_ref
from pipeline.checks.entry import _paper_sameness
from pipeline.checks.search import _proposal, _proposal_text, earlier_title, retarget
from pipeline.checks.topic import _topic_rule
from pipeline.checks.venues import _venue_rules
from pipeline.checks.year import _year_rule
from pipeline.model import (
    ArxivMiss,
    ArxivRecord,
    MissReason,
    Rule,
)


def _arxiv_rules(e: _Emitter, ref: ArxivRef | None) -> None:
    entry, ctx = e.entry, e.ctx
    paper = entry.paper
    if ref is None or paper is None:
        return
    if not ref.valid:
        e.add(
            Rule.MALFORMED_ARXIV_ID,
            paper.line,
            "paper",
            f"the arXiv link holds an identifier that cannot exist: {ref.problem}",
            actual=ref.raw,
            suggestion="copy the identifier again from the paper's arXiv page",
        )
        return
    got = ctx.records.get(ref.base_id)
    if isinstance(got, ArxivMiss) and got.reason is MissReason.NOT_FOUND:
        e.add(
            Rule.ARXIV_NOT_FOUND,
            paper.line,
            "paper",
            f"arXiv does not know {ref.base_id} ({got.detail})",
            actual=ref.base_id,
            suggestion=_proposal_text(entry, ctx)
            or "check the identifier on the paper's arXiv page",
        )
        return
    if not isinstance(got, ArxivRecord):
        e.add(
            Rule.UNVERIFIED,
            paper.line,
            "paper",
            f"arXiv:{ref.base_id} not verified (paper identity, title, year): "
            f"{_unverified_reason(ctx, got)}",
            actual=ref.base_id,
        )
        _year_rule(e, ref, None)
        return
    if entry.title:
        cmp = titles.compare_entry(entry.title, entry.short_name, got.title)
        if cmp.verdict is titles.Verdict.UNCERTAIN and titles.is_name_only(entry.title):
            _year_rule(e, ref, got)  # a bare name says too little to question the link
            _venue_rules(e, got)
            _topic_rule(e, ref, got)
            return
        earlier = (
            earlier_title(entry, ctx, got.arxiv_id)
            if cmp.verdict is not titles.Verdict.SAME
            else None
        )
        if earlier is None and cmp.verdict is titles.Verdict.DIFFERENT:
            if got.version > 1 and got.arxiv_id not in ctx.older_titles:
                # NOTE: the source leaves out an ID whose earlier titles it could not read;
                # the entry may cite one of them (retitled, not wrong).
                e.add(
                    Rule.UNVERIFIED,
                    paper.line,
                    "paper",
                    f"arXiv:{ref.base_id} not verified (paper identity): its title is not "
                    "the entry's and the titles of its earlier versions could not be read",
                    actual=ref.base_id,
                )
                return
            t_ref = text_ref(paper, ctx.today)
            t_rec = _record(ctx, t_ref)
            text, match = _proposal(entry, ctx, exclude=ref.base_id)
            suggestion = text or "find this entry's paper on arXiv and link it"
            new_id = match.arxiv_id if match else None
            if t_ref and _paper_sameness(entry, t_rec):
                suggestion = f"link {t_ref.abs_url} (the paper the link text names)"
                new_id = t_ref.base_id
            fix = (paper.url, retarget(paper.url, ref, new_id)) if new_id and paper.url else None
            e.add(
                Rule.WRONG_PAPER,
                paper.line,
                "paper",
                f"arXiv:{ref.base_id} is a different paper: '{_short(got.title)}'",
                fix=fix,
                expected=entry.title,
                actual=got.title,
                suggestion=suggestion,
            )
            return  # year and title of another paper say nothing about this entry
        elif cmp.verdict is not titles.Verdict.SAME:
            if earlier is not None:
                message = f"the title is that of arXiv v{earlier[0]}; the paper was retitled by v{got.version}"
            elif cmp.verdict is titles.Verdict.REWORDED:
                message = f"the title is worded differently from arXiv's title for {ref.base_id} (v{got.version})"
            else:
                message = (
                    f"the title differs substantially from arXiv's title for {ref.base_id} "
                    f"(v{got.version}); check the link opens this entry's paper"
                )
            e.add(
                Rule.TITLE_DIFFERS,
                entry.line,
                "title",
                message,
                expected=got.title,
                actual=entry.title,
                suggestion=f"use arXiv's current title: {got.title}",
            )
    _year_rule(e, ref, got)
    _venue_rules(e, got)
    _topic_rule(e, ref, got)
