"""One list item that cites several papers, one per line (``- `Malware Detection` <br>``
then ``[1] [Title](doi) [ACM Computing Surveys 2017] <br>`` and ``[2] [Title](doi) ...``,
lazy lines of the item): each numbered line is an entry of its own. So is each line of an
item written only of lines that open with a linked title of another paper. Pure."""

from __future__ import annotations

import re

from pipeline import arxivid
from pipeline.formats.dates import context_facts
from pipeline.formats.links import link_role
from pipeline.formats.piped import linked_title
from pipeline.formats.runs import Run, lines_of, plain

_NUMBER = re.compile(r"\s*(?:\[\d{1,4}\]|\d{1,4}[.)])\s*$")
"""A citation's number before its link: ``[1]``, ``2.``, ``3)``."""


def line_papers(runs: list[Run]) -> list[list[Run]] | None:
    """The lines of ``runs`` that each open with a number and a paper link titled with
    three words or more; ``None`` unless two lines or more do, each of another paper."""
    lines = [line for line in lines_of(runs) if plain(line).strip()]
    cited = [line for line in lines if _numbered_paper(line)]
    if len(cited) < 2:
        return _unnumbered(lines)
    urls = {next(r.url for r in line if r.kind == "link") for line in cited}
    if len(urls) < len(cited):
        return None
    others = [line for line in lines if line not in cited]
    titles = [_words(next(r.text for r in line if r.kind == "link")) for line in cited]
    return None if any(_own_paper(line, titles) for line in others) else cited


def _unnumbered(lines: list[list[Run]]) -> list[list[Run]] | None:
    """Every line of an item opens with an arXiv link titled with three words or more (a
    lazy line ``[Title B](b)`` under ``- [Title A](a)``): one piece per paper, a line that
    restates the paper above it (its version) joined to it; ``None`` when any line does
    not open so, or all lines are of one paper."""
    if len(lines) < 2 or not all(_numbered_paper(line, lead="") for line in lines):
        return None
    links = [next(r for r in line if r.kind == "link") for line in lines]
    ids = [arxivid.from_url(r.url) for r in links]
    if not all(ids) or len({r.url for r in links}) < len(links):
        return None  # ``[Conference version at ICLR 2018](openreview)``: the paper's label
    groups: list[list[Run]] = []
    head: tuple[str, set[str]] = ("", set())
    for line, link, got in zip(lines, links, ids, strict=True):
        words = _words(link.text)
        if groups and _version(head, (got.base_id, words)):  # (the paper above's only: linear)
            groups[-1] += [Run("break", "\n", line[0].line), *line]
        else:
            groups.append(list(line))
            head = (got.base_id, words)
    return groups if len(groups) > 1 else None


def _version(head: tuple[str, set[str]], line: tuple[str, set[str]]) -> bool:
    """A line that is the paper above's version: its arXiv ID (``abs`` then ``pdf``), or
    another ID whose title holds every word of the other's (``Title`` and ``Title,
    extended``; not ``Graph ... for Text Classification`` and ``Simplifying Graph ...``)."""
    (a, t), (b, u) = head, line
    return a == b or (len(t & u) >= 3 and (t <= u or u <= t))


def _own_paper(line: list[Run], titles: list[set[str]]) -> bool:
    """A line of the item's own that makes it a paper (its paper or code link, a bold title
    with its venue or year, or one the numbered titles repeat): the numbered lines are then
    its versions or follow-ups."""
    if any(r.kind == "link" and link_role(r) in ("paper", "code") for r in line):
        return True
    bold = [
        _words(r.text) for r in line if r.kind == "text" and r.bold and len(r.text.split()) >= 3
    ]
    versions = all(_restates(t, titles[0]) for t in titles)  # (each the first's: linear)
    said = versions and any(all(len(b & t) * 2 >= len(b) for t in titles) for b in bold)
    return bool(bold) and (said or context_facts(plain(line))[0] is not None)


def _restates(t: set[str], u: set[str]) -> bool:
    """Two titles' words overlap so much that they name one paper (its versions)."""
    return len(t & u) * 5 >= len(t | u) * 2


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2}


def _numbered_paper(line: list[Run], lead: str | None = None) -> bool:
    """A line that opens with its number (or exactly ``lead``) and a paper link titled with
    three words or more."""
    at = next((k for k, r in enumerate(line) if r.kind != "text"), None)
    if at is None or line[at].kind != "link" or link_role(line[at]) != "paper":
        return False
    before = "".join(r.text for r in line[:at])
    opens = _NUMBER.fullmatch(before) is not None if lead is None else before.strip() == lead
    return opens and linked_title(line[at].text, 3) is not None
