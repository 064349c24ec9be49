"""Years written in a tag: ``[Thesis' 10]``, ``[ML2010]``, ``(Preprint 24')``, a citation
key (``[Kar-Corcoran2017 IEEE]``), a venue and a two-digit year opening the text
(``(ACM Computing Surveys 19) Title``) or an acronym and its year as a sentence after a
title (``Title. TGRS2022.``); a known venue with its year in the list's own case (``Mobisys
'14``); and the year closing a citation that quotes its title (``"Title." Biometrika, 1956.``),
kept here beside the other short year patterns that :mod:`.dates` falls back on. Pure."""

from __future__ import annotations

import re

from pipeline.formats.common import (
    NOT_VENUES,
    PUBLICATION_WORDS,
    VENUES,
    VENUES_ANY_CASE,
    century,
)

_TAG_YEAR = re.compile(
    r"[\[(（]\s*[*_]*(?!(?:(?i:as\s+of|since|until|till|before|after|around)|in|from|by)\s)(?!pp?\.|pages?\b|(?i:pytorch|tensorflow|tf|keras|jax|caffe2?|mxnet|chainer|theano|paddle\w*|lasagne|torch|colab|matlab|code|github|blog|medium|zhihu|video|slides|demo|talk|tutorial|poster|dataset|hf|reimpl\.?|updated?)/)[A-Za-z][\w.&\-/ ]{0,24}?(?:['’‘]\s?(?P<yy>\d{2})|(?<!\d/)(?P<yyyy>(?:19|20)\d\d)"
    r"|(?<=\s)(?P<yq>\d{2})['’])"
    r"[*_]*\s*[\])）]"
    r"|^\s*\[[A-Za-z][\w.&\-]{0,24}?(?P<key>(?:19|20)\d\d)[a-z]?(?:\s[A-Z][\w&.\-]{1,14}){1,2}\]"
)
"""``[Thesis' 10]``, ``[ML2010]``, ``(Preprint 24')`` (not pages, ``(pp. 1943-1961)``, nor a
time, ``(as of 2018)``); or a citation key opening the text, its year and venue
after it: ``[Kar-Corcoran2017 IEEE]``, ``[Lu-etal2014a IVC]`` (not ``(fixes Kingma2014 Adam)``)."""
_YEAR_VENUE = re.compile(
    r"[\[(]\s*(?P<y>(?:19|20)\d\d)\s?"
    r"(?P<venue>[A-Z][\w&.-]*(?:\s(?:[A-Z][\w&.-]*|of|in|and|on|for|the|&)){0,5})\s*[\])]"
)
"""``(2019IJCAI)``, ``(2017American Economic Review)``: a year with its venue glued on after
it, a tag of its own (not an award's, a dataset's or a version's: ``2014 (2025 ICLR Test of
Time Award)``, ``(2019Updated Version)``, :data:`_NOT_A_VENUE`)."""
_NOT_A_VENUE = re.compile(r"(?i)\b(?:award|prize|winner|test of time|influential|turing|dataset|updated?|version|release|github)")  # fmt: skip
_VENUE_YY = re.compile(r"^\s*[\[(]\s*(?P<venue>[A-Z][\w.&\- ]{0,80}?)\s(?P<yy>\d\d)\s*[\])]")
_VENUE_MARK = re.compile(
    rf"\b(?:{VENUES}|FG|Transactions|Journal|Conference|Proceedings|Computing|Surveys|Letters|"
    r"Review|Workshop|Symposium|Magazine)\b"
)
"""``(IEEE Transactions on Affective Computing 19)``, ``(FG 11)``, ``(CVPR 19)``: a venue (a
known one or a venue's word) and a two-digit year open the text; not ``(Top 10)``, ``(Part
2)``, nor a model or a dataset and its size (``(VGG 16)``, ``(CIFAR 10)``, ``(COCO 17)``)."""


_NAMES = r"(?P<venue>(?:(?:IEEE|ACM)\s)?[A-Z][\w&.-]*(?:\s(?:[A-Z][\w&.-]*|of|in|and|on|for|the|&)){0,5})"
_SPACE_YY = r"\s(?P<yy>9\d|[0-2]\d)"
_SENTENCE_YY = re.compile(rf"(?<=[^\s.]\.\s){_NAMES}{_SPACE_YY}\.?(?=\s*(?:\[|$))")
_BRACKETED_YY = re.compile(rf"(?<=[(\[]){_NAMES}{_SPACE_YY}(?=[)\]])")
"""``(MobiCom 24)``, ``[Nature Communications 22]`` (a code span's) after a title, ``Title.
EAAI 24``: a name, a space and a two-digit year, in brackets or as a sentence."""


def _venue_name(name: str) -> bool:
    """A known venue's name; an acronym or a name with two capitals (``EAAI``, ``HotNets``,
    ``IEEE SPM``); or two capitalised words or more (``Information Fusion``, ``Frontiers
    in Robotics and AI``); not a dataset or a model (``COCO``, ``VGG``, ``ModelNet``)."""
    if re.fullmatch(VENUES, name):
        return True
    words = name.split()
    if words[0].upper() in NOT_VENUES or any(w.lower().endswith("net") for w in words):
        return False  # (``Frontiers in Robotics and AI`` is a journal)
    if len(words) == 1:
        return sum(c.isupper() for c in name) >= 2
    return sum(w[0].isupper() for w in words) >= 2


def spaced_tag_year(text: str) -> re.Match[str] | None:
    """The first known venue and its two-digit year in brackets (else as a sentence) in
    ``text`` (``(MobiCom 24)``, ``[CVPR Workshop 19]``, ``Title. CVPR 24``), right after the
    title or a link (not ``extended from (CVPR 15)``, another paper's). An acronym the
    reader does not know dates nothing: ``CASP 14``, ``CUDA 12``, ``[HW 12]`` are an edition,
    a version, a homework; a journal's name and number may be its volume."""
    found = [*_BRACKETED_YY.finditer(text), *_SENTENCE_YY.finditer(text)]
    return next((m for m in found if _dating(m, text)), None)


def _dating(m: re.Match[str], text: str) -> bool:
    if not re.fullmatch(rf"(?:{VENUES})(?:\s+Workshops?)?", m["venue"]):
        return False
    return re.search(r"\b[a-z]+\s*[(\[]$", text[max(0, m.start() - 40) : m.start()]) is None


_WORD_TAG_YY = re.compile(
    r"(?<=\[)(?P<venue>[A-Z][a-z]{2,9}Eval|[A-Z][A-Za-z]{0,9}CLEF|TRECVID|TrecVid|BioCreative|"
    r"CheckThat|Springer|Elsevier|Wiley)"
    r"(?P<yy>[0-3]\d|9\d)(?=\])"
)
"""``[MediaEval16]``, ``[SemEval17]``, ``[ImageCLEF19]``, ``[Springer13]``: an evaluation campaign or a publisher
with its two-digit year glued on, a whole tag in square brackets; not a lecture's number
(``[Lecture03]``), a network's depth (``[ResNet18]``), a dataset's year or version
(``[CoNLL03]``, ``[MultiWOZ21]``) or a model's size (``[InternLM20]``)."""


def word_tag_year(text: str) -> re.Match[str] | None:
    """The first :data:`_WORD_TAG_YY` in ``text`` that names no network or dataset."""
    found = _WORD_TAG_YY.finditer(text)
    return next((m for m in found if not _unlike_venue(m["venue"])), None)


def _unlike_venue(word: str) -> bool:
    return word.upper() in NOT_VENUES or word.endswith(("Net", "Nets", "GAN", "BERT"))


def venue_yy(code: str) -> bool:
    """``EAAI 24``, ``IEEE SPM 20``, ``Nature Communications 22``: a code span (or a tag in
    brackets) that is a venue's name and its two-digit year."""
    m = re.fullmatch(_NAMES + _SPACE_YY, code.strip())
    return m is not None and _venue_name(m["venue"])


JOURNAL_REF = re.compile(
    r"(?:\b[A-Z][a-z]{0,7}\.\s?|\b[A-Z]{2,6}\s|\b[A-Z][a-z]+\s)(?:[A-Z]\s)?(?:[A-Z]?\d{1,4}\s)?"
    r"\((?P<y>(?:19|20)\d\d)\)\s(?:no\.\s?\d+|\d+:\d+|[A-Z]{0,2}\d{2,}|\d+[–-]\d+)\b(?!\.\d)"
    r"|(?<=\s)\d{1,4}(?:\(\d{1,3}\))?:\s?\d+[-–]\d+\s\((?P<dblp>(?:19|20)\d\d)\)"
)
"""``Phys. Rev. D95 (2017) 092001``, ``JHEP 01 (2017) 110``, ``EPJ C (2017) 77:257``: a
journal's (abbreviated or capitals) volume, the year in brackets, the issue or page; DBLP's
``Journal of Machine Learning Research 12: 1069-1109 (2011)``, the volume and pages first:
the year the paper was published (a date after it, ``(December 5, 2016)``, is its preprint's;
not ``ResNet 152 (2016) 78.3`` or ``MMLU (2021) 60.1``, a score)."""


def journal_year(text: str) -> tuple[int, str] | None:
    """The year of a :data:`JOURNAL_REF` in ``text`` when no year comes before it and none
    after it is later (``erratum to JHEP 03 (2015) 091, May 2016``, ``COCO (2014) 80
    categories, May 2020``: a cited paper, a dataset), and the reference."""
    m = JOURNAL_REF.search(text)
    if m is None or _YEAR.search(text, 0, m.start()):
        return None
    year = int(m["y"] or m["dblp"])
    later = any(int(y) > year for y in _YEAR.findall(text, m.end()))
    return None if later else (year, m.group(0))


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def tag_year(text: str) -> tuple[int, str] | None:
    """The year a tag in ``text`` ends in, and the tag; else ``None``."""
    m = _TAG_YEAR.search(text)
    if m:
        yy = m.group("yyyy") or m.group("key")
        return (int(yy) if yy else century(m.group("yy") or m.group("yq"))), m.group(0).strip()
    m = next((m for m in _YEAR_VENUE.finditer(text) if _venue_name(m["venue"])), None)
    if m and not _NOT_A_VENUE.search(m["venue"]):
        return int(m["y"]), m.group(0).strip()
    m = _VENUE_YY.match(text)
    if m and _VENUE_MARK.search(m["venue"]):
        return century(m["yy"]), m.group(0).strip()
    return None


SENTENCE_TAG = re.compile(
    r"(?:^|(?<=[^\s.]\.\s)|(?<=\|\s))(?P<tag>(?=[A-Za-z&]*[A-Z][A-Za-z&]*[A-Z])[A-Z][A-Za-z&]{1,9})"
    r"-?(?P<y>(?:19|20)\d\d)(?=\s*(?:\([^()]{1,20}\)\s*)?(?:[.|]|$))",
    re.M,
)
"""An acronym with its year glued on (or after a hyphen), a sentence of its own after a title
or opening a cell: ``Title. TGRS2022.``, ``Title. IJCNLP-2017``, ``Title. NeurIPS2023 (DB).
|`` (a venue the known ones lack); not a dataset or a model (``COCO2017``, :data:`NOT_VENUES`)."""


def sentence_tag_year(text: str, last: bool = False) -> re.Match[str] | None:
    """The first (or ``last``) :data:`SENTENCE_TAG` in ``text`` whose tag may be a venue: a
    known venue's, or an acronym in capitals (``TGRS``; not ``BraTS``, ``ImageNet``)."""
    found = [m for m in SENTENCE_TAG.finditer(text) if _venue_tag(m["tag"])]
    return (found[-1] if last else found[0]) if found else None


def _venue_tag(tag: str) -> bool:
    """A known venue's tag, or an acronym in capitals that names no dataset or benchmark
    (``TGRS``, ``LREC``; not ``COCO``, ``OTB-2015``, ``CONLL-2003``)."""
    if re.fullmatch(VENUES, tag):
        return True
    return tag.isupper() and tag.isalpha() and tag not in NOT_VENUES and tag not in _BENCHMARKS


_BENCHMARKS = frozenset(("OTB", "CONLL"))
"""Tracking's and tagging's benchmarks written with their editions (``OTB-2015``,
``CONLL-2003``) after a title: no venue (``CoNLL '19``, the conference, stays one)."""


_NAMED_YY = re.compile(
    r"(?P<name>[A-Z][\w.&-]*(?:\s+(?:[A-Z][\w.&-]*|of|and|on|in|for|the)){0,6})\s?['’‘]\d\d"
    r"(?:\s*\([^()]{1,20}\)?)?"  # its class after it, ``(CCF B)`` (a closing bracket stripped)
)


def named_venue_yy(text: str) -> bool:
    """``VLDB Endowment'24``, ``ICSE-Companion '23``, ``USENIX ATC '23``, ``Journal of Systems
    and Software '24(CCF B)``: a venue's name (with an acronym in capitals or a word that names
    a publication) and a two-digit year, the whole text; not ``GPT'23``, ``Llama '24``."""
    m = _NAMED_YY.fullmatch(text.strip())
    if m is None:
        return False
    words = re.split(r"[\s-]+", m["name"])
    acronym = any(_acronym(w) or w.lower() in _KNOWN_ANY_CASE for w in words)
    return acronym or bool({w.lower() for w in words} & PUBLICATION_WORDS)


_KNOWN_ANY_CASE = frozenset(v.lower() for v in VENUES_ANY_CASE.split("|"))


def _acronym(word: str) -> bool:
    """``ATC``, ``IoTDI``, ``HotCloud``: two capitals or more, the first opening the word
    (not ``GPT``, ``LLaMA`` or another name of :data:`NOT_VENUES`)."""
    capitals = sum(c.isupper() for c in word)
    return word[:1].isupper() and capitals >= 2 and word.upper() not in NOT_VENUES


ANY_CASE_YEAR = re.compile(
    rf"(?<![\w'’])(?i:{VENUES_ANY_CASE})"
    r"(?:[ \t]?['’][ \t]?(?P<yy>\d\d)|(?:['’][ \t]?|[ \t])(?P<yyyy>(?:19|20)\d\d))(?![\w'’])"
)
"""``Mobisys '14``, ``Sigmod 2017``, ``Eurosys' 2016``: a known venue the list writes in its
own case, and its year (two digits after an apostrophe; not glued on, ``acl2019`` in a
sentence names a baseline)."""


def any_case_year(text: str) -> tuple[int, str] | None:
    """The year of the first :data:`ANY_CASE_YEAR` in ``text``, and its words."""
    m = ANY_CASE_YEAR.search(text)
    if m is None:
        return None
    return (int(m["yyyy"]) if m["yyyy"] else century(m["yy"])), m.group(0)


CLOSING_YEAR = re.compile(r'^(?:[A-Z][\w\'’-]*+\.?+[\s,]*+|(?:and|&|et al\.?)\s++)++["“][^"“”]{0,250}["”](?:\s*+(?:[A-Z0-9][^\s"“”\[\],]*+|[a-z]{1,4}\b|preprint|arXiv\S*+))*+\s*+,\s*+(?P<y>(?:19[4-7]\d|(?:19|20)\d\d(?=[a-e])))[a-e]?\.?\s*(?:\[[^\[\]]{1,20}\]\s*|(?:Link|PDF|Paper|Code|link|pdf|paper|code)\b\s*)*$')  # fmt: skip
"""An old or lettered year closing a citation that opens with names and quotes its title: ``M. H
Quenouille. "Notes on bias in estimation." Biometrika, 1956. [Link]``, ``"Title." arXiv, 2019b.``"""


LETTERED_YEAR = re.compile(r"\bet\s+al\.?,?\s+(?P<y>(?:19|20)\d\d)[a-z](?![\w-])")
"""A byline's lettered year (``— Li et al., 2025c``): a reference list's second paper of
that year by the same first author, the year all the same."""


def volume_after_comma(m: re.Match[str], text: str) -> bool:
    """``*NeurIPS*, 25.`` in an APA citation dated ``(2012)``: the two digits after a
    venue's comma are its volume when the text states a four-digit year elsewhere."""
    said = m.group(0)
    if m.group("yy") and ISSUE_YEAR.match(text, m.end()):
        return True  # ``JMLR 22(75):1-35, 2021``
    if not m.group("yy") or "," not in said or "'" in said or "’" in said:
        return False
    rest = text[: m.start()] + " " + text[m.end() :]
    return _YEAR.search(rest) is not None


ISSUE_YEAR = re.compile(r"\(\d{1,4}\)[:\s\d,p.–(-]{,24}?(?<![\d–-])(?P<y>(?:19|20)\d\d)(?![\d–-])")
"""A two-digit volume's issue, then the year: ``(75):1-35, 2021``, ``32(3), 547–570 (2018)``."""


NAME_DOT_YEAR = re.compile(
    r"(?<!\w)(?!(?:Table|Tab|Fig|Figure|Vol|No|Nr|Eq|Sec|Ch|Chapter|Page|Pp|Version|Release|Issue)\.)"
    r"[A-Z][A-Za-z'’-]*\.(?P<y>(?:19[89]|20[0-3])\d)(?=\.?[ \t]*$)",
    re.M,
)
"""``Zhong.2016.``, ``Zeldovich N.2018.``: a year glued to a citation's last name, ending its
line; not ``pp.2001``, ``v.2024``, ``Table.2023``, ``no.2020``."""
