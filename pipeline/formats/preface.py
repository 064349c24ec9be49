"""The list's preface: its introduction and sections such as ``News`` above its entries,
where a paper is the maintainers' own (their survey) rather than an entry. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline import arxivid
from pipeline.formats.blocks import PREFACE, SUBTITLE, Block
from pipeline.formats.runs import plain
from pipeline.model import PaperEntry

OWN_PAPERS = 3
"""At most this many papers above the first section are the list's own (its survey)."""


def preface_of(block: Block) -> str | None:
    """The part of the list's preface the block is in: its introduction (above the first
    section), or a section such as ``News`` above its entries when the block says the paper
    is the list's (``We have published a survey``); ``None`` for the list proper (an
    ``## Overview`` of other people's surveys)."""
    if block.intro:  # (a paper heading under the list's title: only when it says it is its own)
        return "" if not block.own_if_said or _SAID_OWN.search(_text(block)) else None
    if not block.ctx.preface:
        return None
    section = block.ctx.section or ""
    if not re.search(r"(?i)overview|introduction", section):
        return section  # ``## News``, ``## Citation``, ``## About``: the list's own
    return section if _OURS.search(_text(block)) else None  # an ``## Overview`` of others' surveys


def _text(block: Block) -> str:
    return plain([*block.head, *(r for d in block.details for r in d)])


_SAID_OWN = re.compile(
    r"(?i)\bthis\s+(?:repo|repository|list|project)\b|\bour\s+(?:survey|paper|review|work)\b"
)
"""What says a paper heading right under the list's title is the maintainers' own (``In
this repository, we provide ...``); not notes on a paper the list is about (``We propose``)."""


_OURS = re.compile(
    r"(?i)\b(?:our|we|us)\b|\bthis\s+(?:repo|repository|list|project)\b|\bthe\s+official\s+"
    r"(?:repo|repository)\s+(?:of|for)\s+(?:the|this|our)\s+(?:[\w-]+\s+){0,3}(?:paper|survey)\b"
    r"|\bthis\s+is\s+the\s+official\s+(?:repo|repository|implementation|code)\b"
    r"|\brelated\s+survey\b|\bcit(?:e|ation)\b"
)
"""What says a paper is the list's own: ``our``, ``this repository``, ``Welcome to the
official repository of the paper: [Title](url)`` (not ``see the official repo [X](url)``
beside another's survey), a citation."""


def own_groups(papers: Sequence[tuple[Block, PaperEntry]]) -> set[str]:
    """The preface parts (:func:`preface_of`) whose papers are the list's own: parts with
    at most :data:`OWN_PAPERS` papers, when the list has entries of its own outside them.
    Above the first section a paper counts once however often it is linked (``Our
    [paper](arxiv) is released!``, ``The updated version of our [paper](arxiv v2)``, then
    its bold title: one paper); in a ``News`` section each link counts (``Added [X](url)``
    three times, and once more for its new version: a section of the list)."""
    named: dict[str, list[str]] = {}
    listed = False
    for block, entry in papers:
        key = preface_of(block)
        listed = listed or key is None
        if key is not None:
            named.setdefault(key, []).append(_paper_key(entry) if key == "" else str(entry.line))
    return {key for key, found in named.items() if listed and len(set(found)) <= OWN_PAPERS}


def _paper_key(entry: PaperEntry) -> str:
    url = entry.paper.url if entry.paper else ""
    return (arxivid.paper_key(url) if url else None) or f"line {entry.line}"


def preface_heading(text: str, listed: bool) -> bool:
    """A heading of the list's preface (:data:`PREFACE`) before its entries (``listed``
    false), or one that says how to cite the list wherever it stands (``## Citation`` at
    the end holds the maintainers' review, not an entry)."""
    m = PREFACE.match(text)
    return m is not None and (
        not listed or re.search(r"(?i)\bcit(?:e|ations?)\b", text) is not None
    )


_OWN_SURVEY = re.compile(
    r"(?i)^(?:[\w-]+\s+){0,3}?(?<!\bunder\s)(?<!\bwe\s)(?<!\bpeer\s)(?<!\bcode\s)(?:survey|review)\b"
    r"(?!s|\s*(?:papers?\b|and\b|&|/|,))|(?::\s*|\b(?:an?|the)\s+)(?:[\w-]+\s+){0,3}?(?:survey|review)\b(?!s)"
)
"""``A Survey on ...``, ``An Integrated Survey of ...``, ``...: A Comprehensive Review``: the
title of one survey; not a section of them (``Surveys``, ``Survey Papers on X``, ``Survey
and Review Papers``) nor words about reviewing (``Papers we review``, ``Under Review``)."""


def intro_heading(text: str) -> bool:
    """A heading under which the list's introduction goes on: its subtitle (``### A curated
    reading list``) or the title of the survey the list accompanies (``## A Survey on
    Vision-Language-Action Models for Embodied AI`` over the survey's arXiv badge)."""
    own = len(text.split()) >= 4 and _OWN_SURVEY.search(text) is not None
    return own or SUBTITLE.match(text) is not None


def survey_heading(text: str, level: int) -> bool:
    """A heading that links the list's own survey, before any entry: ``## [Title: A
    Survey](arxiv)`` right under the list's title, or a deeper one that says it is the
    list's (``#### This is a repository with our survey paper: [...](arxiv)``); not ``###
    [A Survey on X](arxiv)`` over the papers it groups (a heading of the list)."""
    return intro_heading(text) and (level <= 2 or _OURS.search(text) is not None)
