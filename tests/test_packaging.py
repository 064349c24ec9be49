"""paperlist installs like any tool: a wheel and an sdist that build and pass twine check,
compatible dependency ranges with the tested versions in constraints.txt, --version.

Built from a clone of the committed repository with ``python -m build`` (its isolated
build environment takes setuptools from the wheelhouse, no index), installed into a fresh
virtualenv from the wheelhouse, as ``pipx``/``uvx`` would install it from an index.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement

import pipeline

ROOT = Path(__file__).resolve().parent.parent
WHEELHOUSE = Path(os.environ.get("PAPERLIST_WHEELHOUSE", ROOT / ".venv" / "wheelhouse"))
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def offline_env(home: Path) -> dict[str, str]:
    return {
        "PATH": f"{Path(sys.executable).parent}:/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "PIP_CONFIG_FILE": os.devnull,
        "PIP_NO_INDEX": "1",
        "PIP_FIND_LINKS": str(WHEELHOUSE),
        "VIRTUALENV_NO_PERIODIC_UPDATE": "1",
    }


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not any(WHEELHOUSE.glob("setuptools-*.whl")):
        pytest.fail(
            f"no wheels in {WHEELHOUSE}: run `make wheelhouse` (make test-integration does)"
        )
    work = tmp_path_factory.mktemp("build")
    env = offline_env(work)
    subprocess.run(["git", "clone", "-q", str(ROOT), str(work / "src")], env=env, check=True)
    out = work / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(work / "src")],
        env=env,
        capture_output=True,
        check=True,
        timeout=300,
    )
    return out


def test_wheel_and_sdist_build_and_pass_twine_check(dist):
    wheel = next(dist.glob("paperlist-*.whl"))
    sdist = next(dist.glob("paperlist-*.tar.gz"))
    assert wheel.name.startswith(f"paperlist-{pipeline.__version__}-py3-none-any")
    twine = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", str(wheel), str(sdist)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert twine.returncode == 0, twine.stdout + twine.stderr
    assert twine.stdout.count("PASSED") == 2
    names = zipfile.ZipFile(wheel).namelist()
    assert "pipeline/report/schema.json" in names  # the report schema ships
    assert not [n for n in names if n.startswith("tests/")]
    with tarfile.open(sdist) as tar:
        members = tar.getnames()
    assert any(m.endswith("/README.md") for m in members)  # the long description


def test_installed_wheel_runs_and_says_its_version(dist, tmp_path):
    env = offline_env(tmp_path)
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], env=env, check=True)
    wheel = next(dist.glob("paperlist-*.whl"))
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q"]
    subprocess.run(
        [*pip, "--constraint", str(ROOT / "constraints.txt"), str(wheel)],
        env=env,
        check=True,
        timeout=300,
    )
    version = subprocess.run(
        [str(venv / "bin" / "paperlist"), "--version"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert version.stdout.strip() == f"paperlist {pipeline.__version__}"
    hook = subprocess.run(
        [str(venv / "bin" / "paperlist-pre-commit"), "--help"], env=env, capture_output=True
    )
    assert hook.returncode == 0


def test_dependencies_are_compatible_ranges_and_the_constraints_pin_each():
    pins = {}
    for line in (ROOT / "constraints.txt").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            req = Requirement(line)
            (spec,) = req.specifier
            assert spec.operator == "==", line
            pins[req.name.lower().replace("_", "-")] = spec.version
    for line in PYPROJECT["project"]["dependencies"]:
        req = Requirement(line)
        ops = {s.operator for s in req.specifier}
        assert ops == {">=", "<"}, f"{line}: a compatible range (>=tested,<next major)"
        assert req.specifier.contains(pins[req.name.lower()]), f"{line}: tested version outside"
    arxiv = next(Requirement(d) for d in PYPROJECT["project"]["dependencies"] if "arxiv" in d)
    assert not arxiv.specifier.contains("4.1.0")  # private hooks of 4.0.x (contract test)
    for line in PYPROJECT["project"]["optional-dependencies"]["test"]:
        assert Requirement(line).name.lower() in pins


def test_version_has_one_source():
    assert PYPROJECT["project"]["dynamic"] == ["version"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "pipeline.__version__"}
