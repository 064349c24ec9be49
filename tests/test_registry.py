"""One place per rule: the registry is where IDs, severities, help and preconditions live.

The Markdown glossary, the SARIF rule metadata and the default severities are read from
the registry (a changed declaration shows up in both reports); each rule is one module
of ``pipeline/checks/rules`` and its texts are written nowhere else; a rule that is off
or lacks its evidence is visible in ``--debug`` output, not silently skipped.
"""

from __future__ import annotations

import ast
import importlib
import json
import logging
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from pipeline.checks import CheckContext, check_entry, registry
from pipeline.model import (
    ArxivRecord,
    EntryResult,
    Finding,
    LinkRef,
    PaperEntry,
    Report,
    Rule,
    Severity,
)
from pipeline.report.markdown import MarkdownFormat
from pipeline.report.sarif import SarifFormat
from tests.support.sourcetrees import MODULES, trees

ROOT = Path(__file__).resolve().parent.parent
RULES_DIR = ROOT / "pipeline" / "checks" / "rules"


def _report(*rules: Rule) -> Report:
    entry = PaperEntry("a.md", 3, "A Title")
    findings = tuple(
        Finding(r, Severity.WARNING, "a.md", 3, "A Title", "paper", "m") for r in rules
    )
    return Report("0", "2026-01-01T00:00:00Z", "full", (), (EntryResult(entry, findings),))


def test_every_rule_id_is_one_module_declaring_it():
    modules = {p.stem for p in RULES_DIR.glob("*.py")} - {"__init__"}
    assert {m.replace("_", "-") for m in modules} == {r.value for r in Rule}
    assert sorted(s.rule for s in registry.RULES) == sorted(Rule)
    for spec in registry.RULES:
        module = importlib.import_module(
            f"pipeline.checks.rules.{spec.rule.value.replace('-', '_')}"
        )
        assert module.RULE is spec
        assert spec.help and spec.fires_when
        assert registry.DEFAULT_SEVERITY[spec.rule] is spec.severity


def _string_constants(tree: ast.Module) -> set[str]:
    return {
        n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    }


def test_a_rules_texts_are_written_only_in_its_module():
    sources = {MODULES[m]: _string_constants(tree) for m, tree in trees().items()}
    for spec in registry.RULES:
        home = RULES_DIR / f"{spec.rule.value.replace('-', '_')}.py"
        for text in (spec.help, spec.fires_when):
            where = [p for p, consts in sources.items() if text in consts]
            assert where == [home], (spec.rule, where)


def test_markdown_glossary_reads_the_registry(monkeypatch):
    spec = registry.spec(Rule.OFF_TOPIC)
    monkeypatch.setitem(registry.BY_RULE, Rule.OFF_TOPIC, replace(spec, help="patched meaning"))
    text = MarkdownFormat().format(_report(Rule.OFF_TOPIC, Rule.WRONG_PAPER))
    assert "| `off-topic` | 1 | patched meaning |" in text
    assert f"| `wrong-paper` | 1 | {registry.help_text(Rule.WRONG_PAPER)} |" in text


def test_sarif_rule_metadata_reads_the_registry(monkeypatch):
    spec = registry.spec(Rule.OFF_TOPIC)
    patched = replace(spec, help="patched meaning", severity=Severity.ERROR)
    monkeypatch.setitem(registry.BY_RULE, Rule.OFF_TOPIC, patched)
    log = json.loads(SarifFormat().format(_report()))
    rules = {r["id"]: r for r in log["runs"][0]["tool"]["driver"]["rules"]}
    # in the order of the IDs (ruleIndex stays stable when the engine's order changes)
    assert [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]] == [r.value for r in Rule]
    assert rules["off-topic"]["shortDescription"]["text"] == "patched meaning"
    assert rules["off-topic"]["defaultConfiguration"]["level"] == "error"
    for s in registry.RULES:
        if s.rule is not Rule.OFF_TOPIC:
            assert rules[s.rule.value]["shortDescription"]["text"] == s.help


def _entry() -> PaperEntry:
    return PaperEntry(
        "a.md",
        3,
        "Training Diffusion Models with Reinforcement Learning",
        year=2023,
        paper=LinkRef("https://arxiv.org/abs/2305.13301", "https://arxiv.org/abs/2305.13301", 4),
    )


def test_a_rule_without_its_evidence_is_logged_as_skipped(caplog):
    caplog.set_level(logging.DEBUG, logger="pipeline")
    findings = check_entry(_entry(), CheckContext(arxiv_skipped="offline run (--offline)"))
    assert [f.rule for f in findings] == [Rule.UNVERIFIED]
    assert "a.md:3: wrong-paper (paper) skipped: needs: arXiv resolved the ID" in caplog.text
    assert (
        "a.md:3: venue-mismatch (paper) skipped: needs: arXiv's record is the entry's paper"
        in caplog.text
    )


def test_a_rule_switched_off_is_logged_not_dropped_silently(caplog):
    caplog.set_level(logging.DEBUG, logger="pipeline")
    record = ArxivRecord(
        "2305.13301", 1, "Another Paper About Protein Folding", (), date(2023, 5, 22)
    )
    ctx = CheckContext(records={"2305.13301": record}, severities={Rule.WRONG_PAPER: Severity.OFF})
    assert check_entry(_entry(), ctx) == []
    assert "a.md:3: wrong-paper (paper) skipped: severity is off" in caplog.text


def test_debug_flag_shows_rule_decisions_on_stderr(cli, catalog_copy):
    result = cli("check", "--offline", "--debug", "--config", str(catalog_copy / "config.yaml"))
    assert result.status in (0, 1), result.err
    assert "skipped: needs: arXiv resolved the ID" in result.err
    plain = cli("check", "--offline", "--config", str(catalog_copy / "config.yaml"))
    assert "skipped" not in plain.err


@pytest.mark.parametrize("spec", registry.RULES, ids=lambda s: s.rule.value)
def test_every_rule_runs_somewhere(spec):
    assert spec.checks or spec.list_check or spec.rule is Rule.UNREAD_ENTRY
