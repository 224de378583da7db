"""The command line, as users and CI see it: output, exit status, never a traceback."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def write(folder: Path, text: str, name: str = "bundle.yaml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


MINIMAL = "format: 1\nprocedure: application\npatent_type: invention\nsubmitted_on: 2025-03-14\n"


def test_clean_example_exits_0_and_reports_passes():
    result = run("check", str(EXAMPLES / "invention-led-package" / "bundle.yaml"), "--show-passes")
    assert result.exit_code == 0, result.output
    assert "PA025-03" in result.output and "專利法第25條第1項" in result.output


def test_examples_folder_reports_every_bundle_and_exits_1():
    result = run("check", str(EXAMPLES), "--lang", "en")
    assert result.exit_code == 1
    for bundle in EXAMPLES.rglob("*.yaml"):
        if "firm-rules" in bundle.parts:  # a rule pack, not bundles: never scanned as bundles
            assert bundle.relative_to(ROOT).as_posix() not in result.output
            continue
        assert bundle.relative_to(ROOT).as_posix() in result.output or bundle.name in result.output
    assert "Patent Act art. 104" in result.output


def test_json_report_has_the_spec_shape(tmp_path):
    path = write(tmp_path, MINIMAL + "applicants: [{name: 甲公司}]\n")
    result = run("check", "--format", "json", str(path))
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert set(report) == {"tool", "as_of", "bundles", "summary"}
    assert report["tool"]["rule_packs"] == ["tw-indigenous-creations-2015", "tw-patent-act-2013"]  # every pack loaded
    assert report["as_of"] == "2025-03-14"
    bundle = report["bundles"][0]
    assert bundle["valid"] is True
    claims = next(f for f in bundle["findings"] if f["rule"] == "PA025-03")
    assert claims["outcome"] == "fail" and claims["severity"] == "error"
    assert claims["citations"] == [
        {"law": "patent_act", "article": 25, "paragraph": 1, "subparagraph": None},
        {"law": "patent_act", "article": 25, "paragraph": 2, "subparagraph": None},
    ]
    assert claims["location"] == {"pointer": "/claims", "line": 1, "column": 1}
    assert claims["in_force"] == {"from": "2013-06-13", "until": None}  # the version applied
    applicant = next(f for f in bundle["findings"] if f["rule"] == "PA025-01")
    assert applicant["outcome"] == "pass" and applicant["severity"] == "info"
    assert applicant["location"] == {"pointer": "/applicants", "line": 5, "column": 13}
    summary = report["summary"]
    assert summary["bundles"] == 1
    assert summary["fail"] == sum(f["outcome"] == "fail" for f in bundle["findings"])
    assert summary["pass"] == sum(f["outcome"] == "pass" for f in bundle["findings"])
    assert summary["errors"] == summary["fail"] and summary["warnings"] == 0


def test_output_is_byte_identical_between_runs():
    first = run("check", "--format", "json", str(EXAMPLES)).output
    second = run("check", "--format", "json", str(EXAMPLES)).output
    assert first == second
    text_first = run("check", str(EXAMPLES), "--show-passes").output
    assert text_first == run("check", str(EXAMPLES), "--show-passes").output


def test_as_of_is_used_and_reported(tmp_path):
    path = write(tmp_path, MINIMAL.replace("submitted_on: 2025-03-14\n", ""))
    report = json.loads(run("check", "--format", "json", "--as-of", "2026-01-05", str(path)).output)
    assert report["as_of"] == "2026-01-05" and report["bundles"][0]["as_of"] == "2026-01-05"


@pytest.mark.parametrize("level,expected", [("error", 1), ("warning", 1), ("none", 0)])
def test_fail_on(tmp_path, level, expected):
    path = write(tmp_path, MINIMAL)
    assert run("check", "--fail-on", level, str(path)).exit_code == expected


def test_fail_on_warning_catches_a_warning_only_bundle(tmp_path):
    bundle = (EXAMPLES / "derivative-design-chair" / "bundle.yaml").read_text("utf-8")
    path = write(tmp_path, bundle.replace('  application_number: "114300123"\n', ""))
    assert run("check", str(path)).exit_code == 0
    assert run("check", "--fail-on", "warning", str(path)).exit_code == 1


# --- the five bad inputs of the foundation issue, and friends -------------------------

BAD_INPUTS = {
    "invalid YAML": (MINIMAL + "title: [unclosed\n", "invalid YAML", 6, 1),
    "unknown enum value": (MINIMAL.replace("invention", "plant"), "use one of: invention", 3, 14),
    "wrong type": (
        MINIMAL + "claims:\n  - {number: one, text: x}\n",
        "/claims/0/number must be of type integer, not string",
        6,
        14,
    ),
    "impossible date": (MINIMAL.replace("2025-03-14", "2024-02-30"), "not a real calendar date", 4, 15),
    # a real date, but periods from it would run past the year 9999 datetime can hold
    "date far in the future": (MINIMAL.replace("2025-03-14", "9999-12-30"), "years 1900-2199", 4, 15),
    "file outside the bundle": (MINIMAL + "description: {file: ../x.txt}\n", "outside the bundle's folder", 5, 21),
    "unknown key": (MINIMAL + "titel: x\n", "unknown key 'titel'", 5, 1),
    "absolute path": (MINIMAL + "claims: {file: /etc/passwd}\n", "absolute path", 5, 16),
    "file name too long": (MINIMAL + "claims: {file: " + "x" * 3000 + "}\n", "cannot be used as a file name", 5, 16),
    "NUL in a file name": (MINIMAL + 'claims: {file: "a\\0b"}\n', "cannot be used as a file name", 5, 16),
    "missing text file": (MINIMAL + "claims: {file: claims.txt}\n", "not found", 5, 16),
    "python tag": (MINIMAL + "title: !!python/object/apply:os.system [ls]\n", "unsupported YAML tag", 5, 8),
}


@pytest.mark.parametrize("name", list(BAD_INPUTS))
def test_bad_input_gives_location_and_exit_2(tmp_path, name):
    text, message, line, column = BAD_INPUTS[name]
    (tmp_path / "x.txt").write_text("outside", encoding="utf-8")
    folder = tmp_path / "case"
    folder.mkdir()
    path = write(folder, text)
    result = run("check", "--format", "json", str(path))
    assert result.exit_code == 2, result.output
    report = json.loads(result.output)
    finding = report["bundles"][0]["findings"][0]
    assert report["bundles"][0]["valid"] is False
    assert message in finding["message"]
    assert (finding["location"]["line"], finding["location"]["column"]) == (line, column)
    text_result = run("check", str(path))
    assert text_result.exit_code == 2
    assert f"bundle.yaml:{line}:{column}" in text_result.output
    assert "Traceback" not in text_result.output


def test_symlink_leading_out_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("secret", encoding="utf-8")
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "claims.txt").symlink_to(secret)
    path = write(folder, MINIMAL + "claims: {file: claims.txt}\n")
    result = run("check", "--format", "json", str(path))
    assert result.exit_code == 2
    assert "outside the bundle's folder" in result.output


def test_binary_text_file_is_located_in_that_file(tmp_path):
    (tmp_path / "claims.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    path = write(tmp_path, MINIMAL + "claims: {file: claims.txt}\n")
    report = json.loads(run("check", "--format", "json", str(path)).output)
    location = report["bundles"][0]["findings"][0]["location"]
    assert location["file"].endswith("claims.txt") and location["line"] == 3


def test_one_bad_bundle_does_not_hide_the_others(tmp_path):
    write(tmp_path, "format: [\n", "a.yaml")
    write(tmp_path, MINIMAL, "b.yaml")
    result = run("check", "--format", "json", str(tmp_path))
    assert result.exit_code == 2
    bundles = json.loads(result.output)["bundles"]
    assert [b["valid"] for b in bundles] == [False, True]


@pytest.mark.parametrize(
    "args",
    [
        ["check", "does/not/exist.yaml"],
        ["check", "--as-of", "2025-02-30", str(EXAMPLES)],
        ["check", "--as-of", "9999-01-01", str(EXAMPLES)],
        ["check", "--format", "xml", str(EXAMPLES)],
        ["explain", "999"],
        ["explain", "abc"],
        ["rule", "XX999-99"],
    ],
)
def test_usage_errors_exit_2(args):
    assert run(*args).exit_code == 2


def test_empty_folder_is_a_usage_error(tmp_path):
    result = run("check", str(tmp_path))
    assert result.exit_code == 2


def test_checker_never_writes_to_a_bundle_folder(tmp_path):
    folder = tmp_path / "led"
    shutil.copytree(EXAMPLES / "invention-led-package", folder)
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    run("check", str(folder))
    run("check", "--format", "json", str(folder))
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    assert before == after


def test_validate_runs_the_schema_only(tmp_path):
    assert run("validate", str(write(tmp_path, MINIMAL))).exit_code == 0  # rules would fail it
    assert run("validate", str(write(tmp_path, MINIMAL + "titel: x\n", "bad.yaml"))).exit_code == 2


def test_schema_prints_the_bundle_schema():
    schema = json.loads(run("schema").output)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert "procedure" in schema["properties"]
    assert "rules" in json.loads(run("schema", "--rule-file").output)["properties"]


def test_explain_prints_the_article_and_citing_rules():
    result = run("explain", "127")
    assert result.exit_code == 0
    assert "衍生設計之申請日，不得早於原設計之申請日。" in result.output
    assert "PA127-02" in result.output and "PA025-03" not in result.output


def test_explain_26_prints_all_four_paragraphs():
    output = run("explain", "26").output
    for number in range(1, 5):
        assert f"({number})" in output
    assert "說明書應明確且充分揭露" in output


def test_rule_docs_by_id_and_by_name():
    by_id = run("rule", "PA104-01", "--lang", "en").output
    assert "Patent Act art. 112(1)(1)" in by_id and "新型非屬物品形狀、構造或組合者" in by_id
    assert 'item.category != ""' in by_id  # over the non_article_subjects items
    assert run("rule", "utility-model-not-an-article").output.startswith("PA104-01")


def test_rules_lists_every_rule_as_json():
    rules = json.loads(run("rules", "--format", "json").output)
    assert len({r["id"] for r in rules}) == len(rules) >= 20


def test_python_cli_py_works_like_the_console_script():
    example = str(EXAMPLES / "design-chair" / "bundle.yaml")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    direct = subprocess.run(
        [sys.executable, str(ROOT / "cli.py"), "check", "--format", "json", example],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    module = subprocess.run(
        [sys.executable, "-c", "from checker.cli import main; main()", "check", "--format", "json", example],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert direct.returncode == module.returncode == 0, direct.stderr
    assert direct.stdout == module.stdout
    assert json.loads(direct.stdout)["bundles"][0]["valid"] is True


def test_no_traceback_for_an_unreadable_file(tmp_path):
    path = write(tmp_path, MINIMAL)
    path.chmod(0)
    try:
        result = subprocess.run(
            [sys.executable, str(ROOT / "cli.py"), "check", str(path)], capture_output=True, text=True, cwd=ROOT
        )
    finally:
        path.chmod(0o644)
    assert "Traceback" not in result.stderr + result.stdout
    assert result.returncode in (0, 1, 2)  # root can read anything; others get exit 2


def test_explain_tells_an_amended_text_from_the_2013_one():
    out = run("explain", "34", "--lang", "en").output
    line = next(line for line in out.splitlines() if "PA034-02" in line)
    assert "Patent Act art. 34(2)(2); Patent Act art. 34(2)(2) (as amended 2019-11-01)" in line
