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
- markdown-it's ``linkify`` rule searched all the plain text before each ``://`` for the
  scheme name ending it, and copied the rest of the line for linkify-it at each: quadratic
  on a line of many ``://`` that are no link (8,000 ``](https://`` took 12 s). Here the
  scheme name is found from the end, and linkify-it is given at most ``MAX_BARE_URL``
  characters (a longer bare address is cut there).
"""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.common.utils import unescapeAll
from markdown_it.helpers import parseLinkDestination, parseLinkLabel, parseLinkTitle
from markdown_it.rules_inline.state_inline import StateInline

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


MAX_BARE_URL = 8192
"""Characters of a bare address read by linkify-it (none in the real-list corpus is
longer than 2,000)."""
_SCHEME_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\u0130\u0131\u017f\u212a"
"""What ``[a-z]`` matches with ``re.IGNORECASE`` (the dotted and dotless i, the long s and
the Kelvin sign fold to ASCII letters)."""
_SCHEME_CHARS = _SCHEME_LETTERS + "0123456789.+-"


def scheme_before(text: str) -> str | None:
    """The scheme name ending ``text``, as markdown-it's linkify rule finds it
    (``(?:^|[^a-z0-9.+-])([a-z][a-z0-9.+-]*)$`` with ``re.IGNORECASE``): the run of scheme
    characters at the end, when it opens with a letter."""
    run = text[len(text.rstrip(_SCHEME_CHARS)) :]
    return run if run and run[0] in _SCHEME_LETTERS else None


def linkify(state: StateInline, silent: bool) -> bool:
    """markdown-it's ``linkify`` inline rule (plain-text links like ``https://x.org``), in
    linear time (see the module's notes); the same tokens otherwise."""
    pos, maximum = state.pos, state.posMax
    if not state.md.options.linkify or state.linkLevel > 0 or state.md.linkify is None:
        return False
    if pos + 3 > maximum or state.src[pos : pos + 3] != "://":
        return False
    proto = scheme_before(state.pending)
    if proto is None:
        return False
    start = pos - len(proto)
    link = state.md.linkify.match_at_start(state.src[start : start + MAX_BARE_URL])
    if not link:
        return False
    url = link.url.rstrip("*")  # a ``*`` at the end is emphasis
    if len(url) <= len(proto):  # (markdown-it raised here: ``ttpbhttp[http://1://``)
        return False
    full_url = state.md.normalizeLink(url)
    if not state.md.validateLink(full_url):
        return False
    if not silent:
        state.pending = state.pending[: -len(proto)]
        token = state.push("link_open", "a", 1)
        token.attrs = {"href": full_url}
        token.markup, token.info = "linkify", "auto"
        state.push("text", "", 0).content = state.md.normalizeLinkText(url)
        token = state.push("link_close", "a", -1)
        token.markup, token.info = "linkify", "auto"
    state.pos += len(url) - len(proto)
    return True


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
    md.inline.ruler.at("linkify", linkify)
