"""What opens or closes a title and is no part of it: the kind of work and where it was
done (``, Ph.D. Thesis, INPG, 2012.``), a file's extension, and the year a list may write
before every title. Pure."""

from __future__ import annotations

import re

from pipeline.formats.citations import VENUES
from pipeline.formats.common import mostly_capitalised, mostly_lower

_THESIS_TAIL = re.compile(
    r"[,.]\s+(?:Ph\.?\s?D\.?|Doctoral|Master'?s?|M\.?\s?Sc\.?|Bachelor'?s?|Diploma)\s+"
    r"(?:[Tt]hesis|[Dd]issertation)(?:\s*[,.]\s*[^,.]{2,60}){0,3}\.?$"
)
"""``, Ph.D. Thesis, U. Alberta, 2016.``: what kind of work it is, and where, closing a title
(not ``Writing Your Dissertation, Doctoral Thesis Guidelines and ...``)."""


def thesis_cut(text: str) -> str:
    """``text`` without a thesis's kind and what follows it."""
    return _THESIS_TAIL.sub("", text)


_PDF_NAME = re.compile(r"(?<=[\w)\]])\.(?i:pdf)$")
"""``[Title of the paper.pdf](url)``: a file named by its title (words, not ``AR-NAR-TTS.pdf``)."""


def _titled_file(text: str) -> bool:
    """A file name of three words or more (``Wide & Deep Learning.pdf``), not one word
    (``AR-NAR-TTS.pdf``) or words joined by underscores (``A_Survey_on_NER.pdf``)."""
    words = text.split()
    return len(words) >= 3 and "_" not in words[-1]


DATE_LEAD = re.compile(
    r"^\s*(?:(?i:to\s+appear|accepted|in\s+press),\s*)?"
    r"(?:(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+)?(?:19|20)\d\d,\s+(?=[A-Z])"
)
"""``2018, ``, ``March, 2018, ``, ``To appear, 2018, ``: a date opening a citation, before its
authors (``2018, Shu, K., Bernard, H.R., & Liu, H. (2018). [Title](url)``)."""


MONTH_LEAD = re.compile(r"^\s*(?P<y>199\d|2000|201[3-9]|202\d)(?:0[1-9]|1[0-2])\s+(?=[A-Za-z])")
"""``202004 DeeBERT: ...``: a title opened by the year and month (``YYYYMM``) it came out;
not 2001-2012, whose ``201105`` is as likely a ``YYMMDD`` date (5 November 2020)."""


def date_lead_cut(text: str) -> str:
    """``May, 2018, Learning to Rank ...``, ``202004 DeeBERT: ...`` (:data:`MONTH_LEAD`): a title
    without the month (or status) and year a citation or an item opens with; a year alone
    (``2014, Title, Wang.``) is read later, with its byline."""
    text = MONTH_LEAD.sub("", text, count=1)
    m = DATE_LEAD.match(text)
    worded = m is not None and re.search(r"[A-Za-z]", m.group(0)) is not None
    return text[m.end() :] if m and worded and len(text[m.end() :].split()) >= 3 else text


def pdf_name_cut(text: str) -> str:
    """A file named by its title without its ``.pdf``; a title without the file name a PDF
    viewer's tab adds after it (``Title - 2404.08458v1.pdf``, ``Title - 75_On_the_.pdf``)."""
    named = _TAB_FILE.search(text)
    if (
        named
        and len(text[: named.start()].split()) >= 3
        and _tab_of(text[: named.start()], named[1])
    ):
        return text[: named.start()]
    return _PDF_NAME.sub("", text.rstrip()) if _titled_file(text) else text


_TAB_FILE = re.compile(r"\s+-\s+([\w.-]+)\.(?i:pdf)\s*$")


def _tab_of(title: str, name: str) -> bool:
    """The file's name is an arXiv ID or the title's own opening words (``75_On_the_``), and
    the title before it is no byline (``Kingma and Ba ICLR 2015 - Adam_A_Method_….pdf``)."""
    if re.search(r"\bet al\b|(?:19|20)\d\d", title):
        return False
    if re.fullmatch(r"\d{4}\.\d{4,5}(?:v\d+)?", name):
        return True
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", name)]
    return len(words) >= 2 and title.lower().split()[: len(words)] == words


_LINK_YEAR = re.compile(
    rf"^(?:19[5-9]|20[0-2])\d\s+(?:[-–—]\s+)?(?:_?(?:{VENUES}|PNAS)_?\s+)?(?=[A-Z][\w-]*[\s:].{{12}})"
)
"""``2018 Science AlphaZero: ...``, ``2019 MuZero: ...``, ``2006 - A Fast ...``: a year (and a
journal) a list may write before every title; a year not yet reached opens the title itself (``2048 Tokens Are
Enough ...``)."""


def year_prefix(title: str) -> str | None:
    """The year (and journal) opening ``title``, with the space after it, else ``None``."""
    m = _LINK_YEAR.match(title)
    return m.group(0) if m else None


_NAME_AND_ACRONYM = re.compile(
    r"(?<!\s)\s*\([A-Z][^();]{1,50};\s*[A-Z][\w.-]{1,15}\)(?=[\s:;,.]*$)"
)


def without_named_acronym(text: str) -> str:
    """``Algorithms(Proximal Policy Optimization; PPO)``, ``Learning (Deep Q-Network; DQN)``:
    a closing name with its acronym is the method's, no part of the title."""
    return _NAME_AND_ACRONYM.sub("", text)


_NUMBERING = re.compile(
    r"^\s*\(?\d{1,3}(?:-[A-Z])?(?:[.)]\s+|、\s*|\.(?=[A-Z](?:[a-z]{2}|[a-z]-|[A-Z][A-Za-z]|n?\s[A-Za-z\d])))(?=\S)"
    r"|^\s*0\d\.(?=\d[A-Z][a-z]?\s)"
)
"""``1. Title``, ``(2) Title``, ``1、Title``, ``5-A. Title``, ``35.Deep Graph``, ``24.SCAN:
...``, ``2.In-Memory``, ``1.A full``, ``03.3D Convolutional``: a list number written into a
heading or a cell."""
_BIBKEY_LEAD = re.compile(
    r"^\s*(?:[A-Z][\w.+-]{1,30}(?:\s+et al\.)?\s+)?\((?:`[A-Za-z][\w:-]{1,40}`|[a-z][a-z-]{1,30}"
    r"(?:19|20)\d\d\w{0,30}|[A-Z][a-z]{1,30}(?:19|20)\d\d[a-z]\w{0,30})\)\s+(?=[A-Z\"“][\w-]*:?\s+\S)"
)
"""``MoveSim (`feng2020learning`) Title``: a name and the entry's BibTeX key (a lower-case
``surnameYEAR...``) before a capitalised title of two words or more; not ``Qwen (Qwen2023)
Technical Report``, ``Gemma (Gemma2024) 2: ...``."""


def item_mark(text: str) -> re.Match[str] | None:
    """What marks a title as a list's item before it: its number (:data:`_NUMBERING`) or its
    BibTeX key (:data:`_BIBKEY_LEAD`)."""
    return _NUMBERING.match(text) or _BIBKEY_LEAD.match(text)


_SPACED_COLON = re.compile(r"^(?P<a>[^:]*?\S(?::\s\S[^:]*?)?) : (?P<b>\S.*)$")
_LOWER_NOTE = re.compile(r"\s+\((?P<n>[a-z][a-z0-9 /&,.-]*\s[a-z0-9 /&,.-]*)\)[\s:;,.]*$")


def without_colon_note(text: str) -> str:
    """``text`` without a note a list writes in lower case: after a spaced colon beside a
    title in capitals, or in title case that has its subtitle already or before one word
    (``ProRL: … Learning : improved recipe``, ``World Models : dreamerv3``); in brackets after
    a title in capitals (``… ENSEMBLING (tabular data model)``); or in three words or more
    before a title in capitals (``In the same architecture : TRANSFORMER-BASED WORLD …``). A
    subtitle after a spaced colon stays (``Graph Neural Networks : a review of methods``,
    ``mixup : BEYOND EMPIRICAL RISK MINIMIZATION``)."""
    if (m := _SPACED_COLON.match(text)) is not None:
        a, b = m["a"].split(), m["b"].split()
        subtitled = ": " in m["a"] or len(b) == 1  # ``Name: Title : note``, ``Title : name``
        cased = _capitals(a) or (subtitled and mostly_capitalised(a))
        if b[0][:1].islower() and len(a) >= 3 and cased:
            return m["a"]
        if _capitals(b) and len(b) >= 3 and len(a) >= 3 and not _capitals(a) and mostly_lower(a):
            return m["b"]
    note = _LOWER_NOTE.search(text)
    words = text[: note.start()].split() if note else []
    return text[: note.start()] if note and len(words) >= 3 and _capitals(words) else text


def _capitals(words: list[str]) -> bool:
    """Words written in capitals, three letters in four or more of them."""
    letters = "".join(ch for w in words for ch in w if ch.isalpha())
    return len(letters) >= 6 and sum(ch.isupper() for ch in letters) * 4 >= len(letters) * 3


_SURNAMES_QUOTED = re.compile(
    r"^(?:[A-Z][a-z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][a-z][\w'’-]+)?),\s+[\"“](?P<t>[^\"“”]{8,300}?)[,.]?[\"”]\s*$"
)


def surnames_quoted(text: str) -> str | None:
    """``Myers and Liskov, "A Decentralized Model for …"``, ``Myers, "JFlow: …"``: one or two
    surnames, a comma and the quoted title that closes the text: that title, else ``None``."""
    m = _SURNAMES_QUOTED.match(text)
    return m["t"].strip() if m and len(m["t"].split()) >= 2 else None


_NAME_YEAR_NOTE = re.compile(r"^(?P<n>[^()]{2,90}?) \((?:19|20)\d\d\) [—–-] \S")
"""``DexArt (2023) — Articulated Object Benchmark``: a name, its year in brackets, then a note."""


def year_dash_note(text: str) -> str:
    """``text`` without a note after its name and year (``DexArt (2023) — Articulated Object
    Benchmark``, ``Attention Is All You Need (2017) — Transformer``): the name, whose year
    the entry's text still gives. Not after authors (``Kingma & Ba (2015) — Adam: …``) nor
    before a title (more than four words, or a colon: ``ResNet (2015) — Deep Residual …``)."""
    m = _NAME_YEAR_NOTE.match(text)
    if m is None or len(m["n"].split()) > 8 or re.search(r"[,&]|\band\b|\bet al", m["n"]):
        return text
    note = text[m.end() - 1 :]
    return m["n"] if len(note.split()) <= 4 and ":" not in note else text


_DOUBLE_DOT_BYLINE = re.compile(
    r"^(?P<t>.{8,400}?[^.\s])\.\.(?!\.)\s*[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}\s*et\.?\s?al\.?$"
)
"""``Title..First Author et.al.``: a generated list's title, two full stops, its first author."""


def double_dot_byline(text: str) -> str:
    """``text`` without its first author after two full stops (``Extraction and Management of
    Rationale..Mouna Dhaouadi et.al.``)."""
    m = _DOUBLE_DOT_BYLINE.match(text)
    return m["t"] if m else text
