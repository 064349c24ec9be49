"""The text of an entry's block other than its title: where its year and venue are read
from (detail lines about datasets or results, and URLs written as text, left out)."""

from __future__ import annotations

import re

from pipeline.formats import citations as C
from pipeline.formats import describing as D
from pipeline.formats import fields as F
from pipeline.formats.blocks import Block
from pipeline.formats.common import EMOJI
from pipeline.formats.runs import Run, lines_of, plain
from pipeline.formats.tables import DATA_ROLE

_OTHER_FACTS = re.compile(
    r"\W*(?:datasets?|metrics?|comments?|notes?|summary|abstract|tl;?dr|keywords?|tags?|"
    r"affiliations?|institutions?|key|expenv|benchmarks?|results?)\s*\**\s*[:：]",
    re.IGNORECASE,
)
"""Detail lines about something else than the paper's publication (years there are the
years of datasets or benchmarks: ``Datasets: TREC Deep Learning 2019``)."""


_URL_TEXT = re.compile(r"\s*(?:https?://|www\.)", re.IGNORECASE)
_GLUED = re.compile(r"[A-Za-z0-9][A-Za-z]")
"""A link's text of words against the text before it: two words the reader sees apart (not
the text after it, ``[KITTI](url)2015``, nor a year linked, ``KITTI[2015](url)``: the
dataset's years, not the paper's)."""


def _abstract(runs: list[Run]) -> bool:
    """One line of an abstract (:func:`describing.abstract`; not ``**Authors:** …`` /
    ``**Venue:** ACL 2024`` / …, lines of labelled fields)."""
    return len(lines_of(runs)) == 1 and D.abstract(runs)


def _about_the_paper(text: str) -> bool:
    """A detail line about the paper's publication: not ``Datasets: TREC 2019``, nor a note
    about something else; a note that only names the venue (``📝 Note: 🔥 (S&P 2024)``) is."""
    m = _OTHER_FACTS.match(text)
    if m is None:
        return True
    return m.group(0).strip(" *:：").lower().endswith(("note", "notes")) and C.is_context_text(
        EMOJI.sub(" ", text[m.end() :])
    )


def rest_text(b: Block, title: F.TitleGuess) -> str:
    """The block's text without its title, link targets and arXiv IDs (for year/venue)."""
    parts = []
    pieces = (
        [cell for role, cell in b.row if role not in (DATA_ROLE, "read")] if b.row else [b.head]
    )
    details = [d for d in b.details if _about_the_paper(plain(d)[:200])]
    if b.ctx.year:  # the heading's year over the years an abstract names
        details = [d for d in details if not _abstract(d)]
    for line in [*pieces, *details]:
        parts.append(" \n ")
        kind = ""
        for r in line:
            if r.kind == "link":  # a URL written as the text states no year (``/2014/07/``)
                said = F.badge_text(r) or ("" if _URL_TEXT.match(r.text) else r.text)
            elif r.kind == "badge":
                said = f" {F.badge_text(r)} "
            else:
                said = r.text if r.kind == "text" else "\n"
            if kind == "text" and r.kind == "link" and _GLUED.match(parts[-1][-1:] + said[:1]):
                said = f" {said}"  # ``**Title. Journal 2019**[paper](url)``: two words
            parts.append(said)
            kind = r.kind if said else kind
    text = "".join(parts)
    for t in (title.title, title.title.split(": ", 1)[-1], title.short_name or "\0"):
        text = text.replace(t, " ") if t else text
    return text
