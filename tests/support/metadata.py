"""Fake metadata services on 127.0.0.1: Hugging Face Papers, Semantic Scholar, DBLP.

They answer in the shape the real APIs use, from the real facts about the catalog's
papers (``tests/fixtures/seed-papers.json``: each paper's published venue and official
repositories). Where the facts say nothing (a venue without a year, no repository), the
fakes claim nothing either.

- Hugging Face: ``GET /api/papers/{arxiv_id}`` -> the paper page JSON (``id``, ``title``,
  ``authors``, ``publishedAt``, ``githubRepo`` and ``projectPage`` when known); 404
  ``{"error": ...}`` for a paper it does not index.
- Semantic Scholar: ``POST /graph/v1/paper/batch`` -> a list in request order, ``null``
  for unknown IDs; the ``year`` field is the arXiv year (the trap the source avoids).
- DBLP: ``GET /search/publ/api?q=...&format=json`` -> ``result.hits.hit``: the arXiv copy
  (venue ``CoRR``) and the published version (venue acronym, venue year).

Each records its requests and takes scripted faults (``servers.Fault``) like the others.
"""

from __future__ import annotations

import json
import re
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.support.servers import Fault, Recorder

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "seed-papers.json"

FULL_NAMES = {
    "CVPR": "Computer Vision and Pattern Recognition",
    "MICCAI": "International Conference on Medical Image Computing and Computer-Assisted Intervention",
    "NeurIPS": "Neural Information Processing Systems",
    "ECCV": "European Conference on Computer Vision",
    "ICLR": "International Conference on Learning Representations",
}
"""Semantic Scholar's ``publicationVenue.name`` for the catalog's conferences."""
TPAMI = "IEEE Transactions on Pattern Analysis and Machine Intelligence"


def seed() -> dict[str, Any]:
    """The real facts about the catalog's papers."""
    return json.loads(SEED.read_text("utf-8"))


def official_repos(data: dict[str, Any] | None = None) -> dict[str, str]:
    """arXiv ID -> the first official repository the facts name for it."""
    data = data or seed()
    out: dict[str, str] = {}
    for link, facts in data["code_links"].items():
        if facts.get("kind") != "repository" or not facts.get("exists"):
            continue
        ident = str(facts["official_code_for"]).split(" ")[0]
        out.setdefault(ident, f"https://{link}")
    return out


def published(data: dict[str, Any], ident: str) -> tuple[str, int | None] | None:
    """``("ECCV", 2024)`` from a paper's ``published_venue`` (TPAMI has no year there)."""
    text = data["papers"][ident].get("published_venue")
    if not text:
        return None
    if text.startswith(TPAMI):
        return "TPAMI", None
    m = re.match(r"(\w+) (\d{4})", text)
    return (m.group(1), int(m.group(2))) if m else None


def hf_papers(data: dict[str, Any] | None = None) -> dict[str, dict[str, Any]]:
    """Hugging Face paper-page JSON per arXiv ID, as ``/api/papers/{id}`` answers it."""
    data = data or seed()
    repos = official_repos(data)
    out = {}
    for ident, p in data["papers"].items():
        page: dict[str, Any] = {
            "id": ident,
            "authors": [{"name": a, "hidden": False} for a in p["authors"]],
            "publishedAt": f"{p['published'] or '2023-07-13'}T00:00:00.000Z",
            "title": p["title"],
            "summary": p["summary"],
            "upvotes": 0,
        }
        if ident in repos:
            page["githubRepo"] = repos[ident]
        out[ident] = page
    return out


def s2_records(data: dict[str, Any] | None = None) -> dict[str, dict[str, Any] | None]:
    """Semantic Scholar batch items by ``ARXIV:<id>``."""
    data = data or seed()
    out: dict[str, dict[str, Any] | None] = {}
    for ident, p in data["papers"].items():
        year = int((p["published"] or "2023")[:4])  # S2 pairs the venue with the arXiv year
        item: dict[str, Any] = {"paperId": f"s2-{ident}", "externalIds": {"ArXiv": ident}}
        venue = published(data, ident)
        if venue is None:
            item.update(venue="arXiv.org", journal={"name": "ArXiv"}, year=year)
        else:
            name = TPAMI if venue[0] == "TPAMI" else FULL_NAMES[venue[0]]
            alt = ["IEEE Trans Pattern Anal Mach Intell", "PAMI"] if venue[0] == "TPAMI" else []
            kind = "journal" if venue[0] == "TPAMI" else "conference"
            item.update(
                venue=name,
                year=year,
                publicationVenue={"name": name, "type": kind, "alternate_names": alt},
                journal={"name": name} if kind == "journal" else None,
            )
        out[f"ARXIV:{ident}"] = item
    return out


def dblp_hits(data: dict[str, Any] | None = None) -> dict[str, list[dict[str, Any]]]:
    """DBLP search hits per normalised title: the CoRR copy, then the venue's record."""
    data = data or seed()
    out = {}
    for ident, p in data["papers"].items():
        year = (p["published"] or "2023")[:4]
        hits = [
            {
                "info": {
                    "title": p["title"] + ".",
                    "venue": "CoRR",
                    "year": year,
                    "type": "Informal and Other Publications",
                    "ee": f"https://arxiv.org/abs/{ident}",
                }
            }
        ]
        venue = published(data, ident)
        if venue is not None and venue[1] is not None:
            hits.insert(
                0,
                {
                    "info": {
                        "title": p["title"] + ".",
                        "venue": venue[0],
                        "year": str(venue[1]),
                        "type": "Conference and Workshop Papers",
                    }
                },
            )
        out[words(p["title"])] = hits
    return out


def words(text: str) -> str:
    """A title as DBLP's fake looks it up (lower-case words)."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


class _Base(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    recorder: Recorder

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def send_json(self, code: int, data: Any, headers: dict[str, str] | None = None) -> None:
        body = json.dumps(data).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def faulted(self) -> bool:
        """Answer with the next scripted fault (status faults and resets)."""
        fault: Fault | None = self.recorder.take_fault()
        if fault is None:
            return False
        if fault.kind == "reset":
            self.close_connection = True
            self.connection.close()
            return True
        headers = {"Retry-After": fault.retry_after} if fault.retry_after is not None else {}
        self.send_json(fault.status, {"error": "busy"}, headers)
        return True


def huggingface_handler(papers: dict[str, dict[str, Any]], recorder: Recorder) -> type:
    """``GET /api/papers/{id}`` from ``papers``; 404 for the others."""

    class HF(_Base):
        def do_GET(self) -> None:
            self.recorder.record("GET", self.path, self.headers)
            if self.faulted():
                return
            m = re.fullmatch(r"/api/papers/([^/?]+)", urlsplit(self.path).path)
            if m and m.group(1) in papers:
                self.send_json(200, papers[m.group(1)])
            else:
                self.send_json(404, {"error": "Entry not found"})

    HF.recorder = recorder
    return HF


def s2_handler(records: dict[str, dict[str, Any] | None], recorder: Recorder) -> type:
    """``POST /graph/v1/paper/batch``: items in request order, ``null`` when unknown."""

    class S2(_Base):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))))
            self.recorder.record("POST", self.path, self.headers)
            if self.faulted():
                return
            if urlsplit(self.path).path != "/graph/v1/paper/batch":
                self.send_json(404, {"error": "Not found"})
                return
            self.send_json(200, [records.get(i) for i in body.get("ids", [])])

    S2.recorder = recorder
    return S2


def dblp_handler(hits: dict[str, list[dict[str, Any]]], recorder: Recorder) -> type:
    """``GET /search/publ/api?q=TITLE&format=json``: the hits for that title."""

    class Dblp(_Base):
        def do_GET(self) -> None:
            self.recorder.record("GET", self.path, self.headers)
            if self.faulted():
                return
            parts = urlsplit(self.path)
            q = parse_qs(parts.query).get("q", [""])[0]
            found = hits.get(words(q), [])
            result = {
                "result": {
                    "query": q,
                    "status": {"@code": "200", "text": "OK"},
                    "hits": {"@total": str(len(found)), "hit": found} if found else {"@total": "0"},
                }
            }
            self.send_json(200, result)

    Dblp.recorder = recorder
    return Dblp


def nothing_handler(recorder: Recorder) -> type:
    """All three services at once, knowing nothing: the default for tests that do not
    care about official code or venues (so no test reaches the real services)."""

    class Nothing(_Base):
        def do_GET(self) -> None:
            self.recorder.record("GET", self.path, self.headers)
            if self.path.startswith("/search/publ/api"):
                self.send_json(200, {"result": {"hits": {"@total": "0"}}})
            else:
                self.send_json(404, {"error": "Entry not found"})

        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))))
            self.recorder.record("POST", self.path, self.headers)
            self.send_json(200, [None for _ in body.get("ids", [])])

    Nothing.recorder = recorder
    return Nothing
