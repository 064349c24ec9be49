"""The real arxiv client and requests stack against local servers, including faults."""

from __future__ import annotations

import arxiv
import pytest
import requests

from pipeline.model import ArxivMiss, ArxivRecord, LinkStatus, MissReason
from pipeline.sources.arxiv import ArxivSource
from pipeline.sources.github import GitHubProber
from pipeline.sources.http import HttpLinkProber
from pipeline.sources.net import PaperlistSession, RetryPolicy, parse_retry_after
from tests.support import servers
from tests.support.atom import Paper

IDS = ["2503.11240", "2305.13301", "2007.09923"]


def no_sleep_policy(**kw) -> RetryPolicy:
    slept: list[float] = []
    return RetryPolicy(sleep=slept.append, **kw)


def source(server, **kw) -> ArxivSource:
    kw.setdefault("delay_s", 0)
    kw.setdefault("retry", no_sleep_policy())
    return ArxivSource(server.url, **kw)


# -- contract with arxiv 4.0.2 -----------------------------------------------------------
def test_arxiv_contract():
    from importlib.metadata import version

    assert version("arxiv") == "4.0.2"
    assert "?{}" in arxiv.Client.query_url_format
    assert isinstance(arxiv.Client()._session, requests.Session)
    assert arxiv.Search().max_results == 100


# -- arXiv ------------------------------------------------------------------------------
def test_resolves_by_id_with_real_client(arxiv_server, seed):
    out = source(arxiv_server).resolve_all(IDS)
    assert set(out) == set(IDS)
    rec = out["2305.13301"]
    assert isinstance(rec, ArxivRecord)
    assert rec.title == "Training Diffusion Models with Reinforcement Learning"
    assert rec.version == 4 and rec.published.isoformat() == "2023-05-22"
    assert len(arxiv_server.recorder.requests) == 1
    _method, path, headers = arxiv_server.recorder.requests[0]
    assert "max_results=3" in path and "id_list=2503.11240%2C2305.13301%2C2007.09923" in path
    assert headers["User-Agent"].startswith("paperlist/")


def test_batches_of_at_most_100_and_delay_between_requests(seed):
    papers = {
        f"2301.{i:05d}": Paper(f"2301.{i:05d}", f"Paper {i}", ("A",), "2023-01-02")
        for i in range(250)
    }
    rec = servers.Recorder()
    clock = [0.0]
    slept: list[float] = []

    def sleep(s: float) -> None:
        slept.append(s)
        clock[0] += s

    with servers.serve(servers.arxiv_handler(papers, rec)) as url:
        src = ArxivSource(
            url + "/api/query",
            delay_s=3.0,
            clock=lambda: clock[0],
            sleep=sleep,
            retry=no_sleep_policy(),
        )
        out = src.resolve_all(list(papers))
    assert all(isinstance(v, ArxivRecord) for v in out.values()) and len(out) == 250
    assert len(rec.requests) == 3
    assert [p.count("%2C") + 1 for p in rec.paths] == [100, 100, 50]
    assert ["max_results=100" in p for p in rec.paths] == [True, True, False]
    assert slept == [3.0, 3.0]


def test_unknown_id_is_asked_again_then_not_found(arxiv_server):
    out = source(arxiv_server).resolve_all(["2305.13301", "2301.99999"])
    assert isinstance(out["2305.13301"], ArxivRecord)
    miss = out["2301.99999"]
    assert isinstance(miss, ArxivMiss) and miss.reason is MissReason.NOT_FOUND
    assert len(arxiv_server.recorder.requests) == 2
    # the confirmation carries a canary (an ID that resolved in this run)
    assert "id_list=2301.99999%2C2305.13301&" in arxiv_server.recorder.paths[1]


def test_empty_pages_forever_are_unverified_not_not_found(arxiv_server):
    arxiv_server.recorder.faults = [servers.Fault("empty"), servers.Fault("empty")]
    out = source(arxiv_server).resolve_all(["2305.13301", "2301.99999"])
    assert {m.reason for m in out.values()} == {MissReason.UNVERIFIED}
    assert "empty pages" in out["2301.99999"].detail


def test_canary_when_nothing_resolved():
    papers = {
        "1706.03762": Paper(
            "1706.03762", "Attention Is All You Need", ("Ashish Vaswani",), "2017-06-12"
        )
    }
    rec = servers.Recorder()
    with servers.serve(servers.arxiv_handler(papers, rec)) as url:
        out = ArxivSource(url + "/api/query", delay_s=0).resolve_all(["2301.99999"])
    assert out["2301.99999"].reason is MissReason.NOT_FOUND
    assert "id_list=2301.99999%2C1706.03762&" in rec.paths[1]


def test_empty_page_for_ids_that_exist_is_not_not_found(arxiv_server):
    arxiv_server.recorder.faults = [servers.Fault("empty")]
    out = source(arxiv_server).resolve_all(IDS)
    assert all(isinstance(out[i], ArxivRecord) for i in IDS)


@pytest.mark.parametrize(
    "faults",
    [
        [servers.status(429, "0")],
        [servers.status(503), servers.status(503)],
        [servers.status(500)],
        [servers.Fault("reset")],
        [servers.Fault("garbage")],
        [servers.Fault("truncated")],
    ],
)
def test_transient_faults_are_retried(arxiv_server, faults):
    arxiv_server.recorder.faults = list(faults)
    policy = no_sleep_policy()
    out = source(arxiv_server, retry=policy).resolve_all(IDS)
    assert all(isinstance(out[i], ArxivRecord) for i in IDS)
    assert len(arxiv_server.recorder.requests) == len(faults) + 1


def test_retry_after_is_honoured_but_clamped(arxiv_server):
    arxiv_server.recorder.faults = [servers.status(429, "7"), servers.status(429, "3600")]
    policy = RetryPolicy(sleep=lambda s: None, max_retry_after=60)
    source(arxiv_server, retry=policy).resolve_all(IDS)
    assert policy.waits == [7.0, 60.0]


def test_permanent_429_ends_unverified_within_budget(arxiv_server):
    arxiv_server.recorder.faults = [servers.status(429, "3600")] * 10
    policy = RetryPolicy(sleep=lambda s: None, max_retries=3)
    out = source(arxiv_server, retry=policy).resolve_all(IDS)
    assert {out[i].reason for i in IDS} == {MissReason.UNVERIFIED}
    assert "429" in out[IDS[0]].detail
    assert len(arxiv_server.recorder.requests) == 4


def test_400_is_not_retried(arxiv_server):
    out = source(arxiv_server).resolve_all(["2313.00001"])  # the server's own format check
    assert out["2313.00001"].reason is MissReason.UNVERIFIED
    assert "400" in out["2313.00001"].detail
    assert len(arxiv_server.recorder.requests) == 1


def test_hanging_server_times_out_and_is_unverified(arxiv_server):
    arxiv_server.recorder.faults = [servers.Fault("hang", seconds=1.0)] * 2
    src = source(  # every answer is past the timeout, so a short one cannot make it flaky
        arxiv_server, retry=no_sleep_policy(max_retries=1), session=PaperlistSession(timeout=0.1)
    )
    out = src.resolve_all(IDS)
    assert {out[i].reason for i in IDS} == {MissReason.UNVERIFIED}
    assert "timed out" in out[IDS[0]].detail


def test_dns_failure_is_unverified_and_not_retried():
    src = ArxivSource("http://arxiv.invalid/api/query", delay_s=0, retry=no_sleep_policy())
    out = src.resolve_all(IDS)
    assert {m.reason for m in out.values()} == {MissReason.UNVERIFIED}
    assert src.requests_sent == 1


def test_old_style_and_order_independence():
    papers = {
        "hep-th/9901001": Paper("hep-th/9901001", "Old Paper", ("A",), "1999-01-05"),
        "2305.13301": Paper("2305.13301", "New Paper", ("B",), "2023-05-22"),
    }
    rec = servers.Recorder()
    with servers.serve(servers.arxiv_handler(papers, rec)) as url:
        out = ArxivSource(url + "/api/query", delay_s=0).resolve_all(
            ["2305.13301", "hep-th/9901001"]
        )
    assert out["hep-th/9901001"].title == "Old Paper"
    assert out["2305.13301"].title == "New Paper"


def test_parse_retry_after_http_date():
    from datetime import UTC, datetime

    now = datetime(2026, 11, 28, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("Sat, 28 Nov 2026 12:00:30 GMT", now) == 30
    assert parse_retry_after("12", now) == 12
    assert parse_retry_after("soon", now) is None


# -- GitHub -----------------------------------------------------------------------------
def test_github_statuses():
    repos = {
        "a/live": servers.Repo("a/Live", repo_id=1),
        "a/old": servers.Repo("a/old", archived=True, repo_id=2),
        "newowner/renamed": servers.Repo("newowner/renamed", repo_id=3),
    }
    rec = servers.Recorder()
    with servers.serve(servers.github_handler(repos, {"a/was": 3}, rec)) as url:
        prober = GitHubProber(url, retry=no_sleep_policy())  # no token: REST only
        out = prober.probe_all(
            [
                "https://github.com/a/live",
                "https://github.com/a/live/tree/main/src",
                "https://github.com/a/old",
                "https://github.com/a/was",
                "https://github.com/a/gone",
            ]
        )
    assert out["https://github.com/a/live"].status is LinkStatus.WORKING
    assert out["https://github.com/a/old"].archived
    moved = out["https://github.com/a/was"]
    assert (
        moved.status is LinkStatus.REDIRECTED
        and moved.final_url == "https://github.com/newowner/renamed"
    )
    assert out["https://github.com/a/gone"].status is LinkStatus.BROKEN
    repo_paths = [p for p in rec.paths if p.startswith("/repos/")]
    assert sorted(repo_paths) == ["/repos/a/gone", "/repos/a/live", "/repos/a/old", "/repos/a/was"]
    assert all("Authorization" not in h for _, _, h in rec.requests)


def test_github_rate_limit_is_unverified_not_broken():
    rec = servers.Recorder()
    rec.faults = [servers.status(429, "0")] * 5
    with servers.serve(servers.github_handler({}, {}, rec)) as url:
        out = GitHubProber(url, retry=no_sleep_policy(max_retries=2)).probe_all(
            ["https://github.com/a/b"]
        )
    assert out["https://github.com/a/b"].status is LinkStatus.RATE_LIMITED
    assert len(rec.requests) == 3


# -- plain links ------------------------------------------------------------------------


def prober(**kw):
    kw.setdefault("retry", no_sleep_policy())
    kw.setdefault("host_interval", 0.0)  # pacing has its own tests (test_link_pacing.py)
    return HttpLinkProber(allow_private_hosts=True, **kw)


def test_http_statuses(web):
    url, pages, rec = web
    pages.update(
        {
            f"{url}/ok": servers.Page(200),
            f"{url}/nohead": servers.Page(200, head_status=405),
            f"{url}/moved": servers.Page(301, location=f"{url}/ok"),
            f"{url}/temp": servers.Page(302, location=f"{url}/ok"),
            f"{url}/gone": servers.Page(410),
            f"{url}/bot": servers.Page(403),
        }
    )
    out = prober().probe_all(
        [f"{url}/{p}" for p in ("ok", "nohead", "moved", "temp", "gone", "bot", "missing")]
    )
    assert out[f"{url}/ok"].status is LinkStatus.WORKING
    assert out[f"{url}/nohead"].status is LinkStatus.WORKING
    assert (
        out[f"{url}/moved"].status is LinkStatus.REDIRECTED
        and out[f"{url}/moved"].final_url == f"{url}/ok"
    )
    assert out[f"{url}/temp"].status is LinkStatus.WORKING
    assert out[f"{url}/gone"].status is LinkStatus.BROKEN
    assert out[f"{url}/bot"].status is LinkStatus.BLOCKED
    assert out[f"{url}/missing"].status is LinkStatus.BROKEN
    sent = [(m, p) for m, p, _ in rec.requests]
    assert ("HEAD", "/nohead") in sent and ("GET", "/nohead") in sent  # HEAD refused, GET used


def test_permanent_429_finishes(web):
    url, _pages, rec = web
    rec.faults = [servers.status(429, "3600")] * 50
    out = prober(retry=RetryPolicy(sleep=lambda s: None, max_retries=2)).probe(f"{url}/x")
    assert out.status is LinkStatus.RATE_LIMITED  # and no hour-long wait: the suite's timeout
    assert len(rec.requests) <= 6


def test_hang_is_timeout_not_broken(web):
    url, _pages, rec = web
    rec.faults = [servers.Fault("hang", seconds=1.0)] * 4  # every answer is past the timeout
    p = prober(session=PaperlistSession(timeout=0.1), retry=no_sleep_policy(max_retries=1))
    assert p.probe(f"{url}/x").status is LinkStatus.TIMEOUT


def test_private_hosts_are_not_followed_by_default(web):
    url, _pages, rec = web
    out = HttpLinkProber(retry=no_sleep_policy()).probe(f"{url}/ok")
    assert out.status is LinkStatus.BLOCKED and "allow-private-hosts" in out.message
    assert rec.requests == []


def test_redirect_into_private_network_is_blocked(web):
    url, pages, rec = web
    pages[f"{url}/evil"] = servers.Page(302, location="http://127.0.0.2:9/secret")
    only_first = lambda ip: None if str(ip) == "127.0.0.1" else f"{ip} is private"  # noqa: E731
    out = HttpLinkProber(retry=no_sleep_policy(), policy=only_first).probe(f"{url}/evil")
    assert out.status is LinkStatus.BLOCKED and "127.0.0.2 is private" in out.message
    assert [path for _, path, _ in rec.requests] == ["/evil"]


def test_github_graphql_with_token_and_rest_confirmation():
    repos = {
        f"lab/r{i}": servers.Repo(f"lab/r{i}", archived=(i == 3), repo_id=i) for i in range(150)
    }
    repos["newowner/renamed"] = servers.Repo("newowner/renamed", repo_id=999)
    rec = servers.Recorder()
    urls = [f"https://github.com/lab/r{i}" for i in range(150)] + [
        "https://github.com/a/was",
        "https://github.com/a/gone",
    ]
    with servers.serve(servers.github_handler(repos, {"a/was": 999}, rec)) as url:
        out = GitHubProber(url, token="ghp_x", token_urls=[url], retry=no_sleep_policy()).probe_all(
            urls
        )
    assert all(h["Authorization"] == "Bearer ghp_x" for _, _, h in rec.requests)
    assert all("ghp_x" not in c.message for c in out.values())
    methods = [(m, p) for m, p, _ in rec.requests]
    posts = [p for m, p in methods if m == "POST"]
    assert posts == ["/graphql", "/graphql"]  # 152 repositories, 100 a query
    gets = sorted(p for m, p in methods if m == "GET")
    # only the two GraphQL could not resolve go to REST (the rename is followed there)
    assert gets == ["/repos/a/gone", "/repos/a/was", "/repositories/999"]
    assert out["https://github.com/lab/r3"].archived
    assert out["https://github.com/lab/r7"].status is LinkStatus.WORKING
    assert out["https://github.com/a/was"].status is LinkStatus.REDIRECTED
    assert out["https://github.com/a/gone"].status is LinkStatus.BROKEN


def test_github_graphql_down_falls_back_to_rest():
    rec = servers.Recorder()
    rec.faults = [servers.status(502)] * 4  # every GraphQL attempt fails
    repos = {"a/b": servers.Repo("a/b")}
    with servers.serve(servers.github_handler(repos, {}, rec)) as url:
        out = GitHubProber(
            url, token="t", token_urls=[url], retry=no_sleep_policy(max_retries=3)
        ).probe_all(["https://github.com/a/b"])
    assert out["https://github.com/a/b"].status is LinkStatus.WORKING
    assert [m for m, *_ in rec.requests].count("POST") == 4


def test_tests_cannot_reach_beyond_loopback():
    import socket

    import pytest_socket

    s = socket.socket()
    with (
        pytest.warns(UserWarning, match="192.0.2.1"),
        pytest.raises(pytest_socket.SocketConnectBlockedError),
    ):
        s.connect(("192.0.2.1", 80))  # TEST-NET-1
    s.close()
