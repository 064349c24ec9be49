"""A name link with the paper's title alone on the line below it (``- 2024-TGRS.
[**EarthGPT(Paper)**](paper) | [code](repo)`` then ``EarthGPT: A Universal …``). Pure."""

from __future__ import annotations

import re

from pipeline.formats import authors as A
from pipeline.formats import citations as C
from pipeline.formats import fields as F
from pipeline.formats.common import YEAR_TAG
from pipeline.formats.describing import describes
from pipeline.formats.labels import name_like, titles_a_link
from pipeline.formats.makers import makers
from pipeline.formats.piped import linked_title
from pipeline.formats.runs import Run, lines_of, plain
from pipeline.formats.titleends import year_dash_note

NAME_LINK = frozenset(("link text", "bold link text", "link text without its label"))
"""Evidence of a title taken from a link's text: a short one may be only the name."""


def title_below(line: list[Run], below: list[Run], name: str) -> str | None:
    """``- 2024-TGRS. [**EarthGPT(Paper)**](paper) | [code](repo)`` and the title alone on
    the next line: when the name link's line holds only link labels, tags and separators
    besides it, a title-case line of three or more words below (no links, not a venue, a
    byline, authors or a sentence about ``name``) is the title, the link text its name."""
    segs = F.segments(line)
    named = [s for s in segs if s[1] is not None and not F.is_generic(s[0])]
    if len(named) != 1 or any(s[1] is None and not _tag_text(s[0]) for s in segs if s[0] != "\n"):
        return None
    labelled = F.labelled_name(named[0][0].strip(" *_")) is not None  # ``EarthGPT(Paper)``
    if not (labelled or name_like(name) or len(name.split()) == 1 or _names_it(name)):
        return None  # ``[Segment Anything](paper)``: a title already, a note may follow
    rest = F.segments(below)
    if not rest or any(s[1] is not None for s in rest):
        return None
    cand = F.clean_title("".join(s[0] for s in rest))
    words = cand.split()
    long = [w for w in words if len(w) >= 4]
    bold = all(s[2] for s in rest if s[0].strip(" \n"))  # ``**Towards high fidelity ...**``
    titled = bold or sum(w[0].isupper() or w[0].isdigit() for w in long) * 2 >= len(long)
    ok = len(words) >= 3 and titled and cand[:1].isupper()
    return cand if ok and _title_line(cand, "".join(s[0] for s in rest), name) else None


_AUTHOR_LABEL = re.compile(r"(?:[^\W\d_][\w'’.-]*\s+){1,4}et\s+al\b\.?(?:\s*\((?:19|20)\d\d\))?")


def short_name(title: str) -> bool:
    """A link's text that may be only a paper's name: three words at most, an acronym and its
    expansion (``BFM (Basel Face Model)``) or its authors (:func:`author_label`)."""
    return len(title.split()) <= 3 or _names_it(title)


def _names_it(text: str) -> bool:
    return bool(_EXPANDED.fullmatch(text)) or author_label(text)


_EXPANDED = re.compile(r"[A-Z][\w-]{1,15}\s*\([A-Z][^()]{2,60}\)")


def author_label(name: str) -> bool:
    """``Dib et al.``, ``Anh Tuấn Trần et al.``, ``Zhen-Hua Feng et al. (2018)``: a link's
    text that names the paper by its authors, as a citation does, not by its title."""
    return _AUTHOR_LABEL.fullmatch(name.strip(" *_")) is not None


def _title_line(cand: str, text: str, name: str) -> bool:
    """``cand`` (cleaned from the line ``text`` under ``name``) reads as a title: not a
    venue, authors, prose, a labelled field, makers or a note (``Keywords: ...``, ``Cohere
    For AI``, ``Accepted to ICLR 2024``), not short comma-separated parts (``Jiang,
    Sablayrolles, Roux``, ``Image Segmentation, Foundation Model``), not a byline or a
    sentence about ``name``."""
    if not F.title_like(cand) or C.is_context_text(cand) or A.author_lead(cand):
        return False
    if C.is_prose(cand) or F.strip_label(text.strip())[0] or makers(cand) or _NOTE.search(cand):
        return False
    parts = [p.split() for p in cand.split(",")]
    if len(parts) > 1 and all(len(p) <= 3 for p in parts):
        return False
    return not (describes(cand, name) or A.BYLINE.search(cand))


_NOTE = re.compile(
    r"(?i)^(?:published|accepted|presented|appeared|to appear|best|winner|oral|spotlight"
    r"|must|recommended|highly recommended|read (?:this|first|it)|see also|note(?=\s*:))\b"
    r"|\blicen[cs]e\b|\b(?:19|20)\d\d\b|\bISBN\b"
    r"|^(?:uses|introduces|proposes|presents|combines|adds|applies|improves|extends|shows"
    r"|provides|describes|explores|enables|achieves|replaces|leverages|employs|demonstrates"
    r"|studies|builds|makes|learns|trains|generates)\s"  # ``Uses Wasserstein distance for ...``
)
"""A note under an entry (where it was published, a prize, advice to read it, a licence, a
year), not a title."""


def _tag_text(text: str) -> bool:
    """Text beside the links that is only separators, a year tag, a year or a venue."""
    bare = text.strip(" |/,·-–—.:[]()\u00a0")
    tagged = YEAR_TAG.fullmatch(text) or _YEAR_ACRONYM.fullmatch(bare)  # ``(2018 FG)``
    return not bare or bool(tagged) or C.is_context_text(bare)


_YEAR_ACRONYM = re.compile(r"(?:19|20)\d\d\s+[A-Z][A-Z&-]{1,9}|[A-Z][A-Z&-]{1,9}\s+(?:19|20)\d\d")


def cell_title_below(cell: list[Run], name: str) -> str | None:
    """``**[DreamerV3](paper)**<br>Mastering diverse control tasks through world models``:
    a title cell of two lines, a name link alone on the first and the title on the second
    (in any case, longer than the name, no links, not authors, a venue, a note or a
    sentence about ``name``): the second line is the title, the link text its name."""
    lines = lines_of(cell)
    if len(lines) != 2 or any(r.kind == "link" for r in lines[1]):
        return None
    text = plain(lines[1])
    cand = F.clean_title(text)
    words = cand.split()
    named = cand.lower().startswith(name.lower().rstrip(" :："))  # ``Name: the full title``
    short = len(name.split()) <= MAX_CELL_NAME  # a name, not a title already
    ok = len(words) >= max(3, len(name.split()) + 2) and cand[:1].isupper() and (named or short)
    if not ok or _ORGANISATION.search(cand) or _DID.match(cand):
        return None  # ``Google AI Language, Mountain View``, ``Introduced the ...``
    return cand if _title_line(cand, text, name) else None


MAX_CELL_NAME = 4
"""Words of a name link over its title in a cell, at most (``Diffusion for Human Behaviour``)."""
_ORGANISATION = re.compile(
    r"(?i)\b(?:team|university|universit[àé]|institute|inc|ltd|labs?|laborator(?:y|ies)|corporation"
    r"|collaborators|research|deepmind|google|openai|meta ai|microsoft|alibaba|tencent)\b"
)
_DID = re.compile(r"[A-Z][a-z]+(?:ed|es)\s")
"""``Introduced the Transformer ...``, ``Proposes a ...``: a sentence about the paper."""


def linked_title_below(line: list[Run], below: list[Run], name: str) -> str | None:
    """``- **NormFace** [[code]](repo)`` over ``[NormFace: L2 Hypersphere ...](paper)``: a
    bold name whose line links no paper, and the paper's titled link opening the next
    line (three words or more): that link's text is the title, the bold text its name."""
    segs = F.segments(line)
    coded = any(
        link is not None and F.link_role(link) == "code" and "awesome" not in link.url.lower()
        for _, link, _, _ in segs
    )  # ``**Center Loss:** [[code]](repo)``; a topic (``**Object Detection:**``) names no paper
    if len(name.split()) > 3 or any(
        (link is None and not bold and text.strip(" |/,·-–—.:：[]()*\u00a0"))
        or (link is not None and F.link_role(link) == "paper")
        for text, link, bold, _ in segs[1:]
    ):
        return None
    rest = [s for s in F.segments(below) if s[0].strip()]
    if not rest or rest[0][1] is None or F.link_role(rest[0][1]) != "paper":
        return None
    cand = F.clean_title(rest[0][0])
    named = coded or cand.lower().startswith(name.lower().rstrip(" :："))  # not a topic
    return cand if named and len(cand.split()) >= 3 and F.title_like(cand) else None


def labelled_title_below(line: list[Run], below: list[list[Run]], name: str) -> str | None:
    """``**AudioLM**`` over ``Demo links: ...`` and ``Paper links: [AudioLM: a Language
    Modeling Approach ...](paper)``: a bold name of up to three words whose line links no
    paper, and a labelled paper link among the next lines whose text is a title."""
    if len(name.split()) > 3 or any(r.kind == "link" and F.link_role(r) == "paper" for r in line):
        return None
    for detail in below[:4]:
        label, _ = F.strip_label(plain(detail))
        links = [r for r in detail if r.kind == "link"]
        if label and titles_a_link(label) and links and F.link_role(links[0]) == "paper":
            cand = linked_title(links[0].text, 3)
            return cand if cand and not F.is_generic(cand) else None
    return None


def names_over_title_link(line: list[Run], below: list[Run]) -> bool:
    """``line`` is only authors' names and ``below`` opens with a link whose text is a
    title: ``Michael Kearns, Satinder Singh`` over ``[Near-Optimal RL in ...](pdf)`` (or over
    `` .[Title](pdf)``: punctuation before the link aside)."""
    first = next((r for r in below if r.kind != "text" or r.text.strip(" .,;:-")), None)
    if (
        first is None
        or first.kind != "link"
        or any(r.kind == "link" and r.text.strip() for r in line)
    ):
        return False  # (an empty ``<a name="...">`` anchor is no link of the line)
    text = plain(line)
    cited = A.cited_names(text)  # ``Posch, C.,`` over ``*[Bio-inspired vision](doi)*``
    paper = F.link_role(first) in (("paper", "other", "project") if cited else ("paper",))
    if not paper or not _title_text(first.text, 2 if cited else 3):
        return False  # ``Mask R-CNN`` over ``[Kaiming He, ...](arxiv)`` or ``[code](repo)``
    if cited:
        return True
    named = A.names_like(text) or A.surname_first(text)  # APA: ``Misra, I., & Hebert, M.``
    return named or (A.person_list(text + ",") and not A.title_worded(text))


def names_over_bold_title(line: list[Run], below: list[Run]) -> bool:
    """``line`` is authors' names, after a bold venue and a number perhaps, and ``below``
    opens with a bold title: ``[1] **NDSS 2020**. Xueyuan Han, Thomas F. J.-M. Pasquier:``
    over ``**Unicorn: Runtime Provenance-Based Detector for ...**``."""
    first = next((r for r in below if r.kind != "text" or r.text.strip(" .,;:-")), None)
    if first is None or first.kind != "text" or not first.bold or len(first.text.split()) < 3:
        return False
    if any(r.kind == "link" and r.text.strip() for r in line):
        return False
    rest = [r for r in line if not (r.bold and C.is_context_text(r.text))]  # the venue
    text = re.sub(r"^\s*\[\d{1,4}\]", "", plain(rest)).strip(" .,;:")
    return bool(text) and A.names_like(text)


def apa_names_over_title(line: list[Run], below: list[Run], after: list[Run]) -> bool:
    """``line`` is only an APA citation's authors and year (``Qin, Y., Xie, H., & Ye, M.
    (2022).``) and ``below`` is the citation's title in plain text, no link on it and none
    titled on the line ``after`` it (``Bar transformer: a hierarchical model ... Applied
    Intelligence, 1-19.`` then ``[Paper](url)``): the names wrapped onto a line of their
    own, not the title; not a venue or a note over a titled link."""
    text = plain(line).strip()
    if any(r.kind == "link" for r in (*line, *below)) or not _APA_YEAR_END.search(text):
        return False
    head = next((r for r in below if r.kind != "break" and r.text.strip()), None)
    if head is None or head.bold or head.em or C.venue_line(plain(below)):
        return False
    first = next((r for r in after if r.kind != "text" or r.text.strip()), None)
    if first is not None and first.kind == "link" and not F.is_generic(first.text):
        return False  # ``Relative attention ...`` over ``[Music Transformer](arxiv)``
    words = head.text.split()
    return len(words) >= 3 and words[0][:1].isupper() and A.surname_first(A.apa_part(text))


_APA_YEAR_END = re.compile(rf"[.,]\s*\((?:19|20)\d\d[a-z]?(?:{A.APA_MONTH})?\)\.?$")
"""The bracketed year (and month) closing an APA citation's authors (``Ye, M. (2022).``)."""


def _title_text(text: str, words: int = 3) -> bool:
    """Link text that reads as a title (of ``words`` or more): not names, a byline, a
    venue or a label."""
    if len(text.split()) < words or not F.title_like(text) or C.is_context_text(text):
        return False
    listed = A.person_list(text + ",") and ("," in text.strip(" ,.") or A.one_person(text.split()))
    named = A.names_like(text) or listed or "et al" in text  # not ``Music Ranking Techniques``
    return not named and F.find_venue(text) == (None, None)


_NUMBER_YEAR = re.compile(r"^\d{1,3}[.)]\s+(?=\S)|\s+\((?:19|20)\d\d\)$")  # (a note cut before)
"""A plan's number before a heading's name and the year after it, in brackets."""


def heading_name(runs: list[Run]) -> F.TitleGuess | None:
    """``#### GHOST``, ``#### Hybrid-SORT``, ``### 17. UniDexGrasp (2023)``: a heading that is
    only a method's name (three words at most, written as a name, no venue or link; its
    number and its year aside), which titles a paper link below it when it has no title of
    its own."""
    text = _NUMBER_YEAR.sub("", year_dash_note(plain(runs).strip(" *_#")))  # ``17. X (2023)``
    words = text.split()
    if not 0 < len(words) <= 3 or any(r.kind == "link" for r in runs) or not name_like(text):
        return None
    if C.is_context_text(text) or F.is_generic(text) or F.find_year(text)[0] is not None:
        return None
    return F.TitleGuess(text, text, "heading that names the paper below it", runs[0].line)


def authors_wrapped(lines: list[list[Run]], i: int) -> bool:
    """Line ``i`` carries on the names of an ``Authors:`` line above it (``**Authors** : Jiang
    Zhang, ..., Guiqing`` / ``Yao, Zhangang Han``): names, no link, no title."""
    if i == 0 or any(r.kind == "link" for r in lines[i]):
        return False
    label, _ = F.strip_label(plain(lines[i - 1]))
    text = plain(lines[i]).strip()
    names = A.person_list(text + ",") or A.names_like(text) or _NAME_PIECES.fullmatch(text)
    return label in ("author", "authors") and bool(names) and not A.title_worded(text)


_NAME_PIECES = re.compile(
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}(?:, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})*,?"
)
"""``Yao, Zhangang Han``: capitalised words between commas, a name's end and whole names."""
