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
