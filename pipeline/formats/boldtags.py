"""Bold tags around a title on a line's segments (``[**Name**, *Venue*] Title``,
``**Name** **[Institution]** Title``, ``[**Topic**] Title``). Pure."""

from __future__ import annotations

import re

from pipeline import arxivid
from pipeline.formats import authors as A
from pipeline.formats.citations import is_context_text, is_prose, quoted_after_names
from pipeline.formats.cleantitle import clean_title, title_like
from pipeline.formats.common import SHORT_BYLINE, mostly_capitalised
from pipeline.formats.dates import JOURNAL_NAME, VENUE_NAME_WORD, find_venue, find_year
from pipeline.formats.describing import describes, restated
from pipeline.formats.labels import ISSUE_TEXT, TITLE_LABELS, names_site, strip_label
from pipeline.formats.makers import makers, organisations
from pipeline.formats.runs import Run, text_before_break


def after_tag(segs: list, i: int) -> str | None:
    """The title after a bracketed tag that opens with bold segment ``i`` and closes
    later in the next text segment (``[**Name**, *Venue*] Title``)."""
    before = segs[i - 1][0].rstrip() if i else ""
    nxt = segs[i + 1] if i + 1 < len(segs) else None
    if not before.endswith(("[", "【")) or nxt is None or nxt[1] is not None:
        return None
    closed = re.split(r"[\]】]", nxt[0], maxsplit=1)
    if len(closed) < 2 or not closed[0].strip(" ,;|"):
        return None
    title = clean_title(closed[1])
    return title if title_like(title) and len(title.split()) >= 2 else None


def bold_tag_next(segs: list, i: int) -> bool:
    """A bracketed bold tag that names no venue or year follows bold segment ``i``
    (``**VLA Survey** **[CUHK]** Title``)."""
    nxt = segs[i + 1] if i + 1 < len(segs) else None
    if nxt is not None and not nxt[0].strip() and i + 2 < len(segs):
        nxt = segs[i + 2]
    m = re.fullmatch(r"\s*\[([^\[\]]{1,60})\]\s*", nxt[0]) if nxt is not None and nxt[2] else None
    if m is None or _AWARD.search(m.group(1)):
        return False  # not ``**Title** **[Best Paper]**``
    return not is_context_text(m.group(1))  # not ``**Title** **[NeurIPS 2018]**``


def bracketed(segs: list, i: int) -> bool:
    """Bold segment ``i`` is alone in brackets (``[**Topic**] Title``, ``(**Frontiers in
    genetics 2019**) Title``, ``(**DeepSEA**) Title``): a tag before the title."""
    before = segs[i - 1][0].rstrip() if i else ""
    after = segs[i + 1][0].lstrip() if i + 1 < len(segs) else ""
    if before.endswith("(") and after.startswith(")"):  # ``(**DeepSEA**) Title`` too
        return True
    return before.endswith(("[", "【")) and after.startswith(("]", "】"))


def tag_then_words(runs: list[Run]) -> bool:
    """``**ECCV 2022** Style-Guided Shadow Removal``: a bold venue tag, then a few words that
    are no count or listing (not ``**ICLR 2024** Accepted Papers``, ``(12 papers)``)."""
    bold = "".join(r.text for r in runs if r.kind == "text" and r.bold).strip()
    rest = "".join(r.text for r in runs if r.kind == "text" and not r.bold).split()
    listed = {w.lower().strip(".,:()") for w in rest} & {"papers", "paper", "accepted", "list"}
    return bool(bold) and is_context_text(bold) and len(rest) >= 2 and not listed


_QUOTED_AFTER = re.compile(r"^\s*(?P<c>[,\-–—:：]?)\s*[*_]*[\"“](?P<t>[^\"“”]{8,})[\"”]")
_PEOPLE_MARK = re.compile(r"\bet\.?\s+al\b|\s(?:and|&)\s")
"""Authors in brackets: ``(Zhao et al.)``, ``(Cazals and Pouget)``; not ``(OpenAI)``."""
_MORE_MAKERS = frozenset("meta nvidia intel adobe samsung salesforce sony".split())
"""Companies written in brackets after a model's name (``**LLaMA** (Meta)``) that
:func:`~pipeline.formats.piped.makers` does not name: makers, not authors."""
_NAMES_THEN_TITLE = re.compile(r"^\s*\((?P<n>[^()]{2,80})\)\s*[\-–—]\s*(?P<t>[^\n]{8,})")


def _maker(name: str) -> bool:
    return makers(name) or name.lower() in _MORE_MAKERS


def bracketed_title(tail: str, *, linked: bool = False) -> str | None:
    """The title in round brackets after a short bold name, before the links (``**GRM**
    (Generalized Relation Modeling for Transformer Tracking) [[paper](…)]``): four words or
    more, no names, venue or sentence. After an arXiv name link (``linked``: ``[YOLOX](arxiv)
    (Exceeding YOLO Series in 2021)``) a year will do too, but no venue or status
    (``(NeurIPS 2022 Outstanding Paper)``, ``(Digital Signal Processing, Accepted 2025)``)."""
    bracketed = _TITLE_IN_BRACKETS.match(tail)
    cand = clean_title(bracketed["t"]) if bracketed else ""
    if linked and (_STATUS.search(cand) or find_venue(cand)[0] is not None or makers(cand)):
        return None
    words = cand.split()
    long = [w for w in words if len(w) > 3]
    capped = sum(w[:1].isupper() or w[:1].isdigit() for w in long) >= 0.8 * len(long)
    dated = linked and not _COUNT.search(cand) and "," not in cand  # a year, no ``400K``
    plain = capped and (dated or not re.search(r"[,\d]", cand))  # not ``(10k Videos)``
    if not (":" in cand or (len(words) >= 4 and plain)) or not title_like(cand):
        return None  # not ``(Oral Presentation at CVPR)``, ``(Radford, Wu, Child, Luan 2019)``
    if _NOT_TITLE_WORDS.intersection(w.lower().strip(".,") for w in words):
        return None  # ``(PyTorch Implementation With Pretrained Models)``
    named = A.names_like(cand) or A.people(cand) or "et al" in cand
    return None if named or is_context_text(cand) or is_prose(cand) else cand


_AWARD = re.compile(r"(?i)\b(?:award|prize|winner|outstanding|best|oral|spotlight|honou?rable)\b")


def _names_it(name: str, title: str) -> bool:
    """The quoted ``title`` after a bold ``name`` and a comma is its title: it holds the name,
    or three quarters of its words (three letters or more), and names no venue or award
    (``**Title**, "IEEE Transactions on ..."``, ``**BERT**, "Best Paper Award"``)."""
    if is_context_text(title) or _AWARD.search(title):
        return False
    if re.search(rf"(?i)(?<!\w){re.escape(name.strip())}(?!\w)", title):
        return True
    words = [w.lower() for w in re.findall(r"[\w-]{3,}", name)]
    said = {w.lower() for w in re.findall(r"[\w-]{3,}", title)}
    return bool(words) and sum(w in said for w in words) * 4 >= len(words) * 3


def title_after_name(tail: str, name: str = "") -> str | None:
    """The title in the text after a bold name: quoted after a dash or a comma (``**Name** —
    *"Title"*. `Venue```; after a comma when it shares the name's words, ``**Long-Context SSM
    Video World Models**, "Long-Context State-Space Video World Models".``; after a colon,
    ``**Name**: "Title"`` is read whole), or after the authors in
    brackets and a dash (``**Jet** (Cazals and Pouget) - *Title*. CAGD 2005.``, ``**MLS**
    (Levin) - *Title*``), or quoted after a citation's authors (``**SHAP** Lundberg, S. M.,
    and S.-I. Lee. "Title." Venue``)."""
    quoted = _QUOTED_AFTER.match(tail)
    if quoted and quoted["c"] == "," and not _names_it(name, quoted["t"]):
        quoted = None  # ``**Title**, "Best Paper Award"``, ``**Title**, "The Transformer Paper"``
    if quoted and quoted["c"] in ("", ":", "：") and not _name_before_quote(name, quoted):
        quoted = None
    said = quoted["t"].strip() if quoted else ""
    if said[:1].isupper() and len(said.split()) >= 3 and not is_prose(said):
        return clean_title(quoted["t"])
    cited = (quoted_after_names(tail.strip()) if 0 < len(name.split()) <= 3 else None) or ""
    if cited[:1].isupper() and len(cited.split()) >= 4 and not is_context_text(cited):
        return cited  # ``**SHAP** Lundberg, S. M., and S.-I. Lee. "A unified ..." Venue (2017).``
    m = _NAMES_THEN_TITLE.match(tail)
    names = m["n"].strip() if m else ""
    surname = len(names) >= 3 and A.SURNAME.fullmatch(names) and not _maker(names)  # ``(Levin)``
    if not (SHORT_BYLINE.fullmatch(names) and (_PEOPLE_MARK.search(names) or surname)):
        return None  # ``**Whisper** (OpenAI) - A general-purpose model ...``: a maker
    cand = clean_title(m["t"])
    ok = len(cand.split()) >= 3 and (cand[:1].isupper() or cand[:1].isdigit()) and title_like(cand)
    return cand if ok and not is_context_text(cand) and not is_prose(cand) else None


def _name_before_quote(name: str, quoted: re.Match[str]) -> bool:
    """A bold name of at most five words before a quoted title in title case, with no colon
    (``**Three Sentences** "Title"``) or with one after a name of four words or more (``**BERT
    for Ad Hoc**: "Title"``; a shorter ``**Name**: "Title"`` is read whole, as ``Name:
    Title``); not people, an award or a note before a quoted summary or motto."""
    words, sep = len(name.split()), quoted["c"]
    ok = words <= 5 and (words > 3 if sep else bool(name) and not name.endswith((":", "：")))
    cased = mostly_capitalised([w for w in quoted["t"].split() if len(w) >= 4])
    cased = cased and not _NICKNAME.search(quoted["t"])  # not a nickname or a motto
    noted = A.names_like(name) or _AWARD.search(name) or _NOTE_WORDS.search(name)
    return ok and cased and not noted


_NICKNAME = re.compile(
    r"(?i)\b(?:paper|moment|began|original|everyone|cites?|architecture|famous|classic|seminal|later)\b"
)
_NOTE_WORDS = re.compile(r"(?i)\b(?:papers?|surveys?|recommended|must|read|week)\b")


_NOT_TITLE_WORDS = frozenset(
    "official implementation implementations recommended presentation oral spotlight team "
    "lab laboratory code pytorch tensorflow jax slides report version demo".split()
)
"""Words of a label, a note or an affiliation in brackets, not of a paper's title."""
_TITLE_IN_BRACKETS = re.compile(r"\s*\((?P<t>[^()]{12,300})\)\s*(?:\[|$)")
"""A title in round brackets after a bold name, before the links (``**AiATrack**
(AiATrack: Attention in Attention for Transformer Visual Tracking) [[paper](…)]``)."""
_STATUS = re.compile(r"(?i)\b(?:accepted|submitted|published|to appear|under review)\b")
_COUNT = re.compile(r"(?<![\w.])(?!(?:19|20)\d\d(?!\d))\d[\d.,]*[kKmMbB%]?(?!\w)")
"""A count or a score (``400K``, ``63.3``), not a year (``in 2021``)."""


def field_label(segs: list, i: int) -> str | None:
    """The label bold segment ``i`` is, with its colon inside or just after the bold
    (``**Publication Year**: 1995``, ``**Title:** Social Force Model``): a field's label,
    not a title or a name."""
    text = segs[i][0].strip()
    nxt = segs[i + 1][0] if i + 1 < len(segs) else ""
    if not text.endswith((":", "：")) and not nxt.lstrip().startswith((":", "：")):
        return None
    return strip_label(text.rstrip(":：") + ": ")[0]


_PAPER_LABEL = re.compile(
    r"(?i)(?:^(?:survey|review)\s+paper$|\w['’]s?\s+paper\b|\b(?:master|bachelor|phd|doctoral)"
    r"(?:['’]s)?\s+(?:thesis|dissertation)\b)(?=\s*(?:$|,))"
)
"""``Survey Paper``, ``Wesley Roozing's Paper``, ``Name, Master's Thesis, MIT (2018)``: a label
naming whose paper follows; not a title ending in a word for papers (``The Orthogonality
Thesis``, ``How to Write a Great Research Paper``, ``Title (Paper)``)."""


def paper_labelled(segs: list, i: int) -> str | None:
    """The title after bold segment ``i`` when that labels the paper after its colon
    (``**Survey Paper**: Title``, ``**Wesley Roozing's Paper**: *Title*``, ``**John Bell,
    Master's Thesis, MIT (2018)**: Title``): a label, not the title's head or a short name.
    The title opens in capitals and has three words or more; no venue, no names."""
    text = segs[i][0].strip()
    nxt = segs[i + 1][0] if i + 1 < len(segs) else ""
    if not text.endswith((":", "：")) and not nxt.lstrip().startswith((":", "：")):
        return None
    label = text.rstrip(":： ")
    if len(label.split()) > 12 or ":" in label or _PAPER_LABEL.search(label) is None:
        return None  # not ``**Towards ...: a Position Paper**: Argues ...``
    cand = labelled_title("title", segs[i + 1 :]) or ""
    if len(cand.split()) < 3 or not cand[0].isupper() or is_context_text(cand):
        return None  # ``**Best Paper**: CVPR 2023``, ``**X (PhD Thesis)**: covers ...``
    named = A.names_like(cand) or A.people(cand) or A.SURNAME_LIST.fullmatch(cand)
    return None if named or is_prose(cand) else cand


def labelled_title(label: str, rest: list) -> str | None:
    """The title a ``Title:`` (or ``Paper Title:``) label gives: the text after it on its
    line, when it reads as a title."""
    if label not in TITLE_LABELS:
        return None
    text = ""
    for t, link, bold, _ in rest[:8]:
        if link is not None or (bold and text.strip(" :：")):
            break  # ``**Title**: [Title](url)``, ``**Title**: X **Authors**: ...``
        text += t
    cand = clean_title(text.split("\n")[0].lstrip(" :："))
    return cand if title_like(cand) else None


_ABBREVIATED = re.compile(r"\b(?:J|Int|Trans|Proc)\b")
"""Abbreviated words of a journal's name (``Int J Adv Manuf Technol``)."""


def venue_dated(cand: str, link_text: str) -> bool:
    """``[[VPP (2021)](url)]``, ``[[IEEE/ASME Transactions on Mechatronics (2021))](url)]``: a
    bracketed link to the paper whose text is its venue and year, not its title (``[[Attention
    Is All You Need (2017)](url)]`` is the title: three words or more that read as one)."""
    if not re.search(r"\((?:19|20)\d\d\)+\s*$", link_text):
        return False
    venue = is_context_text(cand) or bool(VENUE_NAME_WORD.search(cand) or _ABBREVIATED.search(cand))
    return venue or len(cand.split()) < 3 or not title_like(cand)


def closed_bold(segs: list, i: int, cand: str) -> bool:
    """Bold segment ``i`` is a short title, not a tag before one: two words closed by a
    stop (``**Mask R-CNN.**``), or in quotes with a stop after them and nothing else
    (``"**Knowledge Graphs**". **CACM 2021**``) or in them (``"**Deep learning**." Nature``)."""
    text = segs[i][0].rstrip(" *_")
    before = segs[i - 1][0].rstrip() if i else ""
    after = segs[i + 1][0].lstrip() if i + 1 < len(segs) else ""
    quoted = before.endswith(('"', "“")) and re.match(r'["”][.,]\s*$|[.,?!]["”]', after) is not None
    return (text.endswith((".", "?")) and len(cand.split()) == 2) or quoted


def title_under_name(words: list[str], tail: str, below: list) -> str | None:
    """The title on the line under a short bold name in the same cell or item, when the
    name's own line says only a date (``<strong>DSpark</strong> · 2026-07<br>DSpark:
    Confidence-Scheduled Speculative Decoding``); ``below`` starts at the name line's end."""
    if len(words) > 3 or not _DATE_ONLY.fullmatch(tail) or not below or below[0][0] != "\n":
        return None
    cand = clean_title(text_before_break(below[1:]))
    prose = is_prose(cand) or A.people(cand) or cand.split(" ", 1)[0].lower() in _DESCRIBING
    long = [w for w in cand.split() if len(w) >= 4]
    cased = ":" in cand or sum(w[0].isupper() for w in long) * 2 >= len(long)  # not a sentence
    noted = _NOTE_UNDER_NAME.search(cand) or find_year(cand)[0] is not None  # ``ICML 2024 ...``
    ok = len(cand.split()) >= 3 and cand[:1].isupper() and cased and title_like(cand)
    return cand if ok and not (prose or noted or is_context_text(cand)) else None


_DATE_ONLY = re.compile(r"[\s·•|,()\[\]\-–—‑]*(?:(?:19|20)\d\d(?:[\-‑./]\d\d?)?)?[\s·•|,()\-–—‑]*")
"""A bold name's line that says nothing but a date (``· 2026-07``) or nothing at all."""
_NOTE_UNDER_NAME = re.compile(
    r"(?i)\b(?:award|spotlight|oral|poster|highlight|university|institute|center|centre|"
    r"laborator(?:y|ies)|inc|ltd|corporation)\b"
)
"""A word of a note under a name (an award, a lab, an affiliation), not of a title."""
_DESCRIBING = frozenset("this we our it its uses use proposes introduces".split())
"""First words of a sentence that describes the name above it, not a title."""


def quoted_title(text: str) -> str | None:
    """The quoted title after a name link and a colon (``[[ICML15 - **DPM**](url)]: "Deep
    Unsupervised Learning using Nonequilibrium Thermodynamics";``), else ``None``: text
    after a colon that is not quoted describes the name."""
    m = _COLON_QUOTED.match(text)
    cand = clean_title(m["t"]) if m else ""
    words = cand.split()
    cased = len(words) >= 3 or (len(words) == 2 and all(w[:1].isupper() for w in words))
    ok = cased and cand[:1].isupper() and title_like(cand)  # not ``"One-step generation"``
    return cand if ok and not is_prose(cand) else None


_COLON_QUOTED = re.compile(r"""\s*[\]】)]?\s*[:：]\s*["“](?P<t>[^"“”]{8,300})["”]\s*[;,.]?\s*$""")


def link_title_after(rest: list) -> tuple[str, int] | None:
    """The first link text on a bold name's line that reads as a title, and its line; not
    one naming its site (``**Name** | … | [ModelScope](modelscope.cn/…)``)."""
    for text, link, _, line in rest:
        if text == "\n":
            break
        if link is None or link.alt_only or names_site(text, link.url):
            continue
        if title_like(clean_title(text)):
            return clean_title(text), line
    return None


ET_AL_LEAD = re.compile(
    r"\s*[A-Z][\w'’-]+\s+[*_]?et\.?\s+al\b[.*_\s,]*(?:[A-Z][\w&-]*\s+){1,3}(?:19|20)\d\d\b"
)
"""``— Zhao et al., ICCV 2021.`` after a bold name: its authors, venue and year (not ``—
Dosovitskiy et al., An Image is Worth ...``, a title after the authors)."""


_BRACKET_LEAD = re.compile(r"\(([^()]{1,40})\)\s*|\[([^\[\]()]{1,40})\]\s*")


def after_venue_tag(text: str) -> str:
    """``text`` after a venue and year (or an arXiv ID) in brackets when a description follows,
    in lower case mostly (``(ICLR, 2025) — U-Net diffusion runs DOOM``, ``[arXiv:2203.02155] —
    Introduced RLHF for ...``; not ``(ICLR 2021) - An Image is Worth 16x16 Words: ...``)."""
    m = _BRACKET_LEAD.match(text)
    tag = m and (m[1] or m[2])
    ided = bool(tag) and arxivid.parse_id(tag.strip()) is not None
    if not tag or not (ided or is_context_text(tag)):
        return text
    long = re.findall(r"[^\W\d_][\w-]{3,}", text[m.end() :])  # words open with a letter
    if ided:  # not ``[arXiv:ID] — Prompt Injection attack against LLM-integrated Applications``
        capital = sum(w[0].isupper() for w in long) * 2 > len(long)
        sentence = text.rstrip().endswith(".") or ";" in text
        described = long and not mostly_capitalised(long) and (sentence or not capital)
        return text[m.end() :] if described else text
    return text[m.end() :] if long and not mostly_capitalised(long) else text


def journal_tag(words: list[str]) -> bool:
    """``**`IEEE Sensors Journal`**``, ``*IEEE Transactions on Information Theory*``: a
    journal's name (ten words at most, no subtitle), not ``Annals of X: A Survey``."""
    text = " ".join(words)
    return len(words) <= 10 and ":" not in text and JOURNAL_NAME.match(text) is not None


def _title_opening(cand: str, cased: bool) -> bool:
    """A title's first letter: a capital, ``3D``; after a journal's tag (``cased`` off) also a
    number before a name (``22.6 ANP-I``), a Greek letter (``μBrain``); not ``13B Arabic-…``."""
    if cand[0].isupper() or re.match(r"[1-9]D", cand):
        return True
    greek = cand[0].isalpha() and not cand[0].isascii()
    return not cased and (greek or bool(re.match(r"\d{1,3}(?:\.\d+)?\s[A-Z]", cand)))


_CITED_LEAD = re.compile(rf"{A.APA_NAME}(?:[,.]|\s*$)")
"""A citation's first author after a bold title: ``**Title**. *Aronowitz, S., …*. Venue``."""


def title_after(
    segs: list, name: str = "", *, cased: bool = True, paren: bool = False, linked: bool = False
) -> str | None:
    """A title after short bold tags or a name link (``] Title``; ``paren``: in brackets;
    ``linked``: ``- Name: Title``): three title-case words or more, no venue or authors."""
    for text, link, bold, _ in segs:
        if text == "\n" or link is not None:
            return None
        if after_venue_tag(text.lstrip(" ]】)*_`")).startswith((":", "：", "-", "–", "—", ",")):
            return quoted_title(text) or (restated(text, name) if linked else None)  # ``]: "T";``
        words = clean_title((paren and bracketed_title(text, linked=True)) or text).split()
        if (bold and (len(words) <= 2 or journal_tag(words))) or not words:
            continue  # another tag (``**`IEEE Sensors Journal`**``), or only brackets and spaces
        cand = " ".join(words)
        long = [w for w in words if len(w) >= 4]
        titled = sum(w[0].isupper() or w[0].isdigit() for w in long) * 2 >= len(long) or not cased
        titled = titled or (":" in cand and not text.lstrip(" ]】)*_`").startswith(cand[:12]))
        ok = len(words) >= 3 and titled and _title_opening(cand, cased) and title_like(cand)
        journal = journal_tag(words) or ISSUE_TEXT.match(cand) or _CITED_LEAD.match(cand)
        if not ok or is_context_text(cand) or A.author_lead(cand) or is_prose(cand) or journal:
            return None
        m = A.BYLINE.search(text)  # ``[Name](url). A. Author et al. Institute, Lab. 2017.``
        listed = "," in cand and organisations(cand)  # two makers or more, not one name
        cited = m is not None and text.find(cand[:12]) > m.start() and listed
        return None if describes(cand, name) or A.BYLINE.search(cand) or cited else cand
    return None
