"""Faster equivalents of the markdown-it and linkify-it steps run on every line of a list,
each giving exactly what the original gives (``tests/test_md_shortcuts.py`` compares them
on the real-list corpus and on random text). Installed on the reader's own parser only.

- linkify-it's ``pretest`` and ``test`` searched one long pattern whose every alternative
  starts with a large character class, tried at each position of a line: a fifth of
  markdown-it's time. Its parts are searched apart here (a pattern ``A|B|C`` is found in a
  text exactly when one of ``A``, ``B``, ``C`` is), the scheme part only where a scheme
  name stands (``https:``), tried from the character before it.
- markdown-it's ``parseLinkDestination`` read a link's address one character at a time;
  here a run of ordinary characters is skipped at once.
"""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.common.utils import unescapeAll
from markdown_it.helpers import parseLinkDestination, parseLinkLabel, parseLinkTitle

_SCHEMES = "http:|https:|ftp:|//|mailto:"
"""The schemes linkify-it looks for (its defaults), as its pattern names them."""


class _LinkifyShortcuts:
    """linkify-it's ``pretest`` and ``test`` for one linkify-it instance."""

    def __init__(self, linkify: Any) -> None:
        self.linkify = linkify
        self.schema = re.compile(linkify.re["schema_test"], re.IGNORECASE)
        self.host = re.compile(linkify.re["host_fuzzy_test"], re.IGNORECASE)
        self.schemes = re.compile(_SCHEMES, re.IGNORECASE)

    def schema_found(self, text: str) -> bool:
        """``re.search(schema_test, text, re.IGNORECASE)`` as a truth value. The pattern is
        ``(^|(?!_)(?:C))(schemes)``: a match stands at a scheme name or one character
        before it, so it is tried there only (``^`` holds at the text's start only)."""
        if ":" not in text and "//" not in text:  # every scheme name holds one of them
            return False
        pos = 0
        while (m := self.schemes.search(text, pos)) is not None:
            at = m.start()
            if self.schema.match(text, at - 1 if at else 0) is not None:
                return True
            pos = at + 1
        return False

    def pretest(self, text: str) -> bool:
        """linkify-it's ``pretest``: its pattern is ``(schema_test)|(host_fuzzy_test)|@``."""
        return "@" in text or self.host.search(text) is not None or self.schema_found(text)

    def test(self, text: str) -> bool:
        """linkify-it's ``test``, its two plain searches made by the compiled patterns."""
        lk = self.linkify
        if not text:
            return False
        if self.schema_found(text):
            for matched in re.finditer(lk.re["schema_search"], text, flags=re.IGNORECASE):
                if lk.test_schema_at(text, matched.group(2), matched.end(0)):
                    return True
        fuzzy = lk.re["link_fuzzy"] if lk._opts.get("fuzzy_ip") else lk.re["link_no_ip_fuzzy"]
        if (
            lk._opts.get("fuzzy_link")
            and lk._compiled.get("http:")
            and self.host.search(text) is not None
            and re.search(fuzzy, text, flags=re.IGNORECASE)
        ):
            return True
        return bool(
            lk._opts.get("fuzzy_email")
            and lk._compiled.get("mailto:")
            and "@" in text
            and re.search(lk.re["email_fuzzy"], text, flags=re.IGNORECASE)
        )


def _linkify_as_expected(linkify: Any) -> bool:
    """The linkify-it patterns are the ones the shortcuts were written for."""
    schema, host = linkify.re["schema_test"], linkify.re["host_fuzzy_test"]
    return (
        linkify.re["pretest"] == f"({schema})|({host})|@"
        and linkify.re["schema_search"] == schema
        and schema.endswith(f"({_SCHEMES})")
        and schema.startswith("(^|(?!_)(?:")
    )


class _Destination:
    """What ``parseLinkDestination`` returns: ``ok``, ``pos`` and ``str``."""

    __slots__ = ("ok", "pos", "str")

    def __init__(self, ok: bool = False, pos: int = 0, text: str = "") -> None:
        self.ok, self.pos, self.str = ok, pos, text


_ORDINARY = re.compile(r"[^\x00-\x20\x7f\\()]+")
"""Characters of an unbracketed link destination that need no decision."""


def link_destination(string: str, pos: int, maximum: int) -> Any:
    """markdown-it's ``parseLinkDestination``; a ``<…>`` destination is left to it."""
    if pos < 0 or string[pos : pos + 1] == "<":
        return parseLinkDestination(string, pos, maximum)
    start, level, end = pos, 0, len(string)
    while pos < maximum:
        m = _ORDINARY.match(string, pos, maximum)
        if m is not None:
            pos = m.end()
            if pos >= maximum:
                break
        if pos >= end:
            break
        ch = string[pos]
        if ch <= " " or ch == "\x7f":
            break
        if ch == "\\" and pos + 1 < maximum:
            if string[pos + 1 : pos + 2] == " ":
                break
            pos += 2
            continue
        if ch == "(":
            level += 1
            if level > 32:
                return _Destination()
        elif ch == ")":
            if level == 0:
                break
            level -= 1
        pos += 1
    if start == pos or level != 0:
        return _Destination()
    return _Destination(True, pos, unescapeAll(string[start:pos]))


def install(md: MarkdownIt) -> None:
    """Put the shortcuts on ``md`` (its linkify-it instance and its link helpers)."""
    md.helpers = SimpleNamespace(  # type: ignore[assignment]
        parseLinkDestination=link_destination,
        parseLinkLabel=parseLinkLabel,
        parseLinkTitle=parseLinkTitle,
    )
    if md.linkify is not None and _linkify_as_expected(md.linkify):
        shortcuts = _LinkifyShortcuts(md.linkify)
        md.linkify.pretest = shortcuts.pretest
        md.linkify.test = shortcuts.test
