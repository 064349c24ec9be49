"""The shared HTTP stack: a session with a timeout and a User-Agent, bounded retries.

Retries (tenacity) only for transient failures: 429, 5xx, connection resets and
timeouts. ``Retry-After`` (seconds or an HTTP date) is honoured but clamped, and the
back-off a whole run may spend is capped, so a server that answers 429 forever cannot
keep a run going (two popular link checkers never finish in that case).
"""

from __future__ import annotations

import os
import random
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar
from urllib.parse import urlsplit

import requests
import requests.adapters
import urllib3.exceptions
from requests.utils import get_environ_proxies
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt

from pipeline import __version__
from pipeline.sources.transport import GuardedAdapter, refused_by_policy, total_deadline

USER_AGENT = (
    f"paperlist/{__version__} (Markdown paper-list checker; python-requests/{requests.__version__})"
)
BODY_CAP = 64 * 1024
"""Bytes of a response body read at most (plain links are streamed and cut here)."""
API_BODY_CAP = 16 * 1024 * 1024
"""Bytes an API answer (arXiv feed, GitHub JSON, ...) may have; a larger one is refused."""


class ResponseTooLarge(requests.RequestException):
    """The answer was larger than the session's cap (nothing of it is used)."""


T = TypeVar("T")


class PaperlistSession(requests.Session):
    """A ``requests.Session`` that always sets a timeout and our User-Agent.

    The ``arxiv`` client calls ``session.get(url, headers={"user-agent": ...})`` with no
    timeout; this subclass replaces both. It also remembers the last response so the
    caller can read ``Retry-After`` after ``arxiv`` has turned a 429 into an exception.
    """

    def __init__(
        self,
        timeout: float = 30.0,
        user_agent: str = USER_AGENT,
        max_body: int = API_BODY_CAP,
        adapter: requests.adapters.HTTPAdapter | None = None,
    ):
        super().__init__()
        self.default_timeout = timeout
        self.max_body = max_body
        self.mount_adapter(adapter or GuardedAdapter())
        self.user_agent = user_agent
        self.headers["User-Agent"] = user_agent
        self._local = threading.local()
        # The environment is read once, not per request: with trust_env requests
        # re-reads the proxy variables and ~/.netrc for every call. Proxies
        # (HTTP_PROXY, HTTPS_PROXY, NO_PROXY) are resolved once per scheme and host.
        self.trust_env = False
        bundle = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE")
        if bundle:
            self.verify = bundle
        self._proxy_cache: dict[tuple[str, str], dict[str, str]] = {}
        self._proxy_lock = threading.Lock()

    def mount_adapter(self, adapter: requests.adapters.HTTPAdapter) -> None:
        """Use ``adapter`` for http and https (it should be a :class:`GuardedAdapter`)."""
        self.mount("http://", adapter)
        self.mount("https://", adapter)

    def proxies_for(self, url: str) -> dict[str, str]:
        """The environment's proxies for ``url`` (cached per scheme and host)."""
        parts = urlsplit(url)
        key = (parts.scheme, (parts.hostname or "").lower())
        with self._proxy_lock:
            if key not in self._proxy_cache:
                self._proxy_cache[key] = get_environ_proxies(url)
            return self._proxy_cache[key]

    @property
    def last_response(self) -> requests.Response | None:
        """The last response this thread received, if any."""
        return getattr(self._local, "response", None)

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any):  # type: ignore[override]
        """Send a request with our User-Agent, a total deadline and a size cap.

        ``timeout`` (default: the session's) bounds the whole request, connect to last
        byte, not each read. Unless ``stream=True``, the body is read here and refused
        past ``max_body`` bytes (:class:`ResponseTooLarge`).
        """
        timeout = kwargs.setdefault("timeout", self.default_timeout)
        if kwargs.get("proxies") is None:
            kwargs["proxies"] = self.proxies_for(url if isinstance(url, str) else url.decode())
        headers = dict(kwargs.pop("headers", None) or {})
        for key in [k for k in headers if k.lower() == "user-agent"]:
            del headers[key]
        headers["User-Agent"] = self.user_agent
        stream = bool(kwargs.pop("stream", False))
        self._local.response = None
        total = _total_seconds(timeout)
        with total_deadline(total) as deadline:
            try:
                response = super().request(
                    method, url, *args, headers=headers, stream=True, **kwargs
                )
                self._local.response = response
                if not stream:
                    read_capped(response, self.max_body)
            except requests.RequestException as exc:
                if deadline.expired:
                    raise DeadlineExceeded(total) from exc
                raise
            if deadline.expired:
                raise DeadlineExceeded(total)
        return response


class DeadlineExceeded(requests.Timeout):
    """The request as a whole took longer than its deadline."""

    def __init__(self, seconds: float):
        super().__init__(f"timed out: no complete answer within {seconds:g} s")


def _total_seconds(timeout: Any) -> float:
    """The total deadline for a ``requests`` timeout (a number or a (connect, read) pair)."""
    if isinstance(timeout, tuple):
        return float(sum(t for t in timeout if t is not None))
    return float(timeout) if timeout is not None else 300.0


def read_capped(response: requests.Response, cap: int) -> bytes:
    """Read the whole body, refusing it past ``cap`` bytes; ``response.content`` works after."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_content(64 * 1024):
        size += len(chunk)
        if size > cap:
            response.close()
            raise ResponseTooLarge(f"answer larger than {cap // 1024} KiB", response=response)
        chunks.append(chunk)
    # NOTE: what requests itself does after reading a non-streamed body.
    response._content = b"".join(chunks)
    response._content_consumed = True
    return response._content


class WireFailure(Exception):
    """A plain link's request failed on the wire, classified by its engine.

    ``kind``: ``dns``, ``refused``, ``reset``, ``failed`` (connection errors, retried
    except ``dns``), ``malformed`` (an answer the HTTP parser refused) or ``unsupported``
    (a request that cannot be made); the last two are not retried.
    ``str()`` is the finding's short description.
    """

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


class TransientError(Exception):
    """A failure worth retrying; ``retry_after`` is the server's wish, in seconds."""

    def __init__(self, message: str, retry_after: float | None = None, status: int | None = None):
        super().__init__(message)
        self.retry_after = retry_after
        self.status = status


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def is_transient_status(code: int) -> bool:
    """429 and every 5xx are worth retrying; other codes are answers."""
    return code == 429 or 500 <= code <= 599


def raise_if_transient(resp: requests.Response, who: str) -> None:
    """Raise TransientError (with the server's Retry-After) for a 429 or 5xx answer."""
    raise_if_transient_status(resp.status_code, resp.headers.get("Retry-After"), who)


def raise_if_transient_status(code: int, retry_after: str | None, who: str = "") -> None:
    """Raise TransientError for a 429 or 5xx ``code`` (``retry_after``: the header)."""
    if is_transient_status(code):
        raise TransientError(f"{who}HTTP {code}", parse_retry_after(retry_after), code)


@dataclass
class RetryPolicy:
    """Bounded retries with exponential back-off and jitter, shared by a whole run.

    ``budget`` caps the seconds of back-off across all requests of the run; once spent,
    transient failures are returned at once (they become ``unverified``).
    """

    max_retries: int = 3
    max_retry_after: float = 60.0
    budget: float = 180.0
    base: float = 1.0
    cap: float = 30.0
    sleep: Callable[[float], None] = time.sleep
    spent: float = 0.0
    waits: list[float] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        return self._wait_after(exc, state.attempt_number)

    def _wait_after(self, exc: BaseException | None, attempt: int) -> float:
        """Seconds to wait after failed ``attempt`` (the server's wish, else back-off)."""
        retry_after = getattr(exc, "retry_after", None)
        if retry_after is not None:
            wait = min(retry_after, self.max_retry_after)
        else:
            wait = min(self.cap, self.base * 2 ** (attempt - 1))
            wait += random.uniform(0, wait / 2)
        with self._lock:
            return max(0.0, min(wait, self.budget - self.spent))

    def _stop(self, state: RetryCallState) -> bool:
        # NOTE: tenacity computes the wait before asking stop, so the budget is charged
        # in _sleep (a wait that is never slept costs nothing).
        return self._stopped(state.attempt_number)

    def _stopped(self, attempt: int) -> bool:
        """No retry after failed ``attempt``: retries or the run's budget are spent."""
        if attempt > self.max_retries:
            return True
        with self._lock:
            return self.spent >= self.budget

    def _charge(self, seconds: float) -> None:
        with self._lock:
            self.spent += seconds
            self.waits.append(seconds)

    def _sleep(self, seconds: float) -> None:
        self._charge(seconds)
        self.sleep(seconds)

    def pacing_sleep(self) -> Callable[[float], Awaitable[None]]:
        """What a host's pacing waits with: the event loop's sleep, or none at all when a
        test's ``sleep`` stands in for time (its run must not wait out a 429's slow-down;
        the pacing itself is held by its own tests, with their own clock)."""
        import asyncio  # only plain links run on an event loop

        return asyncio.sleep if self.sleep is time.sleep else _no_wait

    async def _asleep(self, seconds: float) -> None:
        """The event loop's sleep; an injected ``sleep`` (a test's clock) is called instead."""
        import asyncio  # only plain links run on an event loop

        self._charge(seconds)
        if self.sleep is time.sleep:
            await asyncio.sleep(seconds)
        else:
            self.sleep(seconds)

    def call(self, fn: Callable[[], T], retry_on: Callable[[BaseException], bool]) -> T:
        """Run ``fn``; retry while ``retry_on(exc)`` and the limits allow; re-raise last."""
        retrying = Retrying(
            stop=stop_after_attempt(self.max_retries + 1) | self._stop,
            wait=self._wait,
            retry=retry_if_exception(retry_on),
            sleep=self._sleep,
            reraise=True,
        )
        return retrying(fn)

    async def acall(
        self,
        fn: Callable[..., Awaitable[T]],
        retry_on: Callable[[BaseException], bool],
        *args: Any,
    ) -> T:
        """:meth:`call` for a coroutine function ``fn(*args)``: the same waits and limits,
        slept on the event loop.

        NOTE: a loop of its own, not tenacity's ``AsyncRetrying``: that costs about
        0.2 ms of CPU per call (it inspects ``fn`` three times), and plain links make
        thousands of calls that almost all succeed at once.
        """
        attempt = 1
        while True:
            try:
                return await fn(*args)
            except Exception as exc:
                if not retry_on(exc) or self._stopped(attempt):
                    raise
                await self._asleep(self._wait_after(exc, attempt))
            attempt += 1


async def _no_wait(seconds: float) -> None:
    """A pacing wait that does not wait (see :meth:`RetryPolicy.pacing_sleep`)."""


_URLLIB3_CONNECTION_ERRORS = (
    urllib3.exceptions.NewConnectionError,
    urllib3.exceptions.ProtocolError,
    urllib3.exceptions.ProxyError,
    urllib3.exceptions.SSLError,
)
"""What requests turns into ``ConnectionError`` (plain links use urllib3 directly)."""


def ca_bundle() -> str:
    """The CA bundle HTTPS is verified against: the environment's, else requests' one."""
    from requests.utils import DEFAULT_CA_BUNDLE_PATH

    return (
        os.environ.get("REQUESTS_CA_BUNDLE")
        or os.environ.get("CURL_CA_BUNDLE")
        or DEFAULT_CA_BUNDLE_PATH
    )


def is_timeout(exc: BaseException) -> bool:
    """A timeout, from requests or urllib3 (a refused connection is not one)."""
    if isinstance(exc, requests.Timeout):
        return True
    return isinstance(exc, urllib3.exceptions.TimeoutError) and not isinstance(
        exc, urllib3.exceptions.NewConnectionError
    )


def is_connection_error(exc: BaseException) -> bool:
    """A failed or broken connection, from requests or urllib3 (timeouts aside)."""
    if isinstance(exc, requests.ConnectionError):
        return True
    if isinstance(exc, WireFailure):
        return exc.kind not in ("unsupported", "malformed")
    return isinstance(exc, _URLLIB3_CONNECTION_ERRORS) and not is_timeout(exc)


def describe(exc: BaseException) -> str:
    """A short, token-free description of a network failure for a finding."""
    if isinstance(exc, TransientError | DeadlineExceeded | ResponseTooLarge | WireFailure):
        return str(exc)
    if is_timeout(exc):
        return "timed out"
    if is_connection_error(exc):
        text = str(exc)
        if isinstance(exc, urllib3.exceptions.NameResolutionError) or any(
            sign in text for sign in ("NameResolution", "Name or service not known", "getaddrinfo")
        ):
            return "DNS lookup failed (no network?)"
        if "Connection refused" in text:
            return "connection refused"
        if "reset" in text.lower() or "RemoteDisconnected" in text or "aborted" in text.lower():
            return "connection reset"
        return "connection failed"
    return f"{exc.__class__.__name__}"


def is_retryable(exc: BaseException) -> bool:
    """Worth another try: our transient statuses, timeouts, resets (not a DNS failure)."""
    if is_dns_failure(exc) or refused_by_policy(exc):
        return False
    return isinstance(exc, TransientError) or is_timeout(exc) or is_connection_error(exc)


def is_dns_failure(exc: BaseException) -> bool:
    """True for a failed name lookup: retrying it only wastes the run's time."""
    return is_connection_error(exc) and describe(exc).startswith("DNS")
