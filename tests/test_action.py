"""action.yml run the way the runner runs a composite action, on a sample repository.

Each ``run`` step is written to a file and run with ``bash --noprofile --norc -eo
pipefail`` (what ``shell: bash`` means), in its ``working-directory``, with the variables
the runner sets (``GITHUB_ACTION_PATH``, ``RUNNER_TEMP``, ``GITHUB_OUTPUT``,
``GITHUB_STEP_SUMMARY``, ``GITHUB_EVENT_PATH``, ...) and the step's ``env`` with its
``${{ }}`` expressions evaluated from the inputs. The install step builds a fresh
virtualenv from the action's checkout with no index (``PIP_NO_INDEX``), from the wheels
``make wheelhouse`` downloaded; paperlist then talks only to the local fake services.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from pipeline import action
from tests.conftest import CATALOG_REPOS, Server
from tests.support import servers
from tests.support.atom import seed_papers

ROOT = Path(__file__).resolve().parent.parent
WHEELHOUSE = Path(os.environ.get("PAPERLIST_WHEELHOUSE", ROOT / ".venv" / "wheelhouse"))
ACTION = yaml.safe_load((ROOT / "action.yml").read_text("utf-8"))
EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
PAPERS = seed_papers()
IDS = list(PAPERS)


def evaluate(text: str, context: Mapping[str, object]) -> str:
    """``${{ a.b.c }}`` replaced by its value; only plain context lookups are allowed."""

    def value(match: re.Match[str]) -> str:
        node: object = context
        parts = match.group(1).split(".")
        if parts[0] == "steps" and parts[-1] not in context["steps"].get(parts[1], {}).get(  # type: ignore[attr-defined]
            "outputs", {}
        ):
            return ""  # the runner's value for an output a step did not set
        for part in parts:
            assert isinstance(node, Mapping) and part in node, f"unknown: {match.group(0)}"
            node = node[part]
        return str(node)

    return EXPRESSION.sub(value, text)


def parse_outputs(text: str) -> dict[str, str]:
    """GITHUB_OUTPUT as the runner reads it (``k=v`` and ``k<<DELIM`` forms)."""
    out: dict[str, str] = {}
    lines = iter(text.splitlines())
    for line in lines:
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            key, mark = line.split("<<", 1)
            body = []
            for more in lines:
                if more == mark:
                    break
                body.append(more)
            out[key] = "\n".join(body)
        elif "=" in line:
            key, val = line.split("=", 1)
            out[key] = val
    return out


@dataclass
class StepRun:
    status: int
    log: str
    outputs: dict[str, str]
    summary: str


@dataclass
class ActionRun:
    steps: dict[str, StepRun]
    outputs: dict[str, str]

    @property
    def status(self) -> int:
        return next((s.status for s in self.steps.values() if s.status), 0)

    @property
    def log(self) -> str:
        return "".join(s.log for s in self.steps.values())

    @property
    def summary(self) -> str:
        return "".join(s.summary for s in self.steps.values())


def _base_env(temp: Path, repo: Path, extra: Mapping[str, str]) -> dict[str, str]:
    tools = temp / "tools"
    tools.mkdir(exist_ok=True)
    if not (tools / "python3").exists():
        (tools / "python3").symlink_to(sys.executable)  # python3 on PATH, no paperlist
    return {
        "PATH": f"{tools}:/usr/local/bin:/usr/bin:/bin",
        "HOME": str(temp / "home"),
        "CI": "true",
        "GITHUB_ACTIONS": "true",
        "GITHUB_WORKSPACE": str(repo),
        "GITHUB_ACTION_PATH": str(ROOT),
        "RUNNER_TEMP": str(temp),
        "PIP_CONFIG_FILE": os.devnull,
        "PIP_NO_INDEX": "1",
        "PIP_FIND_LINKS": str(WHEELHOUSE),
        **extra,
    }


def run_steps(
    repo: Path,
    temp: Path,
    with_: Mapping[str, str],
    env: Mapping[str, str],
    only: tuple[str, ...] | None = None,
) -> ActionRun:
    """Run action.yml's steps in order, as the runner would, until one fails."""
    github = {"token": "", "action_path": str(ROOT), "workspace": str(repo)}
    inputs = {
        name: evaluate(str(spec.get("default", "")), {"github": github})
        for name, spec in ACTION["inputs"].items()
    }
    assert set(with_) <= set(inputs), "an input action.yml does not declare"
    inputs.update(with_)
    context = {"inputs": inputs, "github": github, "runner": {"temp": str(temp)}}
    ran: dict[str, StepRun] = {}
    for n, step in enumerate(ACTION["runs"]["steps"]):
        key = step.get("id", f"step{n}")
        if only is not None and key not in only:
            continue
        assert "uses" not in step and step["shell"] == "bash"
        assert "${{" not in step["run"], "expressions in run: are template injection"
        script = temp / f"{key}.sh"
        script.write_text(step["run"], "utf-8")
        files = {name: temp / f"{key}.{name}" for name in ("output", "summary")}
        for f in files.values():
            f.write_text("")
        step_env = _base_env(temp, repo, env)
        step_env |= {k: evaluate(str(v), context) for k, v in step.get("env", {}).items()}
        step_env |= {"GITHUB_OUTPUT": str(files["output"])}
        step_env |= {"GITHUB_STEP_SUMMARY": str(files["summary"])}
        cwd = repo / evaluate(step.get("working-directory", "."), context)
        proc = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
            cwd=cwd,
            env=step_env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        ran[key] = StepRun(
            proc.returncode,
            proc.stdout + proc.stderr,
            parse_outputs(files["output"].read_text("utf-8")),
            files["summary"].read_text("utf-8"),
        )
        if proc.returncode:
            break
    steps_ctx = {k: {"outputs": s.outputs} for k, s in ran.items()}
    outputs = {}
    if "check" in ran:
        outputs = {
            name: evaluate(spec["value"], {"steps": steps_ctx})
            for name, spec in ACTION["outputs"].items()
        }
    return ActionRun(ran, outputs)


# -- a sample repository and the local services ----------------------------------------
def write_list(path: Path, wrong: set[int], code: bool = True) -> None:
    """A bullet list of the seed papers; entries in ``wrong`` name another ID in the link text."""
    lines = ["# RL for image generation", "", "Papers using reinforcement learning.", ""]
    for i, k in enumerate(IDS):
        text = IDS[(i + 1) % len(IDS)] if i in wrong else k
        repo = " [Code](https://github.com/hu-zijing/B2-DiffuRL)" if code and i == 0 else ""
        lines.append(
            f"- **{PAPERS[k].title}** [{text}](https://arxiv.org/abs/{k}){repo} "
            f"({PAPERS[k].published[:4]})"
        )
    path.write_text("\n".join(lines) + "\n", "utf-8")


def git(repo: Path, *args: str) -> str:
    env = {"PATH": os.environ["PATH"], "HOME": str(repo), "GIT_CONFIG_NOSYSTEM": "1"}
    ident = ["-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    return subprocess.run(
        ["git", *ident, *args], cwd=repo, env=env, capture_output=True, text=True, check=True
    ).stdout.strip()


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    path = tmp_path / "repo"
    path.mkdir()
    git(path, "init", "-q", "-b", "main")
    (path / "paperlist.yaml").write_text("lists: [papers.md]\n", "utf-8")
    write_list(path / "papers.md", wrong=set())
    git(path, "add", ".")
    git(path, "commit", "-q", "-m", "base")
    return path


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, StepRun]]:
    """RUNNER_TEMP after the action's install step ran once (offline, from the wheelhouse)."""
    if not any(WHEELHOUSE.glob("arxiv-*.whl")):
        pytest.fail(
            f"no wheels in {WHEELHOUSE}: run `make wheelhouse` (make test-integration does)"
        )
    temp = tmp_path_factory.mktemp("runner")
    empty = temp / "empty-repo"
    empty.mkdir()
    run = run_steps(empty, temp, {}, {}, only=("step0",))  # the install step (no id)
    yield temp, run.steps["step0"]


@pytest.fixture
def services() -> Iterator[dict[str, Server]]:
    rec_a, rec_g, rec_w = servers.Recorder(), servers.Recorder(), servers.Recorder()
    with (
        servers.serve(servers.arxiv_handler(PAPERS, rec_a)) as arxiv,
        servers.serve(servers.github_handler(dict(CATALOG_REPOS), {}, rec_g)) as gh,
        servers.serve(servers.web_handler({}, rec_w)) as web,
    ):
        yield {
            "arxiv": Server(arxiv + "/api/query", rec_a),
            "github": Server(gh, rec_g),
            "web": Server(web, rec_w),
        }


def service_env(services: Mapping[str, Server], tmp_path: Path) -> dict[str, str]:
    """Every endpoint on 127.0.0.1: the check in the child process reaches nothing else."""
    web = services["web"].url
    return {
        "PAPERLIST_ARXIV_API_URL": services["arxiv"].url,
        "PAPERLIST_ARXIV_DELAY": "0",
        "GITHUB_API_URL": services["github"].url,
        "GITHUB_GRAPHQL_URL": services["github"].url + "/graphql",
        "PAPERLIST_HF_API_URL": web,
        "PAPERLIST_S2_API_URL": web,
        "PAPERLIST_DBLP_URL": web,
        "HTTP_PROXY": web,
        "HTTPS_PROXY": web,
        "NO_PROXY": "127.0.0.1,localhost",
        "PAPERLIST_CACHE_DIR": str(tmp_path / "cache"),
    }


def check(repo: Path, installed, services, tmp_path: Path, **inputs: str) -> ActionRun:
    temp, _ = installed
    env = service_env(services, tmp_path)
    env |= inputs.pop("env", {})  # type: ignore[arg-type]
    return run_steps(repo, temp, {"config": "paperlist.yaml", **inputs}, env, only=("check",))


# -- the action, end to end ---------------------------------------------------------------
def test_install_step_builds_paperlist_from_the_actions_checkout(installed):
    _, step = installed
    assert step.status == 0, step.log
    assert "paperlist 0.1.0" in step.log


def test_errors_annotated_up_to_githubs_cap_and_all_in_the_summary(
    repo, installed, services, tmp_path
):
    write_list(repo / "papers.md", wrong=set(range(11)))
    run = check(repo, installed, services, tmp_path, token="t0ken-for-test")
    assert run.status == 1  # fail-on error (the default) with error findings
    out = run.outputs
    assert (out["exit-code"], out["failed"], out["errors"], out["new-errors"]) == (
        "1",
        "true",
        "11",
        "11",
    )
    report = json.loads(Path(repo / out["report-json"]).read_text("utf-8"))
    assert out["warnings"] == str(report["summary"]["warning"])
    assert out["entries"] == "11" and out["report-md"].endswith("report.md")
    errors = [line for line in run.log.splitlines() if line.startswith("::error ")]
    assert len(errors) == action.ANNOTATIONS_PER_KIND  # the 11th would be dropped by GitHub
    assert all("file=papers.md,line=" in e and "title=link-text-mismatch" in e for e in errors)
    summary = run.steps["check"].summary
    assert "## paperlist: failed (11 entries, exit status 1)" in summary
    assert "1 finding(s) have no annotation" in summary
    assert summary.count("- **error** `link-text-mismatch`") == 11  # every finding is there
    # the token reached GitHub's API (GraphQL) and nothing else
    gh = services["github"].recorder.requests
    assert gh and all(h.get("Authorization") == "Bearer t0ken-for-test" for _, _, h in gh)
    assert "t0ken-for-test" not in run.log + summary
    # nothing was asked of a host through the proxy (it would get an absolute URL)
    assert all(path.startswith("/") for path in services["web"].recorder.paths)


def test_a_good_list_passes_and_paths_are_relative_to_the_repository(
    repo, installed, services, tmp_path
):
    (repo / "lists").mkdir()
    write_list(repo / "lists" / "papers.md", wrong={3})
    (repo / "lists" / "paperlist.yaml").write_text("lists: [papers.md]\n")
    run = check(
        repo,
        installed,
        services,
        tmp_path,
        config="paperlist.yaml",
        **{"working-directory": "lists"},
    )
    assert run.outputs["errors"] == "1"
    (error,) = [line for line in run.log.splitlines() if line.startswith("::error ")]
    assert error.startswith("::error file=lists/papers.md,line=8,")
    write_list(repo / "lists" / "papers.md", wrong=set())
    run = check(repo, installed, services, tmp_path, **{"working-directory": "lists"})
    assert run.status == 0 and run.outputs["exit-code"] == "0"
    assert run.outputs["failed"] == "false" and run.outputs["errors"] == "0"
    assert "## paperlist: passed" in run.summary


def test_changed_mode_takes_the_pull_requests_base_from_the_event(
    repo, installed, services, tmp_path
):
    base = git(repo, "rev-parse", "HEAD")
    write_list(repo / "papers.md", wrong={2})
    git(repo, "commit", "-q", "-am", "a wrong link")
    event = tmp_path / "event.json"
    event.write_text(json.dumps({"pull_request": {"base": {"sha": base}}}))
    run = check(
        repo,
        installed,
        services,
        tmp_path,
        mode="changed",
        env={"GITHUB_EVENT_PATH": str(event), "GITHUB_EVENT_NAME": "pull_request"},
    )
    assert f"--changed-since {base}" in run.log
    assert run.outputs["entries"] == "1" and run.outputs["errors"] == "1"
    assert run.status == 1


def test_fail_on_never_keeps_the_step_green_and_says_the_exit_code(
    repo, installed, services, tmp_path
):
    write_list(repo / "papers.md", wrong={0, 1})
    run = check(repo, installed, services, tmp_path, **{"fail-on": "never"})
    assert run.status == 0
    assert run.outputs["exit-code"] == "1" and run.outputs["failed"] == "false"


def test_a_run_that_could_not_be_done_fails_the_step(repo, installed, services, tmp_path):
    run = check(repo, installed, services, tmp_path, lists="missing.md")
    assert run.status == 1
    assert run.outputs["exit-code"] == "2" and run.outputs["report-json"] == ""
    assert "missing.md: no such file" in run.log
    assert "could not run (exit status 2)" in run.summary


def test_a_bad_input_is_one_line_and_exit_2(repo, installed, services, tmp_path):
    run = check(repo, installed, services, tmp_path, mode="partial")
    assert run.status == 2
    assert run.log.strip() == (
        "::error title=paperlist::input 'mode' is 'partial'; use one of: full, changed"
    )


def test_a_huge_report_is_cut_below_one_mib_before_an_entry(repo, installed, services, tmp_path):
    ids = [f"2401.{n:05d}" for n in range(1, 2401)]
    lines = ["# Papers", ""] + [
        f"- **A study of topic number {n} in image generation** "
        f"[{ids[n - 1]}](https://arxiv.org/abs/{ids[n % len(ids)]}) (2024)"
        for n in range(1, len(ids) + 1)
    ]
    (repo / "papers.md").write_text("\n".join(lines) + "\n")
    run = check(repo, installed, services, tmp_path, args="--offline --no-links")
    report_md = (repo / run.outputs["report-md"]).read_bytes()
    assert len(report_md) > 1024 * 1024  # the case: the report itself is over the cap
    summary = run.steps["check"].summary.encode("utf-8")
    assert len(summary) < 1024 * 1024
    assert b"The summary stops here" in summary
    before_note = summary.split(b"\n\n> **The summary stops here**")[0]
    assert before_note.rstrip().endswith(b")") or b"\n### " in before_note[-3000:]
    assert run.outputs["errors"] == "2400"


def test_sarif_report_for_code_scanning(repo, installed, services, tmp_path):
    write_list(repo / "papers.md", wrong={1, 4})
    run = check(repo, installed, services, tmp_path, format="sarif")
    sarif_path = repo / run.outputs["report-sarif"]
    assert sarif_path.name == "report.sarif"
    sarif = json.loads(sarif_path.read_text("utf-8"))
    assert sarif["version"] == "2.1.0"
    report = json.loads((repo / run.outputs["report-json"]).read_text("utf-8"))
    assert len(sarif["runs"][0]["results"]) == len(report["findings"])
    assert run.outputs["errors"] == "2" and run.status == 1


def test_baseline_fails_only_on_new_errors(repo, installed, services, tmp_path):
    baseline = repo / "baseline.json"
    run = check(repo, installed, services, tmp_path, baseline="baseline.json")
    assert "no baseline at baseline.json yet" in run.log  # the first run: all new
    write_list(repo / "papers.md", wrong={0, 1, 2, 3, 4})
    run = check(repo, installed, services, tmp_path, **{"fail-on": "never"})
    baseline.write_bytes((repo / run.outputs["report-json"]).read_bytes())
    # the same five errors: known, the step passes (fail-on defaults to new)
    run = check(repo, installed, services, tmp_path, baseline="baseline.json")
    assert (run.outputs["errors"], run.outputs["new-errors"], run.status) == ("5", "0", 0)
    # one more wrong link: one new error fails the step; the known ones are not annotated first
    write_list(repo / "papers.md", wrong={0, 1, 2, 3, 4, 7})
    run = check(repo, installed, services, tmp_path, baseline="baseline.json")
    assert (run.outputs["errors"], run.outputs["new-errors"], run.status) == ("6", "1", 1)
    errors = [line for line in run.log.splitlines() if line.startswith("::error ")]
    assert "line=12," in errors[0] and "(known)" not in errors[0]
    assert all("(known)" in e for e in errors[1:])
    # fail-on error still fails on the known errors
    run = check(
        repo, installed, services, tmp_path, baseline="baseline.json", **{"fail-on": "error"}
    )
    assert run.status == 1 and run.outputs["failed"] == "true"


# -- the parts, directly ------------------------------------------------------------------
def finding(rule: str, severity: str, line: int, baseline: str | None = None) -> dict:
    f = {"rule": rule, "severity": severity, "path": "a.md", "line": line, "message": "m"}
    return f | ({"baseline": baseline} if baseline else {})


def test_annotations_cap_each_kind_and_put_new_findings_first(tmp_path):
    findings = [finding("r", "error", n, "known") for n in range(1, 13)]
    findings += [finding("n", "error", 99, "new"), finding("w", "warning", 5)]
    findings += [finding("i", "info", n) for n in range(11)]
    shown, left_out = action.annotations(findings, tmp_path)
    kinds = [s.split(" ", 1)[0] for s in shown]
    assert kinds.count("::error") == 10 and kinds.count("::notice") == 10
    assert kinds.count("::warning") == 1 and left_out == len(findings) - 21
    errors = [s for s in shown if s.startswith("::error")]
    assert "line=99,title=n::" in errors[0]  # the new error first
    assert "title=r (known)::" in errors[1] and "line=9," in errors[-1]


@pytest.mark.parametrize(
    ("fail_on", "tally", "code", "fails"),
    [
        ("error", {"error": 1, "warning": 0, "new-error": 0}, 1, True),
        ("error", {"error": 0, "warning": 3, "new-error": 0}, 0, False),
        ("warning", {"error": 0, "warning": 3, "new-error": 0}, 0, True),
        ("new", {"error": 4, "warning": 0, "new-error": 0}, 0, False),
        ("new", {"error": 4, "warning": 0, "new-error": 1}, 1, True),
        ("never", {"error": 4, "warning": 0, "new-error": 4}, 1, False),
        ("never", None, 2, False),
        ("new", None, 2, True),
        ("error", {"error": 0, "warning": 0, "new-error": 0}, 2, True),
    ],
)
def test_fail_on(fail_on, tally, code, fails):
    assert action.should_fail(fail_on, code, tally) is fails


def test_fail_on_defaults_to_new_with_a_baseline():
    assert action.read_inputs({"INPUT_BASELINE": "last.json"}).fail_on == "new"
    assert action.read_inputs({}).fail_on == "error"
    inputs = action.read_inputs({"INPUT_BASELINE": "b.json", "INPUT_ARGS": "--no-links"})
    argv = action.check_argv(inputs, "abc", baseline_exists=True)
    assert argv[-5:] == ["--changed-since", "abc", "--baseline", "b.json", "--no-links"]
    assert "--baseline" not in action.check_argv(inputs, "", baseline_exists=False)


@pytest.mark.parametrize(
    ("event", "base"),
    [
        ({"pull_request": {"base": {"sha": "b" * 40}}}, "b" * 40),
        ({"merge_group": {"base_sha": "c" * 40}}, "c" * 40),
        ({"before": "d" * 40}, "d" * 40),
        ({"before": "0" * 40}, ""),  # a new branch: nothing to compare with
        ([], ""),
    ],
)
def test_event_base(tmp_path, event, base):
    path = tmp_path / "event.json"
    path.write_text(json.dumps(event))
    assert action.event_base({"GITHUB_EVENT_PATH": str(path)}) == base


def test_cut_summary_keeps_whole_text_under_the_limit_and_cuts_at_an_entry():
    text = "## head\n" + "".join(f"\n### entry {n}\n- finding é\n" for n in range(100))
    assert action.cut_summary(text, 10_000) == text
    cut = action.cut_summary(text, 1_000)
    assert len(cut.encode("utf-8")) <= 1_000 and "The summary stops here" in cut
    assert cut.split("\n\n> **The summary")[0].endswith("- finding é\n")


def test_outputs_use_the_delimiter_form(tmp_path):
    out = tmp_path / "out"
    action.write_outputs(str(out), {"a": "1", "b": "two\nlines"})
    assert parse_outputs(out.read_text()) == {"a": "1", "b": "two\nlines"}


def test_this_repositorys_workflows_use_the_action():
    def workflow(name: str) -> dict:
        return yaml.load((ROOT / ".github/workflows" / name).read_text(), Loader=yaml.BaseLoader)

    (pr,) = [
        s
        for s in workflow("pr.yml")["jobs"]["check"]["steps"]
        if "uses" in s and s["uses"] == "./checker"
    ]
    assert pr["with"]["mode"] == "changed"
    steps = workflow("nightly.yml")["jobs"]["check"]["steps"]
    (nightly,) = [s for s in steps if s.get("uses") == "./"]
    assert nightly["id"] == "check" and nightly["with"]["fail-on"] == "never"
    baseline = nightly["with"]["baseline"]
    assert baseline.startswith(".paperlist-cache/")  # kept between nights by the cache
    (keep,) = [s for s in steps if baseline in s.get("run", "")]
    assert "exit-code == '0'" in keep["if"] and "exit-code == '1'" in keep["if"]
    assert (
        steps.index(nightly)
        < steps.index(keep)
        < steps.index(next(s for s in steps if s.get("uses", "").startswith("actions/cache/save")))
    )


def test_install_step_uses_the_actions_checkout_and_the_constraints():
    install = ACTION["runs"]["steps"][0]["run"]
    assert '--constraint "$GITHUB_ACTION_PATH/constraints.txt" "$GITHUB_ACTION_PATH"' in install
    assert "git+" not in install and "pip install paperlist" not in install
