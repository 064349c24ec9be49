"""The reader's shortcuts past linkify-it's tests and markdown-it's link-destination scan
(:mod:`pipeline.formats.mdshortcuts`) give exactly what the originals give: on every
line and link of the real-list corpus, and on random text made of the characters they
decide on. The quick suite compares a sample (every 25th list, a tenth of the random texts);
the integration tier (``make test-integration``) compares every line and all the texts."""

from __future__ import annotations

import functools
import random
from pathlib import Path

import pytest
from linkify_it import LinkifyIt
from markdown_it import MarkdownIt
from markdown_it.helpers import parseLinkDestination

from pipeline.formats import mdshortcuts
from pipeline.formats.mdparser import MD

REAL = Path(__file__).parent / "fixtures" / "real"
ORIGINAL = LinkifyIt()


WHOLE = pytest.param(1, marks=[pytest.mark.integration, pytest.mark.timeout(240)], id="whole")
"""Every corpus line: about 20-30 s on an idle 2-core machine, past 60 s under load."""
SAMPLE = pytest.param(50, id="sample")  # every 50th list; `make test-integration` reads all


@functools.cache
def corpus_lines(step: int) -> list[str]:
    """Every line of every ``step``-th real list (an inline content is one or more of them)."""
    lines: list[str] = []
    for path in sorted(REAL.glob("*/list.md"))[::step]:
        lines.extend(path.read_text("utf-8").splitlines())
    return lines


def _random_texts(seed: int, alphabet: list[str], count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24))) for _ in range(count)]


_LINK_BITS = [
    *"ab hH:/_.@-,(<>｜\u3000\u2028é1",
    "http:",
    "HTTPS:",
    "ftp:",
    "//",
    "mailto:",
    "MaIlTo:",
    "localhost",
    "www.",
    ".com",
    ".org",
    ".io",
    ".1.",
    "x@y.de",
    "\n",
]
_DESTINATION_BITS = [*"ab ()\\<>\t\x7f\x00\n:/é%&;", "https://x.org/", "\\ ", "\\(", "&amp;"]


_BARE_URL_BITS = [
    *"ab:/ *]()[1.+-_\u0130\u0131\u017f\u212a\n",
    "https",
    "HTTP",
    "ftp",
    "://",
    "x.org",
    "](",
    "www.",
]
PLAIN_MD = MarkdownIt("commonmark", {"linkify": True}).enable(["table", "linkify"])
"""markdown-it as released, none of the shortcuts installed."""


def _inline_tokens(md: MarkdownIt, text: str) -> list[tuple]:
    (inline,) = md.parseInline(text)
    return [(t.type, t.content, t.attrs, t.markup, t.info) for t in inline.children or ()]


def test_the_parser_uses_the_shortcuts():
    rules = MD.inline.ruler.__rules__
    assert rules[MD.inline.ruler.__find__("linkify")].fn is mdshortcuts.linkify
    assert MD.helpers.parseLinkDestination is mdshortcuts.link_destination
    assert MD.linkify.pretest.__func__ is mdshortcuts._LinkifyShortcuts.pretest
    assert MD.linkify.test.__func__ is mdshortcuts._LinkifyShortcuts.test


@pytest.mark.parametrize("step", [SAMPLE, WHOLE])
@pytest.mark.parametrize("source", ["corpus", "random"])
def test_linkify_tests_give_what_linkify_it_gives(source, step):
    if source == "corpus":
        texts = corpus_lines(step)
    else:
        texts = _random_texts(3 + step, _LINK_BITS, 60000 // min(step, 10))
    for text in texts:
        assert MD.linkify.pretest(text) == ORIGINAL.pretest(text), text
        assert MD.linkify.test(text) == ORIGINAL.test(text), text


@pytest.mark.parametrize("step", [SAMPLE, WHOLE])
@pytest.mark.parametrize("source", ["corpus", "random"])
def test_bare_addresses_give_the_tokens_markdown_it_gives(source, step):
    if source == "corpus":  # the sample: every 150th list (the quick suite's time)
        texts = [line for line in corpus_lines(step * 3 if step > 1 else 1) if "://" in line]
    else:
        texts = _random_texts(7 + step, _BARE_URL_BITS, 30000 // min(step * 3, 30))
    for text in texts:
        assert _inline_tokens(MD, text) == _inline_tokens(PLAIN_MD, text), text


def _same_destination(text: str, pos: int, maximum: int) -> None:
    want = parseLinkDestination(text, pos, maximum)
    got = mdshortcuts.link_destination(text, pos, maximum)
    assert (got.ok, got.pos, got.str) == (want.ok, want.pos, want.str), (text, pos, maximum)


@pytest.mark.parametrize("step", [SAMPLE, WHOLE])
def test_link_destinations_of_the_corpus_read_the_same(step):
    for line in corpus_lines(step):
        at = line.find("](")
        while at >= 0:
            _same_destination(line, at + 2, len(line))
            at = line.find("](", at + 2)


@pytest.mark.parametrize("step", [SAMPLE, WHOLE])
def test_random_link_destinations_read_the_same(step):
    rng = random.Random(11 + step)
    for text in _random_texts(5 + step, _DESTINATION_BITS, 40000 // min(step, 10)):
        pos = rng.randint(0, len(text))
        _same_destination(text, pos, len(text))
        _same_destination(text, pos, rng.randint(pos, len(text) + 2))
    _same_destination("(" * 40 + "x" + ")" * 40, 0, 81)  # nested past 32 levels


def test_unexpected_linkify_patterns_are_left_alone():
    changed = LinkifyIt()
    changed.re["pretest"] += "|#"
    md = type(MD)("commonmark", {"linkify": True})
    md.linkify = changed
    mdshortcuts.install(md)
    assert "pretest" not in vars(changed)
