"""Politeness per host: at most N requests at once, starts at least an interval apart.

The same limits as lychee's defaults (10 at once, 50 ms between starts), and the same
reaction to a host that says "too many": a 429 doubles that host's interval for the
rest of the run (up to ``MAX_INTERVAL_S``).
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import asynccontextmanager
from urllib.parse import urlsplit

MAX_INTERVAL_S = 5.0
"""The slowest pace a host is slowed down to by its 429 answers."""


def host_of(url: str) -> str:
    """The host part of ``url``, lower-cased ('' when there is none)."""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def interleave_hosts(urls: Iterable[str]) -> list[str]:
    """``urls`` reordered round-robin over their hosts (first come, first served).

    A pool of workers taking URLs in list order would otherwise park most of its
    workers on a host that fills a long stretch of the list, waiting for its slots.
    """
    by_host: dict[str, list[str]] = {}
    for url in urls:
        by_host.setdefault(host_of(url), []).append(url)
    queues = list(by_host.values())
    out: list[str] = []
    depth = 0
    while queues:
        queues = [q for q in queues if len(q) > depth]
        out.extend(q[depth] for q in queues)
        depth += 1
    return out


class HostPacer:
    """Per-host concurrency limit and minimum interval between request starts."""

    def __init__(
        self,
        per_host: int,
        interval: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ):
        self.per_host = max(1, per_host)
        self.interval = max(0.0, interval)
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._next: dict[str, float] = {}
        self._intervals: dict[str, float] = {}

    def interval_for(self, host: str) -> float:
        """The current minimum interval between two request starts on ``host``."""
        with self._lock:
            return self._intervals.get(host, self.interval)

    def reserve(self, host: str) -> float:
        """Book ``host``'s next start; the seconds to wait before starting it."""
        with self._lock:
            now = self._clock()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + self._intervals.get(host, self.interval)
        return start - now

    @asynccontextmanager
    async def slot(self, host: str, slots: dict[str, asyncio.Semaphore]) -> AsyncIterator[None]:
        """Hold one of ``host``'s slots, starting no sooner than its interval allows.

        ``slots`` is the run's per-host semaphores (an event loop's own objects).
        """
        sem = slots.get(host)
        if sem is None:
            sem = slots[host] = asyncio.Semaphore(self.per_host)
        async with sem:
            wait = self.reserve(host)
            if wait > 0:
                await self._sleep(wait)
            yield

    def slow_down(self, host: str) -> None:
        """``host`` answered 429: double its interval and hold its next start by as much.

        The request that got the 429 waits the server's ``Retry-After`` itself, within
        the run's retry budget (:class:`~pipeline.sources.net.RetryPolicy`).
        """
        with self._lock:
            current = self._intervals.get(host, self.interval)
            slower = min(MAX_INTERVAL_S, max(2 * current, 0.1))
            self._intervals[host] = slower
            now = self._clock()
            self._next[host] = max(self._next.get(host, now), now + slower)
