"""Each rule firing and not firing, through run() with dict-backed fake sources."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from pipeline.config import Settings
from pipeline.model import ArxivRecord, LinkCheck, LinkStatus, Rule, Severity
from pipeline.parse import parse_text
from pipeline.run import Sources, run
from tests.conftest import FakeArxivSource, FakeProber

NOW = datetime(2026, 11, 28, tzinfo=UTC)
A = ArxivRecord(
    "2305.13301",
    4,
    "Training Diffusion Models with Reinforcement Learning",
    ("Kevin Black",),
    date(2023, 5, 22),
)
B = ArxivRecord(
    "2007.09923",
    1,
    "Incorporating Reinforced Adversarial Learning in Autoregressive Image Generation",
    ("Kenan E. Ak",),
    date(2020, 7, 20),
)
C = ArxivRecord(
    "2204.10689",
    1,
    "Reinforcing Generated Images via Meta-learning for One-Shot Fine-Grained Visual Recognition",
    ("Satoshi Tsutsui",),
    date(2022, 4, 22),
    journal_ref="IEEE TPAMI 2023",
)


def entry(
    title="Training Diffusion Models with Reinforcement Learning",
    time="2023",
    paper="https://arxiv.org/abs/2305.13301",
    code="none",
    venue="none",
):
    lines = [f"**{title}**"] if title is not None else []
    for name, value in (("time", time), ("paper", paper), ("code", code), ("periodical", venue)):
        if value is not None:
            lines.append(f"  <br>-{name}:{value}")
    return "\n".join(lines)


def check(*entries, records=(A, B, C), links=None, settings=None, offline=False):
    text = "# L\n" + "\n*****\n".join(entries) + "\n"
    parsed = parse_text(text, "l.md")
    settings = settings or Settings()
    if offline:
        settings = replace(settings, offline=True)
        sources = Sources()
    else:
        prober = FakeProber(dict(links or {}))
        sources = Sources(FakeArxivSource({r.arxiv_id: r for r in records}), prober, prober)
    report = run([parsed], settings, sources, now=NOW)
    return [(f.rule.value, f.line, f.severity.value) for f in report.all_findings], report


def rules(*a, **k):
    return {r for r, _, _ in check(*a, **k)[0]}


def test_correct_entry_has_no_findings():
    assert check(entry())[0] == []


def test_link_text_names_other_paper_target_is_right():
    found, report = check(
        entry(paper="[https://arxiv.org/pdf/2007.09923](https://arxiv.org/pdf/2305.13301)")
    )
    assert found == [("link-text-mismatch", 4, "error")]
    assert "the target is this entry's paper" in report.all_findings[0].message


def test_link_text_right_target_wrong_gives_wrong_paper_with_suggestion():
    found, report = check(
        entry(paper="[https://arxiv.org/abs/2305.13301](https://arxiv.org/abs/2007.09923)")
    )
    assert {r for r, *_ in found} == {"link-text-mismatch", "wrong-paper"}
    by_rule = {f.rule: f for f in report.all_findings}
    assert "the text names this entry's paper" in by_rule[Rule.LINK_TEXT_MISMATCH].message
    assert (
        by_rule[Rule.WRONG_PAPER].suggestion
        == "link https://arxiv.org/abs/2305.13301 (the paper the link text names)"
    )


@pytest.mark.parametrize(
    "paper",
    [
        "[https://arxiv.org/abs/2305.13301v2](https://arxiv.org/pdf/2305.13301.pdf)",
        "[arXiv:2305.13301](https://arxiv.org/abs/2305.13301)",
        "[paper](https://arxiv.org/abs/2305.13301)",
        "[https://arxiv.org/abs/2305.13301/](http://arxiv.org/abs/2305.13301)",
    ],
)
def test_same_paper_in_text_and_target_is_fine(paper):
    assert check(entry(paper=paper))[0] == []


def test_code_link_text_url_differs_from_target():
    found = rules(entry(code="[https://github.com/a/one](https://github.com/a/two)"))
    assert found == {"link-text-mismatch"}


def test_placeholder_link_fires_only_for_placeholder_text():
    assert rules(entry(code="[none](https://github.com/a/b)")) == {"placeholder-link"}
    assert rules(entry(code="[code](https://github.com/a/b)")) == set()
    assert rules(entry(code="N/A")) == set()


def test_missing_fields():
    found = check(entry(time=None), entry(paper=None, title="Other paper"), entry(title=None))[0]
    assert ("missing-field", 2, "warning") in found  # no year: the title line
    assert ("missing-field", 7, "warning") in found  # no paper link
    assert ("missing-field", 12, "warning") in found  # no title: its first field line
    assert rules(entry(time="soon")) == {"missing-field"}
    assert rules(entry(paper="none")) == {"missing-field"}


def test_paper_link_not_on_arxiv_is_not_missing():
    assert rules(entry(paper="https://openreview.net/forum?id=YCWjhGrJFD")) == set()


def test_malformed_id_is_never_sent():
    found, _ = check(entry(paper="https://arxiv.org/abs/2313.13301"))
    assert found == [("malformed-arxiv-id", 4, "error")]


def test_arxiv_not_found_only_when_confirmed():
    assert rules(entry(paper="https://arxiv.org/abs/2301.99999", time="2023")) == {
        "arxiv-not-found"
    }
    src = FakeArxivSource(
        {}, unverified={"2305.13301": "arXiv API answered HTTP 503 (after retries)"}
    )
    report = run(
        [parse_text(entry(), "l.md")], Settings(), Sources(src, FakeProber(), FakeProber()), now=NOW
    )
    assert [(f.rule.value, f.severity.value) for f in report.all_findings] == [
        ("unverified", "warning")
    ]
    assert "503" in report.all_findings[0].message


def test_wrong_paper_suppresses_title_and_year_rules():
    found = check(
        entry(
            title="Subject-driven Text-to-Image Generation via Preference-based Reinforcement Learning",
            time="2019",
        )
    )[0]
    assert found == [("wrong-paper", 4, "error")]


def test_title_differs():
    found, report = check(entry(title="Training Diffusion Model with Reinforcement Learning"))
    assert found == [("title-differs", 2, "warning")]
    assert report.all_findings[0].expected == A.title


def test_year_rules():
    assert rules(entry(time="2024")) == {"year-mismatch"}  # no blanket +-1
    assert rules(entry(time="2024", venue="ICLR 2024")) == set()  # a venue year
    assert rules(entry(time="2024", venue="ICLR'24")) == set()
    c = entry(
        title=C.title, paper="https://arxiv.org/abs/2204.10689", time="2023", venue="TPAMI 2023"
    )
    assert rules(c) == set()  # journal_ref says 2023
    c = entry(
        title=C.title, paper="https://arxiv.org/abs/2204.10689", time="2021", venue="TPAMI 2023"
    )
    assert rules(c) == {"year-mismatch"}


def test_year_checked_offline_from_the_id():
    found = check(entry(time="2021"), offline=True)[0]
    assert ("year-mismatch", 3, "warning") in found
    found = check(entry(time="2023"), offline=True)[0]
    assert not any(r == "year-mismatch" for r, *_ in found)


def test_an_older_paper_put_on_arxiv_later_is_left_to_its_record():
    """``1998`` for ``1301.7412`` (UAI 1998, put on arXiv in 2013): offline, only the ID's
    year is known, so a year well before it is not called wrong; two years before it is,
    and online the record decides."""
    old = entry(time="1998", paper="https://arxiv.org/abs/2305.13301")
    assert not any(r == "year-mismatch" for r, *_ in check(old, offline=True)[0])
    assert ("year-mismatch", 3, "warning") in check(entry(time="2021"), offline=True)[0]
    assert "year-mismatch" in rules(old)


def test_the_year_just_before_the_ids_at_a_named_venue_is_left_to_the_record_offline():
    """``TPAMI``, ``2019`` for ``2002.02295`` (a journal's paper put on arXiv after it
    appeared): offline the ID cannot tell it from a wrong year, so the record decides (online);
    a preprint cannot predate its ID, and with no venue the year stays reported."""
    published = entry(time="2022", venue="TPAMI")  # 2305.13301: first submitted 2023
    assert not any(r == "year-mismatch" for r, *_ in check(published, offline=True)[0])
    assert "year-mismatch" in rules(published)
    for venue in ("none", "arXiv", "CoRR"):
        listed = entry(time="2022", venue=venue)
        assert ("year-mismatch", 3, "warning") in check(listed, offline=True)[0], venue


def test_before_2007_any_earlier_year_is_left_to_the_record_offline():
    """``cond-mat/9805244`` (Physical Review E 1995, on arXiv in 1998): papers of the old
    archives were often put there years after they appeared."""
    old = entry(time="1995", paper="https://arxiv.org/abs/cond-mat/9805244")
    assert not any(r == "year-mismatch" for r, *_ in check(old, offline=True)[0])
    later = entry(time="2005", paper="https://arxiv.org/abs/cond-mat/9805244")
    assert ("year-mismatch", 3, "warning") in check(later, offline=True)[0]  # not a lag either


@pytest.mark.parametrize(
    ("check_result", "expected"),
    [
        (LinkCheck("u", LinkStatus.BROKEN, 404, message="HTTP 404"), {"code-link-broken"}),
        (
            LinkCheck("u", LinkStatus.REDIRECTED, 301, "https://github.com/new/name", "moved"),
            {"code-link-moved"},
        ),
        (LinkCheck("u", LinkStatus.WORKING, 200, archived=True), {"code-repo-archived"}),
        (
            LinkCheck("u", LinkStatus.RATE_LIMITED, 429, message="HTTP 429 (after retries)"),
            {"unverified"},
        ),
        (LinkCheck("u", LinkStatus.TIMEOUT, message="timed out"), {"unverified"}),
        (LinkCheck("u", LinkStatus.BLOCKED, 403, message="HTTP 403"), {"unverified"}),
        (LinkCheck("u", LinkStatus.UNAVAILABLE, 503, message="HTTP 503"), {"unverified"}),
        (LinkCheck("u", LinkStatus.WORKING, 200), set()),
    ],
)
def test_code_link_outcomes(check_result, expected):
    url = "https://github.com/jannerm/ddpo"
    assert rules(entry(code=url), links={url: replace(check_result, url=url)}) == expected


def test_code_link_not_repository():
    assert rules(entry(code="http://rl-diffusion.github.io")) == {"code-link-not-repository"}
    assert rules(entry(code="https://github.com/jannerm")) == {"code-link-not-repository"}
    assert rules(entry(code="https://gitlab.com/a/b")) == set()


def test_duplicates_by_id_and_title():
    found = check(entry(), entry(title="Something else entirely about cats"))[0]
    assert ("duplicate-entry", 8, "warning") in found
    found = check(entry(), entry(paper="https://openreview.net/forum?id=x"))[0]
    assert ("duplicate-entry", 8, "warning") in found
    assert not any(r == "duplicate-entry" and line == 2 for r, line, _ in found)


def test_one_title_years_apart_or_a_byline_is_no_duplicate():
    """Two editions of a workshop (2020, 2022) share a title, and ``Bain et al.`` in the
    title's place names two papers by one author; a preprint and its venue a year apart
    (2022, 2023) are still one paper listed twice."""
    other = "https://openreview.net/forum?id=x"
    apart = check(entry(time="2020"), entry(time="2022", paper=other))[0]
    assert not any(r == "duplicate-entry" for r, _, _ in apart)
    close = check(entry(time="2022"), entry(time="2023", paper=other))[0]
    assert ("duplicate-entry", 8, "warning") in close
    same_link = check(entry(time="2020", paper=other), entry(time="2023", paper=other))[0]
    assert ("duplicate-entry", 8, "warning") in same_link  # review 829 (F3): one link
    byline = check(entry(title="Bain et al."), entry(title="Bain et al.", paper=other))[0]
    assert not any(r == "duplicate-entry" for r, _, _ in byline)


def test_one_paper_linked_two_ways_years_apart_is_still_a_duplicate():
    """Review 829 (F3): the OpenReview forum and its PDF, or one address with and without
    ``https://www.``, are one paper whatever years the two entries give."""
    forum, pdf = "https://openreview.net/forum?id=x1", "http://openreview.net/pdf?id=x1"
    found = check(entry(time="2019", paper=forum), entry(time="2023", paper=pdf))[0]
    assert ("duplicate-entry", 8, "warning") in found
    a, b = "https://www.example.org/paper/", "http://example.org/paper"
    assert ("duplicate-entry", 8, "warning") in check(entry(paper=a), entry(time="2020", paper=b))[
        0
    ]
    other = "https://openreview.net/pdf?id=x2"
    found = check(entry(time="2019", paper=forum), entry(time="2023", paper=other))[0]
    assert not any(r == "duplicate-entry" for r, _, _ in found)


def test_only_a_bylines_et_al_is_left_out_of_a_titles_words():
    """Review 829 (F8): ``AL Sampling Methods`` has three words; ``et``/``al`` are dropped
    only from a byline (``Chen et al.``)."""
    other = "https://openreview.net/forum?id=x"
    title = "AL Sampling Methods"
    found = check(entry(title=title), entry(title=title, paper=other))[0]
    assert ("duplicate-entry", 8, "warning") in found


def test_severity_overrides_and_off():
    sev = dict(Settings().severities)
    sev[Rule.PLACEHOLDER_LINK] = Severity.ERROR
    sev[Rule.CODE_LINK_NOT_REPOSITORY] = Severity.OFF
    s = Settings(severities=sev)
    found = check(entry(code="[none](http://rl-diffusion.github.io)"), settings=s)[0]
    assert found == [("placeholder-link", 5, "error")]


def test_arxiv_asked_once_for_targets_and_text_ids():
    src = FakeArxivSource({A.arxiv_id: A, B.arxiv_id: B})
    text = (
        entry(paper="[https://arxiv.org/abs/2007.09923](https://arxiv.org/abs/2305.13301)")
        + "\n***\n"
        + entry()
    )
    run([parse_text(text, "l.md")], Settings(), Sources(src, FakeProber(), FakeProber()), now=NOW)
    assert src.asked == [["2305.13301", "2007.09923"]]


def test_venue_missing_and_mismatch_from_journal_ref():
    c = dict(title=C.title, paper="https://arxiv.org/abs/2204.10689", time="2022")
    found, report = check(entry(**c, venue="none"))
    assert found == [("venue-missing", 6, "info")]
    assert report.all_findings[0].expected == "TPAMI 2023"
    assert rules(entry(**c, venue="PAMI 2023")) == set()  # alias
    assert rules(entry(**c, venue="CVPR 2023")) == {"venue-mismatch"}
    assert rules(entry(**c, venue="TPAMI 2021")) == {"venue-mismatch"}
    assert rules(entry(**c, venue="Some Workshop")) == set()  # unreadable: no claim


@pytest.mark.parametrize(
    ("comment", "fires"),
    [
        ("Accepted to ICLR 2024 (oral)", True),
        ("Camera-ready version for NeurIPS 2023", True),
        ("Submitted to CVPR 2024", False),
        ("Under review at ICLR 2025", False),
        ("12 pages, 5 figures", False),
    ],
)
def test_venue_from_comment_needs_a_positive_cue(comment, fires):
    rec = replace(A, comment=comment)
    assert (rules(entry(), records=(rec,)) == {"venue-missing"}) is fires


def test_shared_code_link():
    other = entry(
        title=B.title,
        time="2020",
        paper="https://arxiv.org/abs/2007.09923",
        code="https://github.com/jannerm/ddpo/",
    )
    found = check(entry(code="https://github.com/jannerm/ddpo"), other)[0]
    assert ("shared-code-link", 11, "warning") in found  # the second entry's code line
    # the same paper twice is a duplicate, not a shared code link
    found = check(
        entry(code="https://github.com/jannerm/ddpo"), entry(code="https://github.com/jannerm/ddpo")
    )[0]
    assert not any(r == "shared-code-link" for r, *_ in found)


GNN = ArxivRecord(
    "2301.00002",
    1,
    "Graph Neural Networks for Molecular Property Prediction",
    ("X",),
    date(2023, 1, 3),
    categories=("q-bio.QM",),
    summary="Message passing on molecules predicts solubility.",
)


def test_off_topic_is_conservative(seed):
    from tests.conftest import record_from

    topic = Settings(topic="reinforcement learning for image generation")
    gnn = entry(title=GNN.title, paper="https://arxiv.org/abs/2301.00002", time="2023")
    found, report = check(gnn, records=(GNN,), settings=topic)
    assert found == [("off-topic", 2, "info")]
    assert "missing: reinforcement, learning, image, generation" in report.all_findings[0].message
    assert "q-bio.QM" in report.all_findings[0].message
    # every paper of the catalog fits its own heading and description
    from pipeline.parse import parse_text
    from tests.conftest import CATALOG

    parsed = parse_text(CATALOG.read_text("utf-8"), "c.md")
    src = FakeArxivSource({i: record_from(p) for i, p in seed.items()})
    rep = run([parsed], Settings(), Sources(src, FakeProber(), FakeProber()), now=NOW)
    assert not any(f.rule is Rule.OFF_TOPIC for f in rep.all_findings)


def test_off_topic_uses_the_list_heading_without_config():
    text = "# Reinforcement Learning for Image Generation\n\n" + entry(
        title=GNN.title, paper="https://arxiv.org/abs/2301.00002", time="2023"
    )
    parsed = parse_text(text, "l.md")
    src = FakeArxivSource({GNN.arxiv_id: GNN})
    rep = run([parsed], Settings(), Sources(src, FakeProber(), FakeProber()), now=NOW)
    assert [f.rule for f in rep.all_findings] == [Rule.OFF_TOPIC]


@pytest.mark.parametrize(
    "title",
    ["Black, Kevin, et al.", "K. Black, M. Janner, Y. Du, and I. Kostrikov.",
     "Kevin Black, Michael Janner, Yilun Du, Ilya Kostrikov"],
)  # fmt: skip
def test_authors_read_as_the_title_are_no_evidence_of_another_paper(title):
    """A misread (the authors taken for the title) must not become a wrong-paper error."""
    assert not rules(entry(title=title)) & {"wrong-paper", "title-differs"}


def test_a_title_with_commas_is_still_compared():
    found = rules(
        entry(title="Attend, Infer, Repeat: Fast Scene Understanding with Generative Models")
    )
    assert "wrong-paper" in found


def test_a_plain_line_away_from_its_link_is_no_evidence_of_another_paper():
    """A title read from a plain line above a bare ``[Paper](url)`` (a description under a
    heading) is too weak to call the link another paper: ``title-differs`` at most. The
    same words beside the link still make ``wrong-paper``."""
    other = "Subject-driven Text-to-Image Generation via Preference-based Reinforcement Learning"
    apart = f"### DDPO\n\n{other}\n\n[Paper](https://arxiv.org/abs/2305.13301)\n"
    beside = f"- {other} [Paper](https://arxiv.org/abs/2305.13301)\n"
    assert "wrong-paper" not in rules(apart)
    assert "title-differs" in rules(apart)
    assert "wrong-paper" in rules(beside)


def test_a_task_in_an_unnamed_first_column_is_no_evidence_of_another_paper():
    # ``| Track online 3D reconstruction | [CUT3R](arxiv), [Spann3R](arxiv) |``: the row's
    # text is a task, not the paper's title; no wrong-paper error, a title-differs at most
    table = (
        "| Goal | Representative works |\n|---|---|\n"
        "| Generate simulation-ready assets from images | [TripoSR](https://arxiv.org/abs/2305.13301),"
        " [ArtGS](https://arxiv.org/abs/2007.09923) |\n"
    )
    [e] = parse_text("# L\n" + table, "l.md").entries
    assert dict(e.evidence)["title"].startswith("first text column")
    assert "wrong-paper" not in {r for r, _, _ in check(table)[0]}


def test_two_authors_read_as_the_title_are_no_evidence_of_another_paper():
    assert "wrong-paper" not in rules(entry(title="Xuanhe Zhou, Xinyang Zhao"))
    assert "wrong-paper" in rules(entry(title="Segment Anything, Anywhere in Vision"))


def test_text_beside_a_link_that_names_the_paper_is_no_evidence_of_another_paper():
    """``David Ha and Douglas Eck - [Title](arxiv)``: the link's own text is arXiv's title,
    so the text the reader took for the title (the authors) makes no ``wrong-paper``; a link
    whose text names another paper still does."""
    right = (
        "- Kevin Black and Michael Janner - [Training Diffusion Models with Reinforcement "
        "Learning](https://arxiv.org/abs/2305.13301)\n"
    )
    other = (
        "- Kevin Black and Michael Janner - [Reinforcing Generated Images via Meta-learning]"
        "(https://arxiv.org/abs/2305.13301)\n"
    )
    assert parse_text(right, "l.md").entries[0].title == "Kevin Black and Michael Janner"
    assert "wrong-paper" not in rules(right)
    assert "wrong-paper" in rules(other)


def test_a_real_title_beside_a_link_to_another_paper_is_still_wrong_paper():
    """``**Title** [Another paper's title](arxiv)``: the link's text is arXiv's, but the
    title beside it is a real title, not authors: the list links the wrong paper."""
    text = (
        "- **Subject-driven Text-to-Image Generation via Preference-based Learning** "
        "[Training Diffusion Models with Reinforcement Learning](https://arxiv.org/abs/2305.13301)\n"
    )
    assert "wrong-paper" in rules(text)
