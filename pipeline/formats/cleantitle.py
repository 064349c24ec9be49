"""A title candidate cleaned of what surrounds it in a list: decorations, tags, labels,
list numbers, author tails, venue tails and trailing dates. Pure."""

from __future__ import annotations

import functools
import re

from pipeline.formats import authors as A
from pipeline.formats import citations as C
from pipeline.formats import listedwords as LW
from pipeline.formats import refstyles as R
from pipeline.formats import tagtails as TT
from pipeline.formats import titleends as TE
from pipeline.formats import titletails as T
from pipeline.formats import venuetail as VT
from pipeline.formats.acmtail import acm_tail_cut
from pipeline.formats.authorlead import authors_colon_lead, authors_lead, name_then_citation
from pipeline.formats.bilingual import latin_part
from pipeline.formats.bracketed import own_first_word, unbracketed
from pipeline.formats.commalead import after_comma_authors
from pipeline.formats.common import EMOJI as _EMOJI
from pipeline.formats.common import SERIES_OPENERS, VENUES, is_placeholder
from pipeline.formats.gbt import gbt_title
from pipeline.formats.gost import gost_title
from pipeline.formats.headernames import header_row
from pipeline.formats.initialnames import title_before_initialled_names
from pipeline.formats.labels import LABEL as _LABEL
from pipeline.formats.labels import caps_name, is_generic, name_like
from pipeline.formats.makers import without_maker, year_then_makers
from pipeline.formats.nlm import nlm_title

_LEAD_TAG = re.compile(
    r"^\s*(?:(?:[\[(【](?P<tag>[^\]\)】]{1,90})[\])】])|:[a-z_]+:|[^\w\s\[(\"“'‘*]+)\s*[:：\-–—,.|]?\s*"
)
_DASHED_TAG = re.compile(
    r"^\s*[A-Z][A-Z0-9/+]{1,9}\s*-{4,}\s*(?=[A-Z]\S*\s+\S+\s+\S)"
)  # ``RGBT ----``
_STATUS_LEAD = re.compile(r"^\s*(?:TODO\s*[:：]\s*(?!T\w*[\s-]+O\w*\s+D)|(?:Background|Optional|Required|Prerequisites?|Further reading|See also):\s)(?=\S)")  # fmt: skip
"""``TODO: Title``, ``Background: Title``: a reader's own mark on a paper still to be read or
written up or on the part it plays in a course (``Optional:``; the mark ``TODO`` in
capitals, and not before the words it spells, ``TODO: Task-Oriented Dialogue with …``:
``ToDo: Token Downsampling for …`` is a method's name; ``WIP:`` opens the titles of some
venues' work-in-progress papers)."""
_LINK_WORD = re.compile(r"^\s*([A-Za-z]{2,12})\s*[-–—|/]\s+(?=\S)")


def _strip_lead(text: str) -> tuple[str, str | None]:
    """Leading decorations (emoji, ``[CVPR 2023]``, ``(ICLR'24)``, ``Paper:``) removed;
    returns the rest and the text of a bracketed tag (a venue/date tag)."""
    tag = None
    for _ in range(6):
        before = text
        m = _LEAD_TAG.match(text)
        if m and m["tag"] and own_first_word(m.group(0) + text[m.end() :][:1]):
            break  # ``(Deep) reinforcement learning for ...``: the title's own first word
        if m and m["tag"] and tag and T.bracketed_title(m["tag"], text[m.end() :], tag):
            return m["tag"], tag  # ``[2025][Title]``: a year, then the title in brackets
        if m and m.group(0).strip():
            if m.group("tag"):
                tag = (tag + " " if tag else "") + m.group("tag")
            text = text[m.end() :]
        status = _STATUS_LEAD.match(text) or _DASHED_TAG.match(text)  # ``RGBT ---- Title``
        m = status or _LABEL.match(text) or TE.item_mark(text)  # ``1.``, a BibTeX key
        if m and not status and caps_name(text):  # ``TAG: Gradient Attack on ...``: a method's name
            break
        if m:
            text = text[m.end() :]
        m = _LINK_WORD.match(text)
        if m and is_generic(m.group(1)):
            text = text[m.end() :]  # "code - Title": an unlinked link label before it
        text = _EMOJI.sub(" ", text).lstrip(" *_")  # ``**`` left open by a CJK full stop
        if text == before:
            break
    return text, tag


_QUALIFIER = r"(?i:workshops?|workshp|oral|poster|spotlight|findings|track|demo|short|long|main)\b"
_VENUE_IN_BRACKETS = re.compile(
    rf"\s*\((?P<v>{VENUES}|TMM|TOMM|ICMR|ICMI|MM)(?:\s+{_QUALIFIER}[^()\[\]]{{0,40}})?\)\s*$"
)


_JOURNAL_IN_BRACKETS = re.compile(
    r"\s*\((?:ACM|IEEE|IEEE/ACM|International|Journal|Proceedings|(?:[A-Z][\w&-]*\s+){1,6}?"
    r"(?:Journal|Transactions|Surveys|Letters|Magazine|Proceedings))\b[^()\[\]\d]{0,80}\)\s*$"
)
"""``(ACM Computing Surveys)``, ``(IEEE Transactions on Learning Technologies)``,
``(International Journal of ...)``: a journal named in brackets after the title."""


def _venue_in_brackets(text: str) -> str:
    """``Title (ICLR)``, ``Title (ICML Workshop on GRL)``: a known venue in brackets after a
    title, with no year, is no part of it; not ``(S&P 500)``, ``(TIP-Adapter)``, ``(Science
    Agents)``, nor the title's own acronym (``Text-guided Image Processing (TIP)``)."""
    journal = _JOURNAL_IN_BRACKETS.search(text[-200:])  # ``Title (ACM Computing Surveys)``
    if journal is not None and len(text) - len(journal.group(0)) >= 12:
        return text[: len(text) - len(journal.group(0))]
    if (m := _VENUE_IN_BRACKETS.search(text[-200:])) is None:
        return text
    head = text[: len(text) - len(m.group(0))]
    words = re.findall(r"[A-Za-z]+", head)  # capitalised (``TIP``) or all (``In-context ... ICMI``)
    spelt = ("".join(w[0] for w in words if w[0].isupper()), "".join(w[0] for w in words))
    return text if any(m["v"].upper() in s.upper() for s in spelt) else head


_TRAILING = re.compile(
    r"(?:\s*[\(\[（](?!(?:19|20)\d\d\s?[–-]\s?(?:19|20)\d\d\)$)(?:(?:[^()\[\]]|\(\d{1,4}\))*(?:19|20)\d\d[^()\[\]]*|[^()\[\]]*et al\.?[^()\[\]]*"
    r"|[^()\[\]]*\b\d{2}['’][A-Za-z][^()\[\]]*|[^()\[\]（]*[A-Za-z]['’‘]\d{2}\b[^()\[\]]*"
    r"|[^()\[\]]*(?<![A-Za-z])(?:" + VENUES + r")\d\d(?![\w.])[^()\[\]]*"  # ``(SOSP13 best paper)``
    r"|@[^()\[\]]+)[\)\]）]\s*$)"
    r"|(?:\s*\([^()]*(?:\d\s?%|(?<![\w+])[+<>≈~±]\s?\d)[^()]*\)\s*$)"  # ``(+19.3% over LoRA)``: a note
    r"|(?:\s+[-–—|]\s*$)|(?:[\s,;:.\-–—|\[(（]+$)|(?:\.\s+(?:In|URL|Available(?: at)?):?$)"  # ``. In``
    r"|(?:\s+\([A-Z][^()]{0,30}$)"  # ``Title (UCLA`` of ``(UCLA, MIT, 2025-06)`` cut inside
    r"|(?:(?<=[A-Za-z]{3})(?<!Proc)\.\s+(?:[A-Z&][\w&'’-]*\s+){0,8}(?:Workshop|Conference|Symposium)(?:\s+on\s+[^.]{1,80})?$)"
    r"|(?:(?:[.,]\s+|(?<=[A-Za-z]),)(?:19|20)\d\d\.?$)"  # ``, 2023.``, ``Survey,2023.``
    r"|(?:(?<=[?!])\s+(?:19|20)\d\d-(?:0[1-9]|1[0-2])-\d\d$)"  # ``learning? 2020-03-31``
    r"|(?:\s+\[[A-Z]{2,10}\]$|\s+#(?:to-?read|todo|read|important|must-?read)$)"  # ``#toread``
    r"|(?:\s+\[[A-Z][a-z]{3,20}\]$)"  # a topic tag: ``Title [Manipulation]``
    r"|(?:\s+\[[A-Z][\w&.\- ]{0,30}['’‘]\s?\d\d\]$)"  # a venue tag: ``PMH [CSCW '24]``
    r"|(?:(?<=[A-Za-z]{4})\((?:[a-z][^()]{4,40}|\*)\)$)"  # ``Images(end-to-end)``; not ``log(x, y)``
    r"|(?:\s+(?:[\[(]\s*[\])])+$)"  # emptied labels: ``Title [📄](`` less its emoji, ``[][]``
    r"|(?:(?<=[.?!])\s+\[[^\[\]]{1,40}$)"  # ``Title. [**data`` of ``[**`data.` **]``: a tag left open
    r"|(?:\s+\((?:[^()]*\b(?i:best\s+paper|awarded)\b[^()]*)\)$)"  # ``Title (Awarded Best Paper!)``
    r"|(?:,\s+[A-Z][\w&.\- ]{1,60}['’‘]\d\d$)"  # ``, MIT Sloan Sports Analytics Conference'15``
    r"|(?:(?:,\s+[A-Za-z][\w&.\-]{1,20})?,\s+(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])(?:[-/.]\d{1,2})?$)"
    r"|(?:(?:\.|(?<=[?!]))\s+[A-Z][\w&. ]{1,80}[;,]?\s+\d{1,4}(?:\(\d{1,4}\))?[:,]\s*\d+(?:\s*[-–]\s*\d+)?$)"
)
"""What closes a title and is no part of it: a bracketed date (not ``Decade (2010–2020)``),
venue or authors, a dash, a reading mark, an emptied label, ``, Venue'YY``, ``, Venue, 2024-05-07``,
``. Nature; 550:354-359``."""


MAX_TITLE_TEXT = 2000  # characters of a candidate looked at: the patterns stay bounded


@functools.lru_cache(maxsize=1 << 16)  # pure; lists repeat their texts
def clean_title(text: str) -> str:
    """A title candidate without decorations, tags, author tails and trailing dates."""
    text = TE.date_lead_cut(TE.pdf_name_cut(T.tab_field(text[:MAX_TITLE_TEXT])))  # ``X.pdf``
    text = _LATEX_QUOTES.sub(r"“\1”", text)  # ````Title,'' in ...``: LaTeX's quotes
    text = " ".join(_EMOJI.sub(" ", text).split())  # bounds every pattern below
    if (cited := _cited_first(text)) is not None:
        return cited
    if (closed := _year_closed(text)) is not None:  # ``Names. Title. Venue. 2020.``
        return clean_title(closed)
    text = TE.double_dot_byline(TE.thesis_cut(text))  # ``Title, Ph.D. Thesis, INPG, 2012.``
    text = unbracketed(text)  # ``[ Title ] [ [PDF](url) ]``, ``**[Title (2025)]**``
    text = _YEAR_TITLE_SURNAME.sub(r"\1, \2", text)  # ``2014, Title, Wang.``: its first author
    text = T.bracket_fields(latin_part(text)) or latin_part(text)
    text, _ = _strip_lead(text)
    text = _before_names(unbracketed(text))  # ``[ ] [Title] (url)``: a task's box first
    text = VT.cut_venue_year(T.dot_fields(T.pipe_fields(text) or text))
    text = VT.cut_venue_sentence(text)
    text = C.AUTHOR_YEAR_TAG.sub("", C.SITE_TAIL.sub("", C.VENUE_LEAD.sub("", C.YEAR_PREFIX.sub("", text))))  # fmt: skip
    if (m := C.QUOTED.match(text)) and not C.HEAD_GOES_ON.match(text):
        return m.group("t").strip()
    if quoted := C.quoted_after_names(text) or TE.surnames_quoted(text):
        return quoted
    led = authors_colon_lead(authors_lead(text))
    whole = R.citation_match(text) if led != text else None  # ``Peracha, O. (2019). Title. Venue.``
    cut = whole and (R.ABBREVIATION_END.search(whole) or whole[:1] in "\"“'‘")  # ``L1 vs. L2``
    whole = None if cut else whole  # (a quoted title: the quote patterns read it)
    cited = whole or R.citation_match(led)
    if cited is not None:
        return C.IN_YEAR_VENUE.sub("", cited)
    text = led
    text = C.IN_YEAR_VENUE.sub("", C.IN_VENUE.sub("", _TAG_BEFORE_IN.sub("", text)))
    text = _names_after_separator(C.AUTHORS_BEFORE.sub("", text))
    named = _NAME_DASH_AUTHORS.match(text)  # ``scGPT - Cui et al. Nature Methods 2024``
    text = named["n"] if named else text
    dashed = LW.dash_people(text)  # ``Title - Koji Azuma, Kiyoshi Tamaki & Hoi-Kwong Lo``
    text = text[:dashed] if dashed else text
    text = VT.cut_year_then_tail(text, bracketed=True)  # ``Title (2014), Akbik, Alan, ...``
    text = after_comma_authors(text) if ", " in text else text
    tail = LW.people_tail(text) if ", " in text else LW.two_people_tail(text)
    text = text[:tail] if tail else text  # ``Title, Terry Yue Zhuo, Yujin Huang, Chunyang Chen``
    m = LW.listed_byline(text)  # ``, Kaiming He, Xinlei Chen``; not ``, Research Challenges``
    m = m or C.ET_AL_AFTER.search(text)
    if m and C.byline_at(text, m.start()) and not _series_after(text, m.start()):
        cut = m.start() + (text[m.start()] == "." and "et al" in m[0])  # ``M. Nicolik et al.``
        text = _DASH_NOTE.sub(r"\g<t>", _BY_TAIL.sub(r"\g<t>", text[:cut]))
    text = T.meta_sentences_tail(T.sentence_venue_tail(R.citation_tails(acm_tail_cut(text))))
    text = T.cut_tail(text, C.ACRONYM_YEAR_TAIL)
    text = TT.label_tail(_venue_year_tail(TT.without_id_tags(text)))
    text = _QUOTED_YEAR_TAIL.sub("", text)  # ``[STJD TBOIM'2025](url)``: a venue's tag
    text = VT.cut_date_tail(VT.cut_year_then_tail(VT.cut_words_year(text)))
    text = without_maker(_venue_in_brackets(text))  # ``Tacotron 2 (Google)``
    text = TE.without_named_acronym(_GLUED_NOTE.sub("", TE.without_colon_note(text)))
    text = TE.year_dash_note(text)  # ``DexArt (2023) — Articulated Object Benchmark``
    for _ in range(4):
        new = without_maker(_TRAILING.sub("", text)).strip()  # ``(Google Research) (ICML'23)``
        if new == text:
            break
        text = new
    return _unquoted(_FULL_STOP.sub("", T.venue_tails(text).strip(" *_`,;，；、：")))


def _cited_first(text: str) -> str | None:
    """The title of a citation the whole candidate is: after a model's name
    (``InstructGPT: Ouyang, L., ... (2022). Title.``), in China's standard (``FLAKE H.
    Title[C]//Proc. of …``), in PubMed's (``Costa IG. Title. Nat Methods. 2023 Sep;…``) or
    in Russia's (``Pearl J. Title //Journal. - 2021.``); else ``None``."""
    if (cited := name_then_citation(text, clean_title)) is not None:
        return cited
    cited = gbt_title(text) or nlm_title(text) or gost_title(text)  # ``Surname I. Title //J.``
    return clean_title(cited) if cited is not None and cited != text else None


def _year_closed(text: str) -> str | None:
    """The title sentence after the names of a citation closed by its year's sentence
    (:func:`.refstyles.year_closed`), else ``None``."""
    led = authors_lead(text)
    return R.year_closed(led) if led != text else None


_GLUED_NOTE = re.compile(r"(?<=[a-z])\((?=[^()]*\d)[^()\s]+(?:\s+[^()\s]+){2,40}\)\s*$")
"""A note glued to the title's last word, a number and 3 words or more: figures (a size)."""


_NAMES_SEPARATOR = re.compile(r"\s+(?:[-–—]\s+|by\s+|\()")
_SEPARATED_NAMES = re.compile(
    r"\s+(?:[-–—]\s+|by\s+|\()(?P<n>[A-Z][^()\-–—]{3,300}?)\s*(?:\)|\s[-–—]\s|$)"
)


def _names_after_separator(text: str) -> str:
    """``Title - Kaiming He, Xinlei Chen - CVPR 2022``, ``Title (A. Name, B. Name)``,
    ``Title by A Name, B Name``: the title before its authors (two people or more)."""
    text = text[:MAX_TITLE_TEXT]
    for k, sep in enumerate(_NAMES_SEPARATOR.finditer(text, 12)):  # not the first alone:
        m = _SEPARATED_NAMES.match(text, sep.start())  # ``Title Grasped by Adaptive Hands -
        named = A.mostly_people if sep[0].strip() in "-–—" else A.people  # A Name, B Name``
        names = m["n"].strip(" ,.") if m else ""  # (after ``by``: ``by Fusing X, Y``)
        if named(names) and (k == 0 or names.count(",") >= 2):  # not ``- New York, Paris``
            return text[: sep.start()]
    return text


def _series_after(text: str, at: int) -> bool:
    """The comma at ``at`` goes on a series of words closing the title, counted from the
    word before it (``YOLO9000: Better, Faster, Stronger (CVPR 2017)``), not authors."""
    lead = re.search(r"[\w'’-]+$", text[:at])
    return C.word_series(text[at + 1 :]) or bool(lead and C.word_series(lead.group() + text[at:]))


_YEAR_TITLE_SURNAME = re.compile(
    r"^((?:19|20)\d\d)\s*[,，]\s*(.{12,}?),\s+"
    r"(?!(?:Too|Again|Revisited|Redux|Reloaded|Explained|Continued|Extended|Everywhere)\W*$)[A-Z][a-z'’-]+\.?$"
)
"""``2014, On Training Targets for ..., Wang.``: a year, the title and its first author's
surname (one word: not ``, Kaiming He``, nor a title's own last word: ``GPT Understands, Too``)."""
_LATEX_QUOTES = re.compile(r"``([^`']{1,400}?)''")
_FULL_STOP = re.compile(r"(?<=[a-z]{3})\.[\"”]?$")
"""A sentence's full stop left when a venue after it is cut (``Title. Findings of ACL``), or
kept inside the quotes (MLA's ``[Title."](url)``)."""


_NAME_DASH_AUTHORS = re.compile(r"(?P<n>[^\s\-–—]{2,30})\s+[-–—]\s+[A-Z][\w'’-]+\s+et\s+al\b")
_DASH_NOTE = re.compile(
    r"^(?P<t>.{12,}?)\s+[-–—]\s+(?:[A-Za-z]*[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*"
    r"|[a-z]+[A-Z][A-Za-z0-9]+|(?i:review|survey)(?:\s+paper)?(?:\s+on\s+[\w\s-]{1,40})?)"
    r"\s*[-–—,]?\s*$"
)
"""``Title - VIMCCA - Wang et al. ...``, ``Title - scDblFinder - ...``, ``Title - Review paper
- Luecken et al. ...``: a method's name or a note between the title and its authors (a
subtitle after a dash, ``RNA velocity - Current challenges ...``, stays)."""
_BY_TAIL = re.compile(r"(?<=\w)[.,;]\s+by$|^(?P<t>(?:\S+\s+){2,}\S*\w\w)\s[A-Z]\.$")
"""``Title. by``, an initial (``Title M.`` of ``Title M. Nicolik et al.``) left by a cut byline."""


_QUOTED_HEAD = re.compile(r"[\"“][^\"“”]+[\"”](?=\s*[:：]\s*\w|\s+[A-Za-z])")


def _unquoted(title: str) -> str:
    """Quotes around a title dropped; a quoted head kept (``"Do Anything Now": ...``,
    ``"Lossless" Compression of ...``)."""
    head = _QUOTED_HEAD.match(title)
    return (
        head.group(0) + title[head.end() :].rstrip(" *_`\"'“”,;")
        if head
        else title.strip(" *_`\"'“”,;")
    )


_TAG_BEFORE_IN = re.compile(r"\s*\([A-Z][a-z]{2,15}\)(?=,\s*in\s)")
"""``Title (Traj), in *ICDE* 2023``: the list's category tag before the venue."""
_QUOTED_YEAR_TAIL = re.compile(
    r"(?<=\S)\s+(?:[A-Z][A-Z&-]{1,15}|(?i:arxiv|neurocomputing|nature|science))['’](?:19|20)\d\d\s*$"
)
"""``STJD TBOIM'2025``, ``RMMD Neurocomputing'2024``: an acronym in capitals (or a one-word
journal, arXiv) and a quoted year; not ``Mamba YOLO'2024``, ``Summer School'2019``."""
_VENUE_YEAR_TAIL = re.compile(r",\s*(?P<v>[^,()]{2,60}?),\s*(?:19|20)\d\d\.?[\s\[(]*$")
_SMALL_WORDS = frozenset("of and in on the for de".split())
_JOURNAL_WORDS = frozenset(
    "journal transactions proceedings conference letters magazine bulletin annals computer "
    "analysis medicine imaging informatics neurocomputing reports communications nature "
    "science".split()
)


_VENUE_TAIL = re.compile(r",\s*(?P<v>[^,()]{2,80}?)\s*$")


def _venue_named(v: str) -> bool:
    """A known venue, an acronym in capitals (``MP``, ``ICAIS``; not ``ComplEx``), or a
    journal's name by its first word."""
    named = C.VENUE_RE.fullmatch(v) or re.fullmatch(r"[A-Z][A-Z0-9&-]{1,11}", v)
    return bool(named) or v.split(" ", 1)[0] in SERIES_OPENERS


def _venue_year_tail(text: str) -> str:
    """``Title, MIA, 2020``, ``Title, The Visual Computer, 2023``, ``Title, Zixing Zhang,
    2017``: a venue (or an author) and a year closing a title; not the last clause of a
    title (``Bugs, They Are Features, 2019``)."""
    if (cut := year_then_makers(text)) is not None:  # ``Title, 2014, Microsoft``
        return text[:cut]
    m = _VENUE_YEAR_TAIL.search(text)
    bare = m is None and _VENUE_TAIL.search(text)  # ``[2020] Title, MP [[paper]]``: no year
    shouted = bare and text[: bare.start()].isupper()  # ``TITLE IN CAPITALS, PROVABLY``
    if bare and bare.start() >= 12 and not shouted and _venue_named(bare["v"].strip()):
        return text[: bare.start()]
    if m is None or m.start() < 12:
        return text
    v, words = m["v"].strip(), m["v"].split()
    capitalised = all(w[:1].isupper() or w in _SMALL_WORDS for w in words) and 1 <= len(words) <= 6
    named = C.VENUE_RE.fullmatch(v) or re.fullmatch(r"(?=\w*[A-Z]\w*[A-Z])[\w&-]{2,12}", v)
    journal = any(w.lower() in _JOURNAL_WORDS for w in words) or v.lower() in C.PREPRINT_SERVERS
    person = len(words) == 2 and A.one_person(words)
    return text[: m.start()] if capitalised and (named or journal or person) else text


@functools.lru_cache(maxsize=1 << 16)  # pure; a title candidate is asked about often
def title_like(text: str) -> bool:
    """Text that could be a title: letters, not an address, a link label or metadata."""
    letters = re.findall(r"[^\W\d_]", text)
    if len(letters) < 2 or _URL_TEXT.match(text):  # ``[arxiv.org/abs/2604.15650](url)``
        return False
    said = _LABELLED.sub("", text)
    if said.strip(" *_") and is_placeholder(said):  # ``Code: Not Found``, ``N/A``
        return False
    if _WE_VERB.fullmatch(text.strip(" :,")):  # ``We propose [Title](url)``: who, not what
        return False
    return not (is_generic(text) or T.metadata_line(text) or header_row(text))


_WE_VERB = re.compile(r"(?i)(?:we|they|this (?:paper|work))(?: \w+){1,2}")
_LABELLED = re.compile(r"^[^:：]{1,20}[:：]\s*")


_URL_TEXT = re.compile(r"^(?:https?://|www\.)?[\w-]+(?:\.[\w-]+)+/\S*$", re.I)  # an address


_TITLE_THEN_NAMES = re.compile(
    r"\s*(?P<head>[^.?!]{3,200}(?:[?!]|(?=\.)))\.?\s+"
    r"(?P<names>(?:[^.?!]|(?<=\b[A-Z])\.(?=\s?[A-Z])){3,300}?)(?<!\b[A-Z])\.(?:\s|$)"
)


_TITLE_THEN_SEMICOLON_NAMES = re.compile(
    r"(?P<t>.{12,}?[^.\s])\.\s+(?P<n>[^;]{3,60}(?:;[^;]{3,60})+)$"
)


def _before_names(text: str) -> str:
    """``How Powerful are Graph Neural Networks? Keyulu Xu, Weihua Hu. ICLR 2019.``,
    ``YOLO9000: Better, Faster, Stronger. Joseph Redmon, Ali Farhadi. CVPR 2017.``: the
    title before a list of people's names closed by a full stop."""
    if "." not in text:  # both patterns need the full stop that closes the names
        return text
    semi = ";" in text and _TITLE_THEN_SEMICOLON_NAMES.match(text)  # ``Title. Ann Lee;Bo Wu``
    if semi and all(
        1 < len(n.split()) < 5 and n.strip()[0].isupper() for n in semi["n"].split(";")
    ):
        return semi["t"]
    m = _TITLE_THEN_NAMES.match(text)
    if m is None or "," not in m["names"] or not A.person_list(m["names"] + ","):
        return title_before_initialled_names(text) or text
    head = m["head"].strip()
    named = re.search(r"[^\W\d_]{2}", head) and not C.is_context_text(head)
    return head if named and (len(head.split()) >= 2 or name_like(head)) else text


_WRAPPED = re.compile(r"\[\s*((?:[^\[\]\s]+\s+){2,}[^\[\]]*?)\s*\]")


def unwrapped(text: str, after: list[tuple] = ()) -> str:
    """``[[Title of a paper]](url)``: link text of three words or more in brackets, unless
    the text ``after`` it on its line is a title (``[[Segment Anything Model (SAM)]](url)
    Segment Anything - ICCV 2023``: the brackets hold a name)."""
    m = _WRAPPED.fullmatch(text) if len(text) <= 400 else None  # bounded: a title is short
    if m is None:
        return text
    rest = []
    for seg in after:
        if seg[0] == "\n":
            break
        rest += seg[0].split() if seg[1] is None else []
    return text if len(rest) >= 2 else m.group(1)
