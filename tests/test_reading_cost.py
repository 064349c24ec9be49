"""What keeps reading a large list cheap, checked by its effect (no timings)."""

from __future__ import annotations

import gc
import threading

import pytest

from pipeline.errors import NoEntriesError
from pipeline.parse import parse_text

N = 150  # entries: tens of thousands of allocations, far past the collector's threshold (700)
LIST = "".join(
    f"- [A Paper Title Number {i}](https://arxiv.org/abs/2301.{i:05d}) [[code]](https://github.com/a/b{i})\n"
    for i in range(1, N + 1)
)


def test_the_cycle_collector_does_not_run_while_a_list_is_read():
    runs: list[str] = []
    me = threading.get_ident()  # a server thread another test left running collects on its own

    def seen(phase: str, info: dict) -> None:
        if phase == "start" and threading.get_ident() == me:
            runs.append(info["generation"])

    gc.collect()  # the young generation's count starts at 0: no collection is due before
    gc.callbacks.append(seen)  # the pause, whatever earlier tests left allocated
    try:
        assert len(parse_text(LIST, "l.md").entries) == N
    finally:
        gc.callbacks.remove(seen)
    assert len(runs) <= 1  # once, when reading is over: not every few hundred objects


def test_the_cycle_collector_is_restored_after_reading():
    assert gc.isenabled()
    parse_text(LIST, "l.md")
    assert gc.isenabled()
    with pytest.raises(NoEntriesError):
        parse_text("nothing here\n", "l.md")
    assert gc.isenabled()
    gc.disable()
    try:
        parse_text(LIST, "l.md")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_each_entry_title_is_guessed_once(monkeypatch):
    """The reader's title guess is kept on the block for the entry, not made again."""
    from pipeline.formats import fields

    calls: list[int] = []
    real = fields.guess_title

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(fields, "guess_title", counted)
    assert len(parse_text(LIST, "l.md").entries) == N
    assert len(calls) == N


def test_texts_a_list_repeats_are_read_once():
    """The pure text readers are memoised: 500 items that say the same are read once (a
    word before a link: the title guess asks whether it names the authors only then)."""
    from pipeline.formats import authors, contextfacts, fields

    readers = [fields.clean_title, authors.names_like, contextfacts.context_facts]
    for f in readers:
        f.cache_clear()
    parse_text("1. a [b](https://example.org/)\n" * 500 + LIST[:1000], "l.md")
    for f in readers:
        info = f.cache_info()
        assert info.hits >= 499, (f.__name__, info)
        assert info.misses < 100, (f.__name__, info)


def test_parse_prints_what_json_dumps_writes(cli, tmp_path):
    """``paperlist parse`` writes its JSON with orjson: the text json.dumps would write."""
    import json

    text = (
        "- [Ünïcode “Title” \\\\ with </script> and \u2028](https://arxiv.org/abs/2301.00001)\n"
        + LIST[:2000]
    )
    (tmp_path / "l.md").write_text(text, "utf-8")
    r = cli("parse", "l.md")
    assert r.status == 0, r.err
    data = json.loads(r.out)
    assert r.out == json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    assert data["entries"][0]["title"].startswith("Ünïcode “Title”")


def test_a_list_read_in_another_thread_does_not_resume_the_collector_under_this_one():
    from pipeline.parse import _no_cycle_collection

    entered, leave = threading.Event(), threading.Event()

    def other_reading() -> None:
        with _no_cycle_collection():  # began first, ends while this thread still reads
            entered.set()
            leave.wait(10)

    other = threading.Thread(target=other_reading)
    other.start()
    entered.wait(10)
    with _no_cycle_collection():
        leave.set()
        other.join()
        assert not gc.isenabled()
    assert gc.isenabled()
