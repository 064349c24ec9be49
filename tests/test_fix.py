"""`paperlist fix`: a mergeable diff of only the high-confidence fixes."""

from __future__ import annotations

import json
import os
import stat

from pipeline.fixes import plan
from pipeline.model import Finding, Rule, Severity
from tests.conftest import CATALOG
from tests.support import servers


def env(arxiv_server, github_server, tmp_path):
    return {
        "PAPERLIST_ARXIV_API_URL": arxiv_server.url,
        "PAPERLIST_ARXIV_DELAY": "0",
        "GITHUB_API_URL": github_server.url,
        "PAPERLIST_CACHE_DIR": str(tmp_path / "cache"),
    }


def changed_lines(diff: str) -> list[str]:
    return [ln for ln in diff.splitlines() if ln[:1] in "+-" and not ln.startswith(("+++", "---"))]


def test_catalog_diff_and_write(cli, tmp_path, arxiv_server, github_server, web_proxy):
    lst = tmp_path / "l.md"
    lst.write_text(CATALOG.read_text("utf-8"))
    os.chmod(lst, 0o640)
    e = env(arxiv_server, github_server, tmp_path)
    r = cli("fix", "l.md", env=e)
    assert r.status == 0 and r.out.startswith("--- a/l.md\n+++ b/l.md\n")
    minus = [ln for ln in changed_lines(r.out) if ln.startswith("-")]
    plus = [ln for ln in changed_lines(r.out) if ln.startswith("+")]
    assert len(minus) == len(plus) == 5
    assert (
        "+  <br>-paper:[https://arxiv.org/pdf/2503.11240](https://arxiv.org/pdf/2503.11240)" in plus
    )
    assert lst.read_text() == CATALOG.read_text("utf-8")  # without --write nothing changes
    r = cli("fix", "l.md", "--write", env=e)
    assert "applied 5 fix(es)" in r.err
    assert stat.S_IMODE(os.stat(lst).st_mode) == 0o640
    after = cli("check", "l.md", "--format", "json", env=e)
    rules = {f["rule"] for f in json.loads(after.out)["findings"]}
    assert "link-text-mismatch" not in rules
    assert {"placeholder-link", "year-mismatch"} <= rules  # not sure enough to fix
    assert not list(tmp_path.glob(".l.md.*.tmp"))
    assert cli("fix", "l.md", env=e).out.startswith("paperlist: nothing in l.md")


TABLE = """| Title | Paper | Code |
|---|---|---|
| Parrot: Pareto-optimal Multi-Reward Reinforcement Learning Framework for Text-to-Image Generation | [![arXiv](https://img.shields.io/badge/arXiv-2403.06735-b31b1b.svg)](https://arxiv.org/abs/2401.05675) | [code](https://github.com/old/parrot) |
| Training Diffusion Models with Reinforcement Learning | [paper](https://arxiv.org/abs/2007.09923) | - |
"""


def test_badge_moved_repo_and_wrong_link(cli, tmp_path, arxiv_server):
    rec = servers.Recorder()
    repos = {"new/parrot": servers.Repo("new/parrot", repo_id=9)}
    with servers.serve(servers.github_handler(repos, {"old/parrot": 9}, rec)) as gh:
        (tmp_path / "t.md").write_text(TABLE)
        e = {
            "PAPERLIST_ARXIV_API_URL": arxiv_server.url,
            "PAPERLIST_ARXIV_DELAY": "0",
            "GITHUB_API_URL": gh,
        }
        r = cli("fix", "t.md", env=e)
    plus = [ln for ln in changed_lines(r.out) if ln.startswith("+")]
    assert len(plus) == 1  # both fixes are on the first row
    assert (
        "arXiv-2401.05675-b31b1b.svg)](https://arxiv.org/abs/2401.05675)" in plus[0]
    )  # badge now names the target
    assert "[code](https://github.com/new/parrot)" in plus[0]  # moved repository
    # wrong paper: an arXiv title search found the right one unambiguously (year unknown
    # in this table, so no fix: the proposal needs the year or the first author)
    assert "2007.09923" not in "".join(plus)


def finding(line, old, new):
    return Finding(
        Rule.LINK_TEXT_MISMATCH, Severity.ERROR, "l.md", line, "t", "paper", "m", fix=(old, new)
    )


def test_plan_touches_only_exact_text():
    text = "a [x](u) [x](u)\nb [y](v)\nc\n"
    fixed, edits = plan(
        text,
        [finding(1, "[x](u)", "[u](u)"), finding(2, "[y](v)", "[v](v)"), finding(3, "zz", "q")],
    )
    assert fixed == "a [x](u) [x](u)\nb [v](v)\nc\n"  # line 1 ambiguous (twice), line 3 absent
    assert [ed.line for ed in edits] == [2]
