"""The CI outputs read by their real consumers: junitparser (JUnit), the SARIF schema,
GitLab Code Quality's fields, and the command line's multi-output, statistics and quiet modes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


@pytest.fixture(autouse=True)
def at_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def json_report(*args: str) -> dict:
    return json.loads(run("check", "--format", "json", *args).stdout)


def test_junitparser_reads_the_junit_report(tmp_path):
    from junitparser import Failure, JUnitXml

    out = tmp_path / "report.xml"
    assert run("check", "-f", "junit", "-o", str(out), "--lang", "en", "examples/").exit_code == 1
    xml = JUnitXml.fromfile(str(out))
    report = json_report("--lang", "en", "examples/")
    suites = list(xml)
    assert [s.name for s in suites] == [b["path"] for b in report["bundles"]]
    failed = [
        (suite.name, case.name)
        for suite in suites
        for case in suite
        if any(isinstance(r, Failure) for r in case.result)
    ]
    expected = [
        (b["path"], f["rule"])
        for b in report["bundles"]
        for f in b["findings"]
        if f["outcome"] == "fail" and f["severity"] == "error"
    ]
    assert sorted((s, n.split()[0]) for s, n in failed) == sorted(expected)
    assert xml.failures == report["summary"]["errors"] and xml.tests == sum(
        len(b["findings"]) for b in report["bundles"]
    )


# --- SARIF: links, automation details, names ---------------------------------------------

SARIF_SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text("utf-8"))


def sarif(*args: str) -> dict:
    from jsonschema import Draft4Validator

    log = json.loads(run("check", "-f", "sarif", *args).stdout)
    errors = sorted(Draft4Validator(SARIF_SCHEMA).iter_errors(log), key=str)
    assert not errors, errors[0]
    return log


def github_anchors(markdown: str) -> set[str]:
    """The anchors GitHub gives headings: lower case, punctuation but - and _ dropped,
    spaces to hyphens."""
    import re

    return {
        re.sub(r"[^\w\- ]", "", line.lstrip("#").strip().lower()).replace(" ", "-")
        for line in markdown.splitlines()
        if line.startswith("#")
    }


@pytest.fixture
def unused_suppression(tmp_path) -> str:
    path = tmp_path / "bundle.yaml"
    text = (ROOT / "examples/invention-led-package/bundle.yaml").read_text("utf-8")
    for name in ("description.txt", "claims.txt", "abstract.txt"):
        source = ROOT / "examples/invention-led-package" / name
        if source.exists():
            (tmp_path / name).write_text(source.read_text("utf-8"), "utf-8")
    path.write_text(text + "\nsuppressions:\n  - {rule: PA011-01, reason: reviewed}\n", "utf-8")
    return str(path)


def test_sarif_links_every_rule_to_its_section_of_the_rule_reference(unused_suppression, tmp_path):
    from checker import __url__

    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "schema.yaml").write_text("format: 1\nunknown: 1\n", "utf-8")
    (tmp_path / "bad" / "input.yaml").write_text("format: [1\n", "utf-8")
    log = sarif("--lang", "en", "examples/", unused_suppression, str(tmp_path / "bad"))
    run_ = log["runs"][0]
    driver = run_["tool"]["driver"]
    assert driver["informationUri"] == __url__
    assert run_["automationDetails"] == {"id": "patentcheck/"}
    anchors = github_anchors((ROOT / "docs" / "rules.md").read_text("utf-8"))
    readme = github_anchors((ROOT / "README.md").read_text("utf-8"))
    rules = driver["rules"]
    assert len(rules) > 10
    for rule in rules:
        page, _, anchor = rule["helpUri"].partition("#")
        assert rule["name"] != rule["id"]  # SARIF1001: the name is for people, the id opaque
        if rule["id"] in ("unused-suppression", "schema", "input"):
            assert page == f"{__url__}/blob/main/README.md" and anchor in readme
        else:
            assert page == f"{__url__}/blob/main/docs/rules.md" and anchor in anchors, rule["helpUri"]
    assert {"unused-suppression", "schema", "input"} <= {r["id"] for r in rules}
    unused = next(r for r in rules if r["id"] == "unused-suppression")
    assert unused["name"] == "suppression-matches-no-failure"
    assert unused["defaultConfiguration"] == {"level": "warning"}


# --- deadlines: -o, and a calendar told that a deadline moved ----------------------------

LED = "examples/invention-led-package/bundle.yaml"


def test_deadlines_output_file_and_a_moved_deadline(tmp_path):
    import datetime as dt

    icalendar = pytest.importorskip("icalendar")
    before, after = tmp_path / "before.ics", tmp_path / "after.ics"
    assert run("deadlines", "-f", "ics", "-o", str(before), LED).exit_code == 0
    assert run("deadlines", "-f", "ics", "-o", str(after), "--closed", "2028-03-14=颱風假", LED).exit_code == 0
    assert b"\r\n" in before.read_bytes() and b"\r\r\n" not in before.read_bytes()
    (old,) = icalendar.Calendar.from_ical(before.read_bytes()).walk("VEVENT")
    (new,) = icalendar.Calendar.from_ical(after.read_bytes()).walk("VEVENT")
    assert old["UID"] == new["UID"]
    assert (old.decoded("DTSTART"), new.decoded("DTSTART")) == (dt.date(2028, 3, 14), dt.date(2028, 3, 15))
    assert int(old.get("SEQUENCE", 0)) < int(new["SEQUENCE"])
    assert "LAST-MODIFIED" in new
    text = tmp_path / "deadlines.txt"
    assert run("deadlines", "--lang", "en", "-o", str(text), LED).exit_code == 0
    assert "2028-03-14" in text.read_text("utf-8") and "\x1b[" not in text.read_text("utf-8")
    out = run("deadlines", "-f", "json", "-o", str(tmp_path / "d.json"), LED)
    assert out.stdout == "" and json.loads((tmp_path / "d.json").read_text("utf-8"))["bundles"]


def test_an_unused_suppression_is_a_warning_in_junit_not_a_failure(unused_suppression):
    """Named apart in SARIF, it is still a warning everywhere: not a blocking failure."""
    import xml.etree.ElementTree as ET

    result = run("check", "-f", "junit", unused_suppression)
    assert result.exit_code == 0
    root = ET.fromstring(result.stdout_bytes)
    (case,) = [c for c in root.iter("testcase") if c.get("name").startswith("unused-suppression")]
    assert case.find("failure") is None and "warning" in case.find("system-out").text


# --- GitLab Code Quality -----------------------------------------------------------------

GITLAB_SEVERITIES = {"info", "minor", "major", "critical", "blocker"}


def test_gitlab_code_quality_issues_have_the_required_fields(tmp_path):
    (tmp_path / "schema.yaml").write_text("format: 1\nunknown: 1\n", "utf-8")
    result = run("check", "-f", "gitlab", "--lang", "en", "examples/", str(tmp_path / "schema.yaml"))
    assert result.exit_code == 2
    issues = json.loads(result.stdout)
    report = json_report("--lang", "en", "examples/", str(tmp_path / "schema.yaml"))
    fails = [
        (b["path"], f)
        for b in report["bundles"]
        for f in b["findings"]
        if f["outcome"] == "fail" and "suppressed" not in f
    ]
    assert len(issues) == len(fails) > 5
    for issue, (path, finding) in zip(issues, fails, strict=False):
        assert isinstance(issue["description"], str) and finding["message"] in issue["description"]
        assert issue["check_name"] == finding["rule"]
        assert issue["severity"] in GITLAB_SEVERITIES
        assert issue["location"]["path"] == finding["location"].get("file", path)
        assert issue["location"]["lines"]["begin"] == finding["location"]["line"] >= 1
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    assert {i["severity"] for i in issues if i["check_name"] == "schema"} == {"blocker"}
    assert {i["severity"] for i in issues if i["check_name"] == "PA025-03"} == {"critical"}
    assert (
        run("check", "-f", "gitlab", "--lang", "en", "examples/").stdout
        == run("check", "-f", "gitlab", "--lang", "en", "examples/").stdout
    )


# --- several outputs, --statistics, --quiet ----------------------------------------------


def test_several_outputs_in_one_run(tmp_path):
    sarif_file, json_file = tmp_path / "a.sarif", tmp_path / "a.json"
    result = run(
        "check",
        "--lang",
        "en",
        "-f",
        "sarif",
        "-o",
        str(sarif_file),
        "-f",
        "json",
        "-o",
        str(json_file),
        "-f",
        "github",
        "examples/",
    )
    assert result.exit_code == 1
    assert json.loads(json_file.read_text("utf-8")) == json_report("--lang", "en", "examples/")
    assert json.loads(sarif_file.read_text("utf-8")) == json.loads(
        run("check", "--lang", "en", "-f", "sarif", "examples/").stdout
    )
    assert result.stdout == run("check", "--lang", "en", "-f", "github", "examples/").stdout
    for bad in (
        ["-f", "json", "-f", "sarif"],
        ["-o", "a", "-o", "b"],
        ["-f", "json", "-o", "x", "-f", "sarif", "-o", "x"],
    ):
        failed = run("check", *bad, "examples/")
        assert failed.exit_code == 2 and ("--output" in failed.output or "--format" in failed.output), bad


def test_statistics_count_failed_findings_by_rule():
    report = json_report("--lang", "en", "examples/")
    from collections import Counter

    expected = Counter(
        f["rule"] for b in report["bundles"] for f in b["findings"] if f["outcome"] == "fail" and "suppressed" not in f
    )
    rows = json.loads(run("check", "--statistics", "-f", "json", "--lang", "en", "examples/").stdout)
    assert {r["rule"]: r["count"] for r in rows} == dict(expected)
    assert [r["count"] for r in rows] == sorted((r["count"] for r in rows), reverse=True)
    text = run("check", "--statistics", "--lang", "en", "examples/")
    assert text.exit_code == 1
    first = text.stdout.splitlines()[0].split()
    assert first[:3] == [str(rows[0]["count"]), rows[0]["rule"], rows[0]["severity"]]
    assert len(text.stdout.splitlines()) == len(rows)
    assert run("check", "--statistics", "-f", "sarif", "examples/").exit_code == 2


def test_quiet_prints_only_findings():
    clean = "examples/invention-led-package/bundle.yaml"
    assert run("check", "-q", clean).stdout == ""
    loud = run("check", "--lang", "en", "examples/").stdout
    quiet = run("check", "--lang", "en", "-q", "examples/")
    assert quiet.exit_code == 1
    assert clean not in quiet.stdout and "bundles:" not in quiet.stdout and "bundles:" in loud
    finding_lines = [line for line in loud.splitlines() if line.startswith("  ")]
    assert [line for line in quiet.stdout.splitlines() if line.startswith("  ")] == finding_lines


# --- a bundle on standard input; validate as an editor's fast check ----------------------


def test_check_a_bundle_on_standard_input(tmp_path):
    bundle = (ROOT / LED).read_text("utf-8")
    result = runner.invoke(app, ["check", "--lang", "en", "-f", "json", "-", "--stdin-filename", LED], input=bundle)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == json_report("--lang", "en", LED)  # same report as from the file
    # the name places the {file: …} texts: a defective claims text beside the named file is read
    (tmp_path / "claims.txt").write_text("【第1項】\n一種封裝，包含基板。\n【第2項】\n如請求項5所述之封裝。\n", "utf-8")
    (tmp_path / "description.txt").write_text((ROOT / LED).with_name("description.txt").read_text("utf-8"), "utf-8")
    result = runner.invoke(
        app, ["check", "--lang", "en", "-", "--stdin-filename", str(tmp_path / "b.yaml")], input=bundle
    )
    assert result.exit_code == 1 and "ER018-04" in result.output, result.output
    assert f"{tmp_path.as_posix()}/claims.txt:3:1" in result.output
    # without a name: <stdin>, and texts from the current folder (here none: an input error)
    result = runner.invoke(app, ["check", "--lang", "en", "-"], input=bundle)
    assert result.exit_code == 2 and "<stdin>:" in result.output and "not found next to the bundle" in result.output
    assert runner.invoke(app, ["check", "-", LED], input=bundle).exit_code == 2
    assert runner.invoke(app, ["check", "-"], input=b"format: 1\n\xff\n").exit_code == 2


def test_validate_reads_standard_input_and_reports_impossible_dates():
    text = "format: 1\nprocedure: application\npatent_type: invention\nsubmitted_on: 2025-02-30\n"
    result = runner.invoke(
        app, ["validate", "--lang", "en", "-f", "json", "-", "--stdin-filename", "drafts/x.yaml"], input=text
    )
    assert result.exit_code == 2
    (bundle,) = json.loads(result.stdout)["bundles"]
    assert bundle["path"] == "drafts/x.yaml" and not bundle["valid"]
    (finding,) = [f for f in bundle["findings"] if f["location"]["pointer"] == "/submitted_on"]
    assert (finding["location"]["line"], finding["location"]["column"]) == (4, 15)
    assert "not a real calendar date" in finding["message"]


def test_validate_does_not_load_the_rules(monkeypatch):
    """The editor's fast path: the packs' schemas from pack.yaml, no rule file read."""
    import checker.core.rulepack as rulepack

    def refuse(*args, **kwargs):
        raise AssertionError("validate loaded the rule files")

    monkeypatch.setattr(rulepack, "load_rule_file", refuse)
    monkeypatch.setattr(rulepack, "load_packs", refuse)
    import checker.core.pipeline as pipeline

    monkeypatch.setattr(pipeline, "default_packs", refuse)
    result = run("validate", "-f", "json", "examples/")
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["bundles"]) > 5
