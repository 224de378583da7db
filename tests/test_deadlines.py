"""Statutory periods from data: version choice, statuses, facts, and the deadlines command."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.inputs.bundle import read_bundle
from checker.cli import app
from checker.core.pipeline import default_packs
from checker.packs.patent.facts import REGISTRY
from checker.timing.deadlines import deadlines_of, periods_of
from checker.core.errors import InputError
from checker.packs.patent.facts import FACTS, derive_context
from checker.timing.office_calendar import OfficeCalendar

from bundle_patch import write_patched

default_packs()  # loading the patent pack declares its periods
PERIODS = periods_of(REGISTRY)

ROOT = Path(__file__).resolve().parent.parent
LED = "examples/invention-led-package/bundle.yaml"
CHAIR = "examples/design-chair/bundle.yaml"
runner = CliRunner()
default_packs()  # the pack declares the periods


def records(tmp_path, base=LED, patch=None, as_of=None, calendar=None):
    bundle, errors = read_bundle(write_patched(tmp_path, base, patch))
    assert not errors, [e.message for e in errors]
    when = as_of or dt.date.fromisoformat(bundle.data["submitted_on"])
    ctx = derive_context(bundle, when, calendar or OfficeCalendar())
    return {r.period.id: r for r in deadlines_of(ctx)}, ctx


def test_every_period_publishes_its_four_facts():
    for period_id in PERIODS:
        for suffix, type_ in (("deadline", "date"), ("status", "str"), ("version", "str"), ("verified", "bool")):
            spec = FACTS[f"{period_id}_{suffix}"]
            assert spec.type == type_ and spec.generated_by == f"period {period_id}" and spec.doc


def test_priority_deadline_and_status_done(tmp_path):
    found, ctx = records(tmp_path)
    priority = found["priority"]
    assert (priority.deadline.end, priority.status, priority.act_on) == (
        dt.date(2025, 4, 2),
        "done",
        dt.date(2025, 3, 14),
    )
    assert ctx.fact("priority_deadline") == 20250402 and ctx.fact("priority_status") == "done"
    assert "28條第1項" in ctx.fact("priority_version")


def test_roll_forward_off_a_saturday_is_explained(tmp_path):
    copy = records(tmp_path)[0]["certified_copy"]  # 2024-04-02 + 16 months = Sat 2025-08-02
    assert copy.deadline.raw_end == dt.date(2025, 8, 2) and copy.deadline.end == dt.date(2025, 8, 4)
    assert any("Saturday" in step.reason for step in copy.deadline.steps)


def test_statuses_late_pending_overdue(tmp_path):
    late = records(tmp_path, patch={"submitted_on": "2025-04-03"})[0]["priority"]
    assert late.status == "late"
    unsent = {
        "submitted_on": None,
        "priority_claims": [{"type": "foreign", "country": "JP", "filing_date": "2024-04-02"}],
    }
    assert records(tmp_path, patch=unsent, as_of=dt.date(2025, 4, 2))[0]["priority"].status == "pending"
    assert records(tmp_path, patch=unsent, as_of=dt.date(2025, 4, 3))[0]["priority"].status == "overdue"


def test_design_priority_is_six_months(tmp_path):
    patch = {"priority_claims": [{"type": "foreign", "country": "SE", "filing_date": "2024-09-01"}]}
    priority = records(tmp_path, CHAIR, patch)[0]["priority"]
    assert priority.deadline.end == dt.date(2025, 3, 3)  # 2025-03-01 is a Saturday
    assert priority.version.basis[0].article == 142


@pytest.mark.parametrize(
    "filed,months,label",
    [
        ("2017-04-30", 6, "2013"),  # filed the day before the amendment: the 2013 text (art. 157-1)
        ("2017-05-01", 12, "2017-05-01"),
    ],
)
def test_grace_period_version_follows_the_filing_date(tmp_path, filed, months, label):
    patch = {
        "submitted_on": filed,
        "priority_claims": None,
        "grace_period": [{"type": "publication", "disclosed_on": "2016-12-01", "declared_at_filing": True}],
    }
    grace = records(tmp_path, patch=patch)[0]["grace_period"]
    assert grace.deadline.period == f"{months} months" and label in grace.version.label


def test_a_user_declared_typhoon_closure_moves_the_deadline(tmp_path):
    typhoon = OfficeCalendar(extra_closures={dt.date(2025, 4, 2): "颱風假"})
    priority = records(tmp_path, calendar=typhoon)[0]["priority"]
    assert priority.deadline.end == dt.date(2025, 4, 7)  # 04-03 .. 04-06 are holidays and a weekend
    assert any("颱風假" in step.reason for step in priority.deadline.steps)


def test_a_period_that_does_not_arise_gives_empty_facts(tmp_path):
    found, ctx = records(tmp_path, patch={"priority_claims": None})
    assert "priority" not in found
    assert (ctx.fact("priority_deadline"), ctx.fact("priority_status"), ctx.fact("priority_version")) == (0, "", "")


def test_unverified_years_are_flagged(tmp_path):
    exam = records(tmp_path)[0]["examination_request"]  # ends 2028-03-14
    assert exam.deadline.verified is False and exam.deadline.warnings


def test_period_files_are_checked_against_the_fact_registry(tmp_path):
    from checker.timing.deadlines import load_periods

    text = (ROOT / "rules/tw-patent-act-2013/periods.yaml").read_text("utf-8")
    bad = tmp_path / "periods.yaml"
    bad.write_text(text.replace("start: earliest_foreign_priority_date", "start: claim_count", 1), encoding="utf-8")
    with pytest.raises(InputError, match="'claim_count' is not a date fact") as caught:
        load_periods(bad, "periods.yaml", REGISTRY)
    expected_line = text.splitlines().index("    start: earliest_foreign_priority_date") + 1
    assert (caught.value.line, caught.value.column) == (expected_line, 12)


# --- the command -----------------------------------------------------------------------


def test_deadlines_json(tmp_path):
    result = runner.invoke(app, ["deadlines", "--format", "json", str(ROOT / LED)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    listed = {d["period"]: d for d in data["bundles"][0]["deadlines"]}
    assert set(listed) == {"priority", "certified_copy", "examination_request"}
    copy = listed["certified_copy"]
    assert (copy["raw_end"], copy["deadline"], copy["status"], copy["act_on"]) == (
        "2025-08-02",
        "2025-08-04",
        "done",
        "2025-05-20",
    )
    assert copy["basis"] == [{"law": "patent_act", "article": 29, "paragraph": 2, "subparagraph": None}]
    assert [d["deadline"] for d in data["bundles"][0]["deadlines"]] == sorted(d["deadline"] for d in listed.values())


def test_deadlines_ics_is_read_by_a_real_parser():
    icalendar = pytest.importorskip("icalendar")
    result = runner.invoke(app, ["deadlines", "--format", "ics", str(ROOT / LED)])
    assert result.exit_code == 0
    calendar = icalendar.Calendar.from_ical(result.output.encode("utf-8"))
    events = [c for c in calendar.walk("VEVENT")]
    assert len(events) == 1  # priority and certified copy are done; only the pending request remains
    assert events[0].decoded("DTSTART") == dt.date(2028, 3, 14)


def test_deadlines_closed_option_and_bad_value():
    result = runner.invoke(app, ["deadlines", "--format", "json", "--closed", "2025-04-02=颱風假", str(ROOT / LED)])
    listed = {d["period"]: d for d in json.loads(result.output)["bundles"][0]["deadlines"]}
    assert listed["priority"]["deadline"] == "2025-04-07"
    assert runner.invoke(app, ["deadlines", "--closed", "tomorrow", str(ROOT / LED)]).exit_code == 2


def test_deadlines_of_an_invalid_bundle_exit_2(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nprocedure: application\npatent_type: plant\n", encoding="utf-8")
    result = runner.invoke(app, ["deadlines", str(bad)])
    assert result.exit_code == 2 and "bad.yaml:3:14" in result.output


def test_every_period_version_has_an_english_label():
    """`deadlines --lang en` shows the version applied; a Chinese label there is a bug."""
    missing = [(p.id, v.label) for p in PERIODS.values() for v in p.versions if not v.label_en]
    assert not missing


def test_a_period_arises_only_for_its_procedures(tmp_path):
    """No examination request is due on a granted patent's annuity (period `procedures`)."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    pending, _ = records(
        tmp_path / "a",
        patch={"procedure": "amendment", "application": {"number": "110100001", "filed_on": "2021-03-12"}},
    )
    annuity, _ = records(
        tmp_path / "b",
        patch={
            "procedure": "annuity",
            "application": {"number": "110100001", "filed_on": "2021-03-12"},
            "fee": {"year": 4, "due_on": "2025-07-01"},
        },
    )
    assert "examination_request" in pending and "examination_request" not in annuity


# --- a period whose end the bundle gives: the designated translation period --------------

DESIGNATED = {
    "language": "en",
    "submitted_on": "2025-03-12",
    "priority_claims": None,
    "translation": {"period_ends": "2025-07-12"},
}  # Saturday


def test_designated_translation_period_rolls_off_a_closed_day_and_tracks_the_act(tmp_path):
    for name in "abcde":
        (tmp_path / name).mkdir()
    found, _ = records(tmp_path / "a", patch=DESIGNATED)
    designated = found["translation_designated"]
    assert "translation" not in found  # nothing is assumed when the period is given
    assert (designated.deadline.raw_end, designated.deadline.end) == (dt.date(2025, 7, 12), dt.date(2025, 7, 14))
    assert designated.period.event_fact == "translation_period_ends" and designated.status == "pending"
    assert [c.article for c in designated.version.basis] == [25]
    done, _ = records(
        tmp_path / "b", patch={**DESIGNATED, "translation": {"period_ends": "2025-07-12", "submitted_on": "2025-07-14"}}
    )
    assert (done["translation_designated"].status, done["translation_designated"].act_on) == (
        "done",
        dt.date(2025, 7, 14),
    )
    late, _ = records(
        tmp_path / "c", patch={**DESIGNATED, "translation": {"period_ends": "2025-07-12", "submitted_on": "2025-07-15"}}
    )
    assert late["translation_designated"].status == "late"
    design, _ = records(tmp_path / "d", CHAIR, {**DESIGNATED, "translation": {"period_ends": "2025-07-10"}})
    assert design["translation_designated"].deadline.end == dt.date(2025, 7, 10)  # a Thursday: no move
    assert [c.article for c in design["translation_designated"].version.basis] == [125]
    chinese, _ = records(tmp_path / "e", patch={**DESIGNATED, "language": None})
    assert "translation_designated" not in chinese


def test_deadlines_lists_the_designated_translation_period(tmp_path):
    path = write_patched(tmp_path, LED, DESIGNATED)
    data = json.loads(runner.invoke(app, ["deadlines", "--format", "json", str(path)]).output)
    listed = {d["period"]: d for d in data["bundles"][0]["deadlines"]}
    designated = listed["translation_designated"]
    assert designated["event"] == {
        "fact": "translation_period_ends",
        "date": "2025-07-12",
        "label": {"zh-TW": "指定期間屆滿日", "en": "end of the designated period"},
    }
    assert (designated["length"], designated["raw_end"], designated["deadline"], designated["status"]) == (
        "designated",
        "2025-07-12",
        "2025-07-14",
        "pending",
    )
    assert designated["basis"] == [{"law": "patent_act", "article": 25, "paragraph": 3, "subparagraph": None}]
    assert "translation" not in listed

    text = runner.invoke(app, ["deadlines", "--lang", "en", str(path)], env={"COLUMNS": "200"}).output
    assert "designated period for the Chinese translation" in text
    assert "2025-07-14 (← 2025-07-12)" in text
    assert "The last day is given by the bundle (translation_period_ends): 2025-07-12 (Sat)." in text


def test_deadlines_ics_has_the_designated_translation_period(tmp_path):
    icalendar = pytest.importorskip("icalendar")
    path = write_patched(tmp_path, LED, DESIGNATED)
    result = runner.invoke(app, ["deadlines", "--format", "ics", "--lang", "en", str(path)])
    assert result.exit_code == 0, result.output
    events = icalendar.Calendar.from_ical(result.output.encode("utf-8")).walk("VEVENT")
    translation = [e for e in events if "Chinese translation" in str(e.get("SUMMARY"))]
    assert len(translation) == 1 and translation[0].decoded("DTSTART") == dt.date(2025, 7, 14)


@pytest.mark.parametrize(
    "old,new,message",
    [
        ("    ends: translation_period_ends\n", "    start: translation_period_ends\n", "version 1 needs a length"),
        (
            "        patent_types: [utility_model]\n        basis: [{law: patent_act, article: 106, paragraph: 3}]\n",
            "        patent_types: [utility_model]\n        length: {months: 4}\n"
            "        basis: [{law: patent_act, article: 106, paragraph: 3}]\n",
            "version 2 has its end given",
        ),
    ],
)
def test_a_given_end_and_a_length_exclude_each_other(tmp_path, old, new, message):
    from checker.timing.deadlines import load_periods

    text = (ROOT / "rules/tw-patent-act-2013/periods.yaml").read_text("utf-8")
    assert text.count(old) == 1
    bad = tmp_path / "periods.yaml"
    bad.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_periods(bad, "periods.yaml", REGISTRY)


def test_a_period_has_a_start_or_a_given_end_not_both(tmp_path):
    from checker.timing.deadlines import load_periods

    text = (ROOT / "rules/tw-patent-act-2013/periods.yaml").read_text("utf-8")
    bad = tmp_path / "periods.yaml"
    bad.write_text(
        text.replace(
            "    ends: translation_period_ends\n", "    ends: translation_period_ends\n    start: filing_date\n"
        ),
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="invalid periods file"):
        load_periods(bad, "periods.yaml", REGISTRY)


# --- examination request of a divisional (art. 38) -------------------------------------

DIVISIONAL = "examples/divisional-led-package/bundle.yaml"


def test_a_divisional_counts_the_three_years_from_its_original_and_not_from_its_own_filing(tmp_path):
    # The parent's recorded request is the parent's, not the divisional's (act not read).
    found, _ = records(
        tmp_path, DIVISIONAL, {"application": {"events": [{"type": "examination_requested", "on": "2025-04-01"}]}}
    )
    exam = found["examination_request"]
    assert (exam.deadline.event, exam.deadline.end) == (dt.date(2025, 3, 14), dt.date(2028, 3, 14))
    assert exam.status == "pending" and exam.act_on is None
    assert "examination_request_after_filing" not in found  # filed within the 3 years


def test_a_divisional_filed_after_the_three_years_has_thirty_days_from_its_filing(tmp_path):
    found, ctx = records(
        tmp_path, DIVISIONAL, {"submitted_on": "2025-03-04", "application": {"filed_on": "2022-02-28"}}
    )
    assert found["examination_request"].deadline.end == dt.date(2025, 3, 3)  # Peace Memorial Day rolled
    late = found["examination_request_after_filing"]
    assert late.deadline.event == dt.date(2025, 3, 4)
    assert (late.deadline.raw_end, late.deadline.end) == (dt.date(2025, 4, 3), dt.date(2025, 4, 7))
    assert [c.paragraph for c in late.version.basis] == [2]
    assert ctx.fact("examination_request_after_filing_status") == "pending"


@pytest.mark.parametrize(
    "counted,length,zh",
    [
        ({"years": 3}, "3 years", "3年"),
        ({"months": 1}, "1 month", "1個月"),
        ({"years": 1, "months": 6}, "1 year 6 months", "1年6個月"),
        ({"days": 30}, "30 days", "30日"),
        (None, "designated", "指定期間"),
    ],
)
def test_period_lengths_are_shown_in_the_report_language(counted, length, zh):
    from checker.timing.periods import compute_deadline, given_deadline

    calendar = OfficeCalendar()
    deadline = (
        compute_deadline(dt.date(2025, 3, 14), calendar=calendar, **counted)
        if counted
        else given_deadline(dt.date(2025, 7, 10), calendar=calendar, source="translation_period_ends", basis=())
    )
    assert deadline.period_text("zh-TW") == zh and deadline.period_text("en") == length


def test_a_granted_patents_annuity_lists_no_grant_fee_or_divisional_deadline(tmp_path):
    """An annuity is paid on a patent already granted: its grant fee was paid and the
    time to divide has passed, so listing those periods as overdue would be false."""
    path = ROOT / "examples" / "annuity-led-package" / "bundle.yaml"
    data = json.loads(runner.invoke(app, ["deadlines", "--format", "json", str(path)]).output)
    listed = {d["period"] for d in data["bundles"][0]["deadlines"]}
    assert listed == {"annuity_late"}
    grant = ROOT / "examples" / "grant-fee-cable-clip" / "bundle.yaml"
    data = json.loads(runner.invoke(app, ["deadlines", "--format", "json", str(grant)]).output)
    assert {"grant_fee", "divisional_after_allowance"} <= {d["period"] for d in data["bundles"][0]["deadlines"]}


# --- the steps in the report language ------------------------------------------------------


def test_deadlines_verbose_explains_each_step_in_the_chosen_language():
    """zh-TW is the default language; `--lang en` gives the same steps in English."""
    env = {"COLUMNS": "250"}
    zh = runner.invoke(app, ["deadlines", "-v", str(ROOT / LED)], env=env)
    assert zh.exit_code == 0, zh.output
    assert "事實發生日 2024-04-02（週二）不算入，16個月期間自 2024-04-03（週三）起算。" in zh.output
    assert "2025-08-02（週六）為例假日，期間末日順延至次週一。" in zh.output
    assert "2028年不在" in zh.output  # the unverified-year warning too
    assert "is not a working day" not in zh.output and "(Sat)" not in zh.output
    explicit = runner.invoke(app, ["deadlines", "-v", "--lang", "zh-TW", str(ROOT / LED)], env=env)
    assert explicit.output == zh.output

    en = runner.invoke(app, ["deadlines", "-v", "--lang", "en", str(ROOT / LED)], env=env)
    assert en.exit_code == 0, en.output
    assert "2025-08-02 (Sat) is not a working day (Saturday): the last day moves to the following Monday." in en.output
    assert "2028 is outside" in en.output
    assert "事實發生日" not in en.output and "（週" not in en.output


def test_deadlines_json_steps_carry_kind_and_both_languages():
    """`reason` and `warnings` keep their English text; `text` follows --lang."""
    for lang, expected in (
        ("zh-TW", "2025-08-02（週六）為例假日，期間末日順延至次週一。"),
        ("en", "2025-08-02 (Sat) is not a working day (Saturday): the last day moves to the following Monday."),
    ):
        data = json.loads(runner.invoke(app, ["deadlines", "--format", "json", "--lang", lang, str(ROOT / LED)]).output)
        assert data["lang"] == lang
        listed = {d["period"]: d for d in data["bundles"][0]["deadlines"]}
        closed = listed["certified_copy"]["steps"][2]
        assert closed["kind"] == "closed" and closed["date"] == "2025-08-02"
        assert closed["text"] == expected
        assert closed["texts"]["zh-TW"] == "2025-08-02（週六）為例假日，期間末日順延至次週一。"
        assert closed["reason"] == closed["texts"]["en"] and "Saturday" in closed["reason"]
        exam = listed["examination_request"]
        assert exam["warnings"] == exam["warning_texts"]["en"] and "2028 is outside" in exam["warnings"][0]
        assert exam["warning_texts"]["zh-TW"][0].startswith("2028年不在")


def test_deadlines_json_closure_from_the_command_line_in_chinese():
    result = runner.invoke(app, ["deadlines", "--format", "json", "--closed", "2025-04-02=颱風假", str(ROOT / LED)])
    listed = {d["period"]: d for d in json.loads(result.output)["bundles"][0]["deadlines"]}
    texts = [s["text"] for s in listed["priority"]["steps"]]
    assert "2025-04-02（週三）為機關停止上班日（使用者設定：颱風假），期間末日順延至次一工作日。" in texts
    assert texts[-1] == "2025-04-07（週一）為次一工作日，期間於該日屆滿。"


@pytest.mark.parametrize(
    "lang,step,other,alarm",
    [
        ("zh-TW", "3年期間自 2025-03-15（週六）起算", "The event is on", "7 天後期限屆滿："),
        ("en", "the period of 3 years runs from 2025-03-15 (Sat)", "事實發生日", "Due in 7 days: "),
    ],
)
def test_deadlines_ics_description_in_the_chosen_language(lang, step, other, alarm):
    icalendar = pytest.importorskip("icalendar")
    result = runner.invoke(app, ["deadlines", "--format", "ics", "--lang", lang, str(ROOT / LED)])
    assert result.exit_code == 0, result.output
    (event,) = icalendar.Calendar.from_ical(result.output.encode("utf-8")).walk("VEVENT")
    description = str(event.get("DESCRIPTION"))
    assert step in description and other not in description
    assert str(event.walk("VALARM")[0]["DESCRIPTION"]).startswith(alarm)


def test_statuses_are_shown_in_the_report_language():
    from checker.report.deadline_report import status_text

    for status in ("done", "late", "pending", "overdue", "open", "closed"):
        assert status_text(status, "en") == status
        assert status_text(status, "zh-TW") != status and all(
            "\u4e00" <= ch <= "\u9fff" for ch in status_text(status, "zh-TW")
        )


def test_every_period_names_its_event_for_people():
    """The listing shows 核准審定書送達日 / "allowance served", not a fact's name."""
    missing = [
        p.id
        for p in PERIODS.values()
        if not p.event_label or not all(p.event_label.get(lang) for lang in ("zh-TW", "en"))
    ]
    assert not missing
    assert PERIODS["grant_fee"].event_name("en") == "allowance served"
