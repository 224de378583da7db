"""checker.packs.indigenous.analysis: pure functions over an indigenous-creation bundle,
and the bundle schema schemas/indigenous_creation.bundle.schema.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from checker.packs.indigenous.analysis import (
    description_items,
    non_disclosure_wording,
    period_item,
    summary_characters,
    yes_no,
)

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "schemas" / "indigenous_creation.bundle.schema.json"


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
    data = {"description": {"features_and_scope": " 紋樣 ", "history_use_and_development": "  ", "language": "ami"}}
    items = description_items(data, None)
    assert list(items) == ["features_and_scope"] and items["features_and_scope"].text == "紋樣"
    assert items["features_and_scope"].line is None


def test_no_description():
    assert description_items({}, None) == {}
    assert description_items({"description": None}, None) == {}


@pytest.mark.parametrize(
    "text, found",
    [
        ("部分儀式僅限族人參加，不對外公開。", "僅限族人"),
        ("部分儀式不對外公開。", "不對外"),
        ("祭詞屬部落秘密", "秘密"),
        ("此段內容不宜公開", "不宜公開"),
        ("織布期間不得跨越織布機，此禁忌由長者解說。", ""),  # a taboo is item (iii), not secrecy
        ("公開展演於豐年祭", ""),
    ],
)
def test_non_disclosure_wording(text, found):
    assert non_disclosure_wording([text]) == found


# --- the summary (art. 10(5); legislative reason of art. 37) ---------------------------------


def test_summary_characters_count_every_non_space_character():
    assert summary_characters("祖靈 眼，ABC 12\n紋。") == 11
    assert summary_characters("　\t ") == 0


def test_yes_no():
    assert [yes_no(True), yes_no(False), yes_no(None)] == ["yes", "no", ""]


# --- periods (arts. 17, 18): their items; the deadlines are the pack's periods.yaml -------


def test_period_item():
    entry = {
        "kind": "restoration",
        "cause_ended_on": "2025-07-10",
        "original_period_ended_on": "2025-05-30",
        "requested_on": "2025-09-15",
        "omitted_act_done": False,
    }
    assert period_item(2, entry) == {
        "pointer": "/periods/2",
        "period": "restoration",
        "ends_on": 0,
        "extension_requested_on": 0,
        "requested_on": 20250915,
        "cause_ended_on": 20250710,
        "original_period_ended_on": 20250530,
        "reasons_stated": "",
        "proof_enclosed": "",
        "omitted_act_done": "no",
    }


# --- the bundle schema --------------------------------------------------------------------


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def bundles():
    return sorted(
        [
            ROOT / "examples" / "indigenous-creation-weaving" / "bundle.yaml",
            *(ROOT / "examples" / "defective" / "indigenous").glob("*.yaml"),
        ]
    )


def load(path):
    return json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")), default=str))


@pytest.mark.parametrize("path", bundles(), ids=lambda p: p.name if p.name != "bundle.yaml" else p.parent.name)
def test_examples_are_valid(validator, path):
    assert [e.message for e in validator.iter_errors(load(path))] == []


MINIMAL = {"format": 1, "regime": "indigenous_creation", "procedure": "application"}


def errors(validator, bundle):
    return sorted((list(e.absolute_path), e.validator) for e in validator.iter_errors(bundle))


def test_minimal_bundle_and_required_keys(validator):
    assert errors(validator, MINIMAL) == []
    assert ([], "required") in errors(validator, {"format": 1, "procedure": "application"})


@pytest.mark.parametrize(
    "patch, where, keyword",
    [
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
        (
            {"periods": [{"kind": "designated", "ends_on": "2025-01-01", "late": True}]},
            ["periods", 0],
            "additionalProperties",
        ),
        ({"claims": []}, [], "additionalProperties"),
    ],
)
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
