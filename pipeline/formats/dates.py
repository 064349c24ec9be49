"""Years and venues a text states: dates, venue years, ``arXiv 2023``, cite years. Used for
a list's own words (a year column, the entry's text, a heading or parent item); never for an
arXiv ID's year. Pure."""

from __future__ import annotations

import functools
import re

from pipeline.formats import common as C
from pipeline.formats import tagyear as TY
from pipeline.formats.common import LINE_GAP, NOT_VENUES, VENUE_RE, VENUES, century

MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"  # (in lower case)
_MONTH_WORD = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn|winter)\b\.?"  # fmt: skip
_YM = r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?!\d)"
"""A YYYYMM date: after ``202312-`` a range's end, not a page (``191510-191518``)."""
DATE = re.compile(
    rf"(?<![\d.])(?P<y1>(?:19|20)\d\d)[-/.年](?:0?[1-9]|1[0-2])(?:[-/.月](?:[0-2]?\d|3[01])日?)?(?![\d])"
    rf"|(?<!\d)(?:\d{{1,2}}\s+)?{MONTHS},?\s*(?:\d{{1,2}},?\s+)?(?P<y2>(?:19|20)\d\d)(?!\d)"
    rf"|(?<![\d.])(?:0?[1-9]|1[0-2])[-/.](?P<y3>(?:19|20)\d\d)(?![\d])"
    rf"|(?<![\d.])(?<!\d\s)(?<!\d,\s)(?P<y4>19[89]\d|20[0-3]\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])?(?![\d.]|[-–](?!{_YM})\d)"  # 202305 (1980-2039; not a page ``197203``, an article after a volume ``94, 205411``)
    rf"|(?<![\d.])(?P<y5>(?:19|20)\d\d)\s+{_MONTH_WORD}(?!\s+\d)",  # 2020 August
    re.IGNORECASE,
)


def date_year(m: re.Match[str]) -> int:
    """The year of a :data:`DATE` match."""
    return int(m["y1"] or m["y2"] or m["y3"] or m["y4"] or m["y5"])


_GAP = rf"{LINE_GAP}*+"
ARXIV_YEAR = re.compile(
    rf"\barxiv{_GAP}[,(:/-]?{_GAP}(?:(?P<y>(?:19|20)\d\d)|(?:(?<=[\s(:/])|['’]|(?<=[vV])(?=1[3-9]|2\d)){_GAP}(?P<yy>\d\d)"
    r"(?:\.?(?:0[1-9]|1[0-2]))?)(?!\d)",
    re.IGNORECASE,
)
"""``arXiv 2023``, ``arXiv-2023``, ``arXiv'23``, ``arxiv 2403``, ``arXiv:2112``, ``Arxiv/2506``, ``arxiv(23.09)`` (not ``arXiv05``, as likely
a month). Spaces matched possessively (three space patterns in a row took 27 s on 2,000 spaces)."""
_ARXIV_YYMMDD = re.compile(r"(?i)\barxiv['’](?P<yy>[12]\d)(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])(?!\d)")
VENUE_UNDERSCORE = rf"(?:(?i:{VENUES})|[A-Z][a-z]*[A-Z][A-Za-z]*)_"
_PREFIX_YEAR = re.compile(
    rf"(?<![\w.'’])(?P<y>\d{{2}})(?:['’](?=[A-Za-z])|_(?={VENUE_UNDERSCORE}))"
)
"""``21'ITSC``, ``19'EuRAD``, ``24_OSDI_Title``: a two-digit year before the venue."""
_CITE_YEAR = re.compile(
    r"(?:et\s+al\.?|\w(?<!\b[Oo]f)(?<!\b[Ii]n)(?<!\b[Ss]ince))\s*(?:,\s*)?(?P<y>(?:19|20)\d\d)[a-z]?\s*\)"
)
"""``(Goodfellow et al., 2015)``, not ``(the state as of 2018)``. NOTE: one optional comma between spaces, not two optional
runs of spaces side by side: those backtracked quadratically on a long run of spaces."""
VENUE_DATE_TAG = re.compile(r"[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*\s+(?:19|20)\d\d(?:0[1-9]|1[0-2])")
"""A venue's acronym and its year and month (``TIST 201902``): a date. Not a name and a
year (``Hinton 2006``, ``2016 AlphaGo``, ``MOT 2017``, ``Kaggle 2019``), which may be an
author's, a method's, a dataset's or a contest's and stays the short name, as it was."""
_BARE_YEAR = re.compile(  # no range's end or start: ``from 2016 to 2021``, ``since 2019``
    r"(?<![\w.\-/])(?<!(?i:version) )(?<!\d{4}–)(?<!(?i:past|till) )(?<!(?i:since|until|after) )(?<!(?i:before) )(?<!\d{4} to )(?<!up to )(?<!\d{4} through )(?<!\d{4} – )"
    r"(?P<y>(?:19[89]|20[0-3])\d)(?!(?!年|_[A-Z]|_(?!\w))[\w/]|-\d|–(?:19|20)\d\d|\.(?!0(?!\.?\d))\d|\s+(?:to|until|till|through|–)\s+(?:the\s+)?(?:(?:19|20)\d\d|now|present|date|today)|\s+onwards?\b)"
)  # ``2023年``, ``2021_A Survey on ...``, ``2022.0`` (a spreadsheet's); not ``the 2048 game``
_PAREN_YY_MM = re.compile(
    r"\((?:[A-Z][\w'’.-]*(?:(?:\s+|;\s*)[A-Z][\w'’.-]*){1,5},\s*)?(?P<y>)(?P<yy>1[3-9]|2\d)\.(?:0[1-9]|1[0-2])\)"
)
"""``(23.09)``, ``(Fethiye Irmak Dogan, 25.04)``: a year and month (not ``(mAP, 23.5)``)."""
_TAG_YY_MM = re.compile(
    rf"[\[(](?:{VENUES}|(?i:arxiv))[,.]\s*(?P<y>)(?P<yy>[12]\d)\.(?:0[1-9]|1[0-2])[\])]"
)
"""``[Nature, 16.10]``, ``[arxiv. 16.06]``: a known venue's tag with the year and month (not
a score or a version: ``(mAP, 23.05)``, ``(Ubuntu, 22.04)``)."""
_ID_LIKE = re.compile(r"\b\d{4}\.\d{4,5}(?:v\d+)?\b")
_ACCESSED = re.compile(
    r"(?i)(?:accessed|retrieved|verified|checked|added|last\s+(?:updated|visited)|核验|访问|检索)"
    r"[^\d\n]{0,20}(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])(?:[-/.](?:[0-2]?\d|3[01]))?"
)
"""``Accessed: 2023-05-01``, ``Added: 2024-01-05``, ``核验记录 · 2026-10-07``: not the paper's year."""
_ONLINE_FIRST = re.compile(
    r"(?i)(?<!\d)(?P<y>(?:19|20)\d\d)(?:[-/.]\d{1,2}){0,2}\s*年?\s*(?:公开|在线|上线|预印本?|online|preprint)"
)
"""``2024 年公开``, ``2025-12-24 在线``, ``2023 preprint``: the date a paper went online or out
as a preprint."""
_LONE_YEAR = re.compile(r"(?<![\d–—-])(?:19|20)\d\d(?![\d–—-])")


def _online_first_cut(text: str) -> str:
    """``2024 年公开; *IEEE Trans. …*, 3(2), 2025``: the date a paper went online or out as a
    preprint gives way to the year of the journal that printed it after it (the same year or
    up to two later, standing alone: not ``2000 GPU hours`` nor a span, ``2015-2020``)."""
    m = _ONLINE_FIRST.search(text)
    if m is None:
        return text
    first = int(m["y"])
    later = (int(y[0]) for y in _LONE_YEAR.finditer(text, m.end(), m.end() + 200))
    if any(first <= y <= first + 2 for y in later):
        return text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text


VENUE_NAME_WORD = re.compile(
    r"\b(?:Conference|Journal|Transactions|Symposium|Workshop|Meeting|Representations|"
    r"Proceedings|Letters|Communications|Magazine|Reviews?|Annals|Procedia)\b"
)
JOURNAL_NAME = re.compile(  # ``IEEE Transactions on …``, ``Journal of Machine Learning Research``
    r"(?:The\s+)?(?:Journal|Transactions|Proceedings|Annals)\s+(?:of|on|in)\b|(?:IEEE|ACM|SIAM)\s+(?:\w+\s+){0,3}(?:Journal|Transactions|Letters|Magazine)\b"
)  # fmt: skip
"""A word of a venue's name spelled out (``International Conference on Robotics``)."""


VENUE_TAGS = frozenset(
    "sp|s&p|oakland|ccs|ndss|uss|usenix|sec|icse|fse|ase|issta|esec|pldi|popl|oopsla|tkde|tpami|"
    "cvpr|iccv|eccv|nips|neurips|icml|iclr|aaai|ijcai|acl|emnlp|naacl|coling|kdd|www|"
    "sigir|cikm|wsdm|recsys|icra|iros|corl|rss|chi|uist|mm|acmmm|miccai|wacv|bmvc|accv|"
    "icassp|interspeech|sigmod|vldb|icde|osdi|sosp|nsdi|eurosys|asplos|isca|micro|hpca|"
    "tse|tosem|emse|re|icsme|saner|msr|icpc|tdsc|tifs".split("|")
)
"""Venue tags a heading glues its year to in lower case (``### sp2025``): a known venue,
not a dataset or benchmark (``DAVIS2017``, ``VOC2007``) or a word (``Before2018``)."""


_GLUED_TAG = re.compile(
    r"(?<![\w&./-])(?P<tag>[A-Za-z&]{2,8})[-_.]?(?P<y>(?:19[89]|20\d)\d)(?!\w|\.\d)"
)


def glued_venue_year(text: str) -> re.Match[str] | None:
    """A known venue's tag with its year glued on in a list's running text: ``iclr2022
    submitted``, ``emnlp2021`` (not ``DAVIS2017``, a dataset); or any acronym's, as a
    sentence of its own after a title (``Title. TGRS2022.``)."""
    known = (m for m in _GLUED_TAG.finditer(text) if m["tag"].lower() in VENUE_TAGS)
    return next(known, None) or TY.sentence_tag_year(text)


def venue_year(m: re.Match[str]) -> int | None:
    """The year of a :data:`~.common.VENUE_RE` match (``CVPR 2023``, ``ICLR'24``), if any."""
    if m.group("yyyy"):
        return int(m.group("yyyy"))
    if m.group("yy"):
        return century(m.group("yy"))
    return None


_ACRONYM_VENUE = re.compile(
    r"(?<![\w\-])(?P<venue>(?=\w*[A-Z]\w*[A-Z])[A-Z][A-Za-z]{1,10})"
    r"(?:[*_]*,?[ \t]*['’-]?[ \t]*(?P<yyyy>(?:19|20)\d\d)|[ \t]?['’][ \t]?(?P<yy>\d\d)"
    r"|[ \t](?P<yyq>\d\d)['’](?!\w))(?![\d/]|-(?!(?:Spring|Summer|Fall|Autumn|Winter)\b)|\.\d|[–—]\s?\d)"
)
"""A venue the list of known ones lacks, written as an acronym and a year (``ASPLOS 2023``,
``MLSys 2021``, ``ATC 22'``): only as a fallback, only with its year, and on one line (a
row's cells are lines: ``PyTorch`` in one cell and ``2018`` in the next are no venue); not
the start of a span (``NSW 2015–2024``); a season may follow (``VTC2026-Spring``)."""
_PAREN_YEAR = re.compile(r"[^()]{0,20}?\((?P<y>(?:19|20)\d\d)\)")  # ``, no. 9 (2021)``
_OLD_PAREN_YEAR = re.compile(r"[(（](?P<y>19[4-7]\d)(?:[)）]|[,，]\s)|,\s*(?P<end>19[4-7]\d)\.?\s*$|(?<=[a-z]{3}\. )(?<!Vol\. )(?<!Rep\. )(?<!Proc\. )(?P<dot>19[4-7]\d)\.?\s*(?:$|(?=\[))|(?<=[a-z]{4} )(?<!from )(?<!since )(?<!until )(?<!after )(?<!before )(?<!during )(?<!circa )(?<!beginning )(?P<named>19[4-7]\d)\.\s*(?:$|(?=\[))|^[^\S\n]*\n?[^\S\n]*(?P<lead>19[4-7]\d)(?!\s*[-–—]\s*(?:19|20)\d\d)(?:[,:]|\s[-–—|])\s|^\s*\[(?P<tag>19(?:1[3-9]|[2-7]\d))\]\s")  # fmt: skip
"""A year before 1980: ``(1968)``, ``pages 159-165, 1958.``, ``O'Connell. 1975.``, ``Psychological
review 1977.`` (not ``since 1979.``), ``1979, [Title](url), SIGMOD``, ``[1951] **Title**``."""
_GLUED_YY = re.compile(r"(?m)(?:^|(?<=[|(\[]))[ \t]*(?P<venue>[A-Z]{2,8})(?P<yy>[0-3]\d|9\d)(?![\w\-/.])")  # fmt: skip
"""An acronym in capitals with a two-digit year glued on, opening its line, its cell or its
brackets (``GCPR18 Title``, ``(MM24)``, ``| ICDAR21 |``); not ``GPT4``, and not a
dataset or model named in a sentence (``SOTA on CIFAR10``, ``VGG16``, ``WMT14 En-De``)."""


def _acronym_year(m: re.Match[str]) -> int:
    return int(m.group("yyyy")) if m.group("yyyy") else century(m.group("yy") or m.group("yyq"))


_COMMA_YY = re.compile(
    r"(?<![\w\-])(?P<venue>(?=\w*[A-Z]\w*[A-Z])[A-Z][A-Za-z]{1,10}(?:-[A-Z][A-Za-z]{1,10})?)"
    r",[ \t](?P<yy>[0-2]\d|9\d)(?=[.;)\]]|$)(?!\.\d)"
)
"""``TODAES, 21.``, ``ASP-DAC, 20.``: an acronym venue, a comma and a two-digit year. The
last resort, read only when nothing else dates the entry (``(ImageNet, 22.) He et al.,
2016`` is 2016), and not a decimal result (``(PPL, 18.3)``)."""


def _two_digit_year(m: re.Match[str]) -> int:
    """A glued or comma two-digit year (``GCPR18``, ``TODAES, 21``): 90-99 are the 1990s."""
    return (1900 if int(m["yy"]) >= 90 else 2000) + int(m["yy"])


def _comma_yy(text: str) -> re.Match[str] | None:
    found = (m for m in _COMMA_YY.finditer(text) if m["venue"].upper() not in NOT_VENUES)
    return next(found, None)


ENTRY_TEXT = 4000
"""Characters of an entry the year and venue patterns read (600,000 spaces took 0.5 s)."""


@functools.lru_cache(maxsize=1 << 16)  # pure; lists repeat their texts
def find_venue(text: str) -> tuple[str | None, int | None]:
    """The first venue named in ``text`` and its year (``CVPR 2023``, ``ICLR'24``)."""
    text = text[:ENTRY_TEXT]
    m = C.first_venue(text)
    if m:
        return m.group("venue"), None if TY.volume_after_comma(m, text) else venue_year(m)
    for a in _ACRONYM_VENUE.finditer(text):
        if a.group("venue").upper() not in NOT_VENUES:
            return a.group("venue"), _acronym_year(a)
    c = _comma_yy(text)
    if c is not None and find_year(text)[1] == c.group(0):  # only when it dates the entry
        return c["venue"], _two_digit_year(c)
    return None, None


def venue_after_date(text: str, dated: int) -> tuple[str | None, int | None]:
    """A known venue and its year in ``text`` that publishes a paper dated ``dated`` (the
    same year or up to two later: ``CVPR'24`` for a paper posted in December 2023), not a
    submission (``ICLR 2026 submission``): the venue's year beats the date."""
    m = C.first_venue(text[:ENTRY_TEXT])
    year = venue_year(m) if m and not TY.volume_after_comma(m, text) else None
    if year is None or not 0 <= year - dated <= 2 or _SUBMITTED.match(text, m.end()):
        return None, None
    if _SUBMITTED_TO.search(text[: m.start()]):
        return None, None
    return m.group("venue"), year


_SUBMITTED = re.compile(r"(?i)[\s*_)\]]*(?:submission|submitted|under\s+review|rejected|withdrawn)")
_SUBMITTED_TO = re.compile(
    r"(?i)\b(?:submitted\s+to|under\s+review\s+(?:at|by|for)|rejected\s+(?:by|from|at)"
    r"|withdrawn\s+from|submission\s+to)\W*$"
)


_YEAR_NO_MONTH = re.compile(r"(?<![\w.\-/])(?P<y>(?:19[89]|20[0-4])\d)\.00(?![\w.])")
"""``PDF-2023.00`` (a badge's date with no month): the year."""
_LOOSE_YEAR = re.compile(r"(?<!\d)(?P<y>(?:19[89]|20[0-4])\d)(?P<yy>)(?!\d)")
_YY_FIRST = re.compile(r"^\s*(?:['’]|(?=\d\d-[A-Z]))(?P<y>)(?P<yy>[0-3]\d)-[A-Za-z]")
_YY_LAST = re.compile(r"['’]\s?(?P<y>)(?P<yy>[0-3]\d)\s*$")
"""A venue cell's short year: ``'16-TIP``, ``15-CVPR`` (year first), ``Vicinagearth '25`` (year last)."""
_DROPPED_TWO = re.compile(rf"(?<![\w-])(?:{VENUES})(?P<y>)0(?P<yy>[0-3]\d)(?![\w-])")
"""``CVPR024``: a known venue whose year lost its leading ``2`` (2024)."""


def _loose_year(text: str) -> re.Match[str] | None:
    return (
        _LOOSE_YEAR.search(text)
        or _YY_MM_CELL.match(text)
        or _YY_FIRST.match(text)
        or _YY_LAST.search(text)
        or _OLD_YEAR_CELL.match(text)
        or _MONTH_YY_CELL.match(text)
    )


_OLD_YEAR_CELL = re.compile(
    r"^\s*(?:[A-Z]{1,3}\d{1,4}\s+)?(?P<y>1[6-9]\d\d)(?P<yy>)(?:\s*$|(?<=19\d\d)\s+(?=[^\W\d]))"
)
"""``1909`` alone in a year column (or after a row's number, ``R068<br>1972``), or a 1900s
year before a second year column's words (``1951 projecteuclid``); not ``1600 Amphitheatre``."""
_NAME_YY = re.compile(r"(?<=[A-Za-z])['’‘](?P<yy>[0-3]\d)(?![\w'’])")
_MONTH_YY_CELL = re.compile(
    rf"(?i)^\s*(?:\d\d?\s+{MONTHS}\s+|{MONTHS}(?:-|\s?['’]))(?P<y>)(?P<yy>[0-3]\d)\s*$"
)
"""``Mar-24``, ``Sep'23`` alone in a date column (a spreadsheet's month-year): 2024, 2023;
``30 Apr 18`` (a day, a month and a short year): 2018; not ``Mar 24`` (the 24th of March)."""
_YY_MM_CELL = re.compile(
    r"^\s*(?P<y>)(?:(?P<yy>1[3-9]|[23]\d)[./]|(?P<yymm>2[1-9])(?=\d\d\s*$))(?:0[1-9]|1[0-2])\s*$"
)
"""``22.07`` alone in a date column: July 2022 (not ``12/01``, as likely a month and a day);
``2403`` (an arXiv ID's year and month): March 2024, from 2021 on (``2012`` is a year)."""


_CITE_KEY = re.compile(
    rf"(?<![\w-])[a-z]{{2,}}(?P<yy>\d{{2}})(?:arxiv|{'|'.join(v.lower() for v in VENUES.split('|') if v.isalnum())})(?![\w-])"
)
"""``xie24arxiv``, ``kreuk23iclr``: a BibTeX key of author, two-digit year and venue."""
_YYMM_TAG = re.compile(r"(?<![\w.\]])\[(?P<yy>1[5-9]|2\d)(?:0[1-9]|1[0-2])\](?!\()")
"""``* [2503] [Name] [Title](url)``: a year-month tag in brackets (not a link's text)."""
_YYMM_LEAD = re.compile(r"(?P<yy>1[5-9]|2\d)(?:0[1-9]|1[0-2])-(?![\d-])")
"""``[1510-Deep Compression](url)``: a year and month joined to the front of the title."""
_AUTHOR_PLUS_YEAR = re.compile(r"\b[A-Z][\w-]*\+\s?['’](?P<yy>[0-3]\d)\b")
"""``Li+'17``: the first author, ``+`` for the others, and the year."""
CITATION_LABEL = re.compile(
    r"[A-Z][\w'’-]*(?:\+|\s+et\s+al\.?),\s?(?P<yy>[0-3]\d)(?:/(?:1[0-2]|0?[1-9]))?"
)
"""The body of a citation label, ``Wu+, 19``, ``Li et al., 21``, ``Cosenza+, 23/7`` (a month
after the year); :mod:`.whenwhere` reads it only as a link's whole text or opening an item,
not cited in a sentence (``[RotatE](url), 2019. Improves on TransE [Bordes et al., 13]``)."""


def _own_venue(text: str) -> re.Match[str] | None:
    """The first known venue in ``text`` that is not another version's or a baseline's
    (``extended version of INFOCOM 2019``, ``Compared against Homa (SIGCOMM 18)``)."""
    found = VENUE_RE.finditer(text)
    return next(
        (v for v in found if not _OTHER_WORK.search(text, max(0, v.start() - 60), v.start())), None
    )


_OTHER_WORK = re.compile(
    r"(?i)\b(?:version\s+(?:of|in|at)|extends|extension\s+of|against|compared\s+(?:with|to)|vs\.?"
    r"|than|baselines?|based\s+on)\s+(?:[\w.-]+\s+)?\(?\s*$"
)
"""The words before another work's venue: a version, a baseline, a comparison."""


@functools.lru_cache(maxsize=1 << 16)  # pure; lists repeat their texts
def find_year(text: str, *, loose: bool = False) -> tuple[int | None, str | None]:
    """A year the text states for the entry, and the words it was read from: a venue year
    (``ACL 2023``), a date, ``arXiv 2022``, ``(Goodfellow et al., 2015)``, or a lone year.
    ``loose`` (a year or venue column) also reads ``TGRS2024``. Reads :data:`ENTRY_TEXT`."""
    text = _ACCESSED.sub(" ", _ID_LIKE.sub(" ", text[:ENTRY_TEXT]))
    text = _online_first_cut(text)
    v = _own_venue(text)
    issue = TY.ISSUE_YEAR.match(text, v.end()) if v and v.group("yy") else None
    if issue:  # ``JMLR 22(75):1-35, 2021``: a volume and issue, then the year
        return int(issue["y"]), issue.group(0).strip(" ,")
    if v and venue_year(v) and not TY.volume_after_comma(v, text):
        volume = v.group("yy") and _PAREN_YEAR.match(text, v.end())
        if volume:  # ``Science 31, no. 9 (2021)``: a volume, then the year
            return int(volume.group("y")), volume.group(0).strip()
        return venue_year(v), v.group(0).strip()
    a = next(
        (a for a in _ACRONYM_VENUE.finditer(text) if a.group("venue").upper() not in NOT_VENUES),
        None,
    )
    if a:
        return _acronym_year(a), a.group(0).strip()
    if cased := TY.any_case_year(text):  # ``Mobisys '14``, ``Sigmod 2017``
        return cased
    m = _ARXIV_YYMMDD.search(text)  # ``Arxiv'201205``: Dec 5, 2020, not May 2012
    if m:
        return century(m.group("yy")), m.group(0)
    cited = TY.journal_year(text)  # ``JHEP 01 (2017) 110`` before ``(December 5, 2016)``
    if cited:
        return cited
    m = DATE.search(text)
    if m:
        return date_year(m), m.group(0).strip()
    m = ARXIV_YEAR.search(text)
    if m:  # ``arXiv 1905``: arXiv began in 1991, so ``19MM`` is a month of 2019
        y = m["y"] if m["y"] is None or m["y"] >= "1991" or not "00" < m["y"][2:] <= "12" else None
        return (int(y) if y else century((m["y"] or m["yy"])[:2])), m.group(0)
    tagged = TY.tag_year(text)  # ``[ESANN' 15]``, ``[ML2010]``, ``(FG 11)``: a tag's year
    if tagged:
        return tagged
    m = _PREFIX_YEAR.search(text)
    if m:
        venue = re.match(r"[\w\-]+", text[m.end() :])
        return century(m.group("y")), m.group(0) + (venue.group() if venue else "")
    m = _loose_year(text) if loose else None
    if m:  # a year or date column: ``TGRS2024``, ``22.07`` (year and month)
        return (int(m["y"]) if m["y"] else century(m["yy"] or m["yymm"])), m.group(0).strip()
    m = _CITE_YEAR.search(text) or _PAREN_YY_MM.search(text)
    if m:  # ``(Goodfellow et al., 2015)``, ``(Jesse Thomason, 19.05)``
        return (int(m["y"]) if m["y"] else century(m["yy"])), m.group(0)
    m = _CITE_KEY.search(text) or _AUTHOR_PLUS_YEAR.search(text)
    if m:
        return century(m.group("yy")), m.group(0)
    m = _BARE_YEAR.search(text) or glued_venue_year(text) or _YEAR_NO_MONTH.search(text)
    m = m or TY.NAME_DOT_YEAR.search(text) or TY.LETTERED_YEAR.search(text)
    if m:
        return int(m.group("y")), m.group(0)
    if m := _TAG_YY_MM.search(text):  # ``[ICML, 17.07]``: after any year written in full
        return century(m["yy"]), m.group(0)
    return _two_digit_years(text)


def _two_digit_years(text: str) -> tuple[int | None, str | None]:
    """The last resorts of :func:`find_year`: an old or lettered year closing a citation, a two-digit year."""
    m = _OLD_PAREN_YEAR.search(text)
    if m:  # ``Chow, C and Liu, Cong. (1968).``: an older year, in a citation's brackets
        y = m["y"] or m["end"] or m["dot"] or m["named"] or m["lead"] or m["tag"]
        return int(y), m.group(0).strip(" ,.:-–—|[]")
    m = TY.CLOSING_YEAR.match(text.strip())
    if m:
        return int(m["y"]), m["y"]
    m = next((g for g in _GLUED_YY.finditer(text) if g["venue"] not in NOT_VENUES), None)
    if m:  # ``GCPR18 Title``, ``ICCV21``: an acronym with its two-digit year glued on
        return _two_digit_year(m), m.group(0)
    m = _comma_yy(text)  # ``TODAES, 21.``
    if m:
        return _two_digit_year(m), m.group(0)
    m = _NAME_YY.search(text) or TY.spaced_tag_year(text) or TY.word_tag_year(text)
    if m:  # ``Surveys'22``, ``(MobiCom 24)``, ``[MediaEval16]``: the entry's own, the first
        return century(m.group("yy")), m.group(0)
    m = _YYMM_TAG.search(text) or _YYMM_LEAD.match(text.lstrip(" \n")) or _DROPPED_TWO.search(text)
    if m:  # ``[2503]`` is March 2025 (``CVPR024``: 2024) only when nothing else dates the entry
        return century(m.group("yy")), m.group(0)
    m = _BYLINE_1920S.search(text)  # the last resort: ``Fisher, R. A. (1922).``
    return (int(m["y"]), m.group(0).strip()) if m else (None, None)


_BYLINE_1920S = re.compile(r"(?<=[^\W\d_][.,] |[^\W\d_]{2} )\((?P<y>19[23]\d)\)(?![\w-])")
"""A year of the 1920s or 1930s in brackets after a name (``Fisher, R. A. (1922).``,
``Keynes (1937)``), not after a number or inside a title's pair (``(1920, 1080)``)."""
