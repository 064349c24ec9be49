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

import requests

from pipeline.model import LinkCheck, LinkStatus
from pipeline.sources.interface import LinkProber, ProgressFn, no_progress
from pipeline.sources.net import (
    BODY_CAP,
    PaperlistSession,
    RetryPolicy,
    TransientError,
    describe,
    is_retryable,
    raise_if_transient,
)
from pipeline.sources.pacing import HostPacer, host_of, interleave_hosts
from pipeline.sources.transport import (
    GuardedAdapter,
    Resolver,
    blocked_address,
    default_resolver,
    refused_by_policy,
    total_deadline,
)

MAX_REDIRECTS = 10
_HEAD_FALLBACK = frozenset({400, 403, 404, 405, 406, 409, 429, 500, 501, 502, 503, 999})
_BLOCKED = frozenset({401, 403, 999})


@dataclass(frozen=True)
class _Hop:
    """One response on the way to the final URL."""

    url: str
    code: int
    location: str | None


class HttpLinkProber(LinkProber):
    """Checks non-GitHub links with requests, concurrently, politely per host.

    Defaults as lychee's: 128 at once, 10 per host, 50 ms between starts on one host
    (doubled for a host each time it answers 429).
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
        policy: Callable[[ipaddress.IPv4Address | ipaddress.IPv6Address], str | None]
        | None = blocked_address,
        resolver: Resolver = default_resolver,
        progress: ProgressFn = no_progress,
    ):
        self.session = session or PaperlistSession(timeout=timeout)
        self.allow_private_hosts = allow_private_hosts
        self.policy = None if allow_private_hosts else policy
        self.session.mount_adapter(
            GuardedAdapter(
                self.policy,
                resolver,
                pool_connections=256,
                pool_maxsize=max(10, concurrency),
            )
        )
        self.retry = retry or RetryPolicy()
        self.concurrency = max(1, concurrency)
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
        if self.policy is None or not self.session.proxies_for(url):
            return None
        return _literal_private(url, self.policy)

    def _send(self, method: str, url: str) -> _Hop:
        with self._count_lock:
            self.requests_sent += 1
        # HEAD is not streamed: a streamed response whose (empty) body was never read
        # is closed instead of returned to the pool, costing a new connection per link.
        # GET is streamed and cut at BODY_CAP (then the connection cannot be reused).
        host = host_of(url)
        with self.pacer.slot(host), total_deadline(self.session.default_timeout) as deadline:
            resp = self.session.request(method, url, allow_redirects=False, stream=method == "GET")
            try:
                if method == "GET":
                    read = 0
                    for chunk in resp.iter_content(8192):
                        read += len(chunk)
                        if read >= BODY_CAP:
                            break
            except requests.RequestException:
                if not deadline.expired:
                    raise
            finally:
                resp.close()
        if resp.status_code == 429:
            self.pacer.slow_down(host)
        raise_if_transient(resp, "")
        return _Hop(url, resp.status_code, resp.headers.get("Location"))

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
        except requests.Timeout as exc:
            return LinkCheck(url, LinkStatus.TIMEOUT, message=f"{describe(exc)} (after retries)")
        except requests.RequestException as exc:
            refused = refused_by_policy(exc)
            if refused:
                return LinkCheck(url, LinkStatus.BLOCKED, message=_not_followed(refused))
            return LinkCheck(url, LinkStatus.ERROR, message=describe(exc))
        except Exception as exc:  # NOTE: sphinx linkcheck does the same: a surprise is data
            return LinkCheck(
                url, LinkStatus.ERROR, message=f"check failed: {exc.__class__.__name__}"
            )
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
