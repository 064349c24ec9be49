"""Capitalised words after a title's comma that read like names but are the title's own
(``, Object-level, Pixel-level``, ``, Accurate, Robust to Partial Occlusion``). Pure."""

from __future__ import annotations

import re
from itertools import pairwise

from pipeline.formats import authors as A
from pipeline.formats.citations import AUTHORS_AFTER
from pipeline.formats.dates import find_venue
from pipeline.formats.labels import TOPIC_END

_HYPHEN_LOWER = re.compile(r"[A-Za-z]-[a-z]")
"""``Object-level``, ``Multi-task``: a compound no name is written as (``Jean-Pierre``)."""
_PHRASE_GOES_ON = re.compile(r"(?:to|for|with|from|via|without|under|against)\s")
"""A lower-case word that goes on with a phrase where a list of names would go on with a
name (``, Accurate, Robust to Partial Occlusion``; not ``of``, ``in`` or ``on``, which go on
with a venue: ``, Journal of Neural Engineering``)."""
_DIMENSION = re.compile(r"\d{1,2}[A-Za-z]{1,3}\b(?![.,])")
"""``3D``, ``6DoF`` going on after the words: a title's noun phrase (``, Robust, Efficient 3D
Perception``), never a name's next word."""
_TITLE_RUNS_ON = re.compile(
    r"(?P<w>[A-Za-z][\w-]*)(?:\s+[A-Z][\w-]*){0,6}\s+(?:for|with|via|using|towards?)\s+"
    r"[^,.;:()]{1,80}$"
)
"""Words that run on to the end as a title's phrase does (``, Hierarchical, Deep Learning
Photometric Classifier for the LSST``), from a word of titles (:data:`~.authors.TITLE_WORDS`): not
``, Masao Sako for the LSST Dark Energy Science Collaboration``."""


def listed_byline(text: str) -> re.Match[str] | None:
    """The first run of :data:`~.citations.AUTHORS_AFTER`'s names after a comma or a full
    stop that are no title's words: past a title's own list (``Trustworthy LLMs: Safety,
    Security, Privacy. A. Smith, B. Jones``), not at ``, Research Challenges, Future ...``,
    ``, Object-level, Pixel-level`` (a few tries: each search is linear)."""
    at = 0
    for k in range(4):
        listed = AUTHORS_AFTER.search(text, at)
        if listed is None:
            return None
        worded = A.title_worded(listed[0]) or title_words_listed(text, listed)
        if not (worded or _series_to_end(text, listed)):
            return listed if k == 0 or _people_to_end(text[listed.start() :]) else None
        at = listed.start() + 1
    return None


_AND_PHRASE = re.compile(r"(?:and|&)\s+([^,.;:()]+?)\s*$")
_AFFILIATION = re.compile(r"\b(?:from|at)\s+(?:the\s+)?[A-Z]")


def _series_to_end(text: str, listed: re.Match[str]) -> bool:
    """``Learning to Recognize, Observe, Analyze and Drive Through Work Zones``: one word
    each, then ``and`` and a phrase of four words or more closing the text: a title's own
    series (a byline of surnames ends in one, or in a place: ``, Osindero and Teh from the
    University of Toronto``)."""
    items = [p.strip() for p in listed[0].split(",") if p.strip()]
    last = _AND_PHRASE.match(text, listed.end())
    one_word = bool(items) and all(len(p.split()) == 1 for p in items)
    phrase = last[1] if last is not None else ""
    return one_word and len(phrase.split()) >= 4 and not _AFFILIATION.search(phrase)


def _people_to_end(tail: str) -> bool:
    """Names closing the text after a title's own list, each one person, fewer than half of
    them plural (``, Alice Smith, Bob Jones, Carl Lee, 2024.``, ``. A. Smith, B. Jones``; not
    ``, Google Earth, Bing Maps, Apple Maps``)."""
    tail = _CLOSING_YEAR.sub("", tail.strip(" ,."))
    if _INITIAL.search(tail) and A.names_like(tail):
        return True
    pieces = [p for p in _SERIES_SEP.split(tail) if p.strip()]
    plural = sum(p.rstrip().endswith("s") for p in pieces)
    return (
        len(pieces) >= 2
        and 2 * plural < len(pieces)
        and all(A.one_person(p.split()) for p in pieces)
    )


_INITIAL = re.compile(r"\b[A-Z]\.")
_CLOSING_YEAR = re.compile(r",?\s*(?:19|20)\d\d\.?$")


def title_words_listed(text: str, listed: re.Match[str]) -> bool:
    """Capitalised words after a comma that :data:`~.citations.AUTHORS_AFTER` took for
    names, but that are a title's (``, Object-level, Pixel-level``, ``, Accurate, Robust to
    Partial Occlusion``, ``, Robust, Efficient 3D Perception``, ``, Hierarchical, Deep Learning
    Photometric Classifier for the LSST``, ``, Stable and Tiny ... Neural Network``: one phrase
    to the end, with a title's word)."""
    return bool(
        _HYPHEN_LOWER.search(listed[0])
        or _series_with_and(text[listed.start() :])  # ``: One-Shot, Any-Sparsity, And No …``
        or _PHRASE_GOES_ON.match(text, listed.end())
        or _DIMENSION.match(text, listed.end())
        or _title_runs_on(text, listed.end())
        or _worded_to_end(listed[0], text[listed.end() :])
        or _nouns_listed(text[listed.start() :])
    )


_CAPITAL_AND = re.compile(r",\s*And\s+[A-Z]")


def _series_with_and(tail: str) -> bool:
    """A title-cased ``And`` closing a series of no people's names: a title's words (a byline
    writes ``and``; not ``, John Smith, Jane Doe, And Bob Lee``)."""
    people = A.people(tail.strip(" ,.").replace(" And ", " and ")) and not _topical(tail)
    return bool(_CAPITAL_AND.search(tail)) and not people


def _topical(text: str) -> bool:  # ``Weight Pruning, Token Pruning``: a title's words, no names
    return A.title_worded(text) or bool(re.search(r"[a-z]{3,}(?:ing|tion|ness|ity)\b", text))


_NOUN_WORD = re.compile(r"[a-z]{3,}(?:tion|sion|ment|ness|ity|ics|ism)s?\b")
_SERIES_SEP = re.compile(r",\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+")


def _nouns_listed(tail: str) -> bool:
    """``, Experimentation, Content Generation, and Evaluation``: two parts of the series or
    more name things (a word in -tion, -ment, -ness, -ity ...), which people's names do not."""
    parts = [p for p in _SERIES_SEP.split(tail[:300]) if p.strip()]
    return sum(_NOUN_WORD.search(p) is not None for p in parts) >= 2 and not A.BYLINE.search(tail)


_PHRASE_STOPS = re.compile(r"[,.;:()\[\]\d]")
_DASH = re.compile(r"\s[-–—]\s")
_YEAR_BRACKET_END = re.compile(r"\s\([^()]{0,60}\b(?:19|20)\d\d\b[^()]{0,30}\)\s*$")
_VENUE_IN = re.compile(r"\b[Ii]n\s+[A-Z]|\b(?:IEEE|ACM|Transactions|Journal|Proceedings)\b")


def _worded_to_end(listed: str, rest: str) -> bool:
    """The rest runs on to the end as one phrase with a title's word (``, Audio, And Vision``),
    after words that hold no ``et al.`` (``, Stable and Tiny Kilobyte Sized ... Network``), and
    no dash leads it on to a venue or a note; a closing year in brackets is the entry's
    (``, Distributed, Class-Incremental Learning (NeurIPS 2021 Workshop)``)."""
    rest = _YEAR_BRACKET_END.sub("", rest)
    if _PHRASE_STOPS.search(rest) or A.BYLINE.search(listed) or _VENUE_IN.search(rest):
        return False  # ``, Yoshua Bengio in The Handbook of ...``, ``, M. Gori IEEE Transactions``
    if find_venue(rest)[0]:
        return False  # ``, Wei Zhang, Li Na Nature Machine Intelligence``
    dash = _DASH.search(rest)  # ``, John Doe - Journal of ...``; not ``, Audio - A Survey``
    return A.title_worded(rest) and not (dash and _venue_or_note(rest[dash.end() :]))


def _venue_or_note(text: str) -> bool:
    """What a dash after names leads to: a note in lower case, or a venue's name (``Journal of
    ...``, ``Harvard Business Review``), not a subtitle (``A Review``, ``Methods and ...``)."""
    if text[:1].islower():
        return True
    named = A.VENUE_OPEN.match(text) or not _VENUE_NAME_WORDS.isdisjoint(text.lower().split())
    return bool(named) and not _ARTICLE.match(text)


_VENUE_NAME_WORDS = frozenset("journal review transactions proceedings conference letters".split())
_ARTICLE = re.compile(r"(?:A|An|The)\s")


def _title_runs_on(text: str, at: int) -> bool:
    m = _TITLE_RUNS_ON.match(text, at)
    return m is not None and m["w"].lower() in A.TITLE_WORDS


def people_tail(text: str) -> int | None:
    """Where three names or more, one after each comma, close ``text`` (``Title: Bias,
    Robustness, Reliability and Toxicity, Terry Yue Zhuo, Yujin Huang, Chunyang Chen``; names
    written ``Jen-tse Huang`` too), after a title of three words or more; else ``None``. Not
    a title's own list of things, half of them plural (``..., Bing Maps, Apple Maps``)."""
    starts = [0, *(m.end() for m in _NAME_SEP.finditer(text))]
    pieces = [text[a:b].removesuffix(", ").removesuffix("; ") for a, b in pairwise([*starts, None])]
    k = len(pieces)
    while k > 1 and A.one_person(pieces[k - 1].rstrip("*†‡").split()):  # ``Xiujun Shu*``
        k -= 1
    names = pieces[k:]
    semi = ";" in text[starts[min(k, len(starts) - 1)] - 2 :]  # ``, Alexa; Siri``: things too
    if len(names) < (4 if semi else 3) or 2 * sum(n.endswith("s") for n in names) >= len(names):
        return None  # ``..., Google Earth, Bing Maps, Apple Maps``: things, not people
    head = text[: starts[k] - 2]
    first = _FIRST_AFTER_STOP.search(head)  # ``Title. Wenqiang Lei, Xuancong Wang, ...``
    head = head[: first.start()] if first and A.one_person(first["n"].split()) else head
    return len(head) if len(head.split()) >= 3 else None


_WORD = r"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?"
_NAME = rf"{_WORD}(?:\s+(?:[A-Z]\.|{_WORD})){{1,3}}"
"""A person's name: two to four capitalised words or initials (``Jean-Pierre``, not
``State-of-the-Art``)."""
_TWO_AFTER_STOP = re.compile(
    rf"^(?P<t>.{{12,}}?[^\s.A-Z][.?!])\s+(?P<a>{_NAME})\s+(?:and|&)\s+(?P<b>{_NAME})\.?$"
)


def two_people_tail(text: str) -> int | None:
    """Where two people joined by ``and`` close ``text`` after its title's full stop
    (``Prophet: Forecasting at Scale. Sean J. Taylor and Benjamin Letham``), else ``None``;
    not two topics (``... Series. Deep Learning and Neural Networks``)."""
    m = _TWO_AFTER_STOP.match(text) if " and " in text or " & " in text else None
    if m is None or any(TOPIC_END.search(m[k]) or not A.one_person(m[k].split()) for k in "ab"):
        return None
    return len(m["t"]) - 1 if len(m["t"].split()) >= 3 else None


_FIRST_AFTER_STOP = re.compile(r"\.\s+(?P<n>[^.]+)$")
_NAME_SEP = re.compile(r"[,;] ")
"""Between two names: a comma, or a semicolon (``Title, Xiujun Shu; Ge Li; Xiao Wang``)."""


_DASH_NAMES = re.compile(r"^(?P<t>.{12,}?)\s+[-–—]\s+(?P<n>(?:(?!\s[-–—]\s).){3,300})$")
_PARTS = r"(?!(?:Part|Chapter|Section|Volume|Appendix|Phase|Stage|Step|Level|Type)\b)"
"""Not a name: ``Part Two``, ``Chapter 3``."""
_INITIALLED = re.compile(rf"{_PARTS}[A-Z][a-z]+(?: [A-Z]\.)+ [A-Z][\w'’-]+")


_PAREN_YEAR = re.compile(r"(?<!\s)\s*\((?:19|20)\d\d\)$")
_NOUN_END = re.compile(
    r"(?:ments?|tions?|sions?|tures?|ness|ities|ity|ics|\w{6}ings?|\w{3}(?:ned|ted|sed|ded|zed))$"
)
"""A word no name ends so (``Management``, ``Architecture``, ``Determining``, ``Learned``):
``Title - Lessons Learned (2010)`` ends in a subtitle and its year, not a byline."""


def dash_people(text: str) -> int | None:
    """Where a dash and the authors close ``text``: ``Title - Koji Azuma, Kiyoshi Tamaki &
    Hoi-Kwong Lo``, one name with a middle initial (``Title - Andrew M. Steane``) or with
    the year in brackets (``Title - Nuno Preguiça (2009)``); else ``None``."""
    m = _DASH_NAMES.match(text)
    names = m["n"].strip(" .") if m else ""
    dated = _PAREN_YEAR.search(names) if re.match(_PARTS, names) else None  # ``Title - Leslie
    # Lamport (1978)``: a byline and its year (not ``Title - Part Two (2019)``)
    names = names[: dated.start()] if dated else names
    words = names.split()
    dated = dated if dated and not any(_NOUN_END.search(w) for w in words) else None
    one = A.one_person(words) and (dated or _INITIALLED.fullmatch(names)) is not None
    # not ``Title - Name - Wang et al.``: a name or a note between (``cleantitle._DASH_NOTE``)
    parts = [p for p in re.split(r",\s*(?:and\s+)?|\s+(?:and|&)\s+", names) if p]
    things = 2 * sum(p.endswith("s") for p in parts) >= len(parts)  # ``Stanford Cars, ...``
    people = len(parts) >= 3 or "." in names  # not ``Computed Tomography and Magnetic Resonance``
    listed = A.names_like(names) and people and not things and not A.ET_AL.search(names)
    return m.end("t") if m and (one or listed) else None
