"""A table cell that names several papers one per line (a syllabus's readings, a year's
best papers with their authors between), and the addresses in a cell's bylines. Pure."""

from __future__ import annotations

import re

from pipeline.formats import citations as C
from pipeline.formats import fields as F
from pipeline.formats import piped as PD
from pipeline.formats.runs import Run, lines_of, plain


def lined_papers(lines: list[list[Run]], *, opening: bool = False) -> list[list[Run]]:
    """A cell of lines that each name one paper by its titled link, maybe after a lead-in
    (``This lecture is based on 1) [Title A](arxiv) <br/> 2) [Title B](pmlr), [Video](zoom),
    [Code](repo) <br/> Related material are: [Title C](arxiv)``, a syllabus's readings): a
    piece per such line from its paper link on, with the lines after it that name no paper.
    With ``opening`` (a Title column's cell) the link opens its line (``[**Title**](pdf)<br>
    Authors<br>[**Title**](pdf)``; not ``Builds on [Faster R-CNN](arxiv)``)."""
    pieces: list[list[Run]] = []
    for line in lines:
        k = next((j for j, r in enumerate(line) if titled_paper(r)), None)
        lead = k is not None and opening and not _ENUMERATOR.fullmatch(plain(line[:k]))
        if k is not None and sum(map(titled_paper, line)) == 1 and not lead:
            pieces.append(list(line[k:]))
        elif k is not None and not lead:
            return []  # two papers on a line: read by ``_named_papers`` or not at all
        elif pieces:
            pieces[-1].extend(line)
    return pieces if len(pieces) >= 2 else []


def cited_lines(lines: list[list[Run]]) -> list[list[Run]]:
    """A cell of lines that each cite one paper by its authors, venue and year before links
    that only label it (``Geschwind, *Science*, 1970 [DOI](doi) [PDF](pdf)<br> Tremblay &
    Dick, *Brain and Language*, 2016 [DOI](doi)``, a syllabus's readings): a piece per line.
    None when a line holds no paper link, no year before it, or a titled paper link."""
    pieces: list[list[Run]] = []
    cited: set[str] = set()  # each line's authors (the same twice: one paper's versions)
    for line in (ln for ln in lines if plain(ln).strip()):
        k = next((j for j, r in enumerate(line) if r.kind == "link" and F.link_role(r) == "paper"), None)  # fmt: skip
        said = plain(line[:k]).strip() if k is not None else ""
        authors = _CITED.match(said)  # (not ``Original preprint, 2022``, ``Supplementary ...``)
        if authors is None or len(said) > 300 or F.find_year(said)[0] is None:
            return []
        lead = authors[0].rstrip(",").strip()
        if any(titled_paper(r) for r in line) or C.is_context_text(lead):
            return []  # (``ArXiv, 2015 [PDF]``, ``NeurIPS, 2017``: a venue, another form)
        pieces.append(list(line))
        cited.add(lead.lower())
    return pieces if len(pieces) >= 2 and len(cited) == len(pieces) else []  # (a paper's versions)


_CITED = re.compile(
    r"(?!(?i:preprint|published|supplement\w*|slides?|lecture|notes|leaderboard|video|talk|code|"
    r"data\w*|poster|tutorial|chapter|version|original|extended|journal|appendix|author['’]?s|"
    r"open|erratum|corrigendum|conference|full|accepted|camera|official|free|reprint)\b)"
    r"(?:[a-z]{1,3}\s)?[A-Z][\w'’-]+(?:\s(?:[a-z]{1,3}\s)?[A-Z][\w'’-]+)?"
    r"(?:\s+(?:&|and)\s+(?:[a-z]{1,3}\s)?[A-Z][\w'’-]+)?(?:\s+et\s+al\.?)?,"
)
"""A citation's authors before their comma (``Geschwind,``, ``Tremblay & Dick,``,
``Contreras Kallens et al.,``, ``de Heer et al.,``, ``Dupré la Tour et al.,``), not a word
for another form of the paper or its material."""


def titled_paper(r: Run) -> bool:
    """A paper link titled in three words or more, not another form of a paper before it."""
    return (
        r.kind == "link"
        and F.link_role(r) == "paper"
        and len(r.text.split()) >= 3
        and F.title_like(r.text)
        and not (
            F.is_generic(r.text) or C.is_context_text(r.text) or PD.other_form(r.text, later=True)
        )
    )


def byline_addresses(cell: list[Run]) -> set[int]:
    """The ids of the links in ``cell`` written as a bare address on a line after the first
    (``**Spectre Attacks**<br>Paul Kocher (Independent, www.paulkocher.com)``: a byline's);
    one on the title's own line is its page (``Spectre Attacks … https://spectreattack.com/``)."""
    later = [r for line in lines_of(cell)[1:] for r in line]
    return {id(r) for r in later if r.kind == "link" and _ADDRESS.match(r.text)}


_ENUMERATOR = re.compile(
    r"[\s*_]*(?:\d{1,3}[.)]|[•·\-–*]|\([a-z0-9]{1,2}\)|\[[^\[\]]{1,15}\])?[\s*_]*"
)
"""What may stand before a Title cell's paper link: a number, a bullet, a tag (``1.``, ``[ICCV]``)."""
_ADDRESS = re.compile(r"(?i)\s*(?:https?://|www\.)")
