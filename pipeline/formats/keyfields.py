"""A bullet list of one-line ``Key: value`` fields (``- Organization: IBM``, ``- Paper:
https://...``): the fields of one paper named above it, and the fields that date it. Pure."""

from __future__ import annotations

import re

from pipeline import arxivid
from pipeline.formats import authors as A
from pipeline.formats import fields as F
from pipeline.formats.blocks import has_paper, links_of
from pipeline.formats.common import NOT_VENUES, VENUE_RE
from pipeline.formats.dates import find_year
from pipeline.formats.items import Item
from pipeline.formats.runs import PAPER_LABEL_WORDS, Run, lines_of, plain

_KEY_WORDS = r"[^\W\d_][\w+.&/-]*(?: [\w+.&/-]+){0,3}"
_KEY = re.compile(rf"({_KEY_WORDS})\s*[:：]\s*\S")
"""``Organization: IBM``, ``Hugging Face base: https://...``: a key of a few words, a value."""
_PAPER_KEY = re.compile(
    r"(?i)paper|pdf|arxiv|preprint|article|publication|doi|link|url|论文|链接|原文|全文|文章|出处"
)
"""The key of a paper's link among its fields (``Paper``, ``arXiv PDF``, ``CVF paper``)."""
_VENUE_KEY = re.compile(r"(?i)journal|venue|conference|publi|期刊|会议|发表|出版")
"""The key of a field that names where the paper appeared (``Journal``, ``发布期刊``)."""
_DATE_KEY = re.compile(
    r"(?i)(?:发表|发布|出版)?(?:时间|日期)|(?:publication |published |release )?(?:date|year)|年份"
)
"""The key of the paper's own date (``时间``, ``Year``); not ``收录时间`` or ``Last updated``."""


def _bare(link: Run) -> bool:
    """A bare address, as written or as the reader labels one after ``Paper:`` (``paper``)."""
    return link.text.strip() in (link.url.strip(), *PAPER_LABEL_WORDS)


def keyed(items: list[Item]) -> bool:
    """Every item one line of a key and its value (``- **发布期刊:** Nature, 2024.01``), or
    of a key whose values are a sub-list without links (``* 相关数据集:`` over ``* Yelp``)."""
    return all(_field(it) for it in items)


def _field(it: Item) -> bool:
    text = plain(it.own)
    if len(lines_of(it.own)) > 1:
        return False
    if not it.children:
        return _KEY.match(text) is not None
    values = all(not c.children and not links_of(c.own) for c in it.children)
    return values and _LIST_KEY.fullmatch(text) is not None


_LIST_KEY = re.compile(rf"{_KEY_WORDS}\s*[:：]\s*")
"""``相关数据集：``, ``Datasets:``: a key whose values are the items below it."""


_DATED = re.compile(r"(?:19|20)\d\d(?:[./-]\d{1,2}){0,2}[.)]?\s*$")


def dated_fields(items: list[Item], line: int) -> list[list[Run]]:
    """The link-less fields above a list's only paper item that name where it appeared and
    end in its date (``- **发布期刊:** Nature Machine Intelligence, 2023.09`` above
    ``- **论文链接:** [Title](url)``), when every item is a field, or the items below it that
    name only its venue and year (``* `ICML 2020` ``): they date the paper; a
    dataset's year (``- 数据集: COCO 2017``) or the date it was listed (``- 收录时间: 2024.05``) does not."""
    if not keyed(items):
        return _venue_items(items, line)
    above = [it.own for it in items if it.own[0].line < line and not links_of(it.own)]
    return [own for own in above if _dated_field(plain(own))]


def _venue_items(items: list[Item], line: int) -> list[list[Run]]:
    """``* Title [[pdf]](url)`` / ``* Names`` / ``* `ICML 2020` `` (or a day, ``* `2013-02-18` ``)
    / ``* [[tag]](#anchor)``: a list of one paper's fields, its authors then where and when it
    appeared; that item dates it. Not a year or venue heading the items after it, a dataset's
    year, a note."""
    if any(it.children for it in items) or not items[0].own or items[0].own[0].line != line:
        return []  # not ``- **Year 2024**`` over its papers, then ``- **Year 2023**``
    rest = [plain(it.own).strip("`* ") for it in items[1:3]]
    anchored = all(r.url.startswith("#") for it in items[1:] for r in links_of(it.own))
    if len(rest) < 2 or not anchored or not _authors(rest[0]):
        return []
    m = _DAY.fullmatch(rest[1])
    agrees = _on_arxiv(items[0].own, int(rest[1][:4])) if m else False
    day = agrees is True or (agrees is None and m is not None and m["sep"] != ".")
    return [items[2].own] if _where_when(rest[1]) or day else []


def _authors(text: str) -> bool:
    """Names, or one person's name with no label or note (not ``Presenter: Jane Doe``, ``Last
    Updated``; ``Author: Ricky T. Q. Chen`` is one)."""
    text = _AUTHOR_LABEL.sub("", text)
    if A.names_like(text) or A.people(text):
        return True
    return ":" not in text and not _NOT_NAMES.search(text) and A.one_person(text.split())


_AUTHOR_LABEL = re.compile(r"(?i)^\W*authors?\W*[:：]\s*")


_NOT_NAMES = re.compile(
    r"(?i)\b(?:updated?|release[ds]?|added|date|soon|history|group|session|leaderboard|"
    r"maintainer|speaker|presenter|latest|initial|version)\b"
)
_DAY = re.compile(r"(?:19|20)\d\d(?P<sep>[-./])(?:0?[1-9]|1[0-2])(?P=sep)(?:0?[1-9]|[12]\d|3[01])")
"""``2013-02-18``, ``2017.6.12``: a day alone, under the paper's authors (with dots, on an
arXiv paper only: ``2024.1.1`` under a tool's author is its version)."""


def _on_arxiv(line: list[Run], year: int) -> bool | None:
    """Whether arXiv agrees with a day under the authors: the year the paper's ID went online
    or the next (a later version's day); ``None`` for a paper elsewhere (PMLR, OpenReview). A
    reading group's session or the day a list added an arXiv paper years on do not agree."""
    refs = [ref for r in links_of(line) if (ref := arxivid.from_url(r.url)) is not None]
    years = [y for ref in refs if (y := arxivid.possible_v1_years(ref))]
    return any(min(y) <= year <= max(y) + 1 for y in years) if refs else None


def _where_when(text: str) -> bool:
    """``ICML 2020``, ``University of Copenhagen 2018``, ``05-12-2019, ICML 2020``: five words
    at most, each a capitalised name, a number or ``of``, a year among them; no dataset's."""
    words = text.split()
    named = all(w[:1].isupper() or w[:1].isdigit() or w in ("of", "at", "arXiv") for w in words)
    other = any(w.strip(",").upper() in NOT_VENUES for w in words)  # ``COCO 2017``
    other = other or _NOTE_WORD.search(text) is not None  # ``Code Released Dec 2021``
    where = VENUE_RE.search(text) or _PLACE.search(text)  # not ``ImageNet 2012``, ``Kinetics 2017``
    return 0 < len(words) <= 5 and named and where and not other and find_year(text)[0] is not None


_PLACE = re.compile(r"\b(?:University|Institute|College|School|Research|Laboratory|Lab)\b")
_NOTE_WORD = re.compile(
    r"(?i)\b(?:code|release[ds]?|updated?|added|talk|invited|submitted|version|award|prize|"
    r"test of time|keynote|tutorial|benchmark|challenge)\b"
)


def _dated_field(text: str) -> bool:
    m = _KEY.match(text)
    if m is None:
        return False  # ``Datasets:`` over its values
    key = m[1].strip()
    dated = _DATED.search(text) is not None
    return dated and (_VENUE_KEY.search(key) is not None or _DATE_KEY.fullmatch(key) is not None)


def key_value_items(items: list[Item]) -> bool:
    """``- Organization: IBM`` / ``- Tasks: ...`` / ``- Paper: https://arxiv.org/abs/...``:
    every item a one-line field of the paper the heading above names (``### SatMAE``), two
    of them or more plain text (one of three or fewer), the others bare addresses, one to
    three of them papers';
    never a list of papers (``- GEARS: https://...``, ``- CogVLM: Visual Expert ... url``)."""
    if len(items) < 2 or not keyed(items):
        return False
    if not all(_bare(r) for it in items for r in links_of(it.own)):
        return False  # a linked title (``- Paper: [Title](url)``) is a paper of its own
    keys = [_KEY.match(plain(it.own))[1] for it in items if has_paper(it.own)]
    named = sum(
        not (_PAPER_KEY.search(k) or F.find_venue(k)[0] or VENUE_RE.search(k)) for k in keys
    )
    if not keys or named == len(keys) or named > 1:
        return False  # ``- RoBERTa: url``, ``- **MAE**: url``: papers keyed by their names
    plain_items = sum(not links_of(it.own) for it in items)  # (``Paper``, ``Data``, ``Why``)
    return len(keys) <= 3 and plain_items >= (1 if len(items) <= 3 else 2)


def paper_title(items: list[Item]) -> F.TitleGuess | None:
    """The title a paper's field writes before its bare address (``* 论文: Rethinking RGB-D
    Salient Object Detection: Models, ...: https://arxiv.org/pdf/1907.06781.pdf`` under ``####
    SIP``): the paper's own title, the heading its dataset's or method's name."""
    for it in items:
        key = _KEY.match(plain(it.own))
        links = links_of(it.own)
        if key is None or not links or not _PAPER_KEY.search(key[1]) or not has_paper(it.own):
            continue
        said = "".join(r.text for r in it.own[: it.own.index(links[0])] if r.kind == "text")
        cand = F.clean_title(said[key.end(1) :].strip(" :："))
        if len(cand.split()) >= 4 and F.title_like(cand) and not F.is_context_text(cand):
            return F.TitleGuess(cand, None, "title in the paper's field", it.own[0].line)
    return None
