"""Rule files → conditions → durable-rules: compilation, exact negation, located errors."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from checker.core import conditions
from checker.core.engine import Engine, compile_ruleset
from checker.core.errors import InputError
from checker.core.pipeline import Checker
from checker.core.rulepack import load_packs

ROOT = Path(__file__).resolve().parent.parent

RULE = """\
rules:
  - id: TS001-01
    name: test-rule
    citations: [{law: patent_act, article: 25, paragraph: 1}]
    applies_to: {patent_type: [invention], procedure: [application]}
    in_force: {from: 2013-06-13, until: 2030-01-01}
    severity: error
    fail_when: {fact: claim_count, lt: 2}
    location: /claims
    messages:
      fail: {zh-TW: "請求項 {claim_count} 項", en: "{claim_count} claims"}
      pass: {zh-TW: "通過", en: "ok"}
    explanation: {zh-TW: "說明", en: "why"}
    fix: {zh-TW: "修正", en: "fix"}
"""

BUNDLE = """\
format: 1
procedure: application
patent_type: invention
submitted_on: 2025-03-14
claims:
  - {number: 1, text: 一種裝置。}
"""


# A pack judging patent bundles with the patent pack's facts, on its own.
TEST_PACK = """\
id: test-pack
regime: patent
default_regime: true
title: test
in_force: {from: 2013-06-13}
bundle_schema: bundle.schema.json
facts: checker.packs.patent.facts
laws: [patent_act]
vocabulary:
  patent_type: [invention, utility_model, design, derivative_design]
  procedure: [application, amendment]
"""


def make_pack(tmp_path: Path, rule_text: str) -> Path:
    pack = tmp_path / "rules" / "test-pack"
    pack.mkdir(parents=True, exist_ok=True)
    (pack / "pack.yaml").write_text(TEST_PACK, encoding="utf-8")
    (pack / "rules.yaml").write_text(rule_text, encoding="utf-8")
    return pack.parent


def outcome(tmp_path: Path, rule_text: str, bundle_text: str = BUNDLE, lang: str = "en"):
    checker = Checker(load_packs(make_pack(tmp_path, rule_text)), lang=lang)
    bundle = tmp_path / "bundle.yaml"
    bundle.write_text(bundle_text, encoding="utf-8")
    findings = [f for f in checker.check_file(bundle).findings if f.rule == "TS001-01"]
    return findings[0] if findings else None


def test_changing_the_yaml_condition_changes_the_outcome(tmp_path):
    first = outcome(tmp_path, RULE)
    assert (first.outcome, first.message) == ("fail", "1 claims")
    second = outcome(tmp_path, RULE.replace("lt: 2", "lt: 1"))
    assert second.outcome == "pass"


def test_in_force_period_and_patent_type_decide_applicability(tmp_path):
    assert outcome(tmp_path, RULE, BUNDLE.replace("2025-03-14", "2030-01-01")) is None
    assert outcome(tmp_path, RULE, BUNDLE.replace("2025-03-14", "2029-12-31")).outcome == "fail"
    assert outcome(tmp_path, RULE, BUNDLE.replace("invention", "design")) is None


def test_date_facts_take_iso_literals_and_show_as_iso(tmp_path):
    rule = RULE.replace("fail_when: {fact: claim_count, lt: 2}", "fail_when: {fact: filing_date, lt: 2025-03-15}")
    rule = rule.replace('en: "{claim_count} claims"', 'en: "filed {filing_date}"')
    found = outcome(tmp_path, rule)
    assert (found.outcome, found.message) == ("fail", "filed 2025-03-14")


@pytest.mark.parametrize(
    "replace,with_,message,line",
    [
        ("fact: claim_count, lt: 2", "fact: claim_cnt, lt: 2", "unknown fact 'claim_cnt'", 8),
        ("fact: claim_count, lt: 2", "fact: claim_count, lt: '2'", "is a int; '2' is not", 8),
        ("fact: claim_count, lt: 2", "fact: has_claims, lt: true", "needs an int or date", 8),
        ("{claim_count} claims", "{claims_total} claims", "unknown fact {claims_total}", 11),
        ('    fix: {zh-TW: "修正", en: "fix"}\n', "", "lacks the required key 'fix'", 2),
        ("severity: error", "severity: fatal", "use one of: error, warning, info", 7),
        (
            "severity: error",
            "severity: error\n    uncertain: the period is from firm sources",
            "use one of: warning, info",
            7,
        ),
        ("id: TS001-01", "id: ts1", "does not match", 2),
    ],
)
def test_rule_file_errors_are_located(tmp_path, replace, with_, message, line):
    assert replace in RULE
    with pytest.raises(InputError) as caught:
        load_packs(make_pack(tmp_path, RULE.replace(replace, with_)))
    assert message in caught.value.message
    assert caught.value.file == "rules/test-pack/rules.yaml"
    assert caught.value.line == line


def test_duplicate_rule_ids_are_refused(tmp_path):
    root = make_pack(tmp_path, RULE)
    (root / "test-pack" / "more.yaml").write_text(RULE, encoding="utf-8")
    with pytest.raises(InputError, match="also defined"):
        load_packs(root)


def test_every_compiled_rule_runs_an_action_named_after_it():
    rules = [r for pack in load_packs() for r in pack.rules]
    compiled = compile_ruleset(rules)
    assert len(compiled) == 2 * len(rules) + 1  # and the sentinel
    assert compiled.pop("__bundle__") == {"all": [{"m": {"kind": "bundle"}}], "run": "__bundle__"}
    for name, definition in compiled.items():
        assert definition["run"] == name
        assert definition["all"][0]["m"]["$and"][0] == {"kind": "bundle"}


# --- negation is exact: durable's pass/fail agree with an independent truth table ------

FACT_VALUES = {"claim_count": [0, 1, 3], "has_claims": [True, False], "language": ["zh-TW", "en", "ja"]}
CONDITION = {
    "any": [
        {"all": [{"fact": "claim_count", "gte": 1}, {"not": {"fact": "has_claims", "is": True}}]},
        {"fact": "language", "not_in": ["zh-TW", "en"]},
        {"not": {"any": [{"fact": "claim_count", "lte": 2}, {"fact": "language", "is": "en"}]}},
    ]
}


def oracle(facts):
    """A plain-Python reading of CONDITION, written out by hand for the test."""
    a = facts["claim_count"] >= 1 and not facts["has_claims"]
    b = facts["language"] not in ("zh-TW", "en")
    c = not (facts["claim_count"] <= 2 or facts["language"] == "en")
    return a or b or c


def test_negation_matches_the_truth_table():
    from checker.packs.patent.facts import FACTS

    conditions.check(CONDITION, FACTS)
    engine = Engine([_rule_with(CONDITION)])
    base = {"patent_type": "invention", "procedure": "application", "governing_date": 20250101}
    for values in itertools.product(*FACT_VALUES.values()):
        facts = {**base, **dict(zip(FACT_VALUES, values, strict=False))}
        expected = "fail" if oracle(facts) else "pass"
        assert engine.evaluate(facts) == {"TS999-01": expected}, facts


def _rule_with(condition):
    from checker.core.rulepack import Rule

    return Rule(
        id="TS999-01",
        name="t",
        pack="t",
        citations=(),
        scope=(("patent_type", ("invention",)), ("procedure", ("application",))),
        scope_names=("",),
        in_force_from=20130613,
        in_force_until=None,
        severity="error",
        when=None,
        fail_when=condition,
        location="/",
        messages={},
        explanation={},
        fix={},
        uncertain=None,
        source="t",
    )


def test_more_bundles_than_durable_keeps_sessions(checker):
    """durable-rules allows 1,024 live sessions per ruleset; each bundle's is deleted."""
    facts_pass = {
        "patent_type": "invention",
        "procedure": "application",
        "governing_date": 20250101,
        "claim_count": 2,
        "has_claims": True,
        "language": "zh-TW",
    }
    engine = Engine([_rule_with(CONDITION)])
    for _ in range(1100):
        assert engine.evaluate(facts_pass) == {"TS999-01": "pass"}


def test_condition_render_is_readable():
    assert conditions.render(CONDITION).startswith("((claim_count >= 1 and not has_claims == true)")


def test_first_bundle_of_a_process_matching_no_rule_does_not_crash(tmp_path):
    """Without the sentinel rule, durable-rules segfaults on the call after a process's
    first fact matched nothing (measured). An annuity bundle with no agent and no
    foreign applicant matches no rule of the current packs."""
    import subprocess
    import sys

    bundle = tmp_path / "annuity.yaml"
    bundle.write_text(
        "format: 1\nprocedure: annuity\npatent_type: design\nsubmitted_on: 2025-03-14\n", encoding="utf-8"
    )
    second = tmp_path / "second.yaml"
    second.write_text(BUNDLE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(ROOT / "cli.py"), "check", "--format", "json", str(bundle), str(second)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 1, result.stderr  # the second bundle has failures
    import json

    bundles = json.loads(result.stdout)["bundles"]
    assert bundles[0]["findings"] == [] and bundles[1]["findings"]


def test_many_rules_sharing_applicability_are_all_judged():
    """One durable ruleset aborted the process once ~33 rules shared their applicability
    (error 303 / heap corruption); the engine splits rules into small rulesets."""
    from dataclasses import replace

    rules = [replace(_rule_with({"fact": "claim_count", "gt": i}), id=f"TS999-{i:02d}") for i in range(90)]
    engine = Engine(rules)
    facts = {
        "patent_type": "invention",
        "procedure": "application",
        "governing_date": 20250101,
        "claim_count": 40,
        "has_claims": True,
        "language": "zh-TW",
    }
    assert engine.evaluate(facts) == {f"TS999-{i:02d}": "fail" if 40 > i else "pass" for i in range(90)}


def test_a_ruleset_is_asserted_only_the_facts_its_rules_read():
    """A durable fact holds at most 255 properties (error 302): with more facts than that
    in the registry, each ruleset must still receive only what its conditions read."""
    from dataclasses import replace

    rules = [replace(_rule_with({"fact": "claim_count", "gt": 3}), id="TS998-01")]
    engine = Engine(rules)
    facts = {
        "patent_type": "invention",
        "procedure": "application",
        "governing_date": 20250101,
        "claim_count": 5,
        **{f"unrelated_{i}": i for i in range(400)},
    }
    assert engine.evaluate(facts) == {"TS998-01": "fail"}
    assert all(not fact.startswith("unrelated_") for ruleset in engine.rulesets for fact in ruleset.reads)


def test_the_shipped_rulesets_stay_within_durable_rules_limits(checker):
    """Each registered ruleset holds at most 24 rules (16 over items) and reads at most 255 facts."""
    engine = checker.engine
    assert engine.rulesets and all(len(rs.reads) <= 255 for rs in engine.rulesets)
    assert all(len(rs.rules) <= (16 if rs.items else 24) for rs in engine.rulesets)
    assert sum(len(rs.rules) for rs in engine.rulesets) == len(engine.rules)


def test_a_very_long_text_fact_is_judged_without_overflowing_durable_rules():
    """durable-rules keeps a string's length in 16 bits: a 100 KB fact must still compare."""
    from dataclasses import replace

    rules = [replace(_rule_with({"fact": "title", "is": ""}), id="TS997-01")]
    engine = Engine(rules)
    facts = {
        "patent_type": "invention",
        "procedure": "application",
        "governing_date": 20250101,
        "title": "很長的名稱" * 20000,
    }
    assert engine.evaluate(facts) == {"TS997-01": "pass"}
    assert engine.evaluate({**facts, "title": ""}) == {"TS997-01": "fail"}
