"""The tail the ACM Reference Format writes after a title: the venue, volume, issue, article
number, month and year, and page count (``Title. ACM Trans. Storage 19, 2, Article 12 (May
2023), 20 pages.``, ``Title. In Proceedings of … (SYSTOR 22). ACM, New York, NY, USA, 12
pages.``). Pure."""

from __future__ import annotations

import re

from pipeline.formats.dates import MONTHS

_STOP = r"(?<=[a-z0-9?!)])(?<!\bvs)(?<!\bal)(?<!\betc)\.\s+"
"""The title's full stop (not ``vs.``, ``al.``, ``etc.``)."""
_TAIL = re.compile(
    rf"{_STOP}(?=[A-Z])(?P<v>[^()\n]{{3,300}}?(?:\([^()\n]{{1,40}}\)[^()\n]{{0,200}}?)?)"
    rf"(?:(?:,\s*Article\s+\d+\s*)?\((?:(?i:{MONTHS})\s+)?(?:19|20)\d\d\)(?:,\s*\d+\s*pages)?|,\s*\d+\s*pages)"
    r"\.?\s*$"
)
_MARK = re.compile(r"Article\s+\d+|\d+\s*pages\.?\s*$")
"""What only that format writes: an article number, a page count closing the citation (a
month and year in brackets alone is a release tag as often: ``Title. Subtitle (March 2023)``)."""


_PROCEEDINGS = re.compile(
    rf"{_STOP}In\s+Proceedings\s+of\b[^\n]{{3,300}}?\([A-Z][A-Za-z-]*\s?['’]?\d\d\)\.?\s*$"
)
"""``. In Proceedings of the 15th ACM … (SYSTOR 22)``: the proceedings and their short name
and year, the rest of the tail cut before."""


def acm_tail_cut(text: str) -> str:
    """``text`` without an ACM Reference Format tail after its title's full stop, when the
    title before it has three words or more."""
    m = _PROCEEDINGS.search(text)
    if m is not None and len(text[: m.start()].split()) >= 3:
        return text[: m.start()]
    m = _TAIL.search(text)
    if m is None or not _MARK.search(text[m.start() :]) or len(text[: m.start()].split()) < 3:
        return text
    return text[: m.start()]
