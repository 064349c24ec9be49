"""The year and venue a heading, a parent item or a line of its own names when it names only
those (``### 2024``, ``- **CVPR 2023**``, ``ICLR'24 (Oral)``, ``2020年收录情况``): the context
that dates the entries under it. Pure."""

from __future__ import annotations

import functools
import re

from pipeline.formats.common import KEYCAP, VENUE_RE, VENUES, century
from pipeline.formats.dates import (
    ARXIV_YEAR,
    DATE,
    VENUE_NAME_WORD,
    VENUE_TAGS,
    date_year,
    venue_year,
)

YEAR_ONLY = re.compile(
    r"^\W*(?:year|published|papers?\s+(?:in|of|from)|[A-Za-z]+\s*[:：])?\W*(?P<y>(?:19|20)\d\d)\W*(?:papers?|年)?\W*$",
    re.IGNORECASE,
)


_YEAR_THEN_VENUE = re.compile(r"(?P<y>(?:19|20)\d\d)[\s'’-]+(?P<venue>[A-Za-z][\w&-]{1,20})")
"""``2014 CVPR``, ``2016 ECCV``: a year before its venue, as a line that dates what follows."""
_N, _SEP = r"\s+(?:papers?|entries|items|works)", r"\s*[·•|,:–—-]\s*"
_COUNT = re.compile(rf"(?:[(（\[]\s*\d+(?:{_N})?\s*[)）\]]|{_SEP}\d{{1,3}}{_N})\s*$", re.I)
"""``2024 (43 papers)``, ``2023 · 6 papers``: a count (not a range: ``2019 - 2020 papers``)."""
_YEAR_NOTE_ZH = re.compile(
    r"(?<=^(?:19|20)\d\d)\s*年的?(?:收录情况|收录|录用|论文|文章|发表|上半年|下半年|最新)+[:：]?$"
)
"""``年收录情况`` (accepted in), ``年论文``, ``年上半年``: the year dates it; not ``年以前``, ``年至今``, ``年代``."""
_NOTE = re.compile(r"(?<=[\w)])\s+\([A-Z][^()]{8,80}\)\s*$")
"""``NeurIPS 2022 Workshop (Tackling Climate Change with Machine Learning)``: a note on it."""


@functools.lru_cache(maxsize=1 << 16)  # pure; lists repeat their texts
def context_facts(text: str) -> tuple[int | None, str | None]:
    """(year, venue) a heading or parent item names when it is only a year/venue/date."""
    t = (_COUNT.sub("", _NOTE.sub("", text)) if len(text) <= 100 else text).strip(
        " *_:[]()【】-–—.,"
    )
    t = _spelled_out(KEYCAP.sub(r"\1", t))  # ``2️⃣0️⃣2️⃣5️⃣``: keycap digits
    t = _YEAR_NOTE_ZH.sub("年", t)  # ``2020年收录情况``: the papers of 2020
    if not t or len(t) > 40:
        return None, None
    m = YEAR_ONLY.match(t)
    if m:
        return int(m.group("y")), None
    m = DATE.fullmatch(t)
    if m:
        return date_year(m), None
    v = VENUE_RE.fullmatch(t)
    if v:
        return venue_year(v), v.group("venue")
    m = _YEAR_THEN_VENUE.fullmatch(t)
    if m and (VENUE_RE.fullmatch(m["venue"]) or re.fullmatch(r"[A-Z]{2,8}|(?i:arxiv)", m["venue"])):
        return int(m["y"]), VENUE_RE.fullmatch(m["venue"]) and m["venue"]  # ``**2014 CVPR**``
    m = _ACRONYM_THEN_YEAR.fullmatch(t)
    if m and m["tag"].lower() in VENUE_TAGS:  # ``TSE 2024``, ``RE 2023``; not ``DAVIS 2017``
        return int(m["y"]), None
    m = ARXIV_YEAR.match(t)
    if m:  # "ArXiv 2024 (Within the last 6 months)"
        return (int(m.group("y")) if m.group("y") else century(m.group("yy"))), None
    v = VENUE_RE.search(t) if len(t.split()) <= 5 else None
    if v and venue_year(v) and not _SPAN.search(t):
        return venue_year(v), v.group("venue")  # "Submitted ICLR 2026", "Accepted at CVPR'24"
    m = _QUALIFIED.fullmatch(t)
    if m:  # ``EMNLP Findings-2023``, ``ACL Workshop 2025``, ``ACL findings 25`` (a badge's)
        return century(m["y"].lstrip("'’")) if len(m["y"]) < 4 else int(m["y"]), m["venue"]
    m = _GLUED_YEAR.fullmatch(t)
    known = m is not None and m["tag"].lower() in VENUE_TAGS  # not ``DAVIS2017``, ``VOC2007``
    return (int(m["y"]), None) if known else (None, None)  # ``### sp2025``, ``ccs2019``


_ACRONYM_THEN_YEAR = re.compile(
    r"(?P<tag>[A-Z]{2,8})\s(?P<y>(?:19|20)\d\d)(?:\s\([\d.~ -]{8,30}\)?)?"
)
"""``TSE 2024``, ``RE 2023 (2023.09.04~2023.09.08)``: a venue's tag (:data:`VENUE_TAGS`), its
year (and its dates)."""
_SPELLED_OUT = re.compile(
    r"^(?P<a>[A-Z]{2,8}(?:\s(?:19|20)\d\d)?)\s*[(（](?P<n>[A-Z][^()（）]{8,90})[)）]"
)


def _spelled_out(text: str) -> str:
    """``ICRA(International Conference on Robotics and Automation ) 2022``: the venue's
    name spelled out in brackets after its acronym (and year) left out."""
    m = _SPELLED_OUT.match(text)
    if m is None or not VENUE_NAME_WORD.search(m["n"]):
        return text
    return f"{m['a']} {text[m.end() :]}".strip(" *_:[]()-–—.,")


_QUALIFIED = re.compile(
    rf"(?P<venue>{VENUES})\s+(?i:Findings|Workshops?|Demo|Oral|Poster|Spotlight|Short|Long|Main|"
    r"Industry|SRW)[\s\-]+(?P<y>(?:19|20)\d\d|['’]?\d\d(?!\.\d))"
)
_GLUED_YEAR = re.compile(r"(?P<tag>[A-Za-z&]{2,8})[-_ ]?(?P<y>(?:19[89]|20\d)\d)")


_SPAN = re.compile(r"(?i)\b(?:before|until|since|after|pre)\b")
"""``before CVPR 2020``: a span of time, not a venue's papers."""
