"""The wire under plain links: aiohttp sessions that obey the address policy.

Plain links are thousands of small requests to many hosts, and what bounds the link
phase is the CPU each request costs. aiohttp on one event loop, with its C HTTP parser,
costs less than half of what urllib3 on 128 threads did (``benchmarks/run.py``, issue
11); ``requests`` stays for the APIs (arXiv, GitHub, ...), where it is not the limit.

- **Addresses are judged when connecting**, on the address connected to: names go
  through a resolver that keeps only allowed addresses, and every socket is made by a
  factory that refuses a blocked address (literal IP hosts skip resolvers in aiohttp).
  A redirect target, a percent-encoded host or DNS rebinding meets the same check.
- **Proxies** come from the environment (``HTTP_PROXY``, ``HTTPS_PROXY``, ``NO_PROXY``,
  read as ``requests`` reads them, once per scheme and host), with their credentials;
  the proxy resolves names, so only literal addresses are judged before sending.
  SOCKS proxies are not supported for plain links (the link is ``unverified``).
- **Failures are classified here** (:class:`WireFailure`), so the prober and the
  retry policy never see an aiohttp exception.
"""

from __future__ import annotations

import asyncio
import errno
import functools
import ipaddress
import socket
import ssl
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from requests.utils import get_environ_proxies, select_proxy

from pipeline.sources.net import DeadlineExceeded, WireFailure, ca_bundle
from pipeline.sources.transport import PrivateAddressError, Resolver, judge, refused_by_policy

Policy = Callable[[ipaddress.IPv4Address | ipaddress.IPv6Address], str | None]

_FIELD_CAP = 32 * 1024
"""Longest response header line or field accepted (aiohttp's default is 8 KiB)."""


class _GuardedResolver(AbstractResolver):
    """Resolves with ``resolve`` (in a worker thread) and keeps only allowed addresses.

    The threads are the resolver's own, not the event loop's: ``asyncio.run`` waits for
    its loop's default threads when it ends, so a lookup that hangs would hold the run
    past every deadline; these are let go (:meth:`close`).
    """

    def __init__(self, resolve: Resolver, policy: Policy | None):
        self._resolve = resolve
        self._policy = policy
        self._threads = ThreadPoolExecutor(max_workers=8, thread_name_prefix="paperlist-dns")

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        """The allowed addresses of ``host``; refused when none is allowed."""
        loop = asyncio.get_running_loop()
        infos = await loop.run_in_executor(self._threads, self._resolve, host, port)
        allowed: list[ResolveResult] = []
        refused = None
        for fam, _kind, proto, _name, addr in infos:
            reason = judge(self._policy, str(addr[0]))
            if reason:
                refused = reason
                continue
            flags = socket.AI_NUMERICHOST | socket.AI_NUMERICSERV
            allowed.append(
                {"hostname": host, "host": str(addr[0]), "port": int(addr[1]),
                 "family": fam, "proto": proto, "flags": flags}
            )  # fmt: skip
        if not allowed:
            raise PrivateAddressError(f"refused to connect: {refused or 'no address'}")
        return allowed

    async def close(self) -> None:
        """Let the lookup threads go without waiting for one that hangs."""
        self._threads.shutdown(wait=False, cancel_futures=True)


def _guarded_socket(policy: Policy | None) -> Callable[[tuple[Any, ...]], socket.socket]:
    """A socket factory that refuses a blocked address: the last check before connect."""

    def make(addr_info: tuple[Any, ...]) -> socket.socket:
        family, kind, proto, _name, addr = addr_info
        reason = judge(policy, str(addr[0]))
        if reason:
            raise PrivateAddressError(f"refused to connect: {reason}")
        return socket.socket(family, kind, proto)

    return make


@functools.lru_cache(maxsize=4)
def _tls_context(bundle: str) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=bundle)


class LinkWire:
    """Two aiohttp sessions for one run: direct (guarded) and through proxies.

    Open it with ``async with`` inside the run's event loop; ``route(url)`` says which
    session sends ``url`` and with which proxy arguments.
    """

    def __init__(
        self, policy: Policy | None, resolver: Resolver, timeout: float, headers: dict[str, str]
    ):
        self.policy = policy
        self.headers = headers
        self._resolver = resolver
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._proxy_of: dict[tuple[str, str], str | None] = {}
        self._proxy_args: dict[tuple[str, bool], dict[str, Any]] = {}
        self.direct: aiohttp.ClientSession | None = None
        self.proxied: aiohttp.ClientSession | None = None

    def _session(self, connector: aiohttp.TCPConnector) -> aiohttp.ClientSession:
        return aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),
            auto_decompress=False,
            timeout=self._timeout,
            max_line_size=_FIELD_CAP,
            max_field_size=_FIELD_CAP,
        )

    async def __aenter__(self) -> LinkWire:
        tls = _tls_context(ca_bundle())
        self._lookups = _GuardedResolver(self._resolver, self.policy)
        direct = aiohttp.TCPConnector(
            limit=0,
            ssl=tls,
            resolver=self._lookups,
            socket_factory=_guarded_socket(self.policy),
        )
        self.direct = self._session(direct)
        self.proxied = self._session(aiohttp.TCPConnector(limit=0, ssl=tls))
        return self

    async def __aexit__(self, *exc: object) -> None:
        for session in (self.direct, self.proxied):
            if session is not None:
                await session.close()
        await self._lookups.close()  # aiohttp closes only a resolver it made itself

    def proxy_for(self, url: str) -> str | None:
        """The environment's proxy for ``url``, or ``None`` for a direct connection."""
        parts = urlsplit(url)
        key = (parts.scheme, (parts.hostname or "").lower())
        if key not in self._proxy_of:
            self._proxy_of[key] = select_proxy(url, get_environ_proxies(url))
        return self._proxy_of[key]

    def route(self, url: str) -> tuple[aiohttp.ClientSession, dict[str, Any]]:
        """The session that sends ``url`` and its keyword arguments (headers, proxy)."""
        proxy = self.proxy_for(url)
        if proxy is None:
            assert self.direct is not None, "open the wire with `async with` first"
            return self.direct, {"headers": self.headers}
        if proxy.startswith("socks"):
            raise WireFailure("unsupported", "SOCKS proxies are not supported for plain links")
        assert self.proxied is not None, "open the wire with `async with` first"
        key = (proxy, url[:6].lower() == "https:")
        if key not in self._proxy_args:
            self._proxy_args[key] = _proxy_arguments(proxy, key[1], self.headers)
        return self.proxied, self._proxy_args[key]


def _proxy_arguments(proxy: str, tls: bool, headers: dict[str, str]) -> dict[str, Any]:
    """``proxy`` without its credentials, which go as ``Proxy-Authorization``: to the
    proxy's CONNECT for an https URL, with the request itself for an http one."""
    from urllib3.util import make_headers, parse_url

    parsed = parse_url(proxy)
    if not parsed.auth:
        return {"proxy": proxy, "headers": headers}
    auth = make_headers(proxy_basic_auth=unquote(parsed.auth))
    bare = parsed._replace(auth=None).url
    if tls:
        return {"proxy": bare, "proxy_headers": auth, "headers": headers}
    return {"proxy": bare, "headers": {**headers, **auth}}


def wire_failure(exc: BaseException, timeout: float) -> BaseException:
    """What an aiohttp failure means, as the exception the prober and retries know.

    A refusal by the address policy stays a :class:`PrivateAddressError`; an expired
    deadline is :class:`DeadlineExceeded`; everything else a :class:`WireFailure`.
    """
    refused = refused_by_policy(exc)
    if refused:
        return PrivateAddressError(f"refused to connect: {refused}")
    if isinstance(exc, TimeoutError):
        return DeadlineExceeded(timeout)
    if isinstance(exc, aiohttp.ClientConnectorDNSError):
        return WireFailure("dns", "DNS lookup failed (no network?)")
    if isinstance(exc, aiohttp.ClientConnectorError):
        if isinstance(exc.os_error, ConnectionRefusedError):
            return WireFailure("refused", "connection refused")
        return WireFailure("failed", "connection failed")
    if isinstance(exc, aiohttp.ServerDisconnectedError | ConnectionResetError):
        return WireFailure("reset", "connection reset")
    if isinstance(exc, aiohttp.ClientOSError) and exc.errno == errno.ECONNRESET:
        return WireFailure("reset", "connection reset")
    if isinstance(exc, aiohttp.ClientResponseError):  # llhttp refused the answer
        return WireFailure("malformed", "the server's answer is malformed")
    if isinstance(exc, aiohttp.ClientConnectionError | aiohttp.ClientPayloadError | OSError):
        return WireFailure("failed", "connection failed")
    return WireFailure("unsupported", f"check failed: {exc.__class__.__name__}")


_URL_SAFE = "!#$%&'()*+,/:;=?@[]~"
"""What :func:`location_of` leaves as it is: the reserved characters and ``%``."""


def location_of(headers: Any) -> str | None:
    """The ``Location`` header as a URL that is text: bytes that are not UTF-8 (aiohttp
    keeps them as surrogates) and other non-ASCII characters percent-encoded."""
    location = headers.get("Location")
    if location is None or location.isascii():
        return location
    return quote(location.encode("utf-8", "surrogateescape"), safe=_URL_SAFE)


def without_userinfo(url: str) -> str:
    """``url`` without ``user:password@`` (aiohttp would send it as ``Authorization``)."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))
