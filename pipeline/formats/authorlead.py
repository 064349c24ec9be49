"""An author list that opens a title candidate (``Chuan Meng, Pengjie Ren. Title``,
``Bykov K, Kloft M. Title``, ``Justin Thaler (2013). "Title"``): the text after it. Pure."""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.formats.authors import (
    APA_MONTH,
    APA_NAME,
    ET_AL,
    MLA_AUTHORS,
    names_like,
    one_person,
    people,
    surname_first,
    title_worded,
)
from pipeline.formats.citations import QUOTED
from pipeline.formats.common import CAPITAL, SURNAMES, SURNAMES_PAREN_YEAR, VENUES

_SENTENCE_END = re.compile(r"(?<=[^\s.]{2})\.\s+(?=[A-Z0-9\"“'‘])")
"""A sentence's end: a period after a word of two letters or more (not an initial)."""


_VANCOUVER_NAME = r"[^\W\d_][\w'’-]+(?: [^\W\d_][\w'’-]+){0,2} (?:[A-Z]{1,3}|[A-Z](?: [A-Z]){1,2})"
_VANCOUVER_LEAD = re.compile(
    rf"^\s*(?:{_VANCOUVER_NAME}(?:\.?, {_VANCOUVER_NAME}){{1,30}}(?:, et al)?"
    r"|[^\W\d_][\w'’-]+ [A-Z] [A-Z])\.\s+(?=\S)"
)
"""``Bykov K, Höhne MM, Müller KR.``, ``Sahu A K, Smith V.``, ``Asano YM., Vedaldi A.``:
Vancouver authors (surname and initials, the last one's initial closing the sentence), two
or more, or one with two initials written apart (``Pilla L L.``; not ``Explainable AI.``, a
title's own words)."""


_NAME_COLON = re.compile(r"([^\s:,.\[\]()]{2,30}):\s+(?=[A-Z][\w'’-]+,\s[A-Z]\.)")
"""A model's name and a colon before its paper's citation (``InstructGPT: Ouyang, L.,``)."""
_VENUE_NAME = re.compile(rf"(?:{VENUES})(?![a-z])", re.IGNORECASE)
"""A venue in that place (``NeurIPS'22: Ouyang, L., ...``): no model's name."""
_APA_LEAD = re.compile(
    rf"^\s*{APA_NAME}(?:, {APA_NAME})*,? (?:&|and) {APA_NAME}\s*(?=[A-Z][\w'’-]|[\"“]|[a-z]+[A-Z])"
)
"""``Yang, S. C. H., & Shafto, P. Title``: APA authors (two or more, no year), the last
initial's full stop closing them (also before a name in camel case, ``pipeComp, a ...``)."""
_YEAR_FIRST = re.compile(r"(?:19|20)\d\d\b|[A-Z][\w&.-]{1,15}\s+(?:19|20)\d\d\b(?:\s*:\s*\d|\.?$)")
"""A sentence opening with a year (``2015. Deep learning.``), or of a venue's year and pages
(``FOCS 2013: 429-438``): no title (but ``The 2019 DAVIS Challenge on ...``, ``NTIRE 2020
Challenge on ...`` are)."""
_INITIAL = re.compile(
    r"(?:^|\s)(?!(?:A\.I|U\.S|U\.K|E\.U|D\.C|A\.C|Q\.A|U\.N)\.)(?:[A-Z]\.){1,4}(?=\s)"
)
"""A name's initials (``G.`` of ``G. Graefe``, ``K.`` of ``David K. Gifford``, ``I.M.N.``)."""
_NOT_NAMES = frozenset("towards toward a an the of for on in with via and to deep learning".split())
_FIRST_SENTENCE = re.compile(r"(?<=[^\s.]{2})(?<!\svs)(?<!\sal)\.\s+")
"""A sentence's end, not ``vs.`` or ``et al.``."""


_NAMES_PAREN_YEAR = re.compile(
    rf"(?P<n>[^()\"“”:]{{3,300}}?)\s+\((?:19|20)\d\d[a-z]?(?P<m>{APA_MONTH})?\)"
    r"(?:(?P<stop>[.,])|(?=\s+[\"“]))\s+(?P<rest>\S.{8,})"
)
"""Authors, their year in brackets (and month, APA's ``(2021, June)``) and a full stop or a
comma before the title (``Justin Thaler (2013). "Title"``, ``Trayford & Schaye (2018),
Title``), or nothing before a quoted title (``Guy, S., & Gunawardana, A. (2011) “Title.”``)."""


_QUOTE_GOES_ON = re.compile(r"\s+(?!In\b|Proc)[A-Z][a-z]")
"""A capitalised word right after a closing quote: the title goes on past it."""
_IN_VENUE = re.compile(r"In\b:?\s")
"""``(2020), In: Advances in Neural …, Title``: a venue, not the title, after the year."""


def authors_lead(text: str) -> str:
    """``Chuan Meng, Pengjie Ren, Maarten de Rijke. A Reference-aware Network ...``: the
    text after a first sentence that is only an author list (not ``Names. 2017. Title``,
    which the citation patterns read, nor a year or a short rest)."""
    dated = _NAMES_PAREN_YEAR.match(text[:600])  # ``Haodi Wang, Thang Hoang (2022). Title``
    lower = dated is not None and dated["stop"] == "," and dated["rest"][0].islower()
    lower = lower or (dated is not None and _IN_VENUE.match(dated["rest"]) is not None)
    apa = dated is not None and (not dated["m"] or names_like(dated["n"]))  # (2016, July)
    quoted = (
        dated is not None and dated["stop"] is None and surname_first(dated["n"].replace("..", "."))
    )
    if dated and apa and (quoted or _dated_names(dated["n"], dated["stop"] or ".")) and not lower:
        q = QUOTED.match(dated["rest"]) if dated["stop"] is None else None  # ``(2011) “T.” In``
        goes_on = q is not None and _QUOTE_GOES_ON.match(dated["rest"], q.end()) is not None
        q = None if goes_on and q["t"].rstrip()[-1:] not in ".," else q  # ``"Why …?" Explaining``
        if q or dated["stop"] is not None:  # (``(2006) "Being accurate…": how …``: not cut)
            return q["t"] if q else dated["rest"].strip(' "“”')
    apa = _APA_LEAD.match(text[:600])
    if apa and len(text[apa.end() :].split()) >= 3:
        q = QUOTED.match(text[apa.end() :])  # ``& Iyatomi, H."LeafGAN: ...." IEEE ...``
        return q["t"] if q else text[apa.end() :]
    v = _VANCOUVER_LEAD.match(text[:600])
    lead = (
        {w.lower() for w in re.findall(r"[^\W\d_]+", v.group(0)) if not w.isupper()} if v else set()
    )
    if v and len(text[v.end() :].split()) >= 3 and not lead & _NOT_NAMES:
        return _FIRST_SENTENCE.split(text[v.end() :], maxsplit=1)[0]  # ``Bykov K, Kloft M. Title.``
    for m in _SENTENCE_END.finditer(text[:600]):
        head, rest = text[: m.start()], text[m.end() :]
        if len(head) > 400 or re.search(r"\b(?:19|20)\d\d\b", head):
            break  # ``Names. 2017. Title``: the citation patterns read it
        named = names_like(head) or people(head)  # ``Wang-Cheng Kang, Julian McAuley.``
        named = named or _mla_lead(head)  # ``Giancola, Silvio, and Bernard Ghanem.``
        initials = _INITIAL.search(head) is not None  # ``G. Graefe. Instant recovery ...``
        one = initials and "," not in head and one_person(head.split())  # (no venue after:
        named = named or (one and not _VENUE_NAME.match(rest))  # ``Jo L. Sch. ACCV, 2016.``)
        if named and len(rest.split()) >= 3 - initials and not _YEAR_FIRST.match(rest):
            return rest  # (two words after initials: ``Y. Saito and M. Shapiro. Optimistic …``)
    return text


FIELD_LABEL = re.compile(r"^\W*[^\W\d_]{3,12}\W*:\s*")
"""A field's label before a citation (``**Citation:** Liu, D., ... (2024).``)."""


def dated_byline(text: str) -> bool:
    """A citation that opens with its authors and their year in brackets (``Liu, D., & Yuan,
    K. (2024). Title. Journal``), after a field's label or none: not an abstract."""
    dated = _NAMES_PAREN_YEAR.match(FIELD_LABEL.sub("", text[:600], count=1))
    if dated is None or dated["m"]:
        return False
    return _dated_names(dated["n"], dated["stop"]) or surname_first(dated["n"])


def _dated_names(names: str, stop: str) -> bool:
    """Names before their year in brackets: people before a full stop; before a comma, a
    byline with ``et al.`` (``Borrow et al. (2019), Title``), not a model's or a system's
    name (``Show & Tell (2015), A Neural Image Caption Generator``)."""
    if stop == ".":  # (APA's ``Chen, F., & Huang, Y. (2022). Title. Venue``: a citation's)
        return people(names) or one_person(names.split())
    byline = ET_AL.search(names) is not None  # not ``Deep Blue (1997), IBM``, ``Wide & Deep``
    byline = byline and (_SURNAMES_ONLY.fullmatch(names.strip()) or names_like(names))
    return byline or surname_first(names)  # Wiley's ``Li, Z., Hong, Y. and Zhang, Z. (2022),``


_SURNAMES_ONLY = re.compile(rf"(?:[a-z]{{1,3}}\s)?(?:{SURNAMES})")
"""``Borrow et al.``, ``vas Son et al.``: surnames of a byline."""


def _mla_lead(head: str) -> bool:
    """MLA authors ending in a full name (``..., and Bernard Ghanem``), not a title of a
    series of verbs (``Listen, Attend and Spell``, ``Look, Listen, and Learn``)."""
    return bool(MLA_AUTHORS.match(head + ".") and _FULL_LAST_NAME.search(head))


_FULL_LAST_NAME = re.compile(r"\band\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+[A-Z][\w'’-]+$")


def name_then_citation(text: str, clean: Callable[[str], str]) -> str | None:
    """``InstructGPT: Ouyang, L., ... (2022). Title. Venue``: the name and the title
    ``clean`` finds in the citation after it, when that is not its authors; else ``None``."""
    named = _NAME_COLON.match(text)
    if named is None or not named[1][:1].isalpha() or _VENUE_NAME.match(named[1]):
        return None  # ``2022: Ouyang, L., ...``, ``NeurIPS'22: ...``: a year or a venue
    rest = text[named.end() :]
    cited = clean(rest)
    surname = rest.split(",", 1)[0]
    return f"{named[1]}: {cited}" if cited and not cited.startswith(surname) else None


ET_AL_HEAD = re.compile(r"(?P<y>(?:19|20)\d\d\s+)?[A-Z][\w'’-]+\s+et\s+al\.?")
"""``Monroe et al``, ``1995 Monroe et al``: authors before a colon and the title (not names
joined by slashes, which tools and ideas share: ``2019 Encoder/Decoder: ...``)."""


_SURNAME = rf"{CAPITAL}[\w'’-]+(?: {CAPITAL}[\w'’-]+)?"
_LOWER = r"[^\W\d_A-Z]"  # a lower-case letter, accented too
_ONE = rf"{CAPITAL}(?:(?:c|ac|e|i|a|an|on){CAPITAL})?{_LOWER}+(?:[-'’]{CAPITAL}?{_LOWER}+)*"
"""``Berant``, ``Al-Rfou``, ``Müller``, ``McCann``, ``LeCun``, ``DeVries``; not ``CoNLL``."""
_SURNAMES_YEAR_COLON = re.compile(
    rf"(?P<n>{_SURNAME}\s+et\.?\s+al\.?|{_ONE}(?:, {_ONE})*,? (?:and|&) {_ONE}|{_ONE}(?:, {_ONE})+)"
    r"\s+(?:19|20)\d\d[a-z]?\s*:\s+(?=\S)"
)
"""Surnames (``X et al.``, or two or more one-word names) and a year before a colon: the
paper's byline (not ``Vision and Language 2020:``, ``SemEval and CoNLL 2018:``)."""


def authors_colon_lead(text: str) -> str:
    """``A. Author, B. Author and C. Author: Title`` (DBLP): the title without the authors
    before the colon: three names or more, or names with initials. ``Thinking Globally,
    Acting Locally: Title``, ``Large Language Models and Knowledge Graphs: Title`` (title
    words read like names) and one name before a colon (``Short: Title``) stay."""
    lead = SURNAMES_PAREN_YEAR.match(text)  # ``Cole et al. (2006): "Title`` (its quote left open)
    if lead and lead.group().endswith(":"):
        return text[lead.end() :].lstrip(' "“')
    dated = _SURNAMES_YEAR_COLON.match(text)
    dated = dated if dated and not title_worded(dated["n"]) else None
    if dated and len(text[dated.end() :].split()) >= 2:
        return text[dated.end() :]  # ``Vaswani et. al. 2017: Title``, ``Rubin and Berant 2021:``
    m = re.match(r"([^:]{3,300}?):\s+(?=\S)", text)
    if m is None:
        return text
    head = m.group(1)
    cited = ET_AL_HEAD.fullmatch(head)  # ``Monroe et al: Title``, ``1995 Monroe et al: Title``
    if cited and len(text[m.end() :].split()) >= 2:
        return (cited["y"] or "") + text[m.end() :]  # (the year kept before it)
    listed = head.count(",") >= 2 or re.search(r"\b[A-Z]\.", head) is not None
    named = names_like(head) or surname_first(head)  # LNCS: ``Wei, H., Zhu, Y.: Title``
    return text[m.end() :] if listed and named else text
