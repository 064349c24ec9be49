"""Reference formats a list copies from a paper's "Cite" box: GB/T 7714, ACM, APA, Harvard,
Springer Nature's and MDPI's, each read for its title when its author part reads as
authors; a preprint server's tail after a title. Pure."""

from __future__ import annotations

import re

from pipeline.formats.authors import names_like, one_person, people, person_list, title_worded
from pipeline.formats.common import VENUES
from pipeline.formats.makers import makers

_VENUE_WORD = r"(?:[A-Z][a-z]+|arXiv)\s+(?:[Pp]reprint|[Pp]roceedings|[Cc]onference|[Jj]ournal)"
_JOURNAL_CITED = (
    r"(?:Journal|Proceedings|Transactions|Annals)\s"
    r"|[A-Z][\w& ]{1,80}[;,]?\s+\d{1,4}"
    r"(?:\(\d{1,4}\)[:,]\s*\d|[:,]\s*\d+\s*[-–]\s*\d|[:,]\s*[A-Za-z]?\d{3,}\b)"
    r"|(?i:arxiv|corr|biorxiv|medrxiv|ssrn)(?:\s*[.,:]|\s+(?i:preprint)|\s*$)"
)
"""After a question that ends a title: ``Journal of ...``, ``Nature, 550(7676), 354``, ``ArXiv.`` (not
``ArXiv Submissions Across Fields``, a subtitle),
``Science, 12, 5-9``, ``Physical Review Letters, 116, 061102``: a volume with its issue,
its pages or an article number (not a subtitle's ``waves 1, 2 and 3``)."""
_VENUE_END = rf"(?:{VENUES})(?:\s+(?:19|20)\d\d)?\.?\s*$"
"""After a question that ends a title, a known venue closing the citation (``? NeurIPS.``)."""
_VENUE_AFTER = (
    r"In\s|Advances\s+in\s|Proceedings\b|Journal\s+of\b|Transactions\s+on\b|Conference\s+on\b"
    r"|(?i:arxiv|openai)\b|[A-Z][\w&\- ]{1,80},\s*\d{1,4}(?:\(\d+\))?(?:,\s*[\d–-]+)?\.?\s*$"
)
"""What opens a venue's sentence after a short APA title (``Deep sets. Advances in neural
information processing systems, 30``, ``XGBoost. In Proceedings of ...``)."""
_SURNAME_INITIALS = (
    r"(?:(?:van|von|de|der|den|da|di|du|le|la|del|dos|Van|Von|De|Da|Di|Du|Le|La|Del)\s){0,2}"
    r"[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?,\s[A-Z][a-z]?\.(?:\s?-?[A-Z][a-z]?\.){0,3}"
)
"""``Fajardo, J.E.``, ``McGuffin, L.J.``, ``van der Maaten, L.``: a surname, then initials."""
_NAME_SEP = r"(?:\s?[,;]\s*(?:&\s+|and\s+)?|\s+(?:&|and)\s+)"
_SURNAME = r"(?:(?:[Vv]an|[Dd]e[nr]?|[Vv]on|[Ll][ae]|[Dd][au])\s){0,2}[A-Z][\w'’-]+"
"""A surname as Scholar writes it, particles too (``Van der Maaten``, ``Le Meur``)."""
_SCHOLAR = re.compile(
    rf"^(?P<names>(?:[A-Z]{{1,3}}\s{_SURNAME},\s)*[A-Z]{{1,3}}\s{_SURNAME}(?:,?\s?…)?)\s[-–]\s"
    r"[^\n]{2,120}?,\s(?:19|20)\d\d(?:\s[-–]|\.)\s(?P<t>[^\s.][^\n]{7,})$"
)
"""Google Scholar's result line: ``S Ilan, A Shamir - Computer Graphics Forum, 2015 - Title``
(initials before each surname; the venue cut with ``…``, or ``, 2016. Title``)."""
_NOT_A_TITLE = re.compile(
    r"(?i)(?:[\w-]+(?:\.[\w-]+)+|(?:springer|elsevier|wiley|ieee|acm|taylor\s*&\s*francis|sciencedirect)"
    r"(?:[\s,]+(?:nature|series|in|statistics|computer|society|new|york|ny|usa|b\.?v\.?|science|business"
    r"|media|verlag|press|publishing|inc|ltd|online|library|xplore|digital|international))*)\s*(?:\[|$)"
)
"""What Scholar writes after the venue and year when the title is elsewhere: the host
(``arxiv.org``, ``openaccess.thecvf.com``) or a publisher with its imprint's words only
(``Springer Series in Statistics``, ``ACM New York, NY, USA``; not ``IEEE 802.11ax: …``)."""
_SPRINGER = re.compile(
    rf"^(?P<names>{_SURNAME_INITIALS}(?:{_NAME_SEP}{_SURNAME_INITIALS}){{0,40}}"
    r"(?:,?\s+et\s+al\.)?)\s+(?![A-Z][a-z]?\.|[A-Z][\w'’\-]+,\s[A-Z][a-z]?\.)"
    r"(?P<t>[A-Z0-9“\"'][^.]{11,}?)(?:\.\s+\S|\?\s+\S|\.?\s*$)"
)
"""Springer Nature's references (``Fajardo, J.E., Fiser, A. Title. BMC Bioinformatics 14, 63
(2013).``) and MDPI's (``Roche, D.B.; McGuffin, L.J. Title. Int. J. Mol. Sci. 2015, 16``):
surnames and initials only, then the title to its full stop."""
_ACM = re.compile(
    r"^(?P<names>(?:[^.]|(?<=\b[A-Z])\.){3,}?)\.\s+(?:19|20)\d\d[a-z]?\.\s+(?P<t>.{12,}?)"
    r"(?:\.\s+\S|\?\s+(?:In\s|" + _VENUE_WORD + r")|\.?\s*$)"
)
"""The ACM reference format: "A. Author and B. Author. 2020. Title. In Proceedings..." (the
authors' full stops are initials only; one author too, ``Maged M. Michael. 2004. Title.``)."""
_NO_ACM_TITLE = re.compile(
    r"(?i)\bet al\b|^(?:arxiv|proceedings|journal|conference|international|european|ieee|acm"
    r"|advances\s+in)\b"
)
"""A one-author ACM citation's "title" that is none (``Group Normalization. 2018. European
Conference on Computer Vision.``, ``Weight Standardization. 2019. Siyuan Qiao et al.``): the
title came first."""
_GBT_TYPE = r"\[(?:J|C|D|M|A|R|P|S|N|Z|EB/OL|J/OL|C/OL|M/OL)\]"
CITATION = (
    # GB/T 7714 with its authors: "Liu L, Yang X, et al. Title[J]. Venue, 2023."
    re.compile(
        rf"^(?P<names>[^.\[\]]{{3,300}}?(?:et al)?)\.\s+(?P<t>[^\[\]]{{8,}}?)\s*{_GBT_TYPE}"
    ),
    # GB/T 7714: "Title[J]. Venue, 2022." ([J] journal, [C] proceedings, [D] thesis, ...)
    re.compile(rf"^(?P<t>.{{8,}}?)\s*{_GBT_TYPE}"),
    _ACM,
    # APA: "Author, A., & Author, B. (2020). Title. Venue"; PLOS: "Smith AB, Lee C (2020) Title."
    # (a short title before a known venue: "He, K., et al. (2017). Mask R-CNN. ICCV."; a
    # question before a venue: "...? NeurIPS.")
    re.compile(
        r"^(?P<names>[^()]{3,}?)\((?:19|20)\d\d[a-z]?(?:,[^()]*)?\)\.?\s+"
        rf"(?P<t>[^\s.][^.]{{3,10}}?(?=\.\s+(?:{_VENUE_END}|{_VENUE_AFTER})|\.?\s*$)|.{{12,}}?)"
        r"(?:\.\s+\S|\?\s+(?:"
        + _VENUE_WORD
        + "|"
        + _JOURNAL_CITED
        + "|"
        + _VENUE_END
        + r")|\.?\s*$)"
    ),
    _SPRINGER,
    _SCHOLAR,
    # Harvard (Google Scholar's): "Author, A., Author, B. and Author, C., 2016, May. Title. In"
    re.compile(
        r"^(?P<names>[^()]{3,}?),\s+(?:19|20)\d\d[a-z]?(?:,\s+[A-Z][a-z]+)?\.\s+(?P<t>.{12,}?)"
        r"(?:\.\s+\S|\?\s+(?:In\s|" + _VENUE_WORD + r")|\.?\s*$)"
    ),
)
"""The reference formats, each with its title as group ``t`` (and its authors as ``names``)."""


def citation_match(text: str) -> str | None:
    """The title of a citation in one of :data:`CITATION`'s styles, when its author part
    (if the style has one) reads as authors."""
    for pattern in CITATION:
        m = pattern.match(text)
        if m is None:
            continue
        names = m.groupdict().get("names")
        if pattern is _SPRINGER and ABBREVIATION_END.search(m.group("t")):
            continue  # ``On discriminative vs. generative classifiers``: cut inside the title
        one = pattern is _ACM and one_person(names.split()) and not makers(names)
        one = one and not _NO_ACM_TITLE.search(m.group("t")) and not names_like(m.group("t"))
        acm = pattern is _ACM and people(names) and not _NO_ACM_TITLE.search(m.group("t"))
        one = one or acm  # ``Jane Doe, John Smith. 2022. Title``
        scholar = pattern is _SCHOLAR  # (its names are initials and surnames by its pattern)
        if scholar and _NOT_A_TITLE.match(m.group("t")):
            continue  # ``… - CVPR, 2018 - arxiv.org``: Scholar's host, not the title
        if names is None or scholar or names_like(names) or person_list(names) or one:
            asked = text[m.end("t") : m.end("t") + 1] == "?"  # a question keeps its mark
            return m.group("t").strip() + ("?" if asked else "")
    return _single_quoted(text)


_YEAR_CLOSED = re.compile(
    r"(?P<t>[^.]{12,300}?[^\s.]{2})\.\s+(?P<v>(?=[A-Z0-9{(])[^\n]{3,300}?)\.\s+(?:19|20)\d\d[a-z]?\.?\s*$"
)
_VENUE_SENTENCE = re.compile(
    r"(?i)\b(?:conference|congress|congresso|journal|proceedings|workshop|symposium|transactions"
    r"|letters|universi|institut|lecture notes|press|thesis|expo|magazine|springer|elsevier"
    r"|ieee|acm|arxiv|preprint)"
)
"""A word of a venue, a publisher or a school in the sentence after a citation's title."""


def year_closed(text: str) -> str | None:
    """The title sentence of a citation, after its authors, that closes on a sentence of its
    year (``Title. 3rd {USENIX} Workshop on Hot Topics in Edge Computing. 2020.``, ``Title.
    Universidade Federal do Espírito Santo. Doctoral thesis. 2019.``) when the sentence after
    it names a venue (not a subtitle: ``Reinforcement Learning. An Introduction. MIT Press.
    2018.``, nor a cut at ``Mt.``), else ``None``."""
    m = _YEAR_CLOSED.match(text[:700])
    if m is None or ABBREVIATION_END.search(m["t"]) or re.search(r"\b[A-Z][a-z]{0,2}$", m["t"]):
        return None
    first = re.split(r"\.\s+", m["v"], maxsplit=1)[0]  # (the sentence right after the title)
    return m["t"].strip() if _VENUE_SENTENCE.search(first) else None


ABBREVIATION_END = re.compile(
    r"(?i)\b(?:vs|e\.g|i\.e|etc|cf|al|approx|inc|co|corp|ltd|st|vol|no|dr|mr|ms|jr|fig|eq)$"
    r"|\b[A-Za-z]{1,2}\.[A-Za-z]$"
)
"""A cut after an abbreviation's full stop (``Feature selection, L1 vs``, ``U.S``, ``Ph.D``):
inside the title, not at its end."""
_SINGLE_QUOTED = re.compile(
    r"^(?P<names>[^'‘’\"“”]{3,300}?),?\s+['‘](?P<t>[^'‘’\"“”]{8,}?)[,.]?['’]\s*$"
)


def _single_quoted(text: str) -> str | None:
    """``Wim Bogaerts and Lukas Chrostowski, 'Silicon photonics circuit design'``: authors,
    then the title in single quotes closing the text (one author too: ``Richard Soref 'The
    Past, Present, and Future of Silicon Photonics'``)."""
    m = _SINGLE_QUOTED.match(text)
    if m is None or len(m["t"].split()) < 2 or m["t"][0].islower():
        return None  # ``Segment Anything, 'the SAM foundation model'``: a nickname
    names = m["names"].strip()
    if title_worded(names):
        return None  # ``Deep Learning, 'Yann LeCun'``: a title, then a name
    return m["t"].strip() if names_like(names) or person_list(names + ",") else None


_PREPRINT_TAIL = re.compile(
    r",\s+(?:arXiv|bioRxiv|medRxiv|ChemRxiv|chemRxiv|TechRxiv|SSRN|Research Square)"
    r"\s+(?:preprint\s+)?(?:arXiv:)?[\d./v]{4,30}(?:\s*[;,.]\s*(?:doi|DOI)?:?)?\s*$"
)


def citation_tails(text: str) -> str:
    """``text`` without a preprint server's name, number or DOI label after a comma closing
    it (``Title, bioRxiv 2023.05.30.542787; doi:``, ``Title, arXiv 2304.06535``), and without
    a byline of surnames and initials after its full stop (``Title. Castro, A.E., Cardona A.
    bioRxiv (2024).``, ``Title. Schlegel, P., Yin, Y. et al. Nature 634``)."""
    if "," not in text:
        return text
    text = _PREPRINT_TAIL.sub("", text[:2000])
    named = _NAMES_AFTER_STOP.search(text)
    return text[: named.start() + 1] if named and len(text[: named.start()].split()) >= 3 else text


_NAMES_AFTER_STOP = re.compile(
    rf"(?<=[a-z0-9)\]?!])\.\s*{_SURNAME_INITIALS}(?:{_NAME_SEP}[A-Z]|,?\s+et\s+al\.)"
)
