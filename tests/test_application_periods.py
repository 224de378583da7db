"""Application-stage periods (translation, deposit certificate, domestic priority,
restoration of priority): which periods arise, and English version labels."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from typer.testing import CliRunner

from checker.inputs.bundle import read_bundle
from checker.cli import app
from checker.report.deadline_report import record_json
from checker.timing.deadlines import deadlines_of
from checker.packs.patent.facts import derive_context
from checker.timing.office_calendar import OfficeCalendar
from checker.core.pipeline import default_packs

from bundle_patch import write_patched

LED = "examples/invention-led-package/bundle.yaml"
JP = {"type": "foreign", "country": "JP", "filing_date": "2024-04-02", "application_number": "2024-058812"}
runner = CliRunner()
default_packs()  # the pack declares the periods


def periods(tmp_path: Path, patch: dict | None = None) -> dict:
    tmp_path.mkdir(parents=True, exist_ok=True)
    bundle, errors = read_bundle(write_patched(tmp_path, LED, patch))
    assert not errors, [e.message for e in errors]
    ctx = derive_context(bundle, dt.date(2025, 3, 14), OfficeCalendar())
    return {r.period.id: r for r in deadlines_of(ctx)}


def test_assumed_translation_period_arises_only_without_a_designated_one(tmp_path):
    assert "translation" not in periods(tmp_path / "zh")
    found = periods(tmp_path / "en", {"language": "en", "submitted_on": "2025-03-12"})
    assert found["translation"].deadline.end == dt.date(2025, 7, 14)  # Sat 07-12 rolled
    assert "推定" in found["translation"].version.label
    given = periods(tmp_path / "given", {"language": "en", "translation": {"period_ends": "2025-07-12"}})
    assert "translation" not in given


def test_deposit_certificate_counts_from_priority_when_art_28_priority_is_claimed(tmp_path):
    bio = {
        "involved": True,
        "readily_available": False,
        "deposits": [{"institution": "BCRC", "location": "domestic", "deposited_on": "2025-03-10"}],
    }
    with_priority = periods(tmp_path / "p", {"biological_material": bio})
    assert "deposit_certificate" not in with_priority
    assert with_priority["deposit_certificate_priority"].deadline.end == dt.date(2025, 8, 4)
    without = periods(tmp_path / "n", {"biological_material": bio, "priority_claims": None})
    assert "deposit_certificate_priority" not in without
    assert without["deposit_certificate"].deadline.end == dt.date(2025, 7, 14)


def test_undeclared_foreign_claim_gets_a_restoration_period_not_priority_deadlines(tmp_path):
    undeclared = periods(tmp_path / "u", {"priority_claims": [{**JP, "declared_at_filing": False}]})
    assert "priority" not in undeclared and "certified_copy" not in undeclared
    assert undeclared["priority_restoration"].deadline.end == dt.date(2025, 8, 4)
    restored = periods(
        tmp_path / "r",
        {"priority_claims": [{**JP, "declared_at_filing": False, "restoration_requested_on": "2025-05-01"}]},
    )
    assert restored["priority_restoration"].status == "done"
    assert {"priority", "certified_copy"} <= set(restored)


def test_domestic_priority_period(tmp_path):
    found = periods(
        tmp_path,
        {
            "priority_claims": [
                {"type": "domestic", "country": "TW", "filing_date": "2024-03-14", "application_number": "113110001"}
            ]
        },
    )
    assert found["domestic_priority"].deadline.end == dt.date(2025, 3, 14)
    assert found["domestic_priority"].status == "done"


def test_version_labels_are_bilingual(tmp_path):
    record = periods(tmp_path)["priority"]
    assert record.version.label_for("en").startswith("Patent Act art. 28(1)")
    assert record.version.label_for("zh-TW") == record.version.label
    assert record_json(record)["version_labels"]["en"] == record.version.label_for("en")
    result = runner.invoke(app, ["deadlines", str(Path(LED)), "--lang", "en", "--verbose"])
    assert "Patent Act art. 28(1) (2013): 12 months" in result.output
    assert "專利法第28條" not in result.output
    data = json.loads(runner.invoke(app, ["deadlines", LED, "--format", "json"]).output)
    assert data["bundles"][0]["deadlines"][0]["version"].startswith("專利法")  # unchanged field


def test_a_version_is_shown_in_the_report_language(tmp_path):
    from checker.core.pipeline import ShownFacts

    bundle, _ = read_bundle(write_patched(tmp_path, LED, {"priority_claims": [{**JP, "declared_at_filing": False}]}))
    ctx = derive_context(bundle, dt.date(2025, 3, 14), OfficeCalendar())
    assert ShownFacts(ctx, "en")["priority_restoration_version"] == (
        "Patent Act art. 29(4) (as amended 2019-11-01): 16 months after the earliest priority date"
    )
    assert ShownFacts(ctx, "zh-TW")["priority_restoration_version"].startswith("專利法第29條第4項")
    assert ctx.fact("priority_restoration_version").startswith("專利法第29條第4項")  # the fact itself
    assert ShownFacts(ctx, "en")["priority_version"] == ""  # undeclared: no priority period arises
