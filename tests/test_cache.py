"""The cache between runs, end to end against the local servers."""

from __future__ import annotations

import json

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


def test_unusable_cache_folder_is_exit_2(cli, tmp_path):
    (tmp_path / "l.md").write_text(
        "**T**\n<br>-time:2023\n<br>-paper:https://arxiv.org/abs/2305.13301\n"
    )
    (tmp_path / "file").write_text("not a folder")
    r = cli(
        "check", "l.md", "--offline", env={"PAPERLIST_CACHE_DIR": str(tmp_path / "file" / "sub")}
    )
    assert r.status == 2 and len(r.err.strip().splitlines()) == 1
    assert "--no-cache" in r.err


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
