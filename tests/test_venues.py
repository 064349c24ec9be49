"""Venue evidence through real sockets: arXiv comment/journal_ref, Semantic Scholar batch."""

from __future__ import annotations

import json
from dataclasses import replace
from http.server import BaseHTTPRequestHandler

from pipeline.sources.semanticscholar import SemanticScholarSource, evidence_from
from tests.support import servers

LIST = """# Reinforcement learning for image generation
**Training Diffusion Models with Reinforcement Learning**
<br>-time:2023
<br>-paper:https://arxiv.org/abs/2305.13301
<br>-periodical:none
*****
**Incorporating Reinforced Adversarial Learning in Autoregressive Image Generation**
<br>-time:2020
<br>-paper:https://arxiv.org/abs/2007.09923
<br>-periodical:CVPR 2020
"""


def s2_handler(known: dict[str, dict], seen: list) -> type[BaseHTTPRequestHandler]:
    class S2(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def log_message(self, *a):
            pass

        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            seen.append((self.path, body, dict(self.headers.items())))
            out = json.dumps([known.get(i) for i in body["ids"]]).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(out)))
            self.end_headers()
            self.wfile.write(out)

    return S2


def test_arxiv_comment_and_journal_ref_through_the_fake_api(cli, tmp_path, seed):
    seed["2305.13301"] = replace(
        seed["2305.13301"], comment="ICLR 2024 (poster). Code: github.com/jannerm/ddpo"
    )
    seed["2007.09923"] = replace(seed["2007.09923"], journal_ref="ECCV 2020")
    rec = servers.Recorder()
    with servers.serve(servers.arxiv_handler(seed, rec)) as url:
        (tmp_path / "l.md").write_text(LIST)
        env = {"PAPERLIST_ARXIV_API_URL": url + "/api/query", "PAPERLIST_ARXIV_DELAY": "0"}
        r = cli("check", "l.md", "--no-links", "--format", "json", env=env)
    found = {(f["rule"], f["line"], f["expected"]) for f in json.loads(r.out)["findings"]}
    assert found == {("venue-missing", 5, "ICLR 2024"), ("venue-mismatch", 10, "ECCV 2020")}


def test_semantic_scholar_batch(tmp_path):
    known = {
        "ARXIV:2305.13301": {
            "venue": "International Conference on Learning Representations",
            "publicationVenue": {"name": "ICLR", "alternate_names": ["ICLR"]},
            "year": 2023,
        },
        "ARXIV:2007.09923": {"venue": "arXiv.org", "journal": {"name": "ArXiv"}},
    }
    seen: list = []
    with servers.serve(s2_handler(known, seen)) as url:
        out = SemanticScholarSource(url, api_key="s2-secret", key_urls=[url]).venues(
            ["2305.13301", "2007.09923", "2301.99999"]
        )
    assert set(out) == {"2305.13301"}
    assert (out["2305.13301"].venue, out["2305.13301"].year) == (
        "ICLR",
        None,
    )  # never S2's year field
    path, body, headers = seen[0]
    assert path.startswith("/graph/v1/paper/batch?fields=") and body["ids"][0] == "ARXIV:2305.13301"
    assert headers["x-api-key"] == "s2-secret" and len(seen) == 1


def test_semantic_scholar_down_is_no_evidence():
    out = SemanticScholarSource("http://s2.invalid", retry=servers_retry()).venues(
        {"2305.13301": ""}
    )
    assert out == {}


def servers_retry():
    from pipeline.sources.net import RetryPolicy

    return RetryPolicy(sleep=lambda s: None)


def test_evidence_skips_arxiv_as_a_venue():
    assert evidence_from({"venue": "arXiv", "journal": {"name": "ArXiv"}}) is None
    assert evidence_from({"venue": "CVPR 2024"}).year == 2024


def test_semantic_scholar_in_the_run(cli, tmp_path, seed, arxiv_server):
    seen: list = []
    known = {"ARXIV:2305.13301": {"venue": "ICLR"}}
    with servers.serve(s2_handler(known, seen)) as url:
        (tmp_path / "l.md").write_text(LIST)
        (tmp_path / "c.yaml").write_text(
            f"venues:\n  semantic_scholar: true\n  semantic_scholar_url: {url}\n"
        )
        env = {
            "PAPERLIST_ARXIV_API_URL": arxiv_server.url,
            "PAPERLIST_ARXIV_DELAY": "0",
            "PAPERLIST_S2_API_URL": "",  # unset: the config file's endpoint is used
        }
        r = cli("check", "l.md", "--config", "c.yaml", "--no-links", "--format", "json", env=env)
        off = cli(
            "check",
            "l.md",
            "--config",
            "c.yaml",
            "--no-links",
            "--offline",
            "--format",
            "json",
            env=env,
        )
    rules = {(f["rule"], f["line"]) for f in json.loads(r.out)["findings"]}
    assert ("venue-missing", 5) in rules
    assert len(seen) == 1 and off.status in (0, 1)


SHARED = """# Reinforcement learning for image generation
**Training Diffusion Models with Reinforcement Learning**
<br>-time:2023
<br>-paper:https://arxiv.org/abs/2305.13301
<br>-code:https://github.com/jannerm/ddpo
*****
**Incorporating Reinforced Adversarial Learning in Autoregressive Image Generation**
<br>-time:2020
<br>-paper:https://arxiv.org/abs/2007.09923
<br>-code:[https://github.com/jannerm/ddpo](https://github.com/jannerm/ddpo/)
"""


def test_shared_code_link_end_to_end(cli, tmp_path, arxiv_server, github_server):
    (tmp_path / "l.md").write_text(SHARED)
    env = {
        "PAPERLIST_ARXIV_API_URL": arxiv_server.url,
        "PAPERLIST_ARXIV_DELAY": "0",
        "GITHUB_API_URL": github_server.url,
    }
    r = cli("check", "l.md", "--format", "json", env=env)
    found = {(f["rule"], f["line"]) for f in json.loads(r.out)["findings"]}
    assert found == {("shared-code-link", 10)}
    assert github_server.recorder.paths == ["/repos/jannerm/ddpo"]  # asked once for both URLs


def dblp_handler(hits_by_query: dict[str, list], seen: list) -> type[BaseHTTPRequestHandler]:
    from urllib.parse import parse_qs, urlsplit

    class Dblp(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def log_message(self, *a):
            pass

        def do_GET(self):
            q = parse_qs(urlsplit(self.path).query)["q"][0]
            seen.append(self.path)
            out = json.dumps({"result": {"hits": {"hit": hits_by_query.get(q, [])}}}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(out)))
            self.end_headers()
            self.wfile.write(out)

    return Dblp


def test_dblp_venue_skips_corr_and_other_papers():
    from pipeline.sources.dblp import DblpSource

    ddpo = "Training Diffusion Models with Reinforcement Learning"
    hits = {
        ddpo: [
            {"info": {"title": ddpo + ".", "venue": "CoRR", "year": "2023"}},
            {
                "info": {
                    "title": "Training Diffusion Models with Reinforcement Learning at Scale.",
                    "venue": "NeurIPS",
                    "year": "2025",
                }
            },
            {"info": {"title": ddpo + ".", "venue": "ICLR", "year": "2024"}},
        ]
    }
    seen: list = []
    slept: list = []
    with servers.serve(dblp_handler(hits, seen)) as url:
        out = DblpSource(url, sleep=slept.append).venues(
            {"2305.13301": ddpo, "2007.09923": "Unknown Title Here"}
        )
    assert (out["2305.13301"].venue, out["2305.13301"].year, out["2305.13301"].source) == (
        "ICLR",
        2024,
        "DBLP",
    )
    assert "2007.09923" not in out
    assert len(seen) == 2 and slept == [1.0]
