"""Suppressions: reviewed exceptions are reported, marked, and not counted; stale ones warn."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.core.findings import Location
from checker.core.suppressions import covers

ROOT = Path(__file__).resolve().parent.parent
NO_AGENT = ROOT / "examples" / "defective" / "foreign-applicant-without-agent.yaml"  # fails PA011-01, PA025-03
runner = CliRunner()


def bundle(tmp_path: Path, suppressions: str) -> Path:
    path = tmp_path / "bundle.yaml"
    path.write_text(NO_AGENT.read_text("utf-8") + "suppressions:\n" + suppressions, encoding="utf-8")
    return path


def check(*args: str):
    return runner.invoke(app, ["check", *args], catch_exceptions=False)


def findings(path: Path, *args: str) -> tuple[int, dict, list[dict]]:
    result = check("--format", "json", str(path), *args)
    data = json.loads(result.output)
    return result.exit_code, data, data["bundles"][0]["findings"]


BOTH = (
    "  - {rule: PA011-01, reason: 代理人委任書另案補呈}\n"
    "  - {rule: PA025-03, reason: 'claims filed separately, reviewed by L. Chen'}\n"
)


def test_suppressed_failures_are_marked_and_do_not_count(tmp_path):
    status, data, found = findings(bundle(tmp_path, BOTH))
    assert status == 0
    marked = {f["rule"]: f["suppressed"] for f in found if "suppressed" in f}
    assert marked == {
        "PA011-01": {"reason": "代理人委任書另案補呈"},
        "PA025-03": {"reason": "claims filed separately, reviewed by L. Chen"},
    }
    assert all(f["outcome"] == "fail" for f in found if "suppressed" in f)  # still reported
    assert data["summary"]["fail"] == 0 and data["summary"]["errors"] == 0
    assert data["summary"]["suppressed"] == 2


def test_text_output_labels_suppressed_findings(tmp_path):
    result = check(str(bundle(tmp_path, BOTH)), "--lang", "en")
    assert result.exit_code == 0
    line = next(line for line in result.output.splitlines() if "PA011-01" in line)
    assert "suppressed: 代理人委任書另案補呈" in line
    assert "2 suppressed" in result.output


def test_one_suppression_leaves_the_other_failure_counted(tmp_path):
    status, data, _ = findings(bundle(tmp_path, "  - {rule: PA011-01, reason: reviewed}\n"))
    assert status == 1
    assert data["summary"]["fail"] == 1 and data["summary"]["suppressed"] == 1


def test_a_pointer_limits_the_suppression(tmp_path):
    path = bundle(
        tmp_path,
        "  - {rule: PA011-01, reason: reviewed, pointer: /applicants}\n"
        "  - {rule: PA025-03, reason: reviewed, pointer: /abstract}\n",
    )
    status, _, found = findings(path)
    assert status == 1  # PA025-03 fails at /claims, which /abstract does not cover
    assert {f["rule"] for f in found if "suppressed" in f} == {"PA011-01"}
    unused = [f for f in found if f["rule"] == "unused-suppression"]
    assert len(unused) == 1 and "PA025-03" in unused[0]["message"] and "/abstract" in unused[0]["message"]


def test_an_unused_suppression_is_a_warning_at_its_entry(tmp_path):
    path = bundle(tmp_path, BOTH + "  - {rule: PA022-01, reason: no longer needed}\n")
    status, data, found = findings(path, "--lang", "en")
    unused = [f for f in found if f["rule"] == "unused-suppression"]
    assert [(f["severity"], f["location"]["pointer"]) for f in unused] == [("warning", "/suppressions/2")]
    line = path.read_text("utf-8").splitlines().index("  - {rule: PA022-01, reason: no longer needed}") + 1
    assert unused[0]["location"]["line"] == line
    assert "matches no failed finding of PA022-01" in unused[0]["message"]
    assert status == 0 and data["summary"]["warnings"] == 1
    assert findings(path, "--fail-on", "warning")[0] == 1


def test_a_suppression_of_a_rule_that_does_not_exist_is_a_warning(tmp_path):
    _, _, found = findings(bundle(tmp_path, BOTH + "  - {rule: PA011-99, reason: typo}\n"), "--lang", "en")
    unused = [f for f in found if f["rule"] == "unused-suppression"]
    assert len(unused) == 1 and "PA011-99, which does not exist" in unused[0]["message"]


def test_unused_suppression_warnings_can_be_ignored_or_made_errors_by_configuration(tmp_path):
    path = bundle(tmp_path, BOTH + "  - {rule: PA022-01, reason: no longer needed}\n")
    (tmp_path / ".patentcheck.yaml").write_text("ignore: [unused-suppression]\n", encoding="utf-8")
    status, _, found = findings(path)
    assert status == 0 and not [f for f in found if f["rule"] == "unused-suppression"]
    (tmp_path / ".patentcheck.yaml").write_text("severity: {unused-suppression: error}\n", encoding="utf-8")
    status, _, found = findings(path)
    assert status == 1 and [f["severity"] for f in found if f["rule"] == "unused-suppression"] == ["error"]


@pytest.mark.parametrize(
    "entry, words",
    [
        ("  - {rule: PA011-01}\n", "lacks the required key 'reason'"),
        ("  - {rule: PA011-01, reason: ''}\n", "/suppressions/0/reason"),
        ("  - {rule: PA011-01, reason: '  '}\n", "/suppressions/0/reason"),
    ],
)
def test_a_suppression_needs_a_reason(tmp_path, entry, words):
    result = check(str(bundle(tmp_path, entry)))
    assert result.exit_code == 2 and words in result.output


def test_covers():
    at = Location("/claims/2/text", 3, 1)
    assert covers(None, at) and covers("/claims", at) and covers("/claims/2/text", at)
    assert not covers("/claims/2/t", at) and not covers("/abstract", at)


ONE = "  - {rule: PA011-01, reason: reviewed exception}\n"


def test_sarif_marks_suppressed_results_for_code_scanning(tmp_path):
    result = check("--format", "sarif", str(bundle(tmp_path, ONE)))
    results = json.loads(result.output)["runs"][0]["results"]
    by_rule = {r["ruleId"]: r for r in results}
    assert by_rule["PA011-01"]["suppressions"] == [{"kind": "inSource", "justification": "reviewed exception"}]
    assert "suppressions" not in by_rule["PA025-03"]
    assert result.exit_code == 1  # PA025-03 still counts


def test_github_annotates_only_unsuppressed_failures(tmp_path):
    result = check("--format", "github", str(bundle(tmp_path, ONE)))
    annotations = [line for line in result.output.splitlines() if line.startswith("::")]
    assert [("PA025-03" in a, "PA011-01" in a) for a in annotations] == [(True, False)]


def test_junit_reports_a_suppressed_failure_as_output_not_failure(tmp_path):
    import xml.etree.ElementTree as ET

    result = check("--format", "junit", str(bundle(tmp_path, ONE)))
    cases = {c.get("name").split()[0]: c for c in ET.fromstring(result.output).iter("testcase")}
    assert cases["PA011-01"].find("failure") is None
    assert "suppressed (reviewed exception)" in cases["PA011-01"].find("system-out").text
    assert cases["PA025-03"].find("failure") is not None
