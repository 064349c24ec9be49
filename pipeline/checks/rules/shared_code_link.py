"""``shared-code-link``: an entry has its neighbour's code link, but is another paper.

A repository shared by a model family (``FlashAttention`` and ``FlashAttention-2``), by
entries that are not neighbours, by papers the list gives an author in common, or by
:data:`FRAMEWORK_USES` entries or more (a shared framework) is not a copy-paste.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from pipeline import titles
from pipeline.checks.context import CheckContext, Emitter, paper_ref, short
from pipeline.checks.spec import RuleSpec
from pipeline.formats.common import is_placeholder
from pipeline.model import PaperEntry, Rule, Severity
from pipeline.urls import canon_url, is_http_url, repo_of

FRAMEWORK_USES = 3
"""A repository linked by this many entries is a shared framework (``pymarl`` for IQL,
VDN, QMIX...), a convention of the list rather than a copy-paste."""


def run_list(
    entries: Sequence[PaperEntry], ctx: CheckContext, emitter_for: Callable[[int], Emitter]
) -> None:
    """Each entry whose code link is the one of the entry just above it."""
    uses = Counter(canon_url(e.code.url) for e in entries if e.code and is_http_url(e.code.url))
    previous: PaperEntry | None = None
    for i, entry in enumerate(entries):
        code = canon_url(entry.code.url) if entry.code and is_http_url(entry.code.url) else ""
        if previous is not None and previous.path == entry.path and uses[code] < FRAMEWORK_USES:
            _shared_code(emitter_for, i, entry, previous, ctx)
        previous = entry


def _shared_code(
    emitter_for: Callable[[int], Emitter],
    i: int,
    entry: PaperEntry,
    previous: PaperEntry,
    ctx: CheckContext,
) -> None:
    url = entry.code.url if entry.code else None
    other = previous.code.url if previous.code else None
    if not (url and other and is_http_url(url)) or canon_url(url) != canon_url(other):
        return
    if entry.line == previous.line and entry.code.line == previous.code.line:  # type: ignore[union-attr]
        return  # one link written once for the papers of one row or item
    mine, theirs = paper_ref(entry, ctx.today), paper_ref(previous, ctx.today)
    if mine and theirs and mine.base_id == theirs.base_id:
        return
    if not mine and not theirs and titles.compact(entry.title) == titles.compact(previous.title):
        return
    if same_family(entry, previous, url) or _shared_author(entry, previous):
        return
    assert entry.code is not None
    emitter_for(i).add(
        entry.code.line,
        "code",
        f"the same code link as the entry above it at line {previous.line} "
        f"('{short(previous.title, 60)}'), which is a different paper",
        actual=url,
        suggestion="check which paper this code belongs to; link each entry's own code",
    )


def _shared_author(a: PaperEntry, b: PaperEntry) -> bool:
    """Two papers the list gives an author in common for (``Joulin, Grave, Bojanowski,
    Mikolov`` on fastText's two papers): one group's papers often share its repository (not
    ``et al.``, ``Anonymous``, ``N/A``)."""
    names = [{_person(n) for n in e.authors} - {""} for e in (a, b)]
    return bool(names[0] & names[1])


_NO_PERSON = re.compile(r"^(?:et\.?\s*al\.?|others|anonymous|anon\.?|various)$")
"""What an author list writes in a person's place, besides :func:`is_placeholder`'s words."""


def _person(name: str) -> str:
    """``name`` folded for comparison; empty for a placeholder (``N/A``, ``et al.``, ``-``)."""
    folded = " ".join(name.casefold().split())
    nobody = is_placeholder(folded) or _NO_PERSON.match(folded) or not any(c.isalnum() for c in folded)  # fmt: skip
    return "" if nobody else folded


def _stem(word: str) -> str:
    """A model name without its version (``FlashAttention-2`` -> ``flashattention``)."""
    return re.sub(r"[-_ ]?(v?\d+(\.\d+)*|\+\+|plus|pro|xl|large|base)$", "", word.lower())


def same_family(a: PaperEntry, b: PaperEntry, url: str) -> bool:
    """Two entries named after one model family, or both naming the repository (or a
    coined name in it)."""

    def name(e: PaperEntry) -> str:
        return _stem((e.short_name or re.split(r"[:：\s]", e.title.strip(), maxsplit=1)[0]).strip())

    if name(a) and len(name(a)) >= 3 and name(a) == name(b):
        return True
    repo = repo_of(url)
    if not repo:
        return False
    named = [titles.compact(f"{e.short_name or ''} {e.title}") for e in (a, b)]
    key = titles.compact(_stem(repo[1]))
    if len(key) >= 4 and all(key in n for n in named):
        return True
    last = re.split(r"[-_.]", repo[1])[-1]  # ``Conv-TasNet``: TasNet and Conv-TasNet; not the
    coined = titles.compact(last) if _COINED.search(last) else ""  # base of ``LLaVA-Med``
    return bool(coined) and all(coined in n for n in named)


_COINED = re.compile(r"^(?=.{4,})[A-Za-z]*[a-z][A-Z]")
"""A coined name closing a repository's name (``TasNet``, ``FlashAttention``): capitals
inside a word, which no plain word of a title has."""


RULE = RuleSpec(
    Rule.SHARED_CODE_LINK,
    Severity.WARNING,
    help="entries for different papers share one code link",
    fires_when="entries for different papers share one code link (a link copied from the "
    "neighbouring entry); not a model family's, a framework's (three entries or more) or "
    "one shared by papers the list gives an author in common",
    list_check=run_list,
)
