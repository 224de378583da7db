"""The examples for conversions, corrections and re-examinations: the clean ones give no
failed finding at any level, and each defective one fails exactly the rules it shows."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CLEAN = {
    "examples/conversion-um-to-invention/bundle.yaml": {"PA108-21", "PA012-02"},
    "examples/correction-licensed-invention/bundle.yaml": {"PA069-01"},
    "examples/re-examination-led-package/bundle.yaml": {"PA048-11", "PA048-12", "PA048-15"},
}
DEFECTIVE = {
    "examples/defective/correction-without-licensee-consent.yaml": {"PA069-03"},
    "examples/defective/assignee-without-assignment.yaml": {"PA005-02", "PA005-03"},
    "examples/defective/design-converted-to-invention.yaml": {"PA108-21"},
}


@pytest.mark.parametrize("path,judged_by", sorted(CLEAN.items()))
def test_clean_example_passes_everything(checker, path, judged_by):
    result = checker.check_file(ROOT / path)
    assert result.valid
    assert [(f.rule, f.message) for f in result.findings if f.outcome == "fail"] == []
    passed = {f.rule for f in result.findings if f.outcome == "pass"}
    assert judged_by <= passed, f"the example should be judged by {judged_by - passed}"


@pytest.mark.parametrize("path,expected", sorted(DEFECTIVE.items()))
def test_defective_example_fails_its_rules(checker, path, expected):
    result = checker.check_file(ROOT / path)
    assert result.valid
    assert {f.rule for f in result.findings if f.outcome == "fail"} == expected
