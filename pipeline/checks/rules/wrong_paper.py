"""``wrong-paper``: the linked arXiv paper is another paper than the entry's title.

The suggestion, in order: the paper the link text names when that one is the entry's;
the ID an arXiv title search finds unambiguously; the search's candidates.
"""

from __future__ import annotations

from pipeline.checks.context import Emitter, paper_sameness, record_of, short, text_ref
from pipeline.checks.facts import Facts, Need
from pipeline.checks.search import proposal, retarget
from pipeline.checks.spec import Check, Field, RuleSpec
from pipeline.model import ArxivRecord, Rule, Severity


def check(e: Emitter, f: Facts) -> None:
    """The other paper's title, and the link that is the entry's paper when known."""
    entry, ctx, ref, got = f.entry, f.ctx, f.ref, f.record
    paper = entry.paper
    assert paper is not None and ref is not None and isinstance(got, ArxivRecord)
    t_ref = text_ref(paper, ctx.today)
    t_rec = record_of(ctx, t_ref)
    text, match = proposal(entry, ctx, exclude=ref.base_id)
    suggestion = text or "find this entry's paper on arXiv and link it"
    new_id = match.arxiv_id if match else None
    if t_ref and paper_sameness(entry, t_rec):
        suggestion = f"link {t_ref.abs_url} (the paper the link text names)"
        new_id = t_ref.base_id
    fix = (paper.url, retarget(paper.url, ref, new_id)) if new_id and paper.url else None
    e.add(
        paper.line,
        "paper",
        f"arXiv:{ref.base_id} is a different paper: '{short(got.title)}'",
        fix=fix,
        expected=entry.title,
        actual=got.title,
        suggestion=suggestion,
    )


RULE = RuleSpec(
    Rule.WRONG_PAPER,
    Severity.ERROR,
    help="the linked arXiv paper is a different paper from the entry's title",
    fires_when="the linked arXiv paper is a different paper from the entry's title; "
    "suggests the ID the link text names when that one is the entry's paper, else the ID "
    "an arXiv title search finds unambiguously, else the candidates",
    checks=(Check(Field.PAPER, check, needs=(Need.RECORD, Need.OTHER_PAPER)),),
)
