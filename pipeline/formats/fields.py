"""Fields by role, from runs: links, title, short name, year and venue, each with its
evidence (``paperlist parse`` shows it). Pure."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from pipeline import arxivid
from pipeline.formats import authors as A
from pipeline.formats import boldtags as BT
from pipeline.formats import bylines as BY
from pipeline.formats import citations as C
from pipeline.formats import dashitalic as DI
from pipeline.formats import describing as D
from pipeline.formats import labels as LB
from pipeline.formats import piped as PD
from pipeline.formats import titletails as T
from pipeline.formats.bracketed import bracketed_alone, journal_name, journal_tag
from pipeline.formats.chicago import chicago_title
from pipeline.formats.citations import is_context_text, is_prose  # noqa: F401 (the readers' API)
from pipeline.formats.cleantitle import clean_title, title_like, unwrapped
from pipeline.formats.colontail import colon_tail, comma_title
from pipeline.formats.common import YEAR_TAG, several_words
from pipeline.formats.contextfacts import context_facts  # noqa: F401
from pipeline.formats.dashitalic import dated_lead, italic_after_name, note_then_link
from pipeline.formats.dates import DATE, VENUE_DATE_TAG, find_venue, find_year  # noqa: F401
from pipeline.formats.highlighted import member_byline_title
from pipeline.formats.labels import is_generic, labelled_name, lower_label, names_site, strip_label  # noqa: F401
from pipeline.formats.links import (  # noqa: F401 (the readers' API)
    CODE_HOSTS,
    badge_text,
    code_beside_pages,
    link_archive,
    link_role,
    side_label,
)
from pipeline.formats.paperpages import PAPER_HOSTS  # noqa: F401 (the readers' API)
from pipeline.formats.pieces import after_paren_tags, segments
from pipeline.formats.piped import JOURNAL_WORD, linked_title, piped_link_title, tool_paper_title
from pipeline.formats.runs import Run
from pipeline.formats.searchpages import profile_page


@dataclass(frozen=True)
class TitleGuess:
    """A title, an optional short name, and the evidence that chose them."""

    title: str
    short_name: str | None
    evidence: str
    line: int


def chicago_guess(runs: list[Run]) -> TitleGuess | None:
    """A Chicago citation's quoted title, wrapped over lines (:func:`.chicago.chicago_title`)."""
    found = chicago_title(runs) if runs and runs[0].kind == "text" else None
    return found and TitleGuess(found[0], None, "quoted title after the authors and year", found[1])


TITLE_SEGMENTS = 64  # pieces of a line looked at for its title: it stands among the first


def guess_title(runs: list[Run], *, cell: bool = False) -> TitleGuess | None:
    """The entry's title among ``runs``: bold text, a title-like link text, or the text
    before the first link; a short bold name followed by ``: rest`` is kept as a short
    name. In a title ``cell`` any text counts; elsewhere it must look like a title."""
    return _guessed(tuple(runs), cell)


@functools.lru_cache(maxsize=1 << 14)  # pure; a reader asks about the same line often
def _guessed(runs: tuple[Run, ...], cell: bool) -> TitleGuess | None:
    segs = segments(list(runs))  # (read once: both readers below look at them)
    guess = _dashed(list(runs), segs) or _guess_title(segs, cell=cell)
    name = guess.short_name if guess is not None else None
    if name and D.said_twice(name, guess.title):
        return replace(guess, title=guess.title[len(name) + 2 :])  # ``Fast R-CNN: Fast R-CNN``
    if guess is None or name:
        return guess
    name = D.lead_name("".join(r.text for r in runs[:3] if r.kind == "text"), guess.title)
    return guess if name is None else replace(guess, short_name=name)  # ``(CGCNN) Title``


def _dashed(runs: list[Run], segs: list) -> TitleGuess | None:
    """``**Name** — *Title, with commas*. Venue``: the italics (:mod:`.dashitalic`); ``Names
    (2006). [Title](doi)``: the link after the byline (:func:`.bylines.byline_then_title`)."""
    dashed = italic_after_name(runs)
    if dashed is not None and title_like(dashed[0]):
        return TitleGuess(*dashed[:2], "italic title after the bold name", dashed[2])
    if (cited := BY.byline_then_title(segs)) is not None:
        return TitleGuess(cited[0], None, "link after the byline", cited[1])
    if (italic := DI.italic_after_byline(runs)) is not None:  # ``Names. _Title_. [link](pdf)``
        return TitleGuess(italic[0], None, "italic title after the byline", italic[1])
    if (before := DI.title_before_cited(runs)) is not None:  # ``Title. *Goyal et al.* [pdf](u)``
        return _with_short(before[0], "title before the italic authors", before[1])
    noted = note_then_link(runs)  # ``*a note on it* [Title](paper)``
    return None if noted is None else TitleGuess(noted[0], None, "link after a note", noted[1])


def _guess_title(segs: list, *, cell: bool = False) -> TitleGuess | None:
    skip = 0
    for i, (text, link, bold, line) in enumerate(segs[:TITLE_SEGMENTS]):
        if text == "\n" or i < skip:
            continue
        if link is not None:
            cand = _link_title(text, link, segs[i + 1 :])
            aside = PD.aside_before_paper(link, segs[i + 1 :]) if cand is not None else None
            if cand is not None and aside is None:
                return _from_link(cand, link, segs[i + 1 :], bold, line)
            skip = i + 1 + (aside or 0)  # on to the paper's link
            continue
        if BY.authors_not_title(segs, i, PD.later_title):
            continue  # ``A. Author and B. Author. 2017. [Title](url)``: the authors
        if bold and (value := BT.paper_labelled(segs, i)) is not None:
            return TitleGuess(value, None, "title after a paper label", line)
        label = BT.field_label(segs, i) if bold else None
        if label is not None:  # ``**Publication Year**: 1995``: a label, then its value
            if (value := BT.labelled_title(label, segs[i + 1 :])) is not None:
                return TitleGuess(value, None, "labelled title", line)
            continue
        boxed = bold and text.strip()[:1] == "[" and text.strip()[-1:] == "]"  # ``**[A / B]**``
        text = T.unbracketed(text, segs[i + 1][0] if i + 1 < len(segs) else "") if bold else text
        cand = clean_title(text)
        if _no_title(cand, text) or (bold and D.open_note(text, segs[:i], segs[i + 1 :])):
            cand = None if bold else _bracketed_before_labels(text, segs[i + 1 :])
            if cand is None:
                continue
        tagged = BT.after_tag(segs, i) if bold else None
        if tagged is not None:  # ``[**GDSS**, *ICML 2022*] Title``: a name tag, then the title
            return TitleGuess(tagged, cand, "text after the bracketed name", line)
        boxed = boxed and _next_link_title(segs[i + 1 :]) is not None  # over a linked title
        tag = bold and (BT.bracketed(segs, i) or boxed)
        if tag and (_YEAR_END.search(cand) or PD.later_title(segs[i + 1 :]) or boxed):
            continue  # ``[**Topic**] Title``: a tag before the title, not the title
        if bold:
            return _bold_lead(cand, text, segs, i, line)
        linked = _next_link_title(segs[i + 1 :]) if PD.leads_in(cand) else None
        if linked is not None and len(linked.split()) >= 4:  # ``PPL from [Title](url)``
            return TitleGuess(linked, None, "link text after a lead-in", line)
        labelled = _before_colon(text, cand, segs[i + 1 :], line)
        if labelled is not None:
            return labelled
        if (named := _name_then_link(cand, text, segs[i + 1 :], line)) is not None:
            return named
        if (dated := _dated_tag_title(cand, text, segs[i + 1 :])) is not None:
            return TitleGuess(dated, None, "link text after a dated tag", line)
        cited = PD.comma_byline(text, cand)  # ``Hatcher, [*Algebraic Topology*](pdf)``
        if len(cand.split()) == 1 or cited or LB.tags_only(cand):  # ``2018-ICLRo-[T](u)``: a tag
            rest = segs[i + 1 :]  # ``Fawcett (2006) [Title](pdf), Venue.``: the paper's link
            later = PD.next_paper_title(rest) or PD.later_title(rest) or _next_link_title(rest)
            if later is not None and len(later.split()) >= 3 - bool(cited):
                named = not LB.reading_label(cand) and (LB.name_like(cand) or not cited)
                short = cand if named else None  # not ``Reading:``, ``Hatcher, [*Title*](u)``
                return TitleGuess(later, short, "text after the name", line)
        if cell or several_words(cand) or _next_is_paper_link(segs[i + 1 :]):
            return _with_short(cand, "text", line)
    return _badge_name(segs)


def _dated_tag_title(cand: str, text: str, rest: list) -> str | None:
    """A paper link's title after a short dated tag glued to it (``Euro-Par'25 (LNCS)-[Title]``),
    not after a title and its venue (``Title (CVPR 2016 Oral)-[arXiv](url)``)."""
    if not rest or rest[0][1] is None or not dated_lead(cand, text, rest[0][0]):
        return None
    linked = _link_title(rest[0][0], rest[0][1], rest[1:]) or ""  # not ``[PDF on arXiv]``:
    ok = len(linked.split()) >= 3 and not LB.names_link_kind(linked)
    return linked if ok and link_role(rest[0][1]) == "paper" else None


def _link_title(text: str, link: Run, rest: list) -> str | None:
    """A link's cleaned text that may title it: no anchor, badge, icon, venue or site name."""
    if link.alt_only or link_role(link) in ("anchor", "badge") or profile_page(link.url):
        return None  # (``[Bo Zhang](ieeexplore.ieee.org/author/N)``: a person, not a title)
    cand = clean_title(unwrapped(text, rest))
    if not title_like(cand) or LB.icon_only(text) or C.is_context_text(cand):
        return None
    return None if _site_label(cand, link) or LB.sample_label(cand) else cand


def _bracketed_before_labels(text: str, rest: list) -> str | None:
    """``[Title] [[scholar]](url) [[arXiv]](url)``: a bracketed title before a label's link."""
    inner = bracketed_alone(text)
    nxt = rest[0] if rest else None
    if inner is None or nxt is None or nxt[1] is None or _link_title(nxt[0], nxt[1], []):
        return None
    cand = clean_title(inner)
    named = A.names_like(cand) or A.SURNAME_LIST.fullmatch(cand)  # ``[Zhang, Li and Wang]``
    if len(cand.split()) < 4 or named or JOURNAL_WORD.search(cand) or _no_title(cand, cand):
        return None  # (``[IEEE Transactions on Neural Networks ...]``: the venue)
    return cand


def _no_title(cand: str, text: str) -> bool:
    """``cand`` (from ``text``) is no title: a venue, a date, an award or a year tag. Lazy."""
    no = not title_like(cand) or C.is_context_text(cand) or T.date_or_award(cand, text)
    return no or YEAR_TAG.fullmatch(text) is not None or lower_label(text)


def _from_link(cand: str, link: Run, rest: list, bold: bool, line: int) -> TitleGuess:
    """The title a title-like link text gives, with the text that carries it on."""
    paren = arxivid.from_url(link.url) is not None  # ``[SPPNet](arxiv) (Spatial Pyramid …)``
    byline = BY.byline_link(cand)  # ``[Hardy et. al.(LR)](url) - Title``
    after = BT.title_after(rest, cand, paren=paren, linked=True) if len(cand.split()) <= 2 else None
    after = BY.dashed_title(rest) if byline else after
    after = None if after and BY.cited_tail(link.text, after) else after  # ``["Deep learning."](url) Nature 521: 1``  # fmt: skip
    closed = bool(rest) and rest[0][0].startswith("]")  # ``[[X](url)] ...``
    named = closed and rest[0][0].lstrip(" ]").startswith(f"{cand}:")  # ``[[X](url)] X: title``
    dated = closed and (BT.venue_dated(cand, link.text) or bool(LB.SNAKE_TAG.fullmatch(cand)))
    journal = closed and journal_name(cand)  # ``[[MIA](url)] Title``: no method's name
    if after is None and closed and (journal_tag(cand) or named or dated):
        after = BT.title_after(rest, cand, cased=False)  # ``[[IJRR](paper)] Challenging data sets``
    if after is not None:  # ``[[**MegaFS**](paper)] One Shot Face Swapping``
        named = None if dated or byline or journal else cand
        return TitleGuess(after, named, "text after the name link", line)
    named = len(cand.split()) <= 3
    paper = tool_paper_title(link, rest) if named else None
    if paper is not None:  # ``[ALaCarte](repo): [A La Carte Embedding: ...](paper)``
        return TitleGuess(paper[0], cand.rstrip(":"), paper[1], line)
    dash = cand if "," not in cand else ""  # ``[SLiM](paper) — Scalable Feature Matching``
    page = link_role(link) != "code"  # a page's name (not a repository's), a title and ``.``
    tail = colon_tail(rest, 3 if dash else 4, dash, page) if named else colon_tail(rest, 2)
    if tail is not None and named:  # ``[Megatron-LM](url): Training …``
        name = cand.rstrip(":")
        return TitleGuess(f"{name}: {tail}", name, "link text and the title after it", line)
    if tail is not None and not cand.endswith(":"):  # ``[Boosting … with C4](url): A … Approach``
        return _with_short(f"{cand}: {tail}", "link text and its subtitle after it", line)
    if name := labelled_name(cand):  # ``[**EarthGPT(Paper)**](url)``: a name and a label
        return TitleGuess(name, None, "link text without its label", line)
    return _with_short(cand, "bold link text" if bold else "link text", line)


def _site_label(text: str, link: Run) -> bool:
    """``[mlr.press](…)``, ``[usenix](…)``, ``[nips](…)`` on a paper link: the site or venue."""
    if link_role(link) != "paper":
        return False
    return names_site(text, link.url) or (text.islower() and C.is_context_text(text.upper()))


def _before_colon(text: str, cand: str, rest: list, line: int) -> TitleGuess | None:
    """``Name: [Title](url)``: a short name and the linked title; ``Journal of Things:
    [Title](paper)``: a longer label before a paper link that carries the title."""
    if not text.rstrip().endswith((":", "：")):
        return None
    whole = _next_link_title(rest)  # not ``[CVPR 2018](url)``
    if whole is not None and len(cand.split()) <= 3:  # the link's text is the whole title
        name = cand.rstrip(" :：")  # ``2023年 NeurIPS: [Title](url)``: a date, not a name
        dated = bool(re.search(r"(?:19|20)\d\d", name)) or C.is_context_text(name)
        return TitleGuess(whole, None if dated else name, "link text after a name", line)
    if whole is not None and len(whole.split()) >= 3 and _next_is_paper_link(rest):
        return TitleGuess(whole, None, "paper link text after a label", line)
    return None


def _badge_name(segs: list) -> TitleGuess | None:
    """``- [![LoCoOp](badge)](arxiv)``: a paper badge's alt text, the block's only name."""
    if any(link is None and text.strip(" \n,.;|-") for text, link, _, _ in segs):
        return None
    first = next((link for _, link, _, _ in segs if link is not None), None)
    name = first.text.strip() if first and first.alt_only and link_role(first) == "paper" else ""
    dated = C.is_context_text(name) or find_year(name)[0] is not None  # ``CVPR 2024``: a venue
    dated = dated or LB.figure_name(name)  # ``[![timeline](Timeline.png)](paper)``: a figure
    if not 0 < len(name.split()) <= 3 or is_generic(name) or not title_like(name) or dated:
        return None
    return TitleGuess(name, name, "badge alt text (the block's only name)", first.line)


_YEAR_END = re.compile(r"(?:19|20)\d\d$")  # ``[**Remote sensing 2024**] [Title](url)``: a venue


def _name_then_link(cand: str, text: str, rest: list, line: int) -> TitleGuess | None:
    """``ABC-GAN - [Title](url)`` (a name of three words at most, a dash), ``NVIDIA MineDojo
    [MineDojo: ...](arxiv)`` (two words, a title of four or more; not ``Deep Learning[1](u)``)."""
    dashed = re.search(r"\s[-–—]\s*$", text) is not None and len(cand.split()) <= 3
    nxt = next((s[1] for s in rest if s[1] is not None), None)
    paper = nxt is not None and link_role(nxt) == "paper"  # not ``[Meta AI project page](site)``
    spaced = len(cand.split()) == 2 and text.endswith(" ") and paper
    linked = _next_link_title(rest) if dashed or spaced else None
    if linked is None or len(linked.split()) < (3 if dashed else 4) or not linked[0].isupper():
        return None
    if spaced and (JOURNAL_WORD.search(linked) or re.search(r"\b(?:Vol|Volume)\b", linked)):
        return None  # ``Neural Processes [Proceedings of Machine Learning Research](url)``
    dated = VENUE_DATE_TAG.fullmatch(cand) is not None  # ``TIST 201902 - [Title](url)``
    return TitleGuess(linked, None if dated else cand, f"link text after the {'date' if dated else 'name'}", line)  # fmt: skip


def _next_link_title(segs: list) -> str | None:
    """The title-like text of a link that comes right after (``Name: [Title](url)``)."""
    for text, link, _, _ in segs:
        if link is None:
            if text.strip():
                return None
            continue
        if link.alt_only or link_role(link) in ("anchor", "badge"):
            return None
        cand = linked_title(text, 2)  # not a venue, an award, authors or a maker
        return cand if cand is not None and not _site_label(cand, link) else None
    return None


def _next_is_paper_link(segs: list) -> bool:
    """The next link is the paper's, or only labels before it (``BM3D [[Web]](…) [[PDF]](…)``)."""
    for text, link, _, _ in segs:
        if text == "\n":
            return False
        if link is not None and link_role(link) == "paper":
            return True
        if link is None and text.strip().strip(" []()|,·-\u00a0") and not LB.dead_labels(text):
            return False
        if link is not None and not is_generic(link.text):
            return False
    return False


def _tag_at_end(text: str, rest: list) -> bool:
    """A short bold text after a name's title with only bold tags or brackets after it before
    the links (``**Name**: Title __`IEEE IOT`__ [__`CRUW`__] [[Paper](url)]``), not a bold
    word inside the title (``Fast Video Synthesis **Made** Easy``) nor one after its full stop."""
    for t, link, strong, _ in rest:
        if t == "\n" or link is not None:
            break
        if not strong and t.strip(" []()"):
            return False
    return len(text.split()) <= 4


def _with_short(title: str, evidence: str, line: int) -> TitleGuess:
    return TitleGuess(title, LB.split_short(title), evidence, line)


def _bold_lead(cand: str, text: str, segs: list, i: int, line: int) -> TitleGuess:
    """A line's first bold text's title: after tags, after a short name, or itself."""
    if len(cand.split()) <= 3 and (cited := after_paren_tags(segs, i)):
        return _bold_title(f"{cand}:", cited, line)  # ``**scGPT** (Cited by 25): Cui, H.``
    if len(cand.split()) <= 3 and (bolded := DI.bold_after_byline(segs, i)):
        return TitleGuess(bolded, None, "bold title after the byline", line)  # ``**X**. A, **T**``
    if len(cand.split()) <= 4 and (quoted := member_byline_title(segs, i)):
        return TitleGuess(quoted, None, "quoted title after the authors", line)  # ``A, **B**, "T"``
    colon = text.rstrip(" *_").endswith((":", "："))
    closed = BT.closed_bold(segs, i, cand)  # ``**Title.**``, ``"**Knowledge Graphs**"``
    named = len(cand.split()) <= 4 and BT.bold_tag_next(segs, i)
    tag = (len(cand.split()) <= 2 or named or BT.journal_tag(cand.split())) and not colon
    after = BT.title_after(segs[i + 1 :], cand) if tag and not closed else None
    if after is not None:  # ``**`Learning`** **`ICRA`** Title [pdf]``: tags, then the title
        return TitleGuess(after, cand if named else None, "text after the bold tags", line)
    return _bold_title(cand + (":" if colon else ""), segs[i + 1 :], line)


def _bold_title(bold: str, rest: list, line: int) -> TitleGuess:
    """A bold lead: the title itself, or a short name followed by ``: title``/a link."""
    words = bold.rstrip(":").split()
    linked = piped_link_title(rest, bold)  # ``**Long Name** (**ABBR**) | [Title](paper)``
    if linked is not None:
        return TitleGuess(linked, bold, "paper link text after the bold name", line)
    tail, stop, closed, tagged = "", len(rest), None, False
    for n, (text, link, strong, _) in enumerate(rest):
        if text == "\n" or link is not None:  # (a titled link: its text, not the tagline)
            stop, closed = n, None if link and text.count(" ") > 1 and not is_generic(text) else closed  # fmt: skip
            break
        closed = tail if strong and closed is None and tail.rstrip().endswith(".") else closed
        tagged = tagged or (strong and closed is None and len(tail.split()) >= 4 and _tag_at_end(text, rest[n + 1 :]))  # fmt: skip
        tail += "" if tagged else text
    cited = len(words) <= 6 and BY.names_then_title_link(tail.lstrip(" :：-–—"), rest[stop:])
    if cited:  # ``**DVS (Dynamic Vision Sensor)**: Lichtsteiner, P., ..., *[Title](doi)*``
        title = clean_title(next(t for t, link, _, _ in rest[stop:] if link is not None))
        return TitleGuess(title, bold.rstrip(": "), "paper link text after the authors", line)
    after = BT.title_after_name(tail, bold) or BT.title_under_name(words, tail, rest[stop:])
    after = after or (BT.bracketed_title(tail) if len(words) <= 2 else None)  # ``**GRM** (Title)``
    if after is not None:
        return TitleGuess(after, bold.rstrip(": "), "title after the bold name", line)
    longer = D.continued(bold, tail, colon=len(words) > 3 or len(bold) > 30)
    if len(words) > 3 or len(bold) > 30 or longer is not None:
        if longer is not None:
            return TitleGuess(clean_title(longer), None, "bold text and the rest of it", line)
        return _with_short(bold, "bold text", line)
    m = re.match(r"^\s*(.+)$" if bold.endswith(":") else r"^\s*[:：\-–—]\s*(.+)$", tail)
    # ``**Name** — what it does``: in lower case, or in Chinese, Japanese or Korean
    dash = re.match(r"^\s*[\-–—]\s*(?:[a-z]|.*[\u3040-\u9fff\uac00-\ud7af])", tail) is not None
    if m and not dash:
        after = clean_title(m.group(1))
        short = bold.rstrip(": ")
        names = after.split(" (")[0]  # ``— Jorge Pérez, Pablo Barceló (2021, JMLR ...)``
        titled = len(short.split()) >= 3  # ``**Attention is Turing-Complete** — J. Pérez, ...``
        named = A.TWO_SURNAMES.fullmatch(after) or (titled and A.people(names))
        raw = m.group(1).split(" et al")[0].strip(" ,")  # ``— Daochang Liu, Qiyue Li, et al.``
        named = named or (titled and " et al" in m.group(1) and A.people(raw))
        named = named or BT.ET_AL_LEAD.match(m.group(1))  # ``**Point Transformer** — Zhao et al.``
        if 2 <= len(after.split()) <= D.MAX_TITLE_WORDS and not (
            D.describes(after, short) or named
        ):
            named = re.match(rf"{re.escape(short)}\b", after, re.I)  # ``**scBERT**: scBERT as``
            title = after if named else f"{short}: {after}"
            return TitleGuess(title, short, "bold short name and text", line)
    titled = comma_title(closed or tail, line)  # (``**`Name`**, Title. **`arXiv 2026`**``)
    if titled:  # ``**`Matrix-Game`**, Matrix-Game: Interactive World Foundation Model.``
        return TitleGuess(titled, bold.rstrip(": "), "title after the bold name", line)
    linked = BT.link_title_after(rest)
    if linked is not None:
        return TitleGuess(linked[0], bold.rstrip(": "), "link text after bold name", linked[1])
    return TitleGuess(bold.rstrip(": "), None, "bold text", line)
