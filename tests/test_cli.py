"""The CLI: bad input exits 2 with one line, formats, config precedence, PR mode."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from pipeline.cli import Deps
from pipeline.config import load_settings
from pipeline.run import Sources
from tests.conftest import CATALOG, FakeArxivSource, FakeProber, record_from
from tests.support.schema import validate_report

OFFLINE = Deps(sources=lambda s, p=None: Sources())


def one_line_error(result, *needles):
    assert result.status == 2
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert "Traceback" not in result.err
    for n in needles:
        assert n in lines[0]


def test_missing_file(cli):
    one_line_error(cli("check", "nope.md", "--offline"), "nope.md", "no such file")


def test_directory(cli, tmp_path):
    (tmp_path / "d").mkdir()
    one_line_error(cli("check", "d", "--offline"), "is a directory")


def test_binary_file(cli, tmp_path):
    (tmp_path / "b.md").write_bytes(b"\x89PNG\x00\x00binary")
    one_line_error(cli("check", "b.md", "--offline"), "binary")


def test_not_utf8(cli, tmp_path):
    (tmp_path / "l.md").write_bytes("**Caf\u00e9**\n<br>-time:2020\n".encode("latin-1"))
    one_line_error(cli("check", "l.md", "--offline"), "not UTF-8", "re-save")


def test_empty_file(cli, tmp_path):
    (tmp_path / "l.md").write_text("  \n")
    one_line_error(cli("check", "l.md", "--offline"), "is empty")


def test_no_entries(cli, tmp_path):
    (tmp_path / "l.md").write_text("# Title\n\nJust prose.\n")
    one_line_error(cli("check", "l.md", "--offline"), "no paper entries")


@pytest.mark.parametrize(
    ("yaml_text", "needle"),
    [
        ("colour: red\n", "unknown key 'colour'"),
        ("links:\n  timeout: fast\n", "'links.timeout' must be a number"),
        ("arxiv:\n  delay: true\n", "'arxiv.delay' must be a number"),
        ("rules:\n  no-such-rule: error\n", "unknown rule 'no-such-rule'"),
        ("rules:\n  year-mismatch: fatal\n", "must be error, warning, info or off"),
        ("lists: [a.md\n", "not valid YAML"),
        ("- just\n- a list\n", "top level must be a mapping"),
        ("ignore_urls: ['(']\n", "not a valid regex"),
        ("arxiv:\n  batch_size: 500\n", "between 1 and 100"),
        ("x: !!python/object/apply:os.system ['echo hi']\n", "not valid YAML"),
    ],
)
def test_invalid_config(cli, tmp_path, yaml_text, needle):
    (tmp_path / "c.yaml").write_text(yaml_text)
    shutil_copy(tmp_path)
    one_line_error(cli("check", "l.md", "--config", "c.yaml", "--offline"), needle)


def shutil_copy(tmp_path: Path) -> None:
    (tmp_path / "l.md").write_text(CATALOG.read_text("utf-8"))


def test_bad_arguments(cli):
    one_line_error(cli("check", "--format", "xml"), "invalid choice")
    one_line_error(cli("frobnicate"), "invalid choice")
    one_line_error(cli(), "choose a command")


def test_a_wrong_option_points_to_the_help_of_its_command(cli):
    one_line_error(cli("parse", "x.md", "--bogus"), "--bogus", "(see 'paperlist parse --help')")
    one_line_error(cli("check", "--format", "xml"), "(see 'paperlist check --help')")
    one_line_error(cli("--bogus"), "(see 'paperlist --help')")


def test_bad_env(cli, tmp_path):
    shutil_copy(tmp_path)
    one_line_error(
        cli("check", "l.md", env={"PAPERLIST_ARXIV_DELAY": "soon"}), "PAPERLIST_ARXIV_DELAY"
    )


def test_precedence_flag_env_file_default(tmp_path):
    (tmp_path / "c.yaml").write_text(
        "arxiv:\n  api_url: http://file/api\n  delay: 7\nlinks:\n  allow_private_hosts: false\n"
    )
    s = load_settings(tmp_path / "c.yaml", env={})
    assert (s.arxiv_api_url, s.arxiv_delay) == ("http://file/api", 7)
    s = load_settings(
        tmp_path / "c.yaml",
        env={"PAPERLIST_ARXIV_API_URL": "http://env/api", "PAPERLIST_ARXIV_DELAY": "1"},
    )
    assert (s.arxiv_api_url, s.arxiv_delay) == ("http://env/api", 1)
    s = load_settings(tmp_path / "c.yaml", env={}, overrides={"allow_private_hosts": True})
    assert s.allow_private_hosts
    assert load_settings(None, env={}).arxiv_api_url == "https://export.arxiv.org/api/query"


def test_token_never_in_output_or_reports(cli, tmp_path):
    shutil_copy(tmp_path)
    token = "ghp_TOPSECRET123"
    r = cli("check", "l.md", "--offline", env={"GITHUB_TOKEN": token})
    assert token not in r.out + r.err
    for f in (tmp_path / "reports").iterdir():
        assert token not in f.read_text("utf-8")
    assert token not in repr(load_settings(None, env={"GITHUB_TOKEN": token}))


def test_parse_command(cli, tmp_path):
    shutil_copy(tmp_path)
    r = cli("parse", "l.md")
    data = json.loads(r.out)
    assert r.status == 0 and len(data["entries"]) == 11
    assert data["entries"][0]["paper"] == {
        "text": "https://arxiv.org/pdf/2503.15784",
        "url": "https://arxiv.org/pdf/2503.11240",
        "line": 6,
    }
    r = cli("parse", "l.md", "--to", "yaml")
    assert "line: 4" in r.out


HOSTILE = """# L
**<img src=x onerror=alert(1)> @octocat [click](javascript:alert(1)) #12 | pipe `tick` 100%, a:b**
<br>-time:2019
<br>-paper:[https://arxiv.org/abs/2007.09923](https://arxiv.org/abs/2305.13301)
<br>-code:[none](https://github.com/a/b)
"""


def test_hostile_titles_are_escaped(cli, tmp_path):
    (tmp_path / "l.md").write_text(HOSTILE)
    summary = tmp_path / "summary.md"
    r = cli(
        "check",
        "l.md",
        "--offline",
        "--format",
        "github",
        env={"GITHUB_STEP_SUMMARY": str(summary)},
    )
    md = (tmp_path / "reports" / "report.md").read_text("utf-8")
    assert "<img" not in md
    assert "@octocat" not in md and "@\u200bocto" in md
    assert "[click](javascript" not in md
    assert "#12" not in md
    assert summary.read_text("utf-8") == md
    # workflow commands: one line each, properties escaped, % CR LF escaped
    commands = [ln for ln in r.out.splitlines() if ln.startswith("::")]
    assert commands and all(
        c.startswith(
            ("::error file=l.md,line=", "::warning file=l.md,line=", "::notice file=l.md,line=")
        )
        for c in commands
    )
    assert any(",title=link-text-mismatch::" in c for c in commands)
    assert all("\n" not in c for c in commands)
    assert any("%0AFix: " in c for c in commands)


def test_github_escaping_unit():
    from pipeline.report import escape

    assert escape.workflow_message("100% a\r\nb") == "100%25 a%0D%0Ab"
    assert escape.workflow_property("a:b,c%") == "a%3Ab%2Cc%25"
    assert escape.terminal("\x1b[31mred\x1b[0m") == "?[31mred?[0m"
    assert escape.code("a`b") == "``a`b``"
    assert escape.markdown("<img src=x> *b* [l](u) @me #3 a|b") == (
        "&lt;img src=x&gt; \\*b\\* \\[l\\](u) @\u200bme #\u200b3 a\\|b"
    )


def test_report_json_valid_and_exit_codes(cli, tmp_path, seed):
    shutil_copy(tmp_path)
    fake = FakeArxivSource({i: record_from(p) for i, p in seed.items()})
    deps = Deps(sources=lambda s, p=None: Sources(fake, FakeProber(), FakeProber()))
    r = cli("check", "l.md", "--format", "json", deps=deps)
    assert r.status == 1
    validate_report(json.loads(r.out))
    (tmp_path / "ok.md").write_text(
        "**Training Diffusion Models with Reinforcement Learning**\n<br>-time:2023\n<br>-paper:https://arxiv.org/abs/2305.13301\n"
    )
    r = cli("check", "ok.md", "--format", "json", deps=deps)
    assert r.status == 0 and json.loads(r.out)["findings"] == []


# -- --changed-since ------------------------------------------------------------------
def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=repo, check=True, capture_output=True, text=True
    ).stdout


ENTRY = "**{title}**\n<br>-time:{year}\n<br>-paper:{paper}\n<br>-code:none\n"


def make_list(*entries: tuple[str, str, str]) -> str:
    return "# L\n" + "*****\n".join(ENTRY.format(title=t, year=y, paper=p) for t, y, p in entries)


A = (
    "Training Diffusion Models with Reinforcement Learning",
    "2023",
    "https://arxiv.org/abs/2305.13301",
)
B = (
    "Incorporating Reinforced Adversarial Learning in Autoregressive Image Generation",
    "2020",
    "https://arxiv.org/abs/2007.09923",
)
C = (
    "Reinforcing Generated Images via Meta-learning for One-Shot Fine-Grained Visual Recognition",
    "2023",
    "https://arxiv.org/abs/2204.10689",
)
D = (
    "Subject-driven Text-to-Image Generation via Preference-based Reinforcement Learning",
    "2024",
    "https://arxiv.org/abs/2305.13301",
)


@pytest.fixture
def repo(tmp_path):
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "config", "user.email", "t@example.invalid")
    git(tmp_path, "config", "user.name", "t")
    (tmp_path / "l.md").write_text(make_list(A, B, C))  # C has the wrong year already
    git(tmp_path, "add", "l.md")
    git(tmp_path, "commit", "-qm", "base")
    return tmp_path


def changed(cli, seed, *argv):
    fake = FakeArxivSource({i: record_from(p) for i, p in seed.items()})
    deps = Deps(sources=lambda s, p=None: Sources(fake, FakeProber(), FakeProber()))
    r = cli("check", "l.md", "--changed-since", "main", "--format", "json", *argv, deps=deps)
    return r, (json.loads(r.out) if r.status in (0, 1) else None), fake


def test_changed_since_adds_wrong_entry(cli, repo, seed):
    git(repo, "checkout", "-qb", "pr")
    (repo / "l.md").write_text(make_list(B, A, C, D))  # move A, add D (reuses A's arXiv link)
    r, report, fake = changed(cli, seed)
    assert report["mode"] == "changed"
    assert [e["line"] for e in report["entries"]] == [17]
    rules = {(f["rule"], f["line"]) for f in report["findings"]}
    # only the new entry (it reuses A's arXiv link); C's old wrong year is not blamed
    assert rules == {("wrong-paper", 19), ("duplicate-entry", 17)}
    assert fake.asked == [["2305.13301"]]
    assert r.status == 1


def test_changed_since_edit_and_delete(cli, repo, seed):
    edited = (C[0], "2022", C[2])  # the PR fixes C's year and deletes B
    (repo / "l.md").write_text(make_list(A, edited))
    r, report, _ = changed(cli, seed)
    assert [e["line"] for e in report["entries"]] == [7]
    assert report["findings"] == [] and r.status == 0


def test_changed_since_nothing_changed(cli, repo, seed):
    _r, report, fake = changed(cli, seed)
    assert report["entries"] == [] and fake.asked == []


def test_changed_since_bad_ref_and_no_repo(cli, repo, tmp_path, seed):
    r = cli("check", "l.md", "--changed-since", "no-such-ref", "--offline")
    one_line_error(r, "no-such-ref", "no such commit")
    sub = tmp_path.parent / (tmp_path.name + "-plain")
    sub.mkdir()
    (sub / "l.md").write_text(make_list(A))
    r = cli("check", str(sub / "l.md"), "--changed-since", "main", "--offline")
    one_line_error(r, "not inside a git checkout")


class _Tty(__import__("io").StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal_outside_ci():
    from pipeline.cli import Progress

    now = [0.0]
    tty = _Tty()
    p = Progress(tty, {}, clock=lambda: now[0])
    p("arXiv batches", 0, 4)
    now[0] = 6.0
    p("arXiv batches", 1, 4)
    p.close()
    text = tty.getvalue()
    assert "\r[paperlist] arXiv batches 1/4 · about 19s left" in text
    assert text.endswith("\r\x1b[K")
    for stream, env in ((_Tty(), {"CI": "true"}), (__import__("io").StringIO(), {})):
        q = Progress(stream, env)
        q("links", 1, 2)
        q.close()
        assert stream.getvalue() == ""
