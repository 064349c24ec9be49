"""One list item that cites several papers, one per line (``- `Malware Detection` <br>``
then ``[1] [Title](doi) [ACM Computing Surveys 2017] <br>`` and ``[2] [Title](doi) ...``,
lazy lines of the item): each numbered line is an entry of its own. So is each line of an
item written only of lines that open with a linked title of another paper. Pure."""

from __future__ import annotations

import re
from itertools import pairwise

from pipeline import arxivid
from pipeline.formats.contextfacts import context_facts
from pipeline.formats.links import link_role
from pipeline.formats.neighbours import title_words
from pipeline.formats.piped import QUOTED_END, TOOL_PAGES, linked_title, venue_dated
from pipeline.formats.runs import Run, lines_of, plain

_NUMBER = re.compile(r"\s*(?:\[\d{1,4}\]|\d{1,4}[.)])\s*$")
"""A citation's number before its link: ``[1]``, ``2.``, ``3)``."""


def line_papers(runs: list[Run]) -> list[list[Run]] | None:
    """The lines of ``runs`` that each open with a number and a paper link titled with
    three words or more; ``None`` unless two lines or more do, each of another paper."""
    lines = [line for line in lines_of(runs) if plain(line).strip()]
    cited = [line for line in lines if _numbered_paper(line)]
    if len(cited) < 2:
        return _unnumbered(lines) or quoted_papers(runs) or dated_papers(runs)
    urls = {next(r.url for r in line if r.kind == "link") for line in cited}
    if len(urls) < len(cited):
        return None
    others = [line for line in lines if line not in cited]
    titles = [title_words(next(r.text for r in line if r.kind == "link")) for line in cited]
    return None if any(_own_paper(line, titles) for line in others) else cited


def _unnumbered(lines: list[list[Run]]) -> list[list[Run]] | None:
    """Every line of an item opens with an arXiv link titled with three words or more (a
    lazy line ``[Title B](b)`` under ``- [Title A](a)``): one piece per paper, a line of
    an arXiv ID already linked above (its PDF, a later version) joined to that paper's;
    ``None`` when any line does not open so, or all lines are of one paper. Titles alone
    never make two IDs one paper (``Generative Adversarial Networks`` and ``… StyleGAN``)."""
    if len(lines) < 2 or not all(_numbered_paper(line, lead="") for line in lines):
        return None
    links = [next(r for r in line if r.kind == "link") for line in lines]
    ids = [arxivid.from_url(r.url) for r in links]
    if not all(ids) or len({r.url for r in links}) < len(links):
        return None  # ``[Conference version at ICLR 2018](openreview)``: the paper's label
    papers: dict[str, list[Run]] = {}
    for line, got in zip(lines, ids, strict=True):
        if (paper := papers.get(got.base_id)) is not None:
            paper += [Run("break", "\n", line[0].line), *line]
        else:
            papers[got.base_id] = list(line)
    return list(papers.values()) if len(papers) > 1 else None


def _own_paper(line: list[Run], titles: list[frozenset[str]]) -> bool:
    """A line of the item's own that makes it a paper (its paper or code link, a bold title
    with its venue or year, or one the numbered titles repeat): the numbered lines are then
    its versions or follow-ups."""
    if any(r.kind == "link" and link_role(r) in ("paper", "code") for r in line):
        return True
    bold = [
        title_words(r.text)
        for r in line
        if r.kind == "text" and r.bold and len(r.text.split()) >= 3
    ]
    pairs = titles[:_PAIRED]  # (each pair of the first few: bounded work)
    versions = all(_restates(t, u) for t in pairs for u in pairs)
    said = versions and any(all(len(b & t) * 2 >= len(b) for t in titles) for b in bold)
    return bool(bold) and (said or context_facts(plain(line))[0] is not None)


_PAIRED = 24
"""Numbered titles compared pairwise at most (versions of one paper are a handful)."""


def _restates(t: frozenset[str], u: frozenset[str]) -> bool:
    """Two titles' words overlap so much that they name one paper (its versions)."""
    return len(t & u) * 5 >= len(t | u) * 2


def _numbered_paper(line: list[Run], lead: str | None = None) -> bool:
    """A line that opens with its number (or exactly ``lead``) and a paper link titled with
    three words or more."""
    at = next((k for k, r in enumerate(line) if r.kind != "text"), None)
    if at is None or line[at].kind != "link" or link_role(line[at]) != "paper":
        return False
    before = "".join(r.text for r in line[:at])
    opens = _NUMBER.fullmatch(before) is not None if lead is None else before.strip() == lead
    return opens and linked_title(line[at].text, 3) is not None


def quoted_papers(runs: list[Run]) -> list[list[Run]] | None:
    """``[SNN_Calibration](repo) : ... "Title A". (**[ICML 2021](a)**). "Title B". (**[arXiv
    2022](b)**)``: a tool's item naming two papers or more, each by a quoted title before
    its venue's link: one piece per paper, each after the tool's link; else ``None``."""
    papers = [i for i, r in enumerate(runs) if r.kind == "link" and link_role(r) == "paper"]
    tool = next((r for r in runs if r.kind == "link"), None)
    if len(papers) < 2 or tool is None or link_role(tool) not in TOOL_PAGES:
        return None
    for i in papers:
        before = runs[i - 1] if runs[i - 1].kind == "text" else None
        if before is None or not QUOTED_END.search(before.text[-400:]):
            return None
        if not venue_dated(runs[i]):
            return None
    starts = [0, *(i + 1 for i in papers[:-1])]
    pieces = [runs[a : b + 1] for a, b in zip(starts, papers, strict=True)]
    pieces[-1] = [*pieces[-1], *runs[papers[-1] + 1 :]]
    lead = Run("text", " : ", tool.line)
    return [pieces[0], *([tool, lead, *p] for p in pieces[1:])]


_YEAR = r"(?:\((?:19|20)\d\d[a-z]?\)|,\s*(?:19|20)\d\d[a-z]?\b)"
_DATED_JOIN = re.compile(
    r"\s*(?:\((?:19|20)\d\d[a-z]?\)\s*(?:,\s*(?:and\b\s*)?|and\b\s*|&\s*)"
    r"|,\s*(?:19|20)\d\d[a-z]?\s*;\s*)(?:the\b\s*)?",
    re.I,
)
"""``(1981) and The``, ``, 1990; ``: a paper's year (in brackets, or after a comma before a
semicolon) and the join to the next linked title."""
_DATED_END = re.compile(rf"\s*{_YEAR}")
_NAME_LEAD = re.compile(r"\s*[^\s:]+(?:\s[^\s:]+){0,2}:\s*")
"""A dataset's or a method's name before the papers (``GeoQuery: ``)."""


def dated_papers(runs: list[Run]) -> list[list[Run]] | None:
    """``[Title A](a) (2003) and [Title B](b) (2006): ...``, ``GeoQuery: [Title A](a), 1996;
    [Title B](b), 2003``: papers joined in one item, each a linked title of two words or more
    with its year: one piece per paper (the words after the last one stay with it, a name
    before the first leads each); else ``None``."""
    at = [i for i, r in enumerate(runs) if r.kind == "link"]
    if len(at) < 2 or not all(_titled(runs[i]) for i in at):
        return None
    lead = plain(runs[: at[0]])
    if (lead.strip() and not _NAME_LEAD.fullmatch(lead)) or len({runs[i].url for i in at}) < len(at):  # fmt: skip
        return None
    gaps = [plain(runs[a + 1 : b]) for a, b in pairwise(at)]
    if not all(_DATED_JOIN.fullmatch(g) for g in gaps) or not _DATED_END.match(
        plain(runs[at[-1] + 1 :])
    ):
        return None
    named = runs[: at[0]]
    pieces = [
        [*named, runs[i], Run("text", _DATED_END.match(g)[0], runs[i].line)]
        for i, g in zip(at, gaps, strict=False)
    ]
    return [*pieces, [*named, *runs[at[-1] :]]]


def _titled(r: Run) -> bool:
    """A paper link titled in two words or more from a capital (``[the TOCS journal version]``,
    ``[its follow-up …]`` name the paper before them again, and ``[Extended journal
    version]``, ``[Slides From The Talk]`` name its other material)."""
    text = r.text.strip()
    if len(text.split()) <= 5 and _MATERIAL.match(text) is not None:
        return False
    return link_role(r) == "paper" and len(text.split()) >= 2 and not text[:1].islower()


_MATERIAL = re.compile(
    r"(?i)^[^:]*\b(?:version|slides?|talk|video|poster|supplement\w*|appendix|errata|preprint|"
    r"pdf|code|blog)(?:\s+(?:of|from|at|for|on)\b.*)?\W*$"
)
"""A link's text whose head word names the paper's other material (``Extended journal version``,
``Slides From The Talk``; not ``Video Swin Transformer``, ``Code Llama: ...``), short."""
