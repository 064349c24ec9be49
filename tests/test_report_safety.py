"""Text from a list or a server never changes a report's structure, pings anyone or
reaches a terminal or the Actions runner as control characters (issue 9)."""

from __future__ import annotations

import json
import re
import unicodedata

import pytest

from pipeline.model import EntryResult, Finding, ListSummary, PaperEntry, Report, Rule, Severity
from pipeline.report import escape, formatter

ZWSP = "\u200b"

# What GitHub turns into links or notifications in issue bodies and job summaries.
AUTOLINKS = {
    "url": re.compile(r"(?i)\b(?:https?|ftp)://"),
    "www": re.compile(r"(?i)(?:^|[\s*_~(])www\."),
    "gh-ref": re.compile(r"(?i)\bGH-\d"),
    "issue": re.compile(r"#\d"),
    "mention": re.compile(r"@[A-Za-z0-9]"),
    "sha": re.compile(r"(?i)(?<![0-9a-z])[0-9a-f]{7,40}(?![0-9a-z])"),
}
BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def unsafe_chars(text: str, allowed: str = "\n") -> list[str]:
    """Control characters (C0, DEL, C1), bidi controls and line separators in ``text``."""
    return [
        c
        for c in text
        if c not in allowed
        and (unicodedata.category(c) == "Cc" or c in BIDI or c in "\u2028\u2029")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "see https://evil.example/x now",
        "see http://evil.example",
        "ftp://evil.example/f",
        "www.evil.example",
        "(www.evil.example)",
        "GH-123",
        "gh-7",
        "fixes #123",
        "@octocat",
        "@org/team",
        "octo/repo#1",
        "octo/repo@deadbeef",
        "commit deadbeefcafe1234 broke it",
        "0123456789abcdef0123456789abcdef01234567",
        "DEADBEEF",
        "me@example.com",
    ],
)
def test_markdown_neutralises_every_github_autolink(text):
    out = escape.markdown(text)
    for name, pattern in AUTOLINKS.items():
        assert not pattern.search(out), (name, out)
    # The reader still sees the same text: only zero-width spaces were added.
    assert out.replace(ZWSP, "") == text


def test_markdown_keeps_ordinary_titles_as_they_are():
    for title in ["ResNet-50 at 2007.09923", "GPT-4 in 2024", "A study of café", "深度学习"]:
        assert escape.markdown(title) == title


@pytest.mark.parametrize("fn", [escape.markdown, escape.code, escape.terminal])
def test_bidi_and_control_characters_are_removed(fn):
    text = "a\u202eb\u2066c\u200fd\x85e\x9bf\x9dg\x7fh\x1bi\u2028j\u2029k\x00l"
    out = fn(text)
    assert not unsafe_chars(out, allowed=""), out
    assert all(c in out for c in "abcdefghijkl")


def test_workflow_escapes_drop_control_characters():
    out = escape.workflow_message("a\x1b[31m\x9d\u202e%0A\n::error::x")
    assert not unsafe_chars(out, allowed=""), out
    assert "\n" not in out and out.count("%0A") == 1 and "%250A" in out
    prop = escape.workflow_property("p\x1b,a:b")
    assert not unsafe_chars(prop, allowed="") and prop.endswith("%2Ca%3Ab")


HOSTILE = (
    "**bold** <img src=x onerror=alert(1)> [l](javascript:x) @octocat https://evil.example "
    "www.evil.example GH-12 #3 deadbeefcafe \x1b[31mred\x1b]8;;http://x\x07 \x9b31m "
    "\u202eevil\u202c %0A\n::error::injected\r\n::warning title=x::y |cell|"
)


def hostile_report() -> Report:
    """A report whose list text and server text (redirect target, repository name) are hostile."""
    entry = PaperEntry(path="l.md", line=3, title=HOSTILE)
    finding = Finding(
        rule=Rule.CODE_LINK_MOVED,
        severity=Severity.ERROR,
        path="l.md",
        line=3,
        entry_title=HOSTILE,
        field="code",
        message=f"the repository was renamed to {HOSTILE}",
        expected=f"https://github.com/{HOSTILE}",
        actual="https://github.com/a/b",
        suggestion=f"link {HOSTILE}",
    )
    return Report(
        tool_version="0.1.0",
        generated_at="2025-01-01T00:00:00Z",
        mode="full",
        lists=(ListSummary(path="l.md", entries=1),),
        results=(EntryResult(entry=entry, findings=(finding,)),),
    )


def test_markdown_report_escapes_server_text_like_list_text():
    md = formatter("markdown").format(hostile_report())
    assert not unsafe_chars(md), [hex(ord(c)) for c in unsafe_chars(md)]
    code_spans = re.compile(r"(`+)(?:(?!\1).)+?\1")
    plain = code_spans.sub("", md)
    for name, pattern in AUTOLINKS.items():
        assert not pattern.search(plain), (name, pattern.search(plain))
    assert "<img" not in plain and "**bold**" not in plain and "[l](javascript" not in plain
    # the hostile newlines did not start lines of their own
    assert not any(ln.startswith(("::", "|cell")) for ln in md.splitlines())
    assert md.count("### ") == 1


def test_github_commands_carry_no_control_characters():
    out = formatter("github").format(hostile_report())
    assert not unsafe_chars(out), [hex(ord(c)) for c in unsafe_chars(out)]
    lines = out.splitlines()
    assert len(lines) == 2 and lines[0].startswith("::error file=l.md,line=3,title=")
    assert lines[0].count("::") == 2 + HOSTILE.count("::") * 2  # only escaped copies after it
    assert "%0A::error::injected" in lines[0] and "%250A" in lines[0]


def test_text_output_carries_no_control_characters():
    out = formatter("text").format(hostile_report())
    assert not unsafe_chars(out), [hex(ord(c)) for c in unsafe_chars(out)]
    assert len(out.splitlines()) == 3


def test_json_output_keeps_the_text_but_no_raw_control_characters():
    out = formatter("json").format(hostile_report())
    assert not unsafe_chars(out), [hex(ord(c)) for c in unsafe_chars(out)]
    data = json.loads(out)
    assert data["findings"][0]["expected"] == f"https://github.com/{HOSTILE}"
    assert data["entries"][0]["title"] == HOSTILE
    assert "深度" in formatter("json").format(
        Report("0", "t", "full", (), (EntryResult(PaperEntry("l.md", 1, "深度"), ()),))
    )


EVIL_TITLE = "Evil \x1b[31mred \x9d0 \u202eevil \x1b]8;;http://x"
EVIL_LIST = f"""# L

- **{EVIL_TITLE}**, [arXiv](https://arxiv.org/abs/2305.13301)
- **Other**, [arXiv](https://arxiv.org/abs/2305.13301)
"""


@pytest.mark.parametrize("fmt", ["github", "text", "markdown"])
def test_list_titles_with_escape_sequences_never_reach_the_output(cli, tmp_path, fmt):
    (tmp_path / "l.md").write_text(EVIL_LIST, "utf-8")
    summary = tmp_path / "summary.md"
    r = cli(
        "check", "l.md", "--offline", "--format", fmt, env={"GITHUB_STEP_SUMMARY": str(summary)}
    )
    assert r.status in (0, 1), r.err
    assert "duplicate-entry" in r.out and "Evil" in r.out  # the title is quoted in the output
    assert not unsafe_chars(r.out), [hex(ord(c)) for c in unsafe_chars(r.out)]
    if fmt == "github":
        assert all(ln.startswith(("::", "paperlist: ")) for ln in r.out.splitlines())
        assert not unsafe_chars(summary.read_text("utf-8"))
