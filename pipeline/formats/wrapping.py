"""A title written over more than one line of the source: a title broken mid-sentence and
carried on below it, and a quoted title on the line under its name and authors. Pure."""

from __future__ import annotations

import re

from pipeline.formats import authors as A
from pipeline.formats import citations as C
from pipeline.formats import fields as F
from pipeline.formats.common import JOINING_WORD, SHORTCODES, mostly_capitalised
from pipeline.formats.runs import Run, lines_of, plain

WRAPPED_LINES = 4
"""Source lines a title may be broken over (``**Investigation of ... for the`` /
``prediction of parametric, ... based on`` / ``physics-informed neural networks**``)."""


def wrapped(g: F.TitleGuess, line: list[Run], below: list[list[Run]]) -> F.TitleGuess:
    """The title ``g`` of ``line`` carried on over the lines ``below`` it wraps onto."""
    for k, nxt in enumerate(below):
        if not _wraps(line, nxt, g.title) or _names(nxt):
            break  # ``**Title From**`` / ``**Alec Radford, Jong Wook Kim**``: its authors
        lead = nxt[0].text.lstrip() if nxt[0].kind == "text" else ""
        joins = lead[:1].islower() and _title_rest(lead)  # ``for Self-Supervised Learning``
        if k and not (_DANGLING.search(line[-1].text) or (line[-1].bold and nxt[0].bold) or joins):
            break  # a third line only after or before a joining word or in the same bold
        space = Run("text", " ", line[-1].line, bold=line[-1].bold and nxt[0].bold)
        line = [*line, space, *nxt]
        longer = F.guess_title(line)
        if longer is None or not longer.title.startswith(g.title) or longer.title == g.title:
            break
        g = longer
    return g


def _title_rest(lead: str) -> bool:
    """``for Self-Supervised Learning https://…``: a joining word, then capitalised words up to
    the line's address or link, no year (not ``on arXiv 2021``, ``for a gentle intro``)."""
    words = lead.split("http")[0].split()
    joined = _JOINING.match(lead) is not None and len(words) >= 2
    return joined and mostly_capitalised(words[1:]) and not re.search(r"\d{4}", lead)


def text_then_address(runs: list[Run]) -> bool:
    """Plain words (three or more, lines of them), then an address written out, closing the
    paragraph: a list that writes each paper as ``Title https://…``."""
    shown = [r for r in runs if r.kind == "link" or (r.kind == "text" and r.text.strip())]
    if len(shown) < 2 or shown[-1].kind != "link" or any(r.kind == "link" for r in shown[:-1]):
        return False
    last = shown[-1]
    bare = last.text.strip().rstrip("/") == last.url.strip().rstrip("/")
    return bare and len(" ".join(r.text for r in shown[:-1]).split()) >= 3


def address_wrapped(runs: list[Run]) -> F.TitleGuess | None:
    """A paragraph of two to four lines of plain words closed by its address written out
    (``Can Language Models Rival Mathematics Students? Evaluating`` / ``Mathematical
    Reasoning through ... Human`` / ``Experiments  https://arxiv.org/pdf/2412.11908v1``): one
    title over its lines, when no line ends a sentence or names people."""
    lines = lines_of(runs)
    while len(lines) > 2 and _badges_only(lines[-1]):
        lines = lines[:-1]  # (``[![arXiv](badge)](url)`` on the line under the address)
    runs = [r for ln in lines for r in ln]
    if not 2 <= len(lines) <= WRAPPED_LINES or not text_then_address(runs):
        return None
    said = [plain(ln).strip() for ln in lines[:-1]]
    last = " ".join(r.text for r in lines[-1] if r.kind == "text").strip(" ,;|-–—")
    if not _title_end(last) or any(
        _no_title_line(s, ln) for s, ln in zip(said, lines, strict=False)
    ):
        return None  # (the address alone on the last line: the lines above are fields)
    joined = [r for ln in lines for r in (*ln, Run("text", " ", ln[0].line))]
    g = F.guess_title(joined)
    return g if g is not None and g.evidence == "text" and len(g.title.split()) <= 40 else None


def _badges_only(line: list[Run]) -> bool:
    """A line of badges and nothing else (``[![arXiv](…)](url)``)."""
    shown = [r for r in line if r.kind != "break" and (r.kind != "text" or r.text.strip())]
    return bool(shown) and all(r.kind == "badge" or (r.kind == "link" and r.image) for r in shown)


def _title_end(words: str) -> bool:
    """The words before the address on its line carry a title to its end (``Experiments``,
    ``Learning via MCTS``): a few words, no digit, comma or bracket, no label, venue, byline
    or what a reader is told (not ``He et al., CVPR 2016``, ``Available at``, ``Read the
    paper here``, ``Preprint on arXiv``, ``Tom Brown``)."""
    if not words or len(words.split()) > 5 or _NO_TITLE_END.search(words) or F.is_generic(words):
        return False
    return not (F.is_context_text(words) or _names([Run("text", words, 0)]) or A.people(words))


_NO_TITLE_END = re.compile(
    r"[\d,;:()\[\]]|\bet\s+al\b|(?i:\b(?:available|published|preprint|arxiv|paper|code|read|here|"
    r"authors?|see|link|pdf|official|implementation|in|at|by)\b)"
)


def _no_title_line(said: str, line: list[Run]) -> bool:
    """A line above an address that no title runs over: a sentence's end, a label, a year
    or venue alone (``2021 <br>``), a short word or authors."""
    short = len(said.split()) < 2 or F.is_context_text(said)
    return short or said.endswith((".", ":")) or _names(line)


def _names(line: list[Run]) -> bool:
    """A line of authors (``Alec Radford, Jong Wook Kim``), not the rest of a title."""
    text = plain(line).strip(" *_.")
    return "," in text and people_line(text)


def people_line(text: str) -> bool:
    """``Alec Radford, Jong Wook Kim``, ``A Name, B Name — RSS 2023``: authors, not a title."""
    return A.names_like(text) or A.people(F.clean_title(text))


_DANGLING = re.compile(rf"\b{JOINING_WORD}\W*$|\w:\s*$", re.I)


_JOINING = re.compile(
    r"\s*(?:(?:for|of|in|on|with|via|and|to|from|using|towards?|under|over|into)\s"
    r"|(?:Using|For|Via|Towards?)\s(?=(?:[A-Z0-9][\w-]*\s+){1,6}[A-Z0-9][\w-]*\s*[.,\[]))"
)
"""A joining word that carries a title on: in lower case, or a capitalised one that opens
a short run of capitalised words closed by a full stop or a link (``Using 3D Geometric
Constraints. [[code](…)]``; not ``In this paper we ...`` or ``With a simple branch``)."""


_TOOL_WORDS = frozenset("pytorch tensorflow jax keras official code implementation hugging".split())
"""Words of a line on how to run a paper (``Using PyTorch Lightning.``), not of its title."""


def _wraps(line: list[Run], below: list[Run], title: str = "") -> bool:
    """``line`` ends mid-title and ``below`` carries on: the bold goes on, the text ends
    on a joining word, or the next line starts in lower case; no link on ``line`` but
    before the title that ends it (``[[CVPR](paper)] Title words``)."""
    if not below or line[-1].kind != "text":
        return False
    lead = plain(below).split("[")[0]  # the text before the line's links
    joined = bool(
        title
        and line[-1].text.rstrip(" *_").endswith(title[-12:])
        and _JOINING.match(lead)  # ``Frame`` over ``for 3D Shape Matching``
        and ":" not in lead  # (a ``:fire:`` after the links aside)
        and not _TOOL_WORDS.intersection(lead.lower().split())
    )
    dangling = bool(_DANGLING.search(line[-1].text))
    ends = bool(title) and line[-1].text.rstrip(" *_").endswith(title[-12:])
    last = line[-1].text.split()[-1:] or [""]  # the joining word, in lower case: ``for``
    cut = ends and last[0][:1].islower() and not lead.rstrip().endswith(".")
    linked = any(r.kind == "link" for r in line)
    caps = ends and _CAPITALS.fullmatch(title[-20:]) and _CAPITALS.match(lead.strip())
    caps = caps and (dangling or _JOINING.match(lead.lower()) is not None)  # ``WITH …``
    if linked and not joined and not (dangling and cut) and not caps:
        return False  # a link before a title cut on ``for``: ``[[Name](url)] Title for``
    first = below[0]
    head = first.text.lstrip()
    if first.kind != "text" or not head or F.strip_label(plain(below))[0]:
        return False  # ``paper link: url`` below a title: its next field
    if C.venue_line(plain(below).split("[")[0]):
        return False  # ``in IEEE TNNLS [[pdf]](url)``: where it was published
    closes = not linked and _closing_words(line[-1].text, lead, below)
    piped = ends and " | " in line[-1].text and _title_cell(lead)  # ``2019 | Title`` / ``… | N |``
    carried = (line[-1].bold and first.bold) or head[0].islower() or dangling or joined or caps
    return carried or closes or piped


_CAPS_WORD = r"[A-Z0-9:-]*[A-Z][A-Z0-9:-]*(?=\s|$)"
_CAPITALS = re.compile(rf"{_CAPS_WORD}(?: +{_CAPS_WORD})+")
"""Two words or more in capitals (``ALIGNING RL`` over ``WITH PRETRAINING IN …``): a title
written in capitals goes on over a joining word while the next line is in capitals too."""


def _title_cell(lead: str) -> bool:
    """The first of a pipe row's cells on the line below carries a title on: three words or
    more, or words closed by a full stop, no names (not ``AutoML | Meta-learning |``,
    ``Feurer, Eggensperger, Falkner |``)."""
    cell, bar, _ = lead.partition(" | ")
    named = people_line(cell.strip()) or A.byline_names(cell.strip(" .,"))
    first = cell.split()[0] if cell.split() else ""  # ``Learning.  | Feurer et al. |``, ``2018.``
    worded = first[:1].islower() or first[:1].isdigit() or A.title_worded(first)
    closed = cell.rstrip().endswith(".") and worded  # not ``Breiman.``, ``OpenAI.``, ``Oral.``
    return bool(bar) and (len(cell.split()) >= 3 or closed) and not named


def _closing_words(end: str, lead: str, below: list[Run]) -> bool:
    """``Peak-Piloted Deep Network for Facial Expression`` over ``Recognition [[paper](url)]``
    (one word) or ``Facial Expressions of Mental States [[paper](url)]`` (words joined by a
    lower-case one) or words ending like a noun of a title (``Temporal Action Localization``):
    the rest of the title, then its link, a venue tag between (``Completion and
    Classification (ECCV 2020) [[Paper](url)]``); not a label, a venue or a name (``Code``,
    ``CVPR Workshops``, ``Kaiming He``)."""
    tag = _VENUE_TAG_END.search(lead)
    if tag and C.is_context_text(tag["v"]):  # not ``Stanford University (NeurIPS 2017)``
        lead = lead[: tag.start()]
        one = lead.split()[-1:] == lead.split() and not _TITLE_WORD_END.search(lead.strip())
        if one or _NOT_TITLE_WORDS.intersection(lead.lower().split()):
            return False  # ``Stanford (NeurIPS 2017)``; ``Learning (CVPR 2022)`` closes a title
    words = lead.strip(" |*_\\-–—").split()  # ``Temporal Action Localization | [pdf]``
    if (
        not 1 <= len(words) <= 5
        or re.search(r"[.,;:!?()]", lead)
        or end.rstrip(" *_").endswith(".")
    ):
        return False
    if F.is_generic(lead) or C.is_context_text(lead) or not words[0][:1].isupper():
        return False
    joined = any(re.fullmatch(JOINING_WORD, w) for w in words[1:-1])
    linked = any(r.kind == "link" and F.link_role(r) == "paper" for r in below)
    return linked and (len(words) == 1 or joined or bool(_TITLE_WORD_END.search(words[-1])))


_NOT_TITLE_WORDS = frozenset(
    "university institute college school lab laboratory research inc corp team group deepmind "
    "google meta microsoft openai nvidia spotlight oral poster presentation highlight".split()
)
"""Words of an affiliation or a presentation (``Stanford University``, ``Spotlight``) on the
line below a title, before its venue tag: no part of the title."""
_VENUE_TAG_END = re.compile(r"\s*\((?P<v>[^()]{2,30})\)[\s|*_]*$")
_TITLE_WORD_END = re.compile(
    r"(?i)^\w{4,}(?:tions?|sions?|ing|ments?|ness|it(?:y|ies)|ances?|ences?|ics|sis|ures?|isms?|ogy)$"
)
"""``Localization``, ``Processing``, ``Representations``: a last word no name ends with (``Temporal
Action Localization`` closes a title; ``Kaiming He``, ``Tencent AI Lab`` are no title's)."""


def quoted_below(line: list[Run], below: list[Run]) -> F.TitleGuess | None:
    """``**SAM:** A. Kirillov, E. Mintun.`` over ``"Segment Anything." ICCV 2023``: a bold
    name (or none) and the authors on one line, the quoted title opening the next (or,
    after authors that close with a colon, the title alone on it: :func:`_colon_names_over`)."""
    colon = _colon_names_over(line, below)
    if colon is not None:
        return colon
    segs = F.segments(line)
    opened = False  # a ``[`` before a bold tag: ``[**ICCV 2023**]``, not ``**YOLO 2016**:``
    while segs and segs[0][1] is None and _marker(segs[0][0], segs[0][2] and not opened):
        opened = segs[0][0].rstrip().endswith("[")
        segs = segs[1:]  # ``:boom:`` markers and ``[ICCV 2023]`` tags before the name
    if not segs or segs[0][1] is not None or not below:
        return None
    text = SHORTCODES.sub("", "".join(t for t, _, _, _ in segs)).lstrip("])】 ")  # a tag's end
    unclosed = _UNCLOSED_NAME.match(text)  # ``**AutoLoc:**Zheng Shou, ...``: bold not closed
    if segs[0][2]:
        name = F.clean_title(segs[0][0]).rstrip(": ")
        tail = "".join(t for t, link, _, _ in segs[1:] if link is None)
        named = C.by_line(tail) or A.mostly_people(_names_text(tail))
        if len(name.split()) > 4 or not (named or not tail.strip(" :.")):
            return None
    elif unclosed and A.mostly_people(_names_text(text[unclosed.end() :])):
        name = unclosed["n"]
    elif not (A.names_like(text) or A.person_list(text.strip(" .") + ",")):
        return None  # ``A. Author and B. Author.``, ``Maximilian Bernhard, Matthias Schubert.``
    else:
        name = ""
    found = _quoted_next_line([*segs, ("\n", None, False, 0), *F.segments(below)])
    said = found[0].split()[0].lower() if found else ""
    if found is None or C.is_prose(found[0]) or found[0].endswith("!") or said in _PRAISE:
        return None  # (not ``"We recommend this paper as a starting point."``)
    return F.TitleGuess(found[0], name or None, "quoted title below the name", segs[0][3])


def _colon_names_over(line: list[Run], below: list[Run]) -> F.TitleGuess | None:
    """``* Sayak Paul, Pin-Yu Chen:`` over ``Vision Transformers Are Robust Learners.``
    (DBLP's ``Authors: Title.`` broken after its colon): two people or more and a colon,
    no link, and a title alone on the line below (no link on it either)."""
    text = plain(line).strip()
    if not text.endswith(":") or any(r.kind == "link" for r in line):
        return None
    names = text[:-1].strip(" *_")
    if ":" in names or not (A.people(names) or A.names_like(names)) or A.title_worded(names):
        return None  # (``**CLPA:** Bingyin Zhao, Yingjie Lao:``: the quoted title's reader)
    first = next((r for r in below if r.kind != "break" and r.text.strip()), None)
    cand = plain(below).strip().strip('"“”').rstrip(". ").strip('"“”') if first else ""
    if first is None or first.kind != "text" or any(r.kind == "link" for r in below):
        return None
    if len(cand.split()) < 3 or not F.title_like(cand) or C.is_context_text(cand):
        return None
    return F.TitleGuess(F.clean_title(cand), None, "title below its authors' line", line[0].line)


def _names_text(text: str) -> str:
    """An authors line without the ``<br />`` and the full stop that close it."""
    return _LINE_BREAK_TAG.sub("", text).strip(" .:")


_LINE_BREAK_TAG = re.compile(r"<br\s*/?>\s*$", re.I)
_UNCLOSED_NAME = re.compile(r"\s*\*\*(?P<n>[\w&+-]{1,20}):\*\*(?=\S)")
"""``**AutoLoc:**Zheng Shou``: a bold name whose closing marks Markdown does not read as
closing (a letter right after them)."""


_PRAISE = frozenset("we our this it highly read see note".split())
"""Words a quoted remark opens with (``"We recommend this paper ..."``), not a title."""


def _marker(text: str, bold: bool) -> bool:
    """A ``:shortcode:`` mark, or a ``[ICCV 2023]`` tag (``[**ICCV 2023**]`` too, its
    brackets apart), before an entry's name."""
    t = text.strip()
    if not t.strip("[]() "):
        return True  # a space, or the brackets of a bold tag
    inner = t.strip("[]() ")
    tag = C.is_context_text(inner) and not bold  # bold only inside brackets (the caller's)
    return bool(SHORTCODES.fullmatch(t)) or tag


_STATUS = re.compile(r"\b(?:best|award|paper|oral|spotlight|poster|highlight|accepted)\b")
"""A status or award before a quoted title (``**Best Paper:** "Title"``): no name of it."""


def _quoted_next_line(rest: list) -> tuple[str, int] | None:
    """A quoted title opening the line after the first line break of ``rest``, after a bold
    name there (``**STCA:** "STCA: Title".``, ``**TDSNN** "Title".``; ``Name: Title`` when the
    name ends in a colon the title does not repeat)."""
    start = next((i for i, g in enumerate(rest) if g[0] == "\n"), len(rest))
    below = [g for g in rest[start:] if g[0] != "\n"]
    name = below[0][0].strip() if below and below[0][2] and len(below[0][0].split()) <= 3 else ""
    name = "" if name.startswith(('"', "“")) else name  # ``**"Short Title"**``: the title
    text = ""
    for t, link, _, _ in below[1:] if name else below:
        if link is not None:
            break
        text += t
    m = C.QUOTED_LINE.match(text.strip())
    if m is None:
        return None
    title, label = m.group("t").strip().rstrip(".,"), name.rstrip(": ").lower()
    if label in ("tl;dr", "tldr", "summary", "note", "abstract"):
        return None  # ``**TL;DR:** "what it does"``
    status = C.is_context_text(name.rstrip(": ")) or _STATUS.search(label) is not None
    named = name.endswith(":") and not title.startswith(name.rstrip(":")) and not status
    return (f"{name} {title}" if named else title), below[0][3]  # not ``**Oral:**``


def quote_joined(line: list[Run], below: list[list[Run]]) -> list[Run]:
    """``M. Wu, and K. Yu, "Audio caption: Listen and`` over ``tell," in ICASSP 2019``: a
    line whose quote opens after its names and closes on a line ``below``, joined up to
    that line (at most two); any other line as it is."""
    text = plain(line)
    if text.count('"') % 2 == 0 and text.count("“") <= text.count("”"):
        return line
    before = text.split('"')[0].split("“")[0].strip(" ,.:")
    if before and not A.names_like(before):
        return line  # names, or nothing (``<p>"Learning to Map`` over ``Dependency ..." (Chen)``)
    joined = list(line)
    for nxt in below[:2]:
        joined += [Run("text", " ", nxt[0].line if nxt else line[-1].line), *nxt]
        if _CLOSING.search(plain(nxt)):
            return joined
        if '"' in plain(nxt) or "”" in plain(nxt):
            return line  # ``(the "ResNet")``: a quote of an aside, not the title's end
    return line


_CLOSING = re.compile(r'^[^"”]*(?:[,.?!]["”]|["”]\s*(?:[,.;:(]|$))')
"""The title's closing quote: ``tell,"`` (IEEE), ``tell",`` or ``tell" (Names)``, the first
quote of its line."""


def quote_closed(g: F.TitleGuess, runs: list[Run]) -> F.TitleGuess:
    """``S. Laurenzo, and Y. Wu, “Leveraging weakly supervised data to improve`` (or ``Chiu,
    “Title,” in Proc.``) read from one line of a cell whose names and quoted title run over
    several lines (an IEEE reference that bibtex2html wraps): the title the cell's whole text
    quotes, else ``g`` as it is."""
    if "“" not in g.title:
        return g
    text = " ".join(plain(runs).split())[:2000]  # (bounded as a title candidate is)
    quoted = F.clean_title(text)
    if quoted == text or not quoted or "“" in quoted or len(quoted.split()) < 3:
        return g
    return F.TitleGuess(quoted, None, "quoted title across the cell's lines", g.line)
