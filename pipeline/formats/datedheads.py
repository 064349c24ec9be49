"""The name a heading gives the one paper's address and day under it (``### BERT`` over
``- **2019-05-24**`` and ``- https://arxiv.org/pdf/1810.04805``). Pure."""

from __future__ import annotations

import re

from pipeline.formats import citations as C
from pipeline.formats import fields as F
from pipeline.formats import namelines as N
from pipeline.formats.blocks import block_title, heading_title
from pipeline.formats.labels import TOPIC_END
from pipeline.formats.preface import PREFACE
from pipeline.formats.runs import Run, plain

_YEAR_LEAD = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])?\s+(?=\S)")
_SECTION = re.compile(
    r"(?i)(?:background|conclusions?|references|appendix|(?:table of )?contents|resources"
    r"|others?|misc\w*|tools|updates|contributing|licen[cs]e|related works?|summary|notes)\W*"
)
"""A section's word, not a paper's name (``### References``)."""
_TOPIC_WORD = re.compile(
    r"(?i)(?:multi-?modal(?:ity)?|quantization|agents?|alignment|hallucinations?|favou?rites?"
    r"|robotics|safety|evaluation|efficiency|pruning|distillation|theory|interpretability"
    r"|explainability|fairness|privacy|security|optimi[sz]ation|training|inference|fine-?tuning"
    r"|pre-?training|prompting|architectures?|transformers|diffusion|vision|language|audio"
    r"|speech|video|code|math|medical|medicine|biology|chemistry|foundations?|basics|classics?"
    r"|miscellaneous|general|introduction|overview|robustness|tokeni[sz]ation|sparsity"
    r"|embeddings|scaling|memory)\W*"
)
"""A topic's word besides :data:`.labels.TOPIC_END`'s, not a model's name (``### Quantization``,
``### Agents``, ``### Multimodal``; a model may end like one: ``### Mistral``, ``### Atlas``)."""


def heading_named(runs: list[Run], dated: bool, known: bool) -> F.TitleGuess | None:
    """A heading's title or name (:func:`blocks.heading_title`), and over one paper's dated
    address (``dated``) the name :func:`dated_heading_title` reads."""
    return dated_heading_title(runs, known) if dated else heading_title(runs)


def dated_heading_title(runs: list[Run], known: bool) -> F.TitleGuess | None:
    """The heading's name for the paper below it: a name after a year (``### 2019 BART``:
    ``BART``), and when ``known`` (the list's earlier such headings were names) any short
    name (``### Sabia``, ``### T5``) or a title after a year; never a topic's words
    (``### Object Detection``, ``### 2021 Survey``)."""
    text = plain(runs).strip(" *_#")
    lead = _YEAR_LEAD.match(text)
    name = Run("text", text[lead.end() :] if lead else text, runs[0].line)
    topic = TOPIC_END.search(name.text) or _TOPIC_WORD.fullmatch(name.text)
    if len(name.text.split()) <= 3 and topic:
        return None
    named = (lead and N.heading_name([name])) or (known and _plain_name(name))
    named = named or (known and block_title([name]))
    return named or block_title(runs) or N.heading_name(runs)


def _plain_name(run: Run) -> F.TitleGuess | None:
    """``Sabia``, ``T5``: a name of three words at most, no year, section, label or context."""
    text, words = run.text, run.text.split()
    if not 0 < len(words) <= 3 or not text[:1].isalnum() or PREFACE.match(text):
        return None
    if _SECTION.fullmatch(text) or C.is_context_text(text) or F.find_year(text)[0] is not None:
        return None
    if F.is_generic(text) and not re.search(r"\d", text):  # ``### Paper``; not ``### T5``
        return None
    return F.TitleGuess(
        text, text, "heading naming the paper below it, as its neighbours do", run.line
    )
