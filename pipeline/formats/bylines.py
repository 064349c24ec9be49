"""A byline glued to the paper link after it (``Andrew Eilot Borthwick.[A maximum …](url)``). Pure."""

from __future__ import annotations

import re

from pipeline.formats import authors as A
from pipeline.formats import boldbylines as BB
from pipeline.formats import citations as C
from pipeline.formats import cleantitle as CT
from pipeline.formats.common import EMOJI
from pipeline.formats.harvard import harvard_byline
from pipeline.formats.highlighted import member_byline_title
from pipeline.formats.links import link_role
from pipeline.formats.piped import DATE_LEAD, linked_title, surnames_before


def names_then_title_link(text: str, nxt: list) -> bool:
    """People's names closed by a full stop, right before a paper link whose text is a
    title of four words or more (not authors, a citation or a label): a byline, however
    its names are joined (``Andrew Eilot Borthwick.[Title](url)``, full-width commas), or
    in a citation's forms (:func:`_cited_names`)."""
    nxt = [g for g in nxt if g[0] != "\n"][:1]  # the names may end their line
    if _cited_names(text, nxt):
        return True
    text = _SESSION_LEAD.sub("", text)  # ``(Poster \#03): Names. [Title](url)``
    if not text.rstrip().endswith(".") or not nxt or nxt[0][1] is None:
        return False
    people = [p.split() for p in re.split(r"\s*(?:[,，、&]|\band\b)\s*", text.strip(" .")) if p]
    glued = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")  # ``MohitIyyer``: a name, its space lost
    if not 1 <= len(people) <= 30 or not all(
        A.one_person(p) or (len(p) == 1 and len(people) >= 2 and glued.fullmatch(p[0]))
        for p in people
    ):
        return False
    label = nxt[0][0]
    cited = (
        A.author_lead(label) or "et al" in label or C.is_prose(label) or C.is_context_text(label)
    )
    worded = len(label.split()) >= 4 or (len(label.split()) >= 2 and CT.title_like(label))
    return link_role(nxt[0][1]) == "paper" and worded and not cited and not CT.is_generic(label)


_SESSION_LEAD = re.compile(
    r"(?i)^\s*[(\[]?(?:poster|oral|spotlight|talk|session)\s*\\?#?\s*\d{1,4}[)\]]?\s*[:.\-–]?\s*"
)
"""A poster's or a talk's number before a workshop paper's authors (``(Poster \\#03):``)."""


_PAGE_LABEL = re.compile(
    r"(?i)\b(?:paper|arxiv|pdf|here|homepage|website|explorer|wiki|buy|datasheets?|download)\b"
)
"""Words of a link label that names a page or the paper (``[Read the full paper here](url)``)."""


def cited_lead(text: str) -> bool:
    """``text`` before a title link is a citation's authors: surnames and initials
    (``Delbruck, T.,``) or names and a year (``Cheng Yang and Wenhao Li. 2018.``)."""
    return A.cited_names(text) or names_and_year(text)


def cited_page(lead: str, title: str, text: str) -> bool:
    """A page linked by its ``title`` in a citation ``text``: its authors ``lead`` it, it
    has a year, and the label names no page (``[Lab wiki: Sensors](wiki)``)."""
    dated = re.search(r"\b(?:19|20)\d\d\b", text) is not None
    return dated and cited_lead(lead) and not _PAGE_LABEL.search(title)


def names_and_year(text: str) -> bool:
    """An ACL citation's names and year (:data:`NAMES_THEN_YEAR`); names joined by ``and``
    must each read as a person (not ``Computer Vision and Natural Language. 2019.``, nor
    ``Stanford University and Google Brain. 2021.``)."""
    if NAMES_THEN_YEAR.fullmatch(text[:600]) is None:
        return False
    names = re.sub(r"\.\s*(?:19|20)\d\d[a-z]?\.\s*$", "", text.strip()).removesuffix(" et al")
    if " and " not in names:
        return True
    parts = [p for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", names.strip(" ,.")) if p]
    return all(A.one_person(p.split()) for p in parts) and not A.MAKER_WORD.search(names)


def _cited_names(text: str, nxt: list) -> bool:
    """A citation's names before its title link (of two words or more): surnames and
    initials (``Lichtsteiner, P., Posch, C., and Delbruck, T., *[Title](doi)*``), or
    three surnames or more closed by a full stop or colon (``Alur, Radhakrishna, Udupa.
    [Title](pdf). TACAS'17``)."""
    if not nxt or nxt[0][1] is None or link_role(nxt[0][1]) not in ("paper", "other", "project"):
        return False
    label = nxt[0][0]
    if len(label.split()) < 2 or not CT.title_like(label) or A.author_lead(label):
        return False
    if _PAGE_LABEL.search(label):
        return False  # ``[Paper on arXiv](url)``, ``[Dataset Explorer](url)``: no title
    if A.cited_names(text):
        return True
    names = text.strip().rstrip(" .:")
    return (
        text.rstrip().endswith((".", ":"))
        and names.count(",") >= 2
        and bool(A.SURNAME_LIST.fullmatch(names))
    )


_TITLE_DOT_NAMES = re.compile(
    r"\s*(?P<head>[^.,]{3,150}?)[.?!]\s+(?P<names>(?:[^.]|(?<=\b[A-Z])\.(?=\s?[A-Z]))"
    r"{3,300}?|[A-Z][\w'’-]+ et al)(?<!\b[A-Z])\.\s"
)


def title_then_names(text: str) -> bool:
    """``Segment Anything. Alexander Kirillov, Eric Mintun. ICCV 2023.``: a short title, then
    the authors as a list of names (which a name-like title must not be taken for)."""
    m = _TITLE_DOT_NAMES.match(text)
    if m is None or C.is_context_text(m["head"]) or not re.search(r"[^\W\d_]{2}", m["head"]):
        return False  # ``2016. Rico Sennrich, Barry Haddow.``: a year, then the authors
    names = m["names"]  # ``A. Kirillov, E. Mintun``, ``Kirillov et al``
    return names.endswith(" et al") or ("," in names and A.person_list(names + ","))


NAMES_THEN_YEAR = re.compile(
    r"\s*(?:[A-Z][\w'’\-]+ ){1,3}[A-Z][\w'’\-]+(?:(?:,? and |, )(?:[A-Z][\w'’\-]+ ){1,3}[A-Z][\w'’\-]+){0,9}"
    r"(?:,? et al\.?)?\. (?:19|20)\d\d[a-z]?\.\s*"
)
"""``Satoru Katsumata, Mamoru Komachi. 2020. `` before the title link: an ACL citation's
names and year (two to four capitalised words a name, up to ten names, the last after
``and`` too). Only before a link
whose text is a title: ``Mask R-CNN. 2017. [PDF](url)`` is a title and its year."""


_CHICAGO_LEAD = re.compile(
    r"\s*(?P<names>[A-Z][\w'’-]+, [A-Z].{0,300}?)\.\s+(?:19|20)\d\d[a-z]?\.\s*$"
)


def _chicago_lead(text: str) -> bool:
    """``Atluri, Gowtham, Anuj Karpatne, and Vipin Kumar. 2018.``: Chicago's names (surname,
    given name, then names of two words or more) and the year right after them; not a title
    of single words (``Look, Listen, and Learn. 2017.``, ``Listen, Attend and Spell. ICASSP
    2016.``)."""
    m = _CHICAGO_LEAD.match(text)
    return m is not None and A.chicago_names(m[0].strip()) and _named_after_first(m["names"])


def _named_after_first(names: str) -> bool:
    """After ``Surname, Given``, every name has two words or more (``, and Vipin Kumar``):
    not a title of single words (``Look, Listen, and Learn``)."""
    later = [p.strip() for p in re.split(r",|\band\b", names)[2:] if p.strip()]
    return all(len(p.split()) >= 2 for p in later)


def _mla_quoting(text: str) -> bool:
    """``Xu, Jun, and Hang Li. "[Title.](url)"``, ``Lease, Matthew. "[Title]``: MLA names
    (surname, given name, then full names), then the quote that opens the title."""
    return text.rstrip().endswith(('"', "“")) and _mla_names(text.rstrip().rstrip('"“'))


def _mla_before_title(text: str, link_text: str) -> bool:
    """MLA names as a sentence of their own before a link whose text is a title: quoted,
    after names with an initial (``Vu, Phong V., and Damon M. Chandler.``), or of five words
    or more (quoted, any: ``["Weakening webassembly."](url)``), no page label among them (not
    ``Detect, Track and Segment Anything. [Project Page Title Here](url)``)."""
    if not text.rstrip().endswith(".") or not _mla_names(text):
        return False
    words = CT.clean_title(link_text).split()
    if C.is_context_text(link_text) or A.VENUE_OPEN.match(link_text.strip(" *_[")):
        return False  # ``Ask, Attend and Answer ... [Proceedings of the European ...](url)``
    quoted = _quoted(link_text)
    long = len(words) >= 5 and not _PAGE_LABEL.search(link_text)
    if not (quoted or long or _INITIAL.search(text)) or len(words) < (1 if quoted else 3):
        return False
    return CT.title_like(link_text)


_INITIAL = re.compile(r"\b[A-Z]\.(?=[\s,])")


def _mla_names(text: str) -> bool:
    """``Vu, Phong V., and Damon M. Chandler.``: MLA names, a sentence of their own."""
    t = " ".join(text.split())
    mla = A.MLA_AUTHORS.match(t) or A.LAST_FIRST.match(t.rstrip("."))
    return bool(mla) and _named_after_first(t.rstrip("."))


_ET_AL_END = re.compile(r",?\s+et\s+al\.?$")


def authors_lead(text: str) -> bool:
    """Authors before the title link: ``A. Author and B. Author. 2017.``, or a field of
    names between separators (``**2026-09-09** — Ryan Lum, Yongfeng Zhang — [Title](url)``)."""
    if title_then_names(text) or C.VENUE_LEAD.match(text):  # ``Segment Anything. Alexander
        return False  # Kirillov, Eric Mintun.``; ``AAAI2018 Consistent and Specific ...``
    if A.author_lead(text):
        return True
    if _chicago_lead(text) or _mla_quoting(text):
        return True  # ``Atluri, Gowtham, and Vipin Kumar. 2018.``, ``Xu, Jun, and Hang Li. "``
    inner = text.strip(" —–|·•")
    fielded = text.rstrip().endswith(("—", "–", " -", "|")) and "," in inner
    return fielded and (A.author_lead(inner) or A.person_list(inner.removesuffix(" et al.") + ","))


def dashed_names(text: str) -> bool:
    """``Richard Liu et al - ``: one person and ``et al`` before a dash (and a title link);
    not two names joined by ``and`` (``Kalman Filter and Particle Filter - [Thrun, Burgard
    and Fox](pdf)``: terms read as names as often)."""
    if not text.rstrip().endswith(("—", "–", " -")):
        return False
    inner = text.strip(" —–-")
    first = _ET_AL_END.sub("", inner)
    return first != inner and A.one_person(first.split())


def names_before_title(text: str, after: list) -> bool:
    """``text`` is the names before the title link ``after`` it: glued to it
    (:func:`names_then_title_link`) or an ACL citation's names and year
    (:data:`NAMES_THEN_YEAR`) before a link whose text is a title."""
    if names_then_title_link(text, after):
        return True
    link = after[0][1] if after else None
    if link is None or not CT.title_like(after[0][0]):
        return False
    if APA_NAMES_YEAR.fullmatch(text[:600]):  # ``LeCun, Y., & Hinton, G. (2015). [Title]``
        return True
    return len(after[0][0].split()) >= 3 and names_and_year(text[:300])


APA_NAMES_YEAR = re.compile(
    rf"\s*{A.APA_NAME}(?:,? (?:& )?{A.APA_NAME}){{0,20}}(?:,? (?:et al\.))?,? "
    r"\((?:19|20)\d\d[a-z]?\)\.\s*"
)
"""An APA citation's authors and year before its title link: ``Hochreiter, S., &
Schmidhuber, J. (1997).``; the year in brackets is what tells names from a title."""


_TAG_AND_NOTE = re.compile(r"^\s*\S{1,30}\s*\[[^\[\]]{3,160}\]\s*$")


def lead_before_bold(text: str, bold: str) -> bool:
    """``Mateusz Malinowski, Mario Fritz, **Title**`` (the authors), ``Xie, Ning and Ras,
    Gabrielle (2020): __Title__`` (BibTeX's authors) or ``Foundation Models: **Title**`` (a
    category of two words or more), both before a bold title of three words or more (not
    ``Vision, Language and Action, Unified **VLA**``), or ``T3A [Iwasawa and Matsuo, Proc.
    NeurIPS 2021] **Title**`` (a name and a note): not the title."""
    titled = len(bold.split()) >= 3
    category = titled and text.rstrip().endswith((":", "：")) and len(text.split()) >= 2
    bibtex = titled and (A.bibtex_names(text) or A.names_then_year(text))  # (``Faruqui - 2014 -``)
    return A.authors_before_bold(text) or bibtex or category or bool(_TAG_AND_NOTE.match(text))


_NAME_TAG = re.compile(r"^(?:\[\d{1,4}\]\s+)?(?:\([^()\s]{1,25}\)\s+|【[^【】]{1,25}】\s*)")
"""A method's name in brackets before the authors (``[1] (THOR) ``, ``【Cascade】``)."""
_PAPER_LABEL = re.compile(r"^[!！]*(?i:paper|论文|原文|出处)\s*[:：]\s*")
"""``论文：`` (paper:) before the names of a citation whose title is the link after them."""
_TOPIC_TAGS = re.compile(r"^(?:\[(?!\d{1,4}\])[^\[\]]{1,40}\]\s+)+")  # tags (no number)
_AWARD = re.compile(r"(?i)\b(?:best|awards?|honou?rable|mention|oral|spotlight|outstanding)\b")
"""``**Best Paper Honorable Mention**``: a bold award, no title."""
_REF_NUMBER = re.compile(r"^\[\d{1,3}\]\s+")
"""``[1] ``: a reference's number, read past only before authors and a linked or bold title."""


def authors_not_title(segs: list, i: int, later_title) -> bool:
    """Text segment ``i`` of a line is its authors (or a category) before the title: ``A.
    Author and B. Author. 2017. [Title](url)`` (APA too), ``A. Name, B. Name. 2020. [Title](url)``,
    ``Mateusz Malinowski, Mario Fritz, **Title**``, ``**Ouyang, et al. (2022)** *Title*``."""
    text, _, bold, _ = segs[i]
    if bold:
        return BB.byline_before_title(segs, i, later_title)
    # ``[**CSUR'18**] Names. [Title](url)``, ``✔ *Names``, ``(THOR) Names``: marks before
    text = _NAME_TAG.sub("", EMOJI.sub(" ", text).lstrip(" ])*_"))  # the authors
    text = _TOPIC_TAGS.sub("", DATE_LEAD.sub("", text))  # ``[Tag] [GITZ] David, ...``, ``2018, ``
    numbered = _REF_NUMBER.sub("", text)  # ``[2] He K, Zhang X. [Title](url)``
    before_link = any(g[1] is not None for g in segs[i + 1 :])
    linked = i + 1 < len(segs) and segs[i + 1][1] is not None  # ``Paper: Klein G. [**T**](u)``
    lead = (_PAPER_LABEL.sub("", text) if linked else text).rstrip(" '‘")  # ``Names. '[T](u)``
    if before_link and (authors_lead(lead) or A.surname_first(A.apa_part(text))):
        return True
    if before_link and harvard_byline(numbered):  # ``Tong, K., Li, Z. and Gao, Y., 2024.``
        return True
    nxt = next((g[0] for g in segs[i + 1 :] if g[1] is not None), "")
    named = (numbered != text and authors_lead(numbered)) or dashed_names(text)
    surnames = linked and surnames_before(text, segs[i + 1 :], segs[i][0])  # ``Quoc [T](u)``
    if surnames or (named and linked_title(nxt, 3) is not None):  # ``[2] He K. [T](u)``
        return True
    after = segs[i + 1] if i + 1 < len(segs) else None
    if names_before_title(text, segs[i + 1 : i + 3]) or (  # the names may end their line
        after and after[1] is not None and _mla_before_title(text, after[0])
    ):  # ``Vu, Phong V., and Damon M. Chandler. *["Title."](url)*``
        return True
    if not (after and after[2]):
        return False
    numbered_bold = numbered != text and not (A.names_like(after[0]) or _AWARD.search(after[0]))
    lead = numbered if numbered_bold else text  # (``A, **B**, "Title"``: the lab's member)
    return lead_before_bold(lead, after[0]) or member_byline_title(segs, i + 1) is not None


_CITED_TAIL = re.compile(
    r"\((?:19|20)\d\d\)\s*[:.,]|\b\d+\s*[:(]\s*\d+|\b\d+\.\d+\s*\((?:19|20)\d\d\)|\b(?:vol|pp)\.|^(?:In\s+)?Proc(?:eedings|\.)"
)


def cited_tail(link_text: str, after: str) -> bool:
    """``["Deep learning."](url) Nature 521 (2015): 436-444``: the text after a quoted title
    is its citation's tail (a volume, an issue, the year, pages), not the title; so is a
    journal's name with its volume and issue after any link (``Nature, 521(7553), pp.436``)."""
    volume = _JOURNAL_VOLUME.match(after.lstrip(" .,")) is not None
    return volume or (_quoted(link_text) and _CITED_TAIL.search(after) is not None)


_JOURNAL_VOLUME = re.compile(
    r"[A-Z][\w&.'’-]*(?:\s+[\w&.'’-]+){0,5},\s*(?!(?:19|20)\d\d\b)\d{1,4}\s*\(\d{1,5}\)"
)


def _quoted(link_text: str) -> bool:
    return link_text.lstrip(" *_").startswith(('"', "“"))


def byline_then_title(segs: list) -> tuple[str, int] | None:
    """``Susan Athey, Guido Imbens (2006). [Title](doi)``, ``[Bruno Ferman](site)
    [<img>](twitter), Cristine Pinto (2021). [Title](pdf)``: a line's authors (some linked to
    their own pages, icons between) and a bracketed year, then the linked title: the title
    and its line. Two people at least, or one linked to a page, or APA's names with initials
    (``**Balesni, M., et al. (2024).** [Title](doi)``), or surnames before a quoted title
    (``Aronow and Samii (2016), ["Title"](pdf)``); no site's name as the title."""
    end = next((k for k, seg in enumerate(segs[:24]) if _year_closed(seg)), None)
    if end is None or end + 1 >= len(segs) or any(_not_byline(seg) for seg in segs[:end]):
        return None
    nxt = end + 2 if segs[end + 1][1] is None and not segs[end + 1][0].strip() else end + 1
    text, link, _, line = segs[nxt] if nxt < len(segs) else segs[end + 1]  # (a space between)
    if link is None or link_role(link) not in ("paper", "other"):
        return None
    title = linked_title(text, 2)
    if title is None or (len(title.split()) <= 3 and _DOC_LABEL.search(title)):
        return None  # ``Layer Normalization (2016). [Semantic Scholar](…)``: a site, no title
    names = _PAREN_YEAR_END.sub("", "".join(seg[0] for seg in segs[: end + 1]))
    names = _LEAD_TAGS.sub("", names)  # ``[METH][OPT] Breiman, L. (2001). [Title](doi)``
    quoted = text.lstrip()[:1] in ('"', "“") and A.SURNAME_LIST.fullmatch(names.strip(" *_,"))
    people = _people(names) or (2 if quoted or A.surname_first(names.strip(" *_")) else 0)
    home = any(seg[1] is not None and seg[0].strip() for seg in segs[:end])  # ``[Name](site)``
    return (title, line) if people >= 2 or (people and home) else None


_DOC_LABEL = re.compile(r"(?i)\b(?:scholar|review|discussion|material|library|pdf|article|paper|working|preprint|site|page|profile|slides|video|code|supplementary|version|link|full\s+text|abstract)\b")  # fmt: skip
"""Link text of two or three words that names a site or a kind of document."""


def _year_closed(seg: tuple) -> bool:
    return seg[1] is None and _PAREN_YEAR_END.search(seg[0]) is not None


def _not_byline(seg: tuple) -> bool:
    return seg[0] == "\n" or (seg[1] is not None and link_role(seg[1]) == "paper")


_LEAD_TAGS = re.compile(r"^\s*(?:\[[A-Z][\w&/ -]{0,23}\]\s*)+")
"""Topic tags before a citation's byline (``[METH][OPT] Breiman, L.``): no names."""
_PAREN_YEAR_END = re.compile(r"\s\((?:19|20)\d\d[a-z]?\)[.:,]?\s*$")


def _people(text: str) -> int:
    """How many people ``text`` names (``Clément de Chaisemartin, Xavier D'Haultfoeuille``:
    each part one person, particles aside, no word of a title), else 0. One unlinked
    person is as likely a method's name (``Layer Normalization``): the caller asks for more."""
    parts = [
        p.split() for p in re.split(r",\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+", text) if p.strip()
    ]
    people = all(A.one_person([w for w in p if w not in A.PARTICLES]) for p in parts)
    return len(parts) if people and not A.title_worded(text) else 0


_BYLINE_LINK = re.compile(rf"[A-Z][\w'’-]+\s+{A.ET_AL_WORDS}\b")
_DASH_LEAD = re.compile(r"^\s*[-–—]\s*(?=\S)")
_DOES = re.compile(
    r"(?:Propos|Introduc|Present|Updat|Provid|Describ|Stud|Show|Evaluat|Explor|Analy[sz]|Investigat"
    r"|Discuss|Survey|Review|Compar|Build|Creat|Releas|Develop|Demonstrat|Examin|Extend|Us|Appl"
    r"|Train|Offer|Collect|Contain|Cover|Defin|Find|Report|Benchmark|Assess|Measur)e?s\b"
)
"""``Proposes a dataset ...``: a description of the paper, not its title."""
_DESCRIBED = re.compile(
    rf"{_DOES.pattern}|\w+(?:ed|ly)\s+[a-z]|(?:The|This|Our|Its|Their)\s+[a-z]|[^,]*,\s+(?:the|a|an)\s"
    r"|.*\b(?:19|20)\d\d\b|.*\b(?i:award|recommended|must[- ]read)\b"
)
"""A description after a byline link: ``Introduced ...``, ``Highly recommended``, ``The
original Transformer paper``, ``GPT-3, the 175B ... model``, ``CVPR 2016 Best Paper Award``."""


def byline_link(text: str) -> bool:
    """A link's text that is a byline (``Hardy et. al.(Logistic Regression)``), no title."""
    return _BYLINE_LINK.match(text) is not None


def dashed_title(rest: list) -> str | None:
    """The title after a dash that follows a link titled by a byline (``[Hardy et. al.](url) -
    Private federated learning on ...``), from the segments after the link."""
    text = rest[0][0] if rest and rest[0][1] is None else ""
    m = _DASH_LEAD.match(text)
    cand = CT.clean_title(text[m.end() :]) if m else ""
    ok = len(cand.split()) >= 3 and CT.title_like(cand) and not _DESCRIBED.match(cand)
    return cand if ok and not C.is_prose(cand) and not C.is_context_text(cand) else None
