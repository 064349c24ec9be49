"""A BibTeX entry fenced under the paper it cites (``@inproceedings{...}``): its year and
title as detail lines of that paper's block, so ``Year = {2019}`` dates it and ``Title =
{...}`` names it when the link above is a description (``[A multivariate forecasting
model](arxiv)``). Pure."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.formats.runs import Run, plain

if TYPE_CHECKING:
    from markdown_it.token import Token

    from pipeline.formats.blocks import Block

BIB_TITLE = "BibTeX title: "
"""The detail line a BibTeX title becomes (read back by :func:`bibtex_title`)."""

_ENTRY = re.compile(r"@\w+\s*\{")
_YEAR = re.compile(r"(?i)(?<![\w-])year\s*=\s*[{\"]?\s*((?:19|20)\d\d)(?!\d)")
_TITLE = re.compile(r"(?i)(?<![\w-])title\s*=\s*(\{(?:[^{}\n]|\{[^{}\n]*\})*\}|\"[^\"\n]*\")")
"""A one-line title in braces (one level of inner braces: ``{{DeepAR}: ...}``) or quotes."""
_ACCENT = re.compile(r"\\[`'\"^~=.]\{?([A-Za-z])\}?|\\[a-z]+\{([^{}]*)\}")
"""A LaTeX accent or command around a letter or words (``B\\'{e}zenac``, ``\\emph{x}``)."""


def bibtex_details(content: str, line: int) -> list[list[Run]]:
    """The ``year:`` and :data:`BIB_TITLE` detail lines of the first BibTeX entry in a
    fenced block's ``content`` (its line ``line``); none when it holds no entry."""
    m = _ENTRY.search(content[:4000])
    if m is None:
        return []
    body = content[m.end() : m.end() + 4000]
    following = _ENTRY.search(body)  # the first entry only
    body = body[: following.start()] if following else body
    out = []
    if (year := _YEAR.search(body)) is not None:
        out.append([Run("text", f"year: {year[1]}", line)])
    title = _TITLE.search(body)
    value = _value(title[1][1:-1]) if title else None
    if value and len(value.split()) >= 2:
        out.append([Run("text", BIB_TITLE + value, line)])
    return out


def _value(raw: str) -> str | None:
    """A title without its inner braces and LaTeX commands."""
    raw = _ACCENT.sub(lambda m: m[1] or m[2], raw)
    return " ".join(raw.replace("{", "").replace("}", "").split()) or None


def bibtex_title(details: list[list[Run]]) -> str | None:
    """The BibTeX title among a block's detail lines, else ``None``."""
    for d in details:
        if len(d) == 1 and d[0].text.startswith(BIB_TITLE):
            return d[0].text[len(BIB_TITLE) :]
    return None


_CITE_US = re.compile(
    r"(?i)\bplease\s+cite\b|\bcit(?:e|ing)\s+(?:our|this)\b|\bour\s+(?:survey|paper|work)"
)


def bibtex_year(fence: Token, block: Block) -> list[list[Run]]:
    """A BibTeX entry's year and title (a fenced block under the paper it cites) as detail
    lines of that paper (:mod:`.bibtex`); none after a ``please cite our survey`` line
    (the list's own BibTeX)."""
    if block.details and _CITE_US.search(plain(block.details[-1])):
        return []
    return bibtex_details(fence.content, (fence.map[0] if fence.map else 0) + 1)
