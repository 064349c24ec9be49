"""The rules: entries + what the sources said -> findings. Pure, no I/O.

Each finding points at the line of the field at fault (paper link for paper rules,
code link for code rules, the year's line for the year, the title for entry rules),
says what is wrong, shows the evidence (``expected``/``actual``) and the fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from pipeline import arxivid, titles
from pipeline.arxivid import ArxivRef
from pipeline.formats.common import venue_in
from pipeline.model import (
    DEFAULT_SEVERITY,
    TRANSIENT_STATUSES,
    ArxivMiss,
    ArxivRecord,
    Finding,
    LinkCheck,
    LinkRef,
    LinkStatus,
    MissReason,
    PaperEntry,
    Rule,
    Severity,
    VenueEvidence,
)
from pipeline.parse import is_placeholder
from pipeline.urls import canon_url, is_http_url, is_repository_url

_VENUE_YEAR = re.compile(r"(?<![A-Za-z0-9])(19[89]\d|20\d\d)(?!\d)|['’](\d{2})(?!\d)")


@dataclass(frozen=True)
class CheckContext:
    """What the resolve stage found, plus the settings the rules need."""

    records: Mapping[str, ArxivRecord | ArxivMiss] = field(default_factory=dict)
    links: Mapping[str, LinkCheck] = field(default_factory=dict)
    severities: Mapping[Rule, Severity] = field(default_factory=lambda: dict(DEFAULT_SEVERITY))
    arxiv_skipped: str | None = None
    """Why arXiv was not asked at all (``--offline``); ``None`` when it was."""
    links_skipped: str | None = None
    """Why code links were not checked (``--offline``); ``None`` when they were."""
    check_links: bool = True
    ignore_urls: tuple[re.Pattern[str], ...] = ()
    today: date | None = None
    candidates: Mapping[str, tuple[ArxivRecord, ...]] = field(default_factory=dict)
    """arXiv title-search results, by entry title."""
    older_titles: Mapping[str, tuple[tuple[int, str], ...]] = field(default_factory=dict)
    """Titles of earlier versions by base ID (fetched when the latest title differs)."""
    venues: Mapping[str, VenueEvidence] = field(default_factory=dict)
    """Venue evidence from optional sources (Semantic Scholar), by arXiv ID."""
    topics: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Topic terms per list path (for ``off-topic``)."""


def paper_ref(entry: PaperEntry, today: date | None = None) -> ArxivRef | None:
    """The arXiv ID the entry's paper link actually points to (its target)."""
    if entry.paper is None:
        return None
    if entry.paper.url:
        return arxivid.find(entry.paper.url, today)
    return arxivid.find(entry.paper.text, today)


def text_ref(link: LinkRef, today: date | None = None) -> ArxivRef | None:
    """The arXiv ID the link's visible text names, if it names one."""
    return arxivid.find(link.text, today) if link.text else None


def venue_years(text: str | None) -> frozenset[int]:
    """Years a venue string names: ``CVPR 2024`` -> 2024, ``ICLR'24`` -> 2024."""
    if not text:
        return frozenset()
    years = set()
    for m in _VENUE_YEAR.finditer(text):
        years.add(int(m.group(1)) if m.group(1) else 2000 + int(m.group(2)))
    return frozenset(years)


class _Emitter:
    """Collects findings for one entry, applying configured severities."""

    def __init__(self, entry: PaperEntry, ctx: CheckContext):
        self.entry = entry
        self.ctx = ctx
        self.findings: list[Finding] = []

    def add(
        self,
        rule: Rule,
        line: int,
        field_name: str,
        message: str,
        fix: tuple[str, str] | None = None,
        **extra: str | None,
    ) -> None:
        severity = self.ctx.severities.get(rule, DEFAULT_SEVERITY[rule])
        if severity is Severity.OFF:
            return
        self.findings.append(
            Finding(
                rule=rule,
                severity=severity,
                path=self.entry.path,
                line=line,
                entry_title=self.entry.title,
                field=field_name,
                message=message,
                expected=extra.get("expected"),
                actual=extra.get("actual"),
                suggestion=extra.get("suggestion"),
                fix=fix,
            )
        )


def _short(title: str, n: int = 80) -> str:
    return title if len(title) <= n else title[: n - 1].rstrip() + "…"


def _record(ctx: CheckContext, ref: ArxivRef | None) -> ArxivRecord | ArxivMiss | None:
    if ref is None or not ref.valid:
        return None
    return ctx.records.get(ref.base_id)


def _unverified_reason(ctx: CheckContext, got: ArxivRecord | ArxivMiss | None) -> str:
    if isinstance(got, ArxivMiss):
        return got.detail
    return ctx.arxiv_skipped or "arXiv was not asked"


# -- the right ID by title ------------------------------------------------------------
PROPOSE_RATIO = 95.0


@dataclass(frozen=True)
class Proposal:
    """What a title search says: one unambiguous paper, or candidates to look at."""

    match: ArxivRecord | None
    candidates: tuple[ArxivRecord, ...]


def _surname(name: str) -> str:
    parts = name.replace(",", " ").split()
    return titles.normalize(parts[-1]) if parts else ""


def propose(entry: PaperEntry, found: tuple[ArxivRecord, ...]) -> Proposal:
    """An ID only when unambiguous: near-identical normalised title (ratio >= 95), the
    first author's surname or the year (+-1) agreeing, and no second candidate that
    also reads as the same paper. Otherwise the candidates, for a person to choose."""
    scored = [(titles.compare(entry.title, r.title), r) for r in found]
    close = [
        (c, r) for c, r in scored if c.verdict is titles.Verdict.SAME or c.ratio >= PROPOSE_RATIO
    ]
    plausible = [r for c, r in scored if c.same_paper or c.verdict is titles.Verdict.UNCERTAIN]
    if len(close) == 1 and not any(
        r is not close[0][1] and titles.compare(entry.title, r.title).same_paper for r in found
    ):
        rec = close[0][1]
        author_ok = bool(entry.authors and rec.authors) and _surname(entry.authors[0]) == _surname(
            rec.authors[0]
        )
        year_ok = entry.year is not None and abs(entry.year - rec.published.year) <= 1
        if author_ok or year_ok:
            return Proposal(rec, tuple(plausible))
    return Proposal(None, tuple(plausible))


def retitle_candidates(
    entries: Iterable[PaperEntry],
    records: Mapping[str, ArxivRecord | ArxivMiss],
    today: date | None = None,
) -> dict[str, int]:
    """Base ID -> latest version, for papers whose latest title is not the entry's title
    and that have earlier versions (an earlier title may be the one the list cites)."""
    out: dict[str, int] = {}
    for entry in entries:
        ref = paper_ref(entry, today)
        got = records.get(ref.base_id) if ref is not None and ref.valid else None
        if (
            entry.title
            and isinstance(got, ArxivRecord)
            and got.version > 1
            and titles.compare(entry.title, got.title).verdict is not titles.Verdict.SAME
        ):
            out[got.arxiv_id] = got.version
    return out


def earlier_title(entry: PaperEntry, ctx: CheckContext, arxiv_id: str) -> tuple[int, str] | None:
    """The earlier version whose title is the entry's title, if any."""
    for version, title in ctx.older_titles.get(arxiv_id, ()):
        if titles.compare(entry.title, title).same_paper:
            return version, title
    return None


def needs_title_search(
    entry: PaperEntry,
    records: Mapping[str, ArxivRecord | ArxivMiss],
    today: date | None = None,
    older: Mapping[str, tuple[tuple[int, str], ...]] | None = None,
) -> bool:
    """Entries whose right ID is worth looking up: a wrong paper, or no paper link."""
    if not entry.title:
        return False
    ref = paper_ref(entry, today)
    if entry.paper is None or (ref is None and not entry.paper.url):
        return True
    got = records.get(ref.base_id) if ref is not None and ref.valid else None
    if isinstance(got, ArxivRecord):
        if any(
            titles.compare(entry.title, t).same_paper
            for _, t in (older or {}).get(got.arxiv_id, ())
        ):
            return False  # retitled, not wrong
        return titles.compare(entry.title, got.title).verdict is titles.Verdict.DIFFERENT
    return isinstance(got, ArxivMiss) and got.reason is MissReason.NOT_FOUND


def _proposal(
    entry: PaperEntry, ctx: CheckContext, exclude: str | None = None
) -> tuple[str | None, ArxivRecord | None]:
    """The suggestion text from the title search, and the unambiguous match if any."""
    found = tuple(r for r in ctx.candidates.get(entry.title, ()) if r.arxiv_id != exclude)
    if not found:
        return None, None
    p = propose(entry, found)
    if p.match is not None:
        m = p.match
        return (
            f"link https://arxiv.org/abs/{m.arxiv_id} (an arXiv title search finds exactly "
            f"this paper: '{_short(m.title)}', {m.published.year})"
        ), m
    if p.candidates:
        listed = "; ".join(f"{r.arxiv_id} '{_short(r.title, 60)}'" for r in p.candidates[:3])
        return f"no unambiguous match; arXiv title search candidates: {listed}", None
    return None, None


def _proposal_text(entry: PaperEntry, ctx: CheckContext, exclude: str | None = None) -> str | None:
    return _proposal(entry, ctx, exclude)[0]


def retarget(url: str, ref: ArxivRef, new_id: str) -> str:
    """``url`` pointing at ``new_id`` instead, in the same form (abs/pdf, host)."""
    return re.sub(re.escape(ref.base_id) + r"(v\d+)?", new_id, url, count=1)


# -- entry rules -------------------------------------------------------------------
def _missing_fields(e: _Emitter, ref: ArxivRef | None) -> None:
    entry = e.entry
    if not entry.title:
        e.add(
            Rule.MISSING_FIELD,
            entry.line,
            "title",
            "the entry has no title",
            suggestion="add the paper's title as a bold line above its fields",
        )
    if entry.year is None:
        if entry.year_text is not None:
            e.add(
                Rule.MISSING_FIELD,
                entry.year_line or entry.line,
                "year",
                f"the year field '{entry.year_text}' holds no year",
                actual=entry.year_text,
                suggestion="write the year of the paper, e.g. '-time:2024'",
            )
        else:
            e.add(
                Rule.MISSING_FIELD,
                entry.line,
                "year",
                "the entry has no year field",
                suggestion="add a '<br>-time:YYYY' line",
            )
    paper = entry.paper
    has_target = paper is not None and paper.url and not is_placeholder(paper.url)
    found = _proposal_text(entry, e.ctx)
    if paper is None:
        e.add(
            Rule.MISSING_FIELD,
            entry.line,
            "paper",
            "the entry has no paper link",
            suggestion=found or "add the paper's arXiv or publisher link",
        )
    elif not has_target and ref is None:
        e.add(
            Rule.MISSING_FIELD,
            paper.line,
            "paper",
            f"the paper field holds no link ('{paper.text}')",
            actual=paper.text,
            suggestion=found or "link the paper, e.g. https://arxiv.org/abs/<id>",
        )


def _placeholder(e: _Emitter, link: LinkRef | None, field_name: str) -> None:
    if link is None or not link.url or not link.text or not is_placeholder(link.text):
        return
    e.add(
        Rule.PLACEHOLDER_LINK,
        link.line,
        field_name,
        f"the {field_name} field says '{link.text}' but links to {link.url}",
        expected=link.url,
        actual=link.text,
        suggestion=(
            f"if {link.url} is this paper's {field_name}, show it: [{link.url}]({link.url}); "
            f"otherwise remove the link"
        ),
    )


def _paper_sameness(entry: PaperEntry, got: ArxivRecord | ArxivMiss | None) -> bool | None:
    if not entry.title or not isinstance(got, ArxivRecord):
        return None
    return titles.compare(entry.title, got.title).same_paper


def _link_text_mismatch(e: _Emitter, link: LinkRef | None, field_name: str) -> None:
    if link is None or not link.url or not link.text or link.text == link.url:
        return
    ctx, entry = e.ctx, e.entry
    t_ref = text_ref(link, ctx.today)
    looks_like_url = bool(re.match(r"^(https?://|www\.)", link.text, re.IGNORECASE))
    if t_ref is None and not looks_like_url:
        return  # ordinary link text ("paper", "code", a title)
    u_ref = arxivid.find(link.url, ctx.today)
    if t_ref and u_ref:
        if t_ref.base_id == u_ref.base_id:
            return
        text_name, url_name = f"arXiv:{t_ref.base_id}", f"arXiv:{u_ref.base_id}"
    elif (looks_like_url and canon_url(link.text) == canon_url(link.url)) or (
        looks_like_url
        and u_ref
        and (t := arxivid.from_url(link.text))
        and t.base_id == u_ref.base_id
    ):
        return
    else:
        text_name, url_name = link.text, link.url
    head = f"the link text names {text_name} but the link opens {url_name}"
    text_rec, url_rec = _record(ctx, t_ref), _record(ctx, u_ref)
    text_is, url_is = _paper_sameness(entry, text_rec), _paper_sameness(entry, url_rec)
    fix_text = f"[{link.url}]({link.url})"
    fix = None
    if url_is:
        if t_ref and u_ref and link.text.startswith("arXiv:") and t_ref.raw not in link.url:
            fix = (t_ref.base_id, u_ref.base_id)  # a badge naming another ID: fix the badge
        else:
            fix = (f"[{link.text}]({link.url})", fix_text)
        other = f" ('{_short(text_rec.title)}')" if isinstance(text_rec, ArxivRecord) else ""
        message = f"{head}; the target is this entry's paper, the text names another paper{other}"
        suggestion = f"make the text match the target: {fix_text}"
    elif text_is:
        other = f" ('{_short(url_rec.title)}')" if isinstance(url_rec, ArxivRecord) else ""
        message = (
            f"{head}; the text names this entry's paper, the target opens another paper{other}"
        )
        target = t_ref.abs_url if t_ref else link.text
        suggestion = f"point the link at the paper its text names: [{target}]({target})"
    elif url_is is False and text_is is False:
        message = f"{head}; neither is this entry's paper according to arXiv"
        suggestion = "find the entry's paper and use its link as both text and target"
    elif field_name == "paper" and (t_ref or u_ref):
        reason = _unverified_reason(
            ctx, url_rec if not isinstance(url_rec, ArxivRecord) else text_rec
        )
        message = f"{head}; which of the two is this entry's paper could not be checked ({reason})"
        suggestion = "use the entry's paper link as both text and target"
    else:
        message = head
        suggestion = f"make the text match the target: {fix_text}, or fix the target"
    e.add(
        Rule.LINK_TEXT_MISMATCH,
        link.line,
        field_name,
        message,
        fix=fix,
        expected=link.url,
        actual=link.text,
        suggestion=suggestion,
    )


def _arxiv_rules(e: _Emitter, ref: ArxivRef | None) -> None:
    entry, ctx = e.entry, e.ctx
    paper = entry.paper
    if ref is None or paper is None:
        return
    if not ref.valid:
        e.add(
            Rule.MALFORMED_ARXIV_ID,
            paper.line,
            "paper",
            f"the arXiv link holds an identifier that cannot exist: {ref.problem}",
            actual=ref.raw,
            suggestion="copy the identifier again from the paper's arXiv page",
        )
        return
    got = ctx.records.get(ref.base_id)
    if isinstance(got, ArxivMiss) and got.reason is MissReason.NOT_FOUND:
        e.add(
            Rule.ARXIV_NOT_FOUND,
            paper.line,
            "paper",
            f"arXiv does not know {ref.base_id} ({got.detail})",
            actual=ref.base_id,
            suggestion=_proposal_text(entry, ctx)
            or "check the identifier on the paper's arXiv page",
        )
        return
    if not isinstance(got, ArxivRecord):
        e.add(
            Rule.UNVERIFIED,
            paper.line,
            "paper",
            f"arXiv:{ref.base_id} not verified (paper identity, title, year): "
            f"{_unverified_reason(ctx, got)}",
            actual=ref.base_id,
        )
        _year_rule(e, ref, None)
        return
    if entry.title:
        cmp = titles.compare(entry.title, got.title)
        earlier = (
            earlier_title(entry, ctx, got.arxiv_id)
            if cmp.verdict is not titles.Verdict.SAME
            else None
        )
        if earlier is not None:
            version, _ = earlier
            e.add(
                Rule.TITLE_DIFFERS,
                entry.line,
                "title",
                f"the title is that of arXiv v{version}; the paper was retitled by v{got.version}",
                expected=got.title,
                actual=entry.title,
                suggestion=f"use the current title: {got.title}",
            )
        elif cmp.verdict is titles.Verdict.DIFFERENT:
            t_ref = text_ref(paper, ctx.today)
            t_rec = _record(ctx, t_ref)
            text, match = _proposal(entry, ctx, exclude=ref.base_id)
            suggestion = text or "find this entry's paper on arXiv and link it"
            new_id = match.arxiv_id if match else None
            if (
                t_ref
                and isinstance(t_rec, ArxivRecord)
                and titles.compare(entry.title, t_rec.title).same_paper
            ):
                suggestion = f"link {t_ref.abs_url} (the paper the link text names)"
                new_id = t_ref.base_id
            fix = (paper.url, retarget(paper.url, ref, new_id)) if new_id and paper.url else None
            e.add(
                Rule.WRONG_PAPER,
                paper.line,
                "paper",
                f"arXiv:{ref.base_id} is a different paper: '{_short(got.title)}'",
                fix=fix,
                expected=entry.title,
                actual=got.title,
                suggestion=suggestion,
            )
            return  # year and title of another paper say nothing about this entry
        elif cmp.verdict is not titles.Verdict.SAME:
            how = (
                "is worded differently from"
                if cmp.verdict is titles.Verdict.REWORDED
                else "differs substantially from (check the link opens this entry's paper)"
            )
            e.add(
                Rule.TITLE_DIFFERS,
                entry.line,
                "title",
                f"the title {how} arXiv's title for {ref.base_id} (v{got.version})",
                expected=got.title,
                actual=entry.title,
                suggestion=f"use arXiv's title: {got.title}",
            )
    _year_rule(e, ref, got)
    _venue_rules(e, got)
    _topic_rule(e, ref, got)


_TOPIC_NOISE = frozenset(
    "collect collection work works use uses using perform performs task tasks paper papers "
    "awesome list curated resources related reading via based approach approaches method "
    "methods that this these those".split()
)
TOPIC_PREFIX = 6
OFF_TOPIC_SHARE = 0.5


def _words(text: str) -> list[str]:
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text).replace("_", " ").replace("-", " ")
    return re.findall(r"[a-z0-9]+", titles.normalize(text))


def topic_terms(topic: str | None) -> tuple[str, ...]:
    """The content words of a list's topic ("reinforcement learning for image generation")."""
    if not topic:
        return ()
    words = [w for w in _words(topic) if len(w) > 2 and w not in _TOPIC_NOISE]
    return tuple(dict.fromkeys(w for w in words if w not in titles.STOPWORDS))


def _topic_rule(e: _Emitter, ref: ArxivRef, got: ArxivRecord) -> None:
    terms = e.ctx.topics.get(e.entry.path, ())
    if len(terms) < 2:
        return
    stems = {w[:TOPIC_PREFIX] for w in _words(f"{got.title} {got.summary}")}
    missing = [t for t in terms if t[:TOPIC_PREFIX] not in stems]
    if len(terms) - len(missing) >= OFF_TOPIC_SHARE * len(terms):
        return
    e.add(
        Rule.OFF_TOPIC,
        e.entry.line,
        "title",
        f"arXiv's title and abstract of {ref.base_id} mention none or few of the list's topic "
        f"terms (missing: {', '.join(missing)}; categories: {', '.join(got.categories) or 'none'})",
        actual=got.title,
        suggestion="check that the paper belongs in this list, or move it to a better-fitting one",
    )


VENUE_ALIASES = {"NIPS": "NeurIPS", "PAMI": "TPAMI", "ACMMM": "ACM MM"}
_POSITIVE_CUE = re.compile(
    r"accepted|to appear|published|camera[- ]ready|proceedings|\boral\b|spotlight|poster|main conference|\bat\b|\bin\b",
    re.IGNORECASE,
)
_NEGATIVE_CUE = re.compile(r"submitted|under review|in submission|rejected|workshop", re.IGNORECASE)


def venue_key(text: str | None) -> tuple[str, int | None] | None:
    """``("CVPR", 2024)`` from a venue text; aliases folded (NIPS -> NeurIPS)."""
    found = venue_in(text)
    if not found:
        return None
    name, _, year = found.partition(" ")
    return VENUE_ALIASES.get(name, name), int(year) if year else None


def venue_evidence(got: ArxivRecord) -> VenueEvidence | None:
    """A venue from arXiv's journal_ref, or from a comment that says accepted."""
    if got.journal_ref and (key := venue_key(got.journal_ref)):
        return VenueEvidence(key[0], key[1], "journal_ref", got.journal_ref)
    comment = got.comment or ""
    if comment and _POSITIVE_CUE.search(comment) and not _NEGATIVE_CUE.search(comment):
        key = venue_key(comment)
        if key:
            return VenueEvidence(key[0], key[1], "comment", comment)
    return None


def _venue_str(key: tuple[str, int | None]) -> str:
    return f"{key[0]} {key[1]}" if key[1] else key[0]


def _venue_rules(e: _Emitter, got: ArxivRecord) -> None:
    entry = e.entry
    ev = venue_evidence(got) or e.ctx.venues.get(got.arxiv_id)
    if ev is None:
        return
    key = (VENUE_ALIASES.get(ev.venue, ev.venue), ev.year)
    said = f"{ev.source} says '{_short(ev.text, 100)}'"
    said = f"arXiv's {said}" if ev.source in ("journal_ref", "comment") else said
    line = entry.venue_line or entry.line
    if entry.venue is None:
        e.add(
            Rule.VENUE_MISSING,
            line,
            "venue",
            f"the entry names no venue, but {said}",
            expected=_venue_str(key),
            actual=None,
            suggestion=f"set the venue to {_venue_str(key)} if that is where it was published",
        )
        return
    listed = venue_key(entry.venue)
    if listed is None:
        return  # a venue we cannot read: no claim either way
    if listed[0] != key[0] or (listed[1] and key[1] and listed[1] != key[1]):
        e.add(
            Rule.VENUE_MISMATCH,
            line,
            "venue",
            f"the entry says {entry.venue}, but {said}",
            expected=_venue_str(key),
            actual=entry.venue,
            suggestion=f"check where it was published; the metadata says {_venue_str(key)}",
        )


def _year_rule(e: _Emitter, ref: ArxivRef, got: ArxivRecord | None) -> None:
    entry = e.entry
    if entry.year is None:
        return
    venue = venue_years(entry.venue)
    if got is not None:
        v1_years = frozenset({got.published.year})
        venue |= venue_years(got.journal_ref) | venue_years(got.comment)
        v1_desc = f"arXiv v1 ({got.published.isoformat()})"
    else:
        v1_years = arxivid.possible_v1_years(ref)
        v1_desc = (
            f"the arXiv ID {ref.base_id} (first submitted {'/'.join(map(str, sorted(v1_years)))})"
        )
    if not v1_years or entry.year in v1_years | venue:
        return
    venue_desc = f" nor a venue year ({entry.venue})" if entry.venue and venue else ""
    if not venue_desc and venue:
        venue_desc = f" nor a venue year ({', '.join(map(str, sorted(venue)))})"
    expected = sorted(v1_years | venue)
    e.add(
        Rule.YEAR_MISMATCH,
        entry.year_line or entry.line,
        "year",
        f"the year {entry.year} is neither the year of {v1_desc}{venue_desc}",
        expected=" or ".join(map(str, expected)),
        actual=str(entry.year),
        suggestion=f"change the year to {max(v1_years) if len(v1_years) == 1 else expected[-1]}",
    )


def _code_rules(e: _Emitter) -> None:
    entry, ctx = e.entry, e.ctx
    link = entry.code
    if link is None or not link.url:
        return
    url = link.url
    if not is_http_url(url):
        return
    if any(p.search(url) for p in ctx.ignore_urls):
        return
    if not is_repository_url(url):
        e.add(
            Rule.CODE_LINK_NOT_REPOSITORY,
            link.line,
            "code",
            f"the code link {url} is a web page, not a source repository",
            actual=url,
            suggestion="link the source repository (e.g. https://github.com/OWNER/REPO) if there is one",
        )
    if not ctx.check_links:
        return
    check = ctx.links.get(url)
    if check is None:
        e.add(
            Rule.UNVERIFIED,
            link.line,
            "code",
            f"code link {url} not checked: {ctx.links_skipped or 'no result'}",
            actual=url,
        )
        return
    if check.status is LinkStatus.BROKEN:
        e.add(
            Rule.CODE_LINK_BROKEN,
            link.line,
            "code",
            f"the code link is gone: {check.message}",
            actual=url,
            suggestion="find the code's new home, or replace the link with 'none'",
        )
    elif check.status is LinkStatus.REDIRECTED and check.final_url:
        e.add(
            Rule.CODE_LINK_MOVED,
            link.line,
            "code",
            f"the code link moved permanently: {check.message}",
            fix=(url, check.final_url),
            expected=check.final_url,
            actual=url,
            suggestion=f"link {check.final_url}",
        )
    elif check.status in TRANSIENT_STATUSES:
        e.add(
            Rule.UNVERIFIED,
            link.line,
            "code",
            f"code link {url} not verified: {check.message or check.status.value}",
            actual=url,
        )
    if check.archived:
        e.add(
            Rule.CODE_REPO_ARCHIVED,
            link.line,
            "code",
            "the code repository is archived (read-only, no longer maintained)",
            actual=check.final_url or url,
        )


def check_entry(entry: PaperEntry, ctx: CheckContext) -> list[Finding]:
    """Every per-entry rule, in field order."""
    e = _Emitter(entry, ctx)
    ref = paper_ref(entry, ctx.today)
    _missing_fields(e, ref)
    _placeholder(e, entry.paper, "paper")
    _link_text_mismatch(e, entry.paper, "paper")
    _arxiv_rules(e, ref)
    _placeholder(e, entry.code, "code")
    _link_text_mismatch(e, entry.code, "code")
    _code_rules(e)
    return e.findings


def duplicate_findings(
    entries: Iterable[PaperEntry], ctx: CheckContext
) -> dict[int, list[Finding]]:
    """List-level findings (``duplicate-entry``, ``shared-code-link``) by entry index."""
    out: dict[int, list[Finding]] = {}
    seen_id: dict[tuple[str, str], tuple[int, PaperEntry]] = {}
    seen_title: dict[tuple[str, str], tuple[int, PaperEntry]] = {}
    seen_code: dict[tuple[str, str], tuple[PaperEntry, str]] = {}
    for i, entry in enumerate(entries):
        e = _Emitter(entry, ctx)
        ref = paper_ref(entry, ctx.today)
        if ref is not None and ref.valid:
            key = (entry.path, ref.base_id)
            if key in seen_id:
                _, first = seen_id[key]
                e.add(
                    Rule.DUPLICATE_ENTRY,
                    entry.line,
                    "paper",
                    f"links the same arXiv paper ({ref.base_id}) as the entry at line "
                    f"{first.line} ('{_short(first.title, 60)}')",
                    actual=ref.base_id,
                    suggestion="remove one of the two entries, or fix the link of the wrong one",
                )
            else:
                seen_id[key] = (i, entry)
        title_key = titles.compact(entry.title) if entry.title else ""
        if title_key:
            key = (entry.path, title_key)
            if key in seen_title and not any(f.rule is Rule.DUPLICATE_ENTRY for f in e.findings):
                _, first = seen_title[key]
                e.add(
                    Rule.DUPLICATE_ENTRY,
                    entry.line,
                    "title",
                    f"has the same title as the entry at line {first.line}",
                    actual=entry.title,
                    suggestion="remove one of the two entries",
                )
            seen_title.setdefault(key, (i, entry))
        url = entry.code.url if entry.code else None
        if url and is_http_url(url):
            code_key = (entry.path, canon_url(url))
            mine = f"arxiv:{ref.base_id}" if ref is not None and ref.valid else f"title:{title_key}"
            if code_key in seen_code and seen_code[code_key][1] != mine:
                first = seen_code[code_key][0]
                e.add(
                    Rule.SHARED_CODE_LINK,
                    entry.code.line,
                    "code",
                    f"the same code link as the entry at line {first.line} "
                    f"('{_short(first.title, 60)}'), which is a different paper",
                    actual=url,
                    suggestion="check which paper this code belongs to; link each entry's own code",
                )
            seen_code.setdefault(code_key, (entry, mine))
        if e.findings:
            out[i] = e.findings
    return out


def wanted_arxiv_ids(entries: Iterable[PaperEntry], today: date | None = None) -> list[str]:
    """Base IDs to resolve: every link target, and every ID a paper link's text names."""
    ids: list[str] = []
    for entry in entries:
        for ref in (paper_ref(entry, today), text_ref(entry.paper, today) if entry.paper else None):
            if ref is not None and ref.valid:
                ids.append(ref.base_id)
    return list(dict.fromkeys(ids))


def wanted_code_urls(entries: Iterable[PaperEntry], ctx: CheckContext) -> list[str]:
    """Code URLs to probe (http/https, not ignored), each once."""
    urls = []
    for entry in entries:
        link = entry.code
        url = link.url if link else None
        if url and is_http_url(url) and not any(p.search(url) for p in ctx.ignore_urls):
            urls.append(url)
    return list(dict.fromkeys(urls))


__all__ = [
    "CheckContext",
    "check_entry",
    "duplicate_findings",
    "paper_ref",
    "venue_years",
    "wanted_arxiv_ids",
    "wanted_code_urls",
]
