"""The cache between runs, end to end against the local servers."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from pipeline.model import ArxivRecord, LinkCheck, LinkStatus
from pipeline.sources.cache import CachedMetadataSource, CachedProber, Store
from tests.conftest import FakeArxivSource, FakeProber
from tests.support import servers
from tests.test_end_to_end import EXPECTED


def env_for(arxiv_server, github_server, cache_dir):
    return {
        "PAPERLIST_ARXIV_API_URL": arxiv_server.url,
        "PAPERLIST_ARXIV_DELAY": "0",
        "GITHUB_API_URL": github_server.url,
        "PAPERLIST_CACHE_DIR": str(cache_dir),
    }


def findings(result):
    return {(f["line"], f["rule"], f["severity"]) for f in json.loads(result.out)["findings"]}


def total(*servers_):
    return sum(len(s.recorder.requests) for s in servers_)


def test_warm_rerun_sends_no_request(
    cli, catalog_copy, arxiv_server, github_server, web_proxy, tmp_path
):
    env = env_for(arxiv_server, github_server, tmp_path / "c")
    argv = ("check", "--config", str(catalog_copy / "config.yaml"), "--format", "json")
    first = cli(*argv, env=env)
    sent = total(arxiv_server, github_server, web_proxy)
    assert sent == 4 and findings(first) == EXPECTED
    second = cli(*argv, env=env)
    assert total(arxiv_server, github_server, web_proxy) == sent  # nothing new
    assert findings(second) == EXPECTED


def test_transient_failures_are_never_replayed(
    cli, catalog_copy, arxiv_server, github_server, web_proxy, tmp_path
):
    env = env_for(arxiv_server, github_server, tmp_path / "c")
    argv = ("check", "--config", str(catalog_copy / "config.yaml"), "--format", "json")
    arxiv_server.recorder.faults = [servers.status(503, "0")] * 20
    first = cli(*argv, env=env)
    assert any(r == "unverified" for _, r, _ in findings(first))
    arxiv_server.recorder.faults = []
    before = len(arxiv_server.recorder.requests)
    second = cli(*argv, env=env)
    assert len(arxiv_server.recorder.requests) == before + 1
    assert findings(second) == EXPECTED


def test_no_cache_neither_reads_nor_writes(
    cli, catalog_copy, arxiv_server, github_server, web_proxy, tmp_path
):
    env = env_for(arxiv_server, github_server, tmp_path / "c")
    argv = (
        "check",
        "--config",
        str(catalog_copy / "config.yaml"),
        "--format",
        "json",
        "--no-cache",
    )
    cli(*argv, env=env)
    cli(*argv, env=env)
    assert len(arxiv_server.recorder.requests) == 2
    assert not (tmp_path / "c").exists()


def test_offline_answers_from_the_cache(
    cli, catalog_copy, arxiv_server, github_server, web_proxy, tmp_path
):
    env = env_for(arxiv_server, github_server, tmp_path / "c")
    argv = ("check", "--config", str(catalog_copy / "config.yaml"), "--format", "json")
    cli(*argv, env=env)
    offline = cli(*argv, "--offline", env=env)
    assert findings(offline) == EXPECTED
    assert json.loads(offline.out)["mode"] == "offline"


def test_endpoint_is_part_of_the_key(
    cli, catalog_copy, arxiv_server, github_server, web_proxy, tmp_path, seed
):
    env = env_for(arxiv_server, github_server, tmp_path / "c")
    argv = ("check", "--config", str(catalog_copy / "config.yaml"), "--format", "json")
    cli(*argv, env=env)
    rec = servers.Recorder()
    with servers.serve(servers.arxiv_handler(seed, rec)) as other:
        cli(*argv, env={**env, "PAPERLIST_ARXIV_API_URL": other + "/api/query"})
    assert len(rec.requests) == 1


def test_entries_expire(tmp_path):
    now = [1000.0]
    store = Store(tmp_path, max_age_s=60, clock=lambda: now[0])
    from datetime import date

    rec = ArxivRecord("2305.13301", 1, "T", ("A",), date(2023, 5, 22))
    fake = FakeArxivSource({"2305.13301": rec})
    cached = CachedMetadataSource(fake, store, "ns")
    assert cached.resolve_all(["2305.13301"])["2305.13301"] == rec
    assert cached.resolve_all(["2305.13301"])["2305.13301"] == rec
    assert len(fake.asked) == 1
    now[0] += 61
    cached.resolve_all(["2305.13301"])
    assert len(fake.asked) == 2


def test_only_definite_link_outcomes_are_stored(tmp_path):
    store = Store(tmp_path, max_age_s=3600)
    prober = FakeProber(
        {
            "u1": LinkCheck("u1", LinkStatus.WORKING, 200),
            "u2": LinkCheck("u2", LinkStatus.RATE_LIMITED, 429),
            "u3": LinkCheck("u3", LinkStatus.BROKEN, 404),
        }
    )
    CachedProber(prober, store, "ns").probe_all(["u1", "u2", "u3"])
    assert set(store.get_many("ns", ["u1", "u2", "u3"])) == {"u1", "u3"}
    offline = CachedProber(None, store, "ns").probe_all(["u1", "u2"])
    assert (
        offline["u1"].status is LinkStatus.WORKING and offline["u2"].status is LinkStatus.UNCHECKED
    )


def test_unusable_cache_folder_is_a_warning(cli, tmp_path):
    (tmp_path / "l.md").write_text(ONE)
    (tmp_path / "file").write_text("not a folder")
    r = cli(
        "check", "l.md", "--offline", env={"PAPERLIST_CACHE_DIR": str(tmp_path / "file" / "sub")}
    )
    assert r.status in (0, 1) and "Traceback" not in r.err
    assert warnings_in(r.err) == 1 and "--no-cache" in r.err


def test_proxy_route_is_part_of_the_key(
    cli, catalog_copy, arxiv_server, github_server, web_proxy, tmp_path, monkeypatch
):
    env = env_for(arxiv_server, github_server, tmp_path / "c")
    argv = ("check", "--config", str(catalog_copy / "config.yaml"), "--format", "json")
    cli(*argv, env=env)
    assert len(web_proxy.recorder.requests) == 1
    # the same link through another route (here: no proxy at all) is not answered from the cache
    monkeypatch.delenv("HTTP_PROXY")
    monkeypatch.delenv("http_proxy")
    second = json.loads(cli(*argv, env=env).out)
    assert any(f["rule"] == "unverified" and f["line"] == 55 for f in second["findings"])


# -- a disposable cache: whatever is wrong with it, the run goes on without it ----------
ONE = "**T**\n<br>-time:2023\n<br>-paper:https://arxiv.org/abs/2305.13301\n"
U = "https://github.com/a/b"


def warnings_in(err: str) -> int:
    lines = err.strip().splitlines()
    assert all(ln.startswith("paperlist: warning: ") for ln in lines), err
    return len(lines)


def cache_warnings(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "pipeline.sources.cache"]


def test_corrupt_cache_file_is_set_aside(cli, tmp_path):
    (tmp_path / "l.md").write_text(ONE)
    (tmp_path / "cache").mkdir()
    db = tmp_path / "cache" / "paperlist-cache.sqlite3"
    db.write_bytes(b"\x00garbage, not SQLite\xff" * 200)
    r = cli("check", "l.md", "--offline")
    assert r.status in (0, 1) and warnings_in(r.err) == 1 and "not a database" in r.err
    assert (tmp_path / "cache" / "paperlist-cache.sqlite3.corrupt").exists()
    again = cli("check", "l.md", "--offline")
    assert again.status == r.status and again.err == ""  # a fresh cache from then on


def put_row(path: Path, namespace: str, key: str, value: str, stored: object) -> None:
    with sqlite3.connect(path / "paperlist-cache.sqlite3") as db:
        db.execute(
            "INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?)", (namespace, key, value, stored)
        )


BAD_LINK_ROWS = [
    "not json {",
    json.dumps([1, 2]),
    json.dumps({"url": U, "status": "bogus"}),
    json.dumps({"url": U, "status": "timeout"}),  # transient: never stored, never replayed
    json.dumps({"url": U, "status": "working", "http_code": "200"}),
    json.dumps({"url": U, "status": "working", "surprise": 1}),
    json.dumps({"url": "https://elsewhere", "status": "working"}),
    json.dumps({"url": U, "status": "working", "archived": "no"}),
    "[" * 100_000 + "]" * 100_000,
]


@pytest.mark.parametrize("value", BAD_LINK_ROWS)
def test_malformed_link_rows_are_ignored(tmp_path, value):
    now = 10_000.0
    store = Store(tmp_path, max_age_s=3600, clock=lambda: now)
    put_row(tmp_path, "ns", U, value, now)
    inner = FakeProber({U: LinkCheck(U, LinkStatus.BROKEN, 404)})
    got = CachedProber(inner, store, "ns").probe_all([U])
    assert got[U].status is LinkStatus.BROKEN and inner.asked == [U]


@pytest.mark.parametrize("stored", [10_000.0 + 86400 * 3650, "soon", None])
def test_poisoned_timestamps_are_ignored(tmp_path, stored):
    now = 10_000.0
    store = Store(tmp_path, max_age_s=3600, clock=lambda: now)
    put_row(
        tmp_path, "ns", U, json.dumps({"url": U, "status": "working", "http_code": 200}), stored
    )
    inner = FakeProber({U: LinkCheck(U, LinkStatus.BROKEN, 404)})
    assert CachedProber(inner, store, "ns").probe_all([U])[U].status is LinkStatus.BROKEN


def test_a_small_clock_skew_is_tolerated(tmp_path):
    now = 10_000.0
    store = Store(tmp_path, max_age_s=3600, clock=lambda: now)
    put_row(
        tmp_path, "ns", U, json.dumps({"url": U, "status": "working", "http_code": 200}), now + 30
    )
    assert CachedProber(None, store, "ns").probe_all([U])[U].status is LinkStatus.WORKING


@pytest.mark.parametrize(
    "value",
    [
        {
            "arxiv_id": "2305.13301",
            "version": 1,
            "title": 5,
            "authors": [],
            "published": "2023-05-22",
        },
        {
            "arxiv_id": "2305.13301",
            "version": "1",
            "title": "T",
            "authors": [],
            "published": "2023-05-22",
        },
        {
            "arxiv_id": "2305.13301",
            "version": 1,
            "title": "T",
            "authors": "A",
            "published": "2023-05-22",
        },
        {"arxiv_id": "2305.13301", "version": 1, "title": "T", "authors": [], "published": "May"},
        {"arxiv_id": "2305.13301", "version": 1, "title": "T"},
        {"arxiv_id": "2305.13301", "reason": "unverified", "detail": "was down"},
        {"arxiv_id": "2305.13301", "reason": "not_found", "detail": 3},
    ],
)
def test_malformed_arxiv_rows_are_ignored(tmp_path, value):
    now = 10_000.0
    store = Store(tmp_path, max_age_s=3600, clock=lambda: now)
    put_row(tmp_path, "ns", "2305.13301", json.dumps(value), now)
    rec = ArxivRecord("2305.13301", 1, "Right", ("A",), date(2023, 5, 22))
    fake = FakeArxivSource({"2305.13301": rec})
    assert CachedMetadataSource(fake, store, "ns").resolve_all(["2305.13301"])["2305.13301"] == rec
    assert fake.asked == [["2305.13301"]]


def test_malformed_search_and_version_rows_are_ignored(tmp_path):
    now = 10_000.0
    store = Store(tmp_path, max_age_s=3600, clock=lambda: now)
    put_row(tmp_path, "ns|title-search", "T", json.dumps([{"title": 1}]), now)
    put_row(tmp_path, "ns|older-versions", "2305.13301v2", json.dumps([["1", 2]]), now)
    cached = CachedMetadataSource(None, store, "ns")
    assert cached.search_titles(["T"]) == {}
    assert cached.older_titles({"2305.13301": 2}) == {}


def lock_exclusively(path: Path) -> sqlite3.Connection:
    other = sqlite3.connect(path / "paperlist-cache.sqlite3", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    return other


def test_locked_cache_when_opened(tmp_path, caplog):
    Store(tmp_path, max_age_s=3600).close()
    other = lock_exclusively(tmp_path)
    try:
        store = Store(tmp_path, max_age_s=3600, lock_timeout=0.01)
        got = CachedProber(FakeProber(), store, "ns").probe_all([U, "https://x.org"])
    finally:
        other.close()
    assert got[U].status is LinkStatus.WORKING
    assert len(cache_warnings(caplog)) == 1 and "locked" in cache_warnings(caplog)[0]


def test_locked_cache_while_running(tmp_path, caplog):
    store = Store(tmp_path, max_age_s=3600, lock_timeout=0.01)
    other = lock_exclusively(tmp_path)
    try:
        prober = CachedProber(FakeProber(), store, "ns")
        prober.probe_all([U])
        prober.probe_all(["https://x.org"])
    finally:
        other.close()
    assert len(cache_warnings(caplog)) == 1


class Full(sqlite3.Connection):
    """A connection on a full disk: every write fails."""

    writes = 0
    error: Exception = sqlite3.OperationalError("database or disk is full")

    def executemany(self, *args, **kwargs):
        type(self).writes += 1
        raise type(self).error


@pytest.mark.parametrize(
    "error",
    [
        sqlite3.OperationalError("database or disk is full"),
        sqlite3.OperationalError("attempt to write a readonly database"),
        OSError(28, "No space left on device"),
    ],
)
def test_failed_writes_warn_once_and_stop_writing(tmp_path, caplog, error, monkeypatch):
    monkeypatch.setattr(Full, "writes", 0)
    monkeypatch.setattr(Full, "error", error)
    store = Store(tmp_path, max_age_s=3600, factory=Full)
    prober = CachedProber(FakeProber(), store, "ns")
    assert prober.probe_all([U])[U].status is LinkStatus.WORKING
    assert prober.probe_all(["https://x.org"])["https://x.org"].status is LinkStatus.WORKING
    assert Full.writes == 1
    assert len(cache_warnings(caplog)) == 1
