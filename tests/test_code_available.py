"""code-available through real sockets: the Hugging Face source, the fix, the GitHub check;
venue aliases and the venue chain; the evidence cache refusing rows it did not write."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.model import OfficialCode, VenueEvidence
from pipeline.sources.cache import Store
from pipeline.sources.evidencecache import CachedCodeSource, CachedVenueSource
from pipeline.sources.huggingface import HuggingFaceSource, from_page, repository_url
from pipeline.sources.interface import CodeSource, VenueSource
from pipeline.sources.net import RetryPolicy
from pipeline.sources.venuechain import VenueChain
from pipeline.venuenames import canonical
from tests.conftest import CATALOG_REPOS, Server
from tests.support import metadata, servers


@pytest.fixture
def hf() -> Iterator[Server]:
    rec = servers.Recorder()
    with servers.serve(metadata.huggingface_handler(metadata.hf_papers(), rec)) as url:
        yield Server(url, rec)


def retry() -> RetryPolicy:
    return RetryPolicy(sleep=lambda s: None)


# -- the Hugging Face source ------------------------------------------------------------
def test_hf_answers_repository_none_and_not_indexed(hf):
    src = HuggingFaceSource(hf.url, retry=retry())
    out = src.official_code(["2503.15784", "2403.06735", "2501.00001"])
    assert out["2503.15784"].repo_url == "https://github.com/parhamsaremi/rl4med-ddpo"
    assert out["2403.06735"] == OfficialCode("2403.06735")  # indexed, no repository
    assert out["2501.00001"].indexed is False and out["2501.00001"].repo_url is None
    assert hf.recorder.paths == [
        "/api/papers/2503.15784",
        "/api/papers/2403.06735",
        "/api/papers/2501.00001",
    ]
    assert all(h["User-Agent"].startswith("paperlist/") for _, _, h in hf.recorder.requests)


def test_hf_429_waits_retry_after_then_answers(hf):
    hf.recorder.faults = [servers.status(429, "7"), servers.status(503)]
    policy = retry()
    out = HuggingFaceSource(hf.url, retry=policy).official_code(["2307.07837"])
    assert out["2307.07837"].repo_url == "https://github.com/gaojl19/LfVoid"
    assert policy.waits[0] == 7 and len(hf.recorder.requests) == 3


def test_hf_throttled_past_the_retries_is_no_answer(hf):
    hf.recorder.faults = [servers.status(429, "0")] * 4
    out = HuggingFaceSource(hf.url, retry=retry()).official_code(["2307.07837", "2204.10689"])
    assert set(out) == {"2204.10689"}  # the throttled paper is left out, not "no code"


def test_hf_unreachable_is_asked_once():
    with servers.serve(metadata.huggingface_handler({}, servers.Recorder())) as url:
        pass  # the port is closed again
    src = HuggingFaceSource(url, retry=RetryPolicy(max_retries=0, sleep=lambda s: None))
    assert src.official_code(["2307.07837", "2204.10689", "2007.09923"]) == {}
    assert src.requests_sent == 1


@pytest.mark.parametrize(
    "value",
    [
        "https://gitlab.com/a/b",
        "javascript:alert(1)",
        "https://github.com/a/b) [x](https://evil.example",
        "https://github.com/orgs/foo",
        42,
    ],
)
def test_hf_repository_must_be_a_github_repository(value):
    assert repository_url(value) is None
    assert from_page("2307.07837", {"id": "2307.07837", "githubRepo": value}).repo_url is None


def test_hf_repository_url_is_rebuilt():
    assert repository_url(" https://github.com/gaojl19/LfVoid/tree/main ") == (
        "https://github.com/gaojl19/LfVoid"
    )
    assert from_page("2307.07837", {"id": "2401.00001", "githubRepo": "x"}) is None


# -- the rule, fix and GitHub confirmation ---------------------------------------------
def _env(hf_url: str, arxiv: Server, github: Server) -> dict[str, str]:
    return {
        "PAPERLIST_ARXIV_API_URL": arxiv.url,
        "PAPERLIST_ARXIV_DELAY": "0",
        "GITHUB_API_URL": github.url,
        "PAPERLIST_HF_API_URL": hf_url,
    }


def test_fix_writes_confirmed_repositories_only_with_write(
    cli, catalog_copy, arxiv_server, hf, tmp_path
):
    repos = dict(CATALOG_REPOS)
    del repos["gaojl19/lfvoid"]  # Hugging Face names it, GitHub says it is gone
    rec = servers.Recorder()
    with servers.serve(servers.github_handler(repos, {}, rec)) as gh_url:
        github = Server(gh_url, rec)
        listing = catalog_copy / "RL_ImageGeneration.md"
        before = listing.read_text("utf-8")
        env = _env(hf.url, arxiv_server, github)
        diff = cli("fix", str(listing), "--config", str(catalog_copy / "config.yaml"), env=env)
        assert listing.read_text("utf-8") == before  # a diff only
        assert "+  <br>-code:[https://github.com/parhamsaremi/rl4med-ddpo]" in diff.out
        assert "+  <br>-code:[https://github.com/andrew-miao/RPO]" in diff.out
        assert "+    <br>-code:[https://github.com/apple2373/MetaIRNet]" in diff.out
        assert "LfVoid" not in diff.out
        wrote = cli(
            "fix", str(listing), "--config", str(catalog_copy / "config.yaml"), "--write", env=env
        )
        assert wrote.status == 0, wrote.err
        after = listing.read_text("utf-8").splitlines()
    url = "https://github.com/parhamsaremi/rl4med-ddpo"
    assert after[12] == f"  <br>-code:[{url}]({url})"
    assert after[42] == "    <br>-code:none"  # the repository that is gone: untouched
    with servers.serve(servers.github_handler(repos, {}, rec)) as gh_url:
        env = _env(hf.url, arxiv_server, Server(gh_url, rec))
        report = cli(
            "check",
            str(listing),
            "--config",
            str(catalog_copy / "config.yaml"),
            "--format",
            "json",
            env=env,
        )
    left = [f["line"] for f in json.loads(report.out)["findings"] if f["rule"] == "code-available"]
    assert left == []  # the fixed entries are done; the gone repository is never suggested


def test_gone_repository_is_not_suggested(cli, catalog_copy, arxiv_server, hf):
    rec = servers.Recorder()
    with servers.serve(servers.github_handler({}, {}, rec)) as gh_url:
        env = _env(hf.url, arxiv_server, Server(gh_url, rec))
        r = cli("check", "--config", str(catalog_copy / "config.yaml"), "--format", "json", env=env)
    assert not [f for f in json.loads(r.out)["findings"] if f["rule"] == "code-available"]


def test_without_link_checks_the_finding_has_no_fix(cli, catalog_copy, arxiv_server, hf):
    env = {
        "PAPERLIST_ARXIV_API_URL": arxiv_server.url,
        "PAPERLIST_ARXIV_DELAY": "0",
        "PAPERLIST_HF_API_URL": hf.url,
    }
    config = str(catalog_copy / "config.yaml")
    r = cli("check", "--config", config, "--no-links", "--format", "json", env=env)
    found = [f for f in json.loads(r.out)["findings"] if f["rule"] == "code-available"]
    assert len(found) == 4 and all("not confirmed on GitHub" in f["message"] for f in found)
    listing = str(catalog_copy / "RL_ImageGeneration.md")
    fix = cli("fix", listing, "--config", config, "--no-links", env=env)
    assert "rl4med-ddpo" not in fix.out


def test_switched_off_sends_nothing(cli, catalog_copy, arxiv_server, hf, tmp_path):
    config = tmp_path / "off.yaml"
    config.write_text(
        (catalog_copy / "config.yaml")
        .read_text("utf-8")
        .replace("huggingface: true", "huggingface: false")
    )
    env = {"PAPERLIST_ARXIV_API_URL": arxiv_server.url, "PAPERLIST_ARXIV_DELAY": "0"}
    env["PAPERLIST_HF_API_URL"] = hf.url
    listing = str(catalog_copy / "RL_ImageGeneration.md")
    cli("check", listing, "--config", str(config), "--no-links", env=env)
    assert hf.recorder.requests == []


# -- venues: aliases and the chain -------------------------------------------------------
def test_venue_aliases_fold_to_one_name():
    for spelling in (
        "PAMI",
        "TPAMI",
        "T-PAMI",
        "IEEE Trans. Pattern Anal. Mach. Intell.",
        "IEEE Transactions on Pattern Analysis and Machine Intelligence",
    ):
        assert canonical(spelling) == "TPAMI", spelling
    assert canonical("NIPS") == canonical("Advances in Neural Information Processing Systems")
    assert canonical("ECCV") != canonical("International Conference on Computer Vision")


PAMI_LIST = """# Reinforcement learning for image generation
**Reinforcing Generated Images via Meta-learning for One-Shot Fine-Grained Visual Recognition**
<br>-time:2022
<br>-paper:https://arxiv.org/abs/2204.10689
<br>-periodical:PAMI 2022.
"""


def test_dblp_journal_abbreviation_is_no_mismatch(cli, tmp_path, arxiv_server):
    title = "Reinforcing Generated Images via Meta-learning for One-Shot Fine-Grained Visual Recognition"
    hit = {
        "info": {
            "title": title + ".",
            "venue": "IEEE Trans. Pattern Anal. Mach. Intell.",
            "year": "2022",
        }
    }
    rec = servers.Recorder()
    with servers.serve(metadata.dblp_handler({metadata.words(title): [hit]}, rec)) as url:
        (tmp_path / "l.md").write_text(PAMI_LIST)
        (tmp_path / "c.yaml").write_text("venues:\n  dblp: true\ncode:\n  huggingface: false\n")
        env = {
            "PAPERLIST_ARXIV_API_URL": arxiv_server.url,
            "PAPERLIST_ARXIV_DELAY": "0",
            "PAPERLIST_DBLP_URL": url,
        }
        r = cli("check", "l.md", "--config", "c.yaml", "--no-links", "--format", "json", env=env)
        # the same venue in another year is a mismatch
        hit["info"]["year"] = "2021"
        r2 = cli(
            "check",
            "l.md",
            "--config",
            "c.yaml",
            "--no-links",
            "--format",
            "json",
            "--no-cache",
            env=env,
        )
    assert len(rec.requests) == 2
    assert json.loads(r.out)["findings"] == []
    assert [f["rule"] for f in json.loads(r2.out)["findings"]] == ["venue-mismatch"]


class Fixed(VenueSource):
    def __init__(self, answers, fail=False):
        self.answers, self.fail, self.asked = answers, fail, []

    def venues(self, papers):
        self.asked.append(dict(papers))
        if self.fail:
            raise RuntimeError("surprise")
        return {i: self.answers[i] for i in papers if i in self.answers}


def test_chain_fills_the_year_only_for_the_same_venue():
    s2 = Fixed(
        {
            "a": VenueEvidence("ICLR", None, "Semantic Scholar", "ICLR"),
            "b": VenueEvidence("CVPR", None, "Semantic Scholar", "CVPR"),
            "c": VenueEvidence("ECCV", 2024, "Semantic Scholar", "ECCV 2024"),
        }
    )
    dblp = Fixed(
        {
            "a": VenueEvidence("ICLR", 2024, "DBLP", "ICLR 2024"),
            "b": VenueEvidence("ICCV", 2023, "DBLP", "ICCV 2023"),
            "d": VenueEvidence("NIPS", 2019, "DBLP", "NIPS 2019"),
        }
    )
    out = VenueChain((s2, dblp)).venues({"a": "A", "b": "B", "c": "C", "d": "D"})
    assert (out["a"].venue, out["a"].year) == ("ICLR", 2024)
    assert (out["b"].venue, out["b"].year) == ("CVPR", None)  # another venue: S2's stays
    assert out["c"].source == "Semantic Scholar" and out["d"].year == 2019
    assert set(dblp.asked[0]) == {"a", "b", "d"}  # c had its year already


def test_chain_survives_a_failing_source():
    ok = Fixed({"a": VenueEvidence("ICLR", 2024, "DBLP", "ICLR 2024")})
    out = VenueChain((Fixed({}, fail=True), ok)).venues({"a": "A"})
    assert out["a"].year == 2024


# -- the evidence cache ------------------------------------------------------------------
class Counting(CodeSource):
    def __init__(self):
        self.asked: list[list[str]] = []

    def official_code(self, ids):
        ids = list(ids)
        self.asked.append(ids)
        return {"1": OfficialCode("1", "https://github.com/a/b")} if "1" in ids else {}


def test_code_cache_keeps_definite_answers_and_refuses_foreign_rows(tmp_path: Path):
    store = Store(tmp_path, max_age_s=3600)
    inner = Counting()
    cached = CachedCodeSource(inner, store, "hf")
    assert cached.official_code(["1", "2"])["1"].repo_url == "https://github.com/a/b"
    assert CachedCodeSource(inner, store, "hf").official_code(["1", "2"])
    assert inner.asked == [["1", "2"], ["2"]]  # "2" had no answer: asked again
    store.put_many(
        "hf",
        {
            "3": {
                "arxiv_id": "3",
                "repo_url": "https://github.com/a/b) [x](https://e.example",
                "project_url": None,
                "source": "x",
                "indexed": True,
            },
        },
    )
    assert "3" not in CachedCodeSource(None, store, "hf").official_code(["3"])


def test_venue_cache_keeps_no_venue_answers(tmp_path: Path):
    store = Store(tmp_path, max_age_s=3600)
    inner = Fixed({"a": VenueEvidence("ICLR", 2024, "DBLP", "ICLR 2024")})
    inner.answered = {"a", "b"}  # "c" failed
    papers = {"a": "A title", "b": "B title", "c": "C title"}
    assert set(CachedVenueSource(inner, store, "dblp", by_title=True).venues(papers)) == {"a"}
    again = CachedVenueSource(inner, store, "dblp", by_title=True).venues(papers)
    assert set(again) == {"a"} and inner.asked[-1] == {"c": "C title"}
    # another title is another question
    CachedVenueSource(inner, store, "dblp", by_title=True).venues({"a": "Other"})
    assert inner.asked[-1] == {"a": "Other"}
