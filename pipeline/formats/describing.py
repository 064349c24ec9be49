"""Text after a name that describes the named thing rather than titling it
(``**SatMAE** — Extends MAE with ... . The reference formulation ...``). Pure."""

from __future__ import annotations

import re

from pipeline.formats import authors as A
from pipeline.formats.authorlead import dated_byline
from pipeline.formats.authors import SURNAME_LIST, names_like
from pipeline.formats.citations import (
    citation_title,
    cut_known_venue_tail,
    is_context_text,
    is_prose,
)
from pipeline.formats.cleantitle import clean_title, title_like
from pipeline.formats.common import VENUE_RE, mostly_capitalised, mostly_lower
from pipeline.formats.links import link_role
from pipeline.formats.makers import makers
from pipeline.formats.runs import Run, plain

_NEXT_SENTENCE = re.compile(r"\b[a-z]{3,}[)\]]?\.\s+[A-Z][a-z]*\b")


def sentences(text: str) -> bool:
    """``text`` holds two sentences or more (``... masking. The reference ...``)."""
    return _NEXT_SENTENCE.search(text[:2000]) is not None


_VERB_S = r"(?!Towards\b)[A-Z][a-z]{2,}(?<![su])s\s+"
_VERB_FIRST = re.compile(rf"{_VERB_S}(?!(?i:are|is|for|of|and|in|with)\b)")
"""``Extends MAE with ...``: a description opening with what the thing does."""
_NEXT_OPENS = re.compile(r"(?:The|This|These|It|Its|Our|We)\s")
"""A second sentence about the named thing (``The reference formulation ...``)."""
_RUNS_ON = re.compile(
    r"(?!(?i:arxiv|by|et\s+al|in|preprint|accepted|submitted|keywords?|tags?|tl;?dr|code|"
    r"paper|project)\b)[a-z](?![\w ]*:)"
)
"""A line that carries a sentence on: in lower case, and not ``arXiv 2023``, ``by ...``."""
_JOINS = re.compile(r"(?i:and|for|with|of|on|to|via|from|using|towards?|under)\b")
"""A line that may carry a wrapped title on (``for Few-Shot Learning``)."""


def described(lines: list[list[Run]]) -> bool:
    """``**Name** — what it does``, running on (in lower case) over three lines or more
    before the first link, or over two in more words than a title has, in two sentences or
    with a clause (``, removing ...``): a description, and the name is the title."""
    text: list[str] = []
    for line in lines:
        at = next((k for k, r in enumerate(line) if r.kind == "link"), None)
        if at is not None:
            text += [plain(line[:at])] if at and not text else []  # text before its links
            break
        text.append(plain(line))
    first = re.sub(r"^.*?[—:]\s*", "", text[0], count=1) if text else ""
    sentence = text and text[0].rstrip().endswith(".") and _VERB_FIRST.match(first)
    if len(text) > 1 and sentence and _NEXT_OPENS.match(text[1].lstrip()):
        return True  # ``— Extends MAE with ... .`` then ``The reference formulation ...``
    if len(text) == 1 and _DASHED.match(text[0]) and _lower_sentence(first):
        return True  # ``**SigLIP** — Replaces softmax contrastive learning with a ... .``
    if len(text) == 1 and _COLONED.match(text[0]) and _lower_sentence(first):
        return _DOES_FIRST.match(first) is not None  # ``**UnO**: Learns a ...``
    if len(text) < 2 or not _RUNS_ON.match(text[1].lstrip()):
        return False  # not one text running on: a title, then authors, a venue, a TL;DR
    if _JOINS.match(text[1].lstrip()) and not (len(text) > 2 and _RUNS_ON.match(text[2].lstrip())):
        return False  # a title wrapped onto a second line (``and Large Language Models``)
    joined = " ".join(text)
    return len(text) > 2 or (
        len(text) > 1
        and (len(joined.split()) > 22 or sentences(joined) or _CLAUSE.search(joined) is not None)
    )


_DASHED = re.compile(r"^\S.{0,40}?\s[—–]\s")
_COLONED = re.compile(r"^\S.{0,40}?[:：]\s")
_DOES_FIRST = re.compile(rf"{_VERB_S}(?:a|an|the|its|their|each|both|any|anything)\b")
"""``Learns a continuous ...``, ``Uses a Gaussian-based ...``: what the thing does, first (not
the plural noun opening a title: ``Robots that ask ...``, ``Actions speak louder ...``). After
a colon, a sentence-case title is as likely as a description (``**AlphaZero**: A general
reinforcement learning algorithm that masters chess ...``): only the verb first tells them apart."""


def tells_of(runs: list[Run], heading: tuple | None) -> bool:
    """``### VideoChat3`` over ``VideoChat3 inflates image-transformer attention into ... .``
    or ``Combines native multimodal learning with ... .``: a paragraph saying what the thing
    the ``heading`` (its runs first) names does (its name then a verb, or a verb first), not
    the paper's title."""
    text, name = plain(runs).strip(), plain(heading[0]).strip() if heading else ""
    if not name or not paragraph_text(text):
        return False
    if text.startswith(f"{name} "):
        return re.match(r"[a-z]{3,}(?<![su])s\s", text[len(name) + 1 :]) is not None
    return _VERB_FIRST.match(text) is not None and ":" not in text and _lower_sentence(text)


def _lower_sentence(text: str) -> bool:
    """One sentence closed by a full stop whose long words are mostly in lower case (a
    description, ``A video-native encoder that explicitly models temporal dynamics.``)."""
    long = [w for w in text.split()[1:] if len(w) >= 4 and w.isalpha()]
    lower = sum(w.islower() for w in long)
    return text.rstrip().endswith(".") and len(long) >= 4 and lower * 4 >= len(long) * 3


_CLAUSE = re.compile(r", (?:first )?[a-z]{3,}ing\b")
"""``..., removing the need for ...``: a clause of a sentence, which titles do not have."""


_JOINING = r"(?:for|with|under|at|in|of|on|via|using|to|and|through|without|towards?)"
_GOES_ON = re.compile(
    rf"^\s*(?:[:：]\s*(?P<sub>(?:[A-Z0-9]|(?:towards?|a|an|the|on|from|beyond)\s+[A-Z]).*)"
    rf"|\s(?P<on>{_JOINING}\s+[A-Z0-9].*))$"
)
"""``: Learning ...``, ``: towards Embodied ...`` (a subtitle), `` with Real-Time ...``."""
_NOTE = re.compile(
    r"(?i)\b(?:oral|spotlight|poster|best|awards?|presentation|honou?rable|under\s+review|"
    r"appear|accepted|submitted|et\s+al|implementation|code|outstanding|notebook|colab|demo|"
    r"slides|video|blog|tutorial|university|institute|jax|pytorch|tensorflow|hugging\s*face|"
    r"walkthrough|annotated|checkpoints?|weights|successor|deepmind|google|openai|microsoft|"
    r"nvidia|facebook|(?:19|20)\d\d)\b"
)
"""Words of a note after a title (an award, a status, a venue's year), not of its rest."""
_SUBTITLE_HEAD = re.compile(r"(?:A|An|The|Towards?|Beyond|When|Why|How|What|From|On)\b")
"""How a short subtitle opens (``: A Review``, ``: Towards ...``), which a name after a
colon (``OpenAI CLIP``, ``Meta AI Research``) does not."""
_VERB_LED = re.compile(r"^[A-Z][a-z]+s\s+(?:the|a|an|how|that|our)\b")
"""``Introduces the SDE view ...``: a sentence about the paper."""
_ENDS_JOINING = re.compile(rf"\s{_JOINING}$")
MAX_TITLE_WORDS = 30
"""Longer text after ``**Name**:`` is a description of the named thing, not its title."""


def continued(bold: str, tail: str, colon: bool = True) -> str | None:
    """A bold head and the rest of its title after it (``**Now You See That**: Learning
    End-to-End ...`` when ``colon``, ``**Gait-Adaptive Perceptive Humanoid Locomotion**
    with Real-Time ...``, ``**A Survey of** Behavior ...``), else ``None`` (``**Title**: a
    sentence about it``)."""
    tail = tail[:1000].rstrip(" |")
    if colon and bold.endswith((":", "：")) and tail[:1] == " ":
        m = re.match(r"\s(?P<sub>[A-Z0-9].*)$", tail)  # ``***EditBench:*** Advancing ...``
    elif _ENDS_JOINING.search(bold) and tail[:1] == " " and tail[1:2].isupper():
        m = re.match(r"\s(?P<on>.*)$", tail)  # ``**A Survey of** Behavior Foundation Model``
    else:
        m = _GOES_ON.match(tail)
    sub = m and m.groupdict().get("sub")
    if m is None or (sub and not colon) or ":" in bold.rstrip(": "):
        return None  # ``**Dream to Control: Learning ...**: a note``, or `` in JAX``
    more = _without_venue((sub or m["on"]).strip())
    if not 2 <= len(more.split()) <= MAX_TITLE_WORDS or sentences(more) or more.endswith("."):
        return None
    if (
        _NOTE.search(more)
        or _VERB_LED.match(more)
        or names_like(more)
        or SURNAME_LIST.fullmatch(more)
    ):
        return None  # ``: Oral Presentation, NeurIPS 2018``, ``: Ho, Jain``
    words = more.split()
    if sub and len(words) <= 4 and not _SUBTITLE_HEAD.match(more):
        return None  # ``: OpenAI CLIP``, ``: LMU Munich and Runway``: a name, not a subtitle
    if not sub and is_context_text(more.split(None, 1)[1] if len(words) > 1 else ""):
        return None  # `` at CVPR``, `` in Nature``: where, not the rest of the title
    return f"{bold.rstrip(': ')}: {more}" if m.groupdict().get("sub") else f"{bold} {more}"


def _without_venue(more: str) -> str:
    """``Learning Unified ... Representations, *CVPR 2024*.``: the rest of a title without the
    venue and year after its comma, when what is left is in title case (not ``A description
    sentence about cloth, NeurIPS 2022.``)."""
    flat = more.replace("*", "").replace("_", " ").rstrip(" [(")
    cut = cut_known_venue_tail(flat)
    long = [w for w in cut.split() if len(w) >= 4]
    return cut.rstrip(" ,;") if cut != flat and long and mostly_capitalised(long) else more


def paragraph(runs: list[Run]) -> bool:
    """A paragraph of sentences (twelve words or more, ending in a full stop; or thirty
    words or more holding two sentences, an abstract cut short; or Chinese sentences of
    twenty characters or more, with a ``。``), not a title."""
    return paragraph_text(plain(runs))


def abstract_then_links(runs: list[Run]) -> bool:
    """``> This paper presents an appliance classification method based on ... [[PDF](url)]
    [[Pytorch](url)] [2022]`` under ``### Title``: sentences in plain words (no emphasis, no
    citation, mostly in lower case), then the paper's links and a few words at most."""
    first = next((i for i, r in enumerate(runs) if r.kind == "link"), 0)
    lead, rest = plain(runs[:first]), plain([r for r in runs[first:] if r.kind != "link"])
    if not first or any(r.bold or r.em for r in runs[:first] if r.kind == "text"):
        return False
    words = lead.split()
    lower = mostly_lower(words)
    tail = len(re.findall(r"[^\W\d_]{2,}", rest)) <= 4  # ``[2022] [master thesis]``
    ended = lead.strip().rstrip(" [(|").endswith((".", "!", "?"))  # not ``refer to [the paper]``
    told = _SELF.search(lead) is not None and "?" not in lead and len(words) >= 15  # its work
    told = told and _PAPER_LABEL.fullmatch(runs[first].text.strip(" []")) is not None
    told = told and _SECTION_INTRO.search(lead) is None  # not ``In this section we list ...``
    return (
        lower and tail and ended and told and paragraph_text(lead) and citation_title(lead) is None
    )


_PAPER_LABEL = re.compile(r"(?i)pdf|paper|arxiv|link|doi|abs|abstract|full text|论文")
"""The label of the paper's own link after an abstract (``[[PDF](url)]``; not ``[[Survey]]``)."""
_SECTION_INTRO = re.compile(
    r"(?i)\bin this (?:section|part|chapter|list)\b|\bbelow\b|\bour list\b"
    r"|\bwe (?:list|collect|group|gather|summari[sz]e|categori[sz]e|review|include)\b"
)
_SELF = re.compile(
    r"(?i)\b(?:we|our|this (?:paper|work|article|study|thesis)|the proposed|in this)\b"
)


def paragraph_text(text: str) -> bool:
    """:func:`paragraph` of a text (``> This paper presents ... [`` before its ``[PDF]``)."""
    text = text.strip().rstrip(" [(|")
    if "。" in text and len(text) >= 20:
        return True
    words = len(text.split())
    if words < 12:
        return False
    return text.endswith((".", "!", "?")) or (words >= 30 and bool(_TWO_SENTENCES.search(text)))


_TWO_SENTENCES = re.compile(r"[a-z)]{2}[.!?] +[A-Z]")
"""A sentence's end and the next one's start (``... across frames. Most methods ...``)."""


def heading_note(text: str) -> bool:
    """A note under a title heading, not a title: a dated field (``**Added:** 2024-01-05``,
    ``Last updated 2023-05``), or twenty words or more that open in lower case or with a
    connective and a comma, or cite by number (``> *However, since our NeFeS outputs ...*``,
    ``Research [38] shows that ...``: a quote from the paper)."""
    text = text.strip(" *_>")
    if _DATED_FIELD.match(text):
        return True
    if len(text.split()) < 20:
        return False
    return text[0].islower() or _QUOTED_PROSE.search(text) is not None


_DATED_FIELD = re.compile(r"^\W*[A-Za-z][\w ]{0,30}?[:：]?\W*(?:19|20)\d\d(?:[-./]\d\d?){0,2}\W*$")
"""A few words and a date, nothing else: ``Added: 2024-01-05``, ``Last updated 2023-05``."""
_QUOTED_PROSE = re.compile(
    r"^(?:However|Moreover|Furthermore|Therefore|Thus|Hence|Specifically|Additionally|Instead"
    r"|Notably|Surprisingly|Overall|Finally|Importantly),|\[\d{1,3}(?:,\s*\d{1,3})*\]"
)
"""A sentence's connective and comma, or a numbered citation (``[38]``): a paper's prose."""


def abstract(runs: list[Run]) -> bool:
    """A paragraph of thirty words or more in sentences that names no known venue and cites
    no title (an abstract, not ``Authors. Title. In CVPR, 2023.`` nor ``Accepted at AAAI 2023
    as an oral paper, ...``): the years it names are its datasets' (``ACE 2005``)."""
    text = plain(runs)
    if len(text.split()) < 30 or not paragraph(runs) or citation_title(text) is not None:
        return False
    if dated_byline(text):  # ``Liu, D., ... & Yuan, K. (2024). Title. PLOS ..., 20(11).``
        return False
    return VENUE_RE.search(text) is None and _CITED.search(text) is None  # not ``TDT 2002``


_CITED = re.compile(r"\bet al\b|\bProc(?:\.|eedings)\b")


_LEAD_NAME = re.compile(r"^\W{0,4}\((?P<n>[A-Za-z][\w\-+.]{1,20})\)\s+(?P<rest>\S.{8,})")


def lead_name(text: str, title: str) -> str | None:
    """``(CGCNN) Crystal Graph ...``: the name in brackets before a title that the title
    does not keep, else ``None`` (``(2021)``, ``(Survey)`` and ``(Oral)`` name nothing)."""
    m = _LEAD_NAME.match(text.strip())
    if m is None or title.startswith("(") or not any(c.isupper() for c in m["n"][1:]):
        return None
    if re.search(r"\d\d", m["n"]) or is_context_text(m["n"]) or len(m["n"]) < 4:
        return None  # ``(AAAI-21)``, ``(ICLR)``, ``(TPAMI)``: a venue; ``(GNN)``: a topic
    if makers(m["n"]):
        return None  # ``(OpenAI)``, ``(DeepMind)``: who made it
    return m["n"] if title[:12] in m["rest"] else None


def said_twice(name: str, title: str) -> bool:
    """``Fast R-CNN: Fast R-CNN``, ``SiamRpn++: Siamrpn++: ...``: the name, then the name
    again (in any case) as the whole title or its head."""
    twice = f"{name}: {name}"
    head, after = title[: len(twice)], title[len(twice) : len(twice) + 1]
    return head.lower() == twice.lower() and after in ("", ":")


_FACTS_LINE = re.compile(r"^\W*(?:19|20)\d\d(?:[-./]\d\d?)?\s*[·•|]\s*\S[^\n]*[·•|]")
"""``**2025 · Science Advances · 期刊研究**`` under ``### Title``: its year, venue and kind."""
_BYLINE_FACTS = re.compile(
    r"^(?:(?P<names>[^\[\]()\n]{3,200}?),\s*)?(?:19|20)\d\d,\s*[A-Z][^,\n]{2,80}$"
)
"""``Michael Färber, Adam Jatowt, 2020, Scientometrics.``, ``2025, Journal of Informetrics.``:
the names (if any), the year, the venue; not ``Attention Is All You Need, 2017, NeurIPS.``"""
_FACT_FIELD = re.compile(
    r"(?i)^\W*(?:(?:primary\s+)?categor(?:y|ies)|subjects?|published|submitted|updated|date|"
    r"(?:arxiv\s+)?id|doi|keywords?|tags?|citations?|comments?|pages|score|relevance|status|"
    r"topics?|affiliations?|rating|area)\W*[:：]\s*\S"
)
"""``**Category:** cs.LG``, ``**Published:** 2025-04-09``, ``**ID:** 2504.06878v1``: a labelled
fact of the paper a heading names (an arXiv digest's fields), never a title."""
_PERIODICAL = re.compile(
    r"(?i)\b(?:journal|transactions|proceedings|conference|letters|magazine)\b"
)
"""``2025, Journal of Informetrics.``: a year and a venue, not ``2018, Content-Based ...``."""


def facts_line(text: str) -> bool:
    """Whether a link-less line under a title heading gives the paper's facts, not its title."""
    m = _BYLINE_FACTS.match(text)
    if m is not None and m["names"] is not None:
        return A.names_like(m["names"]) or A.people(m["names"])
    venue = m is not None and bool(VENUE_RE.search(text) or _PERIODICAL.search(text))
    return venue or _FACTS_LINE.match(text) is not None or _FACT_FIELD.match(text) is not None


_DESCRIPTION = re.compile(r"^(?:We|This|These|It|Our)\s|^.{40,}?[.!?]\s+[A-Z]\w*\s+\w+")
_VERB = re.compile(
    r"\s+(?:is|are|was|comprises|contains|consists|composes|provides|presents|describes|"
    r"includes)\b"
)
"""A sentence about the named thing (``LegalLAMA is a diverse probing benchmark``)."""


def describes(text: str, name: str) -> bool:
    """True when ``text`` is a sentence about ``name`` rather than its title."""
    text = " ".join(text[:1000].split())
    if _DESCRIPTION.match(text):
        return True
    return text.lower().startswith(name.lower()) and bool(_VERB.match(text[len(name) :]))


def restated(text: str, name: str) -> str | None:
    """``[CTAB-GAN](url) - CTAB-GAN: Effective Table Data Synthesizing.``: after a name link
    and a dash or colon, a title that opens with the name again (in any case) and a colon;
    the text after a name link is otherwise what it is (:func:`describes`)."""
    rest = text.lstrip(" ]】)*_`").lstrip(" -–—:：")
    head, colon, _ = rest.partition(":")
    if not colon or not name or head.strip().lower() != name.lower():
        return None
    title = clean_title(rest)  # (its venue and year cut)
    tail = title.partition(":")[2].strip()
    return title if title_like(title) and not is_prose(tail) and not _tagline(tail) else None


_TAGLINE = re.compile(
    r"[;+]|\b(?:19|20)\d\d\b|^\S+['’]s\b|\.\s+[A-Z]|^[^A-Z]|\d(?:\.\d)?[kKMB]\b|\d+x\d+"
    r"|(?i:\b(?:toolkit|library|package|implementation|code|checkpoints?|released|licen[cs]e"
    r"|alternative\s+to|from\s+\w+\s+(?:lab|ai|research)))\b|^(?:[A-Z][\w'’-]+,\s){2,}"
)
"""``Google's bidirectional encoder``, ``frozen encoder + LLM``, ``ECCV 2020, FAIR``, ``A Lite
BERT. Fewer parameters``, ``learns visual concepts``, ``8x7B, Apache 2.0 License``, ``R toolkit
for ...``, ``Code and Pretrained Models``, ``Zhang, Li, Liu, ...``: what the name is, not its
title."""


def _tagline(tail: str) -> bool:
    """The text after ``Name:`` describes the name (:data:`_TAGLINE`), names its venue or
    its people, or is under three words: no title."""
    if len(tail.split()) < 3 or _TAGLINE.search(tail.rstrip(". ")):
        return True
    return VENUE_RE.search(tail) is not None or names_like(tail) or bool(makers(tail))


def open_note(text: str, before: list, after: list) -> bool:
    """Bold text opening a bracket (a full-width one too) it does not close before a link,
    after other text (``before``: the segments before it) or before a link that is not the
    paper's (``after``): a note (``… **(效果一言难尽 … [代码](url))**``, ``**(Similar to
    [OpenMVS](repo))** [Title](pdf)``), not a title (``**(Mask R-CNN [paper](arxiv))**`` is)."""
    if text.lstrip()[:1] not in "（(" or any(c in text for c in ")）"):
        return False
    link = next((seg[1] for seg in after if seg[1] is not None), None)
    return any(t.strip() for t, *_ in before) or (link is not None and link_role(link) != "paper")
