"""The context a list's headings give what stands under them: its section, its years and
venues, and whether it is a preface or a section of tools. Pure."""

from __future__ import annotations

from dataclasses import replace

from pipeline.formats import sections as S
from pipeline.formats.blocks import Context
from pipeline.formats.headyear import TAIL
from pipeline.formats.preface import preface_heading


def heading_context(headings: list[tuple[int, str]], listed: bool) -> Context:
    """What ``headings`` (the last one's section, the others above it) say of what is under."""
    if not headings:
        return Context()
    level, text = headings[-1]
    preface = level <= 4 and preface_heading(text, listed)
    ctx = Context(section=text, preface=preface, tools=S.under_tools(headings))
    for _, tx in headings:
        ctx = ctx.with_heading(tx)
    return ctx


def title_context(ctx: Context, parents: list[tuple[int, str]], listed: bool) -> Context:
    """The context of an entry a heading titles (``### 17. UniDexGrasp (2023)``): what the
    list said before it (``> CVPR 2018`` over it too), but its parents' section and no year
    or venue of a heading beside it (a paper heading before it is no section of its own)."""
    parent = heading_context(parents, listed)
    texts = {text.strip() for _, text in parents}
    out = replace(ctx, section=parent.section)
    if _beside(ctx.year_ev, texts):
        out = replace(out, year=parent.year, year_ev=parent.year_ev)
    if _beside(ctx.venue_ev, texts):
        out = replace(out, venue=parent.venue, venue_ev=parent.venue_ev)
    return out


def _beside(ev: str | None, parents: set[str]) -> bool:
    """``ev`` (``heading 'X'``) names a heading that is none of ``parents``."""
    if not ev or not ev.startswith(("heading '", TAIL)):
        return False
    return ev[ev.index("'") + 1 : -1] not in parents
