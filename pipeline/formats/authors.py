"""Author lists as lists write them before or after a title: ``A. Author, B. Author and
C. Author``, MLA (``Karpathy, Andrej, and Li Fei-Fei.``), APA (``Summerfield, C.``),
Vancouver (``Smith AB``), author sentences (``Names. 2017.``). Pure."""

from __future__ import annotations

import functools
import re

from pipeline.formats.common import CAPITAL, EMOJI, NAME_SIGN, SHORTCODES

_PARTICLE_WORDS = "van|von|de|der|den|di|da|la|le|du|dos|del|della|al|y"
NAME_WORD = re.compile(rf"^(?:[^\W\d_][\w'’\-.]*|{_PARTICLE_WORDS})$")
"""One word of a person's name (parts are split into words first: no exponential backtracking)."""


def name_part(part: str) -> bool:
    """One to five name words (``Alexander C. Berg``, ``Wan-Yen Lo``, ``van der Maaten``)."""
    words = part.split()
    return 1 <= len(words) <= 5 and all(NAME_WORD.match(w) and _capital(w) for w in words)


def _capital(word: str) -> bool:
    """``Çalikli``, ``Łukasz``, ``Berg``; the particles ``van``, ``de``, glued on (``deVeciana``)."""
    return word[0].isupper() or word in PARTICLES or _GLUED_PARTICLE.match(word) is not None


PARTICLES = frozenset(_PARTICLE_WORDS.split("|"))
_GLUED_PARTICLE = re.compile(rf"(?:{_PARTICLE_WORDS}|[dl]['’])[A-Z][a-z]")  # ``d'Aspremont``
ET_AL_WORDS = r"et(?:\.\s*|\s+)al"  # ``et al``, ``et. al``, ``et.al``: as lists spell it
ET_AL = re.compile(rf",?\s*\b{ET_AL_WORDS}\b\.?")
TWO_SURNAMES = re.compile(r"[A-Z][\w'’-]+(?:\s*(?:&|and)\s*[A-Z][\w'’-]+|\s+et\s+al\.?)")
"""``Serrano & Smith``, ``Lundberg and Lee``, ``Ribeiro et al.``: a byline of surnames."""
_W, _S = r"[A-Z][\w'’-]+", r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
SURNAME_LIST = re.compile(
    rf"Anon(?:ymous)?|{_S}(?:,\s*{_S})+,?\.?|{_W}(?:, {_W})*,? (?:and|&) {_W}\.?|{_S},? et\.? al\.?"
)
"""``Verma, Lamb, Bengio``, ``Ho and Jain``, ``Chu et al.``, ``Anon``: surnames only (fullmatch)."""
_INITIALED_NAME = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z]\.)+ (?:(?:van|von|de|der|d['’]) ?)?[A-Z][\w'’-]+")  # fmt: skip


def byline_names(text: str) -> bool:
    """``Vinyals and Quoc``, ``Chu et al.``, ``David L. Donoho``: surnames only, or one name
    with its initials, before a linked title (a byline of no first names to read as one)."""
    return bool(SURNAME_LIST.fullmatch(text) or _INITIALED_NAME.fullmatch(text))


_SPACING_ACCENTS = re.compile("[\u00b4\u0060\u00a8\u02c7\u02d8\u02dc\u02c6](?: (?=[a-z]))?")
"""Accents a PDF copy leaves beside their letter (``Veliˇckovi´c``, ``Li` o``)."""
_HYPHENS = str.maketrans("\u2010\u2011", "--")


def _plain(text: str) -> str:
    """Name text with a PDF copy's loose accents gone and Unicode hyphens as ``-``
    (``Watt\\u2010Meyer, O.``), spacing as it is."""
    return _SPACING_ACCENTS.sub("", text).translate(_HYPHENS)


_GLUED_AND = re.compile(r"\band(?=[A-Z])")
_GLUED_INITIAL = re.compile(r"\b([A-Z])\.(?=[A-Z][a-z])")
_SPACED_DASH = re.compile(r"\b([A-Z])\.\s+-(?=[A-Z]\.)")
_MARKS = re.compile(r"[∗†*‡§¶\d]")
_SPACED_MARK = re.compile(r"(?<=[a-z])\s+\d{1,2}(?=\s+[A-Z]|\s*$)")  # ``Wang 1 Xi-Zhu Wu 1``
_ANONYMOUS = re.compile(r"(?i)anonymous\s+authors?")
_AND, _AND_AMP, _INITIAL = re.compile(r"\band\b"), re.compile(r"\band\b|&"), re.compile(r"\b[A-Z]\.")  # fmt: skip
_COMMA_AND, _COMMA_AND_AMP = re.compile(r",|\band\b"), re.compile(r",|\band\b|&")
_LOWER_WORD = re.compile(r"[a-z]+")


@functools.lru_cache(maxsize=1 << 16)  # pure; lists repeat their texts
def names_like(text: str) -> bool:
    """True for an author list: ``A. Author, B. Author and C. Author``, ``Li et al.``."""
    text = " ".join(EMOJI.sub(" ", SHORTCODES.sub(" ", text[:4000].replace("，", ", "))).split())
    t = _GLUED_AND.sub("and ", _plain(text))  # ``andQ. V. Le``
    t = _GLUED_INITIAL.sub(r"\1. ", t)  # ``H.Wang``
    t = _SPACED_DASH.sub(r"\1.-", t)  # ``C. -M. Hung`` (IEEE's spacing)
    t = _MARKS.sub("", _SPACED_MARK.sub(",", t)).strip(" ,.;:")
    et_al = bool(ET_AL.search(t))
    t = ET_AL.sub("", t)
    if _ANONYMOUS.fullmatch(t):
        return True
    if title_worded(t):
        return False  # ``Language Models, Agent Models, and World Models: …`` is a title
    semi = [p.strip(" .") for p in t.split(";")]  # ``Qianyue Hao; Fengli Xu; Yong Li``
    signed = len(semi) > 2 or NAME_SIGN.search(t) or all(LAST_FIRST.match(p) for p in semi)
    odd = [p for p in semi if not (LAST_FIRST.match(p) or _person(p))]  # ``…; guiguang ding``
    lower = len(semi) >= 4 and len(odd) == 1 and _LOWER_NAME.fullmatch(odd[0]) is not None
    if len(semi) >= 2 and signed and (not odd or lower):
        return True  # ``Jamshid Sourati; James A. Evans``; not ``Look Closer; Think Deeper``
    pairs = [p.strip(" .") for p in _AND.split(t)]
    pairs = pairs[:-1] if len(pairs) > 2 and pairs[-1] == "others" else pairs  # ``and others``
    if len(pairs) >= 2 and all(LAST_FIRST.match(p) for p in pairs):
        return True  # BibTeX order: ``Zhang, ZhiHao and Wang, Jun``
    parts = [p.strip(" .") for p in _COMMA_AND_AMP.split(t) if p.strip(" .")]
    article = t.startswith(("A ", "The ")) and not et_al and "," not in t and len(parts) == 2
    if article and not _LONE_INITIAL.match(parts[1]):
        return False  # ``A Simple and Effective Pruning Approach``: an article, not ``A Smith``
    if (len(parts) >= 2 or et_al) and all(_SURNAME_INITIALS.fullmatch(p) for p in parts):
        return True  # Vancouver and GB/T 7714: ``Smith AB, Lee CD``, ``Rusu A A, Desjardins G``
    if not parts or not all(_person(p) or (et_al and name_part(p)) for p in parts):
        return False
    joined = bool(_AND_AMP.search(t))
    initials = bool(_INITIAL.search(t))
    return et_al or (len(parts) >= 2 and (joined or initials or len(parts) >= 3))


_LOWER_NAME = re.compile(r"[a-z]+(?:[ -][a-z]+){1,2}")  # ``guiguang ding`` among names
_LONE_INITIAL = re.compile(r"[A-Z]\.?\s")
"""A name's first initial (``B Jones``, ``B. Jones``): the byline ``A Smith and B Jones``."""
TITLE_WORDS = frozenset(
    "models model networks network learning language agents agent vision systems system "
    "transformers transformer attention reasoning planning images image video diffusion "
    "generative neural graphs graph knowledge robots robot machines machine data towards "
    "via survey reinforcement policy policies applications challenges directions future "
    "perspectives opportunities trends advances motion optical camera segmentation "
    "depth detection recognition estimation generation embeddings embedding distillation "
    "functionality granularity analysis benchmark benchmarks dataset datasets framework "
    "tracking retrieval classification prediction optimization representation "
    "representations adaptation alignment evaluation inference training understanding "
    "translation synthesis reconstruction localization navigation perception editing "
    "compression multimodal unsupervised supervised contrastive temporal spatial federated "
    "adversarial attacks tasks problems methods taxonomy taxonomies explainability "
    "interpretability integration review reviews overview tutorial primer simple "
    "efficient robust scalable accurate powerful lightweight flexible paradigm checker "
    "engineering memory skills protocols tools design control security privacy safety "
    "fairness algorithms architectures architecture computing programming robotics".split()
)
"""Words of titles that are nobody's name: text holding one is not an author list."""

_SURNAME_INITIALS = re.compile(
    r"[A-Z][\w'’-]+(?: [A-Z][a-z][\w'’-]*){0,2} (?:[A-Z]{1,3}|[A-Z](?: [A-Z]){1,2})"
)
"""``Smith AB``, ``Rusu A A``: a surname and initials without periods."""

LAST_FIRST = re.compile(
    r"^[A-Z][\w'’\-]*(?:\s(?:Jr\.?|Sr\.?|II|III|IV))?,\s*[A-Z][\w'’\-.]*(?:\s+[A-Z][\w'’\-.]*){0,2}"
    rf"(?:\s(?:{_PARTICLE_WORDS}))*$"
)
"""``Yu, Licheng``, ``Daumé III, Hal``, ``Hengel, Anton van den``: one name, surname first."""


def _person(part: str) -> bool:
    """``Alexander C. Berg``, ``Wan-Yen Lo``: two to five capitalised words, no acronym."""
    return name_part(part) and 2 <= len(part.split()) <= 5


_APA_PARTICLE = r"(?:[a-z]{1,3}['’ -]|della )"  # ``van der``, ``da``, ``d'``, ``ul-``
APA_NAME = rf"{_APA_PARTICLE}{{0,2}}{CAPITAL}[\w'’-]*(?: {_APA_PARTICLE}{{0,2}}{CAPITAL}[\w'’-]*){{0,2}}, {CAPITAL}(?:-{CAPITAL})?\.(?:[ -]{{0,2}}{CAPITAL}\.){{0,3}}(?:(?: (?:van|von|de|der|den|da|di|du|le|la)){{1,2}}(?=,| \())?"
"""One APA author: surname and particles (``van der Maaten``), initials (``Nieuwkerk, M. van``)."""
_APA_AUTHORS = re.compile(
    rf"^{APA_NAME}(?:, {APA_NAME})*(?:,? (?:\.\.\. |… )?(?:&|and) {APA_NAME}|,? (?:\.\.\.|…) {APA_NAME}|,? et al\.)?\.?$"
)
"""``Pesnot Lerousseau, J., & Summerfield, C.``, ``Hagendorff, T., Binz, M., ... & Schulz, E.``,
``Wang, X., Quinn, D., et al.``, APA 7's ``A, B., … Forstmann, B. U.``: APA authors (surname, initials), ``& ``before the last (Harvard: ``and``)."""


_MLA_NAME = rf"[A-Z][\w'’.-]+(?: (?:[A-Z][\w'’.-]+|{_PARTICLE_WORDS})){{0,4}}"
MLA_AUTHORS = re.compile(
    rf"^[A-Z][\w'’-]+, [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]*)?(?: (?:{_PARTICLE_WORDS})){{0,2}}(?:, {_MLA_NAME})*"
    rf",? (?:and {_MLA_NAME}|et al)\.?$"
)
"""``Karpathy, Andrej, and Li Fei-Fei.``, ``Yu, Licheng, et al.``, ``Oord, Aaron van den, and
Koray Kavukcuoglu.``: MLA (first surname first, its particles after the given name)."""


def surname_first(text: str) -> bool:
    """APA authors, surname and initials (``Misra, I., Gupta, A., & Hebert, M.``); not MLA,
    whose first-name form a title-case title can take (``Look, Listen and Learn``)."""
    t = " ".join(_plain(text[:1000]).split())
    return bool(_APA_AUTHORS.match(t))


def person_list(text: str) -> bool:
    """``Mateusz Malinowski, Mario Fritz,`` or MLA authors: the names before a title."""
    t = " ".join(_plain(text[:1000]).split())
    if MLA_AUTHORS.match(t) or _APA_AUTHORS.match(t):
        return True
    parts = [p.strip() for p in t.split(",")]
    return t.endswith(",") and len(parts) >= 2 and all(_person(p) for p in parts[:-1])


_SENTENCE_YEAR = re.compile(r"\.\s+(?:19|20)\d\d[a-z]?\.?$")


def author_sentence(text: str) -> bool:
    """``Nguyen Bach, Sameer Badaskar.``, ``Scott B Huffman. 1995.``: the authors as a
    sentence of their own (and the year as the next), before a bold title."""
    t = " ".join(_plain(text[:1000]).split())
    dated = _SENTENCE_YEAR.search(t) is not None
    t = _SENTENCE_YEAR.sub(".", t)
    if not t.endswith(".") or t.endswith(" et al."):
        return names_like(t)
    parts = [p.strip() for p in re.split(r",|\band\b", t[:-1]) if p.strip()]
    return (dated or len(parts) >= 2) and all(_person(p) for p in parts)


MAKER_WORD = re.compile(
    r"(?i)\b(?:research|university|institute|labs?|inc|team|fair|brain|group)\b"
)
"""A word that names an organisation (``Google Brain``, ``FAIR``), not a person."""
_LEAD_YEAR = re.compile(r"^(?:19|20)\d\d\\?[.,]\s+")
_ORG = re.compile(r"^[A-Z][\w-]*(?: (?:Team|AI|Lab|Research|Group))?\.?$")
"""``DeepSeek-AI.``, ``Qwen Team.``: an organisation as the author (after a leading year)."""
_AUTHOR_YEAR = re.compile(r"^(?P<names>.+?)\.?\s+\(?(?:19|20)\d\d[a-z]?\)?\s*[.:,]?\s*$")


_SURNAMES_YEAR = re.compile(
    r"^[A-Z][\w'’-]+(?:\s*(?:&|and)\s*[A-Z][\w'’-]+|\s+et\s+al\.?)?,\s*(?:19|20)\d\d[a-z]?\.$"
)
"""``Walters and Barzilay, 2021.``, ``Coley, 2020.``: a citation's surnames and year."""
SURNAME = re.compile(r"[A-Z][a-z'’-]+")
"""``Coley``: a surname alone, no inner capital or digit (not ``BERT``, ``ELMo``, ``ViT``)."""
_ONE_AUTHOR = re.compile(
    r"^(?:[A-Z]\.\s?){1,3}[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?(?:[.,]|(?=\s+\((?:19|20)\d\d\)))"
    r"(?:\s+[^.]{0,60}?(?:19|20)\d\d\)?\.?)?$"
)
"""One author with initials: ``G. Vouros.``, ``G. Vouros. CSUR 2022.``, ``M. L. Littman. (1994).``"""


def author_lead(text: str) -> bool:
    """``A. Author, B. Author, and C. Author. 2017.``: authors (and a year) before a title."""
    t = " ".join(_plain(text).split()).rstrip(' "“')  # ``(2015). "[Title]``
    dated = _LEAD_YEAR.match(t)  # ``2018. Taku Kudo.``, ``2024. DeepSeek-AI.``: year first
    rest = t[dated.end() :].rstrip(" .") if dated else ""
    people = [p.strip() for p in _COMMA_AND.split(rest) if p.strip()]
    mla = MLA_AUTHORS.match(rest + ".") or LAST_FIRST.match(rest)  # ``2020, Rashed, Ammar, ...``
    if dated and (_ORG.match(rest) or (people and all(_person(p) for p in people)) or mla):
        return True
    m = _AUTHOR_YEAR.match(t)
    one = m is not None and LAST_FIRST.match(m.group("names").strip(" ."))  # ``Tian, Jin. (2000).``
    cited = _SURNAMES_YEAR.match(t)  # ``Walters and Barzilay, 2021.``, ``Coley, 2020.``
    lead = t.split(",")[0]  # one word is a surname: not ``BERT, 2018.``, ``Transformer, 2017.``
    if cited and " " not in lead and (not SURNAME.fullmatch(lead) or title_worded(t)):
        cited = None
    return names_like(m.group("names") if m else t) or bool(_ONE_AUTHOR.match(t) or one or cited)


def authors_before_bold(text: str) -> bool:
    """``Names, **Title**``, ``Names. 2017. **Title**``, ``:emoji: - Names. "**Title**"``:
    the authors before a bold title."""
    text = SHORTCODES.sub("", text).strip(" -–\"“'‘")
    one = text.endswith(".") and LAST_FIRST.match(text[:-1]) is not None  # ``Krotov, Dmitry.``
    harvard = harvard_names(text.rstrip(" ,"))  # ``Wang, K., Herranz, L. and ...``
    return person_list(text) or author_sentence(text) or names_like(text) or one or harvard


_PARTICLE = rf"(?:(?i:{_PARTICLE_WORDS})\s+)*"
_HARVARD = re.compile(
    rf"^{_PARTICLE}[A-Z][\w'’-]+,\s(?:[A-Z]\.\s?-?)+"
    rf"(?:(?:,\s|,?\s(?:and|&)\s){_PARTICLE}[A-Z][\w'’-]+(?:,\s(?:[A-Z]\.\s?-?)+)?)+,?$"
)
"""``Wang, K., Herranz, L. and van de Weijer, J.``: Harvard authors, surname and initials."""


def harvard_names(text: str) -> bool:
    """``text`` is Harvard authors, surname and initials (:data:`_HARVARD`)."""
    return _HARVARD.match(text) is not None


_ONE_CITED = re.compile(r"[A-Z][\w'’-]+, (?:[A-Z]\.\s?-?){1,3}")


def cited_names(text: str) -> bool:
    """A citation's authors, surname and initials, one or more (``Posch, C.,``,
    ``Serrano-Gotarredona, T. , Andreou, A.G. ,``), however its commas are spaced."""
    t = " ".join(re.sub(r"\s+,", ",", text).split()).rstrip(" ,")
    return harvard_names(t) or _ONE_CITED.fullmatch(t) is not None


_BIB_YEAR = re.compile(r"\s*\((?:19|20)\d\d[a-z]?\)\s*[:.]?\s*$")
_BIB_NAME = re.compile(r"[^\W\d][^,\s]*(?: [^,\s]+){0,3}, [^\W\d][^,]{0,40}|others")
"""``van Gerven, Marcel``, ``B{\\'e}langer, Micheline``: one BibTeX name, surname first."""


def bibtex_names(text: str) -> bool:
    """``Xie, Ning and Ras, Gabrielle and others (2020):``: BibTeX's author field (surname,
    given names; ``and`` between names), maybe with the year after it."""
    parts = _BIB_YEAR.sub("", text[:1000]).strip().split(" and ")
    return len(parts) >= 2 and all(_BIB_NAME.fullmatch(p.strip()) for p in parts)


def reads_as_authors(text: str) -> bool:
    """A title that is only an author list (``Yang, Yang, et al.``, ``H. Kameoka, T. Kaneko,
    and N. Hojo.``): the reader took the authors for the title. Stricter than
    :func:`names_like`, which also takes ``Large Language Models and Knowledge Graphs``:
    initials, ``et al``, three names or more, or a citation style's author form."""
    t = " ".join(text[:1000].split())
    if person_list(t if t.endswith(".") else t + "."):
        return True  # MLA or APA (a trailing full stop is often cut off a title)
    strong = re.search(r"\b[A-Z]\.|\bet\s+al\b", t) is not None or t.count(",") >= 2
    pair = t.count(",") == 1 and all(one_person(p.split()) for p in t.split(","))
    return (strong and names_like(t)) or pair  # ``Xuanhe Zhou, Xinyang Zhao``


BYLINE = re.compile(r"\bet\.?\s+al\b|^by\s")
"""``Meng et al.``, ``by Meng et. al.``: the authors after a title, not a title."""


_NOT_NAME_WORDS = frozenset("a an the of for with and in on to via from at by".split())


def one_person(words: list[str]) -> bool:
    """``Chiyuan Zhang``, ``Rodrygo L. T. Santos``: two or three capitalised words that are
    no title's words, and up to two middle initials besides."""
    initials = sum(1 for w in words[1:-1] if _MIDDLE_INITIAL.fullmatch(w))
    return 2 <= len(words) - min(initials, 2) <= 3 and all(
        w[:1].isupper() and w.lower() not in _NOT_NAME_WORDS and w.lower() not in TITLE_WORDS
        for w in words
    )


_MIDDLE_INITIAL = re.compile(r"[A-Z]\.")
"""A middle initial (``L.``), not an abbreviation (``U.S.``)."""


def people(text: str) -> bool:
    """``Yanjun Zhang, Bo Wang``, ``A Name, B Name, and C Name``: two people or more, by
    comma (the last may be joined by ``and``)."""
    parts = _name_parts(text)
    return len(parts) > 1 and all(one_person(p.split()) for p in parts)


def mostly_people(text: str) -> bool:
    """:func:`people`, or three names or more of which one only may not read as a name
    (``..., David M.S. Johnson``), the odd one not first unless four or more open with a
    surname alone (``Xu, Yang Yang, Junru Chen, Xin Jiang``: a given name the list lost)."""
    parts = _name_parts(text)
    odd = sum(not one_person(p.split()) for p in parts)
    lead = parts and (
        one_person(parts[0].split()) or (len(parts) > 3 and SURNAME.fullmatch(parts[0]))
    )
    return people(text) or (len(parts) >= 3 and odd <= 1 and bool(lead))


def _name_parts(text: str) -> list[str]:
    """The names of a comma list (the last may be joined by ``and``), unless every one ends
    as a plural (``Stanford Cars, Oxford Flowers, and Caltech Birds``)."""
    parts = _PEOPLE_SPLIT.split(text) if "," in text else []
    plural = all(p.split()[-1][-1:] == "s" for p in parts if p.split())  # ``Oxford Flowers``
    joined = re.search(r"\s(?:and|&)\s|&", text) is not None
    return [] if joined and plural else parts


_PEOPLE_SPLIT = re.compile(r",\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+")


def title_worded(text: str) -> bool:
    """``text`` holds a word titles use and names do not (``Learning``, ``Networks``)."""
    return not TITLE_WORDS.isdisjoint(_LOWER_WORD.findall(text.lower()))


def apa_part(text: str) -> str:
    """``[1] Yue, L., & Zhou, M. (2024).``, ``(2021, June).``: the authors without the reference
    number and the year around them (the patterns anchor at one end each: linear on spaces)."""
    return _REF_YEAR.sub("", _REF_NUMBER.sub("", text[:1000]).rstrip()).rstrip()


_REF_NUMBER = re.compile(r"^\s*\[\d{1,4}\]\s*")
APA_MONTH = r",\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s\d{1,2})?"
"""APA's month after the year in brackets: ``(2021, June)``, ``(2019, Jan. 27)``."""
_REF_YEAR = re.compile(rf"\((?:19|20)\d\d[a-z]?(?:{APA_MONTH})?\)\.?$")
AUTHOR_DATE = re.compile(r"(?<=[\w.])\.?\s+(?:19|20)\d\d[a-z]?\.\s*$")
"""The year closing a Chicago author-date byline (``Jones, Andy L. 2021.``)."""


def chicago_names(names: str) -> bool:
    """``Brown, Noam, and Tuomas Sandholm. 2017.``, ``Jones, Andy L. 2021.``, ``Yuxi Xie,
    Anirudh Goyal, Michael Shieh. 2024.``: Chicago author-date names (two comma-separated
    parts or more, each of four capitalised words at most), closed by the year."""
    m = AUTHOR_DATE.search(names)
    if m is None:
        return False
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", names[: m.start()])]
    return len(parts) >= 2 and all(
        p == "et al" or (0 < len(p.split()) <= 4 and p[0].isupper()) for p in parts
    )


VENUE_OPEN = re.compile(r"(?:Advances\s+in|Proceedings|Proc\.|In\s+Proc|IEEE|ACM|International|Journal|Conference|Transactions|arXiv)\b")  # fmt: skip
"""Words that open a venue's name; a known venue (``NeurIPS``) is ``common.VENUE_RE``'s."""


_NAMES_YEAR = re.compile(r"(?P<n>[^-–—]{2,80}?)\s*[-–—.]\s*(?:19|20)\d\d[a-z]?\s*[-–—:,.]?")
"""``Faruqui and Dyer - 2014 - ``, ``Padmasundari and Srinivas Bangalore. 2018. ``."""


def names_then_year(text: str) -> bool:
    """``text`` (before a bold title) is the authors and the year (:data:`_NAMES_YEAR`), names
    joined by ``and``, ``&`` or commas, each capitalised (``Clark and Gardner``; not ``Speech
    and Language Processing. 2023. **Dan Jurafsky**``, a title's words)."""
    m = _NAMES_YEAR.fullmatch(text.strip())
    if m is None:
        return False
    words = [w for w in m["n"].split() if w not in ("and", "&")]
    joined = " and " in m["n"] or " & " in m["n"] or "," in m["n"]
    named = bool(words) and all(not w[:1].islower() for w in words) and len(words) <= 16
    return names_like(m["n"]) or (joined and named and not title_worded(m["n"]))
