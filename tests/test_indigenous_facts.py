"""checker.packs.indigenous.facts: every fact and item of an indigenous-creation bundle,
computed from plain data (no engine): each has a value of its declared type."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

from checker.packs.indigenous.facts import REGISTRY
from checker.timing.office_calendar import OfficeCalendar

ROOT = Path(__file__).resolve().parent.parent
CLEAN = ROOT / "examples" / "indigenous-creation-weaving"
TYPES = {"str": str, "int": int, "bool": bool, "date": int}


def Context(data, description_text=None, as_of=dt.date(2025, 6, 2)):
    """The pack's own context over plain data and the description file's text."""
    texts = {} if description_text is None else {"/description": SimpleNamespace(text=description_text)}
    return REGISTRY.context(SimpleNamespace(data=data, texts=texts), as_of, OfficeCalendar())


def clean():
    data = yaml.safe_load((CLEAN / "bundle.yaml").read_text(encoding="utf-8"))
    data["submitted_on"] = str(data["submitted_on"])
    return data, (CLEAN / "description.txt").read_text(encoding="utf-8")


def facts_of(data, text=None, **kw):
    ctx = Context(data, text, **kw)
    return {name: ctx.fact(name) for name in REGISTRY.facts}, ctx


@pytest.mark.parametrize(
    "data", [clean()[0], {"format": 1, "regime": "indigenous_creation", "procedure": "application"}]
)
def test_every_fact_has_a_value_of_its_type(data):
    values, _ = facts_of(data)
    for name, spec in REGISTRY.facts.items():
        assert type(values[name]) is TYPES[spec.type], name


def test_the_clean_example():
    data, text = clean()
    values, _ = facts_of(data, text)
    assert values["procedure"] == "application" and values["governing_date"] == 20250602
    assert values["creation_types_count"] == 2 and values["creation_name"] == "山谷部落菱形織紋"
    assert values["representative_member_of_applicant"] == "yes"
    assert values["description_features_and_scope_given"] is True
    assert values["description_social_cultural_connection_given"] is True
    assert values["description_reasons_not_to_disclose_given"] is False
    assert facts_of(data, text)[1].items("non_disclosure_passages") == []  # 禁忌 is a taboo, not secrecy
    assert values["summary_characters"] == 73
    assert values["control_and_use_stated"] is True
    assert values["agent_appointed"] is False and values["coordination_ground"] == ""


def test_an_empty_bundle_has_neutral_values():
    values, _ctx = facts_of({"format": 1, "regime": "indigenous_creation", "procedure": "application"})
    assert values["governing_date"] == 0 and values["creations_count"] == 1
    assert values["representative_indigenous_status"] == "" and values["proofs_form"] == ""
    assert values["description_given"] is False and values["description_language"] == "zh-TW"
    assert _ctx.items("non_disclosure_passages") == []


def test_non_disclosure_passages_and_where_they_are():
    data, text = clean()
    _, ctx = facts_of(data, text + "\n【不宜公開之理由】\n")
    assert ctx.items("non_disclosure_passages") == []
    _, ctx = facts_of(data, text.replace("此禁忌由織布班長者解說。", "祭詞不對外公開。"))
    # line 18, the heading 【社會、文化關聯】
    assert ctx.items("non_disclosure_passages") == [{"pointer": "/description@18:1", "wording": "不對外"}]
    inline = {"description": {"social_cultural_connection": "僅限族人參加", "features_and_scope": "紋樣為秘密"}}
    _, ctx = facts_of(inline)
    assert [(i["pointer"], i["wording"]) for i in ctx.items("non_disclosure_passages")] == [
        ("/description/features_and_scope", "秘密"),
        ("/description/social_cultural_connection", "僅限族人"),
    ]


def test_documents_and_description_enclosed():
    values, _ = facts_of({"documents": {"enclosed": ["application_form"]}})
    assert values["application_form_enclosed"] and not values["description_enclosed"]
    values, _ = facts_of({"description": {"features_and_scope": "紋樣"}})
    assert values["description_enclosed"] is True  # given, so filed


def test_periods_items_and_counts():
    data = {
        "periods": [
            {
                "kind": "designated",
                "ends_on": "2025-04-30",
                "extension_requested_on": "2025-05-06",
                "reasons_stated": False,
            },
            {"kind": "designated", "ends_on": "2025-05-30"},
            {
                "kind": "restoration",
                "original_period_ended_on": "2025-05-30",
                "cause_ended_on": "2025-07-10",
                "requested_on": "2025-09-15",
                "omitted_act_done": False,
            },
        ]
    }
    ctx = Context(data)
    items = ctx.items("periods")
    properties = REGISTRY.items["periods"].properties
    assert [i["pointer"] for i in items] == ["/periods/0", "/periods/1", "/periods/2"]
    for item in items:
        assert set(item) == set(properties) | {"pointer"}
        for name, type_ in properties.items():
            assert type(item[name]) is TYPES[type_], name
    assert (items[0]["extension_requested_on"], items[0]["reasons_stated"]) == (20250506, "no")
    assert (ctx.fact("extension_requests"), ctx.fact("extension_reasons_declared")) == (1, 1)
    assert (ctx.fact("restoration_requests"), ctx.fact("correction_periods")) == (1, 0)
    assert (ctx.fact("restoration_omitted_act_done_declared"), ctx.fact("restoration_proof_enclosed_declared")) == (
        1,
        0,
    )


def test_every_fact_is_documented():
    for name, spec in REGISTRY.facts.items():
        assert spec.doc.strip(), name
