"""The second legal regime end to end: indigenous-creation bundles beside patent bundles in
one run, and every command and output format treating its pack like the patent pack."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from xml.etree import ElementTree

import pytest
from typer.testing import CliRunner

from checker.cli import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CLEAN = EXAMPLES / "indigenous-creation-weaving" / "bundle.yaml"
DEFECTIVE = EXAMPLES / "defective" / "indigenous"
LATE = DEFECTIVE / "several-creations-late-restoration.yaml"
PACK = "tw-indigenous-creations-2015"
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture
def mixed(tmp_path):
    """A folder holding patent bundles and indigenous-creation bundles."""
    shutil.copytree(EXAMPLES / "invention-led-package", tmp_path / "patent-invention")
    shutil.copy(EXAMPLES / "defective" / "utility-model-method-claim.yaml", tmp_path / "patent-defective.yaml")
    shutil.copytree(CLEAN.parent, tmp_path / "indigenous-clean")
    shutil.copy(LATE, tmp_path / "indigenous-late.yaml")
    return tmp_path


# --- the examples -----------------------------------------------------------------------


def test_the_clean_example_fails_nothing(checker):
    result = checker.check_file(CLEAN)
    assert result.valid and result.pack == PACK
    assert [f.rule for f in result.findings if f.outcome == "fail"] == []
    assert sum(f.outcome == "pass" for f in result.findings) >= 20


@pytest.mark.parametrize(
    "name, failed",
    [
        ("representative-not-member.yaml", {"IC003-02", "IC010-03", "IC009-03", "IC014-01"}),
        (
            "several-creations-late-restoration.yaml",
            {"IC012-01", "IC017-01", "IC018-02", "IC018-06", "IC011-04", "IC009-04"},
        ),
        ("long-summary-foreign-language.yaml", {"IC037-01", "IC013-01", "IC023-01", "IC009-02", "IC009-04"}),
    ],
)
def test_each_defective_example_fails_what_its_header_says(checker, name, failed):
    result = checker.check_file(DEFECTIVE / name)
    assert result.valid
    assert {f.rule for f in result.findings if f.outcome == "fail"} == failed


# --- one run, two regimes -----------------------------------------------------------------


def test_check_judges_each_bundle_under_its_own_pack(mixed):
    result = run("check", str(mixed), "--format", "json")
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert report["tool"]["rule_packs"] == [PACK, "tw-patent-act-2013"]

    def name(path):
        return Path(path).name if Path(path).name != "bundle.yaml" else Path(path).parent.name

    packs = {name(b["path"]): b["pack"] for b in report["bundles"]}
    assert packs == {
        "patent-invention": "tw-patent-act-2013",
        "patent-defective.yaml": "tw-patent-act-2013",
        "indigenous-clean": PACK,
        "indigenous-late.yaml": PACK,
    }
    for bundle in report["bundles"]:
        prefixes = {f["rule"][:2] for f in bundle["findings"]}
        assert prefixes <= ({"IC"} if bundle["pack"] == PACK else {"PA", "ER"}), (bundle["path"], prefixes)


def test_a_bundle_without_regime_is_still_a_patent_bundle(tmp_path):
    path = tmp_path / "b.yaml"
    path.write_text(
        "format: 1\nprocedure: application\npatent_type: invention\nsubmitted_on: 2025-03-14\n", encoding="utf-8"
    )
    report = json.loads(run("check", str(path), "--format", "json").output)
    assert report["bundles"][0]["pack"] == "tw-patent-act-2013"
    assert any(f["rule"] == "PA025-03" for f in report["bundles"][0]["findings"])


def test_an_indigenous_bundle_is_validated_by_its_own_schema(tmp_path):
    path = tmp_path / "b.yaml"
    path.write_text(
        "format: 1\nregime: indigenous_creation\nprocedure: application\npatent_type: invention\n", encoding="utf-8"
    )
    result = run("check", str(path), "--lang", "en")
    assert result.exit_code == 2
    assert "patent_type" in result.output and "b.yaml:4:1" in result.output


def test_item_findings_point_at_each_offending_period(tmp_path):
    text = LATE.read_text(encoding="utf-8").replace(
        "    omitted_act_done: false\n",
        "    omitted_act_done: false\n  - {kind: restoration, original_period_ended_on: 2025-05-30, "
        "cause_ended_on: 2025-07-01, requested_on: 2025-09-20, omitted_act_done: true}\n",
    )
    path = tmp_path / "two.yaml"
    path.write_text(text, encoding="utf-8")
    report = json.loads(run("check", str(path), "--format", "json").output)
    late = [f for f in report["bundles"][0]["findings"] if f["rule"] == "IC018-02"]
    assert [f["location"]["pointer"] for f in late] == ["/periods/1", "/periods/2"]
    assert "2025-09-01" in late[1]["message"]  # 60 days after 2025-07-01 end on Saturday 08-30: Monday


# --- every output format ------------------------------------------------------------------


def test_sarif_lists_the_second_packs_rules_and_results():
    sarif = json.loads(run("check", str(LATE), "--format", "sarif").output)
    rules = {r["id"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]}
    assert {"IC012-01", "IC017-01", "IC018-02"} <= rules
    results = [
        (r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in sarif["runs"][0]["results"]
    ]
    assert ("IC017-01", 33) in results and ("IC018-02", 37) in results


def test_junit_github_and_markdown_report_the_second_pack():
    junit = ElementTree.fromstring(run("check", str(LATE), "--format", "junit").output)
    failures = [case.get("name") for case in junit.iter("testcase") if case.find("failure") is not None]
    assert any("IC012-01" in name for name in failures)
    github = run("check", str(LATE), "--format", "github").output
    assert "::error file=examples/defective/indigenous/several-creations-late-restoration.yaml,line=33" in github
    assert "IC017-01" in github
    markdown = run("check", str(LATE), "--format", "markdown", "--lang", "en").output
    assert "IC018-06" in markdown


def test_text_output_cites_the_rules_down_to_the_item(tmp_path):
    path = tmp_path / "b.yaml"
    path.write_text(
        CLEAN.read_text(encoding="utf-8").replace(
            "description: {file: description.txt}", "description: {features_and_scope: 紋樣}"
        ),
        encoding="utf-8",
    )
    out = run("check", str(path)).output
    assert "IC011-02" in out and "原住民族傳統智慧創作保護實施辦法第11條第1項第3款第2目" in out


# --- rules, rule, explain, deadlines --------------------------------------------------------


def test_rules_lists_the_second_pack():
    rules = json.loads(run("rules", "--format", "json").output)
    mine = [r for r in rules if r["pack"] == PACK]
    assert len(mine) >= 30 and all(r["id"].startswith("IC") for r in mine)
    cited = next(r for r in mine if r["id"] == "IC011-01")["citations"][0]
    assert cited == {"law": "indigenous_creations_rules", "article": 11, "paragraph": 1, "subparagraph": 3, "item": 1}


def test_rule_shows_the_provision_and_where_300_comes_from():
    out = run("rule", "IC037-01", "--lang", "en").output
    assert "legislative reason of art. 37" in out
    assert "本辦法有關書表格式及作業手冊，由主管機關定之。" in out  # the article's own text


def test_explain_lists_the_rules_citing_an_article():
    out = run("explain", "--law", "indigenous_creations_rules", "18").output
    for rule in ("IC018-01", "IC018-02", "IC018-06"):
        assert rule in out


def test_deadlines_lists_one_deadline_per_period_entry():
    data = json.loads(run("deadlines", str(LATE), "--format", "json", "--lang", "en").output)
    found = [(d["period"], d.get("pointer"), d["deadline"], d["status"]) for d in data["bundles"][0]["deadlines"]]
    assert found == [
        ("designated", "/periods/0", "2025-04-30", "late"),
        ("restoration_cause", "/periods/1", "2025-09-08", "late"),
        ("restoration_limit", "/periods/1", "2026-06-01", "done"),  # 2026-05-30 is a Saturday
    ]
    cause = data["bundles"][0]["deadlines"][1]
    assert cause["steps"][0]["basis"] == [{"law": "civil_code", "article": 120, "paragraph": 2, "subparagraph": None}]
    assert cause["basis"][0]["law"] == "indigenous_creations_rules"


def test_deadlines_text_and_ics():
    text = run("deadlines", str(LATE), "--lang", "en").output
    assert "60 days" in text and "2025-09-08" in text
    ics = run("deadlines", str(DEFECTIVE), "--format", "ics").output
    uids = [line for line in ics.splitlines() if line.startswith("UID:")]
    assert uids and len(uids) == len(set(uids))


def test_schema_prints_the_bundle_schema_of_a_regime():
    schema = json.loads(run("schema", "--regime", "indigenous_creation").output)
    assert schema["properties"]["regime"] == {
        "description": schema["properties"]["regime"]["description"],
        "const": "indigenous_creation",
    }
    assert json.loads(run("schema").output)["$id"].endswith("/bundle.schema.json")  # the default: patents
    result = runner.invoke(app, ["schema", "--regime", "trademark"])
    assert result.exit_code == 2 and "indigenous_creation" in result.output


def test_fees_skip_bundles_of_another_regime():
    result = run("fees", str(CLEAN), "--format", "json")
    assert result.exit_code == 0 and json.loads(result.output)["bundles"] == []


def test_sarif_describes_the_second_packs_rules_by_name():
    driver = json.loads(run("check", str(LATE), "--format", "sarif").output)["runs"][0]["tool"]["driver"]
    described = {r["id"]: r for r in driver["rules"]}
    assert described["IC012-01"]["name"] == "several-creations-in-one-application"
    assert described["IC012-01"]["properties"]["citations"][0]["law"] == "indigenous_creations_rules"


def test_html_report_ranks_and_cites_the_second_pack(tmp_path):
    out = tmp_path / "report.html"
    result = run("check", str(LATE), "--format", "html", "-o", str(out))
    assert result.exit_code == 1
    page = out.read_text(encoding="utf-8")
    assert "IC018-02" in page and "原住民族傳統智慧創作保護實施辦法第18條第2項" in page
