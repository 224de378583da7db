"""Configuration files change results as documented; bad ones are located usage errors."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.core.config import find_config_file, load_config, select_rules

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
NO_AGENT = EXAMPLES / "defective" / "foreign-applicant-without-agent.yaml"  # fails PA011-01 and PA025-03
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def report(*args: str) -> tuple[int, dict]:
    result = run("check", "--format", "json", *args)
    return result.exit_code, json.loads(result.output)


def fails(data: dict) -> dict[str, str]:
    return {f["rule"]: f["severity"] for b in data["bundles"] for f in b["findings"] if f["outcome"] == "fail"}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copy(NO_AGENT, tmp_path / "bundle.yaml")
    return tmp_path


def test_without_configuration_both_failures_are_errors(folder):
    status, data = report(str(folder))
    assert status == 1
    assert fails(data) == {"PA011-01": "error", "PA025-03": "error"}


@pytest.mark.parametrize("selector", ["PA011-01", "PA011", "agent-required", "patent_act:11"])
def test_ignore_removes_a_rules_findings(folder, selector):
    (folder / ".patentcheck.yaml").write_text(f"ignore: [{selector}]\n", encoding="utf-8")
    status, data = report(str(folder))
    assert "PA011-01" not in {f["rule"] for f in data["bundles"][0]["findings"]}
    assert "PA025-03" in fails(data) and status == 1


def test_select_keeps_only_the_selected_rules(folder):
    (folder / ".patentcheck.yaml").write_text("select: [PA025]\n", encoding="utf-8")
    _, data = report(str(folder))
    assert {f["rule"][:5] for f in data["bundles"][0]["findings"]} == {"PA025"}


def test_select_does_not_hide_stale_suppressions(folder):
    bundle = folder / "bundle.yaml"
    bundle.write_text(bundle.read_text("utf-8") + "suppressions: [{rule: PA022-01, reason: old}]\n", encoding="utf-8")
    (folder / ".patentcheck.yaml").write_text("select: [PA025]\n", encoding="utf-8")
    assert "unused-suppression" in fails(report(str(folder))[1])


def test_the_most_specific_severity_selector_wins(folder):
    (folder / ".patentcheck.yaml").write_text("severity: {PA025-03: error, PA: info}\n", encoding="utf-8")
    assert fails(report(str(folder))[1]) == {"PA011-01": "info", "PA025-03": "error"}


def test_severity_override_changes_the_exit_status(folder):
    (folder / ".patentcheck.yaml").write_text(
        "severity: {PA011-01: warning, invention-claims-missing: info}\n", encoding="utf-8"
    )
    status, data = report(str(folder))
    assert fails(data) == {"PA011-01": "warning", "PA025-03": "info"}
    assert status == 0
    assert data["summary"]["errors"] == 0 and data["summary"]["warnings"] == 1


def test_fail_on_from_the_file_and_the_command_line_overrides_it(folder):
    (folder / ".patentcheck.yaml").write_text("severity: {PA: warning}\nfail-on: warning\n", encoding="utf-8")
    assert report(str(folder))[0] == 1
    assert report(str(folder), "--fail-on", "error")[0] == 0


def test_lang_from_the_file_and_the_command_line_overrides_it(folder):
    (folder / ".patentcheck.yaml").write_text("lang: en\n", encoding="utf-8")
    assert "applicant(s)" in run("check", str(folder)).output
    assert "申請人" in run("check", str(folder), "--lang", "zh-TW").output


def test_nearest_file_wins_and_yaml_wins_over_pyproject(folder):
    (folder / "pyproject.toml").write_text('[tool.patentcheck]\nignore = ["PA025-03"]\n', encoding="utf-8")
    assert set(fails(report(str(folder))[1])) == {"PA011-01"}
    (folder / ".patentcheck.yaml").write_text("ignore: [PA011-01]\n", encoding="utf-8")
    assert set(fails(report(str(folder))[1])) == {"PA025-03"}
    inner = folder / "inner"
    inner.mkdir()
    shutil.copy(NO_AGENT, inner / "bundle.yaml")
    (inner / ".patentcheck.yaml").write_text("ignore: [PA011-01, PA025-03]\n", encoding="utf-8")
    _, data = report(str(folder))
    by_path = {Path(b["path"]).parent.name: b for b in data["bundles"]}
    assert [f for f in by_path["inner"]["findings"] if f["outcome"] == "fail"] == []
    assert {f["rule"] for f in by_path[folder.name]["findings"] if f["outcome"] == "fail"} == {"PA025-03"}


def test_a_pyproject_without_our_table_is_skipped(tmp_path):
    (tmp_path / ".patentcheck.yaml").write_text("lang: en\n", encoding="utf-8")
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config_file(inner) == (tmp_path / ".patentcheck.yaml").resolve()


def test_pyproject_configuration_with_toml_dates(folder):
    (folder / "pyproject.toml").write_text(
        '[tool.patentcheck]\nlang = "en"\nclosed = [{date = 2025-04-02, reason = "typhoon"}]\n', encoding="utf-8"
    )
    config = load_config(folder)
    assert config["closed"] == [{"date": "2025-04-02", "reason": "typhoon", "source": config.settings["closed"].source}]
    assert config.settings["lang"].source.endswith("pyproject.toml:2:1")


def invention_filed(tmp_path: Path, submitted_on: str) -> Path:
    target = tmp_path / "led"
    shutil.copytree(EXAMPLES / "invention-led-package", target)
    bundle = target / "bundle.yaml"
    bundle.write_text(
        bundle.read_text("utf-8").replace("submitted_on: 2025-03-14", f"submitted_on: {submitted_on}"), encoding="utf-8"
    )
    return target


def test_a_closed_day_from_the_file_moves_a_deadline(tmp_path):
    # JP priority of 2024-04-02: 12 months end on 2025-04-02; filing on 2025-04-03 is late,
    # unless the office was closed on 2025-04-02 (art. 20; Civil Code art. 122): then the
    # period ends on the next working day, Monday 2025-04-07 (04-03/04 holidays, a weekend).
    folder = invention_filed(tmp_path, "2025-04-03")
    assert fails(report(str(folder))[1]).get("PA028-01") == "error"
    (folder / ".patentcheck.yaml").write_text("closed:\n  - {date: 2025-04-02, reason: 颱風假}\n", encoding="utf-8")
    status, data = report(str(folder))
    assert "PA028-01" not in fails(data)
    priority = next(f for f in data["bundles"][0]["findings"] if f["rule"] == "PA028-01")
    assert "2025-04-07" in priority["message"]


def test_closed_on_the_command_line_adds_to_the_file(tmp_path):
    folder = invention_filed(tmp_path, "2025-04-08")
    (folder / ".patentcheck.yaml").write_text("closed:\n  - {date: 2025-04-02, reason: 颱風假}\n", encoding="utf-8")
    assert "PA028-01" in fails(report(str(folder))[1])  # the period ends on 2025-04-07
    assert "PA028-01" not in fails(report(str(folder), "--closed", "2025-04-07=颱風假")[1])


def test_include_and_exclude_globs(folder):
    (folder / "drafts").mkdir()
    shutil.copy(NO_AGENT, folder / "drafts" / "draft.yaml")
    shutil.copy(NO_AGENT, folder / "notes.bundle")
    (folder / ".patentcheck.yaml").write_text("exclude: [drafts]\ninclude: ['*.yaml', '*.bundle']\n", encoding="utf-8")
    names = {Path(b["path"]).name for b in report(str(folder))[1]["bundles"]}
    assert names == {"bundle.yaml", "notes.bundle"}
    # exclude applies to a file named on the command line too (pre-commit passes file names)
    result = run("check", str(folder / "drafts" / "draft.yaml"))
    assert result.exit_code == 0 and "excluded by the configuration" in result.output
    result = run("check", str(folder / "drafts" / "draft.yaml"), str(folder / "bundle.yaml"))
    assert result.exit_code == 1 and "draft.yaml" not in result.output
    names = {Path(b["path"]).name for b in report(str(folder), "--exclude", "notes.*")[1]["bundles"]}
    assert names == {"bundle.yaml", "draft.yaml"}


@pytest.mark.parametrize(
    "text, where, words",
    [
        ("ignore: [PA011-01]\nbogus: 1\n", ":2:1", "unknown key 'bogus'"),
        ("fail-on: sometimes\n", ":1:10", "fail-on"),
        ("ignore:\n  - PA011-01\n  - PA999-09\n", ":3:5", "'PA999-09' matches no rule"),
        ("severity: {no-such-rule: error}\n", ":1:12", "'no-such-rule' matches no rule"),
        ("closed: [{date: 2025-02-30, reason: x}]\n", ":1:17", "not a real calendar date"),
        ("closed: [{date: 2025-02-03}]\n", ":1:10", "reason"),
        ("ignore: [PA011-01\n", ":2:1", "invalid YAML"),
    ],
)
def test_invalid_configuration_is_a_located_usage_error(folder, text, where, words):
    (folder / ".patentcheck.yaml").write_text(text, encoding="utf-8")
    result = run("check", str(folder))
    assert result.exit_code == 2
    assert f".patentcheck.yaml{where}" in result.output and words in result.output
    assert "Traceback" not in result.output


def test_invalid_pyproject_names_the_key_path(folder):
    (folder / "pyproject.toml").write_text('[tool.patentcheck]\nlang = "fr"\n', encoding="utf-8")
    result = run("check", str(folder))
    assert result.exit_code == 2 and "pyproject.toml:2:1" in result.output
    assert "tool.patentcheck.lang" in result.output
    (folder / "pyproject.toml").write_text("[tool.patentcheck]\nlang = \n", encoding="utf-8")
    result = run("check", str(folder))
    assert result.exit_code == 2 and "pyproject.toml:2" in result.output and "invalid TOML" in result.output


def test_an_empty_configuration_file_means_defaults(folder):
    (folder / ".patentcheck.yaml").write_text("# nothing yet\n", encoding="utf-8")
    assert report(str(folder))[0] == 1


def test_config_command_shows_values_and_where_they_came_from(folder):
    (folder / ".patentcheck.yaml").write_text("lang: en\nignore: [PA011]\n", encoding="utf-8")
    result = run("config", str(folder), "--format", "json", "--fail-on", "warning")
    assert result.exit_code == 0
    data = json.loads(result.output)
    settings = data["settings"]
    assert data["file"].endswith(".patentcheck.yaml")
    assert settings["lang"] == {"value": "en", "source": data["file"] + ":1:1"}
    assert settings["ignore"]["source"] == data["file"] + ":2:1"
    assert settings["fail-on"] == {"value": "warning", "source": "command line"}
    assert settings["select"] == {"value": [], "source": "default"}
    text = run("config", str(folder / "bundle.yaml")).output
    assert "(command line)" not in text and ".patentcheck.yaml:1:1" in text and "(default)" in text


def test_config_command_reports_a_bad_file(folder):
    (folder / ".patentcheck.yaml").write_text("ignore: [PA999]\n", encoding="utf-8")
    result = run("config", str(folder))
    assert result.exit_code == 2 and ".patentcheck.yaml:1:10" in result.output


def test_selectors(checker):
    rules = [r for pack in checker.packs for r in pack.rules]
    assert select_rules("PA025-03", rules) == {"PA025-03"}
    assert select_rules("invention-claims-missing", rules) == {"PA025-03"}
    assert select_rules("PA025", rules) == {r.id for r in rules if r.id.startswith("PA025")}
    assert select_rules("patent_act:25", rules) >= {"PA025-03"}
    assert select_rules("patent_act:9999", rules) == set()


def test_deadlines_use_the_closed_days_of_the_configuration(tmp_path):
    folder = invention_filed(tmp_path, "2025-03-14")

    def priority_deadline() -> str:
        result = run("deadlines", str(folder), "--format", "json")
        return next(
            d["deadline"] for d in json.loads(result.output)["bundles"][0]["deadlines"] if d["period"] == "priority"
        )

    assert priority_deadline() == "2025-04-02"
    (folder / ".patentcheck.yaml").write_text("closed:\n  - {date: 2025-04-02, reason: 颱風假}\n", encoding="utf-8")
    assert priority_deadline() == "2025-04-07"


def test_the_readme_configuration_example_is_valid(tmp_path):
    readme = (ROOT / "README.md").read_text("utf-8").split("## Configuration", 1)[1]
    example = readme.split("```yaml\n", 1)[1].split("```", 1)[0]
    (tmp_path / ".patentcheck.yaml").write_text(example, encoding="utf-8")
    result = run("config", str(tmp_path), "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["settings"]["fail-on"]["value"] == "warning"


def test_pre_commit_hook_and_workflow_files():
    import yaml

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    assert hook["id"] == "patentcheck" and hook["entry"] == "patentcheck check --changed-files"
    assert hook["pass_filenames"] is True  # every changed file: see tests/test_precommit.py
    assert re.search(hook["exclude"], ".github/ci.yml") and not re.search(hook["exclude"], "filings/led/claims.txt")
    doc = (ROOT / "docs" / "github-actions.md").read_text("utf-8")
    workflow = yaml.safe_load(doc.split("```yaml\n", 1)[1].split("```", 1)[0])
    steps = workflow["jobs"]["check"]["steps"]
    assert any(s.get("uses", "").startswith("github/codeql-action/upload-sarif") for s in steps)
    assert any("patentcheck check filings/" in s.get("run", "") for s in steps)


def test_pyproject_subtable_errors_point_at_the_table(folder):
    (folder / "pyproject.toml").write_text(
        '[project]\nname = "filings"\n\n[tool.patentcheck.severity]\nPA925-03 = "warning"\n', encoding="utf-8"
    )
    result = run("check", str(folder))
    assert result.exit_code == 2
    assert "pyproject.toml:4:1: tool.patentcheck.severity.PA925-03: 'PA925-03' matches no rule" in result.output


# --- --select / --ignore on the command line (ruff's flags) -----------------------------


def test_command_line_ignore_and_comma_separated_select(folder):
    _, data = report(str(folder), "--ignore", "PA011")
    assert "PA011-01" not in fails(data) and "PA025-03" in fails(data)
    _, data = report(str(folder), "--select", "PA011-01,PA025")
    assert {f["rule"][:5] for f in data["bundles"][0]["findings"]} == {"PA011", "PA025"}


def test_command_line_select_replaces_the_files(folder):
    (folder / ".patentcheck.yaml").write_text("select: [PA025]\n", encoding="utf-8")
    _, data = report(str(folder), "--select", "PA011")
    assert {f["rule"][:5] for f in data["bundles"][0]["findings"]} == {"PA011"}
    shown = run("config", str(folder), "--select", "PA011").output
    assert '["PA011"]' in shown and "command line" in shown


def test_command_line_selector_matching_no_rule_is_a_usage_error(folder):
    result = run("check", str(folder), "--ignore", "PA999")
    assert result.exit_code == 2 and "--ignore" in result.output and "PA999" in result.output


def test_validate_scans_folders_as_check_does(tmp_path):
    shutil.copy(NO_AGENT, tmp_path / "bundle.yaml")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "broken.yaml").write_text("format: 1\nprocedure: nonsense\n", encoding="utf-8")
    assert run("validate", str(tmp_path)).exit_code == 2  # the broken draft is scanned
    (tmp_path / ".patentcheck.yaml").write_text("exclude: [drafts]\n", encoding="utf-8")
    assert run("validate", str(tmp_path)).exit_code == 0  # the configuration excludes it
    assert run("validate", str(tmp_path), "--exclude", "nothing").exit_code == 2
