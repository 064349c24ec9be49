"""A paragraph of papers written one per line, split into one group of lines per paper
(:func:`paper_groups`), and the label lines that date the lines below them. Pure."""

from __future__ import annotations

import re

from pipeline.arxivid import paper_key
from pipeline.formats import fields as F
from pipeline.formats.authors import names_like, one_person, people
from pipeline.formats.blocks import has_paper, links_of
from pipeline.formats.common import year_in
from pipeline.formats.components import labelled
from pipeline.formats.neighbours import LABEL_WORDS, title_words, titled
from pipeline.formats.runs import Run, lines_of, plain


def paper_groups(runs: list[Run]) -> list[list[Run]]:
    """A paragraph split where a new titled line starts after a line with a paper link
    (several papers written one per line in one paragraph; a paper's abstract page and its
    PDF are one paper)."""
    lines = lines_of(runs)
    targets = {paper_key(r.url) for r in links_of(runs) if F.link_role(r) == "paper"}
    groups: list[list[Run]] = []
    papered = False  # the last group links a paper (kept per line: a 10 MB paragraph is linear)
    labelled = False  # the last line was a group's label (``**Interspeech 2019**:``)
    numbered = False  # the last group opens with its number (``2.**[Title](url)**``)
    paged: frozenset[str] | None = None  # title words of a one-line group linking no paper
    for k, ln in enumerate(lines):
        if len(targets) > 1 and _italic_label(ln, lines[k + 1 : k + 2]):
            labelled = True  # ``*Residual Networks*<br/>`` over ``| `ResNet34` | [Title](url) |``
            continue
        g = F.guess_title(ln) if groups and papered else None
        strong = g is not None and (g.evidence != "text" or len(targets) > 1)
        strong = strong and not _code_line(ln)
        label = bool(groups) and group_label(ln)
        counted = _NUMBERED.match(plain(ln)[:12]) is not None
        paged = paged is not None and not papered and _other_paper(ln, paged)
        if not groups or strong or label or labelled or paged or (counted and numbered):
            groups.append(list(ln))
            papered = has_paper(ln)
            numbered = counted
        else:
            groups[-1].extend([Run("break", "", ln[0].line), *ln])
            papered = papered or has_paper(ln)
        labelled = label
        paged = _page_title(ln) if len(groups[-1]) == len(ln) else None
    return groups


def _italic_label(line: list[Run], below: list[list[Run]]) -> bool:
    """A line of italics alone, linking nothing, naming no year, venue or people, over a line
    that links a paper by its own title (four words or more): the label of the papers below
    it, no part of any (not ``*CVPR 2014*`` under the paper above, nor a title over its link
    named by a short name, ``*Deep Residual Learning ...*`` over ``[ResNet](arxiv)``)."""
    said = [r for r in line if r.kind != "break" and (r.kind != "text" or r.text.strip())]
    if not said or not below or any(r.kind != "text" or not r.em for r in said):
        return False
    text = plain(line).strip(" *_")
    named = names_like(text) or people(text) or one_person(text.split())
    if year_in(text) is not None or F.is_context_text(text) or named:
        return False
    g = F.guess_title(below[0])
    own = g is not None and g.evidence != "text" and len(g.title.split()) >= 4
    return own and has_paper(below[0]) and not LABEL_WORDS.search(g.title)


def _page_title(line: list[Run]) -> frozenset[str] | None:
    """The words of the title (four words or more) of the line's first link when it leads
    to no paper (``[M Wei] "[A near-memory processor for ...](…/handle/2142/11011)"<br/>``),
    else ``None``."""
    first = _first_link(line)
    if first is None or F.link_role(first) == "paper" or not titled(first.text, 4):
        return None
    return title_words(first.text)


def _other_paper(line: list[Run], above: frozenset[str]) -> bool:
    """The line's first link is a paper titled (four words or more, no label such as ``Paper
    on arXiv``) with words mostly not the line above's: the next paper of a paragraph written
    one per line, not the page's paper (``[Radiance Fields without Neural Networks](arxiv)``
    under ``[Plenoxels: Radiance Fields without Neural Networks](page)``)."""
    first = _first_link(line)
    if first is None or F.link_role(first) != "paper" or not titled(first.text, 4):
        return False
    if LABEL_WORDS.search(first.text):
        return False
    words = title_words(first.text)
    return len(words & above) * 2 < min(len(words), len(above))


def _code_line(line: list[Run]) -> bool:
    """A line that opens with the paper's code link, links no paper and holds only labels
    after it (``[Code](github) · [Evidence: PC-041](other repository's file)``): a detail of
    the paper above; not ``[![GitHub](badge)](github) [Title of the next paper](page)``."""
    first = next((r for r in line if r.kind != "text" or r.text.strip()), None)
    if first is None or first.kind != "link" or not labelled(first):
        return False
    if F.link_role(first) != "code" or has_paper(line):
        return False
    rest = line[line.index(first) + 1 :]  # labels only: no bold title, no title's words
    said = " ".join(r.text for r in rest if r.kind == "text")
    titles = [r for r in rest if r.bold or (r.kind == "link" and titled(r.text, 4))]
    return not titles and len(re.findall(r"[^\W\d_]{2,}", said)) < 3


def _first_link(line: list[Run]) -> Run | None:
    return next((r for r in line if r.kind == "link" and not r.image), None)


_NUMBERED = re.compile(r"\s*\d{1,3}[.)、]\s*\S")
"""A line opening with its number, not a list item for want of a space (``2.**[Title]``)."""


def group_label(line: list[Run]) -> bool:
    """A line with no link that names only a venue or a year and ends with a colon
    (``**Interspeech 2019**:``): the label of the lines below it, not a detail above."""
    text = plain(line).rstrip()
    return text.endswith(":") and not links_of(line) and F.is_context_text(text)
