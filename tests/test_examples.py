"""The shipped examples are what users copy: every clean one must give no failed finding at
any level (a false alarm there is a bug), and every defective one must fail something."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CLEAN = sorted(p for p in EXAMPLES.glob("*/bundle.yaml") if "defective" not in p.parts)
DEFECTIVE = sorted(EXAMPLES.glob("defective/*.yaml")) + sorted(EXAMPLES.glob("defective/*/bundle.yaml"))


def test_there_are_examples_of_both_kinds():
    assert len(CLEAN) >= 4 and len(DEFECTIVE) >= 4


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.parent.name)
def test_a_clean_example_fails_nothing(checker, path):
    result = checker.check_file(path)
    assert result.valid
    assert [(f.rule, f.message) for f in result.findings if f.outcome == "fail"] == []
    assert any(f.outcome == "pass" for f in result.findings)


@pytest.mark.parametrize("path", DEFECTIVE, ids=lambda p: p.stem if p.stem != "bundle" else p.parent.name)
def test_a_defective_example_fails_a_rule(checker, path):
    result = checker.check_file(path)
    assert result.valid
    assert any(f.outcome == "fail" for f in result.findings)
