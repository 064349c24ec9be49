"""Each real-list shape read as its maintainer expects (tests/fixtures/shapes/README.md)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from pipeline.checks import paper_ref
from pipeline.config import Settings
from pipeline.errors import NoEntriesError
from pipeline.model import ArxivRecord
from pipeline.parse import parse_text
from pipeline.run import Sources, run
from tests.conftest import FakeArxivSource

SHAPES = Path(__file__).parent / "fixtures" / "shapes"
NOW = datetime(2026, 11, 28, tzinfo=UTC)


def read(name):
    return parse_text((SHAPES / f"{name}.md").read_text("utf-8"), f"{name}.md").entries


def ids(entries):
    return [paper_ref(e).base_id if paper_ref(e) else None for e in entries]


def rules(name, records=()):
    parsed = parse_text((SHAPES / f"{name}.md").read_text("utf-8"), f"{name}.md")
    src = FakeArxivSource({r.arxiv_id: r for r in records}) if records else None
    settings = Settings(offline=not records, use_cache=False, title_search=False)
    report = run([parsed], settings, Sources(arxiv=src), now=NOW)
    return {(f.rule.value, f.line) for f in report.all_findings if f.rule.value != "unverified"}


def test_star_badge_is_never_the_title():
    (e,) = read("a1")
    assert (e.title, e.year, e.venue) == ("Visual Instruction Tuning", 2023, "NeurIPS")
    assert e.code.url == "https://github.com/haotian-liu/LLaVA"


def test_badges_and_authors_in_the_title_cell():
    pruner, eagle = read("a2")
    assert pruner.title == "LLM-Pruner: On the Structural Pruning of Large Language Models"
    assert (pruner.venue, pruner.year) == ("NeurIPS 2023", 2023)  # from the badge
    assert pruner.paper.url == "https://arxiv.org/abs/2305.11627"
    assert pruner.code.url == "https://github.com/horseee/LLM-Pruner"
    assert paper_ref(eagle) is None  # its title link is a blog


def test_name_column_is_the_short_name():
    r1, reinforce, rpp = read("b")
    assert rpp.short_name == "REINFORCE++"
    assert r1.title.startswith("DeepSeek-R1: Incentivizing") and r1.short_name == "DeepSeek-R1"
    assert reinforce.title.startswith("Simple statistical gradient-following")
    assert reinforce.paper.url == "https://dl.acm.org/doi/10.1007/BF00992696"
    assert rules("b") == set()  # REINFORCE and REINFORCE++ are not duplicates


def test_year_and_venue_from_parent_bullets():
    e = read("c1")
    assert [(x.year, x.venue) for x in e] == [(2025, "CVPR 2025")] * 2 + [(2025, "ICLR 2025")]
    assert e[0].short_name == "PreciseCam"
    assert e[0].title == "PreciseCam: Precise Camera Control for Text-to-Image Generation"


def test_venue_prefix_and_bold_title():
    a, b = read("c2")
    assert a.title == "Collaborative Diffusion for Multi-Modal Face Generation and Editing"
    assert (a.venue, a.year, b.venue) == ("CVPR 2023", 2023, "ICLR 2023")
    assert b.title == "DreamFusion: Text-to-3D using 2D Diffusion"


def test_contents_anchors_are_not_entries():
    (e,) = read("d")
    assert e.year == 2024 and e.title.startswith("HunyuanVideo")


def test_labelled_bare_urls_under_a_bold_title():
    (e,) = read("e")
    assert e.title.startswith("Scaffold-GS")
    assert e.paper.url == "https://arxiv.org/abs/2312.00109"
    assert e.code.url == "https://github.com/city-super/Scaffold-GS"
    assert e.project.url == "https://city-super.github.io/scaffold-gs/"


def test_html_links_in_a_sub_bullet():
    (e,) = read("f1")
    assert e.short_name == "MaskINT" and e.title.startswith("MaskINT: Video Editing via")
    assert (e.venue, e.year) == ("CVPR 2024", 2024)
    assert e.paper.url == "https://arxiv.org/abs/2312.12468"
    assert e.project.url == "https://maskint.github.io/"


def test_html_table():
    (e,) = read("f2")
    assert (e.title, e.year, ids([e])) == ("FGSM", 2015, ["1412.6572"])


def test_date_bullet_is_context_not_a_title():
    e = read("g")
    assert [x.year for x in e] == [2026, 2026]
    assert e[0].title.startswith("Gated DeltaNet-2") and e[1].title.startswith("ACC:")
    assert e[0].code.url == "https://github.com/NVlabs/GatedDeltaNet-2"


def test_arxiv_year_line():
    (e,) = read("h")
    assert e.year == 2022 and e.title == "Understanding Diffusion Models: A Unified Perspective"


def test_year_heading():
    (e,) = read("i")
    assert e.year == 2024 and dict(e.evidence)["year"].startswith("heading")


def test_pub_and_date_column_and_venue_year():
    (e,) = read("j")
    assert (e.venue, e.year) == ("CVPR 2025", 2025)
    # 2411.17440 is a 2024 arXiv paper published at CVPR 2025: not a year mismatch
    assert rules("j") == set()


def test_repository_over_project_page():
    (e,) = read("k")
    assert e.code.url == "https://github.com/bahjat-kawar/time-diffusion"
    assert e.project.url == "https://time-diffusion.github.io/"


def test_arxiv_badge_beats_a_pdf_title_link():
    (e,) = read("l")
    assert ids([e]) == ["2504.08685"]


def test_bullet_above_a_table():
    assert ids(read("m")) == ["2306.13549", "2304.08485"]


def test_product_table_has_no_entries():
    with pytest.raises(NoEntriesError, match="layouts tried"):
        read("n")


def test_cross_listed_paper_is_not_a_duplicate():
    assert len(read("o2")) == 2 and rules("o2") == set()


def test_same_title_different_ids_are_not_duplicates():
    assert ids(read("o")) == ["2305.14671", "2303.07576"] and rules("o") == set()


def test_model_family_shares_a_repository():
    assert rules("p") == set()


def test_broken_badge_link_is_reported():
    (e,) = read("q")
    assert ids([e]) == ["2411.11045"]
    assert ("malformed-link", 3) in rules("q")


def test_short_names_match_arxiv_titles():
    text = "\n".join(
        [
            "| Name | Paper |",
            "|---|---|",
            "| DPOK | [DPOK](https://arxiv.org/abs/2305.16381) |",
            "| AWM | [AWM](https://arxiv.org/abs/2509.25050) |",
            "| TRPO: Trust Region Policy Optimization | [paper](https://arxiv.org/abs/1502.05477) |",
            "| Totally Different Words About Cats And Dogs | [paper](https://arxiv.org/abs/1502.05478) |",
        ]
    )
    recs = [
        ArxivRecord("2305.16381", 1, "DPOK: Reinforcement Learning for Fine-tuning "
                    "Text-to-Image Diffusion Models", ("Y. Fan",), date(2023, 5, 25)),
        ArxivRecord("2509.25050", 1, "Advantage Weighted Matching: Aligning RL with "
                    "Pretraining in Diffusion Models", ("S. Xue",), date(2025, 9, 29)),
        ArxivRecord("1502.05477", 1, "Trust Region Policy Optimization", ("J. Schulman",),
                    date(2015, 2, 19)),
        ArxivRecord("1502.05478", 1, "Some Paper On Quantum Chemistry Of Metals",
                    ("A. B",), date(2015, 2, 19)),
    ]  # fmt: skip
    parsed = parse_text(text, "n.md")
    src = FakeArxivSource({r.arxiv_id: r for r in recs})
    report = run(
        [parsed], Settings(use_cache=False, title_search=False), Sources(arxiv=src), now=NOW
    )
    found = {(f.rule.value, f.line) for f in report.all_findings}
    assert found == {("wrong-paper", 6)}  # only the full title that names another paper
