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


def without_maker(text: str) -> str:
    """``Tacotron 2 (Google)``, ``Deep Speech (Baidu Research)``: the title without its
    maker in brackets after it (not ``Title (Extended Abstract)``)."""
    m = _BRACKET_TAIL.search(text)
    return text[: m.start()] if m and m.start() > 0 and makers(m["m"]) else text
