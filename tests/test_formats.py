"""The CI report formats, produced through the CLI from the real examples and read back
by real consumers: SARIF against OASIS's schema, JUnit with ElementTree, GitHub workflow
commands against their grammar, Markdown tables by their rows."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from jsonschema import Draft4Validator
from typer.testing import CliRunner

from bundle_patch import write_patched
from checker.cli import app
from checker.core.findings import BundleResult, Citation, Finding, Location
from checker.report.formats import FORMATS, Options, render
from checker.core.pipeline import Report
from checker.report.formats.github import escape_data, escape_property
from checker.report.formats.markdown import escape as md_escape
from checker.report.formats.sarif import artifact_uri

ROOT = Path(__file__).resolve().parent.parent
SARIF_SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text("utf-8"))
CLEAN = [
    f"examples/{name}/bundle.yaml"
    for name in ("invention-led-package", "utility-model-cable-clip", "design-chair", "derivative-design-chair")
]
CI_FORMATS = ["sarif", "junit", "github", "markdown"]
runner = CliRunner()


@pytest.fixture(autouse=True)
def at_root(monkeypatch):
    """Paths in reports are relative to the working directory: run from the project root."""
    monkeypatch.chdir(ROOT)


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def json_report(*args: str) -> dict:
    return json.loads(run("check", "--format", "json", *args).output)


@pytest.fixture
def warning_bundle(tmp_path) -> str:
    """A derivative design whose only defect is a warning (ER049-01: no original number)."""
    folder = tmp_path / "warn"
    folder.mkdir()
    return str(
        write_patched(
            folder, "examples/derivative-design-chair/bundle.yaml", {"original_design": {"application_number": None}}
        )
    )


@pytest.fixture
def invalid_bundle(tmp_path) -> str:
    """Schema-invalid, with Markdown and workflow-command syntax in the offending key."""
    path = tmp_path / "invalid.yaml"
    path.write_text("format: 1\nprocedure: application\npatent_type: invention\n'a|b*_c:d,e%': 1\n", encoding="utf-8")
    return str(path)


# --- every format: exit status, determinism, --output ------------------------------------


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_exit_status_is_the_same_in_every_format(fmt, warning_bundle, invalid_bundle):
    assert run("check", "-f", fmt, *CLEAN).exit_code == 0
    assert run("check", "-f", fmt, "examples/").exit_code == 1
    assert run("check", "-f", fmt, invalid_bundle).exit_code == 2
    assert run("check", "-f", fmt, warning_bundle).exit_code == 0
    assert run("check", "-f", fmt, "--fail-on", "warning", warning_bundle).exit_code == 1
    assert run("validate", "-f", fmt, "examples/").exit_code == 0
    assert run("validate", "-f", fmt, invalid_bundle).exit_code == 2


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_two_runs_are_byte_identical(fmt):
    first = run("check", "-f", fmt, "--show-passes", "examples/")
    second = run("check", "-f", fmt, "--show-passes", "examples/")
    assert first.stdout_bytes == second.stdout_bytes and first.stdout_bytes


def test_sarif_is_identical_across_processes():
    """Another process with another string hash seed: no set or dict order leaks into the log."""
    seed = "2" if os.environ.get("PYTHONHASHSEED") == "1" else "1"
    other = subprocess.run(
        [sys.executable, str(ROOT / "cli.py"), "check", "-f", "sarif", "--show-passes", "examples/"],
        cwd=ROOT,
        capture_output=True,
        check=False,
        env={**os.environ, "PYTHONHASHSEED": seed},
    ).stdout
    assert other == run("check", "-f", "sarif", "--show-passes", "examples/").stdout_bytes


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_output_writes_the_report_to_a_file(fmt, tmp_path):
    target = tmp_path / f"report.{fmt}"
    result = run("check", "-f", fmt, "-o", str(target), "examples/")
    assert result.exit_code == 1
    assert result.stdout == ""
    written = target.read_text("utf-8")
    assert "PA127-01" in written
    assert "\x1b[" not in written  # text without colour
    if fmt != "text":  # a terminal's text wraps differently; every other format is the same bytes
        assert written == run("check", "-f", fmt, "examples/").stdout


def test_output_on_validate(tmp_path):
    target = tmp_path / "schema.sarif"
    result = run("validate", "-f", "sarif", "--output", str(target), "examples/")
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(target.read_text("utf-8"))["runs"][0]["results"] == []


@pytest.mark.parametrize("where", ["missing-folder/report.sarif", "."])
def test_an_unwritable_output_is_a_usage_error(where, tmp_path):
    target = tmp_path / where
    result = runner.invoke(app, ["check", "-f", "sarif", "-o", str(target), CLEAN[0]])
    assert result.exit_code == 2
    assert "cannot write --output" in result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


# --- SARIF -----------------------------------------------------------------------------


def sarif(*args: str) -> dict:
    log = json.loads(run("check", "-f", "sarif", *args).stdout)
    errors = sorted(Draft4Validator(SARIF_SCHEMA).iter_errors(log), key=str)
    assert not errors, errors[0]
    return log


def test_sarif_of_the_examples_is_valid_and_matches_the_findings():
    log = sarif("--lang", "en", "examples/")
    report = json_report("--lang", "en", "examples/")
    fails = [(b["path"], f) for b in report["bundles"] for f in b["findings"] if f["outcome"] == "fail"]
    run_ = log["runs"][0]
    assert log["version"] == "2.1.0" and run_["columnKind"] == "unicodeCodePoints"
    driver = run_["tool"]["driver"]
    assert driver["name"] == "patentcheck" and driver["informationUri"].startswith("https://")
    rule_ids = [r["id"] for r in driver["rules"]]
    assert rule_ids == sorted({f["rule"] for _, f in fails})
    results = run_["results"]
    assert len(results) == len(fails)
    for result, (path, finding) in zip(results, fails, strict=False):
        assert result["ruleId"] == finding["rule"] == rule_ids[result["ruleIndex"]]
        assert result["level"] == {"error": "error", "warning": "warning", "info": "note"}[finding["severity"]]
        assert result["message"]["text"].startswith(finding["message"])
        physical = result["locations"][0]["physicalLocation"]
        shown = finding["location"].get("file", path)  # a text file the finding points into
        assert physical["artifactLocation"]["uri"] == shown and (ROOT / shown).is_file()
        assert physical["region"] == {
            "startLine": finding["location"]["line"],
            "startColumn": finding["location"]["column"],
        }
        assert result["properties"]["pointer"] == finding["location"]["pointer"]
        assert result["properties"]["citations"] == finding["citations"]
    claims = driver["rules"][rule_ids.index("PA025-03")]
    assert claims["defaultConfiguration"] == {"level": "error"}
    assert "Patent Act art. 25(1)" in claims["help"]["text"] and "How to fix" in claims["help"]["text"]
    assert {"law": "patent_act", "article": 25, "paragraph": 1, "subparagraph": None} in claims["properties"][
        "citations"
    ]


def test_sarif_lists_passes_only_when_asked():
    assert sarif(*CLEAN)["runs"][0]["results"] == []
    log = sarif("--show-passes", *CLEAN)
    passes = json_report(*CLEAN)["summary"]["pass"]
    results = log["runs"][0]["results"]
    assert len(results) == passes > 0
    assert {(r["kind"], r["level"]) for r in results} == {("pass", "none")}


def test_sarif_warning_level_and_zh_tw_help(warning_bundle):
    log = sarif(warning_bundle)
    (result,) = log["runs"][0]["results"]
    assert (result["ruleId"], result["level"]) == ("ER049-01", "warning")
    (rule,) = log["runs"][0]["tool"]["driver"]["rules"]
    assert "專利法施行細則第49條第3項" in rule["help"]["text"] and "修正方式" in rule["help"]["text"]
    assert log["runs"][0]["language"] == "zh-TW"


def test_sarif_reports_schema_and_input_errors_as_results(invalid_bundle, tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: 1\nprocedure: [unclosed\n", encoding="utf-8")
    log = sarif(invalid_bundle, str(broken))
    driver_ids = [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]]
    assert driver_ids == ["input", "schema"]
    results = log["runs"][0]["results"]
    assert {r["ruleId"] for r in results} == {"input", "schema"}
    assert all(r["level"] == "error" for r in results)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert uris == {broken.as_uri(), Path(invalid_bundle).as_uri()}  # outside the cwd: file: URIs


def test_sarif_and_github_point_into_the_text_file_of_a_finding():
    """No shipped rule points into a text file yet (locate's POINTER@LINE:COLUMN), so the
    finding is built as locate builds one: Location.file is the text file's display path."""
    finding = Finding(
        "PA026-99",
        "fail",
        "warning",
        "claim 3 is unclear",
        Location("/claims/file", 12, 4, "filings/led/請求項.txt"),
        (Citation("patent_act", 26, 2),),
        name="claim-unclear",
    )
    report = Report(["tw-patent-act-2013"], None, [BundleResult("filings/led/bundle.yaml", True, [finding])])
    log = json.loads(render(report, "sarif", Options(lang="en")))
    assert not list(Draft4Validator(SARIF_SCHEMA).iter_errors(log))
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location == {
        "artifactLocation": {"uri": "filings/led/%E8%AB%8B%E6%B1%82%E9%A0%85.txt"},
        "region": {"startLine": 12, "startColumn": 4},
    }
    command = render(report, "github", Options(lang="en")).splitlines()[0]
    assert command.startswith("::warning file=filings/led/請求項.txt,line=12,col=4,title=PA026-99 claim-unclear::")


def test_artifact_uris():
    assert artifact_uri("filings/a b/bundle.yaml") == "filings/a%20b/bundle.yaml"
    assert artifact_uri("/srv/f/bundle.yaml") == "file:///srv/f/bundle.yaml"
    assert artifact_uri("C:\\f\\bundle.yaml") == "file:///C%3A/f/bundle.yaml"


# --- JUnit -----------------------------------------------------------------------------

JUNIT_XSD = Path(__file__).parent / "data" / "junit-10.xsd"


def junit(*args: str) -> ET.Element:
    """The JUnit report, after checking it against Jenkins' junit-10.xsd (with lxml)."""
    from lxml import etree

    output = run("check", "-f", "junit", *args).stdout_bytes
    schema = etree.XMLSchema(etree.parse(str(JUNIT_XSD)))
    document = etree.fromstring(output)
    assert schema.validate(document), schema.error_log.last_error
    return ET.fromstring(output)


def test_junit_has_a_testcase_per_finding_and_a_failure_per_blocking_finding():
    root = junit("--lang", "en", "examples/")
    report = json_report("--lang", "en", "examples/")
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [b["path"] for b in report["bundles"]]
    for suite, bundle in zip(suites, report["bundles"], strict=False):
        cases = suite.findall("testcase")
        assert len(cases) == int(suite.get("tests")) == len(bundle["findings"])
        assert {c.get("classname") for c in cases} == {bundle["path"]}
        failed = [c for c in cases if c.find("failure") is not None]
        # the default --fail-on error: a failed warning is output, not a <failure>
        fails = [f for f in bundle["findings"] if f["outcome"] == "fail" and f["severity"] == "error"]
        assert len(failed) == int(suite.get("failures")) == len(fails)
        assert sorted(c.get("name").split()[0] for c in failed) == sorted(f["rule"] for f in fails)
        for case in failed:
            failure = case.find("failure")
            assert failure.get("type") == "error"
            assert case.get("name").split()[0] in failure.text and re.search(
                r"(Patent Act|Rules[^\n]*) art\. \d", failure.text
            )
        assert suite.get("errors") == suite.get("skipped") == "0"
    assert int(root.get("tests")) == sum(len(b["findings"]) for b in report["bundles"])
    assert int(root.get("failures")) == report["summary"]["errors"]  # --fail-on error


def test_junit_warnings_fail_a_testcase_only_at_fail_on(warning_bundle):
    default = junit(warning_bundle)
    (case,) = [c for c in default.iter("testcase") if c.get("name").startswith("ER049-01")]
    assert case.find("failure") is None and "warning" in case.find("system-out").text
    assert default.get("failures") == "0"
    strict = junit("--fail-on", "warning", warning_bundle)
    (case,) = [c for c in strict.iter("testcase") if c.get("name").startswith("ER049-01")]
    assert case.find("failure").get("type") == "warning"
    assert strict.get("failures") == "1"


def test_junit_schema_errors_are_failures(invalid_bundle):
    root = junit(invalid_bundle)
    (case,) = root.iter("testcase")
    assert case.get("name").startswith("schema ")
    assert "unknown key" in case.find("failure").get("message")
    assert root.get("failures") == "1"


# --- GitHub workflow commands ----------------------------------------------------------

PROPERTY = r"[^,:\r\n]*"
COMMAND = re.compile(
    rf"^::(error|warning|notice) file=({PROPERTY}),line=(\d+),col=(\d+),title=({PROPERTY})::([^\r\n]*)$"
)


def test_github_annotations_follow_the_workflow_command_grammar(warning_bundle):
    out = run("check", "-f", "github", "--lang", "en", "examples/", warning_bundle).stdout
    *commands, summary = out.splitlines()
    report = json_report("--lang", "en", "examples/", warning_bundle)
    fails = [(b["path"], f) for b in report["bundles"] for f in b["findings"] if f["outcome"] == "fail"]
    assert len(commands) == len(fails)
    for line, (path, finding) in zip(commands, fails, strict=False):
        match = COMMAND.match(line)
        assert match, line
        kind, file, line_no, col, title, message = match.groups()
        assert kind == {"error": "error", "warning": "warning", "info": "notice"}[finding["severity"]]
        shown = finding["location"].get("file", path)  # a text file the finding points into
        assert (file, int(line_no), int(col)) == (
            shown.replace(":", "%3A"),
            finding["location"]["line"],
            finding["location"]["column"],
        )
        assert title.startswith(finding["rule"] + " ")
        assert message.startswith(finding["message"].replace("%", "%25")) and re.search(r" \(.*art\. \d+.*\)$", message)
    assert {m.split(" ")[0] for m in commands} == {"::error", "::warning"}
    counts = report["summary"]
    assert summary.startswith(
        f"patentcheck: failed: {counts['bundles']} bundles, {counts['fail']} failed "
        f"({counts['errors']} errors, {counts['warnings']} warnings)"
    )


def test_github_escapes_user_text(invalid_bundle):
    (command, summary) = run("check", "-f", "github", "--lang", "en", invalid_bundle).stdout.splitlines()
    assert COMMAND.match(command)
    assert "'a|b*_c:d,e%25'" in command  # the key, quoted in the message: only `%` escaped there
    assert summary.startswith("patentcheck: invalid:")


def test_github_escaping_matches_the_toolkit():
    assert escape_data("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b"
    assert escape_property("C:\\x,y%\n") == "C%3A\\x%2Cy%25%0A"
    assert escape_data("%0A") == "%250A"  # an escape in the text is not read as one


# --- Markdown --------------------------------------------------------------------------


def table_rows(lines: list[str], start: int) -> list[str]:
    rows = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        rows.append(line)
    return rows


def cells(row: str) -> list[str]:
    return re.split(r"(?<!\\)\|", row)[1:-1]


def test_markdown_summary_table_and_findings():
    out = run("check", "-f", "markdown", "--lang", "en", "examples/").stdout
    report = json_report("--lang", "en", "examples/")
    lines = out.splitlines()
    assert lines[0] == "## patentcheck: ❌ failed"
    header = lines.index("| Bundle | Errors | Warnings | Passes |")
    rows = table_rows(lines, header)[2:]
    assert len(rows) == len(report["bundles"])
    for row, bundle in zip(rows, report["bundles"], strict=False):
        path, errors, warnings, passes = (c.strip() for c in cells(row))
        assert path == f"`{bundle['path']}`"
        fails = [f for f in bundle["findings"] if f["outcome"] == "fail"]
        assert int(errors) == sum(f["severity"] == "error" for f in fails)
        assert int(warnings) == sum(f["severity"] == "warning" for f in fails)
        assert int(passes) == sum(f["outcome"] == "pass" for f in bundle["findings"])
    for bundle in report["bundles"]:
        fails = [f for f in bundle["findings"] if f["outcome"] == "fail"]
        heading = f"### `{bundle['path']}`"
        assert (heading in lines) == bool(fails)
        if fails:
            finding_rows = table_rows(lines, lines.index(heading) + 2)[2:]
            assert len(finding_rows) == len(fails)
            assert all(len(cells(r)) == 5 for r in finding_rows)


def test_markdown_clean_examples_pass():
    out = run("check", "-f", "markdown", *CLEAN).stdout
    assert out.startswith("## patentcheck: ✅ 通過\n") and "###" not in out


def test_markdown_escapes_user_text(invalid_bundle):
    out = run("check", "-f", "markdown", "--lang", "en", invalid_bundle).stdout
    assert out.startswith("## patentcheck: ⛔ invalid")
    (row,) = [line for line in out.splitlines() if "unknown key" in line]
    assert len(cells(row)) == 5
    assert "a\\|b\\*\\_c:d,e%" in row


def test_markdown_escape():
    assert md_escape("a|b") == "a\\|b"
    assert (
        md_escape("*x* _y_ [l](u) <b> `c` #h ~s~ & \\")
        == "\\*x\\* \\_y\\_ \\[l\\](u) \\<b\\> \\`c\\` \\#h \\~s\\~ \\& \\\\"
    )
    assert md_escape("two\nlines") == "two lines"


def test_junit_stays_well_formed_with_control_characters(tmp_path):
    path = tmp_path / "control.yaml"
    path.write_text('format: 1\nprocedure: application\npatent_type: invention\n"a\\x01b": 1\n', encoding="utf-8")
    root = junit(str(path))  # ElementTree refuses XML 1.0 that carries U+0001
    (case,) = root.iter("testcase")
    assert case.get("name") == "schema schema-additionalProperties /a\\x01b"
