"""Code links: server text is never trusted as a fix, and non-web code links are reported.

``code-link-moved`` carries the redirect target (a ``Location`` header, or a GitHub
repository's ``html_url``/``full_name``). Only a same-site move becomes an automatic fix;
everything else is reported for a person. A code link that is not http(s) is a
``malformed-link`` and is never fetched.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from pipeline import urls
from pipeline.config import Settings
from pipeline.fixes import plan
from pipeline.model import ArxivRecord, LinkCheck, LinkStatus, Rule
from pipeline.parse import parse_text
from pipeline.run import Sources, run
from tests.conftest import FakeArxivSource, FakeProber, Server
from tests.support import servers

NOW = datetime(2026, 11, 28, tzinfo=UTC)
OLD = "https://github.com/jannerm/ddpo"
A = ArxivRecord(
    "2305.13301",
    4,
    "Training Diffusion Models with Reinforcement Learning",
    ("Kevin Black",),
    date(2023, 5, 22),
)


def entry(code: str) -> str:
    """One entry in the catalog's layout (its code field: line 5 of the list)."""
    return (
        f"**{A.title}**\n  <br>-time:2023\n  <br>-paper:https://arxiv.org/abs/2305.13301\n"
        f"  <br>-code:{code}\n  <br>-periodical:none"
    )


# -- safe_replacement: the one decision ------------------------------------------------

SAFE = [
    ("https://github.com/a/b", "https://github.com/c/d"),  # repository renamed/transferred
    ("https://github.com/a/b", "https://github.com/A/B"),  # case only
    ("http://github.com/a/b", "https://github.com/c/d"),
    ("https://www.github.com/a/b", "https://github.com/a/b-renamed"),
    ("https://github.com/a/b/tree/main/src", "https://github.com/c/d"),
    ("http://proj.example/code", "https://proj.example/code"),  # adds https
    ("https://proj.example/code", "https://proj.example/code/"),  # adds a slash
    ("https://proj.example", "https://proj.example/"),
    ("https://proj.example/code", "https://www.proj.example/code"),  # adds www.
    ("https://www.proj.example/code", "https://proj.example/code"),
    ("https://Proj.Example/Code", "https://proj.example/code"),  # case only
    ("http://proj.example/a?x=1", "https://www.proj.example/a/?x=1"),
]

UNSAFE = [
    ("https://github.com/a/b", "https://github.com/a/b"),  # nothing to do
    ("https://github.com/a/b", "https://gitlab.com/a/b"),  # another host
    ("https://github.com/a/b", "https://evil.example/a/b"),
    ("https://github.com/a/b", "https://github.com.evil.example/c/d"),
    ("https://github.com/a/b", "https://github.com/login?return_to=%2Fa%2Fb"),
    ("https://github.com/a/b", "https://github.com/orgs/c"),
    ("https://github.com/a/b", "https://user@github.com/c/d"),  # userinfo
    ("https://github.com/a/b", "https://github.com:8443/c/d"),  # another port
    ("https://github.com/a/b", "http://github.com/c/d"),  # downgrade
    ("https://github.com/a/b", "javascript:alert(1)"),
    ("https://github.com/a/b", "JavaScript:alert(1)//github.com/c/d"),
    ("https://github.com/a/b", "data:text/html,<script>alert(1)</script>"),
    ("https://github.com/a/b", "ftp://github.com/c/d"),
    ("https://github.com/a/b", "//github.com/c/d"),  # no scheme
    ("https://github.com/a/b", "https://github.com/c/d)[x](javascript:alert(1)"),
    ("https://github.com/a/b", "https://github.com/c/d]"),
    ("https://github.com/a/b", "https://github.com/c/d<script>"),
    ("https://github.com/a/b", 'https://github.com/c/d"onmouseover="x'),
    ("https://github.com/a/b", "https://github.com/c/d'"),
    ("https://github.com/a/b", "https://github.com/c/d e"),  # a space
    ("https://github.com/a/b", "https://github.com/c/d\n<br>-code:x"),  # a newline
    ("https://github.com/a/b", "https://github.com/c/d\r"),
    ("https://github.com/a/b", "https://github.com/c/d\n"),  # a final newline
    ("https://github.com/a/b", "https://github.com/c/$x$"),  # GitHub math
    ("https://github.com/a/b", "https://github.com/c/d\x1b[31m"),  # control character
    ("https://github.com/a/b", "https://github.com/c/d\u2028"),
    ("https://github.com/a/b", "https://github.com/c/dé"),  # not ASCII
    ("https://github.com/a/b", "https://gіthub.com/c/d"),  # Cyrillic i
    ("https://github.com/a/b", "https://github.com/c/d`"),
    ("https://github.com/a/b", "https://github.com/c/d\\"),
    ("https://proj.example/code", "https://other.example/code"),
    ("https://proj.example/code", "https://proj.example.evil/code"),
    ("https://proj.example/code", "https://proj.example/elsewhere"),
    ("https://proj.example/code", "https://proj.example/code?x=1"),
    ("https://proj.example/code", "https://proj.example/code#x"),
    ("https://proj.example/code", "http://proj.example/code"),  # downgrade
    ("https://proj.example/code", "https://proj.example:444/code"),
    ("https://proj.example/code", "https://sub.proj.example/code"),
    ("https://proj.example/code", ""),
    ("ftp://proj.example/code", "https://proj.example/code"),  # old is not a web link
]


@pytest.mark.parametrize(("old", "new"), SAFE)
def test_same_site_moves_are_safe(old, new):
    assert urls.safe_replacement(old, new) is True


@pytest.mark.parametrize(("old", "new"), UNSAFE)
def test_anything_else_is_not_a_safe_replacement(old, new):
    assert urls.safe_replacement(old, new) is False


# -- checks/code.py: the fix is only set when the move is safe --------------------------


def findings(*entries, links=None, settings=None):
    """Run the real pipeline on ``entries`` with dict-backed fakes; return the prober too."""
    text = "# L\n" + "\n*****\n".join(entries) + "\n"
    prober = FakeProber(dict(links or {}))
    sources = Sources(FakeArxivSource({A.arxiv_id: A}), prober, prober)
    report = run([parse_text(text, "l.md")], settings or Settings(), sources, now=NOW)
    return list(report.all_findings), prober


def moved(final: str, url: str = OLD) -> LinkCheck:
    return LinkCheck(url, LinkStatus.REDIRECTED, 301, final, f"repository is now {final}")


@pytest.mark.parametrize(
    ("final", "plain"),
    [
        ("https://evil.example/jannerm/ddpo", True),
        ("https://github.com/login?return_to=/jannerm/ddpo", True),
        ("https://github.com/evil/x)](javascript:alert(1)", False),
        ("https://github.com/evil/x\n  <br>-code:https://evil.example", False),
        ("javascript:alert(1)", False),
    ],
)
def test_untrusted_move_is_reported_without_a_fix(final, plain):
    found, _ = findings(entry(code=OLD), links={OLD: moved(final)})
    [f] = [f for f in found if f.rule is Rule.CODE_LINK_MOVED]
    assert f.fix is None
    assert f.expected == final  # still reported (the formatters escape it)
    # a plain web address on another site is left to a person; anything else is not
    # even recommended
    assert f.suggestion is not None and (final in f.suggestion) is plain


def test_safe_move_keeps_its_fix():
    final = "https://github.com/kvablack/ddpo"
    found, _ = findings(entry(code=OLD), links={OLD: moved(final)})
    [f] = [f for f in found if f.rule is Rule.CODE_LINK_MOVED]
    assert f.fix == (OLD, final)
    assert f.suggestion == f"link {final}"


def test_plan_refuses_an_unsafe_move_even_when_a_finding_carries_it():
    """Second guard: a finding built elsewhere with a hostile fix is not applied."""
    line = f"  <br>-code:{OLD}\n"
    found, _ = findings(entry(code=OLD), links={OLD: moved("https://github.com/kvablack/ddpo")})
    [f] = [f for f in found if f.rule is Rule.CODE_LINK_MOVED]
    for bad in ("https://evil.example/x", "https://github.com/a/b)\n<script>", "javascript:x"):
        text, edits = plan(line, [replace(f, line=1, fix=(OLD, bad))])
        assert (text, edits) == (line, [])
    text, edits = plan(line, [replace(f, line=1)])
    assert text == "  <br>-code:https://github.com/kvablack/ddpo\n" and len(edits) == 1


def test_plan_never_writes_a_line_break_whatever_the_rule():
    f = replace(
        findings(entry(code=OLD), links={OLD: moved("https://github.com/a/b")})[0][0],
        rule=Rule.LINK_TEXT_MISMATCH,
        line=1,
        fix=("[x](u)", "[u](u)\n- injected entry"),
    )
    assert plan("a [x](u)\n", [f]) == ("a [x](u)\n", [])


# -- non-web code links: malformed-link, never fetched ----------------------------------

NON_WEB = [
    ("ftp://example.org/ddpo", "ftp"),
    ("gopher://example.org/ddpo", "gopher"),
    ("file:///etc/passwd", "file"),
    ("mailto:someone@example.org", "mailto"),
    ("[code](javascript:alert(1))", "javascript"),
    ("[code](data:text/html,hi)", "data"),
    ("[code](file:///home/me/ddpo)", "file"),
]


@pytest.mark.parametrize(("code", "scheme"), NON_WEB)
def test_non_web_code_link_is_malformed_and_never_fetched(code, scheme):
    found, prober = findings(entry(code=code))
    bad = [f for f in found if f.rule is Rule.MALFORMED_LINK]
    assert len(bad) == 1, [(f.rule.value, f.message) for f in found]
    f = bad[0]
    assert (f.line, f.field, f.severity.value) == (5, "code", "warning")
    assert f"'{scheme}:'" in f.message and "http" in f.message
    assert prober.asked == []


@pytest.mark.parametrize(
    "code",
    ["none", "N/A", "coming soon", "TBD: after acceptance", "arXiv:2305.13301", "-"],
)
def test_text_that_is_no_link_is_not_malformed(code):
    found, _ = findings(entry(code=code))
    assert not [f for f in found if f.rule is Rule.MALFORMED_LINK]


def test_non_web_code_links_in_tables_are_reported():
    text = (
        "| Title | Paper | Code |\n|---|---|---|\n"
        f"| {A.title} | [paper](https://arxiv.org/abs/2305.13301) | [code](ftp://example.org/x) |\n"
        "| Another Paper About Diffusion Rewards | [paper](https://arxiv.org/abs/2305.13302) "
        "| [code](mailto:a@example.org) |\n"
    )
    html = (
        "<table><tr><th>Title</th><th>Paper</th><th>Code</th></tr>\n"
        f'<tr><td>{A.title}</td><td><a href="https://arxiv.org/abs/2305.13301">paper</a></td>'
        '<td><a href="JavaScript:alert(1)">code</a></td></tr>\n</table>\n'
    )
    prober = FakeProber()
    sources = Sources(FakeArxivSource({A.arxiv_id: A}), prober, prober)
    lists = [parse_text(text, "t.md"), parse_text(html, "h.md")]
    report = run(lists, Settings(), sources, now=NOW)
    got = [
        (f.path, f.line, f.message) for f in report.all_findings if f.rule is Rule.MALFORMED_LINK
    ]
    assert [(path, line) for path, line, _ in got] == [("t.md", 3), ("t.md", 4), ("h.md", 2)]
    assert "'ftp:'" in got[0][2] and "'mailto:'" in got[1][2] and "'javascript:'" in got[2][2]
    assert prober.asked == []


def test_ignored_non_web_link_is_not_reported():
    settings = Settings(ignore_urls=(re.compile(r"^ftp://example\.org/"),))
    found, _ = findings(entry(code="ftp://example.org/ddpo"), settings=settings)
    assert not [f for f in found if f.rule is Rule.MALFORMED_LINK]


# -- end to end, against the fake GitHub and a fake web -----------------------------------

PARROT = "Parrot: Pareto-optimal Multi-Reward Reinforcement Learning Framework for Text-to-Image Generation"
SUBJECT = "Subject-driven Text-to-Image Generation via Preference-based Reinforcement Learning"


def _arxiv_env(arxiv_server: Server) -> dict[str, str]:
    return {"PAPERLIST_ARXIV_API_URL": arxiv_server.url, "PAPERLIST_ARXIV_DELAY": "0"}


def test_github_rename_to_a_hostile_name_is_not_written(cli, tmp_path, arxiv_server):
    hostile = "evil/x)](javascript:alert(1)"
    row = f"| {PARROT} | [paper](https://arxiv.org/abs/2401.05675) | [code](https://github.com/old/parrot) |\n"
    text = "| Title | Paper | Code |\n|---|---|---|\n" + row
    (tmp_path / "t.md").write_text(text)
    repos = {"evil/x": servers.Repo(hostile, repo_id=9)}
    with servers.serve(servers.github_handler(repos, {"old/parrot": 9}, servers.Recorder())) as gh:
        e = {**_arxiv_env(arxiv_server), "GITHUB_API_URL": gh}
        fixed = cli("fix", "t.md", "--write", env=e)
        checked = cli("check", "t.md", "--format", "json", env=e)
    assert fixed.status == 0 and fixed.out.startswith("paperlist: nothing in t.md")
    assert (tmp_path / "t.md").read_text() == text
    [f] = [f for f in json.loads(checked.out)["findings"] if f["rule"] == "code-link-moved"]
    assert f["expected"] == f"https://github.com/{hostile}"
    md = (tmp_path / "reports" / "report.md").read_text("utf-8")
    # in the message, Markdown's "]" is escaped; the URL itself only in a code span
    assert not re.search(
        r"(?<!\\)\]\(javascript:", md.replace(f"`https://github.com/{hostile}`", "")
    )


@pytest.fixture
def moving_web(monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    """Plain links through a fake web: one same-site move, one move to another host."""
    pages = {
        "http://proj.example/a": servers.Page(301, location="http://www.proj.example/a/"),
        "http://www.proj.example/a": servers.Page(200),
        "http://proj.example/b": servers.Page(301, location="http://other.example/b"),
        "http://other.example/b": servers.Page(200),
    }
    rec = servers.Recorder()
    with servers.serve(servers.web_handler(pages, rec)) as url:
        for name in ("HTTP_PROXY", "http_proxy"):
            monkeypatch.setenv(name, url)
        for name in ("NO_PROXY", "no_proxy"):
            monkeypatch.setenv(name, "127.0.0.1,localhost")
        yield Server(url, rec)


def test_redirects_only_same_site_moves_are_fixed(cli, tmp_path, arxiv_server, moving_web):
    rows = [
        f"| {PARROT} | [paper](https://arxiv.org/abs/2401.05675) | [code](http://proj.example/a) |",
        f"| {SUBJECT} | [paper](https://arxiv.org/abs/2407.12164) | [code](http://proj.example/b) |",
    ]
    text = "| Title | Paper | Code |\n|---|---|---|\n" + "\n".join(rows) + "\n"
    (tmp_path / "t.md").write_text(text)
    e = {**_arxiv_env(arxiv_server), "GITHUB_API_URL": "http://127.0.0.1:9"}
    checked = cli("check", "t.md", "--format", "json", env=e)
    got = {
        (f["line"], f["expected"])
        for f in json.loads(checked.out)["findings"]
        if f["rule"] == "code-link-moved"
    }
    assert got == {(3, "http://www.proj.example/a/"), (4, "http://other.example/b")}
    r = cli("fix", "t.md", "--write", env=e)
    assert r.status == 0 and "applied 1 fix(es)" in r.err
    assert (tmp_path / "t.md").read_text() == text.replace(
        "(http://proj.example/a)", "(http://www.proj.example/a/)"
    )


def test_non_web_code_links_end_to_end_are_reported_and_not_fetched(
    cli, tmp_path, arxiv_server, github_server, web_proxy
):
    head = "# L\n"
    blocks = []
    for i, code in enumerate(["file:///etc/passwd", "ftp://example.org/x", "[c](javascript:x)"]):
        blocks.append(
            f"**Paper number {i} about reward models**\n  <br>-time:2024\n"
            f"  <br>-paper:https://arxiv.org/pdf/2407.12164\n  <br>-code:{code}\n"
            "  <br>-periodical:none"
        )
    (tmp_path / "l.md").write_text(head + "\n*****\n".join(blocks) + "\n")
    e = {
        **_arxiv_env(arxiv_server),
        "GITHUB_API_URL": github_server.url,
    }
    r = cli("check", "l.md", "--format", "json", env=e)
    bad = [f for f in json.loads(r.out)["findings"] if f["rule"] == "malformed-link"]
    assert [(f["line"], f["field"]) for f in bad] == [(5, "code"), (11, "code"), (17, "code")]
    assert ["'file:'" in bad[0]["message"], "'ftp:'" in bad[1]["message"]] == [True, True]
    assert "'javascript:'" in bad[2]["message"]
    assert github_server.recorder.requests == [] and web_proxy.recorder.requests == []
