"""The text around a title in a citation-style entry: the fields it is written among
(``[Authors] [Title] [Venue]``, ``Title | Authors | Venue``) and the sentences after it that
name only its venue, date or authors (``Title. SIGIR, 2020.``, ``Title. 2016-02.``)."""

from __future__ import annotations

import re

from pipeline.formats import citations as C
from pipeline.formats.authors import (
    MAKER_WORD,
    SURNAME_LIST,
    names_like,
    one_person,
    people,
    title_worded,
)
from pipeline.formats.citations import VENUE_WORDS, is_context_text
from pipeline.formats.common import TAG_BRACKET, VENUE_RE, year_in
from pipeline.formats.contextfacts import YEAR_ONLY
from pipeline.formats.dates import DATE
from pipeline.formats.tagyear import sentence_tag_year, spaced_tag_year, venue_yy
from pipeline.formats.venuetail import byline_venue, named_venue_year

_SENTENCE_VENUE = re.compile(
    r"(?:(?<=[^\s.])(?<!\b[Vv]s)(?<!\bal)(?<!\betc)\.\s+|(?<=[a-z]{3})\.(?=[A-Z][a-z]{3}|arXiv\b))"
    r"(?P<v>(?:[^.]|(?<=\d)\.(?=\d)){2,80}?),?\s+(?:19|20)\d\d(?:,\s*pp?\.\s*\d+\s*[-–]+\s*\d+)?\.?\s*$"
)
"""``Title. SIGIR, 2020.``: a sentence naming the venue and year after the title (its
full stop glued to it too: ``Title.Neurocomputing 2020``); not after ``vs.``, ``al.``, ``etc.``."""
_ARXIV_REF = re.compile(r"(?i)arxiv(?::\s?\d{4}\.\d{4,5}(?:v\d+)?)?")
_CONNECTORS = frozenset("on of the and in for its with from &".split())
_VENUE_LEAD = frozenset("Journal Proceedings Advances Transactions Annals Frontiers".split())


def _venue_sentence(text: str) -> bool:
    """``SIGIR``, ``IEEE Transactions on Multimedia``, ``arXiv preprint arXiv:1804.02516``:
    up to 8 capitalised words, connectors, venue words and arXiv references."""
    if is_context_text(text):
        return True
    words = text.split()
    if 2 <= len(words) <= 10 and words[0] in _VENUE_LEAD and words[1] in ("of", "in", "on"):
        return True  # ``Journal of chemical information and modeling``: a journal, in any case
    return (
        0 < len(words) <= 8
        and all(
            w[:1].isupper() or _ARXIV_REF.fullmatch(w) or w.lower() in _CONNECTORS | VENUE_WORDS
            for w in words
        )
        and words[0].lower() not in _CONNECTORS
    )


_BRACKET_GROUP = re.compile(r"\s*\[([^\[\]]{2,400})\]")
_AUTHOR_TAG = re.compile(r"\bet\.?\s*al\b|^[A-Z][a-z]+(?:[-'’][A-Za-z]+)*$")
_YEAR_TAG = re.compile(r"['’]\d\d\b|\b(?:19|20)\d\d\b")


_CITED_BRACKET = re.compile(r"^\s*\[(?P<inner>[^\[\]]{12,400})\]")


def _bracket_citation(text: str) -> str | None:
    """``[Title, First Author, ICASSP 2017] [[Paper]](url)``: the title before the author
    and the venue that close the brackets."""
    m = _CITED_BRACKET.match(text)
    parts = [p.strip() for p in m["inner"].split(",")] if m else []
    if len(parts) < 3 or not is_context_text(parts[-1]) or len(text[m.end() :].split()) > 1:
        return None  # ``[Kaiming He, Xiangyu Zhang, CVPR 2016] Title``: the title follows
    end = len(parts) - 1
    while end > 1 and _person_part(parts[end - 1]):
        end -= 1
    title = ", ".join(parts[:end]).strip()
    if end == len(parts) - 1 or _person_part(title) or names_like(title):
        return None
    return title if len(title.split()) >= 2 else None


def _person_part(part: str) -> bool:
    """``Yi Luo``, ``John R. Hershey et al.``: one author among a citation's parts."""
    return one_person(re.sub(r"\s+et\s+al\.?$", "", part).split()) or part.endswith("et al.")


def bracket_fields(text: str) -> str | None:
    """The title among bracketed fields that are not links, authors among them: ``[Alex
    et al.] [Title] [MIDL'18]`` (the others name a venue or a year), else ``None``."""
    cited = _bracket_citation(text)
    if cited is not None:
        return cited
    groups, pos = [], 0
    while m := _BRACKET_GROUP.match(text, pos):
        groups.append(m.group(1).strip())
        pos = m.end()
    authors = [g for g in groups if names_like(g) or _AUTHOR_TAG.search(g)]
    if len(groups) < 2 or not authors or len(_NOTES.sub(" ", text[pos:]).split()) > 3:
        return None  # ``[CVPR'20] [Category] [[Name](url)] Title``, ``[Tag] [Model] Title``
    titles = [
        g for g in groups if len(g.split()) >= 3 and g not in authors and not is_context_text(g)
    ]
    if len(titles) > 1:  # ``[Medical Imaging 2017: Image Processing]``: a dated venue
        titles = [g for g in titles if not _YEAR_TAG.search(g)]
    return titles[0] if len(titles) == 1 else None


_NOTES = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")  # ``(best paper award)``, ``[paper]``
_NOTE_ONLY = re.compile(r"[\s.|]*(?:\([^()]{1,20}\)[\s.|]*)?")
"""What may follow a venue's tag and year to the end: a short note in brackets (``(DB)``)."""


def sentence_venue_tail(text: str) -> str:
    """``Title. Venue, 2020.`` without its venue sentence, when that sentence names a venue;
    ``Title. TGRS2022.`` without its acronym and glued year."""
    m = _SENTENCE_VENUE.search(text)
    if m and m.start() >= 12 and _venue_sentence(m.group("v").strip()):
        return text[: m.start()]
    m = sentence_tag_year(text, last=True) or spaced_tag_year(text)  # ``. EAAI 24``
    if m and m.start() >= 14 and _NOTE_ONLY.fullmatch(text[m.end() :]):
        return text[: m.start()].rstrip(" .")
    return text


_ISO_DATE = re.compile(r"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b")


def metadata_line(text: str) -> bool:
    """``Pending review · Published 2026-10-01``, ``Curated · Antibody``: status, dates and
    tags between middle dots, not a title."""
    parts = [p.strip() for p in text.split(" · ")]
    if len(parts) < 2:
        return False
    return bool(_ISO_DATE.search(text)) or all(len(p.split()) <= 3 for p in parts)


def pipe_fields(text: str) -> str | None:
    """The title among fields a line separates with pipes: ``Title | Authors | [CVPR' 14]
    |``, else ``None``."""
    parts = [p.strip(" *_") for p in text.split(" |")]
    parts = [p.lstrip("| ").strip() for p in parts if p.strip(" |")]
    if len(parts) < 2:
        return None
    for part in parts:
        if len(part.split()) >= 2 and not (names_like(part) or is_context_text(part)):
            return part
    return None


def dot_fields(text: str) -> str:
    """``Title · Survey / Topic``, ``Award, Venue · Title · Venue``, ``Authors · Title``:
    the first field between middle dots that is no award, venue, author list or status,
    when it is a title (four words or more, or two or more opening the line). Any other
    text is kept whole."""
    fields = [f.strip(" ·") for f in text.split(" · ")]
    kept = [(k, f) for k, f in enumerate(fields) if len(fields) > 1 and not _no_title_field(f)]
    if not kept:
        return text
    k, field = kept[0]
    words = len(field.split())
    if words >= 4 or k != 0:
        return field if words >= 4 else text
    nxt = kept[1][1] if len(kept) > 1 else ""  # ``SAM 2 · Segment Anything in Images ...``
    if len(nxt.split()) >= 4 and nxt[:1].isupper() and not MAKER_WORD.search(nxt):
        return f"{field}: {nxt}"
    return field if words >= 2 else text


def _no_title_field(field: str) -> bool:
    """A field between middle dots that is no title: an award, a venue, authors, a status."""
    if not field or _AWARD_FIELD.search(field) or is_context_text(field):
        return True
    return names_like(field) or people(field) or "et al" in field or bool(_STATUS.match(field))


"""``Meta AI Research, FAIR``: who made the paper, not its title."""
_STATUS = re.compile(r"(?i)(?:pending|under\s+review|published|added|updated|accepted|submitted)\b")


_AWARD_FIELD = re.compile(r"(?i)\b(?:outstanding|best\s+paper|award|honou?rable\s+mention)\b")


def date_or_award(cand: str, text: str) -> bool:
    """``Mar 4, 2020``, ``ICML 2023 Outstanding Paper Award``, ``Journal of X, 2021.``: a
    date, a venue's award (short, with its year) or a named venue's year, not a title."""
    said = text.strip(" -–—,.:")
    if len(cand.split()) <= 3 and DATE.fullmatch(said):
        return True
    named = _NAME_COMMA.match(said)  # ``EMNLP, 2022-12-7``: a venue and a date
    if named and len(cand.split()) <= 5 and DATE.fullmatch(said[named.end() :]):
        return True
    if not (_AWARD_FIELD.search(cand) and year_in(cand)):
        return named_venue_year(said)
    rest = _AWARD_WORDS.sub(" ", C.VENUE_RE.sub(" ", cand))  # nothing but the award left?
    return len(re.findall(r"[A-Za-z]{2,}", rest)) <= 1


_NAME_COMMA = re.compile(r"[A-Za-z][\w&.\-]*(?: [\w&.\-]+){0,3}\s*,\s*")
_AWARD_WORDS = re.compile(r"(?i)\b(?:outstanding|best|paper|papers|award|awards|honou?rable|mention|winner|runner[-\s]up|student|(?:19|20)\d\d)\b")  # fmt: skip


_SENTENCE_BREAK = re.compile(r"(?<=[^\s.])\.\s+(?=\S)")
_NOTE = re.compile(r"\s*\((?:under review|accepted|oral|spotlight|to appear)\)\s*$", re.I)
_META_WORDS = re.compile(r"(?i)^(?:by\s+\w+(?:\s+\w+)?|(?:\w+\s+){0,2}(?:ph\.?d\.?\s+)?thesis)$")
_PAGES = re.compile(r"\s*:\s*\d+(?:\.\d+)?(?:\s*[-–]\s*\d+(?:\.\d+)?)?$")
"""``CVPR 2020: 1-10``, ``COLT 2012: 25.1-25.40`` (DBLP): the pages after a venue."""
_CORR = re.compile(r"CoRR abs/\S+(?:\s*\((?:19|20)\d\d\))?")
"""``CoRR abs/1812.00984 (2018)``: DBLP's name for an arXiv paper."""
_SCHOLAR_ARXIV = re.compile(r"(?i)arxiv\s+preprint(?:\s+arxiv:\s?\d{4}\.\d{4,5}(?:v\d+)?)?(?:,?\s*\(?(?:19|20)\d\d\)?)?")  # fmt: skip
"""``arXiv preprint arXiv:2401.09112 (2024)``: Google Scholar's name for an arXiv paper."""
_VOLUME_PAGES = re.compile(r"^(?:19|20)\d\d(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\s*;\s*\d")
"""``2020;12(3):1-10``, ``2019 Mar;5:e12``: a Vancouver citation's date, volume and pages."""
_ACRONYM_YEAR = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z]*\s*['’]?(?:19|20)\d\d(?:\s+\w+)?$")
_NAME_PAREN_YEAR = re.compile(
    r"^(?:[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2}|[\u3400-\u9fff]{2,20})\((?:19|20)\d\d\)$"
)
"""``VEE(2016)``, ``NCC Group(2016)``, ``小型微型计算机系统(2017)``: a venue with its year glued on."""


def meta_sentences_tail(text: str) -> str:
    """``Title. 2016-02. AISTAT 2017.``, ``Title. ICLR 2021 (Under Review)``: the title
    without the sentences after it that only give a date, a venue, a thesis or a byline."""
    parts = _SENTENCE_BREAK.split(_GLUED_YEAR.sub(". ", text.strip()).rstrip("."))
    whole = len(parts)
    if len(parts) >= 3 and _VOLUME_PAGES.match(parts[-1]) and len(parts[-2].split()) <= 8:
        parts = parts[:-2]  # Vancouver: ``Title. Journal. 2020;12(3):1-10``
    if len(parts) >= 3 and YEAR_ONLY.match(parts[-1].strip()) and _venue_name(parts[-2]):
        parts = parts[:-2]  # ``Title. SIGMOD. 2020``, ``Title. Rep4NLP@ACL. 2017``
    while len(parts) > 1 and len(parts[0].split()) >= 2 and _meta_sentence(parts[-1]):
        head = ". ".join(parts[:-1])
        if head.count("(") != head.count(")"):
            break  # ``Title(Ball et al. 2020)``: the full stop is inside brackets
        parts.pop()
    return ". ".join(parts) if len(parts) < whole else text  # (``acl.2022 - Title`` kept)


_GLUED_YEAR = re.compile(r"(?<=[A-Za-z])\.(?=(?:19|20)\d\d\b)")
"""``ICLR.2018``: a full stop with no space before the year."""


def _venue_name(text: str) -> bool:
    """``SIGMOD``, ``Rep4NLP@ACL``, ``IEEE Access``: a short name with a word in capitals
    (the sentence before a lone year, after a title)."""
    words = text.split()
    return 1 <= len(words) <= 5 and any(
        re.fullmatch(r"[\w@&-]*[A-Z]{2,}[\w@&-]*", w) for w in words
    )


def _meta_sentence(text: str) -> bool:
    t = _PAGES.sub("", _NOTE.sub("", text).strip(" ."))
    if (SURNAME_LIST.fullmatch(t) and not title_worded(t)) or names_like(t):  # not ``Design and …``
        return True
    if _CORR.fullmatch(t) or _SCHOLAR_ARXIV.fullmatch(t):
        return True
    named = is_context_text(t) or _META_WORDS.match(t) or _ACRONYM_YEAR.match(t)
    return bool(named or _NAME_PAREN_YEAR.match(t)) and len(t.split()) <= 6


_PAREN_TAIL = re.compile(r"\s*\(([^()]{2,40})\)\s*$")


def paren_venue_tail(text: str) -> str:
    """``Title (AAAI)``: a known venue in brackets after a title of four words or more, or
    a venue and its year after two (``(ICFP '01)``; a name, ``(AnoGAN)``, may be the title's)."""
    m = _PAREN_TAIL.search(text) or _PAREN_NAMES.search(text)
    if m is None or len(words := text[: m.start()].split()) < 2:
        return text
    inside = m.group(1).strip()
    society = _SOCIETY_VENUE.fullmatch(inside)  # ``(IEEE-TIE)``, ``(IEEE TII)``, ``(ACM TOG)``
    dated = re.fullmatch(r"(.+?) ?['’](\d\d)", inside)  # ``(ASE '23)``: not known, dated
    dated = dated and venue_yy(f"{dated[1]} {dated[2]}")
    named = (VENUE_RE.fullmatch(inside) or _people(inside) or society) and len(words) >= 4
    return text[: m.start()] if named or dated else text


_SOCIETY_VENUE = re.compile(r"(?:IEEE|ACM|IET|SPIE|Elsevier)[\s-]+[A-Z][A-Za-z&-]{1,12}")


_PAREN_NAMES = re.compile(r"\s*\(([^()]{2,300})\)\s*$")
"""``Title (Alice Author, Bob Author)``: the authors in brackets after a title."""
_BY_AUTHORS = re.compile(r",\s+by\s+([^()]{3,300})$")


def by_authors_tail(text: str) -> str:
    """``Title, by Alice Author and Bob Author``: the title without its byline."""
    m = _BY_AUTHORS.search(text)
    if m is None or len(text[: m.start()].split()) < 2 or not names_like(m.group(1)):
        return text
    return text[: m.start()]


def _people(text: str) -> bool:
    """An author list, or two people or more written ``First Last``."""
    parts = [p.strip() for p in re.split(r",|\band\b|&", text) if p.strip()]
    return len(parts) >= 2 and (names_like(text) or all(_first_last(p) for p in parts))


def _first_last(part: str) -> bool:
    words = part.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w[1:].islower() for w in words)


def cut_tail(text: str, tail: re.Pattern[str]) -> str:
    """``text`` without the ``tail`` it ends in, if a title of two words or more is left."""
    m = tail.search(text)
    return text[: m.start()] if m is not None and len(text[: m.start()].split()) >= 2 else text


_DASH_VENUE_TAIL = re.compile(
    r"(?:\s+[-–—]\s+|\s*--+\s*)(?:[A-Z][\w&]*\s)*(?:[A-Z][A-Za-z&]*|arxiv)\s?['’]?\d{2,4}$"
)
r"""`` - CVPR 2019``, `` - NeurIPS2020``, `` --ECCV2014``, `` --arxiv2016``, ``----HotStorage'16`` after a title. NOTE: each word ends in a space or is the
last, so a long run of capitalised words is matched in linear time (``(?:[A-Z]\w*\s?)+``
backtracked exponentially: a 6 kB real list hung)."""


_IEEE_TAIL = re.compile(
    r"(?<!\bat)(?<!\bthe)(?<!\bof)(?<!\bin)(?<!\bto)\s+IEEE\s+(?:Access|(?:Transactions|Trans\.|Journal)"
    r"(?:\s+[A-Z][\w.&-]*|\s+(?:on|of|and|for|in))*?|(?:[A-Z][\w.&-]*\s+){1,5}(?:Letters|Journal|Magazine))"
    r"\s+(?:19|20)\d\d$"
)
"""`` IEEE Access 2019``, `` IEEE Transactions on Image Processing 2020``, `` IEEE Signal
Processing Letters 2021``: an IEEE journal and its year after a title, with no separator;
not an event (``Challenge at IEEE ICASSP 2023``, ``the IEEE AI Standards Landscape in 2023``)."""

_TAIL_WINDOW = 300
"""Characters at a title's end that a trailing ``[paper]]`` may take: a run of brackets
longer than this is not looked at (the pattern is quadratic in a run of ``[``)."""
_WIDE_NOTE = r"^((?:[^（\s]+\s+){2,}[^（]*?[A-Za-z0-9])（[^（）]*[一-鿿][^（）]*）\s*$"  # 3 words+
_CJK_NOTE_TAIL = re.compile(rf"\s*【[^】]{{1,40}}】\s*$|{_WIDE_NOTE}")
"""``Title【cite:13】``, ``Pose Estimation（Oral，手势姿态估计）``: a note in CJK brackets."""


_TAG_PARENS = re.compile(r"\s+\([A-Z][\w-]*(?:,\s*[A-Z0-9][\w-]*(?:\s+[\w-]+){0,5}){1,3}\)\s*$")
"""``Title (Visual, Portrait Animation)``: the list's own category tags after a title."""
_ARXIV_WORD = re.compile(
    r"(?<=\w)(?<!\b(?i:the|for|via))(?<!\b(?i:on|in|of|to))(?<!\b(?i:a))\s+(?:arxiv|arXiv|preprint)\s*$"
)
"""``Title `arxiv` [{Paper}](…)``: the venue tag ``arxiv`` alone after a title (not ``...
Papers on arXiv``, ``... Review a Preprint``)."""


_YY_TAG = re.compile(r"(?<=\w)\.?\s+\[([^\[\]]{3,60})\]\s*$")


def venue_tails(text: str) -> str:
    """``text`` without the venue (and year) written after the title: `` - CVPR 2019``,
    `` [paper]]``, `` EMNLP 2019``, ``, INLG, 2019``, ``, ICML-2017``, `` (Nature)``."""
    text = " ".join(text.split())  # a run of spaces: the tails' ``\s+`` stay linear
    text = _DASH_VENUE_TAIL.sub("", _TAG_PARENS.sub("", _CJK_NOTE_TAIL.sub(r"\1", text)))
    text = _IEEE_TAIL.sub("", text) if len(text.split()) >= 6 else text  # ``... IEEE Access 2019``
    text = TAG_BRACKET.sub("", text) if len(text.split()) >= 4 else text
    yy = _YY_TAG.search(text)  # ``Title. [EAAI 24]`` (its code span): a venue's tag
    text = text[: yy.start()].rstrip(" .") if yy and venue_yy(yy[1]) else text
    text = cut_tail(text, _ARXIV_WORD) if len(text.split()) >= 4 else text
    head, end = text[:-_TAIL_WINDOW], text[-_TAIL_WINDOW:]  # the tail patterns look only here
    text = by_authors_tail(head + C.GENERIC_TAIL.sub("", end))
    text = C.TAIL_VENUE.sub("", text)
    text = cut_tail(cut_tail(text, C.ACRONYM_YEAR_TAIL), C.COMMA_VENUE_TAIL)
    text = C.cut_known_venue_tail(text)
    return paren_venue_tail(_IN_AFTER_STOP.sub("", text))


_IN_AFTER_STOP = re.compile(r"(?<=[?!.])\s+In(?:\s+(?:Proc\.?|Proceedings|of|the)){0,3}$")
"""``Pruning? In``, ``Pruning? In Proceedings of`` left of ``... MLSys'20``: the venue's."""


def tab_field(text: str) -> str:
    """The first of tab-separated fields (``Title.\tAuthors\turl``), when it is words."""
    first, tab, _ = text.strip().partition("\t")
    return first if tab and len(first.split()) >= 2 else text


def _bracketed(t: str) -> bool:
    """``[words in brackets]``: three words or more (six characters before the second last
    space), no digit or bracket inside. Written without a regex: the pattern's repeated
    space-holding groups backtracked exponentially on a long bracketed sentence."""
    inner = t[1:-1]
    if not (t.startswith("[") and t.endswith("]")) or re.search(r"[\[\]\d]", inner):
        return False
    first = inner.find(" ", 6)
    return first != -1 and inner.find(" ", first + 2, len(inner) - 1) != -1


def unbracketed(bold: str, after: str) -> str:
    """``**[Title in brackets]** (Dec 2024)``: the bold text without its brackets, when no
    title follows it (``**[Faster R-CNN, RPN]** Faster R-CNN: ...`` is a tag, then the title)
    but only its authors and venue (``**[Title]** Clemens Arth. ISMAR, 2009.``)."""
    titled_after = len(re.findall(r"[A-Za-z]{2,}", after)) >= 3 and not byline_venue(after)
    return bold.strip()[1:-1] if _bracketed(bold.strip()) and not titled_after else bold


_YEAR_ONLY_TAG = re.compile(r"\s*(?:19|20)\d\d(?:[./-]\d\d?)?\s*")  # ``2025``, ``2026.07``
_NOTE_WORDS = r"(?i:.*\b(?:(?:19|20)\d\d|accepted|review|released?|soon|oral|poster|spotlight)\b)"
_BRACKETED_TITLE = re.compile(rf"(?!{_NOTE_WORDS})\s*[A-Z]\S*(?:\s+\S+){{3,}}")


def bracketed_title(inside: str, after: str, before: str) -> bool:
    """``[2025][Title As Written]``: the last bracket of a text, after a year tag (``before``),
    holds its title: four words or more, nothing after it, no year, venue or paper status
    (not ``[2025][Under Review at ICLR]``, ``[2026.07][ arXiv 2026 - ... ]``)."""
    titled = _BRACKETED_TITLE.fullmatch(inside) and not VENUE_RE.search(inside)
    return bool(titled) and not after.strip(" *_") and bool(_YEAR_ONLY_TAG.fullmatch(before))
