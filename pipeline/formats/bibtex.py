"""A BibTeX entry fenced under the paper it cites (``@inproceedings{...}``): its year and
title as detail lines of that paper's block, so ``Year = {2019}`` dates it and ``Title =
{...}`` names it when the link above is a description (``[A multivariate forecasting
model](arxiv)``). Pure."""

from __future__ import annotations

import re

from pipeline.formats.runs import Run

BIB_TITLE = "BibTeX title: "
"""The detail line a BibTeX title becomes (read back by :func:`bibtex_title`)."""

_ENTRY = re.compile(r"@\w+\s*\{")
_FIELD = re.compile(r"(?im)^[ \t]*(year|title)[ \t]*=[ \t]*(\S[^\n]{0,400}?)[ \t]*,?[ \t]*$")
_ACCENT = re.compile(r"\\[`'\"^~=.]\{?([A-Za-z])\}?|\\[a-z]+\{([^{}]*)\}")
"""A LaTeX accent or command around a letter or words (``B\\'{e}zenac``, ``\\emph{x}``)."""


def bibtex_details(content: str, line: int) -> list[list[Run]]:
    """The ``year:`` and :data:`BIB_TITLE` detail lines of the first BibTeX entry in a
    fenced block's ``content`` (its line ``line``); none when it holds no entry."""
    m = _ENTRY.search(content[:400])
    if m is None:
        return []
    body = content[m.end() : m.end() + 4000]
    following = _ENTRY.search(body)  # the first entry only
    body = body[: following.start()] if following else body
    out = []
    for f in _FIELD.finditer(body):
        key, value = f[1].lower(), _value(f[2])
        if key == "year" and value and re.fullmatch(r"(?:19|20)\d\d", value):
            out.append([Run("text", f"year: {value}", line)])
        elif key == "title" and value and len(value.split()) >= 2:
            out.append([Run("text", BIB_TITLE + value, line)])
    return out


def _value(raw: str) -> str | None:
    """A field's value without its delimiters and inner braces, or ``None`` when it does
    not close on its line (a title written over several lines)."""
    raw = raw.strip()
    if (raw[:1] == "{" and raw.endswith("}")) or (raw[:1] == '"' and raw.endswith('"')):
        raw = raw[1:-1]
    elif not re.fullmatch(r"\d{4}", raw):
        return None
    if raw.count("{") != raw.count("}"):
        return None
    raw = _ACCENT.sub(lambda m: m[1] or m[2], raw)
    return " ".join(raw.replace("{", "").replace("}", "").split()) or None


def bibtex_title(details: list[list[Run]]) -> str | None:
    """The BibTeX title among a block's detail lines, else ``None``."""
    for d in details:
        if len(d) == 1 and d[0].text.startswith(BIB_TITLE):
            return d[0].text[len(BIB_TITLE) :]
    return None
