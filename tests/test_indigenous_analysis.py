"""checker.packs.indigenous.analysis: pure functions over an indigenous-creation bundle,
and the bundle schema schemas/indigenous_creation.bundle.schema.json."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from checker.packs.indigenous.analysis import (
    description_items,
    non_disclosure_wording,
    period_deadlines,
    period_item,
    summary_characters,
    yes_no,
)
from checker.timing.office_calendar import OfficeCalendar

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "schemas" / "indigenous_creation.bundle.schema.json"
CALENDAR = OfficeCalendar()
AS_OF = dt.date(2025, 6, 2)


# --- description items (art. 11(1)(3)) ----------------------------------------------------

FILE = """【名稱】
山谷部落菱形織紋

【特徵、範圍】
連續菱形紋，
中央為祖靈眼。
【歷史意義、現存利用方式及未來發展】
代代傳授。
【社會文化關聯】
婚禮時由母家贈送。
【不宜公開之理由】
"""


def test_items_are_read_from_a_file_by_their_headings():
    items = description_items({"description": {"file": "d.txt"}}, FILE)
    assert set(items) == {"features_and_scope", "history_use_and_development", "social_cultural_connection"}
    assert items["features_and_scope"].text == "連續菱形紋，\n中央為祖靈眼。"
    assert items["features_and_scope"].line == 4
    assert items["social_cultural_connection"].line == 9  # 社會文化關聯 without 、 is the same heading
    # an empty 【不宜公開之理由】 is not given (and need not be: only when something is withheld)
    assert "reasons_not_to_disclose" not in items


def test_another_heading_ends_an_item():
    text = "【特徵、範圍】\n紋樣\n【附註】\n不屬於任何項目"
    assert description_items({"description": {"file": "d"}}, text)["features_and_scope"].text == "紋樣"


def test_inline_items_and_blank_ones():
    data = {"description": {"features_and_scope": " 紋樣 ", "history_use_and_development": "  ",
                            "language": "ami"}}
    items = description_items(data, None)
    assert list(items) == ["features_and_scope"] and items["features_and_scope"].text == "紋樣"
    assert items["features_and_scope"].line is None


def test_no_description():
    assert description_items({}, None) == {}
    assert description_items({"description": None}, None) == {}


@pytest.mark.parametrize("text, found", [
    ("部分儀式僅限族人參加，不對外公開。", "僅限族人"),
    ("部分儀式不對外公開。", "不對外"),
    ("祭詞屬部落秘密", "秘密"),
    ("此段內容不宜公開", "不宜公開"),
    ("織布期間不得跨越織布機，此禁忌由長者解說。", ""),  # a taboo is item (iii), not secrecy
    ("公開展演於豐年祭", ""),
])
def test_non_disclosure_wording(text, found):
    assert non_disclosure_wording([text]) == found


# --- the summary (art. 10(5); legislative reason of art. 37) ---------------------------------


def test_summary_characters_count_every_non_space_character():
    assert summary_characters("祖靈 眼，ABC 12\n紋。") == 11
    assert summary_characters("　\t ") == 0


def test_yes_no():
    assert [yes_no(True), yes_no(False), yes_no(None)] == ["yes", "no", ""]


# --- periods (arts. 17, 18) -----------------------------------------------------------------


def test_restoration_60_days_after_the_cause_and_one_year_after_the_missed_period():
    entry = {"kind": "restoration", "cause_ended_on": "2025-07-10", "original_period_ended_on": "2025-05-30",
             "requested_on": "2025-09-15"}
    cause, limit = period_deadlines(entry, AS_OF, CALENDAR, "/periods/1")
    assert (cause.name, cause.deadline.end, cause.status) == ("restoration_cause", dt.date(2025, 9, 8), "late")
    assert cause.deadline.period == "60 days" and cause.event == "/periods/1/cause_ended_on"
    # the civil year ends 2026-05-30, a Saturday: the Monday after (APA art. 48(4))
    assert (limit.deadline.raw_end, limit.deadline.end, limit.status) == (
        dt.date(2026, 5, 30), dt.date(2026, 6, 1), "done")
    # the first day is not counted under the Civil Code, not under the Patent Act
    assert cause.deadline.steps[0].basis == ({"law": "civil_code", "article": 120, "paragraph": 2,
                                               "subparagraph": None},)


def test_restoration_in_time_and_not_yet_requested():
    entry = {"kind": "restoration", "cause_ended_on": "2025-07-10", "original_period_ended_on": "2025-05-30",
             "requested_on": "2025-09-08"}
    assert [d.status for d in period_deadlines(entry, AS_OF, CALENDAR, "/periods/0")] == ["done", "done"]
    del entry["requested_on"]
    assert [d.status for d in period_deadlines(entry, AS_OF, CALENDAR, "/periods/0")] == ["pending", "pending"]
    assert [d.status for d in period_deadlines(entry, dt.date(2025, 9, 9), CALENDAR, "/periods/0")] == [
        "overdue", "pending"]


def test_a_designated_end_on_a_closed_day_moves_to_the_next_working_day():
    # 2025-10-04 is a Saturday and Monday 10-06 is the Mid-Autumn Festival: Tuesday 10-07.
    entry = {"kind": "correction", "ends_on": "2025-10-04", "requested_on": "2025-10-07"}
    (deadline,) = period_deadlines(entry, AS_OF, CALENDAR, "/periods/0")
    assert (deadline.deadline.end, deadline.status) == (dt.date(2025, 10, 7), "done")
    assert deadline.deadline.steps[0].basis[0]["article"] == 18


def test_designated_period_item_extension():
    item = period_item(0, {"kind": "designated", "ends_on": "2025-04-30",
                           "extension_requested_on": "2025-05-06", "reasons_stated": True}, AS_OF, CALENDAR)
    assert item == {
        "pointer": "/periods/0", "kind": "designated", "deadline": 20250430, "status": "",
        "extension": "late", "cause_deadline": 0, "cause_status": "", "limit_deadline": 0,
        "limit_status": "", "requested_on": 20250506, "reasons_stated": "yes", "proof_enclosed": "",
        "omitted_act_done": "",
    }
    on_time = period_item(0, {"kind": "designated", "ends_on": "2025-04-30",
                              "extension_requested_on": "2025-04-30"}, AS_OF, CALENDAR)
    assert on_time["extension"] == "in_time" and on_time["reasons_stated"] == ""
    assert period_item(0, {"kind": "designated", "ends_on": "2025-04-30"}, AS_OF, CALENDAR)["extension"] == ""


def test_restoration_item():
    item = period_item(2, {"kind": "restoration", "cause_ended_on": "2025-07-10",
                           "original_period_ended_on": "2025-05-30", "requested_on": "2025-09-15",
                           "omitted_act_done": False}, AS_OF, CALENDAR)
    assert (item["pointer"], item["deadline"], item["status"]) == ("/periods/2", 20250908, "late")
    assert (item["cause_status"], item["limit_deadline"], item["limit_status"]) == ("late", 20260601, "done")
    assert item["omitted_act_done"] == "no"


def test_correction_item_statuses():
    def status(requested, as_of=AS_OF):
        entry = {"kind": "correction", "ends_on": "2025-06-30"}
        if requested:
            entry["requested_on"] = requested
        return period_item(0, entry, as_of, CALENDAR)["status"]

    assert status("2025-06-30") == "done"
    assert status("2025-07-01") == "late"
    assert status(None) == "pending"
    assert status(None, dt.date(2025, 7, 1)) == "overdue"


# --- the bundle schema --------------------------------------------------------------------


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


MINIMAL = {"format": 1, "regime": "indigenous_creation", "procedure": "application"}


def errors(validator, bundle):
    return sorted((list(e.absolute_path), e.validator) for e in validator.iter_errors(bundle))


def test_minimal_bundle_and_required_keys(validator):
    assert errors(validator, MINIMAL) == []
    assert ([], "required") in errors(validator, {"format": 1, "procedure": "application"})


@pytest.mark.parametrize("patch, where, keyword", [
    ({"regime": "patent"}, ["regime"], "const"),
    ({"procedure": "annuity"}, ["procedure"], "enum"),
    ({"creation": {"types": ["painting"]}}, ["creation", "types", 0], "enum"),
    ({"creation": {"types": ["song", "song"]}}, ["creation", "types"], "uniqueItems"),
    ({"creation": {"name": "x" * 501}}, ["creation", "name"], "maxLength"),
    ({"creations_count": 0}, ["creations_count"], "minimum"),
    ({"creations_count": 1001}, ["creations_count"], "maximum"),
    ({"creations_count": "2"}, ["creations_count"], "type"),
    ({"applicant": {"kind": "clan"}}, ["applicant", "kind"], "enum"),
    ({"representative": {"indigenous_status": "yes"}}, ["representative", "indigenous_status"], "type"),
    ({"coordinated_by_authority": {}}, ["coordinated_by_authority"], "required"),
    ({"documents": {"proofs": "faxes"}}, ["documents", "proofs"], "enum"),
    ({"description": {"language": "Bunun language"}}, ["description", "language"], "pattern"),
    ({"submitted_on": "2025-02-30"}, ["submitted_on"], "format"),
    ({"periods": [{"kind": "correction"}]}, ["periods", 0], "required"),
    ({"periods": [{"kind": "restoration", "cause_ended_on": "2025-01-01"}]}, ["periods", 0], "required"),
    ({"periods": [{"kind": "designated", "ends_on": "2025-01-01", "late": True}]}, ["periods", 0],
     "additionalProperties"),
    ({"claims": []}, [], "additionalProperties"),
])
def test_shape_errors(validator, patch, where, keyword):
    assert (where, keyword) in errors(validator, {**MINIMAL, **patch})


def test_every_property_has_a_bilingual_description():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))

    def walk(node, path):
        if isinstance(node, dict):
            if "properties" in node:
                for key, sub in node["properties"].items():
                    if key == "$schema":
                        continue
                    text = sub.get("description", "")
                    assert " — " in text and any("\u4e00" <= c <= "\u9fff" for c in text.split(" — ")[0]), (path, key)
            for key, sub in node.items():
                walk(sub, path + [key])

    walk(schema, [])
