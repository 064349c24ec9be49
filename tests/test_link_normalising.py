"""The reader's shortcut past markdown-it's link normalisation gives exactly what
markdown-it gives, for plain addresses and for every kind it must leave to markdown-it."""

from __future__ import annotations

import random

import pytest
from markdown_it.common.normalize_url import normalizeLink

from pipeline.formats.mdparser import MD, _normalize_link

ADDRESSES = [
    "https://arxiv.org/abs/2301.00001",
    "https://github.com/o/r/tree/main/x?tab=readme#usage",
    "http://127.0.0.1:8080/a(b)/c;d,e=f&g+h@i",
    "https://ArXiv.org/abs/2301.00001",  # a capital in the host: markdown-it's path
    "https://example.org/a%20b/%zz",  # percent signs: encoded or kept by markdown-it
    "https://example.org/a b",  # a space
    "https://例え.jp/パス",  # non-ASCII host and path: punycode and percent-encoding
    "https://example.org/[x]",
    "ftp://example.org/file",
    "javascript:alert(1)",
    "HTTPS://EXAMPLE.ORG/",
]


@pytest.mark.parametrize("url", ADDRESSES)
def test_the_shortcut_gives_what_markdown_it_gives(url):
    assert _normalize_link(url) == normalizeLink(url)


def test_random_plain_addresses_read_the_same():
    rng = random.Random(7)
    host, path = "abcxyz0189.-", "AZaz09-._~!$&'()*+,;=:@/?#%[] é"
    for _ in range(5000):
        url = rng.choice(["http://", "https://"]) + "".join(
            rng.choice(host) for _ in range(rng.randint(1, 10))
        )
        url += "/" + "".join(rng.choice(path) for _ in range(rng.randint(0, 16)))
        assert _normalize_link(url) == normalizeLink(url), url


def test_the_parser_uses_the_shortcut():
    tokens = MD.parseInline("[x](https://arxiv.org/abs/2301.00001)")
    link = next(t for t in tokens[0].children if t.type == "link_open")
    assert MD.normalizeLink is _normalize_link
    assert link.attrs["href"] == "https://arxiv.org/abs/2301.00001"
