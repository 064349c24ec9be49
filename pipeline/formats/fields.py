"""Fields by role, from runs: which link is the paper, the code, the project page; which
text is the title, the short name, the year, the venue. Pure.

Every decision returns its evidence (a short phrase such as ``bold text`` or
``heading '2024'``) so that ``paperlist parse`` can show why a field was chosen.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from pipeline import arxivid
from pipeline.formats.common import VENUE_RE, VENUES
from pipeline.formats.runs import Run
from pipeline.urls import is_repository_url

PAPER_HOSTS = (
    "arxiv.org", "doi.org", "openreview.net", "aclanthology.org", "aclweb.org",
    "papers.nips.cc", "proceedings.neurips.cc", "neurips.cc/paper", "openaccess.thecvf.com",
    "proceedings.mlr.press", "ieeexplore.ieee.org", "dl.acm.org", "link.springer.com",
    "ojs.aaai.org", "aaai.org/ojs", "huggingface.co/papers", "semanticscholar.org",
    "ecva.net", "ijcai.org/proceedings", "sciencedirect.com", "nature.com/articles",
    "science.org/doi", "biorxiv.org", "medrxiv.org", "pubmed.ncbi.nlm.nih.gov",
    "ncbi.nlm.nih.gov/pmc", "jmlr.org/papers", "isca-archive.org", "isca-speech.org",
    "researchgate.net/publication", "papers.ssrn.com", "usenix.org/conference",
    "ndss-symposium.org", "onlinelibrary.wiley.com", "tandfonline.com", "mdpi.com",
    "frontiersin.org", "iopscience.iop.org", "journals.aps.org", "pnas.org", "cell.com",
    "aclanthology.info", "paperswithcode.com/paper", "academic.oup.com", "computer.org/csdl",
    "bmva.org", "bmvc", "roboticsproceedings.org", "ceur-ws.org", "jair.org", "tmlr",
    "alphaxiv.org", "iclr.cc", "icml.cc", "eccv", "neurips.cc/virtual", "proceedings.mlsys.org",
    "thecvf.com/virtual",
)  # fmt: skip
CODE_HOSTS = ("github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "gitee.com")
_GENERIC = frozenset(
    "paper papers pdf arxiv link links here code github gitlab repo repository project page "
    "website homepage home demo video videos slides slide blog post poster talk bib bibtex "
    "cite citation dataset data model models weights checkpoint checkpoints supp supplementary "
    "html abs hf huggingface colab twitter zhihu openreview official unofficial pytorch "
    "tensorflow jax implementation source star stars web site doi acm ieee springer preprint "
    "publication proceedings pub download full text notes note news leaderboard benchmark "
    "hugging face space spaces medium youtube reddit x article journal report technical tech the our "
    "available abstract authors author summary tldr presentation short recording".split()
)
_LABEL = re.compile(
    r"^\s*(?P<label>paper(?:\s*title)?|title|authors?|venue|conference|journal|published(?:\s+in)?|"
    r"publication|year|date|time|code|github|repo|repository|project(?:\s*page)?|homepage|"
    r"website|web|demo|pdf|arxiv|link|links|keywords?|tags?|summary|abstract|tl;?dr|note|"
    r"comment|institution|affiliation|organization|dataset|datasets|resources?)\s*[:：]\s*",
    re.IGNORECASE,
)
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(
    rf"(?<![\d.])(?P<y1>(?:19|20)\d\d)[-/.年](?:0?[1-9]|1[0-2])(?:[-/.月](?:[0-2]?\d|3[01])日?)?(?![\d])"
    rf"|(?<!\d)(?:\d{{1,2}}\s+)?{_MONTHS},?\s*(?:\d{{1,2}},?\s+)?(?P<y2>(?:19|20)\d\d)(?!\d)"
    rf"|(?<![\d.])(?:0?[1-9]|1[0-2])[-/.](?P<y3>(?:19|20)\d\d)(?![\d])"
    rf"|(?<![\d.])(?P<y4>(?:19|20)\d\d)(?:0[1-9]|1[0-2])(?![\d.])",  # 202305
    re.IGNORECASE,
)


def _date_year(m: re.Match[str]) -> int:
    return int(m.group("y1") or m.group("y2") or m.group("y3") or m.group("y4"))


_ARXIV_YEAR = re.compile(
    r"\barxiv\s*,?\s*(?:(?P<y>(?:19|20)\d\d)|(?:['’]|\s)\s*(?P<yy>\d\d))(?!\d)", re.IGNORECASE
)
"""``arXiv 2023``, ``arXiv'23`` (not ``arXiv05``, which is as likely a month)."""
_PREFIX_YEAR = re.compile(r"(?<![\w.'’])(?P<y>\d{2})['’](?=[A-Za-z])")
"""``21'ITSC``, ``19'EuRAD``: a two-digit year written before the venue."""
_CITE_YEAR = re.compile(r"(?:et\s+al\.?|\w)\s*,?\s*(?P<y>(?:19|20)\d\d)[a-z]?\s*\)")
_BARE_YEAR = re.compile(r"(?<![\w.\-/])(?P<y>(?:19[89]|20[0-4])\d)(?![\w/]|-\d|\.\d)")
_ID_LIKE = re.compile(r"\b\d{4}\.\d{4,5}(?:v\d+)?\b")
_YEAR_ONLY = re.compile(
    r"^\W*(?:year|published|papers?\s+(?:in|of|from))?\W*(?P<y>(?:19|20)\d\d)\W*(?:papers?|年)?\W*$",
    re.IGNORECASE,
)
_LEAD_TAG = re.compile(
    r"^\s*(?:(?:[\[(【](?P<tag>[^\]\)】]{1,90})[\])】])|:[a-z_]+:|[^\w\s\[(\"“'‘*]+)\s*[:：\-–—,.|]?\s*"
)
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d]")


@dataclass(frozen=True)
class TitleGuess:
    """A title, an optional short name, and the evidence that chose them."""

    title: str
    short_name: str | None
    evidence: str
    line: int


def link_role(r: Run) -> str:
    """``paper``, ``code``, ``project``, ``anchor``, ``malformed``, ``badge`` or ``other``."""
    return _role(r.url.strip(), r.text, bool(r.image))


@functools.lru_cache(maxsize=1 << 16)
def _role(url: str, link_text: str, image: bool) -> str:
    if not url:
        return "badge" if image else "other"
    if url.startswith("#"):
        return "anchor"
    if "%5D(" in url or url.startswith("%5B") or "](" in url:
        return "malformed"
    low = url.lower()
    try:
        parts = urlsplit(low)
    except ValueError:
        return "malformed"
    if parts.scheme not in ("http", "https", ""):
        return "other"
    host = (parts.hostname or "").removeprefix("www.")
    text = link_text.strip().lower().strip("[]() ")
    if host in ("img.shields.io", "api.star-history.com", "star-history.com", "badgen.net"):
        return "badge"
    if arxivid.from_url(url) or any(h in low for h in PAPER_HOSTS):
        return "paper"
    if host in CODE_HOSTS or host.endswith(".github.com"):
        return "code" if is_repository_url(url) or "code" in text else "other"
    if low.split("?")[0].endswith(".pdf") or text in ("paper", "pdf", "[paper]", "paper link"):
        return "paper"
    if host.endswith("github.io") or text in ("project", "project page", "website", "homepage"):
        return "project"
    if "code" in text.split() or text in ("github", "repo", "repository"):
        return "code"
    if any(w in text for w in ("project", "website", "homepage", "demo")):
        return "project"
    return "other"


def is_generic(text: str) -> bool:
    """True for link text that names a kind of link, not a paper (``[Paper]``, ``Code``)."""
    t = _EMOJI.sub(" ", text).lower()
    if re.match(r"^\s*(https?://|www\.)", t) or arxivid.parse_id(t.strip()):
        return True
    words = re.findall(r"[a-z0-9]+", re.sub(r"\([^()]*\)", " ", t))  # "Code (not yet)"
    if not words:
        return True
    return all(w in _GENERIC or w.isdigit() or len(w) == 1 for w in words)


_LINK_WORD = re.compile(r"^\s*([A-Za-z]{2,12})\s*[-–—|/]\s+(?=\S)")
_NUMBERING = re.compile(r"^\s*\(?\d{1,3}[.)]\s+(?=\S)")
"""``1. Title``, ``(2) Title``: a list number written into a heading or a cell."""


def _strip_lead(text: str) -> tuple[str, str | None]:
    """Leading decorations (emoji, ``[CVPR 2023]``, ``(ICLR'24)``, ``Paper:``) removed;
    returns the rest and the text of a bracketed tag (a venue/date tag)."""
    tag = None
    for _ in range(6):
        before = text
        m = _LEAD_TAG.match(text)
        if m and m.group(0).strip():
            if m.group("tag"):
                tag = (tag + " " if tag else "") + m.group("tag")
            text = text[m.end() :]
        m = _LABEL.match(text) or _NUMBERING.match(text)
        if m:
            text = text[m.end() :]
        m = _LINK_WORD.match(text)
        if m and is_generic(m.group(1)):
            text = text[m.end() :]  # "code - Title": an unlinked link label before it
        text = _EMOJI.sub(" ", text).lstrip()
        if text == before:
            break
    return text, tag


_AUTHORS_AFTER = re.compile(
    r"(?:,|\.)\s+(?:[A-Z][\w'’\-]*\.?\s+){0,3}[A-Z][\w'’\-]+(?:\s+et\s+al\.?|,\s*[A-Z][\w'’\-]*\.?\s)"
)
_AUTHORS_BEFORE = re.compile(
    r"^[A-Z][\w'’\-]+(?:\s+(?:and|&)\s+[A-Z][\w'’\-]+)?\s+et\s+al\.?\s*[,:.]\s+(?=\S)"
)
"""``Paden et al., A Survey of ...``: a citation's first author before the title."""
_ET_AL_AFTER = re.compile(r"\s+(?:[A-Z][\w'’\-]*\.?\s+){0,3}[A-Z][\w'’\-]+\s+et\s+al\b")
"""``Title *Corey Lynch et al. IEEE(RAL)*``: italic authors after the title, no comma."""
_TRAILING = re.compile(
    r"(?:\s*[\(\[](?:[^()\[\]]*(?:19|20)\d\d[^()\[\]]*|[^()\[\]]*et al\.?[^()\[\]]*"
    r"|[^()\[\]]*\b\d{2}['’][A-Za-z][^()\[\]]*|@[^()\[\]]+)[\)\]]\s*$)"
    r"|(?:\s+[-–—|]\s*$)|(?:[\s,;:.\-–—|\[(]+$)|(?:[.,]\s+(?:19|20)\d\d\.?$)"
)


_CITATION = (
    # ACM reference format: "A. Author and B. Author. 2020. Title. In Proceedings..."
    re.compile(
        r"^[^.]{3,}?\.\s+(?:19|20)\d\d[a-z]?\.\s+(?P<t>.{12,}?)"
        r"(?:\.\s+\S|\?\s+(?:In\s|[A-Z][a-z]+\s+(?:[Pp]reprint|[Pp]roceedings|[Cc]onference|[Jj]ournal)))"
    ),
    # APA: "Author, A., & Author, B. (2020). Title. Venue"
    re.compile(
        r"^[^()]{3,}?\((?:19|20)\d\d[a-z]?(?:,[^()]*)?\)\.\s+(?P<t>.{12,}?)"
        r"(?:\.\s+\S|\?\s+[A-Z][a-z]+\s+(?:[Pp]reprint|[Pp]roceedings|[Cc]onference|[Jj]ournal))"
    ),
)
_QUOTED = re.compile(r"^[\"“](?P<t>[^\"”]{8,})[\"”]")
_IN_VENUE = re.compile(r",?\s+[Ii]n\s+[*_]*(?:Proc|[A-Z]).*(?:19|20)\d\d.*$")


_TAIL_VENUE = re.compile(
    rf"\s+[(\[]?(?:{VENUES}|(?i:arxiv|preprint))\s*['’]?(?:19|20)?\d\d"
    r"(?:\s+(?:Findings|Workshops?|Oral|Spotlight|Poster|Demo))?[)\]]?\s*$"
)
"""A venue and year standing after the title (``Title EMNLP 2019`` from a code span)."""


def clean_title(text: str) -> str:
    """A title candidate without decorations, tags, author tails and trailing dates."""
    text = " ".join(_EMOJI.sub(" ", text).split())
    text, _ = _strip_lead(text)
    m = _QUOTED.match(text)
    if m:
        return m.group("t").strip()
    for pattern in _CITATION:
        m = pattern.match(text)
        if m:
            return m.group("t").strip()
    text = _IN_VENUE.sub("", text)
    text = _AUTHORS_BEFORE.sub("", text)
    m = _AUTHORS_AFTER.search(text) or _ET_AL_AFTER.search(text)
    if m and m.start() >= 12:
        text = text[: m.start()]
    for _ in range(4):
        new = _TRAILING.sub("", text).strip()
        if new == text:
            break
        text = new
    text = re.sub(r"\s+[-–—]\s+(?:[A-Z][\w&]*\s?)+['’]?\d{2,4}$", "", text)
    text = _TAIL_VENUE.sub("", text)
    return text.strip(" *_`\"'“”")


def _title_like(text: str) -> bool:
    letters = re.findall(r"[^\W\d_]", text)
    return len(letters) >= 2 and not is_generic(text)


def _is_context_text(text: str) -> bool:
    """Text that is only a year, a date, a venue or a venue with year."""
    t = text.strip(" *_:[]()【】-–—.,")
    if not t:
        return True
    if _YEAR_ONLY.match(t) or _DATE.fullmatch(t):
        return True
    m = VENUE_RE.fullmatch(t)
    return m is not None


def _segments(runs: list[Run]) -> list[tuple[str, Run | None, bool, int]]:
    """(text, link-or-None, bold, line) pieces, adjacent text runs of one weight joined."""
    out: list[tuple[str, Run | None, bool, int]] = []
    for r in runs:
        if r.kind == "break":
            out.append(("\n", None, False, r.line))
        elif r.kind == "link":
            out.append((r.text, r, r.bold, r.line))
        elif out and out[-1][1] is None and out[-1][2] == r.bold and out[-1][0] != "\n":
            out[-1] = (out[-1][0] + r.text, None, r.bold, out[-1][3])
        else:
            out.append((r.text, None, r.bold, r.line))
    return out


def _split_short(title: str) -> str | None:
    """``Short`` of a ``Short: Title`` form, when the part before the colon is a name."""
    head, sep, rest = title.partition(":")
    if not sep or not rest.strip():
        return None
    head = head.strip()
    words = head.split()
    name_like = any(c.isdigit() or c == "-" for c in head) or any(
        any(ch.isupper() for ch in w[1:]) for w in words
    )
    if (
        1 <= len(words) <= 2
        and len(head) <= 30
        and len(rest.split()) >= 2
        and (name_like or len(words) == 1)
    ):
        return head
    return None


def guess_title(runs: list[Run], *, cell: bool = False) -> TitleGuess | None:
    """The entry's title among ``runs``: bold text, a title-like link text, or the text
    before the first link; a short bold name followed by ``: rest`` is kept as a short
    name. In a title ``cell`` any text counts; elsewhere it must look like a title."""
    segs = _segments(runs)
    for i, (text, link, bold, line) in enumerate(segs):
        if text == "\n":
            continue
        if link is not None:
            if link.alt_only or link_role(link) in ("anchor", "badge"):
                continue
            cand = clean_title(text)
            if not _title_like(cand) or _is_context_text(cand):
                continue
            if bold:
                return _with_short(cand, "bold link text", line)
            return _with_short(cand, "link text", line)
        cand = clean_title(text)
        if not _title_like(cand) or _is_context_text(cand):
            continue
        if bold and _bracketed(segs, i):
            continue  # ``[**Topic**] Title``: a tag before the title, not the title
        if bold:
            colon = text.rstrip(" *_").endswith((":", "："))
            return _bold_title(cand + (":" if colon else ""), segs[i + 1 :], line)
        if text.rstrip().endswith((":", "：")) and len(cand.split()) <= 3:
            linked = _next_link_title(segs[i + 1 :])
            if linked is not None:
                return TitleGuess(f"{cand}: {linked}", cand, "name before the title link", line)
        if re.search(r"\s[-–—]\s*$", text) and len(cand.split()) <= 3:
            linked = _next_link_title(segs[i + 1 :])
            if linked is not None and len(linked.split()) >= 3:  # ``ABC-GAN - [Title](url)``
                return TitleGuess(linked, cand, "link text after the name", line)
        if len(cand.split()) == 1 or _tags_only(cand):
            later = _later_title(segs[i + 1 :])
            if later is not None:
                return TitleGuess(later, cand, "text after the name", line)
        if cell or len(cand.split()) >= 2 or _next_is_paper_link(segs[i + 1 :]):
            return _with_short(cand, "text", line)
    return None


def _tags_only(text: str) -> bool:
    """``UVOS Jul``: a few short tags (task, month) written before the links."""
    words = text.split()
    return len(words) <= 3 and all(len(w) <= 5 for w in words)


_PROSE_START = frozenset(
    "this these that to our we it see check for please in here you if more".split()
)
_PROSE_WORDS = re.compile(r"\b(?:is|are|was|were|check|see|our|you|we|can|please)\b", re.I)


def is_prose(text: str) -> bool:
    """A sentence written around a link (``This is a Theano implementation of ...``,
    ``To see a survey of RGBD datasets, check out ...``, ``Our survey paper is at``),
    not a paper's title."""
    words = text.split()
    return (
        len(words) >= 4
        and words[0].lower() in _PROSE_START
        and bool(_PROSE_WORDS.search(" ".join(words[1:])))
    )


def _bracketed(segs: list, i: int) -> bool:
    before = segs[i - 1][0].rstrip() if i else ""
    after = segs[i + 1][0].lstrip() if i + 1 < len(segs) else ""
    return before.endswith(("[", "【")) and after.startswith(("]", "】"))


def _later_title(segs: list) -> str | None:
    """A title written after the links on the same line (``AVOS - [paper] - Title``)."""
    for text, link, _, _ in segs:
        if text == "\n":
            return None
        if link is None:
            cand = clean_title(text)
            authors = re.search(r"\bet\s+al\b", cand)
            if len(cand.split()) >= 3 and _title_like(cand) and not _is_context_text(cand):
                return None if authors else cand
    return None


def _next_link_title(segs: list) -> str | None:
    """The title-like text of a link that comes right after (``Name: [Title](url)``)."""
    for text, link, _, _ in segs:
        if link is None:
            if text.strip():
                return None
            continue
        if link.alt_only or link_role(link) in ("anchor", "badge"):
            return None
        cand = clean_title(text)
        return cand if _title_like(cand) and len(cand.split()) >= 2 else None
    return None


def _next_is_paper_link(segs: list) -> bool:
    for text, link, _, _ in segs:
        if link is not None:
            return link_role(link) == "paper"
        if text.strip():
            return False
    return False


def _with_short(title: str, evidence: str, line: int) -> TitleGuess:
    return TitleGuess(title, _split_short(title), evidence, line)


MAX_TITLE_WORDS = 30
"""Longer text after ``**Name**:`` is a description of the named thing, not its title."""
_DESCRIPTION = re.compile(r"^(?:We|This|These|It|Our)\s|^.{40,}?[.!?]\s+[A-Z]\w*\s+\w+")
_VERB = re.compile(
    r"\s+(?:is|are|was|comprises|contains|consists|composes|provides|presents|describes|"
    r"includes)\b"
)
"""A sentence about the named thing (``LegalLAMA is a diverse probing benchmark``)."""


def _describes(text: str, name: str) -> bool:
    """True when ``text`` is a sentence about ``name`` rather than its title."""
    if _DESCRIPTION.match(text):
        return True
    return text.lower().startswith(name.lower()) and bool(_VERB.match(text[len(name) :]))


def _bold_title(bold: str, rest: list, line: int) -> TitleGuess:
    """A bold lead: the title itself, or a short name followed by ``: title``/a link."""
    words = bold.rstrip(":").split()
    if len(words) > 3 or len(bold) > 30:
        return _with_short(bold, "bold text", line)
    tail = ""
    for text, link, _, _ in rest:
        if text == "\n" or link is not None:
            break
        tail += text
    m = (
        re.match(r"^\s*[:：\-–—]\s*(.+)$", tail)
        if not bold.endswith(":")
        else re.match(r"^\s*(.+)$", tail)
    )
    if m:
        after = clean_title(m.group(1))
        short = bold.rstrip(": ")
        if 2 <= len(after.split()) <= MAX_TITLE_WORDS and not _describes(after, short):
            return TitleGuess(f"{short}: {after}", short, "bold short name and text", line)
    for text, link, _, lline in rest:
        if text == "\n":
            break
        if link is not None and not link.alt_only and _title_like(clean_title(text)):
            return TitleGuess(
                clean_title(text), bold.rstrip(": "), "link text after bold name", lline
            )
    return TitleGuess(bold.rstrip(": "), None, "bold text", line)


def context_facts(text: str) -> tuple[int | None, str | None]:
    """(year, venue) a heading or parent item names when it is only a year/venue/date."""
    t = text.strip(" *_:[]()【】-–—.,")
    if not t or len(t) > 40:
        return None, None
    m = _YEAR_ONLY.match(t)
    if m:
        return int(m.group("y")), None
    m = _DATE.fullmatch(t)
    if m:
        return _date_year(m), None
    v = VENUE_RE.fullmatch(t)
    if v:
        return _venue_year(v), v.group("venue")
    m = _ARXIV_YEAR.match(t)
    if m:  # "ArXiv 2024 (Within the last 6 months)"
        return (int(m.group("y")) if m.group("y") else 2000 + int(m.group("yy"))), None
    v = VENUE_RE.search(t) if len(t.split()) <= 5 else None
    if v and _venue_year(v) and not re.search(r"\b(?:before|until|since|after|pre)\b", t, re.I):
        return _venue_year(v), v.group("venue")  # "Submitted ICLR 2026", "Accepted at CVPR'24"
    return None, None


def _venue_year(m: re.Match[str]) -> int | None:
    if m.group("yyyy"):
        return int(m.group("yyyy"))
    if m.group("yy"):
        return 2000 + int(m.group("yy"))
    return None


_ACRONYM_VENUE = re.compile(
    r"(?<![\w\-])(?P<venue>(?=\w*[A-Z]\w*[A-Z])[A-Z][A-Za-z]{1,9})"
    r"(?:[*_]*,?\s*['’]?\s*(?P<yyyy>(?:19|20)\d\d)|['’](?P<yy>\d\d))(?![\d\-/]|\.\d)"
)
"""A venue the list of known ones lacks, written as an acronym and a year (``ASPLOS 2023``,
``MLSys 2021``): only as a fallback, and only with its year."""
_NOT_VENUES = frozenset("LLM LLMS GPT AI ML NLP CV RL DL COVID GNN CNN RNN BERT TREC MS".split())


def _acronym_year(m: re.Match[str]) -> int:
    return int(m.group("yyyy")) if m.group("yyyy") else 2000 + int(m.group("yy"))


def find_venue(text: str) -> tuple[str | None, int | None]:
    """The first venue named in ``text`` and its year (``CVPR 2023``, ``ICLR'24``)."""
    m = VENUE_RE.search(text)
    if m:
        return m.group("venue"), _venue_year(m)
    for a in _ACRONYM_VENUE.finditer(text):
        if a.group("venue").upper() not in _NOT_VENUES:
            return a.group("venue"), _acronym_year(a)
    return None, None


_LOOSE_YEAR = re.compile(r"(?<!\d)(?P<y>(?:19[89]|20[0-4])\d)(?!\d)")


def find_year(text: str, *, loose: bool = False) -> tuple[int | None, str | None]:
    """A year the text states for the entry, and the words it was read from: a venue
    year (``ACL 2023``), a date, ``arXiv 2022``, ``(Goodfellow et al., 2015)``, or a lone
    year. ``loose`` (a year or venue column) also reads ``TGRS2024``."""
    text = _ID_LIKE.sub(" ", text)
    v = VENUE_RE.search(text)
    if v and _venue_year(v):
        return _venue_year(v), v.group(0).strip()
    a = next(
        (a for a in _ACRONYM_VENUE.finditer(text) if a.group("venue").upper() not in _NOT_VENUES),
        None,
    )
    if a:
        return _acronym_year(a), a.group(0).strip()
    m = _DATE.search(text)
    if m:
        return _date_year(m), m.group(0).strip()
    m = _ARXIV_YEAR.search(text)
    if m:
        return (int(m.group("y")) if m.group("y") else 2000 + int(m.group("yy"))), m.group(0)
    m = _PREFIX_YEAR.search(text)
    if m:
        venue = re.match(r"[\w\-]+", text[m.end() :])
        return 2000 + int(m.group("y")), m.group(0) + (venue.group() if venue else "")
    m = _LOOSE_YEAR.search(text) if loose else None
    if m:
        return int(m.group("y")), m.group(0)
    m = _CITE_YEAR.search(text)
    if m:
        return int(m.group("y")), m.group(0)
    m = _BARE_YEAR.search(text)
    if m:
        return int(m.group("y")), m.group(0)
    return None, None


def badge_text(r: Run) -> str:
    """Words a badge image carries in its URL (``badge/Conference-NeurIPS'23-blue``)."""
    if not r.image or "shields.io/badge/" not in r.image:
        return ""
    name = unquote(r.image.split("/badge/", 1)[1].split("?")[0])
    name = re.sub(r"\.(svg|png)$", "", name)
    name = name.replace("__", "\1").replace("_", " ").replace("\1", "_")  # shields: _ is a space
    return " ".join(name.replace("--", "\0").replace("-", " ").replace("\0", "-").split()[:-1])


def strip_label(text: str) -> tuple[str | None, str]:
    """(label, rest) of ``Label: rest`` lines (``Code: ...``, ``Authors: ...``)."""
    m = _LABEL.match(text)
    if not m:
        return None, text
    return m.group("label").lower(), text[m.end() :]
