"""The connection layer under every API request: where it may connect, and for how long.

Two guards sit below ``requests`` (in urllib3's connection classes), so nothing that
builds a URL can get around them (plain links go over aiohttp with the same address
policy, :mod:`pipeline.sources.wire`):

- **Addresses are judged when connecting**, on the address actually connected to (after
  DNS, after urllib3 decoded the host). A percent-encoded host, a redirect target or a
  name that resolves differently the second time (DNS rebinding) all meet the same
  check. Blocked: everything that :mod:`ipaddress` says is not global (loopback,
  private, link-local, shared 100.64.0.0/10, reserved, documentation ranges, ...),
  multicast, IPv6 site-local (fec0::/10), and IPv6 forms that embed an IPv4 address
  (IPv4-mapped, 6to4 2002::/16, Teredo, NAT64) when the embedded address is blocked.
  Connections to a proxy the environment names are not judged: the proxy decides.
- **Every request has a total deadline**, not only a per-read timeout: a watchdog
  shuts the request's sockets when its deadline passes, so a server that drips one
  byte a second cannot hold a run.
"""

from __future__ import annotations

import contextlib
import heapq
import ipaddress
import itertools
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import requests.adapters
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.util.connection import allowed_gai_family

Resolver = Callable[[str, int], list[tuple[Any, ...]]]
"""``getaddrinfo``-like: (host, port) -> [(family, type, proto, canonname, sockaddr)]."""

_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_IP = ipaddress.IPv4Address | ipaddress.IPv6Address


class PrivateAddressError(OSError):
    """The connection was refused by the address policy (nothing was sent)."""


def blocked_address(ip: _IP) -> str | None:
    """Why a connection to ``ip`` is refused by default, or ``None`` when it is public."""
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = _embedded_v4(ip)
        if embedded is not None:
            inner = blocked_address(embedded)
            return f"{ip} embeds {inner}" if inner else None
        if ip.is_site_local:
            return f"{ip} is a site-local address"
    if ip.is_multicast:
        return f"{ip} is a multicast address"
    if not ip.is_global:
        kind = "loopback" if ip.is_loopback else "private or special-purpose"
        return f"{ip} is a {kind} address"
    return None


def _embedded_v4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def judge(policy: Callable[[_IP], str | None] | None, address: str) -> str | None:
    """``policy``'s reason to refuse a connection to ``address`` (an IPv6 zone left out)."""
    return policy(ipaddress.ip_address(address.split("%")[0])) if policy else None


def default_resolver(host: str, port: int) -> list[tuple[Any, ...]]:
    """The system resolver, as urllib3 calls it."""
    return socket.getaddrinfo(host, port, allowed_gai_family(), socket.SOCK_STREAM)


# --- the total deadline -------------------------------------------------------------


@dataclass(eq=False)
class Deadline:
    """One request's deadline and the sockets it opened or reused."""

    at: float
    seconds: float
    sockets: list[socket.socket] = field(default_factory=list)
    expired: bool = False
    done: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def watch(self, sock: socket.socket) -> None:
        """Shut ``sock`` when the deadline passes (at once if it already has)."""
        with self.lock:
            self.sockets.append(sock)
            expired = self.expired
        if expired:
            _shut(sock)

    def expire(self) -> None:
        """Mark the deadline passed and shut every socket it watches."""
        with self.lock:
            self.expired = True
            sockets = list(self.sockets)
        for sock in sockets:
            _shut(sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed
        sock.shutdown(socket.SHUT_RDWR)


_SLACK_S = 0.02
"""How late a deadline may be enforced: expiries within it share one wake-up."""


class _Watchdog:
    """One daemon thread that expires deadlines (started on first use)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self.clock = clock
        self._heap: list[tuple[float, int, Deadline]] = []
        self._ids = itertools.count()
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None

    def add(self, deadline: Deadline) -> None:
        with self._cond:
            # Woken only when this deadline is the new earliest one: deadlines mostly
            # come in order, and a wake-up per request costs a thread switch each.
            earliest = not self._heap or deadline.at < self._heap[0][0]
            heapq.heappush(self._heap, (deadline.at, next(self._ids), deadline))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="paperlist-deadlines", daemon=True
                )
                self._thread.start()
            if earliest:
                self._cond.notify()

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._heap:
                    self._cond.wait()
                wait = self._heap[0][0] - self.clock()
                if wait > 0:
                    # Woken a little late, to expire every deadline due by then at once.
                    self._cond.wait(wait + _SLACK_S)
                    continue
                due = []
                now = self.clock()
                while self._heap and self._heap[0][0] <= now:
                    due.append(heapq.heappop(self._heap)[2])
            for deadline in due:
                if not deadline.done:
                    deadline.expire()


_WATCHDOG = _Watchdog()
_local = threading.local()


@contextmanager
def total_deadline(seconds: float) -> Iterator[Deadline]:
    """Bound everything inside (connect, TLS, headers, body) to ``seconds`` in total.

    Nested deadlines keep the earlier one. On expiry the sockets are shut; callers
    check ``Deadline.expired`` to report a timeout rather than a broken connection.
    """
    outer: Deadline | None = getattr(_local, "deadline", None)
    at = time.monotonic() + seconds
    if outer is not None and outer.at <= at:
        yield outer
        return
    deadline = Deadline(at, seconds)
    _WATCHDOG.add(deadline)
    _local.deadline = deadline
    try:
        yield deadline
    finally:
        _local.deadline = outer
        with deadline.lock:
            deadline.sockets = []  # finished: nothing left to shut
            deadline.done = True


def _watch_current(sock: socket.socket | None) -> None:
    deadline: Deadline | None = getattr(_local, "deadline", None)
    if sock is not None and deadline is not None:
        deadline.watch(sock)


# --- connections ----------------------------------------------------------------------


class _GuardMixin:
    """Connect only to allowed addresses; put each socket under the request's deadline."""

    policy: Callable[[_IP], str | None] | None = None
    resolver: Resolver = staticmethod(default_resolver)  # type: ignore[assignment]

    def _new_conn(self) -> socket.socket:  # type: ignore[override]
        if self.policy is None and type(self).resolver is default_resolver:
            sock = super()._new_conn()  # type: ignore[misc]
        else:
            sock = self._guarded_conn()
        _watch_current(sock)
        return sock

    def _guarded_conn(self) -> socket.socket:
        from urllib3.exceptions import NameResolutionError, NewConnectionError

        conn: Any = self
        try:
            return _connect(conn, type(self).resolver, self.policy)
        except socket.gaierror as exc:
            raise NameResolutionError(conn.host, conn, exc) from exc
        except OSError as exc:
            raise NewConnectionError(conn, f"Failed to establish a new connection: {exc}") from exc

    def request(self, *args: Any, **kwargs: Any) -> Any:
        """Send a request; a reused connection's socket joins this request's deadline."""
        _watch_current(getattr(self, "sock", None))
        return super().request(*args, **kwargs)  # type: ignore[misc]


def _connect(conn: Any, resolve: Resolver, policy: Callable[[_IP], str | None] | None):
    host = conn._dns_host.strip("[]")
    refused: str | None = None
    err: OSError | None = None
    for family, kind, proto, _name, addr in resolve(host, conn.port):
        reason = judge(policy, str(addr[0]))
        if reason:
            refused = reason
            continue
        sock = socket.socket(family, kind, proto)
        try:
            for option in conn.socket_options or ():  # urllib3's own private helper does this
                sock.setsockopt(*option)
            _apply_timeout(sock, conn.timeout)
            if conn.source_address:
                sock.bind(conn.source_address)
            sock.connect(addr)
            return sock
        except OSError as exc:
            err = exc
            sock.close()
    if err is not None:
        raise err
    raise PrivateAddressError(f"refused to connect: {refused or 'no address'}")


def _apply_timeout(sock: socket.socket, timeout: Any) -> None:
    if isinstance(timeout, int | float):
        sock.settimeout(timeout)


class _HTTP(_GuardMixin, HTTPConnection):
    pass


class _HTTPS(_GuardMixin, HTTPSConnection):
    pass


def _pools(policy: Callable[[_IP], str | None] | None, resolver: Resolver) -> dict[str, type]:
    attrs = {"policy": staticmethod(policy) if policy else None, "resolver": staticmethod(resolver)}
    http = type("GuardedHTTPConnection", (_HTTP,), attrs)
    https = type("GuardedHTTPSConnection", (_HTTPS,), attrs)
    return {
        "http": type("GuardedHTTPPool", (HTTPConnectionPool,), {"ConnectionCls": http}),
        "https": type("GuardedHTTPSPool", (HTTPSConnectionPool,), {"ConnectionCls": https}),
    }


class GuardedAdapter(requests.adapters.HTTPAdapter):
    """An ``HTTPAdapter`` whose connections obey the address policy and the deadline.

    ``policy`` (default: none) decides per address; :func:`blocked_address` is the
    default for plain links. Proxied requests keep the deadline but not the policy.
    """

    def __init__(
        self,
        policy: Callable[[_IP], str | None] | None = None,
        resolver: Resolver = default_resolver,
        **kwargs: Any,
    ):
        self._direct = _pools(policy, resolver)
        self._proxied = _pools(None, default_resolver)
        super().__init__(**kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        """Create the pool manager with the guarded connection classes."""
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = self._direct

    def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
        """The proxy's manager: the deadline applies, the proxy judges addresses."""
        manager = super().proxy_manager_for(proxy, **kwargs)
        if hasattr(manager, "pool_classes_by_scheme") and not proxy.startswith("socks"):
            manager.pool_classes_by_scheme = self._proxied
        return manager


def refused_by_policy(exc: BaseException) -> str | None:
    """The policy's reason when ``exc`` (from requests) is a refused connection."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, PrivateAddressError):
            return str(current).removeprefix("refused to connect: ")
        for arg in getattr(current, "args", ()):
            if isinstance(arg, BaseException):
                found = refused_by_policy(arg)
                if found:
                    return found
        reason = getattr(current, "reason", None)
        if isinstance(reason, BaseException):
            found = refused_by_policy(reason)
            if found:
                return found
        current = current.__cause__ or current.__context__
    return None
