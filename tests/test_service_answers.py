"""Services that answer wrongly (issue 9): every such answer is ``unverified``, never a
finding of error severity and never an exception that reaches the command line.

Each test plays one wrong answer on a real local server (tests/support/servers.py) and
runs the real client (or the whole CLI) against it.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest

from pipeline.model import ArxivMiss, ArxivRecord, MissReason
from pipeline.sources.arxiv import CANARY_ID, ArxivSource
from pipeline.sources.dblp import DblpSource
from pipeline.sources.net import RetryPolicy
from pipeline.sources.semanticscholar import SemanticScholarSource
from tests.conftest import Server
from tests.support import servers
from tests.support.atom import Paper

REAL = Paper("2301.00001", "Real Paper About Diffusion Policies", ("A. Author",), "2023-01-01")
OTHER = Paper("2301.00002", "A Completely Different Study of Graphs", ("B. Author",), "2023-01-02")
THIRD = Paper("2301.00003", "Yet Another Unrelated Paper on Proteins", ("C. Author",), "2023-01-03")
UNKNOWN = "2301.09999"
CANARY = Paper(CANARY_ID, "Attention Is All You Need", ("Ashish Vaswani",), "2017-06-12")
PARROT = (
    "Parrot: Pareto-optimal Multi-Reward Reinforcement Learning Framework for "
    "Text-to-Image Generation"
)


def no_sleep(**kw: Any) -> RetryPolicy:
    return RetryPolicy(sleep=lambda s: None, **kw)


def arxiv(url: str) -> ArxivSource:
    return ArxivSource(f"{url}/api/query", delay_s=0, retry=no_sleep(max_retries=0))


def entry_list(*rows: tuple[str, str, str]) -> str:
    """A table list: (title, arXiv ID, code URL) per row."""
    head = "| Title | Paper | Code |\n|---|---|---|\n"
    return head + "".join(
        f"| {t} | [paper](https://arxiv.org/abs/{i}) | [code]({c}) |\n" for t, i, c in rows
    )


def rules(out: str) -> list[tuple[str, str]]:
    return [(f["rule"], f["severity"]) for f in json.loads(out)["findings"]]


# -- arXiv ---------------------------------------------------------------------------


def test_same_id_twice_with_different_titles_is_unverified():
    def twice(ids: list[str], found: list[tuple[Paper, int]]) -> list[tuple[Paper, int]]:
        return found + [(replace(p, title="An Impostor Title Nobody Wrote"), v) for p, v in found]

    papers = {REAL.arxiv_id: REAL}  # UNKNOWN is asked too: the feed's count stays plausible
    with servers.serve(servers.arxiv_handler(papers, servers.Recorder(), twice)) as url:
        got = arxiv(url).resolve_all([REAL.arxiv_id, UNKNOWN])[REAL.arxiv_id]
    assert isinstance(got, ArxivMiss) and got.reason is MissReason.UNVERIFIED, got
    assert "twice" in got.detail


def test_same_id_twice_with_the_same_record_is_read():
    papers = {REAL.arxiv_id: REAL}
    dup = servers.arxiv_handler(papers, servers.Recorder(), lambda ids, found: found + found)
    with servers.serve(dup) as url:
        got = arxiv(url).resolve_all([REAL.arxiv_id, UNKNOWN])[REAL.arxiv_id]
    assert isinstance(got, ArxivRecord) and got.title == REAL.title


def test_duplicate_in_the_feed_is_not_a_wrong_paper_in_the_run(cli, tmp_path):
    def twice(ids: list[str], found: list[tuple[Paper, int]]) -> list[tuple[Paper, int]]:
        return found + [(replace(p, title="An Impostor Title Nobody Wrote"), v) for p, v in found]

    papers = {REAL.arxiv_id: REAL}
    (tmp_path / "l.md").write_text(
        entry_list((REAL.title, REAL.arxiv_id, "none"), (THIRD.title, UNKNOWN, "none"))
    )
    with servers.serve(servers.arxiv_handler(papers, servers.Recorder(), twice)) as url:
        env = {"PAPERLIST_ARXIV_API_URL": f"{url}/api/query", "PAPERLIST_ARXIV_DELAY": "0"}
        r = cli("check", "l.md", "--no-links", "--no-cache", "--format", "json", env=env)
    assert ("wrong-paper", "error") not in rules(r.out)
    assert ("unverified", "warning") in rules(r.out)
    assert r.status == 0, r.err


def test_feed_of_other_ids_plus_the_canary_is_unverified_not_not_found():
    papers = {p.arxiv_id: p for p in (REAL, OTHER, THIRD, CANARY)}

    def others(ids: list[str], found: list[tuple[Paper, int]]) -> list[tuple[Paper, int]]:
        # an empty page first; then a page for another paper, with the canary
        return [(OTHER, 1), (CANARY, 1)] if CANARY_ID in ids else []

    with servers.serve(servers.arxiv_handler(papers, servers.Recorder(), others)) as url:
        out = arxiv(url).resolve_all([REAL.arxiv_id, THIRD.arxiv_id])
    for ident in (REAL.arxiv_id, THIRD.arxiv_id):
        got = out[ident]
        assert isinstance(got, ArxivMiss) and got.reason is MissReason.UNVERIFIED, got
        assert "not asked" in got.detail


def test_feed_of_other_ids_is_unverified_in_the_run(cli, tmp_path):
    papers = {p.arxiv_id: p for p in (REAL, OTHER, CANARY)}

    def others(ids: list[str], found: list[tuple[Paper, int]]) -> list[tuple[Paper, int]]:
        return [(OTHER, 1), (CANARY, 1)] if CANARY_ID in ids else [(OTHER, 1)]

    (tmp_path / "l.md").write_text(entry_list((REAL.title, REAL.arxiv_id, "none")))
    with servers.serve(servers.arxiv_handler(papers, servers.Recorder(), others)) as url:
        env = {"PAPERLIST_ARXIV_API_URL": f"{url}/api/query", "PAPERLIST_ARXIV_DELAY": "0"}
        r = cli("check", "l.md", "--no-links", "--no-cache", "--format", "json", env=env)
    assert ("arxiv-not-found", "error") not in rules(r.out)
    assert ("unverified", "warning") in rules(r.out)
    assert r.status == 0, r.err


def test_latest_version_answered_for_v1_is_unverified_not_wrong_paper(cli, tmp_path):
    """The list cites v1's title; asked for ``IDv1,IDv2`` the server answers v3 (twice)."""
    retitled = Paper(
        "2401.00010",
        "Zebra: Scalable Reward Models for Image Synthesis",
        ("Ann Author",),
        "2024-01-02",
        version=3,
        versions={1: "Policy Gradients Make Better Painters", 2: "Policy Gradients Make Better"},
    )

    def latest(ids: list[str], found: list[tuple[Paper, int]]) -> list[tuple[Paper, int]]:
        return [(p, p.version) for p, _ in found]

    rec = servers.Recorder()
    (tmp_path / "l.md").write_text(
        entry_list(("Policy Gradients Make Better Painters", retitled.arxiv_id, "none"))
    )
    with servers.serve(servers.arxiv_handler({retitled.arxiv_id: retitled}, rec, latest)) as url:
        env = {"PAPERLIST_ARXIV_API_URL": f"{url}/api/query", "PAPERLIST_ARXIV_DELAY": "0"}
        r = cli("check", "l.md", "--no-links", "--no-cache", "--format", "json", env=env)
    assert any("id_list=2401.00010v1%2C2401.00010v2" in p for p in rec.paths)
    assert ("wrong-paper", "error") not in rules(r.out)
    [finding] = [f for f in json.loads(r.out)["findings"] if f["rule"] == "unverified"]
    assert "earlier versions" in finding["message"]
    assert r.status == 0, r.err


def test_older_titles_need_the_versions_asked():
    retitled = Paper(
        "2401.00010",
        "Zebra",
        ("Ann Author",),
        "2024-01-02",
        version=3,
        versions={1: "Old Title", 2: "Old Title"},
    )
    honest = servers.arxiv_handler({retitled.arxiv_id: retitled}, servers.Recorder())
    with servers.serve(honest) as url:
        assert arxiv(url).older_titles({"2401.00010": 3}) == {
            "2401.00010": ((1, "Old Title"), (2, "Old Title"))
        }
    only_v1 = servers.arxiv_handler(
        {retitled.arxiv_id: retitled}, servers.Recorder(), lambda ids, found: found[:1]
    )
    with servers.serve(only_v1) as url:
        assert arxiv(url).older_titles({"2401.00010": 3}) == {}  # v2 unknown: not complete


# -- GitHub --------------------------------------------------------------------------


def _swap(answer: dict[str, Any]) -> dict[str, Any]:
    data = answer["data"]
    data["r0"], data["r1"] = data["r1"], data["r0"]
    return answer


def _null_name(answer: dict[str, Any]) -> dict[str, Any]:
    answer["data"]["r0"] = {"nameWithOwner": None, "isArchived": False, "url": None}
    return answer


def _number_name(answer: dict[str, Any]) -> dict[str, Any]:
    answer["data"]["r0"] = {"nameWithOwner": 42, "isArchived": "no"}
    return answer


GRAPHQL_ANSWERS = {
    "swapped aliases": _swap,
    "nameWithOwner null": _null_name,
    "nameWithOwner a number": _number_name,
    "a JSON array": lambda answer: [answer],
    "data a string": lambda answer: {"data": "ok"},
    "a node that is a list": lambda answer: {"data": {"r0": [], "r1": "x"}},
    "JSON null": lambda answer: None,
}


@pytest.mark.parametrize("how", sorted(GRAPHQL_ANSWERS))
def test_wrong_graphql_answers_fall_back_to_rest(cli, tmp_path, arxiv_server: Server, how):
    repos = {n: servers.Repo(n, repo_id=i) for i, n in enumerate(("lab/one", "lab/two"), 1)}
    (tmp_path / "l.md").write_text(
        entry_list(
            (PARROT, "2401.05675", "https://github.com/lab/one"),
            (
                "Subject-driven Text-to-Image Generation via Preference-based "
                "Reinforcement Learning",
                "2407.12164",
                "https://github.com/lab/two",
            ),
        )
    )
    rec = servers.Recorder()
    gh = servers.github_handler(repos, {}, rec, graphql_answer=GRAPHQL_ANSWERS[how])
    with servers.serve(gh) as url:
        env = {
            "PAPERLIST_ARXIV_API_URL": arxiv_server.url,
            "PAPERLIST_ARXIV_DELAY": "0",
            "GITHUB_API_URL": url,
            "GITHUB_TOKEN": "ghp_test",
        }
        r = cli("check", "l.md", "--no-cache", "--format", "json", env=env)
    assert r.status == 0, r.err
    assert rules(r.out) == []  # both repositories exist under their own names
    assert "/repos/lab/one" in [p for m, p, _ in rec.requests if m == "GET"]  # REST confirmed


def test_graphql_rename_to_a_name_not_asked_is_believed(cli, tmp_path, arxiv_server: Server):
    def renamed(answer: dict[str, Any]) -> dict[str, Any]:
        answer["data"]["r0"] = {
            "nameWithOwner": "newlab/one",
            "isArchived": False,
            "url": "https://github.com/newlab/one",
        }
        return answer

    (tmp_path / "l.md").write_text(entry_list((PARROT, "2401.05675", "https://github.com/lab/one")))
    rec = servers.Recorder()
    gh = servers.github_handler({}, {}, rec, graphql_answer=renamed)
    with servers.serve(gh) as url:
        env = {
            "PAPERLIST_ARXIV_API_URL": arxiv_server.url,
            "PAPERLIST_ARXIV_DELAY": "0",
            "GITHUB_API_URL": url,
            "GITHUB_TOKEN": "ghp_test",
        }
        r = cli("check", "l.md", "--no-cache", "--format", "json", env=env)
    [f] = json.loads(r.out)["findings"]
    assert f["rule"] == "code-link-moved" and f["expected"] == "https://github.com/newlab/one"
    assert [m for m, *_ in rec.requests] == ["POST"]


REST_ANSWERS = {
    "full_name null": servers.Answer({"full_name": None, "archived": False}),
    "full_name a number": servers.Answer({"full_name": 7}),
    "a JSON array": servers.Answer([{"full_name": "lab/one"}]),
    "a JSON string": servers.Answer("lab/one"),
    "not JSON": servers.Answer(raw=b"{'full_name': "),
}


@pytest.mark.parametrize("how", sorted(REST_ANSWERS))
def test_wrong_rest_answers_are_unverified(how):
    from pipeline.model import TRANSIENT_STATUSES
    from pipeline.sources.github import GitHubProber

    rec = servers.Recorder()
    with servers.serve(servers.api_handler(lambda m, p, b: REST_ANSWERS[how], rec)) as url:
        out = GitHubProber(url, retry=no_sleep(max_retries=0)).probe_all(
            ["https://github.com/lab/one"]
        )
    check = out["https://github.com/lab/one"]
    assert check.status in TRANSIENT_STATUSES, check
    assert check.final_url is None


# -- Semantic Scholar and DBLP ---------------------------------------------------------

S2_ANSWERS = {
    "publicationVenue a string": [{"publicationVenue": "ICLR"}],
    "journal a list": [{"journal": ["ICLR"]}],
    "alternate_names a string": [{"publicationVenue": {"alternate_names": "ICLR 2024"}}],
    "venue a number": [{"venue": 2024}],
    "item a list": [["ICLR"]],
    "answer an object": {"data": [{"venue": "ICLR 2024"}]},
    "alternate_names holds objects": [{"publicationVenue": {"alternate_names": [{"a": 1}]}}],
}


@pytest.mark.parametrize("how", sorted(S2_ANSWERS))
def test_semantic_scholar_wrong_shapes_are_no_evidence(how):
    answer = servers.Answer(S2_ANSWERS[how])
    with servers.serve(servers.api_handler(lambda m, p, b: answer, servers.Recorder())) as url:
        out = SemanticScholarSource(url, retry=no_sleep()).venues({"2305.13301": ""})
    assert out == {} or all(ev.venue for ev in out.values())


@pytest.mark.parametrize(
    ("venue", "expected"),
    [
        ("SIGGRAPH Asia 2023", ("SIGGRAPH Asia", 2023)),
        ("ACM MM 2024", ("ACM MM", 2024)),
        ("SIGGRAPH Asia", ("SIGGRAPH Asia", None)),
        ("NIPS 2017", ("NeurIPS", 2017)),
    ],
)
def test_semantic_scholar_venue_names_with_spaces(venue, expected):
    answer = servers.Answer([{"venue": venue}])
    with servers.serve(servers.api_handler(lambda m, p, b: answer, servers.Recorder())) as url:
        out = SemanticScholarSource(url, retry=no_sleep()).venues({"2305.13301": ""})
    ev = out["2305.13301"]
    assert (ev.venue, ev.year) == expected


def _dblp(hit: Any) -> servers.Answer:
    return servers.Answer({"result": {"hits": hit}})


TITLE = "Training Diffusion Models with Reinforcement Learning"
DBLP_ANSWERS = {
    "hits a string": _dblp("none"),
    "hit entries not objects": _dblp({"hit": [1, "a", None]}),
    "info a string": _dblp({"hit": [{"info": "x"}]}),
    "result a list": servers.Answer({"result": []}),
    "answer a list": servers.Answer([]),
    "title a list": _dblp({"hit": [{"info": {"title": [TITLE], "venue": "ICLR", "year": "2024"}}]}),
    "venue a list": _dblp({"hit": [{"info": {"title": TITLE, "venue": ["ICLR"], "year": 2024}}]}),
}


@pytest.mark.parametrize("how", sorted(DBLP_ANSWERS))
def test_dblp_wrong_shapes_are_no_evidence(how):
    answer = DBLP_ANSWERS[how]
    with servers.serve(servers.api_handler(lambda m, p, b: answer, servers.Recorder())) as url:
        src = DblpSource(url, retry=no_sleep(), delay_s=0, sleep=lambda s: None)
        out = src.venues({"2305.13301": TITLE})
    assert out == {} or all(ev.venue for ev in out.values())


def test_dblp_two_word_venue():
    hit = {"info": {"title": TITLE + ".", "venue": "SIGGRAPH Asia", "year": "2023"}}
    answer = _dblp({"hit": [hit]})
    with servers.serve(servers.api_handler(lambda m, p, b: answer, servers.Recorder())) as url:
        src = DblpSource(url, retry=no_sleep(), delay_s=0, sleep=lambda s: None)
        ev = src.venues({"2305.13301": TITLE})["2305.13301"]
    assert (ev.venue, ev.year) == ("SIGGRAPH Asia", 2023)


def test_semantic_scholar_two_word_venue_in_the_run(cli, tmp_path, arxiv_server: Server):
    answer = servers.Answer([{"venue": "SIGGRAPH Asia 2023"}])
    (tmp_path / "l.md").write_text(entry_list((PARROT, "2401.05675", "none")))
    with servers.serve(servers.api_handler(lambda m, p, b: answer, servers.Recorder())) as url:
        (tmp_path / "c.yaml").write_text("venues:\n  semantic_scholar: true\n")
        env = {
            "PAPERLIST_ARXIV_API_URL": arxiv_server.url,
            "PAPERLIST_ARXIV_DELAY": "0",
            "PAPERLIST_S2_API_URL": url,
        }
        r = cli(
            "check", "l.md", "--config", "c.yaml", "--no-links", "--no-cache", "--format",
            "json", env=env,
        )  # fmt: skip
    assert r.status in (0, 1), r.err
    assert ("venue-missing", "info") in rules(r.out)
