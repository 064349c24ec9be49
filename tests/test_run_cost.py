"""The shortcuts that keep a 20,000-entry offline run under 3 s (issue 11) give the same
answers as the general code they skip, and leave the process as they found it."""

from __future__ import annotations

import gc
from datetime import date
from urllib.parse import urlsplit

import pytest

from pipeline import arxivid, urls
from pipeline.cli import main
from pipeline.console import YOUNG_THRESHOLD

URLS = [
    "https://arxiv.org/abs/2301.00001v2", "http://A.Example.COM/x?y=1#z", "https://a.b",
    "http://a.b?x", "http://a.b#f?g", "http://a.b/x?y?z#w#v", "http://a.b/?", "http://a.b//x",
    "https://a.b:8080/x", "http://user@a.b/x", "http://[::1]/x", "http://a.b\\x", "http://é.com/x",
    "http://a.b/\u00e9?q=\u00e9", " http://a.b/x ", "HTTP://a.b/x", "http://a.b/x\ty",
    "http://1.2.3.4/x", "https://github.com/o/r/tree/main", "ftp://a.b/x", "http://[bad/x",
    "https://arxiv.org/pdf/2301.00001.pdf", "http://a.b/%41%20", "http://-a-.b./x",
]  # fmt: skip


def _by_urlsplit(url: str) -> urls.UrlParts | None:
    try:
        p = urlsplit(url.strip())
    except ValueError:
        return None
    return urls.UrlParts((p.hostname or "").lower(), p.path, p.query)


@pytest.mark.parametrize("url", URLS)
def test_plain_urls_split_as_urlsplit_splits_them(url):
    assert urls.split(url) == _by_urlsplit(url)


@pytest.mark.parametrize(
    "text",
    ["https://arxiv.org/abs/2611.00001", "2612.00001", "2612.00001v0", "2301.00001v0",
     "https://arxiv.org/abs/1313.00001", "hep-th/9901001", "arXiv:2301.12345v3", "2701.00001"],
)  # fmt: skip
@pytest.mark.parametrize("today", [None, date(2026, 11, 29), date(2023, 1, 1)])
def test_a_dated_reading_is_the_full_reading(text, today):
    """``find`` reads a text once and dates it per day: the same ref (and problem) as
    reading it with that day from the start."""
    arxivid.find.cache_clear()
    undated = arxivid.find(text)  # read first without a day, as report.json does
    want = arxivid.from_url(text, today) or arxivid.parse_id(text, today)
    assert arxivid.find(text, today) == want
    assert arxivid.find(text) == undated == (arxivid.from_url(text) or arxivid.parse_id(text))


def test_a_future_id_is_invalid_only_on_a_day_before_it():
    assert arxivid.find("2612.00001", date(2026, 11, 29)).problem.endswith("in the future")
    assert arxivid.find("2612.00001").valid and arxivid.find("2612.00001", date(2027, 1, 1)).valid


def test_young_collections_are_batched_during_a_command_and_restored_after(tmp_path):
    seen: list[tuple[int, int, int]] = []
    before = gc.get_threshold()
    (tmp_path / "l.md").write_text(
        "- [Learning to Rank Images](https://arxiv.org/abs/2301.00001) - CVPR 2023\n", "utf-8"
    )

    class Spy:
        def write(self, text: str) -> int:
            seen.append(gc.get_threshold())
            return len(text)

        def flush(self) -> None:
            pass

    from pipeline.cli import Deps

    assert main(["parse", str(tmp_path / "l.md")], deps=Deps(stdout=Spy())) == 0
    assert seen and all(t[0] >= YOUNG_THRESHOLD for t in seen)
    assert seen[0][1:] == before[1:]
    assert gc.get_threshold() == before
    assert main(["parse", str(tmp_path / "none.md")], deps=Deps(stdout=Spy())) == 2
    assert gc.get_threshold() == before
