"""Whether a link's text is a paper's title: across a ``|`` after a bold name (``**Predictive
Recurrent Neural Network** (**PredRNN**) | [PredRNN: ...](paper)``) or after a name
(``CPC: [Title](url)``, ``[Name](repo): [Title](paper)``), and not a venue and an award, authors, a sentence, or a line that
names who made the paper (:func:`makers`, also used for lines below a model's link). Pure."""

from __future__ import annotations

import itertools
import re

from pipeline.formats import authors as A
from pipeline.formats import citations as C
from pipeline.formats.cleantitle import clean_title, title_like
from pipeline.formats.common import CJK
from pipeline.formats.dates import find_venue, find_year
from pipeline.formats.labels import names_link_kind
from pipeline.formats.links import link_role
from pipeline.formats.makers import makers
from pipeline.formats.runs import Run
from pipeline.formats.titleends import DATE_LEAD


def piped_link_title(rest: list, bold: str) -> str | None:
    """The title of a paper link that follows a bold name across a ``|`` (a name of up to
    three words, or a longer one with its abbreviation in brackets between) or a long dash."""
    for n, (text, link, _, _) in enumerate(rest[:6]):
        if link is not None:
            before = "".join(t for t, _, _, _ in rest[:n])
            piped = "|" in before and not re.sub(r"\([^()]*\)|[|\s*]", "", before)
            dashed = before.strip(" *") in ("—", "–")  # ``**FIN-Bench / ...** — [Title](paper)``
            # ``**Long Name** (**ABBR**) |``; after a long dash, a name of any length
            named = len(bold.split()) <= 3 or "(" in before or dashed
            ok = (piped or dashed) and named and link_role(link) == "paper"
            return linked_title(text, 4) if ok else None
    return None


def comma_byline(text: str, cand: str) -> bool:
    """``Hatcher, [*Title*](pdf)``, ``Beth & Piaget, [*Title*](url)``, ``Freunek and Bodmer,
    2021, [Title](url)``, ``Saltzer, Reed, and Clark, "[Title](pdf),"``: a surname, or names
    joined by ``&``, dated or before a quoted title (IEEE's), closed by a comma before the
    title's link (not ``Robustness and Generalization, [Journal](url)``)."""
    quoted = _QUOTE_OPENS.search(text) is not None and len(cand.split()) > 1 and not _titled(cand)
    if not (quoted or text.rstrip().endswith(",")):
        return False
    joined = quoted or "&" in cand or re.search(r"\b(?:19|20)\d\d\b", text) is not None
    return len(cand.split()) == 1 or (joined and A.byline_names(cand))


_QUOTE_OPENS = re.compile(r",\s*[\"“]\s*$")
"""A comma and an opening quote closing the text before a link: the link is a quoted title."""


def surnames_before(text: str, rest: list, raw: str) -> bool:
    """A citation's byline before the link ``rest[0]`` of a paper: surnames (``Vinyals and
    Quoc``, ``Verma, Lamb, Bengio``, ``Sutton & Barto``, ``David L. Donoho``) or people's
    full names (``Liang Wu, Huan Liu``) closed by a mark or a year, after a date
    (``Feb, 2018, ``, ``raw``: the text before it was read past) or before a venue or a year
    after the link (``### Vinyals and Quoc [Title](url) ICML 2015``), or before a title of
    four words or more; the link's text is a title, not a site, a journal's name, a talk's
    label or the surnames. Not a short title: a title's word or noun, mostly verbs (``Look,
    Listen and Learn``) or words alike (``Bigger, Better, Faster``, ``Pixels, Voxels, and
    Views``) before a link of no citation."""
    link, said = rest[0][1], rest[0][0].strip()
    if link is None or link_role(link) != "paper" or names_link_kind(said) or _TALK.search(said):
        return False
    if _NOT_TITLE.search(said) or A.byline_names(_YEAR_END.sub("", said).strip(" .,")):
        return False  # ``[IEEE Sensors Journal](doi)``, ``[Schwarzer, Courville](arxiv)``
    lead = _YEAR_END.sub("", text.strip())  # ``Hinton, Vinyals & Dean, 2015 [Title](url)``
    after = " ".join(g[0] for g in rest[1:4] if g[0] != "\n")
    cited = lead[-1:] in ",." or lead != text.strip() or bool(DATE_LEAD.match(raw))
    dated = cited or find_year(after)[0] is not None  # ``Quoc [T](u) ICML 2015``
    if not dated and len(said.split()) < 4:
        return False  # ``LeCun, Bengio, Hinton [Deep Learning](url)``: unsure, as written
    topical = (
        A.title_worded(lead) or _NOUN.search(lead.lower()) or (_verbs_or_alike(lead) and not cited)
    )
    named = A.byline_names(lead.strip(" .,")) and not topical
    people = "," in lead and A.people(lead.strip(" .,")) and not topical  # ``Liang Wu, Huan Liu``
    return bool(named or people) and linked_title(said, 2 if cited else 3) is not None


def _titled(lead: str) -> bool:
    """Words of a title before its quoted link, not names (``Look, Listen and Learn``,
    ``Pixels, Voxels, and Views``, a title's noun or wording)."""
    return bool(A.title_worded(lead) or _NOUN.search(lead.lower()) or _verbs_or_alike(lead))


def _verbs_or_alike(lead: str) -> bool:
    """Mostly verbs (``Look, Listen and Learn``) or words alike (``Bigger, Better, Faster``,
    ``Pixels, Voxels, and Views``): a short title's words, not surnames."""
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", lead)} - {"and"}
    verbs = len(words & _TITLE_VERBS) * 2 >= len(words)
    ends = ("s", "er")
    return verbs or (len(words) > 1 and any(all(w.endswith(e) for w in words) for e in ends))


_TITLE_VERBS = frozenset(
    "divide conquer look listen learn show tell attend ask answer search rescue hide seek "
    "read write draw paint sing dance trust verify plan act think speak see hear move go "
    "stop grow prune train test detect track segment generate edit sample acquire attack "
    "infer repeat explore exploit imagine reason remember forget watch walk run cut paste "
    "copy fly jump swim build break fix".split()
)
_NOUN = re.compile(r"[a-z]{3,}(?:tion|sion|ness|ity|ics|ism)s?\b")
"""A word of a title's noun (``Generalization``, ``Robustness``), which surnames rarely end in
(``-ence`` and ``-ment`` do: ``Lawrence``, ``Clement``)."""
_TALK = re.compile(
    r"(?i)^\s*(?:slides?|talk|poster|notebook)\b|\b(?:talks?|blog\s*post|notebook|walkthrough|"
    r"recording|video\s+(?:of|from|explanation)|xplore|digital\s+library|openreview|scholar|"
    r"papers\s+with\s+code|forum|award|spotlight|oral\s+presentation|kaggle|youtube)\b"
)
"""Link text of a talk, a post, a notebook, a site or an award (``Video Diffusion Models`` is a
title)."""
_NOT_TITLE = re.compile(
    r"^(?:The\s+)?(?:Journal|Transactions|Proceedings|Annals|Advances\s+in)\b|\bTransactions\s+on\b"
    r"|\b(?:Journal|Letters|Magazine|Review)$"
)
"""A journal's name as a link's text (``[Machine Learning Journal]``, ``[Transactions of the
ACL]``), not a title holding ``Computation`` or ``Advances in``."""
_YEAR_END = re.compile(r",?\s*\(?(?:19|20)\d\d\)?\s*$")


def linked_title(text: str, least: int) -> str | None:
    """A link's text that reads as a paper's title (``least`` words or more), not a venue
    and an award (``ICCV 2017 Best Paper``), authors, a maker (``Microsoft Research Asia``)
    or a sentence about the link (``Read it on arXiv``)."""
    cand = clean_title(text)
    words = cand.split()
    if len(words) < least or not title_like(cand) or C.is_context_text(cand):
        return None
    venue = C.VENUE_RE.match(cand)
    award = (venue and all(w.lower() in _AWARD for w in cand[venue.end() :].split())) or (
        _PRIZE.search(cand) and find_year(cand)[0] is not None  # ``Winner of ILSVRC 2017 ...``
    )
    maker = makers(cand) and len(words) <= 4  # not ``Apple Intelligence Foundation Models``
    people = A.author_lead(cand) or "et al" in cand or A.names_like(cand)
    about = words[0].lower() in _VERBS and bool(_ABOUT.search(cand))
    about = about or bool(_LINK_NOTE.search(cand)) or C.VENUE_RE.match(cand) is not None
    return None if award or maker or people or about else cand


_LINK_NOTE = re.compile(
    r"(?i)^(?:technical\s+report|arxiv|pdf|paper|full\s+text)\b|\bon\s+arxiv\b|"
    r"camera[-\s]ready|open\s+access|\bversion\s+with\b|\bappendix\b"
)
"""``Technical report on arXiv``, ``CVPR 2022 Open Access``, ``arXiv version with
appendix``: what the link is, not the title (``Qwen Technical Report`` stays a title)."""


_AWARD = frozenset(
    "best paper award oral spotlight poster honorable mention highlight open access finalist "
    "runner-up workshop".split()
)
_PRIZE = re.compile(r"(?i)\b(?:winner|won|award|best paper|oral|spotlight|honou?rable)\b")
_VERBS = frozenset("read see check find get download visit watch view try".split())
_ABOUT = re.compile(r"(?i)\b(?:it|here|paper|arxiv|pdf|link|more details)\b")


JOURNAL_WORD = re.compile(r"\b(?:Journal|Transactions|Proceedings|Letters|Magazine|Annals)\b")
"""A word only a publication's name holds (not ``Representations``, a title's word too)."""


TOOL_PAGES = frozenset(("code", "project", "docs"))
"""A tool's repository, site or documentation, named by the tool."""
_SEPARATED = re.compile(r"\s*(?P<s>[-–—|:：,])\s*(?:\[[^\[\]\n]{1,30}\]\s*(?P=s)\s*)?")
"""One separator, or a short tag in brackets between two of the same (``[Chiron](repo) -
[Python] - [Chiron: translating ...](paper)``: the tool's language)."""


def paper_after_code(link: Run, rest: list) -> str | None:
    """The title of the paper link that follows a code link's name after a colon or a comma
    (``[ZeRO](repo), [ZeRO: Memory Optimizations ...](arxiv)``): not a link named by its kind
    (``[Preprint on bioRxiv]``, ``[Published version in Nature]``), and after a comma only
    the one paper link (``[fairseq](repo), [Paper A](arxiv), [Paper B](arxiv)`` is the tool's)."""
    if link_role(link) not in TOOL_PAGES or len(rest) < 2 or not _SEPARATED.fullmatch(rest[0][0]):
        return None
    nxt = rest[1][1]
    if nxt is None or link_role(nxt) != "paper" or _KIND_WORDS & set(nxt.text.lower().split()):
        return None
    if JOURNAL_WORD.search(nxt.text):  # ``[Nature Reviews Bioinformatics](url)``: a venue
        return None
    more = any(seg[1] is not None and link_role(seg[1]) == "paper" for seg in rest[2:])
    return None if more and rest[0][0].strip() == "," else linked_title(nxt.text, 3)


_KIND_WORDS = frozenset(
    "preprint published version page pdf paper website docs documentation article journal "
    "library digital entry thread discussion scholar xplore academic openreview anthology".split()
)
"""Words that name what kind of page a link is, not the paper's title."""


def tool_paper_title(link: Run, rest: list) -> tuple[str, str] | None:
    """The title of the paper a code link's item names, with its evidence: a paper link
    after the name (:func:`paper_after_code`), or a quoted title right before a paper link
    named by its venue and year (``[Brian2](repo) <badge> : A simulator. "Brian 2, an
    intuitive and efficient neural simulator". (**[Elife 2019](url)**)``)."""
    if (title := paper_after_code(link, rest)) is not None:
        return title, "paper link text after the code link"
    if link_role(link) not in TOOL_PAGES:
        return None
    if (title := _labelled_paper(rest[:16])) is not None:
        return title, "labelled paper link after the code link"
    for k, (text, nxt, _, _) in enumerate(rest[:12]):
        if text == "\n":
            return None
        if nxt is None or link_role(nxt) != "paper":
            continue
        m = QUOTED_END.search(rest[k - 1][0][-400:]) if k and rest[k - 1][1] is None else None
        cand = clean_title(m["t"]) if m and venue_dated(nxt) else ""
        ok = len(cand.split()) >= 3 and title_like(cand)
        return (cand, "quoted title before the venue's paper link") if ok else None
    return None


_ASIDES = frozenset(("blog", "docs", "other"))
_LABEL_WORDS = re.compile(
    r"(?i)\b(?:paper|arxiv|pdf|full\s+text|version|camera[- ]ready|published|preprint)\b"
    r"|(?i:^(?:read|see|view|download|get)\b)"
)
"""Words of a link's label (``[Spektral white paper]``, ``[Full text on arXiv]``), no title's
(not ``report``: ``[GPT-4 Technical Report](arxiv)`` is a title)."""


def aside_before_paper(link: Run, rest: list) -> int | None:
    """Where in ``rest`` a titled paper link stands on the same line as ``link``, a post,
    documentation or another page titled in its own words (``[Expressive power of GNNs and
    the WL test](blog) and [How Powerful are Graph Neural Networks?](arxiv)``): the paper's
    own text is its title. None when there is none (or ``link`` is a paper, code or project)."""
    if link_role(link) not in _ASIDES:
        return None
    for k, (text, nxt, _, _) in enumerate(rest[:12]):
        if text == "\n":
            return None
        if nxt is not None and link_role(nxt) == "paper":
            cand = clean_title(text)
            ok = len(cand.split()) >= 3 and title_like(cand) and not _LABEL_WORDS.search(cand)
            venue, year = find_venue(cand)  # ``[ECCV 2022 Oral Presentation]``, not a title's
            named = (
                A.names_like(cand) or A.SURNAME_LIST.fullmatch(cand) or _opens(cand, venue, year)
            )
            return k if ok and not (named or C.is_context_text(cand)) else None
    return None


_OURS = re.compile(r"(?i)\b(?:our|we)\b")
_LEAD_WORDS = re.compile(
    r"\b(?:corresponding|related|original|companion)\s+(?:papers?|work|material)(?:\s+(?:is|are))?"
    r"\s*[:,]?$"
)
"""``and the corresponding paper [Title](u)``, ``Related material are: [Title](u)`` (in lower
case: a title that ends ``Related Work`` is read as one)."""


def _opens(text: str, venue: str | None, year: int | None) -> bool:
    """``text`` opens with a venue and its year: a label (``ECCV 2022 Oral Presentation``)."""
    return bool(venue and year and text.startswith(venue))


_OTHER_FORM = re.compile(
    r"(?i)\b(?:proceedings|version|published|camera[- ]?ready|copy|entry|page|pdf|v\d+|paper|implementation"
    r"|extended|journal|preprint|arxiv|semantic\s+scholar|award|slides|video|(?:19|20)\d\d)\b"
)
"""Words of a link to the paper before it in another form (``[NeurIPS proceedings page]``,
``[Extended version in TPAMI]``, ``[arXiv v2 of the paper]``), not of another paper's title."""
_STRONG_FORM = re.compile(r"(?i)proceedings|version|published|camera|extended|semantic")
"""Words of another form of a paper in a link text of any length; the others only in a
short one (``[arXiv v2 of the paper]``)."""
_REPORT = re.compile(r"(?i)\breport\b")
_MODEL_REPORT = re.compile(r"\S+(?:\s+\S+){0,3}\s+Technical\s+Report\b")


def other_form(text: str, *, later: bool) -> bool:
    """A link's text naming another form of the paper before it (:data:`_OTHER_FORM`), or a
    ``later`` link's report (``[Longer technical report](pdf)``, ``[… Tech Report (UCSC '08)]``;
    not a model's own ``[Qwen2 Technical Report](arxiv)``, a paper's title)."""
    report = later and _REPORT.search(text) is not None and not _MODEL_REPORT.match(text)
    form = _OTHER_FORM.search(text)  # a long title's own word (``... against Spectre v1``)
    form = None if form is None or text[form.end() : form.end() + 1] == "-" else form  # Video-X
    after = text[form.end() :].split()[:1] if form is not None else []
    lead = form is not None and len(text[: form.start()].split()) < 2  # ``[Journal paper in …]``
    lead = lead and bool(after) and (after[0][0].islower() or _OTHER_FORM.fullmatch(after[0]))
    short = len(text.split()) <= 5 or lead or (form is not None and _STRONG_FORM.match(form[0]))
    return report or (form is not None and bool(short))


def leads_in(text: str) -> bool:
    """Text that runs on into the link after it: a function word (``PPL from [Title](u)``) or
    a sentence (``This lecture is based on 1) [Title](u)``), not one that names the list's own
    paper (``please visit our [Survey](u)``)."""
    prose = C.is_prose(text) or _LEAD_WORDS.search(text) is not None
    return bool(C.OPEN_END.search(text)) or (prose and not _OURS.search(text))


_PAPER_LABEL = re.compile(r"(?i)(?:^|[.;|]|\n)\s*(?:paper|thesis)\s*[:：]\s*$")
"""A bare ``Paper:`` or ``Thesis:`` label (not ``Based on the paper:``, another work's)."""


def _labelled_paper(rest: list) -> str | None:
    """``[gym-idsgame](repo) ... Paper: <a href="arxiv">(2020) Title</a>``: the title of the
    paper link a ``Paper:`` label names, on the code link's lines (four words or more)."""
    for before, after in itertools.pairwise(rest):
        nxt = after[1]
        if nxt is not None and before[1] is None and _PAPER_LABEL.search(before[0]):
            return linked_title(nxt.text, 4) if link_role(nxt) == "paper" else None
    return None


def venue_dated(link: Run) -> bool:
    """``[Elife 2019]``, ``[IEEE Signal Processing Magazine 2019]``: a paper link named by
    its venue and year (eight words at most), after a quoted title."""
    return len(link.text.split()) <= 8 and find_year(link.text) is not None


QUOTED_END = re.compile(r"""["“](?P<t>[^"“”]{8,300})["”]\s*[.,;:]?\s*[(\[]?\s*$""")


def next_paper_title(segs: list) -> str | None:
    """The title of the link that comes right after (spaces only between): three words or
    more, no authors (``Adam [Kingma and Ba, ICLR 2015](arxiv)``), no one's page or a site's
    label (``YOLOv3 [Joseph Redmon's homepage](site)``) and no code's, post's or docs' link;
    a project page's titled link counts (``NeRF [NeRF: Representing …](site) [[paper]](arxiv)``)."""
    for text, link, _, _ in segs:
        if link is None and text.strip():
            return None
        if link is not None:
            role = link_role(link)  # a project page's only as ``Name: Title`` (not a demo's)
            kind = role == "paper" or (role in ("other", "project") and ":" in text)
            cand = linked_title(text, 3) if kind and not _HOME.search(text) else None
            named = cand is not None and (A.names_like(cand) or A.SURNAME_LIST.fullmatch(cand))
            return None if named else cand
    return None


_HOME = re.compile(
    r"(?i)\b(?:homepage|home page|website|site|blog|guide|organi[sz]ation|profile)\b|['’]s\b"
)


_DESCRIBING = re.compile(r"[a-z]+(?:s|ed)\s+[a-z]")  # ``introduces ...``: about the paper


def later_title(segs: list) -> str | None:
    """A title written after the links on the same line (``AVOS - [paper] - Title``)."""
    for text, link, _, _ in segs:
        if text == "\n":
            return None
        if link is None:
            cand = clean_title(text)
            if len(cand.split()) >= 3 and title_like(cand) and not C.is_context_text(cand):
                noted = text.lstrip().startswith((":", "：")) and CJK.search(cand)  # a note
                prose = noted or _DESCRIBING.match(cand) or JOURNAL_WORD.search(cand)  # a venue's
                return None if A.BYLINE.search(cand) or prose else cand  # (``introduces ...``)
    return None
