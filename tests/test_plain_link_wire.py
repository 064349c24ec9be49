"""Plain links go over aiohttp on one event loop, with everything requests gave them.

Per request, requests cost about twice urllib3's CPU and urllib3 on 128 threads about
three times aiohttp's; that CPU was the link phase's limit (issue 11). What requests did
for plain links is done by the prober and its wire: proxies from the environment (with
their credentials), redirects hop by hop, HEAD then GET, the deadline, the address
policy. Real sockets, local servers.
"""

from __future__ import annotations

import asyncio
import base64
import socket
import threading
from http.server import BaseHTTPRequestHandler

import pytest
import requests

from pipeline.model import LinkStatus
from pipeline.sources.http import HttpLinkProber
from pipeline.sources.net import (
    PaperlistSession,
    RetryPolicy,
    TransientError,
    describe,
    is_retryable,
    is_timeout,
)
from pipeline.sources.transport import PrivateAddressError
from pipeline.sources.wire import _guarded_socket
from tests.support import servers


def no_sleep(**kw) -> RetryPolicy:
    return RetryPolicy(sleep=lambda s: None, **kw)


def test_plain_links_do_not_go_through_requests(monkeypatch):
    pages = {}
    rec = servers.Recorder()
    with servers.serve(servers.web_handler(pages, rec)) as url:
        pages[f"{url}/ok"] = servers.Page(200)
        pages[f"{url}/moved"] = servers.Page(301, location=f"{url}/ok")

        def refuse(*_a, **_kw):
            raise AssertionError("plain links must not use requests")

        monkeypatch.setattr(requests.Session, "request", refuse)
        prober = HttpLinkProber(allow_private_hosts=True, retry=no_sleep())
        out = prober.probe_all([f"{url}/ok", f"{url}/moved"])
    assert out[f"{url}/ok"].status is LinkStatus.WORKING
    assert out[f"{url}/moved"].status is LinkStatus.REDIRECTED
    assert out[f"{url}/moved"].final_url == f"{url}/ok"
    assert prober.requests_sent == 3


def test_proxy_from_the_environment_gets_its_credentials(monkeypatch):
    pages = {"http://site.test/a": servers.Page(200)}
    rec = servers.Recorder()
    with servers.serve(servers.web_handler(pages, rec)) as url:
        monkeypatch.setenv("HTTP_PROXY", url.replace("http://", "http://us%40er:p%20w@"))
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        out = HttpLinkProber(allow_private_hosts=True, retry=no_sleep()).probe("http://site.test/a")
    assert out.status is LinkStatus.WORKING, out
    _method, _path, headers = rec.requests[0]
    sent = {k.lower(): v for k, v in headers.items()}
    assert sent["proxy-authorization"] == "Basic " + base64.b64encode(b"us@er:p w").decode()
    assert sent["user-agent"].startswith("paperlist/")


def test_a_proxied_literal_private_address_is_not_sent_to_the_proxy(monkeypatch):
    rec = servers.Recorder()
    with servers.serve(servers.web_handler({}, rec)) as url:
        monkeypatch.setenv("HTTP_PROXY", url)
        monkeypatch.setenv("NO_PROXY", "")
        out = HttpLinkProber(retry=no_sleep()).probe("http://10.0.0.1/admin")
    assert out.status is LinkStatus.BLOCKED and "10.0.0.1" in out.message
    assert rec.requests == []


def test_connection_refused_is_an_error_not_broken_nor_timeout():
    with servers.serve(servers.web_handler({}, servers.Recorder())) as url:
        port = url.rsplit(":", 1)[1]
    # The server is gone: its port refuses connections.
    out = HttpLinkProber(allow_private_hosts=True, retry=no_sleep(max_retries=1)).probe(
        f"http://127.0.0.1:{port}/x"
    )
    assert out.status is LinkStatus.ERROR, out
    assert out.message == "connection refused"


def test_urllib3_failures_are_classified_like_requests_ones():
    import urllib3.exceptions as u3

    refused = u3.NewConnectionError(None, "Failed to establish a new connection: refused")
    dns = u3.NameResolutionError("nowhere.test", None, OSError("Name or service not known"))
    read = u3.ReadTimeoutError(None, "http://x", "read timed out")
    reset = u3.ProtocolError("Connection aborted.", ConnectionResetError("reset by peer"))
    assert not is_timeout(refused) and is_retryable(refused)
    assert describe(dns).startswith("DNS") and not is_retryable(dns)
    assert is_timeout(read) and is_retryable(read) and describe(read) == "timed out"
    assert describe(reset) == "connection reset" and is_retryable(reset)


def test_a_name_connects_only_to_its_allowed_addresses():
    pages = {}
    rec = servers.Recorder()
    with servers.serve(servers.web_handler(pages, rec)) as url:
        port = int(url.rsplit(":", 1)[1])
        pages[f"http://mixed.test:{port}/x"] = servers.Page(200)

        def resolver(host, port):  # a private address first, then the allowed one
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port)) for a in ("127.0.0.2", "127.0.0.1")]  # fmt: skip

        only_first = lambda ip: None if str(ip) == "127.0.0.1" else f"{ip} is private"  # noqa: E731
        prober = HttpLinkProber(retry=no_sleep(), policy=only_first, resolver=resolver)
        out = prober.probe(f"http://mixed.test:{port}/x")
    assert out.status is LinkStatus.WORKING, out
    assert len(rec.requests) == 1


def test_the_socket_factory_refuses_a_blocked_address():
    make = _guarded_socket(lambda ip: f"{ip} is private" if ip.is_loopback else None)
    with pytest.raises(PrivateAddressError, match=r"127\.0\.0\.1 is private"):
        make((socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", 80)))
    sock = make((socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", 80)))
    sock.close()  # a public address gets a socket (nothing is connected here)


def test_async_retries_wait_and_stop_as_the_threaded_ones():
    def failing(calls):
        def fn():
            calls.append(1)
            raise TransientError("HTTP 503", retry_after=1.0, status=503)

        return fn

    sync_calls, async_calls = [], []
    sync_policy = RetryPolicy(max_retries=3, budget=2.5, sleep=lambda s: None)
    async_policy = RetryPolicy(max_retries=3, budget=2.5, sleep=lambda s: None)
    with pytest.raises(TransientError):
        sync_policy.call(failing(sync_calls), is_retryable)
    fn = failing(async_calls)

    async def coroutine():
        fn()

    with pytest.raises(TransientError):
        asyncio.run(async_policy.acall(coroutine, is_retryable))
    assert async_policy.waits == sync_policy.waits == [1.0, 1.0, 0.5]
    assert len(async_calls) == len(sync_calls) == 4


class _OddServer(BaseHTTPRequestHandler):
    """Answers the way some real servers do: a body on HEAD, a Location in Latin-1."""

    protocol_version = "HTTP/1.1"
    seen: list = []

    def log_message(self, *args) -> None:
        pass

    def _answer(self, body: bool) -> None:
        type(self).seen.append((self.command, self.path, dict(self.headers.items())))
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/ok\xe9")  # one byte 0xE9: not UTF-8
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        # One write: the body after a HEAD answer reaches the client with its headers.
        self.wfile.write(
            b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n" + (b"hello" if body else b"")
        )

    def do_HEAD(self) -> None:
        self._answer(body=True)  # a body after a HEAD answer: the parser refuses it

    def do_GET(self) -> None:
        self._answer(body=True)


def test_a_head_answered_with_a_body_falls_back_to_get():
    _OddServer.seen = []
    with servers.serve(_OddServer) as url:
        out = HttpLinkProber(allow_private_hosts=True, retry=no_sleep()).probe(f"{url}/page")
    assert out.status is LinkStatus.WORKING, out
    assert [m for m, _, _ in _OddServer.seen] == ["HEAD", "GET"]


def test_a_location_that_is_not_utf8_is_followed_and_reported_as_text():
    _OddServer.seen = []
    with servers.serve(_OddServer) as url:
        out = HttpLinkProber(allow_private_hosts=True, retry=no_sleep()).probe(f"{url}/moved")
    assert out.status is LinkStatus.REDIRECTED, out
    assert out.final_url == f"{url}/ok%E9"
    out.final_url.encode("utf-8")  # the report writes it: no lone surrogate
    assert ("HEAD", "/ok%E9") in [(m, p) for m, p, _ in _OddServer.seen]


def test_credentials_written_in_a_link_are_not_sent():
    _OddServer.seen = []
    with servers.serve(_OddServer) as url:
        link = url.replace("http://", "http://user:secret@") + "/page"
        HttpLinkProber(allow_private_hosts=True, retry=no_sleep()).probe(link)
    assert _OddServer.seen and all(
        "authorization" not in {k.lower() for k in h} for _, _, h in _OddServer.seen
    )


def test_probe_works_from_inside_a_running_event_loop():
    pages = {}
    rec = servers.Recorder()
    with servers.serve(servers.web_handler(pages, rec)) as url:
        pages[f"{url}/ok"] = servers.Page(200)

        async def caller():
            return HttpLinkProber(allow_private_hosts=True, retry=no_sleep()).probe(f"{url}/ok")

        out = asyncio.run(caller())
    assert out.status is LinkStatus.WORKING, out


def test_a_name_lookup_that_hangs_does_not_hold_the_run_past_its_deadline():
    """The deadline cuts the request; the run does not then wait for the hung lookup's
    thread (asyncio.run waits for its loop's default threads when it ends)."""
    release, finished = threading.Event(), threading.Event()

    def hanging(host, port):
        release.wait(timeout=10)  # a resolver that does not answer (let go at the end)
        finished.set()
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", port))]

    prober = HttpLinkProber(
        session=PaperlistSession(timeout=0.1), retry=no_sleep(max_retries=0), resolver=hanging
    )
    try:
        out = prober.probe("http://slow-dns.test/x")
        assert not finished.is_set()  # returned while the lookup still hangs
    finally:
        release.set()
    assert out.status is LinkStatus.TIMEOUT, out
