"""Proposing the right arXiv ID by title: only when unambiguous."""

from __future__ import annotations

import json
from datetime import date

from pipeline.checks import propose
from pipeline.model import ArxivRecord, PaperEntry
from pipeline.sources.arxiv import ArxivSource

DDPO = ArxivRecord(
    "2305.13301",
    4,
    "Training Diffusion Models with Reinforcement Learning",
    ("Kevin Black",),
    date(2023, 5, 22),
)
B2 = ArxivRecord(
    "2503.11240",
    2,
    "Towards Better Alignment: Training Diffusion Models with Reinforcement Learning Against Sparse Rewards",
    ("Zijing Hu",),
    date(2025, 3, 14),
)


def e(title=DDPO.title, year=2023, authors=()):
    return PaperEntry(path="l.md", line=1, title=title, year=year, authors=authors)


def test_unambiguous_match_needs_title_and_year_or_author():
    assert propose(e(), (B2, DDPO)).match == DDPO
    assert propose(e(year=None, authors=("K. Black",)), (DDPO,)).match == DDPO
    assert propose(e(year=2019), (DDPO,)).match is None  # title alone is not enough
    assert propose(e(year=None), (DDPO,)).match is None


def test_two_papers_with_the_same_title_are_ambiguous():
    twin = ArxivRecord("2401.00001", 1, DDPO.title, ("Someone Else",), date(2023, 1, 5))
    p = propose(e(), (DDPO, twin))
    assert p.match is None and {r.arxiv_id for r in p.candidates} == {"2305.13301", "2401.00001"}


def test_near_titles_are_candidates_not_matches():
    p = propose(
        e(title="Training Diffusion Models with Reinforcement Learning Against Sparse Rewards"),
        (B2, DDPO),
    )
    assert p.match is None


def test_search_through_the_real_client(arxiv_server):
    src = ArxivSource(arxiv_server.url, delay_s=0)
    out = src.search_titles([DDPO.title, "No Such Paper Title At All Anywhere"])
    assert "2305.13301" in {r.arxiv_id for r in out[DDPO.title]}
    assert out["No Such Paper Title At All Anywhere"] == ()
    assert (
        "search_query=ti%3A%22training+diffusion+models+with+reinforcement+learning%22"
        in arxiv_server.recorder.paths[0]
    )


LIST = """# L
**Training Diffusion Models with Reinforcement Learning**
<br>-time:2023
<br>-paper:[https://arxiv.org/abs/2007.09923](https://arxiv.org/abs/2007.09923)
*****
**Parrot: Pareto-optimal Multi-Reward Reinforcement Learning Framework for Text-to-Image Generation**
<br>-time:2024
<br>-paper:none
"""


def test_wrong_and_missing_links_get_the_right_id(cli, tmp_path, arxiv_server):
    (tmp_path / "l.md").write_text(LIST)
    env = {"PAPERLIST_ARXIV_API_URL": arxiv_server.url, "PAPERLIST_ARXIV_DELAY": "0"}
    r = cli("check", "l.md", "--no-links", "--format", "json", env=env)
    by_rule = {f["rule"]: f for f in json.loads(r.out)["findings"]}
    assert by_rule["wrong-paper"]["suggestion"].startswith(
        "link https://arxiv.org/abs/2305.13301 (an arXiv title search"
    )
    assert by_rule["missing-field"]["suggestion"].startswith(
        "link https://arxiv.org/abs/2401.05675"
    )
    searches = [p for p in arxiv_server.recorder.paths if "search_query=ti" in p]
    assert len(searches) == 2


def test_searches_stop_when_arxiv_is_unreachable():
    from pipeline.sources.net import RetryPolicy

    src = ArxivSource(
        "http://arxiv.invalid/api/query", delay_s=0, retry=RetryPolicy(sleep=lambda s: None)
    )
    assert src.search_titles([f"Some Title Number {i}" for i in range(5)]) == {}
    assert src.requests_sent == 1


def test_retitled_paper_is_title_differs_not_wrong_paper(cli, tmp_path):
    from tests.support import servers
    from tests.support.atom import Paper

    # synthetic: a paper whose v1 title was replaced in v3
    p = Paper(
        "2401.00010",
        "Zebra: Scalable Reward Models for Image Synthesis",
        ("Ann Author",),
        "2024-01-02",
        version=3,
        versions={
            1: "Policy Gradients Make Better Painters",
            2: "Policy Gradients Make Better Painters",
        },
    )
    rec = servers.Recorder()
    with servers.serve(servers.arxiv_handler({p.arxiv_id: p}, rec)) as url:
        (tmp_path / "l.md").write_text(
            "**Policy Gradients Make Better Painters**\n<br>-time:2024\n<br>-paper:https://arxiv.org/abs/2401.00010\n"
        )
        env = {"PAPERLIST_ARXIV_API_URL": url + "/api/query", "PAPERLIST_ARXIV_DELAY": "0"}
        r = cli("check", "l.md", "--no-links", "--format", "json", env=env)
    findings = json.loads(r.out)["findings"]
    assert [(f["rule"], f["line"]) for f in findings] == [("title-differs", 1)]
    assert "arXiv v1" in findings[0]["message"] and "retitled by v3" in findings[0]["message"]
    assert len(rec.requests) == 2  # the batch, then v1 and v2 together
    assert "id_list=2401.00010v1%2C2401.00010v2" in rec.paths[1]
    assert r.status == 0
