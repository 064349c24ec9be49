"""Rows read back from the cache are checked before they are believed.

The cache file sits in a folder anyone with access to the runner (or an actions/cache
entry) can write, so a row is used only when it has exactly the shape paperlist
writes: the right types, a known and definite status, the key it is filed under.
Anything else raises :class:`Malformed`, and the caller treats it as a cache miss.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import fields
from datetime import date
from typing import Any

from pipeline.model import ArxivMiss, ArxivRecord, LinkCheck, LinkStatus, MissReason

DEFINITE_LINK_STATUSES = frozenset({LinkStatus.WORKING, LinkStatus.BROKEN, LinkStatus.REDIRECTED})
"""The link outcomes worth keeping (and the only ones believed when read back)."""


class Malformed(Exception):
    """A stored row that is not what paperlist writes: treated as a cache miss."""


_REQUIRED: Any = object()


def _get(d: Any, key: str, types: type, default: Any = _REQUIRED, *, opt: bool = False) -> Any:
    """``d[key]`` when it is a ``types`` (or ``None``, with ``opt``); else ``Malformed``."""
    if not isinstance(d, dict):
        raise Malformed
    value = d.get(key, default)
    if value is None and opt:
        return None
    if not isinstance(value, types) or (isinstance(value, bool) and types is not bool):
        raise Malformed
    return value


def _strings(d: Any, key: str) -> tuple[str, ...]:
    items = _get(d, key, list, [])
    if not all(isinstance(x, str) for x in items):
        raise Malformed
    return tuple(items)


def _day(d: Any, key: str, *, opt: bool = False) -> date | None:
    raw = _get(d, key, str, None, opt=True) if opt else _get(d, key, str)
    try:
        return date.fromisoformat(raw) if raw else None
    except ValueError:
        raise Malformed from None


def record_from(_key: str, d: Any) -> ArxivRecord | ArxivMiss:
    """A stored record or definite miss; raises ``Malformed`` for anything else."""
    if isinstance(d, dict) and "reason" in d:
        if d.get("reason") != MissReason.NOT_FOUND.value:
            raise Malformed  # only definite misses are ever stored
        return ArxivMiss(_get(d, "arxiv_id", str), MissReason.NOT_FOUND, _get(d, "detail", str))
    published = _day(d, "published")
    if published is None:
        raise Malformed
    return ArxivRecord(
        arxiv_id=_get(d, "arxiv_id", str),
        version=_get(d, "version", int),
        title=_get(d, "title", str),
        authors=_strings(d, "authors"),
        published=published,
        updated=_day(d, "updated", opt=True),
        comment=_get(d, "comment", str, None, opt=True),
        journal_ref=_get(d, "journal_ref", str, None, opt=True),
        categories=_strings(d, "categories"),
        summary=_get(d, "summary", str, ""),
    )


_LINK_FIELDS = frozenset(f.name for f in fields(LinkCheck))


def link_from(url: str, d: Any) -> LinkCheck:
    """A stored definite link outcome for ``url``; raises ``Malformed`` for anything else."""
    if not isinstance(d, dict) or not set(d) <= _LINK_FIELDS or d.get("url") != url:
        raise Malformed
    try:
        status = LinkStatus(d.get("status"))
    except ValueError:
        raise Malformed from None
    if status not in DEFINITE_LINK_STATUSES:
        raise Malformed
    return LinkCheck(
        url,
        status,
        http_code=_get(d, "http_code", int, None, opt=True),
        final_url=_get(d, "final_url", str, None, opt=True),
        message=_get(d, "message", str, ""),
        archived=_get(d, "archived", bool, False),
        via=_get(d, "via", str, "http"),
    )


def search_from(title: str, v: Any) -> tuple[ArxivRecord, ...]:
    """Stored title-search candidates (records only)."""
    if not isinstance(v, list):
        raise Malformed
    found = tuple(record_from(title, x) for x in v)
    if not all(isinstance(r, ArxivRecord) for r in found):
        raise Malformed
    return found  # type: ignore[return-value]


def versions_from(_key: str, v: Any) -> tuple[tuple[int, str], ...]:
    """Stored older-version titles: ``[[version, title], ...]``."""
    ok = isinstance(v, list) and all(
        isinstance(x, list)
        and len(x) == 2
        and isinstance(x[0], int)
        and not isinstance(x[0], bool)
        and isinstance(x[1], str)
        for x in v
    )
    if not ok:
        raise Malformed
    return tuple((x[0], x[1]) for x in v)


def valid_rows(decode: Callable[[str, Any], Any], rows: Mapping[str, Any]) -> dict[str, Any]:
    """``decode(key, value)`` for every row; the rows it refuses are left out (cache misses)."""
    out = {}
    for key, value in rows.items():
        try:
            out[key] = decode(key, value)
        except Malformed:
            continue
    return out
