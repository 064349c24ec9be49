"""Per-host politeness of plain-link checks: limit, interval, slowing down on 429, order."""

from __future__ import annotations

import asyncio
import threading
import time

from pipeline.model import LinkStatus
from pipeline.sources.http import HttpLinkProber
from pipeline.sources.net import RetryPolicy
from pipeline.sources.pacing import HostPacer, interleave_hosts
from tests.support import servers


class FakeClock:
    """A clock that only moves when ``sleep`` is called."""

    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def starts(pacer: HostPacer, clock: FakeClock, hosts: list[str]) -> list[float]:
    async def run() -> list[float]:
        out = []
        slots: dict = {}
        for host in hosts:
            async with pacer.slot(host, slots):
                out.append(clock.now)
        return out

    return asyncio.run(run())


def test_starts_on_one_host_are_an_interval_apart_other_hosts_do_not_wait():
    clock = FakeClock()
    pacer = HostPacer(10, 0.05, clock=clock, sleep=clock.sleep)
    t = starts(pacer, clock, ["a", "b", "a", "c", "a"])
    assert t[1] == t[0]  # b does not wait for a
    assert t[2] - t[0] >= 0.05 - 1e-9
    assert t[3] == t[2]  # c does not wait for a
    assert t[4] - t[2] >= 0.05 - 1e-9


def test_a_429_doubles_the_hosts_interval_and_holds_its_next_start():
    clock = FakeClock()
    pacer = HostPacer(10, 0.05, clock=clock, sleep=clock.sleep)
    starts(pacer, clock, ["a"])
    pacer.slow_down("a")
    assert pacer.interval_for("a") == 0.1
    assert pacer.interval_for("b") == 0.05
    before = clock.now
    starts(pacer, clock, ["a"])
    assert clock.now - before >= 0.1 - 1e-9
    for _ in range(20):
        pacer.slow_down("a")
    assert pacer.interval_for("a") == 5.0  # capped


def test_interleave_is_round_robin_over_hosts_and_keeps_every_url():
    urls = [f"http://a.test/{i}" for i in range(4)] + ["http://b.test/0", "http://c.test/0"]
    urls += ["http://b.test/1"]
    out = interleave_hosts(urls)
    assert sorted(out) == sorted(urls)
    assert out[:3] == ["http://a.test/0", "http://b.test/0", "http://c.test/0"]
    assert out[3:5] == ["http://a.test/1", "http://b.test/1"]


def concurrency_handler(pages, rec, seen):
    """The fake web, also counting requests in progress at once."""
    base = servers.web_handler(pages, rec)
    lock = threading.Lock()

    class Counting(base):
        def do_HEAD(self) -> None:
            with lock:
                seen["now"] += 1
                seen["max"] = max(seen["max"], seen["now"])
                seen["starts"].append(time.monotonic())
            try:
                super().do_HEAD()
            finally:
                with lock:
                    seen["now"] -= 1

    return Counting


def probe_one_host(monkeypatch, per_host: int, interval: float) -> dict:
    urls = [f"http://one-host.test/p{i}" for i in range(12)]
    pages = {u: servers.Page(200) for u in urls}
    rec = servers.Recorder(latency=0.03)
    seen = {"now": 0, "max": 0, "starts": []}
    with servers.serve(concurrency_handler(pages, rec, seen)) as url:
        monkeypatch.setenv("HTTP_PROXY", url)
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        prober = HttpLinkProber(
            concurrency=32, per_host=per_host, host_interval=interval, allow_private_hosts=True
        )
        out = prober.probe_all(urls)
    assert all(r.status is LinkStatus.WORKING for r in out.values())
    return seen


def test_prober_keeps_the_per_host_limit_on_the_wire(monkeypatch):
    assert probe_one_host(monkeypatch, per_host=3, interval=0.0)["max"] == 3


def test_prober_keeps_the_host_interval_on_the_wire(monkeypatch):
    seen = probe_one_host(monkeypatch, per_host=2, interval=0.04)
    # 2 at once with 30 ms answers would start all 12 within 5 x 30 ms; 40 ms apart
    # they span 11 x 40 ms.
    assert seen["starts"][-1] - seen["starts"][0] >= 0.4


def test_a_429_slows_that_host_down(monkeypatch):
    pages = {"http://busy.test/a": servers.Page(200)}
    rec = servers.Recorder(faults=[servers.status(429, "0")])
    with servers.serve(servers.web_handler(pages, rec)) as url:
        monkeypatch.setenv("HTTP_PROXY", url)
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        prober = HttpLinkProber(
            allow_private_hosts=True, retry=RetryPolicy(sleep=lambda s: None), host_interval=0.0
        )
        out = prober.probe("http://busy.test/a")
    assert out.status is LinkStatus.WORKING
    assert prober.pacer.interval_for("busy.test") == 0.1
    assert prober.pacer.interval_for("other.test") == 0.0
