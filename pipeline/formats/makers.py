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


_BRACKET_TAIL = re.compile(r"\s*\((?P<m>[^()]{2,40})\)\s*$")
_ORGANISATION = re.compile(
    r"(?:University|Université|Institute|Academy)\b.*|.*\b(?:University|Institute|Academy)"
    r"|(?:[A-Z][\w&.-]*\s+)*(?:Research|Lab|Labs|Team|Group|Brain)"
)
"""``University of Montreal``, ``AI Speech Lab``, ``Baidu Research``: an organisation."""


def without_maker(text: str) -> str:
    """``Tacotron 2 (Google)``, ``Deep Speech (Baidu Research)``, ``FastSpeech (AI Speech
    Lab, ByteDance)``: a title without its maker in brackets after it, each part of the
    bracket a company or an organisation (after a short name: a long title's maker must be
    one by its name, ``(Google Research)``); and a reader's note in brackets after a title of
    three words or more (``(from Meta)``, ``(use text instructions to modify images)``); not
    ``Title (Extended Abstract)``, ``(Apple Silicon)``, ``(Google Scholar)``, ``(AI)``."""
    cut = False  # a ``(from X)`` note cut: a lower-case note beside it is a note too
    for _ in range(3):  # ``Title (from Meta) (use text instructions to modify images)``
        m = _BRACKET_TAIL.search(text)
        words = len(text[: m.start()].split()) if m else 0
        parts = [p.strip() for p in m["m"].split(",")] if m else []
        made = words and all(p in _STRONG or _ORGANISATION.fullmatch(p) for p in parts)
        named = words <= 4 or _NAMED_MAKER.search(m["m"])  # not ``(Lie Group)`` after a title
        note = m["m"].strip() if m else ""
        spaced = words >= 3 and text[m.start()].isspace()  # not ``O(n log n)``
        fromed = spaced and _FROM.fullmatch(note) is not None
        lower = _LOWER_NOTE.fullmatch(note) and (cut or _from_before(text[: m.start()]))
        if not ((made and named) or fromed or (spaced and lower)):
            return text
        text, cut = text[: m.start()], cut or fromed
    return text


def _from_before(text: str) -> bool:
    """A ``(from X)`` note closes ``text`` (``Title (from Meta)``): a lower-case note after it
    is the reader's too (``(use text instructions to modify images)``), where alone it may be
    a title's own (``(improves camera calibration)``, ``(and how to read them)``)."""
    m = _BRACKET_TAIL.search(text)
    return m is not None and _FROM.fullmatch(m["m"].strip()) is not None


_NAMED_MAKER = re.compile(
    r"\b(?:" + "|".join(sorted(_STRONG_WORDS)) + r")\b|\b(?:Research|Labs?|Laboratory)\s*$"
)


_FROM = re.compile(
    r"from\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}"
    r"(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})*"
)
_LOWER_NOTE = re.compile(r"[a-z][\w'’-]*(?:,?\s+(?![A-Z][a-z])[\w'’-]+){2,}")
"""A reader's note on a paper in brackets: who it is from, by name (``from Cohere, Anthropic,
NYU``, ``from DeepMind and Fei Fei Li``; not ``from English into Swahili``, ``from scratch``),
and beside it words in lower case (``(from Meta) (use text instructions to modify images)``)."""


_ACRONYM = re.compile(r"[A-Z]{2,6}")  # ``UCB``, ``MSRA``, ``CMU``


def organisations(text: str) -> bool:
    """``Google Research``, ``UCB & Google Research``, ``Tsinghua University, FAIR``: only
    who made a paper, every part an organisation, a company or a lab's acronym; not a title
    that names one (``DeepMind Control Suite``)."""
    parts = [p.strip() for p in re.split(r",|&|\band\b", text)]
    return all(p in _STRONG or _ACRONYM.fullmatch(p) or _ORGANISATION.fullmatch(p) for p in parts)
