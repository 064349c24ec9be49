"""Plain links: HEAD, then GET where HEAD is refused; redirects followed hop by hop.

- Every connection is checked against the address policy when it is made, on the
  address actually connected to (:mod:`pipeline.sources.transport`): a public link
  cannot reach the local network, not by a redirect, an encoded host or DNS rebinding.
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

import ipaddress
import threading
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import unquote, urljoin, urlsplit

import urllib3
from requests.utils import get_environ_proxies, select_proxy

from pipeline.model import LinkCheck, LinkStatus
from pipeline.sources.interface import LinkProber, ProgressFn, no_progress
from pipeline.sources.net import (
    BODY_CAP,
    USER_AGENT,
    DeadlineExceeded,
    PaperlistSession,
    RetryPolicy,
    TransientError,
    ca_bundle,
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
    guarded_pool_manager,
    refused_by_policy,
    total_deadline,
)

MAX_REDIRECTS = 10
_HEAD_FALLBACK = frozenset({400, 403, 404, 405, 406, 409, 429, 500, 501, 502, 503, 999})
_BLOCKED = frozenset({401, 403, 999})
_Policy = Callable[[ipaddress.IPv4Address | ipaddress.IPv6Address], str | None]


@dataclass(frozen=True)
class _Hop:
    """One response on the way to the final URL."""

    url: str
    code: int
    location: str | None


class LinkWire:
    """urllib3 pool managers for plain links: one direct (guarded), one per proxy.

    Proxies come from the environment (``HTTP_PROXY``, ``HTTPS_PROXY``, ``NO_PROXY``,
    as requests reads them), looked up once per scheme and host.
    """

    def __init__(self, policy: _Policy | None, resolver: Resolver, maxsize: int):
        self._kwargs = {"num_pools": 256, "maxsize": maxsize, "ca_certs": ca_bundle()}
        self.direct = guarded_pool_manager(policy, resolver, **self._kwargs)
        self._proxied: dict[str, urllib3.PoolManager] = {}
        self._proxy_of: dict[tuple[str, str], str | None] = {}
        self._lock = threading.Lock()

    def proxy_for(self, url: str) -> str | None:
        """The environment's proxy for ``url``, or ``None`` for a direct connection."""
        parts = urlsplit(url)
        key = (parts.scheme, (parts.hostname or "").lower())
        with self._lock:
            if key not in self._proxy_of:
                self._proxy_of[key] = select_proxy(url, get_environ_proxies(url))
            return self._proxy_of[key]

    def manager_for(self, url: str) -> urllib3.PoolManager:
        """The pool manager ``url`` is sent through."""
        proxy = self.proxy_for(url)
        if proxy is None:
            return self.direct
        with self._lock:
            if proxy not in self._proxied:
                self._proxied[proxy] = guarded_pool_manager(proxy=proxy, **self._kwargs)
            return self._proxied[proxy]


class HttpLinkProber(LinkProber):
    """Checks non-GitHub links with urllib3, concurrently, politely per host.

    Defaults as lychee's: 128 at once, 10 per host, 50 ms between starts on one host
    (doubled for a host each time it answers 429). urllib3 directly, not requests:
    a request costs half the CPU, and with 128 threads on one GIL that is the limit.
    ``session`` is only read for its timeout and User-Agent.
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
        self._wire_timeout = urllib3.Timeout(connect=self.timeout, read=self.timeout)
        self.allow_private_hosts = allow_private_hosts
        self.policy = None if allow_private_hosts else policy
        self.concurrency = max(1, concurrency)
        self.wire = LinkWire(self.policy, resolver, max(10, self.concurrency))
        self.retry = retry or RetryPolicy()
        self.per_host = max(1, per_host)
        self.pacer = HostPacer(self.per_host, host_interval)
        self.requests_sent = 0
        self._count_lock = threading.Lock()
        self.progress = progress
        self._done = 0

    def _private(self, url: str) -> str | None:
        """Before sending: a URL without a host, or a literal private host for a proxy.

        Direct connections are judged when they are made (the transport's policy); a
        proxy resolves names itself, so only literal addresses can be judged here.
        """
        if not urlsplit(url).hostname:
            return "the URL has no host"
        if self.policy is None or not self.wire.proxy_for(url):
            return None
        return _literal_private(url, self.policy)

    def _send(self, method: str, url: str) -> _Hop:
        with self._count_lock:
            self.requests_sent += 1
        host = host_of(url)
        manager = self.wire.manager_for(url)
        with self.pacer.slot(host), total_deadline(self.timeout) as deadline:
            try:
                resp = manager.urlopen(
                    method,
                    url,
                    headers=self._headers,
                    redirect=False,
                    retries=False,
                    timeout=self._wire_timeout,
                    preload_content=False,
                    decode_content=False,
                )
            except urllib3.exceptions.HTTPError as exc:
                if deadline.expired:
                    raise DeadlineExceeded(self.timeout) from exc
                raise
            if deadline.expired:  # the headers were cut short: no answer
                resp.close()
                raise DeadlineExceeded(self.timeout)
            try:
                _read_capped(resp, method)
            except urllib3.exceptions.HTTPError:
                if not deadline.expired:  # cut by the deadline: the status stands
                    raise
        if resp.status == 429:
            self.pacer.slow_down(host)
        raise_if_transient_status(resp.status, resp.headers.get("Retry-After"))
        return _Hop(url, resp.status, resp.headers.get("Location"))

    def _send_retrying(self, method: str, url: str) -> _Hop:
        return self.retry.call(lambda: self._send(method, url), is_retryable)

    def _follow(self, method: str, url: str) -> tuple[_Hop, bool, str | None]:
        """Follow redirects; return the last hop, whether one was permanent, or a block."""
        permanent = False
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            reason = self._private(current)
            if reason:
                return _Hop(current, 0, None), permanent, reason
            hop = self._send_retrying(method, current)
            if hop.code in (301, 302, 303, 307, 308) and hop.location:
                permanent = permanent or hop.code in (301, 308)
                current = urljoin(current, hop.location)
                continue
            return hop, permanent, None
        return _Hop(current, 0, None), permanent, f"more than {MAX_REDIRECTS} redirects"

    def probe(self, url: str) -> LinkCheck:
        """Check one URL. Every outcome is a ``LinkCheck``; nothing is raised."""
        try:
            hop, permanent, blocked = self._follow("HEAD", url)
            if not blocked and hop.code in _HEAD_FALLBACK:
                hop, permanent, blocked = self._follow("GET", url)
        except TransientError as exc:
            status = LinkStatus.RATE_LIMITED if exc.status == 429 else LinkStatus.UNAVAILABLE
            return LinkCheck(url, status, exc.status, message=f"{exc} (after retries)")
        except Exception as exc:  # NOTE: sphinx linkcheck does the same: a surprise is data
            return _failure(url, exc)
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
            return LinkCheck(
                url,
                LinkStatus.BLOCKED,
                code,
                final,
                f"HTTP {code}: the site refuses automated clients",
            )
        if 500 <= code < 600:
            return LinkCheck(url, LinkStatus.UNAVAILABLE, code, final, f"HTTP {code}")
        return LinkCheck(url, LinkStatus.BLOCKED, code, final, f"HTTP {code}")

    def probe_all(self, urls: Iterable[str]) -> Mapping[str, LinkCheck]:
        """Check every unique URL concurrently (per-host limit and interval apply)."""
        unique = list(dict.fromkeys(urls))

        def one(url: str) -> LinkCheck:
            result = self.probe(url)
            with self._count_lock:
                self._done += 1
                self.progress("links", self._done, len(unique))
            return result

        order = interleave_hosts(unique)
        with ThreadPoolExecutor(max_workers=min(self.concurrency, len(order) or 1)) as pool:
            results = dict(zip(order, pool.map(one, order), strict=True))
        return {url: results[url] for url in unique}


def _read_capped(resp: urllib3.BaseHTTPResponse, method: str) -> None:
    """Read a GET body up to ``BODY_CAP``; give the connection back when it is reusable.

    A body cut at the cap leaves the connection mid-answer: it is closed, not reused.
    """
    if method == "GET":
        read = 0
        while read < BODY_CAP:
            chunk = resp.read(BODY_CAP, decode_content=False)
            if not chunk:
                break
            read += len(chunk)
        else:
            resp.close()
    resp.release_conn()


def _failure(url: str, exc: Exception) -> LinkCheck:
    """The outcome of a request that raised ``exc`` (after its retries)."""
    if is_timeout(exc):
        return LinkCheck(url, LinkStatus.TIMEOUT, message=f"{describe(exc)} (after retries)")
    refused = refused_by_policy(exc)
    if refused:
        return LinkCheck(url, LinkStatus.BLOCKED, message=_not_followed(refused))
    if is_connection_error(exc) or isinstance(exc, urllib3.exceptions.HTTPError):
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
