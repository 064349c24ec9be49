"""Text written around a title: citations (authors before or after it, a quoted title, ACM/
APA/IEEE formats, ``In Proceedings of ... 2020`` tails) and prose (not a title). Pure."""

from __future__ import annotations

import functools
import re

from pipeline.formats.authors import (
    ET_AL_WORDS,
    MLA_AUTHORS,
    chicago_names,
    names_like,
    person_list,
)
from pipeline.formats.common import (
    DB_TRACK,
    JOURNAL_VOLUME,
    LONGER_JOURNAL,
    NOT_VENUES,
    PREPRINT_SERVERS,
    PUBLICATION_WORDS,
    SERIES_OPENERS,
    SURNAMES_PAREN_YEAR,
    VENUE_RE,
    VENUES,
    VENUES_ANY_CASE,
    WORD_VENUES,
    head_and_subtitle,
)
from pipeline.formats.contextfacts import YEAR_ONLY
from pipeline.formats.dates import DATE, VENUE_UNDERSCORE
from pipeline.formats.tagyear import ANY_CASE_YEAR, named_venue_yy

AUTHORS_AFTER = re.compile(
    r"(?:,|\.)\s+(?:(?:[A-Z][\w'’\-]*\.?\s+){1,3}[A-Z][\w'’\-]+[*†‡]?|(?:[A-Z][\w'’\-]*\.?\s+){0,3}[A-Z][\w'’\-]+)"
    rf"(?:(?:,\s*[A-Z][\w'’\-]+){{0,4}},?\s+{ET_AL_WORDS}\.?|,\s*[A-Z][\w'’\-]*\.?\s)"
)
AUTHORS_BEFORE = re.compile(
    r"^[A-Z][\w'’\-]+(?:\s+(?:and|&)\s+[A-Z][\w'’\-]+)?\s+et\s+al\.?\s*[,:.]\s+(?=\S)"
)
"""``Paden et al., A Survey of ...``: a citation's first author before the title."""
ET_AL_AFTER = re.compile(
    r"(?<!\s)\s+(?:[A-Z][\w'’\-]+,\s(?:[A-Z]\.-?\s?){1,3}|(?:[A-Z][\w'’\-]+\s+)?(?:[A-Z]\.\s+)?"
    r"(?:(?:van|von|de|der|den|da|di|du|le|la)\s+){0,2}[A-Z][\w'’\-]+\s+)"
    rf"{ET_AL_WORDS}\b(?!\.?['’]s)"
)
"""``Title *Corey Lynch et al.*``, ``Title. _Luo, X.-J. et al._``: authors after the title."""


def byline_at(text: str, start: int) -> bool:
    """Authors found at ``start`` close a title: twelve characters of title or more before
    them, or a colon setting them off a shorter one (``Word2Vec: Mikolov et al.``)."""
    head = text[:start].rstrip()
    return start >= 12 or (head.endswith(":") and len(head[:-1].strip()) >= 3)


_GOES_ON = r"\s+(?!(?:In|Journal|Proceedings|Transactions|Advances|Conference|Accepted|Published)\b)[A-Z][\w'-]*\s+(?:of|for|in|on|with|to|the|from|via|a|an)\s[^\d\"“”]*?(?:$|[.,](?:\s|$))"  # fmt: skip
HEAD_GOES_ON = re.compile(rf"^[\"“](?:[^\"”\s]+(?:\s+[^\"”\s]+){{0,2}}|[^\"”]*[?!])[\"”]{_GOES_ON}")
"""A quoted head (three words at most, or a question) the title goes on from: ``"Lossless" Compression of``."""
QUOTED = re.compile(r"^[\"“](?P<t>[^\"”]{8,}?)[,.]?[\"”](?!\s*[:：]\s*\w)")
"""A quoted title (``"Title." Venue``), not a quoted head (``"Do Anything Now": ...``)."""
_INNER = r"(?<![^\s\"“])[\"“][^\s\"“”][^\"“”]{0,39}[\"”](?=[\s:,.])"  # a quoted name inside
QUOTED_AFTER = re.compile(
    rf"^(?P<names>[^\"“”]{{2,400}}?)[,:]?\s+[\"“”](?P<t>(?:{_INNER}|[^\"“”]){{8,}}?)[,.]?[\"”]"
)
"""``H. Li, et al., “Title,” Venue, 2022``: a quoted title after its authors (``Hoshen. ”Title."``
as typed too), maybe with a quoted name inside (``““Double-DIP”: Unsupervised ...”``)."""
QUOTED_LINE = re.compile(r"^[\"“](?P<t>[^\"“”]*[^\W\d_][^\"“”]*)[\"”]")


def citation_title(text: str) -> str | None:
    """The quoted title (three words or more) of a citation line below an entry's label:
    ``Li, Boyi, et al. "Aod-net: All-in-one dehazing network." Proceedings ...``."""
    quoted = quoted_after_names(text.strip())
    return quoted.rstrip(".") if quoted is not None and len(quoted.split()) >= 3 else None


def quoted_after_names(text: str) -> str | None:
    """The quoted title of a citation whose authors come first, else ``None``."""
    m = QUOTED_AFTER.match(text)
    if m and len(m.group("t").split()) >= 2:
        names = m.group("names")
        if names_like(names) or MLA_AUTHORS.match(" ".join(names.split())) or chicago_names(names):
            return m.group("t").strip()  # ``Jones, Andy L. 2021. “Title.”``, Chicago's
        if person_list(names.strip(" ,") + ",") or SURNAMES_PAREN_YEAR.fullmatch(names.strip()):
            return m.group("t").strip()  # ``L. R. Rabiner, “Title”``, ``Sakaji et al. (2008):``
        parts = re.split(r",|\band\b", names.split(":", 1)[-1].strip(" ."))
        listed = len(parts) > 1 and all(len(p.split()) <= 4 for p in parts)  # names only
        dated = re.search(r"(?:19|20)\d\d", names)  # ``Title, Authors. Science 2015. "remark"``
        colon = text[m.end("names")] == ":" and names.count(",") > 1 and m["t"][:1].isupper()
        closed = colon or names.rstrip().endswith(".")  # ``B Li, HuiLin: "Title."``
        if listed and closed and not dated and len(m.group("t").split()) >= 3:
            return m.group("t").strip()  # ``A. Bc, de fg, and H. Ij. "Title." ICLR(2021)``
    m = _SINGLE_QUOTED_AFTER_YEAR.match(text)
    if m and names_like(m.group("names")) and len(m.group("t").split()) >= 2:
        return m.group("t").strip()
    m = _NAME_QUOTED.match(text)  # ``DiMP: "Learning Discriminative Model ..." ICCV``
    return m.group("t").strip() if m and len(m.group("t").split()) >= 2 else None


_NAME_QUOTED = re.compile(r"^[^\s\"“”:：]{1,30}(?:\s[^\s\"“”:：]{1,15}){0,2}\s*[:：]\s*[\"“](?P<t>[^\"“”]{8,}?)[,.]?[\"”]")  # fmt: skip
"""A method's name, a colon and the quoted title."""


_SINGLE_QUOTED_AFTER_YEAR = re.compile(
    r"^(?P<names>[^'‘’()]{2,400}?)\s*\((?:19|20)\d\d[a-z]?\)\s*[,.]?\s*['‘](?P<t>[^'‘’]{8,}?)[,.]?['’]"
)
"""Harvard: ``Author, A. and Author, B. (2020) 'Title', Journal``."""


IN_YEAR_VENUE = re.compile(r"(?:[,.]|(?<=[?!]))\s+In:\s+(?:19|20)\d\d\s+\d{0,3}\w*\s*[A-Z].*$")
"""``Title? In: 2020 33rd SIBGRAPI Conference on ...``: Springer's style, the proceedings after the title."""
IN_VENUE = re.compile(
    r"(?:\s+in\s+[*_]*[A-Z][a-zA-Z]*[A-Z][\w&\-]*[*_]*,\s*(?:19|20)\d\d\.?\s*$)|"
    rf"(?:[,.]\s+(?:[Ii]n:\s+(?:(?:19|20)\d\d\s)?|[Ii]n\s+)[*_]*(?:Proc|[A-Z]|(?i:arxiv|biorxiv|medrxiv))|\s+[Ii]n\s+[*_]*(?:Proc|IEEE|ACM|(?i:arxiv|biorxiv|medrxiv|openreview)\b|(?:{VENUES})(?![\w-]))).*"
    r"(?:19|20)\d\d.*$"
)
"""``, In Proceedings of ... 2020`` / `` in CVPR 2020`` / ``, in arXiv 2022`` / `` in *TOIS*, 2024`` (one
word with two capitals: not `` in JavaScript Engines, 2019``) after a title (not ``in Text-to-Audio``
nor ``in LLM-Integrated Apps (2023)``: a venue's name, not any capitals)."""


def word_series(text: str) -> bool:
    """``Execute, Exhibit and Extrapolate``, ``Understanding, Localization, Text Reading, and
    Beyond``, ``QUALITY, STABILITY, AND VARIATION``: short items closing a title, not authors."""
    head = re.split(r"[\[(]", text, maxsplit=1)[0].strip(" .")
    parts = [p.strip() for p in re.split(r",\s*AND\b|,|\band\b|&", head) if p.strip()]  # ``, AND``
    beyond = re.search(
        r"(?i)\band\s+(?:beyond|more|others|everything)\W*$", head
    )  # ``…, and Beyond``
    short = all(len(p.split()) <= (2 if beyond else 1) for p in parts)
    return (len(parts) >= 3 and short and "et al" not in head) or bool(_SERIES_GOES_ON.match(text))


_SERIES_GOES_ON = re.compile(
    r"\s*(?:[A-Z][\w'’-]*,\s+){1,6}[A-Z][\w'’-]*,?\s+(?:and|&)\s+[A-Z][\w'’-]*\s+"
    r"(?:by|for|via|using|through|without)\s"
)
"""``Atari, Go, Chess and Shogi by Planning``: one-word items a title goes on from (names do not)."""


def by_line(text: str) -> bool:
    """An author line: a list of names, or one or two capitalised words and a full stop
    (``Meta AI.``, ``OpenAI.``, ``Anonymous authors.``)."""
    t = text.strip()
    if names_like(t):
        return True
    words = t.rstrip(".").split()
    return t.endswith(".") and 0 < len(words) <= 2 and words[0][0].isupper()


_PROSE_START = frozenset(
    "this these that to our we it see check for please in here you if more".split()
)
_PROSE_WORDS = re.compile(r"\b(?:is|are|was|were|check|see|our|you|we|can|please)\b")
"""In lower case, as a sentence writes them (a title writes ``You CAN Teach ...``)."""
_LEAD_IN_END = re.compile(
    r"(?i)\b(?:check\s+out|see|(?:have|has)\s+(?:released|updated|added|published)|the|our|here|"
    r"(?:in|see|from)\s+(?:this|the|our)\s+(?:paper|work|article))\s*[:,]?$"
)
"""The words that lead into a link inside a sentence; no title ends with them."""
_CODE_LEAD_IN = re.compile(r"\bwith\s(?:\w+\s){1,2}(?:available|found|hosted)\s(?:at|on|in):?$")
OPEN_END = re.compile(r"\s(?:for|of|to|by|in|on|with|from|about|and|the|a|an)\s*$")
"""``A curated list of awesome papers for [Semantic Retrieval](url)``, ``PPL from [Title](url)``: a
function word no title ends in, before a link the text runs on into (as :data:`_LEAD_IN_END`)."""


def is_prose(text: str) -> bool:
    """A sentence written around a link (``This is a Theano implementation of ...``, ``To see
    a survey of RGBD datasets, check out ...``, ``Our survey paper is at``), not a title."""
    words = text.split()
    coded = _CODE_LEAD_IN.search(text) and _PROSE_WORDS.search(text)  # not ``Title, with code at``
    if len(words) >= 2 and (_LEAD_IN_END.search(text) or coded):  # ``Attacks are …, with code
        return True  # available at``, ``Community Highlight: Check out [Name](url), a …``
    return (
        len(words) >= 4
        and words[0].lower() in _PROSE_START
        and bool(_PROSE_WORDS.search(" ".join(words[1:])))
        and not head_and_subtitle(text)  # ``It is all about where you start: Text-to-..``
    )


TAIL_VENUE = re.compile(
    rf"(?:\s+|(?<=\w)-)[(\[]?(?:(?i:findings)\s+of\s+(?:the\s+)?)?(?:{VENUES}|(?i:arxiv|preprint))"
    r"\s*[-–]?\s*['’]?(?:19|20)?\d\d(?:[-/](?:0[1-9]|1[0-2]))?"
    r"(?:\s+(?:and|&)\s+[A-Z][A-Za-z0-9]{1,11}\s*['’]?(?:19|20)?\d\d)*"
    r"(?:\s+(?:Findings|Workshops?|Oral|Spotlight|Poster|Demo))?"
    r"(?:\s*\((?i:best\s+[a-z]+(?:\s+[a-z]+)?|highlight|oral|spotlight|poster)\))?[)\]]?\s*$"
)
"""A venue and year (or month) after the title: ``Title EMNLP 2019``, ``Title. arXiv 2022-03``,
``Title [CVPR 2022 and AI4CC 2022 (Best Poster)]``."""


COMMA_VENUE_TAIL = re.compile(
    rf"(?:(?<=\w),|(?<=[?!]),?)\s*(?:{VENUES}|(?i:arxiv|preprint|openreview))(?:-[A-Z]{{2,5}})?(?:[-\s'’]*(?:19|20)?\d\d)?"
    r"(?:\s+(?:Findings|Workshops?|Oral|Spotlight|Poster|Demo|(?:Best|Outstanding)\s+Paper(?:\s+Award)?))?\s*$"
)
"""``, ICML-2017``, ``, NAACL-HLT 2018``, ``, arXiv``, ``?, OpenReview``, ``, ICCV 2017 Best Paper Award``: a
venue (and year, and an award) after a comma closing a ``Title, Venue, Year, [[paper]]``
bullet's title."""
KNOWN_VENUE_YEAR_TAIL = re.compile(
    rf"(?:(?<=[\w)])|(?<=[\w)]\s))[,，]\s*(?:submitted\s+(?:to\s+)?)?(?P<v>(?i:{VENUES}))['’]?[-\s]*(?:in\s+)?"
    r"(?:19|20)\d\d(?:\s+(?i:workshops?|findings|demo|oral|poster|spotlight)(?:\s+[A-Z][\w-]*){0,3})?"
    r"[\s.,;]*$"
)
"""`` , Recsys 2021``, ``，submitted TKDE in 2021``, `` , NeurIPS 2021 Workshop ICBINB``: a
known venue in any case, with its year, after a comma (a space before it, or a full-width
one) closing the title; a venue that is also a word only as the venue writes it (``, Media
2020`` is no ``MedIA``)."""


def cut_known_venue_tail(text: str) -> str:
    """``text`` without its :data:`KNOWN_VENUE_YEAR_TAIL`, when two words or more are left."""
    m = KNOWN_VENUE_YEAR_TAIL.search(text)
    if m is None or len(text[: m.start()].split()) < 2:
        return text
    if m["v"].lower() in WORD_VENUES and not re.fullmatch(VENUES, m["v"]):
        return text
    return text[: m.start()]


ACRONYM_YEAR_TAIL = re.compile(
    r"(?<=[\w?!]),\s*[A-Z](?:[^\WA-Z]|@)*[A-Z][\w@]*(?:[\s-]+[A-Za-z]+){0,8}?(?:\s*\([A-Z]{2,8}\))?"
    r",?[\s-]*(?:19|20)\d\d(?:\s+(?i:demo|workshop|findings|short|oral))?[\s.,;]*$"
)
"""``, INLG, 2019``, ``, EMNLP Workshop on Neural Generation and Translation (WNGT), 2019``:
a venue named by an acronym and then the year, after a comma closing the title. The
acronym's second capital is the first one after its first (one way to split a long capital
run, not quadratic many)."""


GENERIC_TAIL = re.compile(
    r"(?:\s*\[+\s*(?:paper|pdf|code|arxiv|link|project|github|project page)\s*\]+)+\s*$", re.I
)
"""`` [paper]]`` left after a title by a link written with one bracket too few."""


AUTHOR_YEAR_TAG = re.compile(r"^[A-Z][\w-]*\+\s?['’]\d{2}\s*[-–—:]\s*")
"""``Li+'17 - Title``: the first author and the year before a title."""
YEAR_PREFIX = re.compile(
    r"^(?:19|20)\d\d(?:[-./](?:0?[1-9]|1[0-2])[-./](?:[12]\d|3[01]|0?[1-9])(?!\d)\s*[-–—:|]?"
    r"|[-./](?:0?[1-9]|1[0-2]),?(?:\s+[-–—|])?(?=\s)|-[A-Za-z][\w]{0,11}\s+[-–—]|\s*[-–—:·|]|_(?:[A-Z][A-Za-z]{1,10}_)?"
    r"|\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|fall|autumn|winter)"
    r"[a-z]{0,6}\.?\s*[,:]|\s*,|(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])\s+"
    r"(?:(?:" + VENUES + r"|[A-Z][A-Za-z&]*-\d\d)\s+)?)"
    r"\s*(?=[A-Z0-9]|(?<=\s)[a-z][\w-]*[A-Z:])|^[12]\d(?:0[1-9]|1[0-2])-(?=[A-Za-z])"
    r"|^[0-3]\d_" + VENUE_UNDERSCORE + r"(?=[A-Z0-9])"
)
"""``2020-Title``, ``2015-ICLR_W - Title``, ``2019.04 Title``, ``2023.10, Title``, ``2019 November, Title``,
``2002, Title``: a year (and a venue tag or a
month) before the title (``2017 - kAFL: ...`` too); ``1510-Deep Compression``: a year and
month (YYMM, as in arXiv IDs) joined to it."""
SITE_TAIL = re.compile(
    r"\s*[(（](?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|edu|gov|cn|de|uk)[)）]\s*$"
)
"""``Title (springer.com)``: the site a link was copied from."""
VENUE_WORDS = frozenset(
    "communications machine intelligence methods biotechnology submission submitted workshop "
    "workshops findings oral spotlight poster openreview letters transactions reviews "
    "proceedings track main conference preprint accepted under review demo demos demonstration "
    "demonstrations short long paper papers industry system systems reject rejected withdrawn".split()
)
"""Words that follow a venue's name in a link or cell that names only the venue
(``Nature Communications``, ``ICLR 2026 submission / OpenReview``, ``NeurIPS 2023 Track on
Datasets and Benchmarks``)."""


_ACRONYM = r"(?=[A-Za-z]*[A-Z][A-Za-z]*[A-Z])[A-Z][A-Za-z]{1,9}"
_EVENT_WORD = (
    r"(?:Challenge|Competition|Shared|Proceedings|Report|Track|Summary|Overview|Findings|"
    r"Workshop|Tutorial|Keynote)\b"
)
"""A word that names an event or its papers after a venue tag (``CVPR'20 Challenge:``,
``NeurIPS'20 Workshop Proceedings:``), not a method's name before its title."""
_DATA_WORD = r"(?i:datasets?|benchmarks?|corpus|corpora|results|tasks?)\b"
"""A word that names a dataset or a shared task after a name and its year (``CAIL2018: A
Large-Scale Legal Dataset``), not a venue tag."""
_HONOUR = r"(?:Best|Outstanding|Oral|Spotlight|Poster|Honou?rable|Highlight|Distinguished)\b"
"""A word of an award or a presentation after a venue and year (``ICCV 2017 Best Paper``,
``ICML 2023 Outstanding Paper Award``), no title."""
_OCCASION = r"\b(?:Symposium|Talk|Prize|Award|Lecture|Course|Test\s+of\s+Time|Keynote|Panel)\b"
"""An occasion a venue and year name before their colon (``AAAI 2022 Fall Symposium on ...``,
``NeurIPS 2023 Invited Talk: ...``, ``ICCV 2023 Marr Prize: ...``): no venue tag to cut."""
VENUE_LEAD = re.compile(
    rf"^(?:(?:{VENUES})\s+[-–—]\s+"
    rf"|(?:{VENUES}|(?i:{VENUES_ANY_CASE}|arxiv))\.?\s*['’]?\s*(?:(?:19|20)\d\d|\d\d)W?\s+[-–—]\s+"
    rf"|{_ACRONYM}(?:\d{{2}}|(?:19|20)\d\d)\s+(?:\([^()]{{1,40}}\)\s+)?"
    rf"|(?:{VENUES})(?:\d{{2}}|(?:19|20)\d\d)\s*[:：]\s*(?![^.]{{0,80}}(?:{_EVENT_WORD}|{_DATA_WORD}))"
    r"|(?i:arxiv)\s*[0-3]\d(?:0[1-9]|1[0-2])\s+[-–—]\s+"
    r"|(?!(?:MS|TREC|COCO|KITTI|ImageNet)\b)(?:[A-Z][A-Z&]{1,9}\s+){1,3}(?:19|20)\d\d\s+[-–—]\s+"
    rf"|(?!(?:MS|TREC|COCO|KITTI|ImageNet)\b)[A-Z][A-Z&]{{1,4}}\s+(?:19\d\d|20[0-3]\d)\s*:\s+"
    rf"(?![^.]{{0,80}}(?:{_EVENT_WORD}|{_DATA_WORD}))"
    rf"|(?:TRO|T-RO|TMECH|T-MECH|L4DC|IJRR|T-?ASE|ACC|CDC|ECC|TAC|ISRR|WAFR|{LONGER_JOURNAL}),?\s+(?:19\d\d|20[0-2]\d),\s+(?=[A-Z])(?![^.]{{0,80}}(?:{_EVENT_WORD}|{_DATA_WORD}))"
    rf"|(?:{VENUES}|(?i:arxiv))\s*(?:(?:19|20)\d\d(?:[./](?:0[1-9]|1[0-2]))?|['’]\d\d)(?:\s*,\s*[01]?\d)?(?:\s+[A-Za-z() ]{{1,40}}?)?,\s+"
    rf"|(?:{VENUES}|(?i:arxiv))\s*['’]?(?:(?:19|20)\d\d|\d\d)(?:[\s-]+(?i:oral|spotlight|poster|workshops?|findings|submission))?\s*:\s+"
    rf"|(?:{VENUES}|(?i:arxiv))['’‘]\d\d\s+(?!(?:[A-Z]\w*\s){{0,2}}{_EVENT_WORD})"
    rf"|(?:{VENUES})\s+(?:19|20)\d\d\s+(?=[A-Z])(?!{_HONOUR})(?![^.:]{{0,40}}{_OCCASION})"
    rf"(?![^.]{{0,80}}(?:{_EVENT_WORD}|{_DATA_WORD}))"
    rf"|(?:(?:Dataset|Workshop|Demo)@)?(?:{VENUES})['’‘]\d\d(?:\s+Workshop)?\s+(?!{_EVENT_WORD})"
    r"(?=[A-Z][\w-]*:\s)"
    rf"|(?:Dataset|Workshop|Demo)@(?:{VENUES})['’‘]\d\d\s+(?=\S+\s+\S))"
    r"(?=[A-Z0-9\"“]|(?<=\d\d\s)(?<=['’‘]\d\d\s)[a-z]|(?<=[:：]\s)[a-z]+[A-Z])"
)
"""``NIPS - Title``, ``ICCV21 Title``, ``arxiv 2024, 11, Title``, ``CVPR 2020: Title``, ``KDD'16
node2vec: ...``, ``TRO 2024, Title`` (robotics' and control's venues), ``Science Robotics, 2020,
Title`` (not ``WWW'18 Open Challenge: ...``): the venue (and year) before a title."""


@functools.lru_cache(maxsize=1 << 16)  # pure; a title candidate is asked about often
def is_context_text(text: str) -> bool:
    """Text that is only a year, a date, a venue or a venue with year."""
    t = text.strip(" *_:[]()【】-–—.,")
    if len(t) > 200:
        return False  # a year, a date or a venue is short (and the patterns stay bounded)
    if not t or JOURNAL_VOLUME.fullmatch(text.strip(" *_:：.,")):
        return True
    tag = _ACRONYM_YY.fullmatch(t) or ANY_CASE_YEAR.fullmatch(t)  # ``TECS'21``, ``Sigmod 2017``
    if YEAR_ONLY.match(t) or DATE.fullmatch(t) or VENUE_RE.fullmatch(t) or tag:
        return True  # (``TECS'21``: an acronym the known venues lack, with its year)
    if t.lower() in PREPRINT_SERVERS or named_venue_yy(t):
        return True
    y = _YEAR_LED.fullmatch(t)
    if y and (is_context_text(y["rest"]) or y["rest"].split()[0] in SERIES_OPENERS):
        return True  # ``2017 NeurIPS``, ``2020 USENIX Security``: a year before its venue
    if t == "in" or (t.startswith("in ") and len(t) <= 80 and _venue_named(t[3:].strip())):
        return True  # ``in CODASPY '17``, ``in Journal of ...``: the line that places a paper
    m = VENUE_RE.match(t) or re.match(rf"(?i){'|'.join(PREPRINT_SERVERS)}\b", t)
    rest = re.split(r"[\s/|,&()]+", DB_TRACK.sub(" ", t[m.end() :].lower())) if m else ["?"]
    return all(w in VENUE_WORDS or w.isdigit() for w in rest if w) or _journal_year(t)


_YEAR_LED = re.compile(r"(?:19|20)\d\d\s+(?P<rest>\S.{0,60})")
"""``2017 NeurIPS``, ``2012 IEEE Trans. on ...``: a year, then what may be its venue."""
_ACRONYM_YY = re.compile(rf"(?!(?:{'|'.join(NOT_VENUES)})\b)[A-Z][A-Z&]{{1,7}}\s?['’]\d\d")
_ACRONYM_WITH_YEAR = re.compile(r"[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*\s*['’]?\s*(?:(?:19|20)\d\d|\d\d)")


def _venue_named(text: str) -> bool:
    """``CODASPY '17``, ``TIFS 2018``, ``USENIX Security Symposium``: after a lower-case
    ``in``, a venue (by its name, an acronym with its year, a word that names a
    publication) or any short capitalised name; titles do not open with ``in``."""
    words = re.split(r"[\s,]+", text)
    return (
        is_context_text(text)
        or _ACRONYM_WITH_YEAR.fullmatch(text) is not None
        or bool({w.lower() for w in words} & PUBLICATION_WORDS)
        or (text[:1].isupper() and 2 <= len(words) <= 8 and ":" not in text)  # not ``in GPT``
    )


def venue_line(text: str) -> bool:
    """``in IEEE TNNLS``, ``in CVPR 2020``: a line that places a paper in a venue (a known
    venue, or ``IEEE``/``ACM``/``Proc.``), not the end of a wrapped title (``in Computer
    Vision: A Survey``, ``in GPT``)."""
    m = re.match(r"\s*in\s+(?P<v>.{1,80})$", text.strip())
    if m is None:
        return False
    return (
        VENUE_RE.match(m["v"]) is not None or re.match(r"(?:IEEE|ACM|Proc)\b", m["v"]) is not None
    )


def _journal_year(text: str) -> bool:
    """``IEEE signal processing magazine 2017``, ``Information Fusion 2022``, ``TACL 2021``:
    a journal's name (a publication word, every word capitalised, or an acronym) and a year."""
    words = re.sub(r"\([^()]*\)", " ", text).replace(",", " ").split()
    if ":" in text or "," in text.rsplit(",", 1)[0]:
        return False  # ``Title: Subtitle, Venue 2021``: a title before its venue
    before, _, after = text.rpartition(",")
    if re.search(r"[^\W\d]", after) and len(before.split()) >= _TITLE_BEFORE_COMMA:
        return False  # ``Robust X With Y, Infocom 2019`` (not ``The Web Conference, 2024``)
    if not 2 <= len(words) <= 14 or not re.fullmatch(r"(?:19|20)\d\d", words[-1]):
        return False
    head = words[:-1]
    long_name = head[0].lower() == "proceedings" or head[0].isdigit()  # ``2022 IEEE Symposium on``
    if any(w.lower() in PUBLICATION_WORDS for w in head) and (len(head) <= 7 or long_name):
        return True
    if len(head) == 1:  # ``TACL 2021``, ``OpenAI 2019``: an acronym or a name in mixed case
        return bool(re.fullmatch(r"[A-Z][A-Z&-]+|[A-Z][a-z]+[A-Z][A-Za-z]*", head[0]))
    longest = _ABBREVIATED_NAME if re.fullmatch(r"[A-Z]{2,}", head[0]) else _CAPITALISED_NAME
    return len(head) <= longest and all(w[:1].isupper() for w in head)


_TITLE_BEFORE_COMMA = 3
"""Words before a comma that make the text a title and its venue, not a journal's name."""
_CAPITALISED_NAME = 4
"""Words of a journal's name known only by its capitals (``Medical Image Analysis 2023``);
five capitalised words and a year are a title in title case and its year, unless an
acronym opens them (``IEEE J Biomed Health Inform 2021``: an NLM abbreviation)."""
_ABBREVIATED_NAME = 7


def venue_after_title(before: str, text: str) -> bool:
    """A run that is a venue and year right after a title (``_Title_ `JAMES 2023```), not
    after authors closed by a full stop (``X. Li. *Arxiv 2020*``) or a bracket's names."""
    named = re.search(r"\d\d", text) and re.search(r"[A-Za-z]{2}", text)  # not a year alone
    end = before[-64:].rstrip() or before[-400:].rstrip()  # (its tail: a long line stays linear)
    titled = len(before[:400].split(maxsplit=2)) >= 3 and not end.endswith((".", ",", "["))
    return bool(named) and titled and is_context_text(text)
