"""Hostile and broken input: no crash reads as findings, bounded config, safe file reads.

The cache's own failure modes (corrupt, locked, full, poisoned) are in tests/test_cache.py.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

import pytest

from pipeline.checks import venue_key
from pipeline.checks.venues import venue_evidence
from pipeline.cli import Deps
from pipeline.config import load_settings
from pipeline.errors import ConfigError
from pipeline.model import ArxivRecord
from pipeline.run import Sources
from pipeline.sources.interface import MetadataSource
from tests.conftest import CATALOG, FakeArxivSource, FakeProber, Result, record_from
from tests.support.forked import run_forked

ONE = "**Training Diffusion Models with Reinforcement Learning**\n<br>-time:2023\n<br>-paper:https://arxiv.org/abs/2305.13301\n"


def one_line_error(result, *needles: str) -> str:
    assert result.status == 2, (result.status, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert "Traceback" not in result.err
    for n in needles:
        assert n in lines[0], lines[0]
    return lines[0]


# -- 1. an unexpected exception is an internal error: exit 2, never 0 or 1 ------------
class Exploding(MetadataSource):
    """A source with a bug in it."""

    def resolve_all(self, ids):
        raise ValueError("unpacking went wrong\nsecond line")


EXPLODING = Deps(sources=lambda s, p=None: Sources(Exploding(), FakeProber(), FakeProber()))


def test_internal_error_is_one_line_and_exit_2(cli, tmp_path):
    (tmp_path / "l.md").write_text(ONE)
    r = cli("check", "l.md", "--no-cache", deps=EXPLODING)
    line = one_line_error(r, "paperlist: internal error: ValueError: unpacking went wrong")
    assert line.endswith("(run with --debug for the traceback)")


def test_internal_error_traceback_with_debug(cli, tmp_path):
    (tmp_path / "l.md").write_text(ONE)
    r = cli("check", "l.md", "--no-cache", "--debug", deps=EXPLODING)
    assert r.status == 2
    assert "Traceback (most recent call last)" in r.err
    assert "paperlist: internal error: ValueError" in r.err


# -- 3. config numbers are finite and within stated bounds; regexes cannot hang --------
@pytest.mark.parametrize(
    ("yaml_text", "needle"),
    [
        ("links:\n  timeout: .nan\n", "'links.timeout' must be between 0.1 and 600"),
        ("links:\n  backoff: .inf\n", "'links.backoff' must be between 0 and 60"),
        ("links:\n  max_retries: 1000000\n", "'links.max_retries' must be between 0 and 10"),
        ("links:\n  concurrency: 0\n", "'links.concurrency' must be between 1 and 256"),
        ("arxiv:\n  timeout: 0\n", "'arxiv.timeout' must be between 0.1 and 600"),
        ("arxiv:\n  delay: -1\n", "'arxiv.delay' must be between 0 and 60"),
        ("cache:\n  max_age_hours: 1.0e+400\n", "'cache.max_age_hours' must be between 0 and"),
        ("cache:\n  max_age_hours: 1" + "0" * 400 + "\n", "'cache.max_age_hours' must be"),
        ("ignore_urls: ['(?<=x)y']\n", "not a valid regex"),
    ],
)
def test_config_numbers_out_of_range(cli, tmp_path, yaml_text, needle):
    (tmp_path / "c.yaml").write_text(yaml_text)
    (tmp_path / "l.md").write_text(ONE)
    line = one_line_error(cli("check", "l.md", "--config", "c.yaml", "--offline"), needle)
    assert len(line) < 300


@pytest.mark.parametrize("raw", ["nan", "inf", "1e400", "-0.5", "100000"])
def test_env_numbers_are_validated_too(raw):
    with pytest.raises(ConfigError, match="PAPERLIST_ARXIV_DELAY must be a number between 0 and"):
        load_settings(None, env={"PAPERLIST_ARXIV_DELAY": raw})


def test_bounds_in_range_are_kept(tmp_path):
    (tmp_path / "c.yaml").write_text(
        "links:\n  max_retries: 10\n  backoff: 0\narxiv:\n  delay: 0\n"
    )
    s = load_settings(tmp_path / "c.yaml", env={})
    assert (s.max_retries, s.backoff, s.arxiv_delay) == (10, 0, 0)


def run_cli_bounded(tmp_path: Path, *argv: str, timeout: float = 60) -> Result:
    """The real CLI in a child process: a hang or a runaway read kills the child, not pytest."""
    env = {**os.environ, "PAPERLIST_CACHE_DIR": str(tmp_path / "cache")}
    return Result(*run_forked(argv, cwd=tmp_path, env=env, timeout=timeout))


def test_catastrophic_regex_cannot_hang(tmp_path):
    (tmp_path / "c.yaml").write_text("ignore_urls: ['(a+)+$']\n")
    url = "https://example.org/" + "a" * 64 + "!"
    (tmp_path / "l.md").write_text(ONE + f"<br>-code:[code]({url})\n")
    r = run_cli_bounded(tmp_path, "check", "l.md", "--config", "c.yaml", "--offline", timeout=30)
    assert r.status in (0, 1), r.err
    assert "code-link-not-repository" in (tmp_path / "reports" / "report.json").read_text()


def test_ignore_urls_still_ignore(tmp_path):
    (tmp_path / "c.yaml").write_text("ignore_urls: ['^https://example\\.org/']\n")
    s = load_settings(tmp_path / "c.yaml", env={})
    assert s.ignore_urls[0].search("https://example.org/x")
    assert not s.ignore_urls[0].search("https://example.com/x")


# -- 4. lists and configs: regular files only, and only up to a size -----------------
def test_fifo_list_is_refused_without_reading(tmp_path):
    os.mkfifo(tmp_path / "l.md")
    r = run_cli_bounded(tmp_path, "check", "l.md", "--offline", timeout=30)
    assert r.status == 2 and r.err.count("\n") == 1, r.err
    assert "not a regular file" in r.err and "FIFO" in r.err


def test_dev_zero_list_is_refused(tmp_path):
    r = run_cli_bounded(tmp_path, "parse", "/dev/zero", timeout=30)
    assert r.status == 2 and r.err.count("\n") == 1, r.err
    assert "not a regular file" in r.err


def test_too_large_list_is_refused(cli, tmp_path):
    big = tmp_path / "l.md"
    big.write_text(CATALOG.read_text("utf-8") * 2)
    os.truncate(big, 11_000_000)  # sparse: no disk used
    one_line_error(cli("check", "l.md", "--offline"), "10 MB")


def test_fifo_config_is_refused(tmp_path):
    (tmp_path / "l.md").write_text(ONE)
    os.mkfifo(tmp_path / "fifo.yaml")
    r = run_cli_bounded(tmp_path, "check", "l.md", "--config", "fifo.yaml", "--offline", timeout=30)
    assert r.status == 2 and r.err.count("\n") == 1, r.err
    assert "not a regular file" in r.err


def test_huge_config_is_refused(cli, tmp_path):
    (tmp_path / "l.md").write_text(ONE)
    with open(tmp_path / "big.yaml", "w") as fh:
        fh.truncate(2_000_000)
    one_line_error(cli("check", "l.md", "--config", "big.yaml", "--offline"), "1 MB")


# -- 5. fix --write where nothing can be written --------------------------------------
def fix_deps(seed) -> Deps:
    fake = FakeArxivSource({i: record_from(p) for i, p in seed.items()})
    return Deps(sources=lambda s, p=None: Sources(fake, FakeProber(), FakeProber()))


def test_fix_write_in_read_only_folder_is_exit_2(cli, tmp_path, seed, monkeypatch):
    lst = tmp_path / "l.md"
    lst.write_text(CATALOG.read_text("utf-8"))
    assert cli("fix", "l.md", "--no-cache", deps=fix_deps(seed)).out.startswith("--- a/l.md")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(tmp_path))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)  # what a read-only folder does
    r = cli("fix", "l.md", "--write", "--no-cache", deps=fix_deps(seed))
    assert r.status == 2 and "Traceback" not in r.err
    assert [ln for ln in r.err.splitlines() if ln.startswith("paperlist:")][-1:]
    assert lst.read_text() == CATALOG.read_text("utf-8")


# -- 6. two-word venues ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("SIGGRAPH Asia 2023", ("SIGGRAPH Asia", 2023)),
        ("ACM MM 2024", ("ACM MM", 2024)),
        ("Accepted to ACMMM'24", ("ACM MM", 2024)),
        ("USENIX Security", ("USENIX Security", None)),
        ("CVPR 2024", ("CVPR", 2024)),
    ],
)
def test_two_word_venues(text, key):
    assert venue_key(text) == key


def test_two_word_venue_in_journal_ref_gives_evidence():
    rec = ArxivRecord(
        "2309.00001", 1, "T", ("A",), date(2023, 9, 1), journal_ref="SIGGRAPH Asia 2023"
    )
    ev = venue_evidence(rec)
    assert ev is not None and (ev.venue, ev.year) == ("SIGGRAPH Asia", 2023)


def test_two_word_venue_end_to_end(cli, tmp_path, seed):
    (tmp_path / "l.md").write_text(ONE + "<br>-periodical:ACM MM 2024\n")
    rec = record_from(seed["2305.13301"])
    rec = ArxivRecord(**{**rec.__dict__, "journal_ref": "SIGGRAPH Asia 2023"})
    deps = Deps(sources=lambda s, p=None: Sources(FakeArxivSource({"2305.13301": rec}), None, None))
    r = cli("check", "l.md", "--no-cache", "--no-links", "--format", "json", deps=deps)
    assert r.status in (0, 1), r.err
    assert "venue-mismatch" in r.out and "SIGGRAPH Asia 2023" in r.out
