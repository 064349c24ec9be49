"""A venue and its year written after a title and a comma, in a list's own words:
``Title, Physical review E 1995.``, ``Title, AIAA Guidance, Navigation, and Control
Conference and Exhibit 2004.``, ``Title, ACM Transactions on Graphics (TOG 2006).`` Pure."""

from __future__ import annotations

import re

from pipeline.formats import authors as A
from pipeline.formats.authors import person_list
from pipeline.formats.common import (
    JOINING_WORD,
    PREPRINT_SERVERS,
    SERIES_OPENERS,
    VENUE_LINE,
    VENUE_RE,
    VENUES,
)
from pipeline.formats.contextfacts import context_facts

STATUS = (
    r"(?:\s+(?:submission|submitted|(?:in|under)\s+review"
    r"|(?i:survey|main|demo|industry|findings|special)\s+(?i:track)))?"
)
"""A paper's status after its venue year: ``ICLR 2022 submission`` (after a bare year it
is a title's own words: ``Machine Learning, 2021 in review``)."""
_YEAR_END = re.compile(
    rf"(?:\(\s*(?:[A-Z][\w-]*\s+)?(?:19|20)\d\d\s*\)|(?:\b|(?<=[A-Z]{{2}}))(?:19|20)\d\d"
    rf"(?:\.(?:0[1-9]|1[0-2]))?{STATUS})\.?\s*$"
)
"""The tail ends in a year, bare (and its month: ``ArXiv 2019.12``), glued to an acronym
(``IEEE TCYB2017``) or in brackets with one (``(ITSC 2018)``), maybe with its status after it."""
_VOLUME_TAIL = re.compile(
    r"(?<=(?:19|20)\d\d)\s*[,;]\s*(?:vol\.?\s*)?(?!(?:19|20)\d\d\b)\d{1,4}(?:\s*\(\d{1,4}\))?"
    r"(?:\s*[,:]\s*(?:pp?\.?\s*)?[A-Za-z]?\d+(?:\s*[-–]\s*\d+)?)?\s*\.?\s*$"
)
"""``, 602(7897), pp.414-419`` after a journal's year: its volume, issue and pages."""
_JOURNAL_VOLUME_YEAR = re.compile(
    r"[,.]\s+(?P<j>[A-Z][^,.]{1,120}?),\s*\d{1,4}(?:\s*\(\d{1,4}\))?\s+\((?:19|20)\d\d\)"
    r"(?:\s*,\s*(?:pp?\.\s*)?[A-Za-z]?\d+(?:\s*[-–]\s*\d+)?)?\s*\.?\s*$"
)
"""``, Signal Processing, 225 (2024), p. 109514`` after a title (Elsevier's style): the
journal, its volume, the year in brackets and the page or article number."""
_JOURNAL_LINKS = frozenset("of and on in for the its with from to & part".split())


def cut_journal_volume(text: str) -> str:
    """``text`` without a :data:`_JOURNAL_VOLUME_YEAR` tail whose journal is capitalised
    words (``Transportation Research Part C: Emerging Technologies``)."""
    m = _JOURNAL_VOLUME_YEAR.search(text)
    if m is None or len(text[: m.start()].split()) < MIN_TITLE_WORDS:
        return text
    words = m["j"].split()
    named = len(words) <= 12 and all(w[:1].isupper() or w in _JOURNAL_LINKS for w in words)
    return text[: m.start()] if named else text


_ONE_AUTHOR_TAIL = re.compile(r",\s*(?:[A-Z]\.\s?){1,3}[A-Z][\w'’-]+(?:\s+et\s+al)?\.?\s*$")
"""``, B. Li``, ``, Y. Chen et al.``: the first author after a venue and its year."""
_LAB_AFTER_YEAR = re.compile(
    r"(?<=\b(?:19|20)\d\d)\s*\(\s*[*_]{0,2}[A-Z](?:[^()*_]|\([^()]{1,20}\)){1,40}[*_]{0,2}\s*\)\s*\.?\s*$"
)
"""``(*Cornell*)``, ``(*Tomorrow Advancing Life (TAL)*)`` after a venue's year: the authors'
lab or company."""
_INITIALS_ET_AL = re.compile(r"(?:[A-Z]\.-?\s?){1,3}\s*et\s+al\b")
_VENUE_WORDS = frozenset(
    "conference journal transactions proceedings letters review reviews workshop symposium "
    "magazine nature science arxiv preprint international annual".split()
)
_ACRONYM = re.compile(r"^\(?[A-Z][A-Z&\-]{1,9}\)?$")
MIN_TITLE_WORDS = 3
MAX_VENUE_PART = 3
"""Words of a comma-separated part of a venue's name (``AIAA Guidance``, ``Navigation``)."""


def cut_venue_year(text: str) -> str:
    """``text`` without a ``, Venue Year`` tail: the rightmost comma whose rest starts with
    a capital, names a venue (a venue word, an acronym or a known venue) and ends in a
    year; short capitalised parts before it (``AIAA Guidance, Navigation, and ...``) go
    with the venue. Any other text is returned whole, without a link's opening bracket."""
    core = text.rstrip(" [(*_,")  # ``Title, ECCV 2018. [[paper](url)]``: the link's bracket
    core = _VOLUME_TAIL.sub("", core)  # ``Title, *Nature*, 2022, 602(7897), pp.414-419``
    core = cut_journal_volume(core)  # ``Title, Signal Processing, 225 (2024), p. 109514``
    author = _ONE_AUTHOR_TAIL.search(core)  # ``Title, IEEE TIP 2019, B. Li``
    core = core[: author.start()] if author and _YEAR_END.search(core[: author.start()]) else core
    lab = _LAB_AFTER_YEAR.search(core)  # ``Title, ECCV, 2022 (*Cornell*).``: cut with its venue
    cut = _cut_at_venue(core[: lab.start()] if lab else core)
    return cut if cut is not None else core


def _cut_at_venue(core: str) -> str | None:
    """``core`` before its ``, Venue Year`` tail, or None when it has none."""
    if not _YEAR_END.search(core[-40:]) or re.search(r"[\"“”]", core):
        return None  # no year at the end, or a quoted title (its commas are its own)
    cuts = [m.start() for m in re.finditer(",", core)]
    for k in reversed(range(len(cuts))):
        rest = core[cuts[k] + 1 :].strip()
        if _INITIALS_ET_AL.match(rest):
            continue  # ``Title. Hertz, A. et al. arXiv 2022``: a surname's initials
        if (rest[:1].isupper() or rest.lower().startswith("arxiv")) and _names_venue(rest):
            while k > 0 and _venue_part(core[cuts[k - 1] + 1 : cuts[k]]):
                k -= 1
            head = core[: cuts[k]].strip()
            return head if len(head.split()) >= MIN_TITLE_WORDS else None
    return None


_YEAR_THEN = re.compile(
    r"(?:\s*\(\s*(?:19|20)\d\d\s*\)\s*|[.,]\s*(?:19|20)\d\d\s*)[.,]\s*(?=[A-Za-z])"
)
"""``Title (2014), Names``, ``Title, 2026, Preprint.``, ``Title. 2014. ICML.``: the year
closed by a comma or a full stop, then the authors or the venue."""


def cut_year_then_tail(text: str, *, bracketed: bool = False) -> str:
    """``text`` without a year and the authors or the venue after it (``Title (2014), Xin
    Rong``, ``Title(2018),Patro et al.``, ``Title, 2026, Preprint.``); any other text whole
    (``COVID-19, 2020, and Beyond`` keeps its clause)."""
    m = _YEAR_THEN.search(text)
    if m is None or len(text[: m.start()].split()) < MIN_TITLE_WORDS:
        return text
    if bracketed and not m.group().lstrip().startswith("("):
        return text  # before the author cuts: only ``Title (2014), Names``
    rest = text[m.end() :].strip(" .")
    opener = rest.split(" ", 1)[0].lower()  # ``Proceedings of NeurIPS``, ``IEEE TPAMI``
    venued = opener in _SERIES and len(rest.split()) <= 8
    venue = VENUE_RE.fullmatch(rest) or rest.lower() in _PREPRINT or _ACRONYM.match(rest) or venued
    person = A.one_person(rest.split()) and _NOT_NAMES.isdisjoint(rest.lower().split())
    named = rest[:1].isupper() and (person or A.people(rest) or A.reads_as_authors(rest))
    return text[: m.start()] if venue or named or A.BYLINE.search(rest) else text


_NOT_NAMES = frozenset("part one two three ten years later revisited again edition redux".split())
"""Words of a title's closing clause after a year (``(2009), Part One``), not of a name."""
_SERIES = frozenset(w.lower() for w in SERIES_OPENERS) | {"conference", "workshop", "symposium"}
_PREPRINT = ("preprint", "arxiv preprint", *PREPRINT_SERVERS)


_ABBREVIATED = re.compile(r"(?=.*[A-Z][a-z]{2,8}\.)(?:[A-Z][a-z]{0,8}\.\s*)+(?:[A-Z][a-z]+)?")
"""``Nucl. Fusion``, ``Phys. Rev. Lett.``, ``J. Mach. Learn. Res.``: a journal's ISO 4 name."""


def _names_venue(rest: str) -> bool:
    """``ECCV 2018``, ``International Conference on ...``, ``Physical review E 1995``: a
    venue opens the rest (a known one, an acronym or a venue word), or the rest is a short
    name holding a venue word."""
    words = re.findall(r"[\w&()-]+", _YEAR_END.sub("", rest))
    if not words:
        return False
    worded = any(w.lower() in _VENUE_WORDS for w in words)
    acronym = _ACRONYM.match(words[0]) and (len(words) <= 2 or worded)  # not ``GPT and T5 in``
    opens = words[0].lower() in _VENUE_WORDS or acronym or VENUE_RE.match(rest)
    opens = opens or _ABBREVIATED.fullmatch(_YEAR_END.sub("", rest).strip(" *_,"))
    return bool(opens or (len(words) <= MAX_VENUE_PART + 1 and worded))


def _venue_part(part: str) -> bool:
    """``AIAA Guidance``: a short capitalised part of a venue's name, with an acronym or a
    venue word (not ``Hear`` of ``Learning to See, Hear, NeurIPS 2022``)."""
    words = part.split()
    named = any(_ACRONYM.match(w) or w.lower() in _VENUE_WORDS for w in words)
    return 1 <= len(words) <= MAX_VENUE_PART and all(w[:1].isupper() for w in words) and named


_VENUE_SENTENCE = re.compile(
    rf"(?<=[^\s.]{{2}})\.\s+(?:{VENUES}|[Aa]r[Xx]iv)\s?['’]?(?:(?:19|20)\d\d|\d\d)(?:\s\([^()]{{1,80}}\))?\.(?=\s+[A-Z]|\s*$)"
)
"""``. NAACL 2018.`` between a title and its authors: a sentence of a known venue (or arXiv) and
year (and a note in brackets: ``. NeurIPS 2021 (Spotlight).``)."""


_CLOSING_VENUE = re.compile(
    r"(?<=[^\s.]{2})\.\s+[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|&|of|on|for|in|and|the|to)){1,7}"
    r",?\s+(?:19|20)\d\d\.?\s*$"
)
"""``. Computers & Graphics 2013.``, ``. Modern Approaches to Discrete Curvature 2017.``:
a last sentence of two capitalised words or more and a year, the venue of the title
before it (one word, ``. ICCV 2017``, is left to the known venues' patterns)."""


_SERIES_SENTENCE = re.compile(
    r"(?<=[^\s.\d]{2})\.\s+(?:(?:19|20)\d\d\s+)?(?:IEEE|ACM|SIAM|Journal|Transactions|Proceedings"
    r"|International\s+(?:Joint\s+)?(?:Conference|Journal|Symposium|Workshop))\b(?:\s+(?:[A-Z][\w&'’-]*|&|of|on|for|in|and|the|to)){1,15}"
    r"(?:\s*\([A-Z][A-Za-z]{1,9}\))?(?:,?\s+(?:19|20)\d\d)?\.?\s*$"
)
"""``. IEEE Journal of Selected Topics in ... Remote Sensing 2016``, ``. 2017 IEEE
International Conference on Data Mining (ICDM)``, ``. IEEE Transactions on Circuits and
Systems for Video Technology, 2016``: a last sentence naming a journal or proceedings by its
series."""


_VENUE_CLOSES = re.compile(
    rf"(?<=[^\s.]{{2}})\.\s+(?:[^.]{{0,120}}?,\s*)?(?=\w*[A-Z]\w*[A-Z])(?:{VENUES})\.?\s*$"
    r"|(?<=[^\s.]{2})\.\s+[^.]{0,160}?\b(?:Conference|Workshop|Symposium|Transactions|Journal"
    r"|Proceedings)\b[^.]{0,120}\([A-Z][A-Za-z]{2,9}\)\.?\s*$"
)
"""``. EMNLP``, ``. 3rd Workshop of Computational Approaches to ..., ACL``, ``. IEEE
International Conference on Acoustics, Speech, and Signal Processing (ICASSP)``: a last
sentence that is a known venue's acronym (alone or after a comma), or names a conference,
workshop or journal and ends with its acronym in brackets; no year (not ``. The Case of
EMNLP``, ``. An Overview (Draft)``)."""


_NAMING = r"News|Letters|Transactions|Journal|Conference|Symposium|Meeting|Workshop|Magazine"
"""The nouns that name a venue's kind (of :data:`_VENUE_WORDS`, the closing ones: not
``International``, ``arXiv`` or ``Review``, which open titles too)."""
_VENUE_NAME_LEAD = re.compile(
    r"^\s*(?:\(\s*(?:19|20)\d\d\s*\)\s*)?"
    r"(?P<v>(?:IEEE|ACM|IEEE/ACM|ACM/IEEE|International|Annual)\s"
    rf"(?:[^:：.]{{3,110}}?(?:\s(?:{_NAMING})|\([A-Za-z][\w/&-]{{1,15}}\))"
    rf"|(?:[^:：.]{{0,40}}?\s)?(?:{_NAMING})\s(?:on|of)\s[^:：.]{{3,100}}?))\s*[:：]\s+(?=[A-Z\d])"
)
"""``(2011) ACM SIGARCH Computer Architecture News: The gem5 simulator``, ``IEEE Computer
Architecture Letters: DRAMSim2: …``, ``International Symposium on High-Performance Computer
Architecture (HPCA): Interval simulation: …``, ``IEEE Transactions on … Systems: HotSpot: …``:
a venue's name (opened by a publisher or ``International``, naming its kind, and closed by
that noun or its acronym, or ``Transactions on …``) before the title's colon; not
``International Roughness Index (IRI): …`` or ``ACM Conference Peer Review Systems: …``."""
_NAMES_KIND = re.compile(rf"\b(?:{_NAMING})\b")


def cut_venue_sentence(text: str) -> str:
    """``Title. NAACL 2018. Cai, Liwei, and William Yang Wang.``: the title before a sentence
    that names only a known venue and its year (what follows it is the authors), or before
    a last sentence of capitalised words ending in a year (``Title. Computers & Graphics
    2013.``); the title after a venue's name and a colon (:data:`_VENUE_NAME_LEAD`)."""
    led = _VENUE_NAME_LEAD.match(text)
    led = led if led and _NAMES_KIND.search(led["v"]) else None
    text = text[led.end() :] if led and len(text[led.end() :].split()) >= 2 else text
    text = _VOLUME_TAIL.sub("", text)  # ``Title. Fusion Engineering and Design, 2025, 216, 1``
    said = _STATUS_CLAUSE.search(text[:MAX_TEXT])  # ``Title, accepted in ACM Transactions on …``
    text = text[: said.start()] if said and len(text[: said.start()].split()) >= 3 else text
    m = _VENUE_SENTENCE.search(text[:MAX_TEXT]) or _CLOSING_VENUE.search(text[:MAX_TEXT])
    m = m or _SERIES_SENTENCE.search(text[:MAX_TEXT]) or _VENUE_CLOSES.search(text[:MAX_TEXT])
    m = m or _abbreviated_journal(text[:MAX_TEXT])
    head = text[: m.start()] if m else text
    return head if m and len(head.split()) >= MIN_TITLE_WORDS else text


MAX_TEXT = 600
_JOURNAL_SENTENCE = re.compile(
    r"(?<=[^\s.]{2})\.\s+(?P<j>(?:(?:[A-Z]{2,}|[A-Z][a-z]{0,8}\.?)\s+){1,8}(?:[A-Z]{2,}|[A-Z][a-z]{0,8}\.?))"
    r"(?:,?\s+(?:19|20)\d\d)?\.?\s*$"
)
_JOURNAL_OPENER = re.compile(r"(?:IEEE|ACM)\s+Trans\.|Proc\.|J\.\s")
"""How an abbreviated journal's name opens (``IEEE Trans. Neural Networks Learning Syst.``)."""
_ABBREVIATED_WORD = re.compile(r"\b[A-Z][a-z]{1,7}\.")


def _abbreviated_journal(text: str) -> re.Match[str] | None:
    """``. IEEE Trans. Pattern Anal. Mach. Intell.``, ``. J. Mach. Learn. Res``: a last
    sentence that is a journal's name abbreviated (two abbreviated words or more, and half
    of its words at least)."""
    m = _JOURNAL_SENTENCE.search(text)
    short = len(_ABBREVIATED_WORD.findall(m["j"])) if m else 0  # (most of its words: not
    opened = m is not None and _JOURNAL_OPENER.match(m["j"]) is not None  # ``. Why Not ... Pt.``)
    return m if short >= 2 and (opened or short * 2 >= len(m["j"].split())) else None


_STATUS_CLAUSE = re.compile(
    r"(?i)[,.;]\s*(?:published|accepted|appeared|to\s+appear|presented)\s+(?:in|at|by|to|on)\b[^.]{0,150}$"
    r"|\.\s+(?:CoRR|arXiv),?\s+(?:abs/)?\d{4}\.\d{4,5}(?:v\d+)?\.?\s*$"
)
"""``Title, accepted in ACM Transactions on …``, ``Title. CoRR, abs/1804.10233.``: where it
was published, after the title."""
"""Characters of a title candidate the venue sentence is looked for in."""


_DATE_TAIL = re.compile(
    r"\s*[,;]?\s+(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?,?\s+"
    r"(?:(?:19|20)\d\d|['’]?\d\d)\s*[,.;]?\s*$",
    re.IGNORECASE,
)
"""A month cut short and a year: a date stamp (``, Oct 2023``), not a title's own date,
which names its month in full (``Capitol Riot, January 2021``, ``Arctic Summer 2012``)."""
_BEFORE_A_DATE = re.compile(rf"(?i){JOINING_WORD}|since|until|till|through|before|after|during")


def cut_date_tail(text: str) -> str:
    """``Title, Oct 2023``, ``Title Jul 2023``, ``Title jan 23``: ``text`` without the month
    and year closing it (not ``Learning in March 2020``, where the date is the title's)."""
    m = _DATE_TAIL.search(text)
    if m is None or m.start() < 12:
        return text
    before = text[: m.start()].rstrip(" ,;")
    last = before.rsplit(None, 1)[-1] if before.strip() else ""
    return text if _BEFORE_A_DATE.fullmatch(last) else before


_BYLINE_VENUE = re.compile(
    r"\s*(?P<names>[^.\[\]]{2,80}?[a-z¨]{2})\.\s+(?P<venue>[^.\[\]]{2,80}?(?:19|20)\d\d)\b"
)


def byline_venue(text: str) -> bool:
    """``Clemens Arth. ISMAR, 2009. [[paper]](url)``: authors, then a short venue sentence
    with its year (not ``Names. Database Meets Artificial Intelligence: A Survey.``)."""
    m = _BYLINE_VENUE.match(text)
    return bool(m) and len(m["venue"].split()) <= 10 and person_list(m["names"] + ",")


_WORDS_YEAR = re.compile(
    r",\s+(?P<x>(?:[A-Z][\w&.'’-]*\s+(?:(?:and|of|on|in|the|&)\s+)*){0,5}[A-Z][\w&.'’()-]*)"
    r",\s+(?:19|20)\d\d\.?$"
)
_SERIES_END = re.compile(r"[\w-]+\s+(?:and|&)\s+[\w-]+")
_LOWER_WORD = re.compile(r"\b(?!(?:and|of|on|in|the|for|with|from|to|via|by|at|into)\b)[a-z]{4,}\b")


def cut_words_year(text: str) -> str:
    """``Title, Artificial Intelligence and Statistics, 2015.``, ``Title, Asilomar, 2022.``,
    ``Title, Miller, 2019``: capitalised words between the title's comma and its year are
    where or by whom, when they are one word, name a venue (``Journal``, ``Workshop``) or
    stand out from a title in sentence case; not a clause of a title in title case (``Not
    Bugs, They Are Features, 2019``) or the last of its series (``Cognition, Affection and
    Behavior, 2023``)."""
    m = _WORDS_YEAR.search(text)
    if m is None or _SERIES_END.fullmatch(m["x"]):
        return text
    head = text[: m.start()]
    cased = _LOWER_WORD.search(head) is not None  # ``Estimating the accuracies of ...``
    named = len(m["x"].split()) == 1 or VENUE_LINE.search(m["x"]) is not None
    return head if named or cased else text


_VENUE_KIND = r"(?:Transactions|Journal|Proceedings|Conference|Symposium|Workshop|Letters)"
_NAMED_VENUE_YEAR = re.compile(
    r"(?:(?:IEEE|ACM|The|International|European|Asian|American|Annual|Joint|National)\s+){0,4}"
    rf"{_VENUE_KIND}\s+(?:on|of|in)\s+[^()\d,]{{1,80}}?(?:\s*\([A-Z][\w&-]{{1,12}}\))?"
    rf"|(?:[A-Z][a-z]+\s+){{0,6}}{_VENUE_KIND}\s*\([A-Z][\w&-]{{1,12}}\)"
)
_CLOSING_YEAR = re.compile(r"\s*,\s*(?:19|20)\d\d\.?$")


def named_venue_year(text: str) -> bool:
    """``Transactions on Machine Learning Research (TMLR), 2022.``, ``European Semantic Web
    Conference (ESWC), 2018.``: a venue written out in full with its year, not a title (a
    venue's kind ``on``/``of``/``in`` its field, or its acronym in brackets after the kind;
    not ``Detecting Fraudulent Transactions with ..., 2021.``)."""
    text = text.strip()
    if (m := _AT_VENUE.fullmatch(text)) and all(context_facts(m["venue"])):
        return True  # ``Findings of ACL 2025``, ``MAGMaR at ACL 2025``: where it appeared
    year = _CLOSING_YEAR.search(text) if len(text) <= 160 else None
    return year is not None and _NAMED_VENUE_YEAR.fullmatch(text[: year.start()]) is not None


_AT_VENUE = re.compile(
    r"(?i)[\w-]+(?:\s+[\w-]+)?\s+(?:of|at|in)(?:\s+the)?\s+(?P<venue>[^\s,]+(?:\s+[^\s,]+){0,2})"
)
"""A track's or a workshop's name before the venue and year it was held at: after ``of``/``at``
only a venue and its year, three words at most (not ``... in Extensive-Form Games, ICML 2015``)."""
