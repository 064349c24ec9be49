"""What every list format shares: links read with markdown-it-py, placeholders, years.

Pure functions. A link's line is the line of its inline token plus the soft breaks
before it, so multi-line paragraphs keep exact line numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.token import Token

from pipeline import arxivid
from pipeline.model import LinkRef
from pipeline.venuenames import title_venue

MD = MarkdownIt("commonmark").enable("table")

PLACEHOLDERS = frozenset(
    "none|no|n/a|na|nan|null|nil|-|--|—|–|tbd|tba|todo|soon|coming soon|code coming soon|"
    "not available|not released|not found|not yet|not provided|not public|unavailable|unknown|"
    "not publicly available|not yet available|not yet released|not open source|closed source|"
    "proprietary".split("|")
)
JOINING_WORD = r"(?:and|or|for|of|in|on|with|to|the|a|an|via|from|by|at|towards?)"
"""A word a title does not end on (``... for the``): text that stops on one goes on."""
CAPITAL = "[A-Z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper()) + "]"  # ``Ł``
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
"""A Chinese, Japanese or Korean character."""
_YEAR = re.compile(r"(?<!\d)(19[89]\d|20\d\d)(?!\d)")
_SHORT_YEAR = re.compile(r"['’](\d{2})(?!\d)")


_TRAILING_MARKS = ".!*_`[]()·•|,;:–—"
_LEADING_MARKS = "*_`[]()·•|–—"


def is_placeholder(text: str) -> bool:
    """True when visible text says there is nothing (``none``, ``N/A``, ``TBD``...).

    Trimmed with ``str`` methods, in linear time (an anchored pattern rescanned a cell of
    30,000 dots from every position: quadratic)."""
    t = text.lower()
    end = len(t)
    while end and (t[end - 1].isspace() or t[end - 1] in _TRAILING_MARKS):
        end -= 1
    start = 0
    while start < end and (t[start].isspace() or t[start] in _LEADING_MARKS):
        start += 1
    t = t[start:end]
    return t in PLACEHOLDERS or t == ""


@dataclass(frozen=True)
class Link:
    """A link in inline Markdown: visible text, target, line, and a wrapped image."""

    text: str
    url: str
    line: int
    image: str | None = None

    def ref(self) -> LinkRef:
        """As a LinkRef; a badge that names an arXiv ID shows that ID as its text."""
        text = self.text
        if self.image:
            found = arxivid.badge_id(self.image)
            if found:
                text = f"arXiv:{found}"
        return LinkRef(text=text, url=self.url or None, line=self.line)


def token_text(tok: Token) -> str:
    """Visible text of one inline child token."""
    if tok.type in ("text", "code_inline"):
        return tok.content
    if tok.type == "image":
        return "".join(token_text(c) for c in tok.children or []) or tok.content
    if tok.type in ("softbreak", "hardbreak"):
        return " "
    return ""


def links_in(inline: Token, first_line: int | None = None) -> list[Link]:
    """Every link of an inline token, with the line it is on (1-based)."""
    line = (first_line if first_line is not None else (inline.map[0] if inline.map else 0)) + 1
    out: list[Link] = []
    children = inline.children or []
    i = 0
    while i < len(children):
        child = children[i]
        if child.type in ("softbreak", "hardbreak"):
            line += 1
        if child.type == "link_open":
            href = str(child.attrGet("href") or "")
            depth, parts, image, j, start = 1, [], None, i + 1, line
            while j < len(children) and depth:
                c = children[j]
                depth += c.type == "link_open"
                depth -= c.type == "link_close"
                if c.type in ("softbreak", "hardbreak"):
                    line += 1
                if c.type == "image" and image is None:
                    image = str(c.attrGet("src") or "")
                if depth:
                    parts.append(token_text(c))
                j += 1
            out.append(Link(" ".join("".join(parts).split()), href, start, image))
            i = j
            continue
        i += 1
    return out


def inline_links(markdown: str) -> list[tuple[str, str]]:
    """``(visible text, target)`` for every link in a string of inline Markdown."""
    return [(lk.text, lk.url) for tok in MD.parseInline(markdown) for lk in links_in(tok, 0)]


def plain(inline: Token) -> str:
    """Visible text of an inline token (links and emphasis unwrapped)."""
    return " ".join("".join(token_text(c) for c in inline.children or []).split())


_INLINE_SYNTAX = re.compile(r"[\\`*_\[\]!<&]")
"""A character that can start inline Markdown (CommonMark, no extensions); text without
one reads as itself, so it skips the parser (most fields of a large list)."""


def plain_text(markdown: str) -> str:
    """Inline Markdown reduced to the text a reader sees."""
    if not _INLINE_SYNTAX.search(markdown):
        return " ".join(markdown.split())
    return " ".join(plain(t) for t in MD.parseInline(markdown)).strip()


def year_in(text: str | None) -> int | None:
    """The first plausible year in ``text`` (``2024``, ``ICLR'24``, ``2025-05``)."""
    if not text:
        return None
    m = _YEAR.search(text)
    if m:
        return int(m.group(1))
    m = _SHORT_YEAR.search(text)
    return century(m.group(1)) if m else None


NAME_SIGN = re.compile(r"\b[A-Z]\.\s|\b[A-Z][a-z]+-[A-Z]?[a-z]+\s")
"""What only a person's name holds: a middle initial or a hyphenated given name (``James A.
Evans``, ``Ying-Nong Chen``)."""
CENTURY_PIVOT = 70
"""Two-digit years below it are this century's (``ICLR'24``), the others the last one's
(``CRYPTO'95``, ``NIPS'87``)."""


def century(yy: str | int) -> int:
    """The full year of a two-digit year."""
    n = int(yy)
    return 2000 + n if n < CENTURY_PIVOT else 1900 + n


VENUE_LINE = re.compile(
    r"(?i)\b(?:conference|symposium|workshop|proceedings|transactions|journal|advances in"
    r"|information processing systems"
    r"|honou?rable mention|best paper|award|oral|spotlight|highlight|poster|technical report"
    r"|open[- ]source|implementation|available)\b"
)
"""``International Conference on Machine Learning``, ``Best Paper Honorable Mention``: where
or how a paper appeared, not its title."""

VENUES = (
    "CVPR|ICCV|ECCV|NeurIPS|NIPS|ICML|ICLR|AAAI|IJCAI|ACL|EMNLP|NAACL|COLING|EACL|AACL|IJCNLP|SIGDIAL|"
    "SIGGRAPH Asia|SIGGRAPH|TOG|TPAMI|PAMI|TIP|TMLR|JMLR|JAIR|TACL|IJCV|MICCAI|WACV|BMVC|ACM MM|ACMMM|"
    "ECML-PKDD|ECML PKDD|ECML|PAKDD|KDD|WWW|SIGIR|CIKM|WSDM|RecSys|ICDE|ICDM|SDM|CoRL|ICRA|IROS|RSS|"
    "RA-L|RAL|T-RO|UAI|Odyssey(?=[\\s']*(?:19|20)\\d\\d)|"
    "AISTATS|CHI|UIST|3DV|TVCG|ICASSP|INTERSPEECH|Interspeech|TASLP|ISMIR|DCASE|ICME|MIDL|ISBI|IPMI|"
    "TMI|MedIA|USENIX Security|USENIX|CCS|RAID|ACSAC|AsiaCCS|NDSS|S&P|IEEE S&P|CRYPTO|EUROCRYPT|"
    "ASIACRYPT|Eurocrypt|Asiacrypt|Crypto(?=\\s*['’]\\d\\d(?!\\d))|PODC|AAMAS|COLM|ICPR|ACCV|TNNLS|TKDE|TCSVT|"
    "OSDI|SOSP|NSDI|ASPLOS|EuroSys|MLSys|PPoPP|ISCA|HPCA|PVLDB|VLDB|SIGMOD|MobiSys|MobiCom|SenSys|SoCC|"
    "CSCW|ICWSM|FAccT|IUI|UbiComp|IMWUT|LREC|ECIR|AIED|ICSE|ISSTA|PLDI|POPL|OOPSLA|SIGCOMM|INFOCOM|"
    "Nature|Science|CVPRW|ICCVW|ECCVW|WACVW|ICLRW|ICMLW"
)
WORD_VENUES = frozenset(("media", "nature", "science", "raid", "tip", "chi"))
"""Venues whose names are also words: known only as the venue writes them (``, Media 2020`` and
``Tip 20 - Writing ...`` name no ``MedIA`` or ``TIP``)."""
_PLAIN_VENUES = [v for v in VENUES.split("|") if v.replace(" ", "").isalnum()]
VENUES_ANY_CASE = "|".join(v for v in _PLAIN_VENUES if v.lower() not in WORD_VENUES)
"""The known venues a list may write in any case (``acl.2022 - Title``, ``NeurIps 2022 - ``),
all but the words (:data:`WORD_VENUES`), known only as the venue writes them."""
TAG_BRACKET = re.compile(
    rf"(?<=\w)\s+\[(?:[A-Za-z][\w'’-]{{1,15}}|(?:{VENUES})(?:\s[A-Z][\w-]*){{1,3}})\]\s*$"
)
"""``Title [vldbj]``, ``Title [ACL Findings]``: a tag in square brackets closing a title (a venue)."""
LINE_GAP = r"(?:[^\S\n]|(?<=\S)\n(?=\S))"
"""A space, or a line break inside one line of text (a wrapped item); not the break between
cells or detail lines, which a reader's text surrounds with spaces."""
VENUE_RE = re.compile(
    rf"(?<![A-Za-z])(?P<venue>{VENUES})(?![A-Za-z])(?:-(?=\d)|[./](?=(?:19|20)\d\d)|(?:{LINE_GAP}|[,'])*)(?:['’‘]?(?P<yy>\d{{2}})(?!\d|[./]\d)|\(?(?P<yyyy>(?:19|20)\d\d))?",
)


def venue_in(text: str | None) -> str | None:
    """``CVPR 2024`` from free text such as ``Accepted to CVPR 2024 (oral)``.

    A venue spelled out (``IEEE Trans. Pattern Anal. Mach. Intell.``) is read too.
    """
    if not text:
        return None
    m = first_venue(text)
    if not m:
        return title_venue(text)
    year = m.group("yyyy") or (str(century(m.group("yy"))) if m.group("yy") else "")
    return f"{m.group('venue')} {year}".strip()


_FIELD_BEFORE_SCIENCE = re.compile(
    r"(?<![\w-])(?:Computer|Central|Measurement|National|Quantitative|Industrial|Electronic|"
    r"Semantics|Data|Chemical|Cognitive|Political|Social|Management|Information|"
    r"Automation|Soil|Food|Plant|Earth|Space|Sport|Health|Life|Systems?|Vision|Language|"
    r"Materials?|Network|Decision|Environmental|Physical|Natural|Biological|Medical|Nuclear|"
    r"Atmospheric|Marine|Polymer|Quantum|Behavioral|Computational|Geographical|Forest|Animal|"
    r"Agricultural|Pharmaceutical|Mathematical|Library|Service|Operations|Regional|Urban|"
    r"Climate|Ocean|Planetary|Brain|Dental|Nursing|Exercise|Veterinary|Crop|Wood)[^\S\n]+$"
)
"""A field's word before ``Science`` on its line, in a journal's name (``Computer Science``,
``Automation Science and Engineering``, ``Chemical Science``)."""
_NATURE_JOURNALS = (
    r"Machine Intelligence|Climate Change|Human Behaviou?r|Biomedical Engineering|Computational "
    r"Science|Cell Biology|Chemical (?:Biology|Engineering)|Mental Health|Ecology (?:&|and) "
    r"Evolution|Cardiovascular Research|Scientific (?:Reports|Data)|Structural (?:&|and) "
    r"Molecular Biology|Digital Medicine|Communications (?:Chemistry|Biology|Physics|Materials|"
    r"Medicine|Engineering)|Reviews? (?:Drug Discovery|Molecular Cell Biology|Clinical "
    r"Oncology|Methods Primers|Earth (?:&|and) Environment|Electrical Engineering|Bioengineering|"
    r"[A-Z][a-z]+(?:logy|ics|istry|ience|ials|cer))|Communications?|Comms|Commun|Methods|Medicine|"
    r"Biotechnology|Neuroscience|Genetics|Physics|Chemistry|Materials|Catalysis|Electronics|"
    r"Photonics|Energy|Sustainability|Protocols|Microbiology|Immunology|Cancer|Plants|Food|Water|"
    r"Synthesis|Aging|Metabolism|Nanotechnology|Geoscience|Astronomy|Cities"
)
_SCIENCE_JOURNALS = (
    r"Robotics|Advances|Immunology|Signaling|Translational Medicine|Bulletin|China (?:[A-Z][a-z]+ "
    r"Sciences|Mathematics|Chemistry|Materials|Physics)"
)
LONGER_JOURNAL = rf"Nature[^\S\n]+(?:{_NATURE_JOURNALS})|Science[^\S\n]+(?:{_SCIENCE_JOURNALS})"
"""``Nature Machine Intelligence``, ``Science Robotics``: a journal named after one of these two."""
_LONGER_NAME = re.compile(
    rf"(?P<venue>{LONGER_JOURNAL})(?![\w-])"
    r"(?:[^\S\n,]*,?[^\S\n]*(?:\(?(?P<yyyy>(?:19|20)\d\d)(?!\d)|['’](?P<yy>\d\d)(?!\d)))?"
)
"""``Nature Machine Intelligence, 2021``, ``Science Robotics'21``: a journal named after one of
these two, read whole by the journal's own name only (not ``Nature Methods Wang``, ``Nature
Biotechnology Jan``, ``Nature [Code](…)``)."""


_ANOTHER_AFTER = re.compile(r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?[A-Z]|-[A-Z]|[^\S\n]+Publishing\b")
"""After ``Nature``/``Science``: words that make another journal's or a publisher's name
(``Science of Computer Programming``, ``Nature-Inspired ...``, ``Nature Publishing Group``)."""


def first_venue(text: str) -> re.Match[str] | None:
    """The first known venue (:data:`VENUE_RE`) in ``text``; ``Nature`` or ``Science`` with
    the words that make a longer journal's name (``Science Robotics``, ``Nature Machine
    Intelligence``), never ``Science`` as one word of another's (``Computer Science``)."""
    for m in VENUE_RE.finditer(text):
        if m.group("venue") not in ("Nature", "Science"):
            return m
        if text[max(0, m.start() - 9) : m.start()] in ("Springer ", "Springer-"):
            continue  # ``Springer Nature Switzerland``, the publisher
        if _ANOTHER_AFTER.match(text, m.end("venue")):
            continue  # ``Science of the Total Environment``, ``Nature-Inspired Computing``
        if m["venue"] == "Science" and _FIELD_BEFORE_SCIENCE.search(
            text, max(0, m.start() - 40), m.start()
        ):
            continue
        return _LONGER_NAME.match(text, m.start()) or m
    return None


SHORTCODES = re.compile(r"(?::[a-z0-9_+\-]+:\s*)+")
"""``:heavy_check_mark:`` and other emoji shortcodes GitHub renders as pictures."""
KEYCAP = re.compile("(\\d)[\\s\ufe0f]?\u20e3")
"""A keycap digit (``2️⃣``): the digit, in an emoji's dress."""
EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d]")
"""Emoji and pictographs (``🔥``, ``⭐``, ``📄``): decorations, never words of a field."""


JOURNAL_VOLUME = re.compile(
    r"[A-Z][A-Za-z&.\-]*(?: [A-Za-z&.\-]+){0,6},? (?:\d{1,4}|xx)\s?\((?:\d{1,4}|xx|[sS]\d{0,2})\)"
)
"""``Bioinformatics, 35(10)``, ``BMC Bioinformatics, xx(xx)``: a journal, its volume and issue."""
PREPRINT_SERVERS = ("arxiv", "biorxiv", "medrxiv", "chemrxiv", "ssrn", "openreview", "techrxiv")
SERIES_OPENERS = frozenset("IEEE ACM SIAM Journal Transactions Proceedings Annals".split())
"""First words of a journal's or proceedings' name (``Journal of the ... Society``,
``IEEE Trans. on Automatic Control``)."""
DB_TRACK = re.compile(r"\b(?:track\s+on\s+)?datasets\s+(?:and|&)\s+benchmarks\b")
"""NeurIPS's ``Datasets and Benchmarks`` track named after the venue (``NeurIPS 2023 Track
on Datasets and Benchmarks``): where the paper appeared, not a title."""


YEAR_TAG = re.compile(
    r"\s*(?:19|20)\d\d(?:\.|-(?:[A-Z][A-Z0-9&]+|(?i:arxiv))(?:\s+\w[\w&]*){0,3}[.-])\s*"
)
"""``2024-TGRS. [**Name**](paper)``: a year joined to a venue's acronym (or arXiv) and closed
by a full stop, written as a tag before the links (``2023-arxiv.``, ``2024-IEEE JSTARS
Special issue.``, ``2023.``), not the title (``2014 - Generative Adversarial Nets`` is one)."""
SURNAMES = r"[A-Z][\w'’-]+(?:\s*(?:&|and)\s*[A-Z][\w'’-]+|,?\s+et\.?\s+al\.?)?"
"""``Levin``, ``Mitra and Nguyen``, ``Ouyang, et al.``: the surnames of a short byline."""
AUTHOR_YEAR = re.compile(rf"{SURNAMES},?\s*\(?(?:19|20)\d\d[a-z]?\)?")
"""``Ates et al., 2022``, ``Hidey and McKeown, 2016``, ``Crankshaw et al. (2017``: a link's
text naming a paper by its authors and year (match it whole, brackets stripped)."""
VENUE_YEAR_TAG = re.compile(rf"^\W*(?:{VENUES}|CoRR|(?i:arxiv))\s?['’]?\d")
"""``[ICASSP 2019]``, ``[CoRR2018]``, ``[ICCV 2021]``: a venue's name and year (a version of
the paper), not its authors and year, though :data:`AUTHOR_YEAR` matches it too."""


AUTHORS_VENUE_YEAR = re.compile(
    r"[A-Z][\w'’-]+(?:(?:,\s*[A-Z][\w'’-]+){0,3}\s*&\s*[A-Z][\w'’-]+|,?\s+et\.?\s+al\.?),\s*"
    r"[A-Za-z][\w.'’-]*(?:\s+[A-Za-z&][\w.'’-]*){0,5},?\s*\(?(?:19|20)\d\d[a-z]?\)?"
)
"""``Theodoris et al., Nature (2023)``, ``Dunbar & Deane, Bioinformatics (2016)``: a link's
text naming a paper by its authors (two, or ``et al.``), its venue and year."""


def cited_by_authors(link_text: str) -> bool:
    """``[Crankshaw et al. (2017)]``, ``[Ates et al., 2022]``, ``[Cui et al., Nat Methods
    (2024)]``: a link's whole text names a paper by its authors and year, not by a venue and
    year (``[ICCV 2021]``)."""
    text = link_text.strip(" ()[]")
    by = AUTHOR_YEAR.fullmatch(text) or AUTHORS_VENUE_YEAR.fullmatch(text)
    return by is not None and not VENUE_YEAR_TAG.match(text)


def cites_authors(link_text: str) -> bool:
    """:func:`cited_by_authors` naming two authors or more (``et al.``, ``&``, ``and``): no
    name of a venue the reader does not know (``[JMPT (2022)]``, ``[ECCV_2020]``)."""
    return cited_by_authors(link_text) and _SEVERAL.search(link_text) is not None


_SEVERAL = re.compile(r"\bet\.?\s+al\b|\s(?:&|and)\s")


SHORT_BYLINE = re.compile(rf"{SURNAMES}\s*(?:\(\s*(?:19|20)\d\d[a-z]?\s*\))?[.,:]?")
"""The whole of ``Ouyang, et al. (2022)``, ``Mitra and Nguyen``, ``Levin``: a short byline
of surnames, maybe with a year (one word alone is only taken where a title follows)."""
SURNAMES_PAREN_YEAR = re.compile(rf"{SURNAMES}\s*\(\s*(?:19|20)\d\d[a-z]?\s*\)\s*[.,:]?")
"""``Sakaji et al. (2008):``, ``Zhang and Foo (2001):``, ``Good (1961):``: surnames and the
year in brackets, a byline when a quoted title follows (``BERT (2018): "Title"`` reads the
same: the quoted text is the title either way)."""


PUBLICATION_WORDS = frozenset(
    "magazine journal transactions letters review reviews proceedings symposium conference "
    "workshop bulletin annals".split()
)
"""Words that name a publication (``Journal of ...``, ``IEEE Transactions on ...``)."""
NOT_VENUES = frozenset(
    "LLM LLMS GPT AI ML NLP CV RL DL COVID GNN CNN RNN BERT TREC MS "
    "CIFAR VGG COCO VOC SST KITTI NYU MOT LSUN CUB ILSVRC YOLO PASCAL "
    "DAVIS ISIC VOT MSCOCO WMT BRATS KITS SUN ADE LVIS GMBH LLAMA CHATGPT".split()
)
"""Acronyms that are no venue: fields, models, datasets and a company's form (``CIFAR10``,
``VGG16``, ``VOC07``, ``... Deutschland GmbH, 2019``)."""


def mostly_capitalised(words: list[str]) -> bool:
    """Three quarters of ``words`` or more open with a capital or a digit: title case."""
    return sum(w[0].isupper() or w[0].isdigit() for w in words) * 4 >= len(words) * 3


def mostly_lower(words: list[str]) -> bool:
    """Three words in five or more open in lower case: prose, not a title."""
    return sum(w[:1].islower() for w in words) * 5 >= len(words) * 3


_HANZI_TITLE = re.compile(r"[\u4e00-\u9fff]{6,}")
"""``异质信息网络分析与应用综述``: a title in Chinese, one word to a split on spaces."""


def several_words(text: str) -> bool:
    """Two words or more, or a title in Chinese of six characters or more (no spaces)."""
    return len(text.split()) >= 2 or _HANZI_TITLE.fullmatch(text) is not None


_HEAD_AND_SUBTITLE = re.compile(r"(?P<head>[^:.!?]{8,60}):\s+[A-Z][^.!?:]{8,200}$")
"""A title's head and its capitalised subtitle, with no sentence after it."""
_LEAD_IN_HEAD = re.compile(
    r"(?i)\b(?:we|our|us|please|cite|citing|recommended|repo|repository|details|implementation|"
    r"accepted|available|version|code|oral)\b"
    r"|\b(?:with|to|of|for|in|on|by|out|at|from|here|below|work|survey|paper|papers|following|"
    r"see|read|check|built|found)\s*$"
)
"""``This is our latest work:``, ``It is recommended to start with:``: a lead-in to a title."""


def head_and_subtitle(text: str) -> bool:
    """``It is all about where you start: Text-to-image ...``: a title's head and its
    capitalised subtitle, not a lead-in to one (``This is our latest work: Title``)."""
    m = _HEAD_AND_SUBTITLE.match(text)
    return m is not None and not _LEAD_IN_HEAD.search(m["head"])
