"""The README documents every rule, config key, CLI flag and environment variable."""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.checks import registry
from pipeline.cli import build_parser
from pipeline.config import _SCALARS, _TOP_KEYS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text("utf-8")


def test_readme_rule_table_is_the_registry():
    """Every rule with its default severity and the text of its declaration, nothing else."""
    rows = re.findall(r"^\| `([a-z-]+)` \| (error|warning|info) \| (.*) \|$", README, re.M)
    assert {r: (sev, text) for r, sev, text in rows} == {
        s.rule.value: (s.severity.value, s.fires_when) for s in registry.RULES
    }
    assert len(rows) == len(registry.RULES)


def test_every_config_key():
    for key in _TOP_KEYS - set(_SCALARS):
        assert f"`{key}`" in README, key
    for section, keys in _SCALARS.items():
        for key in keys:
            assert f"`{section}.{key}`" in README, f"{section}.{key}"


def test_every_subcommand_and_flag():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, p in sub.choices.items():
        assert f"paperlist {name}" in README, name
        for action in p._actions:
            for flag in action.option_strings:
                if flag in ("-h", "--help") or action.help == "==SUPPRESS==":
                    continue
                assert flag in README, f"{name} {flag}"


def test_every_environment_variable():
    code = "\n".join(p.read_text("utf-8") for p in (ROOT / "pipeline").rglob("*.py"))
    used = set(re.findall(r'"((?:PAPERLIST|GITHUB|SEMANTIC_SCHOLAR)_[A-Z_]+)"', code))
    assert used >= {
        "PAPERLIST_ARXIV_API_URL",
        "PAPERLIST_ARXIV_DELAY",
        "GITHUB_API_URL",
        "GITHUB_TOKEN",
    }
    for var in used:
        assert f"`{var}`" in README, var


def test_readme_starts_with_the_two_commands():
    block = README.split("```sh", 1)[1].split("```", 1)[0]
    assert [ln.split("#")[0].strip() for ln in block.strip().splitlines()] == [
        "make run",
        "make test",
    ]
