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


_STRONG = frozenset(
    "University Université Institute Academy Laboratory Laboratories Inc Inc. Corporation "
    "Google DeepMind Microsoft Facebook OpenAI NVIDIA Amazon Apple IBM Baidu Alibaba Tencent "
    "ByteDance Huawei Anthropic Zhipu FAIR".split()
)
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
    for _ in range(3):  # ``Title (from Meta) (use text instructions to modify images)``
        m = _BRACKET_TAIL.search(text)
        words = len(text[: m.start()].split()) if m else 0
        parts = [p.strip() for p in m["m"].split(",")] if m else []
        made = words and all(p in _STRONG or _ORGANISATION.fullmatch(p) for p in parts)
        note = m["m"].strip() if m else ""
        spaced = words >= 3 and text[m.start()].isspace()  # not ``O(n log n)``
        noted = spaced and (_FROM.fullmatch(note) or _LOWER_NOTE.fullmatch(note))
        if not ((made and (words <= 4 or organisations(m["m"]))) or noted):
            return text
        text = text[: m.start()]
    return text


_FROM = re.compile(r"from\s+\S.*")
_LOWER_NOTE = re.compile(r"[a-z][\w'’-]*(?:,?\s+(?![A-Z][a-z])[\w'’-]+){2,}")
"""A reader's note on a paper in brackets: who it is from (``from Cohere, Anthropic, NYU``)
or three words or more in lower case (``a fully open sourced coding model``, ``text, video,
audio``, ``first audio-visual SE``; not a title's ``(for Code Summarization)``)."""


_ACRONYM = re.compile(r"[A-Z]{2,6}")  # ``UCB``, ``MSRA``, ``CMU``


def organisations(text: str) -> bool:
    """``Google Research``, ``UCB & Google Research``, ``Tsinghua University, FAIR``: only
    who made a paper, every part an organisation, a company or a lab's acronym; not a title
    that names one (``DeepMind Control Suite``)."""
    parts = [p.strip() for p in re.split(r",|&|\band\b", text)]
    return all(p in _STRONG or _ACRONYM.fullmatch(p) or _ORGANISATION.fullmatch(p) for p in parts)
