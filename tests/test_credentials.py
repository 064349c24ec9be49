"""Credentials go only where the environment says (issue 9).

``GITHUB_TOKEN`` and ``SEMANTIC_SCHOLAR_API_KEY`` are sent to the service's default host
or to the endpoint the ENVIRONMENT names, never to a host a config file or a redirect
chose. The fake services record every header they receive.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest

from pipeline.config import load_settings
from pipeline.sources.credentials import origin_of, scoped, trusted_origins
from pipeline.sources.github import GitHubProber
from pipeline.sources.net import RetryPolicy
from pipeline.sources.semanticscholar import SemanticScholarSource
from tests.conftest import Server
from tests.support import servers

TOKEN = "ghp_SECRET_test_token_42"
KEY = "s2-SECRET-key"
PARROT = (
    "Parrot: Pareto-optimal Multi-Reward Reinforcement Learning Framework for "
    "Text-to-Image Generation"
)
SUBJECT = "Subject-driven Text-to-Image Generation via Preference-based Reinforcement Learning"
LIST = (
    "| Title | Paper | Code |\n|---|---|---|\n"
    f"| {PARROT} | [paper](https://arxiv.org/abs/2401.05675) | [code](https://github.com/lab/one) |\n"
    f"| {SUBJECT} | [paper](https://arxiv.org/abs/2407.12164) | [code](https://github.com/lab/two) |\n"
)
REPOS = {n: servers.Repo(n, repo_id=i) for i, n in enumerate(("lab/one", "lab/two"), 1)}


def no_sleep() -> RetryPolicy:
    return RetryPolicy(sleep=lambda s: None, max_retries=0)


def auth_headers(rec: servers.Recorder) -> list[str | None]:
    return [h.get("Authorization") for _, _, h in rec.requests]


def _env(arxiv_server: Server, **extra: str) -> dict[str, str]:
    return {"PAPERLIST_ARXIV_API_URL": arxiv_server.url, "PAPERLIST_ARXIV_DELAY": "0", **extra}


# -- the rule itself ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "sent"),
    [
        ("https://api.github.com/repos/a/b", True),
        ("https://API.github.com:443/graphql", True),
        ("http://api.github.com/repos/a/b", False),  # not over plain http
        ("https://api.github.com:8443/repos/a/b", False),
        ("https://api.github.com.evil.example/repos/a/b", False),
        ("https://api.github.com@evil.example/repos/a/b", False),
        ("https://evil.example/?https://api.github.com", False),
        ("https://ghe.example.com/api/v3/repos/a/b", True),  # the environment named it
        ("https://ghe.example.com:444/api/v3", False),
        ("http://127.0.0.1:8080/repos/a/b", True),  # named, local
        ("http://127.0.0.1:8081/repos/a/b", False),
        ("http://lan.example/repos/a/b", False),  # named, but http on another host
        ("not a url", False),
    ],
)
def test_token_goes_to_default_or_environment_named_origins(url, sent):
    cred = scoped(
        "GITHUB_TOKEN",
        "Authorization",
        TOKEN,
        "https://api.github.com",
        ["https://ghe.example.com/api/v3", "http://127.0.0.1:8080", "http://lan.example"],
    )
    assert cred is not None and cred.allows(url) is sent
    assert TOKEN not in repr(cred)


def test_origins_need_https_or_local_http():
    origins = trusted_origins("https://api.github.com", ["http://10.0.0.5/api", "ftp://x", None])
    assert origins == {origin_of("https://api.github.com")}


def test_settings_remember_only_environment_named_endpoints(tmp_path):
    cfg = tmp_path / "c.yaml"
    cfg.write_text(
        "github:\n  api_url: https://evil.example\n"
        "venues:\n  semantic_scholar_url: https://evil.example\n"
    )
    s = load_settings(cfg, env={"GITHUB_TOKEN": TOKEN})
    assert s.github_api_url == "https://evil.example"
    assert s.credential_urls == {"GITHUB_TOKEN": (), "SEMANTIC_SCHOLAR_API_KEY": ()}
    env = {
        "GITHUB_API_URL": "https://ghe.example/api/v3",
        "GITHUB_GRAPHQL_URL": "https://ghe.example/api/graphql",
        "PAPERLIST_S2_API_URL": "https://s2.example",
    }
    s = load_settings(cfg, env=env)
    assert s.credential_urls == {
        "GITHUB_TOKEN": ("https://ghe.example/api/v3", "https://ghe.example/api/graphql"),
        "SEMANTIC_SCHOLAR_API_KEY": ("https://s2.example",),
    }


# -- GitHub ---------------------------------------------------------------------------


def test_config_file_api_url_gets_no_token(cli, tmp_path, arxiv_server: Server):
    rec = servers.Recorder()
    (tmp_path / "l.md").write_text(LIST)
    with servers.serve(servers.github_handler(REPOS, {}, rec)) as url:
        (tmp_path / "c.yaml").write_text(f"github:\n  api_url: {url}\n")
        r = cli(
            "check", "l.md", "--config", "c.yaml", "--no-cache", "--format", "json",
            env=_env(arxiv_server, GITHUB_TOKEN=TOKEN),
        )  # fmt: skip
    assert r.status == 0, r.err
    assert sorted(p for _, p, _ in rec.requests) == ["/repos/lab/one", "/repos/lab/two"]
    assert auth_headers(rec) == [None, None]  # anonymous REST, no GraphQL without a token
    warnings = [line for line in r.err.splitlines() if line.startswith("paperlist: warning:")]
    assert len(warnings) == 1, r.err
    assert "GITHUB_TOKEN is not sent to http://127.0.0.1:" in warnings[0]
    assert TOKEN not in r.err + r.out


def test_environment_named_api_url_gets_the_token(cli, tmp_path, arxiv_server: Server):
    rec = servers.Recorder()
    (tmp_path / "l.md").write_text(LIST)
    with servers.serve(servers.github_handler(REPOS, {}, rec)) as url:
        r = cli(
            "check", "l.md", "--no-cache", "--format", "json",
            env=_env(arxiv_server, GITHUB_TOKEN=TOKEN, GITHUB_API_URL=url),
        )  # fmt: skip
    assert r.status == 0, r.err
    assert [(m, p) for m, p, _ in rec.requests] == [("POST", "/graphql")]
    assert auth_headers(rec) == [f"Bearer {TOKEN}"]
    assert "warning" not in r.err


def test_redirect_to_another_host_gets_no_token(caplog):
    other_rec, api_rec = servers.Recorder(), servers.Recorder()
    renamed = {"newlab/one": servers.Repo("newlab/one", repo_id=7)}
    with servers.serve(servers.github_handler(renamed, {}, other_rec)) as other:
        api = servers.github_handler({}, {"lab/one": 7}, api_rec, redirect_base=other)
        with servers.serve(api) as url, caplog.at_level(logging.WARNING, "pipeline"):
            prober = GitHubProber(url, token=TOKEN, token_urls=[url], retry=no_sleep())
            out = prober.probe_all(["https://github.com/lab/one", "https://github.com/lab/one/"])
    check = out["https://github.com/lab/one"]
    assert check.final_url == "https://github.com/newlab/one", check
    assert auth_headers(api_rec) == [f"Bearer {TOKEN}", f"Bearer {TOKEN}"]  # GraphQL, REST
    assert other_rec.paths == ["/repositories/7"]
    assert auth_headers(other_rec) == [None]
    [warning] = [r.getMessage() for r in caplog.records]
    assert f"GITHUB_TOKEN is not sent to {other}" in warning and TOKEN not in warning


def test_redirect_on_the_same_host_keeps_the_token():
    rec = servers.Recorder()
    repos = {"newlab/one": servers.Repo("newlab/one", repo_id=7)}
    with servers.serve(servers.github_handler(repos, {"lab/one": 7}, rec)) as url:
        out = GitHubProber(url, token=TOKEN, token_urls=[url], retry=no_sleep()).probe_all(
            ["https://github.com/lab/one"]
        )
    assert out["https://github.com/lab/one"].final_url == "https://github.com/newlab/one"
    assert [p for _, p, _ in rec.requests] == ["/graphql", "/repos/lab/one", "/repositories/7"]
    assert auth_headers(rec) == [f"Bearer {TOKEN}"] * 3


def test_token_is_not_a_session_header():
    with servers.serve(servers.github_handler(REPOS, {}, servers.Recorder())) as url:
        prober = GitHubProber(url, token=TOKEN, token_urls=[url], retry=no_sleep())
        prober.probe_all(["https://github.com/lab/one"])
    assert all(TOKEN not in str(v) for v in prober.session.headers.values())


# -- Semantic Scholar -----------------------------------------------------------------


def s2_answer(method: str, path: str, body: Any) -> servers.Answer:
    return servers.Answer([{"venue": "ICLR 2024"} for _ in (body or {}).get("ids", [])])


def test_config_file_s2_url_gets_no_key(cli, tmp_path, arxiv_server: Server):
    rec = servers.Recorder()
    (tmp_path / "l.md").write_text(LIST)
    with servers.serve(servers.api_handler(s2_answer, rec)) as url:
        (tmp_path / "c.yaml").write_text(
            f"venues:\n  semantic_scholar: true\n  semantic_scholar_url: {url}\n"
        )
        r = cli(
            "check", "l.md", "--config", "c.yaml", "--no-links", "--no-cache", "--format", "json",
            env=_env(arxiv_server, SEMANTIC_SCHOLAR_API_KEY=KEY, PAPERLIST_S2_API_URL=""),
        )  # fmt: skip
    assert r.status in (0, 1), r.err
    assert [p.split("?")[0] for p in rec.paths] == ["/graph/v1/paper/batch"]
    assert [h.get("x-api-key") for _, _, h in rec.requests] == [None]
    assert "SEMANTIC_SCHOLAR_API_KEY is not sent to http://127.0.0.1:" in r.err
    assert KEY not in r.err + r.out
    assert "venue-missing" in {f["rule"] for f in json.loads(r.out)["findings"]}


def test_environment_named_s2_url_gets_the_key(cli, tmp_path, arxiv_server: Server):
    rec = servers.Recorder()
    (tmp_path / "l.md").write_text(LIST)
    with servers.serve(servers.api_handler(s2_answer, rec)) as url:
        (tmp_path / "c.yaml").write_text("venues:\n  semantic_scholar: true\n")
        r = cli(
            "check", "l.md", "--config", "c.yaml", "--no-links", "--no-cache", "--format", "json",
            env=_env(arxiv_server, SEMANTIC_SCHOLAR_API_KEY=KEY, PAPERLIST_S2_API_URL=url),
        )  # fmt: skip
    assert r.status in (0, 1), r.err
    assert [h.get("x-api-key") for _, _, h in rec.requests] == [KEY]
    assert "warning" not in r.err


def test_s2_redirect_is_not_followed_with_the_key():
    other_rec, api_rec = servers.Recorder(), servers.Recorder()
    with servers.serve(servers.api_handler(s2_answer, other_rec)) as other:

        def moved(method: str, path: str, body: Any) -> servers.Answer:
            return servers.Answer({}, status=307, headers={"Location": f"{other}{path}"})

        with servers.serve(servers.api_handler(moved, api_rec)) as url:
            src = SemanticScholarSource(url, api_key=KEY, key_urls=[url], retry=no_sleep())
            out = src.venues({"2305.13301": ""})
    assert out == {}
    assert [h.get("x-api-key") for _, _, h in api_rec.requests] == [KEY]
    assert other_rec.requests == []  # not followed: requests would have carried the key
