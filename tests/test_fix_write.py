"""``paperlist fix --write`` keeps the file intact: line ends, BOM, links, owner, mode.

Every run goes through the real CLI against the fake arXiv server (``--no-links``: the
catalog's five fixes are all link texts), on real files in a temporary folder.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
from pathlib import Path

import pytest

from pipeline.cli import Deps
from pipeline.fixes import plan, unified_diff
from pipeline.model import Finding, Rule, Severity
from pipeline.run import build_sources
from tests.conftest import CATALOG
from tests.support.forked import run_forked

LF = CATALOG.read_bytes()
BOM = b"\xef\xbb\xbf"
ROOT = os.geteuid() == 0


def env(arxiv_server, tmp_path: Path) -> dict[str, str]:
    return {
        "PAPERLIST_ARXIV_API_URL": arxiv_server.url,
        "PAPERLIST_ARXIV_DELAY": "0",
        "PAPERLIST_CACHE_DIR": str(tmp_path / "cache"),
    }


def fix(cli, arxiv_server, tmp_path, name: str, *extra: str, deps: Deps | None = None):
    return cli("fix", name, "--no-links", *extra, env=env(arxiv_server, tmp_path), deps=deps)


@pytest.fixture
def fixed_lf(cli, arxiv_server, tmp_path) -> bytes:
    """What ``fix --write`` makes of the catalog with LF line ends (the reference)."""
    (tmp_path / "ref").mkdir()
    (tmp_path / "ref" / "l.md").write_bytes(LF)
    r = fix(cli, arxiv_server, tmp_path, "ref/l.md", "--write")
    assert "applied 5 fix(es)" in r.err, r.err
    out = (tmp_path / "ref" / "l.md").read_bytes()
    assert out != LF
    return out


def temporaries(*folders: Path) -> list[Path]:
    return [p for d in folders for p in d.iterdir() if p.name.endswith(".tmp")]


def changed(diff: str) -> list[str]:
    return [ln for ln in diff.splitlines(True) if ln[:1] in "+-" and ln[:3] not in ("+++", "---")]


def git_apply(tmp_path: Path, original: bytes, diff: str) -> bytes:
    """Apply the printed diff to a copy of the original with ``git apply``; the result."""
    work = tmp_path / "apply"
    work.mkdir()
    (work / "l.md").write_bytes(original)
    (work / "fix.diff").write_bytes(diff.encode("utf-8"))
    subprocess.run(
        ["git", "apply", "--whitespace=nowarn", "fix.diff"],
        cwd=work,
        check=True,
        capture_output=True,
        env={"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path)},
    )
    return (work / "l.md").read_bytes()


# -- item 1: line ends and BOM ---------------------------------------------------------------


@pytest.mark.parametrize("ending", [b"\r\n", b"\r"], ids=["crlf", "cr"])
def test_line_ends_are_kept(cli, arxiv_server, tmp_path, fixed_lf, ending):
    original = LF.replace(b"\n", ending)
    lst = tmp_path / "l.md"
    lst.write_bytes(original)
    r = fix(cli, arxiv_server, tmp_path, "l.md", "--write")
    assert r.status == 0 and "applied 5 fix(es)" in r.err
    assert lst.read_bytes() == fixed_lf.replace(b"\n", ending)
    if ending == b"\r\n":  # the diff is exact: git applies it to the original
        assert len(changed(r.out)) == 10
        assert all(ln.endswith("\r\n") for ln in changed(r.out))
        assert git_apply(tmp_path, original, r.out) == lst.read_bytes()


def test_mixed_line_ends_each_line_keeps_its_own(cli, arxiv_server, tmp_path, fixed_lf):
    def mix(data: bytes) -> bytes:
        lines = data.split(b"\n")
        ends = [b"\r\n", b"\n", b"\r"]
        return b"".join(ln + ends[i % 3] for i, ln in enumerate(lines[:-1])) + lines[-1]

    (tmp_path / "l.md").write_bytes(mix(LF))
    r = fix(cli, arxiv_server, tmp_path, "l.md", "--write")
    assert "applied 5 fix(es)" in r.err
    assert (tmp_path / "l.md").read_bytes() == mix(fixed_lf)


def test_utf8_bom_is_kept(cli, arxiv_server, tmp_path, fixed_lf):
    (tmp_path / "l.md").write_bytes(BOM + LF)
    r = fix(cli, arxiv_server, tmp_path, "l.md", "--write")
    assert "applied 5 fix(es)" in r.err
    assert (tmp_path / "l.md").read_bytes() == BOM + fixed_lf


def test_diff_of_a_last_line_without_newline_applies(tmp_path):
    before = "a\nb [x](u)"
    f = Finding(Rule.LINK_TEXT_MISMATCH, Severity.ERROR, "l.md", 2, "t", "paper", "m")
    after, edits = plan(before, [Finding(**{**f.__dict__, "fix": ("[x](u)", "[u](u)")})])
    assert after == "a\nb [u](u)" and len(edits) == 1
    diff = unified_diff("l.md", before, after)
    assert diff.endswith("+b [u](u)\n\\ No newline at end of file\n")
    assert git_apply(tmp_path, before.encode(), diff) == after.encode()


# -- item 2: a symlinked list is written through ------------------------------------------------


def test_symlink_is_written_through(cli, arxiv_server, tmp_path, fixed_lf):
    real = tmp_path / "lists"
    real.mkdir()
    (real / "l.md").write_bytes(LF)
    (tmp_path / "l.md").symlink_to(Path("lists") / "l.md")
    (tmp_path / "link2.md").symlink_to("l.md")  # a chain of links
    r = fix(cli, arxiv_server, tmp_path, "link2.md", "--write")
    assert "applied 5 fix(es)" in r.err
    assert (tmp_path / "link2.md").is_symlink() and (tmp_path / "l.md").is_symlink()
    assert (real / "l.md").read_bytes() == fixed_lf
    assert temporaries(tmp_path, real) == []


# -- item 3: owner and mode ---------------------------------------------------------------------


def test_mode_and_owner_are_kept(cli, arxiv_server, tmp_path, fixed_lf):
    lst = tmp_path / "l.md"
    lst.write_bytes(LF)
    os.chmod(lst, 0o604)
    if ROOT:  # root can give the file to someone else, as a shared checkout would have it
        os.chown(lst, 12345, 23456)
    before = os.stat(lst)
    r = fix(cli, arxiv_server, tmp_path, "l.md", "--write")
    assert "applied 5 fix(es)" in r.err
    after = os.stat(lst)
    assert stat.S_IMODE(after.st_mode) == 0o604
    assert (after.st_uid, after.st_gid) == (before.st_uid, before.st_gid)
    assert after.st_ino != before.st_ino and lst.read_bytes() == fixed_lf  # really replaced


def _no_chown(*args, **kwargs):
    raise PermissionError(1, "Operation not permitted")


@pytest.mark.skipif(not ROOT, reason="only root can make a file owned by someone else")
def test_owner_that_cannot_be_kept_stops_the_write(cli, arxiv_server, tmp_path, monkeypatch):
    lst = tmp_path / "l.md"
    lst.write_bytes(LF)
    os.chown(lst, 12345, 23456)
    monkeypatch.setattr(os, "chown", _no_chown)  # as a user who may not give files away
    r = fix(cli, arxiv_server, tmp_path, "l.md", "--write")
    assert r.status == 2
    assert r.err.count("\n") == 1 and "owner" in r.err and "nothing changed" in r.err
    assert lst.read_bytes() == LF and os.stat(lst).st_uid == 12345
    assert temporaries(tmp_path) == []


def test_same_owner_needs_no_chown(cli, arxiv_server, tmp_path, monkeypatch, fixed_lf):
    lst = tmp_path / "l.md"
    lst.write_bytes(LF)
    monkeypatch.setattr(os, "chown", _no_chown)
    r = fix(cli, arxiv_server, tmp_path, "l.md", "--write")
    assert r.status == 0 and lst.read_bytes() == fixed_lf


# -- item 4: no temporary file left behind, whatever stops the write ---------------------------


@pytest.mark.parametrize("where", ["fsync", "replace", "chmod"])
@pytest.mark.parametrize("exc", [KeyboardInterrupt, SystemExit])
def test_interrupted_write_leaves_original_and_no_temporary(
    cli, arxiv_server, tmp_path, monkeypatch, where, exc
):
    lst = tmp_path / "l.md"
    lst.write_bytes(LF)

    def boom(*args, **kwargs):
        raise exc()

    monkeypatch.setattr(os, where, boom)
    if exc is SystemExit:
        with pytest.raises(SystemExit):
            fix(cli, arxiv_server, tmp_path, "l.md", "--write")
    else:
        r = fix(cli, arxiv_server, tmp_path, "l.md", "--write")
        assert r.status == 130 and r.err == "paperlist: interrupted\n"
    monkeypatch.undo()
    assert lst.read_bytes() == LF
    assert temporaries(tmp_path) == []


def test_sigterm_during_write_leaves_original_and_no_temporary(
    cli, arxiv_server, tmp_path, monkeypatch
):
    """SIGTERM mid-write: the temporary file goes, then the signal is handled as before."""
    lst = tmp_path / "l.md"
    lst.write_bytes(LF)
    seen: list[int] = []
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: seen.append(signum))
    real_fsync = os.fsync

    def fsync_then_terminated(fd: int) -> None:
        real_fsync(fd)
        os.kill(os.getpid(), signal.SIGTERM)

    monkeypatch.setattr(os, "fsync", fsync_then_terminated)
    try:
        r = fix(cli, arxiv_server, tmp_path, "l.md", "--write")
        handler_after = signal.getsignal(signal.SIGTERM)
    finally:
        signal.signal(signal.SIGTERM, previous)
    monkeypatch.undo()
    assert lst.read_bytes() == LF and temporaries(tmp_path) == []
    assert seen == [signal.SIGTERM]  # the process's own handler still got the signal
    assert handler_after is not None and handler_after.__name__ == "<lambda>"
    assert r.status == 2 and "nothing changed" in r.err and r.err.count("\n") == 1


# -- item 5: read-only folder or file: one line, exit 2 -----------------------------------------


@pytest.mark.parametrize("locked", ["folder", "file"])
def test_read_only_is_one_line_and_exit_2(arxiv_server, tmp_path, locked):
    """In a child without capabilities, so that the permission bits hold for root too."""
    folder = tmp_path / "ro"
    folder.mkdir()
    lst = folder / "l.md"
    lst.write_bytes(LF)
    os.chmod(lst, 0o444)
    if locked == "folder":
        os.chmod(folder, 0o555)
    try:
        status, out, err = run_forked(
            ["fix", "ro/l.md", "--write", "--no-links"],
            cwd=tmp_path,
            env=env(arxiv_server, tmp_path),
            timeout=120,
            unprivileged=True,
        )
    finally:
        os.chmod(folder, 0o755)
    assert status == 2, err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("paperlist: FixError: ro/l.md")
    assert "nothing changed" in err
    assert out.startswith("--- a/ro/l.md")  # the diff is still there to apply by hand
    assert lst.read_bytes() == LF and temporaries(folder) == []


# -- more ways to lose data: hard links, edits made while the check ran --------------------------


def test_hard_linked_file_is_not_split(cli, arxiv_server, tmp_path):
    lst = tmp_path / "l.md"
    lst.write_bytes(LF)
    os.link(lst, tmp_path / "other-name.md")
    r = fix(cli, arxiv_server, tmp_path, "l.md", "--write")
    assert r.status == 2 and "hard link" in r.err and r.err.count("\n") == 1
    assert lst.read_bytes() == LF and os.stat(lst).st_nlink == 2
    assert temporaries(tmp_path) == []


def test_edit_made_while_checking_is_not_overwritten(cli, arxiv_server, tmp_path):
    lst = tmp_path / "l.md"
    lst.write_bytes(LF)
    edited = LF + b"\nA line the user added while paperlist was checking.\n"

    def sources_and_an_edit(settings, progress):
        lst.write_bytes(edited)  # the check takes a while: the user saves meanwhile
        return build_sources(settings, progress)

    r = fix(cli, arxiv_server, tmp_path, "l.md", "--write", deps=Deps(sources=sources_and_an_edit))
    assert r.status == 2 and "changed" in r.err and r.err.count("\n") == 1
    assert lst.read_bytes() == edited and temporaries(tmp_path) == []
