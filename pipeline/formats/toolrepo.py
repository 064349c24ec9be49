"""The repository of a tool's list item, which the paper cited under it shares: ``-
`MapCaller` - map reads ... https://github.com/hsinnan75/MapCaller`` over the citation of
the MapCaller paper. Pure."""

from __future__ import annotations

import re

from pipeline.formats.links import link_role
from pipeline.formats.runs import Run, plain
from pipeline.titles import compact

_CODE_LABELS = frozenset(("code", "github", "repo", "repository", "source code", "official code"))


def tool_repository(own: list[Run]) -> Run | None:
    """The repository of an item that is a tool's: the item opens with the link
    (``[DeepVariant](repo) is ...``), or with a name and a dash and links one repository and
    nothing else (`` `VariantQC` - ... https://github.com/o/DISCVRSeq/``), or with the
    repository's name (`` `NeuSomatic` - ...``), or labels it as code (``**Cascade**
    [[code]](repo)``); not a category's item that names a framework among other links
    (``**Knowledge Indexing** • [PineCone](site) • [LlamaIndex](repo)``)."""
    links = [r for r in own if r.kind == "link"]
    repos = [r for r in links if link_role(r) == "code"]
    first = next((r for r in own if r.kind == "link" or r.text.strip(" *_`•:-–—")), None)
    if first is not None and first in repos:
        return first  # ``[DeepVariant](repo) is ...``
    if len({r.url.rstrip("/").lower() for r in repos}) != 1:
        return None
    repo = repos[0]
    words = plain(own).strip(" *_`•:-–—").split()
    named = bool(words) and compact(words[0]) == compact(repo.url.rstrip("/").rsplit("/", 1)[-1])
    labelled = bool(repo.image) or repo.text.strip(" []*_").lower() in _CODE_LABELS
    alone = len(links) == len(repos) and _NAME_LEAD.match(plain(own)) is not None
    return repo if named or labelled or alone else None


_NAME_LEAD = re.compile(r"\W*[\w.+-]+\W*?\s[-–—:]\s")
"""`` `VariantQC` - VCF quality control tool ...``: an item that opens with one name and a dash."""
