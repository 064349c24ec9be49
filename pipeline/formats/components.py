"""Repositories a list links from many entries by another project's name: the components
its papers build on (``[HiFi-GAN](github)``, the vocoder of a TTS list's papers), not the
code of any one of them. Pure."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from pipeline.formats import fields as F
from pipeline.formats.blocks import Block, links_of
from pipeline.formats.labels import is_generic
from pipeline.formats.runs import Run
from pipeline.urls import canon_url

SHARED_BY = 3
"""Entries that link one repository by a name before it is a component of theirs."""
_LABEL_WORDS = frozenset(
    "code codes official implementation impl github gitlab repo repository source sources "
    "pytorch torch tensorflow tf keras jax caffe mxnet paddle paddlepaddle matlab theano "
    "chainer mindspore python cpp c m version based reference the our octocat".split()
)
"""Words of a label that says a link is the paper's code or a port of it."""


def named(link: Run) -> bool:
    """A repository link whose text names a project (``[HiFi-GAN]``), not a code label
    (``[Code]``, ``[Official PyTorch]``, ``[code-tf]``) or a badge."""
    words = re.findall(r"[a-z]+", link.text.lower())
    label = is_generic(link.text) or all(w in _LABEL_WORDS for w in words)
    return not link.image and bool(words) and not label


def shared_components(blocks: Iterable[Block]) -> frozenset[str]:
    """The repositories that :data:`SHARED_BY` entries or more link by a project's name."""
    seen: Counter[str] = Counter()
    for b in blocks:
        runs = b.head + [r for d in b.details for r in d]
        seen.update({canon_url(r.url) for r in links_of(runs) if _named_repo(r)})
    return frozenset(url for url, n in seen.items() if n >= SHARED_BY)


def _named_repo(r: Run) -> bool:
    return F.link_role(r) == "code" and named(r)


_CODE_WORDS = frozenset(
    "code codes official implementation impl github gitlab repo repository".split()
)


def labelled(link: Run) -> bool:
    """A link the list labels as the paper's code: ``[Code]``, ``[Official PyTorch]``,
    ``[code-official-tf]``, a GitHub badge or an icon (``[💻]``); not a framework's port
    alone (``[PyTorch]``)."""
    words = re.findall(r"[a-z]+", link.text.lower())
    if link.image or (link.text.strip() and not re.search(r"[^\W\d_]", link.text)):
        return True  # a badge, an icon (``[💻]``)
    return any(w in _CODE_WORDS for w in words) and all(w in _LABEL_WORDS for w in words)


def component(link: Run, shared: frozenset[str]) -> bool:
    """``link`` is one of the list's shared components, linked by its name."""
    return bool(shared) and named(link) and canon_url(link.url) in shared
