"""`paperlist add`: a paper written into a list in the list's own layout.

End to end through the CLI against local servers (arXiv Atom, DBLP search, Hugging Face
Papers, GitHub REST), then ``check`` on the result; the layouts of three real lists
(a table, bullets, bold-block paragraphs) through :func:`pipeline.add.plan_add`, each
result read back and checked.

The paper added, 2311.12908, is not in ``seed-papers.json``: its facts below were taken
from its public arXiv abstract page, DBLP record (CVPR 2024) and its Hugging Face paper
page (githubRepo SalesforceAIResearch/DiffusionDPO). Its ``summary`` is a short
description written for this fixture, not the paper's abstract.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from pipeline.add import AddError, PaperFacts, plan_add
from pipeline.checks.context import paper_ref
from pipeline.cli import Deps
from pipeline.config import Settings
from pipeline.model import ArxivRecord, LinkCheck, LinkStatus
from pipeline.run import Sources, read_list, run
from pipeline.sources.arxiv import ArxivSource
from pipeline.sources.dblp import DblpSource
from pipeline.sources.github import GitHubProber
from pipeline.sources.http import HttpLinkProber
from pipeline.sources.huggingface import HuggingFaceSource
from tests.conftest import CATALOG_REPOS, ROOT, FakeArxivSource, FakeProber, record_from
from tests.support import metadata, servers
from tests.support.atom import Paper, seed_papers

DPO = Paper(
    arxiv_id="2311.12908",
    title="Diffusion Model Alignment Using Direct Preference Optimization",
    authors=(
        "Bram Wallace",
        "Meihua Dang",
        "Rafael Rafailov",
        "Linqi Zhou",
        "Aaron Lou",
        "Senthil Purushwalkam",
        "Stefano Ermon",
        "Caiming Xiong",
        "Shafiq Joty",
        "Nikhil Naik",
    ),
    published="2023-11-21",
    categories=("cs.CV", "cs.AI", "cs.GR", "cs.LG"),
    summary=(
        "Adapts Direct Preference Optimization to text-to-image diffusion models "
        "(Diffusion-DPO), fine-tuning image generation on human preference pairs in place "
        "of a reinforcement learning reward model."
    ),
)
DPO_CODE = "https://github.com/SalesforceAIResearch/DiffusionDPO"
DBLP_HITS = {
    metadata.words(DPO.title): [
        {"info": {"title": f"{DPO.title}.", "venue": "CVPR", "year": "2024"}},
        {"info": {"title": f"{DPO.title}.", "venue": "CoRR", "year": "2023"}},
    ]
}
S2_RECORDS = {  # S2 pairs the venue with the arXiv year: the venue year comes from DBLP
    f"ARXIV:{DPO.arxiv_id}": {
        "paperId": "s2-2311.12908",
        "externalIds": {"ArXiv": DPO.arxiv_id},
        "venue": metadata.FULL_NAMES["CVPR"],
        "year": 2023,
        "publicationVenue": {"name": metadata.FULL_NAMES["CVPR"], "type": "conference"},
    }
}
HF_PAGES = {DPO.arxiv_id: {"id": DPO.arxiv_id, "title": DPO.title, "githubRepo": DPO_CODE}}
TOPIC = "text-to-image diffusion models"
"""The paper is on this topic; the real lists are on others (off-topic would say so)."""
REAL = ROOT / "tests" / "fixtures" / "real"


# -- local services ----------------------------------------------------------------
@dataclass
class Services:
    arxiv: str
    dblp: str
    hf: str
    s2: str
    github: str
    recorders: dict[str, servers.Recorder]


@pytest.fixture
def services(web_proxy) -> Iterator[Services]:
    papers = {**seed_papers(), DPO.arxiv_id: DPO}
    repos = dict(CATALOG_REPOS)
    repos[DPO_CODE.removeprefix("https://github.com/").lower()] = servers.Repo(
        DPO_CODE.removeprefix("https://github.com/"), repo_id=99
    )
    rec = {k: servers.Recorder() for k in ("arxiv", "dblp", "hf", "s2", "github")}
    with (
        servers.serve(servers.arxiv_handler(papers, rec["arxiv"])) as arxiv,
        servers.serve(metadata.dblp_handler(DBLP_HITS, rec["dblp"])) as dblp,
        servers.serve(metadata.huggingface_handler(HF_PAGES, rec["hf"])) as hf,
        servers.serve(metadata.s2_handler(S2_RECORDS, rec["s2"])) as s2,
        servers.serve(servers.github_handler(repos, {}, rec["github"])) as github,
    ):
        yield Services(arxiv + "/api/query", dblp, hf, s2, github, rec)


def _add_sources(s: Services) -> Deps:
    """Real sources on the local services (what ``add`` reads: arxiv, venues, code)."""

    def build(settings: Settings, progress: Any) -> Any:
        return SimpleNamespace(
            arxiv=ArxivSource(s.arxiv, delay_s=0),
            venues=DblpSource(s.dblp, sleep=lambda _s: None),
            code=HuggingFaceSource(s.hf),
        )

    return Deps(sources=build)


def _check_sources(s: Services) -> Deps:
    def build(settings: Settings, progress: Any) -> Sources:
        return Sources(
            arxiv=ArxivSource(s.arxiv, delay_s=0),
            github=GitHubProber(s.github),
            http=HttpLinkProber(),
        )

    return Deps(sources=build)


@pytest.fixture
def catalog(tmp_path: Path) -> Path:
    dst = tmp_path / "RL_ImageGeneration.md"
    shutil.copy(ROOT / "catalog" / "RL_ImageGeneration.md", dst)
    (tmp_path / "config.yaml").write_text("lists: [RL_ImageGeneration.md]\n", "utf-8")
    return dst


NEW_CATALOG_ENTRY = """\
+************************************************************************************************************************************
+**Diffusion Model Alignment Using Direct Preference Optimization**
+  <br>-time:2024
+  <br>-paper:https://arxiv.org/pdf/2311.12908
+  <br>-code:https://github.com/SalesforceAIResearch/DiffusionDPO
+  <br>-periodical:CVPR 2024
 ************************************************************************************************************************************
 **Subject-driven Text-to-Image Generation via Preference-based Reinforcement Learning**
"""


# -- the catalog, end to end ------------------------------------------------------
def test_add_prints_the_catalog_entry_as_a_diff(cli, catalog, services):
    before = catalog.read_bytes()
    result = cli("add", "2311.12908", "--list", str(catalog), deps=_add_sources(services))
    assert result.status == 0, result.err
    assert NEW_CATALOG_ENTRY in result.out
    assert result.out.startswith(f"--- a/{catalog}\n+++ b/{catalog}\n@@ -12,6 +12,12 @@")
    assert catalog.read_bytes() == before  # a diff only, nothing written
    # newest first: the 2024 paper goes before the list's first 2024 entry
    assert result.out.index("+**Diffusion") < result.out.index(" **Subject-driven")
    # one request to each service: arXiv, DBLP (venue year), Hugging Face (code)
    assert [len(services.recorders[k].requests) for k in ("arxiv", "dblp", "hf")] == [1, 1, 1]


def test_the_command_with_the_repository_config_and_endpoints(cli, services, tmp_path):
    """No test seam: the catalog's own config.yaml (S2, DBLP and Hugging Face on) and
    the endpoints from the environment, as a maintainer runs it."""
    folder = tmp_path / "catalog"
    folder.mkdir()
    for name in ("RL_ImageGeneration.md", "config.yaml"):
        shutil.copy(ROOT / "catalog" / name, folder / name)
    env = {
        "PAPERLIST_ARXIV_API_URL": services.arxiv,
        "PAPERLIST_ARXIV_DELAY": "0",
        "PAPERLIST_HF_API_URL": services.hf,
        "PAPERLIST_S2_API_URL": services.s2,
        "PAPERLIST_DBLP_URL": services.dblp,
        "PAPERLIST_DBLP_DELAY": "0",
    }
    argv = ("add", "2311.12908", "--list", "catalog/RL_ImageGeneration.md")
    result = cli(*argv, "--config", "catalog/config.yaml", env=env)
    assert result.status == 0, result.err
    assert NEW_CATALOG_ENTRY in result.out
    assert [len(services.recorders[k].requests) for k in ("hf", "s2", "dblp")] == [1, 1, 1]


def test_add_write_then_check_adds_no_finding(cli, catalog, services, tmp_path):
    config = str(tmp_path / "config.yaml")
    check = ("check", str(catalog), "--config", config, "--format", "json", "--no-cache")
    before = json.loads(cli(*check, deps=_check_sources(services)).out)
    url = "https://arxiv.org/abs/2311.12908v2"
    result = cli("add", url, "--list", str(catalog), "--write", deps=_add_sources(services))
    assert result.status == 0, result.err
    assert f"added the paper at {catalog}:16" in result.err
    text = catalog.read_text("utf-8")
    assert "\n".join(x[1:] for x in NEW_CATALOG_ENTRY.splitlines()) in text
    after = json.loads(cli(*check, deps=_check_sources(services)).out)
    assert after["summary"]["entries"] == before["summary"]["entries"] + 1
    new = [e for e in after["entries"] if e["title"] == DPO.title]
    assert [e["status"] for e in new] == ["ok"]

    def shape(report: dict[str, Any]) -> list[tuple[str, str]]:
        return sorted((f["rule"], f["entry_title"]) for f in report["findings"])

    assert shape(after) == shape(before)


def test_adding_a_listed_paper_is_refused(cli, catalog, services):
    before = catalog.read_bytes()
    result = cli("add", "2407.12164", "--list", str(catalog), deps=_add_sources(services))
    assert result.status == 2
    assert result.out == ""
    assert "2407.12164 is already in the list" in result.err
    assert f"{catalog}:16:" in result.err
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert catalog.read_bytes() == before


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("add", "not-an-id"), "is not an arXiv ID or arXiv URL"),
        (("add", "2399.00001"), "cannot be an arXiv ID"),
        (("add", "2311.12908", "--section", "Nope"), "no section 'Nope'"),
        (("add", "2312.99999"), "about 2312.99999"),  # the fake knows no such paper
    ],
)
def test_bad_input_is_one_line_and_exit_2(cli, catalog, services, argv, message):
    result = cli(*argv, "--list", str(catalog), deps=_add_sources(services))
    assert result.status == 2
    assert message in result.err
    assert result.err.count("\n") == 1 and "Traceback" not in result.err


def test_list_comes_from_the_config_when_it_names_one(cli, catalog, services, tmp_path):
    config = str(tmp_path / "config.yaml")
    result = cli("add", "2311.12908", "--config", config, deps=_add_sources(services))
    assert result.status == 0, result.err
    assert "+  <br>-periodical:CVPR 2024\n" in result.out


# -- other layouts (real lists) -----------------------------------------------------
DPO_RECORD = replace(record_from(DPO), summary=DPO.summary)
FACTS = PaperFacts(
    record=DPO_RECORD, venue="CVPR", venue_year=2024, venue_source="DBLP", code=DPO_CODE
)


def _added(name: str, facts: PaperFacts = FACTS, section: str | None = None):
    path = REAL / name / "list.md"
    text = path.read_text("utf-8")
    parsed = read_list(path)
    addition = plan_add(text, parsed, facts, section)
    before, after = text.splitlines(), addition.text.splitlines()
    new_lines = [line for line in after if line not in before]
    again = read_list(path, text=addition.text)
    mine = [e for e in again.entries if (r := paper_ref(e)) and r.base_id == DPO.arxiv_id]
    return parsed, again, mine[0], new_lines, addition


def _no_new_findings(parsed, again) -> None:
    """``check`` (rules on fake sources) finds on the new list what it found before, and
    nothing about the new entry."""
    records: dict[str, ArxivRecord] = {DPO.arxiv_id: DPO_RECORD}
    arxiv = FakeArxivSource(records)
    links = FakeProber({DPO_CODE: LinkCheck(DPO_CODE, LinkStatus.WORKING, 200)})
    sources = Sources(arxiv=arxiv, github=links, http=FakeProber())
    now = datetime(2026, 11, 28, tzinfo=UTC)

    def found(p):
        report = run([p], Settings(title_search=False, topic=TOPIC), sources, now=now)
        return sorted((f.rule.value, f.entry_title) for f in report.all_findings)

    after = found(again)
    assert not [f for f in after if f[1] == DPO.title]
    assert after == found(parsed)


def test_table_row_like_its_neighbours():
    parsed, again, got, new_lines, _ = _added("ga642381__speech-trident")
    assert new_lines == [
        "| 2023-11 | --              | Diffusion Model Alignment Using Direct Preference "
        "Optimization       | [paper](https://arxiv.org/abs/2311.12908) |"
    ]
    assert got.layout == "table" and got.year == 2023
    _no_new_findings(parsed, again)


def test_bullet_item_like_its_neighbours():
    parsed, again, got, new_lines, addition = _added(
        "alison-brie__awesome-medical-image-registration"
    )
    assert new_lines == [
        "* [CVPR 2024] Diffusion Model Alignment Using Direct Preference Optimization "
        "[[pdf]](https://arxiv.org/abs/2311.12908) [[code]](https://github.com/"
        "SalesforceAIResearch/DiffusionDPO)"
    ]
    assert (got.layout, got.venue, got.year, got.code.url) == (
        "bullets",
        "CVPR 2024",
        2024,
        DPO_CODE,
    )
    assert got.section == addition.section
    _no_new_findings(parsed, again)


def test_bold_block_paragraph_like_its_neighbours():
    parsed, again, got, new_lines, _ = _added("wangyongjie-ntu__awesome-explainable-ai")
    assert new_lines == [
        "[Diffusion Model Alignment Using Direct Preference Optimization]"
        "(https://arxiv.org/abs/2311.12908), CVPR 2024"
    ]
    assert got.layout == "bold-blocks" and got.venue == "CVPR 2024"
    _no_new_findings(parsed, again)


def test_section_named_on_the_command_line_is_used():
    _, _, got, _, addition = _added(
        "alison-brie__awesome-medical-image-registration", section="pyramid cnn for registration"
    )
    assert addition.section == got.section == "Pyramid CNN for Registration"


def test_paper_already_in_a_real_list_is_refused():
    path = REAL / "alison-brie__awesome-medical-image-registration" / "list.md"
    listed = ArxivRecord("1802.02604", 1, "Some other title", (), date(2018, 2, 7))
    with pytest.raises(AddError, match=r"1802\.02604 is already in the list"):
        plan_add(path.read_text("utf-8"), read_list(path), PaperFacts(listed))


def test_a_list_without_a_usable_neighbour_is_refused_not_guessed():
    """Rows that carry prose of their own paper (a summary) are never copied."""
    path = REAL / "jun-pu__awesome-quantum-computer-vision" / "list.md"
    with pytest.raises(AddError, match="could serve as a model"):
        plan_add(path.read_text("utf-8"), read_list(path), FACTS)


def test_a_paper_is_never_put_under_another_years_heading(tmp_path):
    """The entry is read back before it is offered: under '## 2022' it would read as 2022."""
    text = (
        "# Papers\n\n## 2022\n\n"
        "- [Denoising Things Quickly](https://arxiv.org/abs/2201.00001) "
        "[[code]](https://github.com/a/denoise)\n"
        "- [Sampling Things Slowly](https://arxiv.org/abs/2202.00002)\n"
    )
    path = tmp_path / "list.md"
    path.write_text(text, "utf-8")
    facts = replace(FACTS, venue=None, venue_year=None)
    with pytest.raises(AddError, match="could serve as a model"):
        plan_add(text, read_list(path), facts)
    with_2023 = text + "\n## 2023\n\n- [Old Paper](https://arxiv.org/abs/2301.00003)\n"
    path.write_text(with_2023, "utf-8")
    addition = plan_add(with_2023, read_list(path), facts)
    assert addition.section == "2023"
    assert addition.text.endswith(
        "- [Old Paper](https://arxiv.org/abs/2301.00003)\n"
        f"- [{DPO.title}](https://arxiv.org/abs/2311.12908)\n"
    )
