"""The Python API (checker.api): docs/api.md's examples run here, and what they cannot show."""

from __future__ import annotations

import json
import re
import sys
import threading
from pathlib import Path

import jsonschema
import pytest

import checker
from checker import api

ROOT = Path(__file__).resolve().parent.parent


def _blocks() -> list[str]:
    text = (ROOT / "docs" / "api.md").read_text("utf-8")
    return re.findall(r"^```python\n(.*?)^```", text, re.S | re.M)


def test_docs_api_examples_run(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    blocks = _blocks()
    assert len(blocks) >= 8
    namespace: dict = {}
    for number, block in enumerate(blocks, 1):
        try:
            exec(compile(block, f"docs/api.md block {number}", "exec"), namespace)
        except Exception as exc:  # name the block that failed
            raise AssertionError(f"docs/api.md python block {number} failed: {exc!r}\n{block}") from exc
    assert capsys.readouterr() == ("", "")  # the API prints nothing


def test_the_report_is_the_json_report_of_the_command_line(monkeypatch):
    from typer.testing import CliRunner

    from checker.cli import app

    monkeypatch.chdir(ROOT)
    cli = CliRunner().invoke(app, ["check", "--format", "json", "examples/"])
    report = checker.check(Path("examples"))
    assert report.to_json() == cli.stdout
    assert report.exit_status == cli.exit_code == 1


def test_reports_of_every_kind_match_the_schema(tmp_path):
    validator = jsonschema.Draft202012Validator(api.report_schema())
    validator.check_schema(api.report_schema())
    (tmp_path / "claims.txt").write_text("【第1項】一種夾子。\n【第2項】如請求項5所述之夾子。\n", "utf-8")
    reports = [
        checker.check(Path(ROOT / "examples")),
        checker.check(tmp_path / "missing.yaml"),
        checker.check("format: 1\n", lang="en"),
        checker.check(":\n  - ["),
        checker.check(
            Path(ROOT / "examples/invention-led-package/bundle.yaml").read_text("utf-8"),
            base=ROOT / "examples/invention-led-package",
        ),
    ]
    for report in reports:
        assert not list(validator.iter_errors(report.data)), report.data
    assert {b["valid"] for r in reports for b in r.bundles} == {True, False}


def test_the_schema_refuses_what_the_report_never_holds():
    validator = jsonschema.Draft202012Validator(api.report_schema())
    good = checker.check(Path(ROOT / "examples/defective/utility-model-method-claim.yaml")).data
    assert validator.is_valid(good)
    finding = good["bundles"][0]["findings"][0]
    for broken in (
        {**finding, "severity": "fatal"},
        {**finding, "extra": 1},
        {**finding, "location": {"pointer": "/", "line": 0, "column": 1}},
        {k: v for k, v in finding.items() if k != "citations"},
    ):
        bad = json.loads(json.dumps(good))
        bad["bundles"][0]["findings"][0] = broken
        assert not validator.is_valid(bad), broken


def test_the_conftest_hook_refuses_a_report_off_the_schema():
    """The session fixture validating every rendered JSON report really does validate."""
    from checker.core.findings import BundleResult, Finding, Location
    from checker.core.pipeline import Report
    from checker.report import render

    report = Report(
        ["p"], None, [BundleResult("b.yaml", True, [Finding("X1", "fail", "fatal", "m", Location("/", 1, 1))])]
    )
    with pytest.raises(AssertionError, match="report.schema.json"):
        render.render_json(report)


def test_text_without_base_reads_no_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims.txt").write_text("【第1項】一種夾子。\n", "utf-8")
    text = (ROOT / "examples/invention-led-package/bundle.yaml").read_text("utf-8")
    report = checker.check(text)  # claims.txt exists in the working directory: not read
    problem = report.findings()[0]
    assert report.exit_status == 2 and problem["rule"] == "input"
    assert "not found" in problem["message"] and problem["location"]["pointer"].endswith("/file")


def test_text_cannot_read_outside_its_base(tmp_path):
    (tmp_path / "secret.txt").write_text("【第1項】一種夾子。\n", "utf-8")
    inner = tmp_path / "inner"
    inner.mkdir()
    text = (ROOT / "examples/invention-led-package/bundle.yaml").read_text("utf-8")
    report = checker.check(
        text.replace("claims: {file: claims.txt}", "claims: {file: ../secret.txt}").replace(
            "description: {file: description.txt, pages: 12}", "description: {sections: {title: 夾子}}"
        ),
        base=inner,
    )
    assert report.exit_status == 2
    assert "outside the bundle's folder" in report.findings()[0]["message"]


def test_misuse_raises_api_error_and_bad_input_does_not():
    with pytest.raises(checker.ApiError, match="lang"):
        checker.check("format: 1\n", lang="fr")
    with pytest.raises(checker.ApiError, match="as_of"):
        checker.check("format: 1\n", as_of="2025-13-01")
    with pytest.raises(checker.ApiError, match="bytes"):
        checker.check("a: " + "x" * api.MAX_BUNDLE_BYTES)
    with pytest.raises(checker.ApiError, match="a bundle is"):
        checker.check(42)
    with pytest.raises(checker.ApiError, match="fail_on"):
        checker.check("format: 1\n", fail_on="sometimes")
    for bad in ("\x00\x01", "- 1\n- 2\n", "a: *b\n", "!!python/object:os.system {}\n", "{" * 500):
        report = checker.check(bad)
        assert report.exit_status == 2 and report.findings()[0]["location"]["line"] >= 1


def test_no_state_leaks_between_calls():
    en = checker.check(Path(ROOT / "examples/defective/utility-model-method-claim.yaml"), lang="en").to_json()
    selected = checker.check(
        Path(ROOT / "examples/defective/utility-model-method-claim.yaml"),
        select=["PA104"],
        closed={"2025-06-03": "颱風"},
    )
    assert [f["rule"] for f in selected.findings()] == ["PA104-01"]
    again = checker.check(Path(ROOT / "examples/defective/utility-model-method-claim.yaml"), lang="en").to_json()
    assert en == again


def test_threads_get_the_reports_of_a_serial_run():
    paths = sorted((ROOT / "examples" / "defective").glob("*.yaml"))
    serial = {p: checker.check(p).to_json() for p in paths}
    results: dict = {}

    def work(path):
        results[path] = checker.check(path).to_json()

    threads = [threading.Thread(target=work, args=(p,)) for p in paths * 2]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == serial


def test_importing_checker_does_not_load_the_rules():
    import subprocess

    code = "import checker, sys; print('checker.core.pipeline' in sys.modules, 'durable' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_every_exported_name_resolves_from_the_package_and_the_api_module():
    import checker
    import checker.api

    assert checker.api.__all__ == list(checker._API)
    for name in checker.__all__:
        assert getattr(checker, name) is not None, name
    for name in checker.api.__all__:
        assert getattr(checker, name) is getattr(checker.api, name), name
