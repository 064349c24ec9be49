"""``off-topic``: the list's topic terms against the paper's title and abstract."""

from __future__ import annotations

import re

from pipeline import titles
from pipeline.arxivid import ArxivRef
from pipeline.checks.context import _Emitter
from pipeline.model import (
    ArxivRecord,
    Rule,
)

_TOPIC_NOISE = frozenset(
    "collect collection work works use uses using perform performs task tasks paper papers "
    "awesome list curated resources related reading via based approach approaches method "
    "methods that this these those".split()
)
TOPIC_PREFIX = 6
OFF_TOPIC_SHARE = 0.5


def _words(text: str) -> list[str]:
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text).replace("_", " ").replace("-", " ")
    return re.findall(r"[a-z0-9]+", titles.normalize(text))


def topic_terms(topic: str | None) -> tuple[str, ...]:
    """The content words of a list's topic ("reinforcement learning for image generation")."""
    if not topic:
        return ()
    words = [w for w in _words(topic) if len(w) > 2 and w not in _TOPIC_NOISE]
    return tuple(dict.fromkeys(w for w in words if w not in titles.STOPWORDS))


def _topic_rule(e: _Emitter, ref: ArxivRef, got: ArxivRecord) -> None:
    terms = e.ctx.topics.get(e.entry.path, ())
    if len(terms) < 2:
        return
    stems = {w[:TOPIC_PREFIX] for w in _words(f"{got.title} {got.summary}")}
    missing = [t for t in terms if t[:TOPIC_PREFIX] not in stems]
    if len(terms) - len(missing) >= OFF_TOPIC_SHARE * len(terms):
        return
    e.add(
        Rule.OFF_TOPIC,
        e.entry.line,
        "title",
        f"arXiv's title and abstract of {ref.base_id} mention none or few of the list's topic "
        f"terms (missing: {', '.join(missing)}; categories: {', '.join(got.categories) or 'none'})",
        actual=got.title,
        suggestion="check that the paper belongs in this list, or move it to a better-fitting one",
    )
