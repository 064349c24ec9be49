"""GitHub repository links, checked through the REST API (``GET /repos/OWNER/REPO``).

200: the repository exists (``archived`` flag; a different ``full_name`` means it was
renamed or transferred). 301: moved (the API redirects to ``/repositories/ID``, which is
followed to learn the new name). 404/410/451: gone. 403/429 with rate-limit headers:
throttled, retried within the run's budget, then ``unverified``. The token, when set,
goes in the ``Authorization`` header only; it is never logged or reported, and it is
attached per request, only to api.github.com or an endpoint the environment names
(:mod:`pipeline.sources.credentials`), never to a config file's ``api_url`` or a
redirect's host.

An answer in the wrong shape is never believed: REST JSON that is not a repository,
a GraphQL answer that is not an object, a node without a ``nameWithOwner``, or one that
names another repository of the same query (swapped aliases) go to REST or become
``unverified``.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import urljoin

import requests

from pipeline.model import LinkCheck, LinkStatus
from pipeline.sources.credentials import scoped
from pipeline.sources.interface import LinkProber, ProgressFn, no_progress
from pipeline.sources.net import (
    PaperlistSession,
    RetryPolicy,
    TransientError,
    describe,
    is_retryable,
    parse_retry_after,
)
from pipeline.urls import repo_of

log = logging.getLogger(__name__)

DEFAULT_API_URL = "https://api.github.com"
"""Where ``GITHUB_TOKEN`` may always go (other endpoints only when the environment names them)."""
GRAPHQL_BATCH = 100
_Result = tuple[LinkStatus, int | None, str | None, str, bool]


def graphql_url_for(api_url: str) -> str:
    """The GraphQL endpoint next to a REST endpoint (api.github.com or GHES /api/v3)."""
    api_url = api_url.rstrip("/")
    return (
        api_url[: -len("/v3")] + "/graphql" if api_url.endswith("/api/v3") else api_url + "/graphql"
    )


def raise_if_throttled(resp: requests.Response, what: str) -> None:
    """429, 403 with no rate limit left, or 5xx: transient (with the server's Retry-After)."""
    remaining = resp.headers.get("X-RateLimit-Remaining")
    throttled = resp.status_code == 429 or (resp.status_code == 403 and remaining == "0")
    if throttled or resp.status_code >= 500:
        detail = "rate-limited" if throttled else f"HTTP {resp.status_code}"
        raise TransientError(
            f"{what} {detail}", parse_retry_after(resp.headers.get("Retry-After")), resp.status_code
        )


def is_repo_name(value: object) -> bool:
    """``OWNER/NAME`` as text (both parts non-empty): what a repository answer must name."""
    if not isinstance(value, str):
        return False
    owner, slash, name = value.partition("/")
    return bool(owner and slash and name) and not value.isspace()


def graphql_results(
    batch: list[tuple[str, str]], nodes: dict[str, Any]
) -> dict[tuple[str, str], _Result]:
    """The answers of one GraphQL query that can be believed.

    A node must name the repository asked (case aside) or a rename to a repository that
    is not itself asked in this query (aliases answered for each other are not renames).
    Anything else is left out, so REST checks it.
    """
    asked = {f"{o}/{n}".lower() for o, n in batch}
    out: dict[tuple[str, str], _Result] = {}
    for j, (owner, name) in enumerate(batch):
        node = nodes.get(f"r{j}")
        full = node.get("nameWithOwner") if isinstance(node, dict) else None
        if not is_repo_name(full):
            continue
        archived = node.get("isArchived") is True
        if full.lower() == f"{owner}/{name}".lower():
            out[(owner, name)] = (LinkStatus.WORKING, 200, None, "repository exists", archived)
        elif full.lower() not in asked:
            out[(owner, name)] = (
                LinkStatus.REDIRECTED,
                200,
                f"https://github.com/{full}",
                f"repository {owner}/{name} is now {full}",
                archived,
            )
    return out


def token_reaches(api_url: str, token: str | None, token_urls: Iterable[str] = ()) -> bool:
    """True when a prober for ``api_url`` would send ``token`` (the cache keys on it)."""
    cred = scoped("GITHUB_TOKEN", "Authorization", token, DEFAULT_API_URL, token_urls)
    return cred is not None and cred.allows(api_url)


class GitHubProber(LinkProber):
    """Checks github.com repository URLs through the REST API at ``api_url``."""

    def __init__(
        self,
        api_url: str,
        *,
        token: str | None = None,
        session: PaperlistSession | None = None,
        timeout: float = 15.0,
        retry: RetryPolicy | None = None,
        concurrency: int = 4,
        progress: ProgressFn = no_progress,
        graphql_url: str | None = None,
        token_urls: Iterable[str] = (),
    ):
        """``token_urls``: endpoints the ENVIRONMENT named (``GITHUB_API_URL``,
        ``GITHUB_GRAPHQL_URL``); the token goes there and to api.github.com only."""
        self.api_url = api_url.rstrip("/")
        bearer = f"Bearer {token}" if token else None
        self.credential = scoped(
            "GITHUB_TOKEN", "Authorization", bearer, DEFAULT_API_URL, token_urls
        )
        graphql = graphql_url or graphql_url_for(self.api_url)
        # GraphQL needs a token; it checks 100 repositories a request.
        self.graphql_url = graphql if self.credential and self.credential.allows(graphql) else None
        if self.credential and not self.credential.allows(self.api_url):
            self.credential.withheld(self.api_url, "the GitHub API URL of the config file")
        elif self.credential and not self.graphql_url:
            self.credential.withheld(graphql, "GitHub GraphQL; repositories go through REST")
        self.session = session or PaperlistSession(timeout=timeout)
        self.session.headers["Accept"] = "application/vnd.github+json"
        self.session.headers["X-GitHub-Api-Version"] = "2022-11-28"
        self.retry = retry or RetryPolicy()
        self.concurrency = max(1, concurrency)
        self.requests_sent = 0
        self._down: str | None = None
        self.progress = progress

    @property
    def authenticated(self) -> bool:
        """True when the token goes to ``api_url`` (answers may differ from anonymous ones)."""
        return self.credential is not None and self.credential.allows(self.api_url)

    def _auth(self, url: str, what: str) -> dict[str, str]:
        """The Authorization header for ``url``, when the token may go there."""
        return self.credential.headers_for(url, what) if self.credential else {}

    def _get(self, url: str) -> requests.Response:
        self.requests_sent += 1
        resp = self.session.get(
            url, allow_redirects=False, headers=self._auth(url, "a GitHub API redirect")
        )
        raise_if_throttled(resp, "GitHub API")
        if resp.status_code == 200 and "json" not in resp.headers.get("Content-Type", ""):
            raise TransientError("GitHub API answered with something that is not JSON")
        return resp

    def _check_repo(
        self, owner: str, repo: str
    ) -> tuple[LinkStatus, int | None, str | None, str, bool]:
        if self._down:
            return LinkStatus.ERROR, None, None, self._down, False

        api = f"{self.api_url}/repos/{owner}/{repo}"
        try:
            resp = self.retry.call(lambda: self._get(api), is_retryable)
            if resp.status_code in (301, 302, 307, 308) and resp.headers.get("Location"):
                moved_from, location = resp.status_code, urljoin(api, resp.headers["Location"])
                resp = self.retry.call(lambda: self._get(location), is_retryable)
                if resp.status_code == 200:
                    return self._from_repo_json(owner, repo, resp, moved_from)
            if resp.status_code == 200:
                return self._from_repo_json(owner, repo, resp, None)
            if resp.status_code in (404, 410, 451):
                return (
                    LinkStatus.BROKEN,
                    resp.status_code,
                    None,
                    f"GitHub API: repository {owner}/{repo} not found (HTTP {resp.status_code})",
                    False,
                )
            return (
                LinkStatus.BLOCKED,
                resp.status_code,
                None,
                f"GitHub API answered HTTP {resp.status_code}",
                False,
            )
        except TransientError as exc:
            status = LinkStatus.RATE_LIMITED if exc.status in (403, 429) else LinkStatus.UNAVAILABLE
            return status, exc.status, None, f"{exc} (after retries)", False
        except requests.RequestException as exc:
            reason = f"GitHub API unreachable: {describe(exc)}"
            if isinstance(exc, requests.ConnectionError):
                self._down = reason
            status = LinkStatus.TIMEOUT if isinstance(exc, requests.Timeout) else LinkStatus.ERROR
            return status, None, None, reason, False
        except Exception as exc:  # NOTE: a surprise is an unverified result, never a crash
            return (
                LinkStatus.ERROR,
                None,
                None,
                f"GitHub check failed: {exc.__class__.__name__}",
                False,
            )

    @staticmethod
    def _from_repo_json(
        owner: str, repo: str, resp: requests.Response, moved_from: int | None
    ) -> tuple[LinkStatus, int | None, str | None, str, bool]:
        try:
            data = resp.json()
        except ValueError:
            data = None
        full_name = data.get("full_name") if isinstance(data, dict) else None
        if not is_repo_name(full_name):
            return LinkStatus.ERROR, 200, None, "GitHub API answered with unexpected JSON", False
        html_url = data.get("html_url")
        if not isinstance(html_url, str) or not html_url:
            html_url = f"https://github.com/{full_name}"
        archived = data.get("archived") is True
        if full_name.lower() != f"{owner}/{repo}".lower():
            return (
                LinkStatus.REDIRECTED,
                moved_from or 200,
                html_url,
                f"repository {owner}/{repo} is now {full_name}",
                archived,
            )
        return LinkStatus.WORKING, 200, None, "repository exists", archived

    def _graphql_once(self, repos: list[tuple[str, str]]) -> dict[str, Any]:
        self.requests_sent += 1
        fields = "{ nameWithOwner isArchived url }"
        parts = [
            f"r{i}: repository(owner: {json.dumps(o)}, name: {json.dumps(n)}) {fields}"
            for i, (o, n) in enumerate(repos)
        ]
        url = str(self.graphql_url)
        resp = self.session.post(
            url,
            json={"query": "query { " + " ".join(parts) + " }"},
            headers=self._auth(url, "GitHub GraphQL"),
            allow_redirects=False,
        )
        raise_if_throttled(resp, "GitHub GraphQL API")
        resp.raise_for_status()
        data = resp.json() if resp.status_code == 200 else None
        nodes = data.get("data") if isinstance(data, dict) else None
        if not isinstance(nodes, dict):
            raise ValueError("GitHub GraphQL answered without a data object")
        return nodes

    def _graphql(self, repos: list[tuple[str, str]]) -> dict[tuple[str, str], _Result]:
        """Definite answers for the repositories GraphQL resolves; the rest go to REST.

        NOTE: a repository GraphQL calls NOT_FOUND is confirmed through REST, which
        follows renames (301) explicitly: a renamed repository is never "broken".
        """
        out: dict[tuple[str, str], _Result] = {}
        for i in range(0, len(repos), GRAPHQL_BATCH):
            batch = repos[i : i + GRAPHQL_BATCH]
            try:
                nodes = self.retry.call(lambda b=batch: self._graphql_once(b), is_retryable)
            except (requests.RequestException, TransientError, ValueError):
                continue  # all of this batch falls back to REST
            except Exception:  # NOTE: a surprise falls back to REST, never a crash
                log.debug("GitHub GraphQL answer not understood", exc_info=True)
                continue
            out.update(graphql_results(batch, nodes))
        return out

    def probe_all(self, urls: Iterable[str]) -> Mapping[str, LinkCheck]:
        """Check each URL's repository; each repository is asked once."""
        by_repo: dict[tuple[str, str], list[str]] = {}
        out: dict[str, LinkCheck] = {}
        for url in dict.fromkeys(urls):
            key = repo_of(url)
            if key is None:
                out[url] = LinkCheck(url, LinkStatus.UNCHECKED, message="not a repository URL")
                continue
            by_repo.setdefault((key[0].lower(), key[1].lower()), []).append(url)
        keys = list(by_repo)
        originals = {k: repo_of(by_repo[k][0]) for k in keys}
        done = [0]
        lock = threading.Lock()

        def one(k: tuple[str, str]) -> tuple[LinkStatus, int | None, str | None, str, bool]:
            result = self._check_repo(*originals[k])
            with lock:
                done[0] += 1
                self.progress("GitHub repositories", done[0], len(keys))
            return result

        answered: dict[tuple[str, str], _Result] = {}
        if self.graphql_url and keys:
            by_original = self._graphql([originals[k] for k in keys])
            answered = {k: by_original[originals[k]] for k in keys if originals[k] in by_original}
            done[0] = len(answered)
            self.progress("GitHub repositories", done[0], len(keys))
        rest = [k for k in keys if k not in answered]
        with ThreadPoolExecutor(max_workers=self.concurrency) as pool:
            answered.update(zip(rest, pool.map(one, rest), strict=True))
        results = [answered[k] for k in keys]
        for key, (status, code, final, message, archived) in zip(keys, results, strict=True):
            for url in by_repo[key]:
                out[url] = LinkCheck(
                    url=url,
                    status=status,
                    http_code=code,
                    final_url=final,
                    message=message,
                    archived=archived,
                    via="github-api",
                )
        return out
