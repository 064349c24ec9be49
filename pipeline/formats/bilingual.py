"""The English title of a bilingual title (``中文标题 --- English Title``, ``English Title
中文标题``): arXiv's titles are English. Pure."""

from __future__ import annotations

import re

from pipeline.formats.authors import names_like, people
from pipeline.formats.common import CJK as _CJK

_BILINGUAL_SEP = re.compile(r"\s+(?:-{2,3}|—|\|)\s+")


_CJK_NOTE = re.compile(r"\s*【[^】]{0,200}】?\s*$")


def latin_part(text: str) -> str:
    """The English title of a bilingual ``中文标题 --- English Title`` text (arXiv's titles
    are English), else ``text`` unchanged."""
    text = _CJK_NOTE.sub("", text)  # ``Title (tags)  【affiliation in Chinese】``: a note
    if not _CJK.search(text):
        return text
    parts = [p for p in _BILINGUAL_SEP.split(text) if p.strip()]
    latin = [p for p in parts if not _CJK.search(p) and len(p.split()) >= 3]
    if latin and len(parts) > 1:
        return latin[-1].strip()
    return translated_tail(text)


_TRANSLATION = re.compile(
    r"^(?P<title>[^\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+?)"
    r"\s+(?:[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]|[^\s：]*：(?=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]))"
)


def translated_tail(text: str) -> str:
    """``English Title 中文标题``, ``Name+: Title Name+(full-width colon)中文``: a title of three words or
    more in Latin letters, then its translation after a space; the title alone (``Stack
    LSTM 기반 ...`` and ``Modeling论文`` stay whole)."""
    m = _TRANSLATION.match(text[:2000])
    head = m["title"] if m else ""
    if len(re.findall(r"[A-Za-z]{2,}", head)) < 3 or names_like(head) or people(head):
        return text  # not ``Yanjun Zhang, Bo Wang 基于SAM的...``: authors, then a title
    return m["title"].strip()
