"""Plain links: HEAD, then GET where HEAD is refused; redirects followed hop by hop.

- One event loop checks them all (aiohttp, :mod:`pipeline.sources.wire`): at most
  ``concurrency`` at once, ``per_host`` at once per host and starts on one host at
  least ``host_interval`` apart (:mod:`pipeline.sources.pacing`).
- Every connection is checked against the address policy when it is made, on the
  address actually connected to: a public link cannot reach the local network, not by
  a redirect, an encoded host or DNS rebinding.
- Every request has a total deadline (the link timeout), not only a per-read one.
- A permanent redirect (301/308) anywhere on the way makes the result ``REDIRECTED``
  with the final URL; temporary ones (302/303/307) are followed silently.
- 404/410 are the only "broken" answers. 401/403/999 are bot walls (``BLOCKED``);
  429/5xx are retried within the run's budget; timeouts and connection failures are
  their own statuses. None of those is ever reported as broken.
- Bodies are streamed and never read past ``BODY_CAP`` bytes.
- Standard proxy variables (``HTTP_PROXY``, ``HTTPS_PROXY``, ``NO_PROXY``) apply.
"""

from __future__ import annotations

import asyncio
import ipaddress
from collections.abc import Callable, Coroutine, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import unquote, urljoin, urlsplit

if TYPE_CHECKING:
    from aiohttp import ClientResponse

    from pipeline.sources.wire import LinkWire

from pipeline.model import LinkCheck, LinkStatus
from pipeline.sources.interface import LinkProber, ProgressFn, no_progress
from pipeline.sources.net import (
    BODY_CAP,
    USER_AGENT,
    PaperlistSession,
    RetryPolicy,
    TransientError,
    WireFailure,
    describe,
    is_connection_error,
    is_retryable,
    is_timeout,
    raise_if_transient_status,
)
from pipeline.sources.pacing import HostPacer, host_of, interleave_hosts
from pipeline.sources.transport import (
    Resolver,
    blocked_address,
    default_resolver,
    refused_by_policy,
)

MAX_REDIRECTS = 10
_HEAD_FALLBACK = frozenset({400, 403, 404, 405, 406, 409, 429, 500, 501, 502, 503, 999})
_BLOCKED = frozenset({401, 403, 999})
T = TypeVar("T")
_Policy = Callable[[ipaddress.IPv4Address | ipaddress.IPv6Address], str | None]


@dataclass(frozen=True)
class _Hop:
    """One response on the way to the final URL."""

    url: str
    code: int
    location: str | None


class HttpLinkProber(LinkProber):
    """Checks non-GitHub links on one event loop, concurrently, politely per host.

    Defaults as lychee's: 128 at once, 10 per host, 50 ms between starts on one host
    (doubled for a host each time it answers 429). ``session`` is only read for its
    timeout and User-Agent.
    """

    def __init__(
        self,
        *,
        session: PaperlistSession | None = None,
        timeout: float = 15.0,
        retry: RetryPolicy | None = None,
        allow_private_hosts: bool = False,
        concurrency: int = 128,
        per_host: int = 10,
        host_interval: float = 0.05,
        policy: _Policy | None = blocked_address,
        resolver: Resolver = default_resolver,
        progress: ProgressFn = no_progress,
    ):
        self.timeout = session.default_timeout if session else timeout
        agent = session.user_agent if session else USER_AGENT
        self._headers = {"User-Agent": agent, "Accept": "*/*", "Accept-Encoding": "gzip, deflate"}
        self.allow_private_hosts = allow_private_hosts
        self.policy = None if allow_private_hosts else policy
        self._resolver = resolver
        self.concurrency = max(1, concurrency)
        self.retry = retry or RetryPolicy()
        self.per_host = max(1, per_host)
        self.pacer = HostPacer(self.per_host, host_interval, sleep=self.retry.pacing_sleep())
        self.requests_sent = 0
        self.progress = progress

    def probe(self, url: str) -> LinkCheck:
        """Check one URL. Every outcome is a ``LinkCheck``; nothing is raised."""
        return self.probe_all([url])[url]

    def probe_all(self, urls: Iterable[str]) -> Mapping[str, LinkCheck]:
        """Check every unique URL concurrently (per-host limit and interval apply)."""
        unique = list(dict.fromkeys(urls))
        if not unique:
            return {}
        results = _run_loop(self._run(interleave_hosts(unique)))
        return {url: results[url] for url in unique}

    async def _run(self, order: list[str]) -> dict[str, LinkCheck]:
        from pipeline.sources.wire import LinkWire

        gate = asyncio.Semaphore(self.concurrency)
        run = _Run(LinkWire(self.policy, self._resolver, self.timeout, self._headers), {})
        done = 0

        async def one(url: str) -> LinkCheck:
            nonlocal done
            async with gate:
                result = await self._probe(run, url)
            done += 1
            self.progress("links", done, len(order))
            return result

        async with run.wire:
            checks = await asyncio.gather(*(one(url) for url in order))
        return dict(zip(order, checks, strict=True))

    async def _probe(self, run: _Run, url: str) -> LinkCheck:
        try:
            try:
                hop, permanent, blocked = await self._follow(run, "HEAD", url)
                again = not blocked and hop.code in _HEAD_FALLBACK
            except WireFailure as exc:  # a HEAD answered with a body, a garbled HEAD answer
                again = exc.kind == "malformed"
                if not again:
                    raise
            if again:
                hop, permanent, blocked = await self._follow(run, "GET", url)
        except TransientError as exc:
            status = LinkStatus.RATE_LIMITED if exc.status == 429 else LinkStatus.UNAVAILABLE
            return LinkCheck(url, status, exc.status, message=f"{exc} (after retries)")
        except Exception as exc:  # NOTE: sphinx linkcheck does the same: a surprise is data
            return _failure(url, exc)
        return _outcome(url, hop, permanent, blocked)

    async def _follow(self, run: _Run, method: str, url: str) -> tuple[_Hop, bool, str | None]:
        """Follow redirects; return the last hop, whether one was permanent, or a block."""
        permanent = False
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            reason = self._private(current)
            if reason:
                return _Hop(current, 0, None), permanent, reason
            hop = await self.retry.acall(self._send, is_retryable, run, method, current)
            if hop.code in (301, 302, 303, 307, 308) and hop.location:
                permanent = permanent or hop.code in (301, 308)
                current = urljoin(current, hop.location)
                continue
            return hop, permanent, None
        return _Hop(current, 0, None), permanent, f"more than {MAX_REDIRECTS} redirects"

    def _private(self, url: str) -> str | None:
        """Before sending: a URL without a host, or a literal private address.

        A literal address (also percent-encoded, which aiohttp would not decode) is
        judged here; every direct connection is judged again when it is made (the
        wire's policy). A proxy resolves names itself, so for a proxied URL only a
        literal address can be judged.
        """
        if not urlsplit(url).hostname:
            return "the URL has no host"
        if self.policy is None:
            return None
        return _literal_private(url, self.policy)

    async def _send(self, run: _Run, method: str, url: str) -> _Hop:
        from pipeline.sources.wire import location_of, wire_failure, without_userinfo

        self.requests_sent += 1
        host = host_of(url)
        async with self.pacer.slot(host, run.slots):
            try:
                session, kwargs = run.wire.route(url)
                sent = without_userinfo(url)  # ``user:pw@``: never sent, as before aiohttp
                async with session.request(method, sent, allow_redirects=False, **kwargs) as resp:
                    await _read_capped(resp, method)
                    code, headers = resp.status, resp.headers
            except Exception as exc:
                raise wire_failure(exc, self.timeout) from exc
        if code == 429:
            self.pacer.slow_down(host)
        raise_if_transient_status(code, headers.get("Retry-After"))
        return _Hop(url, code, location_of(headers))


def _run_loop(work: Coroutine[None, None, T]) -> T:
    """Run ``work`` on a new event loop: in this thread, or in a thread of its own when
    this one already runs a loop (a caller that is itself asynchronous)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(work)
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, work).result()


@dataclass(frozen=True)
class _Run:
    """One ``probe_all``: its wire (sessions) and its per-host semaphores."""

    wire: LinkWire
    slots: dict[str, asyncio.Semaphore]


def _outcome(url: str, hop: _Hop, permanent: bool, blocked: str | None) -> LinkCheck:
    """The check's result from the last hop, a permanent redirect on the way, or a block."""
    if blocked:
        if blocked.startswith("more than"):
            return LinkCheck(url, LinkStatus.ERROR, final_url=hop.url, message=blocked)
        return LinkCheck(
            url,
            LinkStatus.BLOCKED,
            final_url=hop.url if hop.url != url else None,
            message=_not_followed(blocked),
        )
    code = hop.code
    final = hop.url if hop.url != url else None
    if 200 <= code < 300:
        if permanent and final:
            return LinkCheck(url, LinkStatus.REDIRECTED, code, final, "permanent redirect")
        return LinkCheck(url, LinkStatus.WORKING, code, final, f"HTTP {code}")
    if code in (404, 410):
        return LinkCheck(url, LinkStatus.BROKEN, code, final, f"HTTP {code}")
    if code in _BLOCKED:
        message = f"HTTP {code}: the site refuses automated clients"
        return LinkCheck(url, LinkStatus.BLOCKED, code, final, message)
    if 500 <= code < 600:
        return LinkCheck(url, LinkStatus.UNAVAILABLE, code, final, f"HTTP {code}")
    return LinkCheck(url, LinkStatus.BLOCKED, code, final, f"HTTP {code}")


async def _read_capped(resp: ClientResponse, method: str) -> None:
    """Read a GET body up to ``BODY_CAP``; a body cut at the cap closes the connection.

    The deadline passing while the body is read leaves the status standing.
    """
    if method != "GET":
        return
    read = 0
    try:
        while read < BODY_CAP:
            chunk = await resp.content.read(BODY_CAP)
            if not chunk:
                return
            read += len(chunk)
    except TimeoutError:
        pass
    resp.close()


def _failure(url: str, exc: Exception) -> LinkCheck:
    """The outcome of a request that raised ``exc`` (after its retries)."""
    if is_timeout(exc):
        return LinkCheck(url, LinkStatus.TIMEOUT, message=f"{describe(exc)} (after retries)")
    refused = refused_by_policy(exc)
    if refused:
        return LinkCheck(url, LinkStatus.BLOCKED, message=_not_followed(refused))
    if is_connection_error(exc) or isinstance(exc, WireFailure):
        return LinkCheck(url, LinkStatus.ERROR, message=describe(exc))
    return LinkCheck(url, LinkStatus.ERROR, message=f"check failed: {exc.__class__.__name__}")


def _not_followed(reason: str) -> str:
    return f"not followed: {reason} (use --allow-private-hosts to check it)"


def _literal_private(url: str, policy: Callable[..., str | None]) -> str | None:
    host = unquote(urlsplit(url).hostname or "").lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return f"{host} is a loopback name"
    try:
        return policy(ipaddress.ip_address(host))
    except ValueError:
        return None
