"""The hooks in .pre-commit-hooks.yaml, installed by the real pre-commit (``try-repo``).

pre-commit builds the hook's environment as it would for any user (``language:
python``: a virtualenv and ``pip install`` of this repository), but with no index: pip
takes paperlist's build and runtime dependencies from the wheels ``make wheelhouse``
downloaded (``PIP_NO_INDEX``, ``PIP_FIND_LINKS``), so the test needs no network.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from pipeline import precommit
from tests.support.atom import seed_papers

ROOT = Path(__file__).resolve().parent.parent
WHEELHOUSE = Path(os.environ.get("PAPERLIST_WHEELHOUSE", ROOT / ".venv" / "wheelhouse"))
PAPERS = seed_papers()
IDS = list(PAPERS)


def paper_list(wrong: set[int]) -> str:
    lines = ["# RL for image generation", "", "Papers using reinforcement learning.", ""]
    for i, k in enumerate(IDS):
        text = IDS[(i + 1) % len(IDS)] if i in wrong else k
        lines.append(
            f"- **{PAPERS[k].title}** [{text}](https://arxiv.org/abs/{k}) "
            f"({PAPERS[k].published[:4]})"
        )
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    if not any(WHEELHOUSE.glob("arxiv-*.whl")):
        pytest.fail(
            f"no wheels in {WHEELHOUSE}: run `make wheelhouse` (make test-integration does)"
        )
    home = tmp_path_factory.mktemp("pre-commit-home")
    bindir = str(Path(sys.executable).parent)  # pre-commit, from the test extra
    return {
        "PATH": f"{bindir}:/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "PRE_COMMIT_HOME": str(home / "cache"),
        "PIP_CONFIG_FILE": os.devnull,
        "PIP_NO_INDEX": "1",
        "PIP_FIND_LINKS": str(WHEELHOUSE),
        "VIRTUALENV_NO_PERIODIC_UPDATE": "1",
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
    }


@pytest.fixture(scope="module")
def hooks_repo(tmp_path_factory: pytest.TempPathFactory, env: dict[str, str]) -> Path:
    """This repository as committed (a clone), as pre-commit fetches a hooks repository."""
    clone = tmp_path_factory.mktemp("hooks") / "paperlist"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], env=env, check=True)
    return clone


@pytest.fixture
def repo(tmp_path: Path, env: dict[str, str]) -> Path:
    subprocess.run(["git", "init", "-q", str(tmp_path)], env=env, check=True)
    (tmp_path / "NOTES.md").write_text("# Notes\n\nNothing here links a paper.\n")
    return tmp_path


def try_repo(
    hooks: Path, repo: Path, env: dict[str, str], hook: str, *files: str
) -> subprocess.CompletedProcess:
    subprocess.run(["git", "add", "-A"], cwd=repo, env=env, check=True)
    return subprocess.run(
        [
            shutil.which("pre-commit", path=env["PATH"]) or "pre-commit",
            "try-repo",
            str(hooks),
            hook,
            "--files",
            *files,
        ],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.mark.timeout(240)  # pre-commit builds a virtualenv and pip-installs the repository:
# 37 s on an idle 2-core machine, over 60 s beside the other test worker (CI, 2026-12-01)
def test_offline_hook_fails_on_a_bad_entry_and_passes_on_a_good_one(hooks_repo, repo, env):
    (repo / "papers.md").write_text(paper_list(wrong={3}))
    bad = try_repo(hooks_repo, repo, env, "paperlist", "papers.md", "NOTES.md")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "papers.md:8: error [link-text-mismatch]" in bad.stdout
    assert "Failed" in bad.stdout
    (repo / "papers.md").write_text(paper_list(wrong=set()))
    good = try_repo(hooks_repo, repo, env, "paperlist", "papers.md", "NOTES.md")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout
    assert sorted(p.name for p in repo.iterdir()) == [".git", "NOTES.md", "papers.md"]


def test_hooks_definition():
    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    assert set(hooks) == {"paperlist", "paperlist-online"}
    assert hooks["paperlist"]["entry"] == "paperlist-pre-commit"
    assert "stages" not in hooks["paperlist"]  # on every commit
    assert hooks["paperlist-online"]["entry"] == "paperlist-pre-commit --online"
    assert hooks["paperlist-online"]["stages"] == ["pre-push", "manual"]  # never on commit
    assert all(h["language"] == "python" and h["types"] == ["markdown"] for h in hooks.values())


def test_files_without_entries_are_skipped_and_nothing_is_written(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "NOTES.md").write_text("# Notes\n\nNo paper here.\n")
    assert precommit.main(["NOTES.md"]) == 0
    (tmp_path / "papers.md").write_text(paper_list(wrong={0}))
    assert precommit.main(["NOTES.md", "papers.md"]) == 1
    out = capsys.readouterr().out
    assert "papers.md:5: error [link-text-mismatch]" in out and "NOTES.md" not in out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["NOTES.md", "papers.md"]  # no reports/
