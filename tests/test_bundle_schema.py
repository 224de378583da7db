"""Tests of schemas/bundle.schema.json, the JSON Schema (2020-12) of filing bundle format 1.

The schema checks shape only; legal requirements are rule matters and must stay optional here.
Bundles are written as the loader delivers them: plain dicts, dates as strings.
"""

import copy
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schemas" / "bundle.schema.json"


@pytest.fixture(scope="module")
def schema():
    with SCHEMA_PATH.open(encoding="utf-8") as f:
        return json.load(f)


@pytest.fixture(scope="module")
def validator(schema):
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def errors_of(validator, bundle):
    return sorted(validator.iter_errors(bundle), key=lambda e: list(e.absolute_path))


def assert_valid(validator, bundle):
    errors = errors_of(validator, bundle)
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors]


def assert_error_at(validator, bundle, path, keyword):
    errors = errors_of(validator, bundle)
    found = [(list(e.absolute_path), e.validator) for e in errors]
    assert (path, keyword) in found, found


# The spec's minimal example (bundle-format.md, "Minimal example").
MINIMAL = {
    "format": 1,
    "procedure": "application",
    "patent_type": "invention",
    "submitted_on": "2025-03-14",
    "title": "具散熱結構之發光二極體封裝",
    "applicants": [
        {
            "name": "光源科技股份有限公司",
            "kind": "company",
            "nationality": "TW",
            "domicile_in_roc": True,
            "right_basis": "employer",
        }
    ],
    "inventors": [{"name": "林志明", "nationality": "TW"}],
    "agent": {"name": "陳美玲", "qualification": "patent_attorney"},
    "description": {"file": "spec.txt"},
    "claims": [
        {
            "number": 1,
            "text": "一種發光二極體封裝，包含：一基板；一發光晶片，設置於該基板上；以及一散熱片，連接該基板。",
        },
        {"number": 2, "text": "如請求項1所述之發光二極體封裝，其中該散熱片為銅。"},
    ],
    "abstract": {
        "text": "一種發光二極體封裝，包含基板、發光晶片及散熱片，以提升散熱效率。",
        "representative_figure": "1",
    },
    "drawings": [{"figure": "1", "description": "本發明之剖面示意圖"}],
    "priority_claims": [
        {"type": "foreign", "country": "JP", "filing_date": "2024-04-02", "application_number": "2024-058812"}
    ],
}

# Every part of format 1 at once (shape only: the combination need not be legally coherent).
MAXIMAL = {
    "$schema": "https://patentcheck.dev/schemas/bundle.schema.json",
    "format": 1,
    "procedure": "amendment",
    "patent_type": "invention",
    "submitted_on": "2025-06-30",
    "title": "具散熱結構之發光二極體封裝",
    "applicants": [
        {
            "name": "光源科技股份有限公司",
            "kind": "company",
            "nationality": "TW",
            "domicile_in_roc": True,
            "right_basis": "employer",
        },
        {
            "name": "國立清華大學",
            "kind": "school",
            "nationality": "TW",
            "domicile_in_roc": True,
            "right_basis": "funder",
        },
        {"name": "Light Ltd.", "kind": "sme", "nationality": "JP", "domicile_in_roc": False, "right_basis": "assignee"},
        {"name": "王小明", "kind": "natural_person", "nationality": "TW", "right_basis": "inventor"},
        {"name": "王大華", "kind": "other", "right_basis": "heir"},
        {"name": "經濟部", "kind": "government"},
    ],
    "inventors": [{"name": "林志明", "nationality": "TW"}, {"name": "Yamada Taro", "nationality": "JP"}],
    "designers": [{"name": "張設計"}],
    "agent": {"name": "陳美玲", "qualification": "patent_attorney"},
    "service_recipient": "光源科技股份有限公司",
    "language": "ja",
    "translation": {"submitted_on": "2025-05-01", "period_ends": "2025-07-14"},
    "description": {
        "sections": {
            "title": "具散熱結構之發光二極體封裝",
            "technical_field": "本發明係關於發光二極體封裝。",
            "prior_art": "習知封裝散熱不佳。",
            "summary": "本發明提供一種封裝。",
            "drawings_description": "圖1為剖面示意圖。",
            "embodiments": "如圖1所示……",
            "reference_signs": "10 基板",
            "article_use": "用於照明。",
            "design_description": "透明部分為玻璃。",
        },
        "pages": 12,
    },
    "claims": [
        {"number": 1, "text": "一種發光二極體封裝，包含一基板。"},
        {"number": 2, "text": "The package of claim 1, wherein...", "depends_on": [1]},
        {"number": 3, "text": "如請求項1至2中任一項所述之發光二極體封裝。", "depends_on": [1, 2]},
    ],
    "abstract": {"file": "abstract.txt", "representative_figure": None},
    "drawings": [
        {"figure": "1", "view": "剖面圖", "description": "剖面示意圖", "file": "drawings/fig1.png"},
        {"figure": "2A", "view": None, "description": None, "file": None},
    ],
    "attachments": [
        "power_of_attorney",
        "assignment",
        "priority_documents",
        "grace_period_evidence",
        "deposit_certificate",
        "license_certificate",
        "consent_of_licensees",
        "consent_of_co_owners",
        "reasons",
        "other",
    ],
    "priority_claims": [
        {
            "type": "foreign",
            "country": "JP",
            "filing_date": "2024-04-02",
            "application_number": "2024-058812",
            "declared_at_filing": True,
            "certified_copy_submitted_on": None,
        },
        {
            "type": "foreign",
            "country": "EP",
            "filing_date": "2024-05-02",
            "application_number": "24170001.5",
            "declared_at_filing": False,
            "certified_copy_submitted_on": "2024-12-01",
        },
        {
            "type": "domestic",
            "country": "TW",
            "filing_date": "2024-06-03",
            "application_number": "113120001",
            "declared_at_filing": True,
            "earlier_status": "pending",
            "earlier_is_divisional_or_conversion": False,
            "earlier_already_claimed_priority": False,
        },
        {"type": "domestic", "earlier_status": "published"},
        {"type": "domestic", "earlier_status": "granted"},
        {"type": "domestic", "earlier_status": "rejected_final"},
        {"type": "domestic", "earlier_status": "withdrawn"},
        {"type": "domestic", "earlier_status": "not_accepted", "filing_date": None},
    ],
    "grace_period": [
        {
            "type": "experiment",
            "disclosed_on": "2024-01-10",
            "declared_at_filing": True,
            "evidence_submitted_on": "2025-04-01",
        },
        {
            "type": "publication",
            "disclosed_on": "2024-02-10",
            "declared_at_filing": False,
            "evidence_submitted_on": None,
        },
        {"type": "exhibition", "disclosed_on": "2024-03-10"},
        {"type": "unintentional"},
    ],
    "biological_material": {
        "involved": True,
        "readily_available": False,
        "deposits": [
            {
                "institution": "食品工業發展研究所",
                "location": "domestic",
                "deposited_on": "2024-03-01",
                "accession_number": "BCRC 910001",
                "certificate_submitted_on": "2025-05-01",
            },
            {
                "institution": "DSMZ",
                "location": "foreign_recognized",
                "deposited_on": "2024-03-02",
                "accession_number": "DSM 12345",
                "certificate_submitted_on": None,
            },
            {
                "institution": "ATCC",
                "location": "reciprocal_foreign",
                "deposited_on": "2024-03-03",
                "accession_number": "PTA-1234",
            },
        ],
    },
    "same_day_filing": {"other_type": "utility_model", "declared": True},
    "subject_matter": [
        "diagnostic_method",
        "therapeutic_method",
        "surgical_method",
        "animal",
        "plant",
        "biological_process_for_animals_or_plants",
        "microbiological_process",
        "contrary_to_public_order",
        "method",
        "composition",
        "purely_functional_shape",
        "pure_art",
        "ic_layout",
        "gui",
        "partial_design",
        "set_of_articles",
    ],
    "article": {"name": "發光二極體燈", "locarno_class": "26-04"},
    "original_design": {
        "application_number": "113300001",
        "applicants": ["光源科技股份有限公司"],
        "filed_on": "2024-07-01",
        "published_on": None,
        "similar_to": "derivative_only",
    },
    "application": {
        "number": "113100001",
        "patent_type": "invention",
        "filed_on": "2025-03-14",
        "earliest_priority_date": "2024-04-02",
        "language": "ja",
        "applicants": ["光源科技股份有限公司"],
        "status": "pending",
        "published_on": None,
        "laid_open_on": "2025-10-16",
        "events": [
            {"type": "examination_requested", "on": "2025-03-14"},
            {"type": "office_action", "on": "2025-04-01", "period_ends": "2025-07-01"},
            {"type": "final_notice", "on": "2025-05-01", "period_ends": "2025-07-01", "after_re_examination": False},
            {"type": "rejection_served", "on": "2025-05-02", "period_ends": None},
            {"type": "re_examination_decision_served", "on": "2025-05-03", "after_re_examination": True},
            {"type": "allowance_served", "on": "2025-05-04", "after_re_examination": None},
        ],
        "as_filed": {
            "description": {"file": "as_filed/description.txt", "pages": 10},
            "claims": {"file": "as_filed/claims.txt"},
            "drawings": [{"figure": "1", "file": "as_filed/fig1.png"}],
            "abstract": {"text": "一種發光二極體封裝。"},
        },
        "granted_claims": [{"number": 1, "text": "一種發光二極體封裝。"}],
        "licensees": ["授權科技有限公司"],
        "pledgees": ["台灣銀行"],
        "co_owners": ["國立清華大學"],
    },
    "amendment": {
        "responding_to": "office_action",
        "changes": [
            {"kind": "delete_claim", "target": "claims", "claim": 4},
            {"kind": "narrow", "target": "claims", "claim": 1, "before": "一基板", "after": "一陶瓷基板"},
            {"kind": "correct_error", "target": "description", "claim": None, "before": "銅銅", "after": "銅"},
            {"kind": "correct_translation", "target": "description"},
            {"kind": "clarify", "target": "drawings", "before": None, "after": None},
            {"kind": "add_claim", "target": "claims", "claim": 5},
            {"kind": "broaden", "target": "claims"},
            {"kind": "add_matter", "target": "abstract"},
            {"kind": "other", "target": "abstract"},
        ],
    },
    "correction": {
        "changes": [{"kind": "delete_claim", "target": "claims", "claim": 2}],
        "consents": {"licensees": True, "pledgees": False, "co_owners": True},
    },
    "conversion": {"from_type": "utility_model"},
    "re_examination": {"reasons_submitted": True},
    "fee": {"year": 3, "due_on": "2027-03-14", "paid_on": None, "reduction_requested": True, "amount": 1600},
    "term_extension": {
        "first_license_on": "2030-01-15",
        "license_is_first": True,
        "product": "drug",
        "requested_days": 730,
        "regulatory_days": 900,
        "term_ends_on": "2045-03-14",
    },
    "suppressions": [
        {
            "rule": "PA026-abstract-length",
            "reason": "Abstract length reviewed with the examiner.",
            "pointer": "/abstract/text",
        },
        {"rule": "PA011-agent", "reason": "Applicant has a ROC branch office."},
    ],
    "notes": "Response to the first office action; reviewed by 陳美玲.",
}


def bundle(**changes):
    b = copy.deepcopy(MINIMAL)
    b.update(changes)
    return b


# --- the schema itself -------------------------------------------------------------------


def test_schema_is_valid_2020_12(schema):
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == "https://patentcheck.dev/schemas/bundle.schema.json"
    assert schema["title"] and schema["description"]


def test_schema_file_formatting():
    text = SCHEMA_PATH.read_text(encoding="utf-8")
    assert text.endswith("}\n")
    assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"


def test_date_format_checker_is_active(validator):
    # Without an active "date" format checker 2024-02-30 would pass the pattern.
    v = Draft202012Validator({"format": "date"}, format_checker=Draft202012Validator.FORMAT_CHECKER)
    assert not v.is_valid("2024-02-30")
    assert v.is_valid("2024-02-29")


def _walk(node, path, visit):
    if isinstance(node, dict):
        visit(node, path)
        for key, value in node.items():
            _walk(value, path + [key], visit)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            _walk(value, path + [i], visit)


def test_every_property_and_def_has_a_description(schema):
    missing = []

    def visit(node, path):
        for key in ("properties", "$defs"):
            members = node.get(key)
            if isinstance(members, dict) and path[-1:] != ["properties"]:
                for name, sub in members.items():
                    if not isinstance(sub, dict) or not str(sub.get("description", "")).strip():
                        missing.append("/".join(map(str, path + [key, name])))

    _walk(schema, [], visit)
    assert not missing, missing


def test_every_object_rejects_unknown_keys(schema):
    open_objects = []

    def visit(node, path):
        if "properties" in node and path[-1:] != ["properties"]:
            is_condition = any(p in ("if", "then", "else") for p in path)
            if (
                not is_condition
                and node.get("additionalProperties") is not False
                and node.get("unevaluatedProperties") is not False
            ):
                open_objects.append("/".join(map(str, path)))

    _walk(schema, [], visit)
    assert not open_objects, open_objects


def test_only_the_identity_keys_are_required(schema):
    required = {}

    def visit(node, path):
        if isinstance(node.get("required"), list) and path[-1:] != ["properties"]:
            required["/".join(map(str, path))] = sorted(node["required"])

    _walk(schema, [], visit)
    assert required == {
        "": ["format", "patent_type", "procedure"],
        "if": ["patent_type"],  # the condition of the design-views branch, not a requirement
        "$defs/file_ref": ["file"],
        "$defs/applicant": ["name"],
        "$defs/person": ["name"],
        "$defs/agent": ["name"],
        "$defs/description/oneOf/0": ["file"],
        "$defs/description/oneOf/1": ["sections"],
        "$defs/claim": ["number", "text"],
        "$defs/abstract/oneOf/0": ["text"],
        "$defs/abstract/oneOf/1": ["file"],
        "$defs/suppression": ["reason", "rule"],
    }


def test_procedures_are_the_spec_enum_and_the_extensions(schema):
    assert schema["properties"]["procedure"]["enum"] == [
        "application",
        "amendment",
        "correction",
        "divisional",
        "conversion",
        "re_examination",
        "examination_request",
        "grant_fee",
        "annuity",
        "term_extension",
        "technical_report",  # an extension of format 1 (docs/bundle-format.md)
    ]


# --- valid bundles -----------------------------------------------------------------------


def test_minimal_example_is_valid(validator):
    assert_valid(validator, MINIMAL)


def test_maximal_bundle_is_valid(validator):
    assert_valid(validator, MAXIMAL)


def test_bare_required_keys_are_enough(validator):
    assert_valid(validator, {"format": 1, "procedure": "annuity", "patent_type": "design"})


def test_bundle_without_claims_and_priority_without_country_is_valid(validator):
    b = bundle()
    del b["claims"]
    b["priority_claims"] = [{"type": "foreign", "filing_date": "2024-04-02"}]
    assert_valid(validator, b)


@pytest.mark.parametrize("value", [None, "2025-03-14"])
def test_optional_dates_accept_null(validator, value):
    b = bundle(submitted_on=value, fee={"due_on": value, "paid_on": value})
    assert_valid(validator, b)


@pytest.mark.parametrize(
    "claims",
    [
        {"file": "claims.txt"},
        [],
        [{"number": 1, "text": "…", "depends_on": []}],
    ],
)
def test_claims_forms(validator, claims):
    assert_valid(validator, bundle(claims=claims))


@pytest.mark.parametrize(
    "description",
    [
        {"file": "spec.txt", "pages": 3},
        {"sections": {"title": "燈", "article_use": "照明", "design_description": "…"}, "pages": 1},
        {"sections": {}},
    ],
)
def test_description_forms(validator, description):
    assert_valid(validator, bundle(description=description))


@pytest.mark.parametrize("language", ["zh-TW", "en", "ja", "fil"])
def test_language_codes(validator, language):
    assert_valid(validator, bundle(language=language))


def test_design_views(validator):
    design = {
        "format": 1,
        "procedure": "application",
        "patent_type": "derivative_design",
        "drawings": [
            {"figure": "1", "view": "front"},
            {"figure": "2", "view": "perspective"},
            {"figure": "3", "view": None},
            {"figure": "4"},
        ],
    }
    assert_valid(validator, design)
    design["drawings"].append({"figure": "5", "view": "sideways"})
    assert_error_at(validator, design, ["drawings", 4, "view"], "enum")
    # For inventions the view is free text.
    assert_valid(validator, bundle(drawings=[{"figure": "1", "view": "sideways"}]))


# --- invalid bundles: error at the expected path -----------------------------------------


def test_unknown_top_level_key(validator):
    assert_error_at(validator, bundle(inventor=[{"name": "x"}]), [], "additionalProperties")


def test_unknown_key_in_applicant(validator):
    b = bundle()
    b["applicants"][0]["address"] = "新竹市"
    assert_error_at(validator, b, ["applicants", 0], "additionalProperties")


@pytest.mark.parametrize(
    "changes,path",
    [
        (
            {"application": {"events": [{"type": "office_action", "on": "2025-01-01", "due": "2025-04-01"}]}},
            ["application", "events", 0],
        ),
        (
            {"biological_material": {"deposits": [{"location": "domestic", "where": "x"}]}},
            ["biological_material", "deposits", 0],
        ),
        ({"description": {"sections": {"background": "…"}}}, ["description", "sections"]),
        ({"suppressions": [{"rule": "R", "reason": "r", "until": "2026-01-01"}]}, ["suppressions", 0]),
        ({"fee": {"year": 2, "currency": "NTD"}}, ["fee"]),
        ({"claims": {"file": "claims.txt", "encoding": "utf-8"}}, ["claims"]),
    ],
)
def test_unknown_keys_in_deeper_parts(validator, changes, path):
    assert_error_at(validator, bundle(**changes), path, "additionalProperties")


def test_claim_number_as_string(validator):
    b = bundle()
    b["claims"][0]["number"] = "1"
    assert_error_at(validator, b, ["claims", 0, "number"], "type")


def test_claim_without_text(validator):
    assert_error_at(validator, bundle(claims=[{"number": 1}]), ["claims", 0], "required")


def test_unknown_patent_type(validator):
    assert_error_at(validator, bundle(patent_type="plant"), ["patent_type"], "enum")


def test_unknown_procedure(validator):
    assert_error_at(validator, bundle(procedure="opposition"), ["procedure"], "enum")


def test_impossible_date(validator):
    assert_error_at(validator, bundle(submitted_on="2024-02-30"), ["submitted_on"], "format")


def test_impossible_nested_date(validator):
    b = bundle()
    b["priority_claims"][0]["filing_date"] = "2023-02-29"
    assert_error_at(validator, b, ["priority_claims", 0, "filing_date"], "format")


def test_date_in_wrong_shape(validator):
    assert_error_at(validator, bundle(submitted_on="2024/02/03"), ["submitted_on"], "pattern")


def test_date_not_a_string(validator):
    assert_error_at(validator, bundle(submitted_on=20240203), ["submitted_on"], "type")


def test_format_2(validator):
    assert_error_at(validator, bundle(format=2), ["format"], "const")


def test_format_as_string(validator):
    assert_error_at(validator, bundle(format="1"), ["format"], "const")


def test_missing_procedure(validator):
    b = bundle()
    del b["procedure"]
    assert_error_at(validator, b, [], "required")


def test_applicant_without_name(validator):
    assert_error_at(validator, bundle(applicants=[{"kind": "company"}]), ["applicants", 0], "required")


@pytest.mark.parametrize("country", ["jp", "JPN", "Japan"])
def test_bad_country_code(validator, country):
    b = bundle()
    b["priority_claims"][0]["country"] = country
    assert_error_at(validator, b, ["priority_claims", 0, "country"], "pattern")


@pytest.mark.parametrize("language", ["EN", "english", "zh-tw", "zh_TW", ""])
def test_bad_language(validator, language):
    assert_error_at(validator, bundle(language=language), ["language"], "pattern")


def test_description_with_both_forms_or_none(validator):
    assert_error_at(validator, bundle(description={"file": "a.txt", "sections": {}}), ["description"], "oneOf")
    assert_error_at(validator, bundle(description={"pages": 3}), ["description"], "oneOf")


def test_abstract_with_both_forms(validator):
    assert_error_at(validator, bundle(abstract={"text": "x", "file": "a.txt"}), ["abstract"], "oneOf")


def test_claims_as_plain_string(validator):
    assert_error_at(validator, bundle(claims="1. A device."), ["claims"], "type")


def test_empty_file_path(validator):
    assert_error_at(validator, bundle(claims={"file": ""}), ["claims", "file"], "minLength")


def test_duplicate_attachments(validator):
    b = bundle(attachments=["power_of_attorney", "power_of_attorney"])
    assert_error_at(validator, b, ["attachments"], "uniqueItems")


def test_unknown_attachment_and_subject_tag(validator):
    assert_error_at(validator, bundle(attachments=["fax"]), ["attachments", 0], "enum")
    assert_error_at(validator, bundle(subject_matter=["software"]), ["subject_matter", 0], "enum")


def test_unknown_event_type_and_change_kind(validator):
    b = bundle(
        application={"events": [{"type": "hearing", "on": "2025-01-01"}]},
        amendment={"changes": [{"kind": "rewrite", "target": "claims"}]},
    )
    assert_error_at(validator, b, ["application", "events", 0, "type"], "enum")
    assert_error_at(validator, b, ["amendment", "changes", 0, "kind"], "enum")


def test_consent_must_be_boolean(validator):
    b = bundle(correction={"consents": {"licensees": "yes"}})
    assert_error_at(validator, b, ["correction", "consents", "licensees"], "type")


def test_suppression_needs_rule_and_reason(validator):
    assert_error_at(validator, bundle(suppressions=[{"rule": "R"}]), ["suppressions", 0], "required")
    assert_error_at(
        validator, bundle(suppressions=[{"rule": "R", "reason": ""}]), ["suppressions", 0, "reason"], "minLength"
    )
