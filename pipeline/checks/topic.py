"""A list's topic terms, for ``off-topic``."""

from __future__ import annotations

import re

from pipeline import titles

_TOPIC_NOISE = frozenset(
    "collect collection work works use uses using perform performs task tasks paper papers "
    "awesome list curated resources related reading via based approach approaches method "
    "methods that this these those".split()
)
TOPIC_PREFIX = 6
"""Letters of a word compared (a crude stem: ``generation`` ~ ``generative``)."""


def words(text: str) -> list[str]:
    """Lower-case words of ``text``, camelCase and snake_case split."""
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text).replace("_", " ").replace("-", " ")
    return re.findall(r"[a-z0-9]+", titles.normalize(text))


def topic_terms(topic: str | None) -> tuple[str, ...]:
    """The content words of a list's topic ("reinforcement learning for image generation")."""
    if not topic:
        return ()
    found = [w for w in words(topic) if len(w) > 2 and w not in _TOPIC_NOISE]
    return tuple(dict.fromkeys(w for w in found if w not in titles.STOPWORDS))
