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
    failed = [(suite.name, case.name) for suite in suites for case in suite
              if any(isinstance(r, Failure) for r in case.result)]
    expected = [(b["path"], f["rule"]) for b in report["bundles"] for f in b["findings"]
                if f["outcome"] == "fail" and f["severity"] == "error"]
    assert sorted((s, n.split()[0]) for s, n in failed) == sorted(expected)
    assert xml.failures == report["summary"]["errors"] and xml.tests == sum(len(b["findings"]) for b in report["bundles"])


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

    return {re.sub(r"[^\w\- ]", "", line.lstrip("#").strip().lower()).replace(" ", "-")
            for line in markdown.splitlines() if line.startswith("#")}


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
