"""What is known about one entry before any rule runs, and the evidence rules need.

The engine computes :class:`Facts` once per entry: what the paper link's arXiv ID is,
what arXiv said, whether that record is the entry's paper (:class:`Identity`), and what
kind of code link the entry has (:class:`CodeLink`). A rule declares the evidence it
needs as :class:`Need` values; :func:`holds` says whether an entry has it. So "when does
``venue-mismatch`` fire" is read from the rule's declaration, not from a dispatcher.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from pipeline import titles
from pipeline.arxivid import ArxivRef
from pipeline.checks.available import says_no_code
from pipeline.checks.code import non_web_target
from pipeline.checks.context import CheckContext, paper_ref
from pipeline.checks.search import earlier_title
from pipeline.checks.venues import venue_evidence
from pipeline.formats.authors import names_like, people, reads_as_authors
from pipeline.formats.entry import GUESSED_COLUMN
from pipeline.model import (
    ArxivMiss,
    ArxivRecord,
    LinkCheck,
    MissReason,
    PaperEntry,
    VenueEvidence,
)
from pipeline.urls import is_http_url


class Identity(StrEnum):
    """What the paper link's arXiv ID turned out to be."""

    NO_ARXIV_LINK = "no-arxiv-link"
    MALFORMED = "malformed"
    NOT_FOUND = "not-found"
    UNRESOLVED = "unresolved"
    """Well-formed, but arXiv was not asked or did not answer."""
    RETITLED_UNREAD = "retitled-unread"
    """arXiv's latest title is another paper's, and the earlier titles could not be read."""
    OTHER_PAPER = "other-paper"
    THIS_PAPER = "this-paper"
    """Nothing says the record is another paper (its title, or an earlier one, matches)."""


class CodeLink(StrEnum):
    """What kind of code link the entry has."""

    NONE = "none"
    NOT_WEB = "not-web"
    """A link with a scheme other than http(s) (``ftp:``, ``mailto:``), not ignored."""
    UNCHECKABLE = "uncheckable"
    """Text only, or a URL that matches ``ignore_urls``."""
    WEB = "web"


@dataclass(frozen=True)
class Facts:
    """One entry, its context, and what the resolve stage found about it."""

    entry: PaperEntry
    ctx: CheckContext
    ref: ArxivRef | None = None
    record: ArxivRecord | ArxivMiss | None = None
    identity: Identity = Identity.NO_ARXIV_LINK
    comparison: titles.Comparison | None = None
    """The entry's title against arXiv's (when both exist)."""
    earlier: tuple[int, str] | None = None
    """The earlier arXiv version whose title is the entry's, if the paper was retitled."""
    venue: VenueEvidence | None = None
    """Where arXiv or a venue source says the paper appeared (for the entry's paper only)."""
    code: CodeLink = CodeLink.NONE
    code_target: str | None = None
    """The code link's target (the non-web target for ``NOT_WEB``)."""
    link_check: LinkCheck | None = None
    """The outcome of checking a ``WEB`` code link, when links are checked."""


def facts_for(entry: PaperEntry, ctx: CheckContext) -> Facts:
    """Everything the rules need to know about ``entry``, computed once."""
    ref = paper_ref(entry, ctx.today)
    facts = Facts(entry, ctx, ref, **_code_facts(entry, ctx))
    if entry.paper is None or ref is None:
        return facts
    if not ref.valid:
        return replace(facts, identity=Identity.MALFORMED)
    got = ctx.records.get(ref.base_id)
    if isinstance(got, ArxivMiss) and got.reason is MissReason.NOT_FOUND:
        return replace(facts, record=got, identity=Identity.NOT_FOUND)
    if not isinstance(got, ArxivRecord):
        return replace(facts, record=got, identity=Identity.UNRESOLVED)
    identity, comparison, earlier = _identity(entry, ctx, got)
    venue = None
    if identity is Identity.THIS_PAPER:
        venue = venue_evidence(got) or ctx.venues.get(got.arxiv_id)
    return replace(
        facts,
        record=got,
        identity=identity,
        comparison=comparison,
        earlier=earlier,
        venue=venue,
    )


def _identity(
    entry: PaperEntry, ctx: CheckContext, got: ArxivRecord
) -> tuple[Identity, titles.Comparison | None, tuple[int, str] | None]:
    """Whether arXiv's record is the entry's paper, judged by the titles."""
    if not entry.title:
        return Identity.THIS_PAPER, None, None
    cmp = titles.compare_entry(entry.title, entry.short_name, got.title)
    if cmp.verdict is titles.Verdict.UNCERTAIN and titles.is_name_only(entry.title):
        return Identity.THIS_PAPER, cmp, None  # a bare name says too little to question it
    if cmp.verdict is titles.Verdict.DIFFERENT and len(titles.normalize(entry.title).split()) < 3:
        return Identity.THIS_PAPER, cmp, None  # nor does a label of one or two words
    if cmp.verdict is titles.Verdict.DIFFERENT and reads_as_authors(entry.title):
        return Identity.THIS_PAPER, cmp, None  # nor authors read as the title (a misread)
    if cmp.verdict is titles.Verdict.DIFFERENT and _loose_title(entry):
        return Identity.THIS_PAPER, cmp, None  # nor a plain line away from its link
    if cmp.verdict is titles.Verdict.DIFFERENT and _link_says_this_paper(entry, got):
        return Identity.THIS_PAPER, cmp, None  # nor text beside a link that names the paper
    earlier = (
        earlier_title(entry, ctx, got.arxiv_id) if cmp.verdict is not titles.Verdict.SAME else None
    )
    if earlier is None and cmp.verdict is titles.Verdict.DIFFERENT:
        if got.version > 1 and got.arxiv_id not in ctx.older_titles:
            # the source leaves out an ID whose earlier titles it could not read; the
            # entry may cite one of them (retitled, not wrong)
            return Identity.RETITLED_UNREAD, cmp, None
        return Identity.OTHER_PAPER, cmp, None
    return Identity.THIS_PAPER, cmp, earlier


def _loose_title(entry: PaperEntry) -> bool:
    """A title read from plain text on another line than the paper link (a description
    under a heading, a note above a bare ``[Paper](url)``), or from a table's first text
    column that no header names for titles: too weak to call the link another paper; a
    different title is ``title-differs`` at most."""
    said = dict(entry.evidence).get("title", "")
    if said.startswith(GUESSED_COLUMN):  # a task or a description as often as a title
        return True  # ``| Track online 3D reconstruction | [CUT3R](arxiv), [Spann3R](arxiv) |``
    return said == "text" and entry.paper is not None and entry.paper.line != entry.line


def _link_says_this_paper(entry: PaperEntry, got: ArxivRecord) -> bool:
    """A title read from text beside the paper link, whose own text is arXiv's title
    (``David Ha and Douglas Eck - [A Neural Representation of Sketch Drawings](arxiv)``): the
    list names the right paper; the reader took its authors for the title (names, not a
    title beside a link to another paper)."""
    said = dict(entry.evidence).get("title", "")
    text = entry.paper.text if entry.paper is not None and "link" not in said else ""
    if len(text.split()) < 3 or not (names_like(entry.title) or people(entry.title)):
        return False  # a real title beside a link to another paper is still wrong-paper
    return titles.compare_entry(text, None, got.title).verdict is titles.Verdict.SAME


def _code_facts(entry: PaperEntry, ctx: CheckContext) -> dict[str, object]:
    link = entry.code
    if link is None:
        return {}
    ignored = ctx.ignore_urls
    target = non_web_target(link)
    if target is not None and not any(p.search(target) for p in ignored):
        return {"code": CodeLink.NOT_WEB, "code_target": target}
    url = link.url
    if not url or not is_http_url(url) or any(p.search(url) for p in ignored):
        return {"code": CodeLink.UNCHECKABLE}
    check = ctx.links.get(url) if ctx.check_links else None
    return {"code": CodeLink.WEB, "code_target": url, "link_check": check}


class Need(StrEnum):
    """Evidence a check needs; the value says it in words (``--debug`` shows it)."""

    ARXIV_ID_MALFORMED = "the paper link names an arXiv ID that cannot exist"
    ARXIV_ID_UNKNOWN = "arXiv answered (twice) that it does not know the ID"
    PAPER_UNCONFIRMED = (
        "the arXiv ID is well-formed, but arXiv's record (or its earlier titles) could not be read"
    )
    RECORD = "arXiv resolved the ID"
    OTHER_PAPER = "arXiv's record is another paper (no version has the entry's title)"
    THIS_PAPER = "arXiv's record is the entry's paper (or nothing says otherwise)"
    TITLE_SAYS_MORE = (
        "the entry's title is more than a bare name arXiv's title does not match, "
        "and more than an author list"
    )
    YEAR_GIVEN = "the entry gives a year"
    V1_DATED = "the arXiv ID is the entry's paper or unresolved (the ID alone dates v1)"
    VENUE_EVIDENCE = "arXiv or a venue source (Semantic Scholar, DBLP) names a venue"
    TOPIC_TERMS = "the list has at least two topic terms"
    CODE_NOT_WEB = "the code link has a scheme other than http(s) and is not ignored"
    CODE_WEB = "the code link is an http(s) URL that ignore_urls does not match"
    LINKS_CHECKED = "code links are checked (links.check, no --no-links)"
    LINK_RESULT = "checking the code link gave a result"
    NO_CODE = "the entry says it has no code (or has no code link in a list that gives them)"
    OFFICIAL_CODE = "a code source (Hugging Face Papers) names the paper's repository"


def holds(need: Need, f: Facts) -> bool:
    """Whether the entry described by ``f`` has the evidence ``need``."""
    return _PREDICATES[need](f)


def _official(f: Facts) -> bool:
    found = f.ctx.official_code.get(f.ref.base_id) if f.ref is not None and f.ref.valid else None
    return found is not None and bool(found.repo_url)


_PREDICATES = {
    Need.ARXIV_ID_MALFORMED: lambda f: f.identity is Identity.MALFORMED,
    Need.ARXIV_ID_UNKNOWN: lambda f: f.identity is Identity.NOT_FOUND,
    Need.PAPER_UNCONFIRMED: lambda f: f.identity in (Identity.UNRESOLVED, Identity.RETITLED_UNREAD),
    Need.RECORD: lambda f: isinstance(f.record, ArxivRecord),
    Need.OTHER_PAPER: lambda f: f.identity is Identity.OTHER_PAPER,
    Need.THIS_PAPER: lambda f: f.identity is Identity.THIS_PAPER,
    Need.TITLE_SAYS_MORE: lambda f: (
        bool(f.entry.title)
        and not reads_as_authors(f.entry.title)
        and not (
            f.comparison is not None
            and f.comparison.verdict is titles.Verdict.UNCERTAIN
            and titles.is_name_only(f.entry.title)
        )
    ),
    Need.YEAR_GIVEN: lambda f: f.entry.year is not None,
    Need.V1_DATED: lambda f: f.identity in (Identity.THIS_PAPER, Identity.UNRESOLVED),
    Need.VENUE_EVIDENCE: lambda f: f.venue is not None,
    Need.TOPIC_TERMS: lambda f: len(f.ctx.topics.get(f.entry.path, ())) >= 2,
    Need.CODE_NOT_WEB: lambda f: f.code is CodeLink.NOT_WEB,
    Need.CODE_WEB: lambda f: f.code is CodeLink.WEB,
    Need.LINKS_CHECKED: lambda f: f.ctx.check_links,
    Need.LINK_RESULT: lambda f: f.link_check is not None,
    Need.NO_CODE: lambda f: says_no_code(f.entry, f.ctx.convention(f.entry.path)),
    Need.OFFICIAL_CODE: _official,
}
