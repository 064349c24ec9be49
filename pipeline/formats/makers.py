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
    Lab, ByteDance)``: a model's short name (four words at most) without its maker in
    brackets after it, each part of the bracket a company or an organisation; not ``Title
    (Extended Abstract)``, ``(Apple Silicon)``, ``(Google Scholar)``, ``(AI)``."""
    m = _BRACKET_TAIL.search(text)
    if m is None or not 1 <= len(text[: m.start()].split()) <= 4:
        return text
    parts = [p.strip() for p in m["m"].split(",")]
    made = all(p in _STRONG or _ORGANISATION.fullmatch(p) for p in parts)
    return text[: m.start()] if made else text


_ACRONYM = re.compile(r"[A-Z]{2,6}")  # ``UCB``, ``MSRA``, ``CMU``


def organisations(text: str) -> bool:
    """``Google Research``, ``UCB & Google Research``, ``Tsinghua University, FAIR``: only
    who made a paper, every part an organisation, a company or a lab's acronym; not a title
    that names one (``DeepMind Control Suite``)."""
    parts = [p.strip() for p in re.split(r",|&|\band\b", text)]
    return all(p in _STRONG or _ACRONYM.fullmatch(p) or _ORGANISATION.fullmatch(p) for p in parts)
