"""One list item that cites several papers, one per line (``- `Malware Detection` <br>``
then ``[1] [Title](doi) [ACM Computing Surveys 2017] <br>`` and ``[2] [Title](doi) ...``,
lazy lines of the item): each numbered line is an entry of its own. Pure."""

from __future__ import annotations

import re

from pipeline.formats.links import link_role
from pipeline.formats.piped import linked_title
from pipeline.formats.runs import Run, lines_of

_NUMBER = re.compile(r"\s*(?:\[\d{1,4}\]|\d{1,4}[.)])\s*$")
"""A citation's number before its link: ``[1]``, ``2.``, ``3)``."""


def line_papers(runs: list[Run]) -> list[list[Run]] | None:
    """The lines of ``runs`` that each open with a number and a paper link titled with
    three words or more; ``None`` unless two lines or more do, each of another paper."""
    cited = [line for line in lines_of(runs) if _numbered_paper(line)]
    urls = {next(r.url for r in line if r.kind == "link") for line in cited}
    return cited if len(cited) >= 2 and len(urls) == len(cited) else None


def _numbered_paper(line: list[Run]) -> bool:
    at = next((k for k, r in enumerate(line) if r.kind != "text"), None)
    if at is None or line[at].kind != "link" or link_role(line[at]) != "paper":
        return False
    lead = "".join(r.text for r in line[:at])
    return _NUMBER.fullmatch(lead) is not None and linked_title(line[at].text, 3) is not None
