"""`patentcheck rules` filters, in text and JSON, against the rules' own data."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.core.pipeline import default_packs

runner = CliRunner()
RULES = [rule for pack in default_packs() for rule in pack.rules]


def listed(*args: str) -> list[dict]:
    result = runner.invoke(app, ["rules", "--format", "json", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_the_issue_example_article_type_and_severity():
    found = listed("--article", "26", "--type", "utility_model", "--severity", "error")
    expected = sorted(
        r.id
        for r in RULES
        if r.severity == "error"
        and "utility_model" in r.applies_values("patent_type")
        and any(str(c.article) == "26" for c in r.citations)
    )
    assert [r["id"] for r in found] == expected and expected
    text = runner.invoke(app, ["rules", "--article", "26", "--type", "utility_model", "--severity", "error"])
    assert text.exit_code == 0 and [line.split()[0] for line in text.output.splitlines()] == expected


@pytest.mark.parametrize("written", ["26(2)", "26-2", "第26條第2項", "第二十六條第二項"])
def test_an_article_and_paragraph_in_any_written_form(written):
    found = listed("--article", written, "--law", "patent_act")
    assert found
    for rule in found:
        assert any(
            c["law"] == "patent_act" and c["article"] == 26 and c["paragraph"] in (2, None) for c in rule["citations"]
        ), rule["id"]


def test_law_procedure_pack_and_severity_filters():
    enforcement = listed("--law", "patent_act_enforcement_rules")
    assert enforcement and all(
        any(c["law"] == "patent_act_enforcement_rules" for c in r["citations"]) for r in enforcement
    )
    corrections = listed("--procedure", "correction", "--severity", "warning,info")
    assert corrections and all(
        any("correction" in b.get("procedure", []) for b in r["applies_to"]["blocks"])
        and r["severity"] in ("warning", "info")
        for r in corrections
    )
    pack = RULES[0].pack
    assert len(listed("--pack", pack)) == sum(r.pack == pack for r in RULES)
    assert len(listed()) == len(RULES)


def test_alternatives_within_a_filter():
    both = {r["id"] for r in listed("--type", "design", "--type", "derivative_design")}
    assert both == {r.id for r in RULES if {"design", "derivative_design"} & set(r.applies_values("patent_type"))}


@pytest.mark.parametrize(
    "args",
    [
        ["--type", "bogus"],
        ["--severity", "fatal"],
        ["--law", "nolaw"],
        ["--article", "abc"],
        ["--pack", "x"],
        ["--procedure", "appeal"],
    ],
)
def test_an_unknown_value_is_a_usage_error(args):
    result = runner.invoke(app, ["rules", *args])
    assert result.exit_code == 2 and "patentcheck:" in result.output


def test_type_and_procedure_hold_in_the_same_scope():
    found = {r["id"] for r in listed("--type", "design", "--procedure", "correction")}
    expected = {
        r.id
        for r in RULES
        if any(
            "design" in dict(s).get("patent_type", ()) and "correction" in dict(s).get("procedure", ())
            for s in r.scopes()
        )
    }
    assert found == expected and found
