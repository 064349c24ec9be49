"""Fault injection, end to end: every fault on every service, as a burst and for good.

In every case: no crash, no transient failure reported as broken or not found, a
complete report, and the run ends within its time budget. Back-off is not slept for
real: the run waits with a recording ``sleep`` (injected through ``build_sources``), and
the budget is checked on wall time plus every wait the run asked for.
"""

from __future__ import annotations

import functools
import json
import threading
import time

import pytest

from pipeline.cli import Deps
from pipeline.run import build_sources
from tests.support import servers
from tests.support.schema import validate_report
from tests.test_end_to_end import EXPECTED

CONFIG = """lists: [RL_ImageGeneration.md]
arxiv: {timeout: 0.2}
links: {timeout: 0.2, max_retries: 2, retry_budget: 3, backoff: 0.05}
"""

FAULTS = {
    "429-retry-after": lambda: servers.status(429, "0"),
    "429-retry-after-forever-long": lambda: servers.status(429, "86400"),
    "503": lambda: servers.status(503),
    "500": lambda: servers.status(500),
    "reset": lambda: servers.Fault("reset"),
    "hang": lambda: servers.Fault("hang", seconds=0.4),
    "garbage": lambda: servers.Fault("garbage"),
}
ARXIV_ONLY = {
    "truncated": lambda: servers.Fault("truncated"),
    "empty-page": lambda: servers.Fault("empty"),
}
FALSE_ALARMS = {"arxiv-not-found", "code-link-broken", "wrong-paper", "code-link-moved"}
BUDGET_S = 20
RETRY_BUDGET_S = 3  # links.retry_budget above


class Waits:
    """A ``sleep`` that records what it was asked to wait and returns at once."""

    def __init__(self) -> None:
        self.seconds: list[float] = []
        self._lock = threading.Lock()

    def __call__(self, seconds: float) -> None:
        with self._lock:
            self.seconds.append(seconds)

    @property
    def total(self) -> float:
        return sum(self.seconds)


def run_catalog(cli, catalog_copy, arxiv_url, github_url, tmp_path, waits=None):
    (catalog_copy / "config.yaml").write_text(CONFIG)
    env = {
        "PAPERLIST_ARXIV_API_URL": arxiv_url,
        "PAPERLIST_ARXIV_DELAY": "0",
        "GITHUB_API_URL": github_url,
        "PAPERLIST_CACHE_DIR": str(tmp_path / "cache"),
    }
    waits = Waits() if waits is None else waits
    deps = Deps(sources=functools.partial(build_sources, sleep=waits))
    started = time.monotonic()
    result = cli(
        "check",
        "--config",
        str(catalog_copy / "config.yaml"),
        "--format",
        "json",
        env=env,
        deps=deps,
    )
    elapsed = time.monotonic() - started + waits.total
    assert result.status in (0, 1), result.err
    report = json.loads(result.out)
    validate_report(report)
    assert len(report["entries"]) == 11
    assert elapsed < BUDGET_S
    assert waits.total <= RETRY_BUDGET_S + 1e-9  # the run's back-off budget holds
    return {(f["line"], f["rule"], f["severity"]) for f in report["findings"]}, report


@pytest.mark.parametrize("name", sorted(FAULTS))
def test_burst_on_every_service_recovers(
    name, cli, catalog_copy, arxiv_server, github_server, web_proxy, tmp_path
):
    for server in (arxiv_server, github_server, web_proxy):
        server.recorder.faults = [FAULTS[name](), FAULTS[name]()]
    waits = Waits()
    found, _ = run_catalog(cli, catalog_copy, arxiv_server.url, github_server.url, tmp_path, waits)
    assert waits.seconds  # every fault here is retried after a wait
    if name == "429-retry-after-forever-long":  # clamped waits exceed the budget: unverified
        assert not {r for _, r, _ in found} & FALSE_ALARMS
        assert waits.total == pytest.approx(RETRY_BUDGET_S)  # clamped, then cut at the budget
    else:
        assert found == EXPECTED
    if name == "429-retry-after":  # the server's Retry-After: 0 is what the run waited
        assert set(waits.seconds) == {0.0}
    elif name != "429-retry-after-forever-long":  # exponential back-off from 0.05 s
        assert min(waits.seconds) >= 0.05


@pytest.mark.parametrize("name", sorted(ARXIV_ONLY))
def test_arxiv_only_faults_recover(
    name, cli, catalog_copy, arxiv_server, github_server, web_proxy, tmp_path
):
    arxiv_server.recorder.faults = [ARXIV_ONLY[name]()]
    found, _ = run_catalog(cli, catalog_copy, arxiv_server.url, github_server.url, tmp_path)
    assert found == EXPECTED


@pytest.mark.parametrize("name", sorted(FAULTS | ARXIV_ONLY))
def test_persistent_fault_is_unverified_never_an_error(
    name, cli, catalog_copy, arxiv_server, github_server, web_proxy, tmp_path
):
    make = (FAULTS | ARXIV_ONLY)[name]
    arxiv_server.recorder.faults = [make() for _ in range(50)]
    if name in FAULTS:
        github_server.recorder.faults = [make() for _ in range(50)]
        web_proxy.recorder.faults = [make() for _ in range(50)]
    found, report = run_catalog(cli, catalog_copy, arxiv_server.url, github_server.url, tmp_path)
    rules = {r for _, r, _ in found}
    assert not rules & FALSE_ALARMS
    # what the list itself reveals is still reported
    assert {
        (6, "link-text-mismatch", "error"),
        (7, "placeholder-link", "warning"),
        (59, "year-mismatch", "warning"),
    } <= found
    unverified = [f for f in report["findings"] if f["rule"] == "unverified"]
    assert len([f for f in unverified if f["field"] == "paper"]) == 11
    if name in FAULTS:  # a 200 HTML page ("garbage") is a working project page
        assert len([f for f in unverified if f["field"] == "code"]) == (
            2 if name == "garbage" else 3
        )


def test_dns_failure_everywhere(cli, catalog_copy, tmp_path, monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", "http://proxy.invalid:3128")
    monkeypatch.setenv("NO_PROXY", "")
    found, report = run_catalog(
        cli, catalog_copy, "http://arxiv.invalid/api/query", "http://api.github.invalid", tmp_path
    )
    assert not {r for _, r, _ in found} & FALSE_ALARMS
    assert all(
        "unreachable" in f["message"] or "failed" in f["message"]
        for f in report["findings"]
        if f["rule"] == "unverified"
    )
