"""Real HTTP servers on 127.0.0.1 (ephemeral port, daemon thread) for the tests.

- ``FakeArxiv``: ``/api/query`` the way arXiv answers it (Atom; 400 + Error entry for a
  malformed ID; 200 without entry for an unknown one; latest version; published = v1).
- ``FakeGitHub``: ``/repos/OWNER/REPO`` (200 with ``archived``; 404; 301 to
  ``/repositories/ID`` for a renamed repository).
- ``FakeWeb``: a link host reached as an HTTP proxy (``HTTP_PROXY``), so list URLs such as
  ``http://rl-diffusion.github.io`` arrive here unchanged.
- ``api_handler``: a JSON API (Semantic Scholar, DBLP) whose every answer a test decides.

The arXiv and GitHub handlers take options to answer wrongly (duplicate or unasked
entries, swapped GraphQL aliases, a 301 to another host); the default is the honest answer.

Each server can be given a script of faults for its next requests ("429 with
Retry-After 0", "503", "reset", "hang", "garbage", "truncated", "empty"), and records
every request it received.
"""

from __future__ import annotations

import contextlib
import json
import re
import selectors
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.support.atom import Paper, error_feed, feed, is_malformed


@dataclass
class Fault:
    """One scripted misbehaviour for one request."""

    kind: str  # "status", "reset", "hang", "drip", "huge", "garbage", "truncated", "empty"
    status: int = 503
    retry_after: str | None = None
    seconds: float = 2.0


def status(code: int, retry_after: str | None = None) -> Fault:
    """Answer with ``code`` (and a Retry-After header)."""
    return Fault("status", status=code, retry_after=retry_after)


@dataclass
class Recorder:
    """What a fake server saw, plus its script of faults."""

    requests: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)
    faults: list[Fault] = field(default_factory=list)
    latency: float = 0.0
    """Seconds every answer is delayed (the benchmark's injected network latency)."""
    stamps: list[float] = field(default_factory=list)
    """``time.monotonic()`` when each request arrived (the benchmark's link phase)."""
    lock: threading.Lock = field(default_factory=threading.Lock)

    def take_fault(self) -> Fault | None:
        with self.lock:
            return self.faults.pop(0) if self.faults else None

    def record(self, method: str, path: str, headers: Any) -> None:
        with self.lock:
            self.requests.append((method, path, dict(headers.items())))
            self.stamps.append(time.monotonic())

    @property
    def paths(self) -> list[str]:
        return [p for _, p, _ in self.requests]


class _Handler(BaseHTTPRequestHandler):
    server_version = "fake/1.0"
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle on, a keep-alive client's
    # delayed ACK adds ~40 ms to every answer (real servers set TCP_NODELAY too).
    disable_nagle_algorithm = True
    recorder: Recorder

    def log_message(self, format: str, *args: Any) -> None:  # silence stderr
        pass

    def _send(self, code: int, body: bytes, ctype: str, headers: dict[str, str] | None = None):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _fault(self) -> bool:
        """Apply the next scripted fault; True when the request is answered by it."""
        fault = self.recorder.take_fault()
        if fault is None:
            return False
        if fault.kind == "status":
            headers = {"Retry-After": fault.retry_after} if fault.retry_after is not None else {}
            self._send(fault.status, b"busy", "text/plain", headers)
        elif fault.kind == "reset":
            self.connection.setsockopt(
                socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
            )
            self.close_connection = True
            self.connection.close()
        elif fault.kind == "hang":
            time.sleep(fault.seconds)
            self.close_connection = True
        elif fault.kind == "drip":
            self._drip(fault.seconds)
        elif fault.kind == "huge":
            self._huge(int(fault.seconds * 1024 * 1024))
        elif fault.kind == "garbage":
            self._send(200, b"<html><body>Bot check</body></html>", "text/html")
        else:
            return self._fault_body(fault)
        return True

    def _fault_body(self, fault: Fault) -> bool:
        return False

    def _drip(self, seconds: float) -> None:
        """A status line, then one header byte every 20 ms for ``seconds``: every read
        gets data in time, so only a deadline on the whole request ends it."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
            for _ in range(int(seconds / 0.02)):
                self.wfile.write(b"a")
                self.wfile.flush()
                time.sleep(0.02)

    def _huge(self, size: int) -> None:
        """A 200 JSON answer of ``size`` bytes (a string of zeros inside an object)."""
        self.close_connection = True
        head, tail = b'{"full_name": "', b'"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(size))
        self.end_headers()
        chunk = b"0" * (1024 * 1024)
        with contextlib.suppress(OSError):
            self.wfile.write(head)
            left = size - len(head) - len(tail)
            while left > 0:
                self.wfile.write(chunk[: min(left, len(chunk))])
                left -= len(chunk)
            self.wfile.write(tail)

    def do_HEAD(self) -> None:
        self.recorder.record("HEAD", self.path, self.headers)
        if self.recorder.latency:
            time.sleep(self.recorder.latency)
        if not self._fault():
            self.handle_request()

    def do_GET(self) -> None:
        self.recorder.record("GET", self.path, self.headers)
        if self.recorder.latency:
            time.sleep(self.recorder.latency)
        if not self._fault():
            self.handle_request()

    def handle_request(self) -> None:
        raise NotImplementedError


ArxivAnswer = Callable[[list[str], list[tuple[Paper, int]]], list[tuple[Paper, int]]]
"""``answer(ids asked, honest entries)`` -> the entries to send instead (wrong answers)."""


def arxiv_handler(
    papers: dict[str, Paper], recorder: Recorder, answer: ArxivAnswer | None = None
) -> type[_Handler]:
    """A handler class answering ``/api/query`` from ``papers``.

    ``answer`` (default: the honest one) rewrites the entries of an id_list answer, to
    play a server that answers wrongly (duplicates, other IDs, other versions).
    """

    class ArxivHandler(_Handler):
        def _fault_body(self, fault: Fault) -> bool:
            ids = self._ids()
            found = [(papers[i], papers[i].version) for i in ids if i in papers]
            if fault.kind == "empty":  # anomalously empty page
                self._send(200, feed([], self._query()), "application/atom+xml")
                return True
            if fault.kind == "truncated":
                body = feed(found, self._query())
                self._send(200, body[: len(body) * 2 // 3], "application/atom+xml")
                return True
            return False

        def _query(self) -> str:
            return urlsplit(self.path).query

        def _ids(self) -> list[str]:
            qs = parse_qs(self._query())
            raw = qs.get("id_list", [""])[0]
            return [i for i in raw.split(",") if i]

        def _search(self, query: str, limit: int) -> None:
            """``ti:"words"``: papers whose title holds the words as a phrase, then all words."""
            words = re.sub(r'^ti:"?|"$', "", query).lower().split()
            norm = {
                k: re.sub(
                    r"[^a-z0-9 ]+", " ", re.sub(r"(?<=\w)-(?=\w)", "", p.title.lower())
                ).split()
                for k, p in papers.items()
            }
            phrase = [k for k, t in norm.items() if " ".join(words) in " ".join(t)]
            loose = [k for k, t in norm.items() if k not in phrase and set(words) <= set(t)]
            hits = [(papers[k], papers[k].version) for k in [*phrase, *loose][:limit]]
            self._send(200, feed(hits, self._query()), "application/atom+xml")

        def handle_request(self) -> None:
            if urlsplit(self.path).path != "/api/query":
                self._send(404, b"not found", "text/plain")
                return
            ids = self._ids()
            qs = parse_qs(self._query())
            query = qs.get("search_query", [""])[0]
            if query and not ids:
                self._search(query, int(qs.get("max_results", ["10"])[0]))
                return
            for ident in ids:
                if is_malformed(ident):
                    self._send(400, error_feed(ident), "application/atom+xml")
                    return
            qs = parse_qs(self._query())
            limit = int(qs.get("max_results", ["10"])[0])
            found = []
            for ident in ids:
                m = re.match(r"^(.*?)(?:v(\d+))?$", ident)
                base, ver = m.group(1), m.group(2)
                if base in papers:
                    p = papers[base]
                    found.append((p, int(ver) if ver else p.version))
            if answer is not None:
                found = answer(ids, found)
            start = int(qs.get("start", ["0"])[0])
            page = found[start : start + limit]
            self._send(
                200,
                feed(page, self._query(), total=len(found), start=start),
                "application/atom+xml",
            )

    ArxivHandler.recorder = recorder
    return ArxivHandler


@dataclass(frozen=True)
class Repo:
    """A repository the fake GitHub knows."""

    full_name: str
    archived: bool = False
    repo_id: int = 1


def github_handler(
    repos: dict[str, Repo],
    moved: dict[str, int],
    recorder: Recorder,
    *,
    graphql_answer: Callable[[dict[str, Any]], Any] | None = None,
    redirect_base: str | None = None,
) -> type[_Handler]:
    """``repos``: current ``owner/name`` (lowercase) -> Repo; ``moved``: old name -> repo id.

    ``graphql_answer`` rewrites the honest GraphQL answer (``{"data": ..., "errors": ...}``)
    into whatever should be sent instead; ``redirect_base`` is where a 301 points
    (default: this server).
    """
    by_id = {r.repo_id: r for r in repos.values()}

    class GitHubHandler(_Handler):
        def _json(self, code: int, data: Any, headers: dict[str, str] | None = None) -> None:
            self._send(code, json.dumps(data).encode(), "application/json", headers)

        def _repo_json(self, r: Repo) -> dict[str, Any]:
            return {
                "id": r.repo_id,
                "full_name": r.full_name,
                "html_url": f"https://github.com/{r.full_name}",
                "archived": r.archived,
            }

        def handle_request(self) -> None:
            path = urlsplit(self.path).path
            parts = [p for p in path.split("/") if p]
            if len(parts) == 3 and parts[0] == "repos":
                key = f"{parts[1]}/{parts[2]}".lower()
                if key in repos:
                    self._json(200, self._repo_json(repos[key]))
                elif key in moved:
                    base = redirect_base or f"http://{self.headers.get('Host')}"
                    target = f"{base}/repositories/{moved[key]}"
                    self._json(
                        301,
                        {"message": "Moved Permanently", "url": target},
                        {"Location": target},
                    )
                else:
                    self._json(404, {"message": "Not Found", "status": "404"})
            elif len(parts) == 2 and parts[0] == "repositories" and int(parts[1]) in by_id:
                self._json(200, self._repo_json(by_id[int(parts[1])]))
            else:
                self._json(404, {"message": "Not Found", "status": "404"})

        def do_POST(self) -> None:
            """GraphQL: aliased ``repository(owner:, name:)`` fields, as GitHub answers them.
            Unknown (and renamed) repositories are ``null`` with a NOT_FOUND error."""
            body = json.loads(
                self.rfile.read(int(self.headers.get("Content-Length", "0"))) or b"{}"
            )
            self.recorder.record("POST", self.path, self.headers)
            if self._fault():
                return
            data: dict[str, Any] = {}
            errors = []
            for alias, owner, name in re.findall(
                r'(r\d+): repository\(owner: "(.*?)", name: "(.*?)"\)', body.get("query", "")
            ):
                r = repos.get(f"{owner}/{name}".lower())
                if r is None:
                    data[alias] = None
                    errors.append(
                        {
                            "type": "NOT_FOUND",
                            "path": [alias],
                            "message": f"Could not resolve to a Repository with the name '{owner}/{name}'.",
                        }
                    )
                else:
                    data[alias] = {
                        "nameWithOwner": r.full_name,
                        "isArchived": r.archived,
                        "url": f"https://github.com/{r.full_name}",
                    }
            honest = {"data": data, **({"errors": errors} if errors else {})}
            self._json(200, graphql_answer(honest) if graphql_answer else honest)

    GitHubHandler.recorder = recorder
    return GitHubHandler


@dataclass(frozen=True)
class Page:
    """What the fake web answers for one URL."""

    status: int = 200
    location: str | None = None
    head_status: int | None = None
    """Answer HEAD with this instead (e.g. 405 to force the GET fallback)."""
    body: bytes = b"<html><title>ok</title></html>"


def web_handler(pages: dict[str, Page], recorder: Recorder) -> type[_Handler]:
    """A proxy-style handler: the request line carries the absolute URL."""

    class WebHandler(_Handler):
        def handle_request(self) -> None:
            url = self.path
            if not url.startswith("http"):
                url = f"http://{self.headers.get('Host')}{self.path}"
            page = pages.get(url) or pages.get(url.rstrip("/"))
            if page is None:
                self._send(404, b"no such page", "text/html")
                return
            code = (
                page.head_status if (self.command == "HEAD" and page.head_status) else page.status
            )
            headers = {"Location": page.location} if page.location else {}
            self._send(code, page.body, "text/html", headers)

    WebHandler.recorder = recorder
    return WebHandler


@dataclass(frozen=True)
class Answer:
    """One answer of :func:`api_handler`: JSON ``data``, or ``raw`` bytes as they are."""

    data: Any = None
    status: int = 200
    raw: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)


def api_handler(answer: Callable[[str, str, Any], Answer], recorder: Recorder) -> type[_Handler]:
    """A JSON API (Semantic Scholar's batch, DBLP's search) answering through ``answer``.

    ``answer(method, path with query, parsed JSON body or None)`` decides every answer,
    so a test can play both the honest service and one that answers in the wrong shape.
    """

    class ApiHandler(_Handler):
        def handle_request(self, body: Any = None) -> None:
            got = answer(self.command, self.path, body)
            raw = got.raw if got.raw is not None else json.dumps(got.data).encode()
            self._send(got.status, raw, "application/json", got.headers)

        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            self.recorder.record("POST", self.path, self.headers)
            if not self._fault():
                self.handle_request(json.loads(raw or b"null"))

    ApiHandler.recorder = recorder
    return ApiHandler


def _serve_until(server: ThreadingHTTPServer, stop: socket.socket) -> None:
    """Answer ``server``'s connections until ``stop`` (one end of a socket pair) is readable.

    ``serve_forever`` notices ``shutdown()`` only at its next poll, so every test with a
    server paid up to one poll interval in teardown (about 2 s over the suite); here the
    other end of the pair wakes the loop at once.
    """
    with selectors.DefaultSelector() as selector:
        selector.register(server, selectors.EVENT_READ)
        selector.register(stop, selectors.EVENT_READ)
        while True:
            ready = {key.fileobj for key, _ in selector.select()}
            if stop in ready:
                return
            server.handle_request()


class _Server(ThreadingHTTPServer):
    """A threading HTTP server that listens as real ones do: ``socketserver``'s backlog of 5
    dropped the connects of a burst (a client opening 128 at once) and each dropped one was
    sent again a second later by the kernel, a stall no real server (nginx: 511) causes."""

    request_queue_size = 511


@contextlib.contextmanager
def serve(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """Run ``handler`` on 127.0.0.1:<free port>; yield ``http://127.0.0.1:PORT``."""
    server = _Server(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    stop_reader, stop_writer = socket.socketpair()
    thread = threading.Thread(target=_serve_until, args=(server, stop_reader), daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield f"http://{host}:{port}"
    finally:
        stop_writer.close()
        thread.join(timeout=5)
        stop_reader.close()
        server.server_close()
