"""Who made a paper, named where a title might be: an institution or a company
(``DAMO Academy, Alibaba Group``, ``Tacotron 2 (Google)``). Pure."""

from __future__ import annotations

import re


def makers(text: str) -> bool:
    """A line that names who made a paper, not its title: an institution or a company
    (``DAMO Academy, Alibaba Group``, ``Mistral AI, Paris``), short and without a colon."""
    words = text.replace(",", " , ").split()
    if ":" in text or not 1 <= len([w for w in words if w != ","]) <= 8:
        return False
    strong = _STRONG & set(words)
    ends = {p.split()[-1] for p in text.split(",") if p.split()}  # ``Alibaba Cloud Qwen Team``
    weak = _WEAK & ends and len(words) <= 4
    placed = re.fullmatch(r"[^,]{2,40}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?){1,2}", text.strip())
    return bool(
        strong or weak or (placed and _PLACED_MAKERS & set(words)) or (placed and len(words) <= 4)
    )


_STRONG_WORDS = (
    "University Université Institute Academy Laboratory Laboratories Inc Corporation "
    "Google DeepMind Microsoft Facebook OpenAI NVIDIA Amazon Apple IBM Baidu Alibaba Tencent "
    "ByteDance Huawei Anthropic Zhipu FAIR".split()
)
_STRONG = frozenset([*_STRONG_WORDS, "Inc."])
_WEAK = frozenset(
    "Research Lab Labs Group Center Centre School Department Team AI Workshop".split()
)
_PLACED_MAKERS = _WEAK | {"Face", "Meta"}  # ``BigScience Workshop, Hugging Face``


_BRACKET_TAIL = re.compile(r"\s*\((?P<m>[^()]{2,60})\)\s*$")
_ORGANISATION = re.compile(
    r"(?:[A-Z][\w&.'’-]*\s+)*(?:University|Université|Institute|Academy)\b.*|.*\b(?:University|Institute|Academy)"
    r"|(?:[A-Z][\w&.'’-]*\s+)*(?:Research|Lab|Labs|Team|Group|Brain)"
)
"""``University of Montreal``, ``Nanjing University of Science and Technology``, ``AI Speech
Lab``, ``Huawei Noah's Ark Lab``, ``Baidu Research``: an organisation."""


def without_maker(text: str) -> str:
    """``Tacotron 2 (Google)``, ``Deep Speech (Baidu Research)``, ``FastSpeech (AI Speech
    Lab, ByteDance)``: a title without its maker in brackets after it, each part of the
    bracket a company or an organisation (after a short name: a long title's maker must be
    one by its name, ``(Google Research)``, ``(Qwen Team)``); and a reader's note in brackets
    after a title of three words or more (``(from Meta)``, ``(use text instructions to modify
    images)`` beside it); not ``Title (Extended Abstract)``, ``(Apple Silicon)``, ``(AI)``."""
    cut = False  # a maker or ``(from X)`` note cut: a lower-case note beside it is a note too
    for _ in range(3):  # ``Title (from Meta) (use text instructions to modify images)``
        m = _BRACKET_TAIL.search(text)
        if m is None:
            return text
        words, note = len(text[: m.start()].split()), m["m"].strip()
        spaced = words >= 3 and text[m.start()].isspace()  # not ``O(n log n)``
        maker = (words > 0 and _maker_note(note, words)) or (spaced and _from_names(note))
        lower = spaced and _LOWER_NOTE.fullmatch(note) and (cut or _noted_before(text, m))
        if not (maker or lower):
            return text
        text, cut = text[: m.start()], True
    return text


def _maker_note(note: str, words: int) -> bool:
    """``(Google)``, ``(AI Speech Lab, ByteDance)`` after a short name; after a longer title a
    maker by its name (``(Google Research)``, ``(Qwen Team)``; not ``(Lie Group)``)."""
    first, *rest = (p.strip() for p in note.split(","))
    made = all(_organisation(p) or (rest and _PLACE.fullmatch(p)) for p in [first, *rest][1:])
    made = made and _organisation(first)  # ``(Microsoft Research, Redmond)``: then its place
    return made and (words <= 4 or _NAMED_MAKER.search(note) is not None)


def _organisation(part: str) -> bool:
    return part in _STRONG or _ORGANISATION.fullmatch(part) is not None


_PLACE = re.compile(r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+)?")
"""``Berkeley``, ``Redmond``, ``Hong Kong``: the place after an organisation in brackets."""


def _noted_before(text: str, m: re.Match[str]) -> bool:
    """A maker or a ``(from X)`` note closes the text before bracket ``m`` (``Title (from
    Meta) (use text …)``): a lower-case note beside it is the reader's too, where alone it may
    be a title's own (``(improves camera calibration)``, ``(and how to read them)``)."""
    before = _BRACKET_TAIL.search(text[: m.start()])
    if before is None:
        return False
    words = len(text[: before.start()].split())
    return _maker_note(before["m"].strip(), words) or _from_names(before["m"].strip())


_CONNECTORS = frozenset("the of for and at de la du".split())


def _from_names(note: str) -> bool:
    """``from Meta``, ``from Cohere, Anthropic, NYU``, ``from the Allen Institute for AI``,
    ``from CMU/Google``: who a paper is from, by name (each word a name's, with a capital or a
    digit, or a name's joining word); not ``from English into Swahili``, ``from scratch``."""
    if not note.startswith("from "):
        return False
    tokens = [t for t in re.split(r"[\s,&/]+", note[5:]) if t]
    named = [t for t in tokens if any(c.isupper() or c.isdigit() for c in t)]
    return bool(named) and all(t in named or t in _CONNECTORS for t in tokens)


_NAMED_MAKER = re.compile(
    r"\b(?:" + "|".join(sorted(_STRONG_WORDS)) + r")\b|\b(?:Research|Labs?|Laboratory|Team)\s*$"
)
_LOWER_NOTE = re.compile(r"[a-z][\w'’-]*(?:,?\s+(?![A-Z][a-z])[\w'’-]+){2,}")
"""Three words or more in lower case (``a fully open sourced coding model``, ``text, video,
audio``, ``a strong 13B reasoner``): a reader's note beside a maker or a ``(from X)`` note."""


_ACRONYM = re.compile(r"[A-Z]{2,6}")  # ``UCB``, ``MSRA``, ``CMU``


def organisations(text: str) -> bool:
    """``Google Research``, ``UCB & Google Research``, ``Tsinghua University, FAIR``: only
    who made a paper, every part an organisation, a company or a lab's acronym; not a title
    that names one (``DeepMind Control Suite``)."""
    parts = [p.strip() for p in re.split(r",|&|\band\b", text)]
    return all(p in _STRONG or _ACRONYM.fullmatch(p) or _ORGANISATION.fullmatch(p) for p in parts)


_YEAR_THEN_WHO = re.compile(
    r",\s*(?:19|20)\d\d\s*,\s*(?P<w>[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|&|and|of|for)){0,4})\s*$"
)


def year_then_makers(text: str) -> int | None:
    """Where a title ends before ``, 2014, Microsoft`` (its year, then who made it or where,
    each part joined by ``&`` or a comma one of :func:`_who`'s: ``Columbia & IBM``, ``The
    Ohio State University``, ``Univ. of Sydney``), after three words or more; ``None`` for a
    clause (``…, 2020, Lessons for Europe``)."""
    m = _YEAR_THEN_WHO.search(text)
    if m is None or len(text[: m.start()].split()) < 3:
        return None
    parts = [p.strip() for p in re.split(r"\s*&\s*|,", m["w"]) if p.strip()]
    return m.start() if parts and all(_who(p) for p in parts) else None


def _who(part: str) -> bool:
    """One part of who made a paper: a capitalised word, an organisation, a university by its
    short name (``Univ. of Sydney``) or two people (``Hinton and Salakhutdinov``)."""
    if len(part.split()) == 1 or makers(part) or organisations(part):
        return True
    return bool(_UNIV_OF.fullmatch(part) or _TWO_NAMES.fullmatch(part))


_UNIV_OF = re.compile(r"Univ\.?\s+of\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?")
_TWO_NAMES = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)?\s+and\s+[A-Z][a-z]+(?:[A-Z][a-z]+)?")
