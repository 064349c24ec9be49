"""Shared fixtures: local fake servers, dict-backed fake sources, a CLI runner."""

from __future__ import annotations

import gc
import io
import shutil
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from pipeline.cli import Deps, main
from pipeline.model import ArxivMiss, ArxivRecord, LinkCheck, LinkStatus, MissReason
from pipeline.sources.interface import LinkProber, MetadataSource
from tests.support import servers
from tests.support.atom import Paper, seed_papers

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "catalog" / "RL_ImageGeneration.md"


@dataclass
class Server:
    """A running fake server: its base URL and what it saw."""

    url: str
    recorder: servers.Recorder


@pytest.fixture
def seed() -> dict[str, Paper]:
    return seed_papers()


@pytest.fixture
def arxiv_server(seed: dict[str, Paper]) -> Iterator[Server]:
    rec = servers.Recorder()
    with servers.serve(servers.arxiv_handler(seed, rec)) as url:
        yield Server(url + "/api/query", rec)


def _seed_repos() -> dict[str, servers.Repo]:
    """Every GitHub repository the seed metadata knows to exist (real data)."""
    import json

    data = json.loads((ROOT / "tests" / "fixtures" / "seed-papers.json").read_text("utf-8"))
    names = [
        k.split("github.com/")[1]
        for k, v in data["code_links"].items()
        if "github.com/" in k and v["exists"]
    ]
    return {n.lower(): servers.Repo(n, repo_id=i) for i, n in enumerate(names, start=1)}


CATALOG_REPOS = _seed_repos()


@pytest.fixture
def github_server() -> Iterator[Server]:
    rec = servers.Recorder()
    with servers.serve(servers.github_handler(dict(CATALOG_REPOS), {}, rec)) as url:
        yield Server(url, rec)


@pytest.fixture
def web_proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    """The link host, as the HTTP proxy for plain links (requests honours HTTP_PROXY)."""
    rec = servers.Recorder()
    pages = {"http://rl-diffusion.github.io": servers.Page(200)}
    with servers.serve(servers.web_handler(pages, rec)) as url:
        monkeypatch.setenv("HTTP_PROXY", url)
        monkeypatch.setenv("http_proxy", url)
        monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
        monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
        yield Server(url, rec)


@pytest.fixture
def web() -> Iterator[tuple[str, dict[str, servers.Page], servers.Recorder]]:
    """A link host on 127.0.0.1 answering ``pages`` (URL -> Page); 404 for the rest."""
    rec = servers.Recorder()
    pages: dict[str, servers.Page] = {}
    with servers.serve(servers.web_handler(pages, rec)) as url:
        yield url, pages, rec


@pytest.fixture
def catalog_copy(tmp_path: Path) -> Path:
    """The catalog copied into a temporary folder (tests never write into the repo)."""
    dst = tmp_path / "catalog"
    dst.mkdir()
    shutil.copy(CATALOG, dst / CATALOG.name)
    shutil.copy(ROOT / "catalog" / "config.yaml", dst / "config.yaml")
    return dst


@dataclass
class Result:
    """The outcome of one CLI call."""

    status: int
    out: str
    err: str


@pytest.fixture(scope="session")
def no_metadata() -> Iterator[dict[str, str]]:
    """Hugging Face, Semantic Scholar and DBLP endpoints that know no paper (one local
    server): the default of every CLI test, so none reaches the real services."""
    from tests.support import metadata

    with servers.serve(metadata.nothing_handler(servers.Recorder())) as url:
        yield {
            "PAPERLIST_HF_API_URL": url,
            "PAPERLIST_S2_API_URL": url,
            "PAPERLIST_DBLP_URL": url,
            "PAPERLIST_DBLP_DELAY": "0",
        }


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_metadata: dict[str, str]):
    """Run ``paperlist`` in-process from tmp_path with an explicit environment."""

    def run(*argv: str, env: Mapping[str, str] | None = None, deps: Deps | None = None) -> Result:
        monkeypatch.chdir(tmp_path)
        out, err = io.StringIO(), io.StringIO()
        base = deps or Deps()
        full_env = {"PAPERLIST_CACHE_DIR": str(tmp_path / "cache"), **no_metadata, **(env or {})}
        d = Deps(sources=base.sources, env=full_env, stdout=out, stderr=err)
        status = main(list(argv), deps=d)
        return Result(status, out.getvalue(), err.getvalue())

    return run


# -- dict-backed fakes for pipeline tests without sockets -----------------------------
@dataclass
class FakeArxivSource(MetadataSource):
    records: dict[str, ArxivRecord] = field(default_factory=dict)
    unverified: dict[str, str] = field(default_factory=dict)
    asked: list[list[str]] = field(default_factory=list)

    def resolve_all(self, ids: Iterable[str]) -> Mapping[str, ArxivRecord | ArxivMiss]:
        ids = list(ids)
        self.asked.append(ids)
        out: dict[str, ArxivRecord | ArxivMiss] = {}
        for i in ids:
            if i in self.records:
                out[i] = self.records[i]
            elif i in self.unverified:
                out[i] = ArxivMiss(i, MissReason.UNVERIFIED, self.unverified[i])
            else:
                out[i] = ArxivMiss(i, MissReason.NOT_FOUND, "not in the fake")
        return out

    def older_titles(self, latest: Mapping[str, int]) -> Mapping[str, tuple[tuple[int, str], ...]]:
        """Every ID asked is answered; the fake knows no earlier titles (none match)."""
        return {i: () for i in latest}


@dataclass
class FakeProber(LinkProber):
    results: dict[str, LinkCheck] = field(default_factory=dict)
    asked: list[str] = field(default_factory=list)

    def probe_all(self, urls: Iterable[str]) -> Mapping[str, LinkCheck]:
        out = {}
        for u in urls:
            self.asked.append(u)
            out[u] = self.results.get(u, LinkCheck(u, LinkStatus.WORKING, 200))
        return out


def record_from(p: Paper) -> ArxivRecord:
    """The ArxivRecord the real source would build for a fixture paper."""
    from datetime import date

    return ArxivRecord(
        arxiv_id=p.arxiv_id,
        version=p.version,
        title=p.title,
        authors=p.authors,
        published=date.fromisoformat(p.published),
        comment=p.comment,
        journal_ref=p.journal_ref,
        categories=p.categories,
    )


INTEGRATION_FIXTURES = frozenset({"installed", "dist", "hooks_repo"})
"""Fixtures that build paperlist or install it into a new environment (seconds each)."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the tests that build or install paperlist as ``integration`` (see pyproject)."""
    for item in items:
        if INTEGRATION_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.integration)


def pytest_collection_finish(session: pytest.Session) -> None:
    """Move what collection built (modules, test items, fixtures' definitions: it lives
    until the session ends) out of the cycle collector's sight: every full collection would
    walk it again. The collector's thresholds are left as they are."""
    gc.freeze()
