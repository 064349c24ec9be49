"""What a code link is: a web address, or a link with another scheme (never fetched)."""

from __future__ import annotations

import re

from pipeline.model import LinkRef
from pipeline.urls import url_scheme

WEB_SCHEMES = frozenset({"http", "https"})
_NO_SLASHES = frozenset({"mailto", "javascript", "vbscript", "data", "file", "tel", "news"})
"""Schemes recognised in plain field text even without ``//`` (``mailto:a@b.org``)."""
_MD_LINK = re.compile(r"^\[[^\]]*\]\(\s*<?([^\s>]+?)>?\s*\)$")


def non_web_target(link: LinkRef) -> str | None:
    """The target of a code link that names a scheme other than http(s), else ``None``.

    A link target (``ftp:``, ``mailto:``, an HTML ``javascript:`` href) counts with any
    scheme. A field that is only text counts when it is one word that starts like a URL
    (``file:///...``, ``mailto:...``) or a Markdown link the reader did not take as one
    (``[code](javascript:...)``), so ``TBD: soon`` or ``arXiv:2401.00001`` do not.
    """
    if link.url:
        scheme = url_scheme(link.url.strip())
        return link.url if scheme and scheme not in WEB_SCHEMES else None
    text = link.text.strip()
    m = _MD_LINK.match(text)
    target = m.group(1) if m else text
    scheme = url_scheme(target)
    if scheme is None or scheme in WEB_SCHEMES or re.search(r"\s", target):
        return None
    rest = target[len(scheme) + 1 :]
    return target if rest.startswith("//") or scheme in _NO_SLASHES else None
