"""Every registered fact, table-driven, through the real pipeline.

Each row patches one of the clean example bundles, writes it (and any text files) into
``tmp_path``, reads it with :func:`checker.inputs.bundle.read_bundle` (it must be schema-valid),
derives all facts with :func:`checker.packs.patent.facts.derive_facts` and compares one of them.

A patch is deep-merged into the base bundle: mappings merge, lists and scalars replace,
``None`` deletes a key, ``NULL`` writes an explicit YAML null and ``Replace(x)`` puts
``x`` in place of a mapping instead of merging into it.

The meta-tests at the end make the table complete: every registered fact needs at least
two rows with different expected values, so adding a fact without rows fails the suite.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from checker.inputs.bundle import read_bundle
from checker.packs.patent.facts import FACTS, REGISTRY

from bundle_patch import NULL, Replace, write_patched

from fact_table import (
    AS_OF,
    BASES,
    CHAIR,
    CLIP,
    DERIV,
    PY_TYPES,
    ROOT,  # noqa: F401
    inline_claims,
    row,
)


AMENDMENT = {"procedure": "amendment", "application": {"number": "113100001", "filed_on": "2024-01-10"}}

# Description files (replace the LED example's description.txt).
BLANK_DESCRIPTION = "【發明名稱】\n\n【技術領域】\n   \n【發明內容】\n\u3000\n"
NO_FIGURES_DESCRIPTION = (
    "【發明名稱】\n發光二極體封裝\n【技術領域】\n【0001】本發明係關於發光二極體封裝。\n"
    "【實施方式】\n【0002】散熱片連接基板，並具有多個鰭片。\n"
)
DRAWINGS_SECTION_ONLY = NO_FIGURES_DESCRIPTION + "【圖式簡單說明】\n剖面示意圖及立體示意圖。\n"
ENGLISH_DESCRIPTION = (
    "Title\nLight-emitting diode package\n"
    "Technical Field\nThe invention relates to LED packages.\n"
    "Detailed Description:\nA heat sink is joined to the substrate.\n"
)

# Claims files (replace the LED example's claims.txt).
CLAIMS_DOT = "1. 一種發光二極體封裝，包含一基板。\n2. 如請求項1所述之發光二極體封裝，其中該基板為陶瓷。\n"
CLAIMS_COMMA = (
    "1、一種發光二極體封裝，包含：\n一基板；以及\n一散熱片。\n"
    "2、如請求項1所述之發光二極體封裝，其中該散熱片為銅。\n"
    "3、如請求項1所述之發光二極體封裝，其中該散熱片為鋁。\n"
    "4、如請求項1所述之發光二極體封裝，其中該基板厚1.5 mm。\n"
)
CLAIMS_BLANK = "【第1項】\n   \n"
CLAIMS_WITH_METHOD = (
    "【第1項】\n一種發光二極體封裝，包含一基板。\n【第2項】\n一種製造發光二極體封裝之方法，包含：\n提供一基板。\n"
)
CLAIMS_EN_METHOD = (
    "1. A method of packaging a light-emitting diode, comprising:\n"
    "mounting a chip on a substrate.\n"
    "2. The method of claim 1, wherein the substrate is 1.5 mm thick.\n"
    "3. A light-emitting diode package, comprising a substrate of 1.5 mm.\n"
)


ROWS = [
    # --- dates.py ---------------------------------------------------------------------
    row("procedure", "application"),
    row("procedure", "amendment", AMENDMENT, id="amendment"),
    row("procedure", "divisional", {"procedure": "divisional"}, id="divisional"),
    row("patent_type", "invention"),
    row("patent_type", "design", base=CHAIR),
    row("patent_type", "derivative_design", base=DERIV),
    row("patent_type", "utility_model", base=CLIP),
    row("language", "zh-TW", id="absent means zh-TW"),
    row("language", "en", {"language": "en"}, id="en"),
    row("language", "ja", {"language": "ja"}, id="ja"),
    row("submitted_on", 20250314, id="YYYYMMDD int"),
    row("submitted_on", 20240229, {"submitted_on": "2024-02-29"}, id="leap day"),
    row("submitted_on", 0, {"submitted_on": None}, id="absent is 0"),
    row("submitted_on", 0, {"submitted_on": NULL}, id="null is 0"),
    row("evaluation_date", 20250701, id="as_of"),
    row("evaluation_date", 20241231, as_of=dt.date(2024, 12, 31), id="other as_of"),
    row(
        "evaluation_date", 20260102, {"submitted_on": None}, as_of=dt.date(2026, 1, 2), id="as_of without submitted_on"
    ),
    row("governing_date", 20250314, id="submitted_on wins over as_of"),
    row("governing_date", 20250701, {"submitted_on": None}, id="absent: evaluation date"),
    row("governing_date", 20240229, {"submitted_on": NULL}, as_of=dt.date(2024, 2, 29), id="null: evaluation date"),
    row(
        "governing_date",
        20250630,
        {**AMENDMENT, "submitted_on": "2025-06-30"},
        id="amendment: date of the act, not filed_on",
    ),
    row("filing_date", 20250314, id="application: submitted_on"),
    row("filing_date", 20240110, AMENDMENT, id="amendment: application.filed_on"),
    row("filing_date", 20240110, {**AMENDMENT, "procedure": "correction"}, id="correction: filed_on"),
    row("filing_date", 20240110, {**AMENDMENT, "procedure": "re_examination"}, id="re_examination: filed_on"),
    row("filing_date", 0, {"procedure": "amendment"}, id="amendment without application is 0"),
    row(
        "filing_date",
        0,
        {**AMENDMENT, "application": Replace({"number": "113100001"})},
        id="amendment without filed_on is 0",
    ),
    row("filing_date", 20250314, {**AMENDMENT, "procedure": "divisional"}, id="divisional: its own submitted_on"),
    row("filing_date", 20250314, {**AMENDMENT, "procedure": "conversion"}, id="conversion: its own submitted_on"),
    row("application_filed_on", 0, id="new application: no parent"),
    row(
        "application_filed_on",
        20240110,
        {**AMENDMENT, "procedure": "divisional"},
        id="divisional: the parent's filed_on",
    ),
    row("application_filed_on", 20240110, AMENDMENT, id="amendment: the application's filed_on"),
    row(
        "application_filed_on",
        0,
        {**AMENDMENT, "application": Replace({"number": "113100001"})},
        id="application without filed_on is 0",
    ),
    row("filing_date", 0, {"submitted_on": None}, id="application without submitted_on is 0"),
    # --- parties.py -------------------------------------------------------------------
    row("applicant_count", 1),
    row("applicant_count", 3, {"applicants": [{"name": "甲"}, {"name": "乙"}, {"name": "丙"}]}, id="three"),
    row("applicant_count", 0, {"applicants": []}, id="empty list"),
    row("applicant_count", 0, {"applicants": None}, id="absent"),
    row("applicants_without_roc_domicile", 0),
    row("applicants_without_roc_domicile", 1, base=CHAIR),
    row(
        "applicants_without_roc_domicile",
        1,
        {
            "applicants": [
                {"name": "甲", "domicile_in_roc": False},
                {"name": "乙", "domicile_in_roc": True},
                {"name": "丙"},
            ]
        },
        id="unknown is not counted as without",
    ),
    row("applicants_domicile_unknown", 0),
    row(
        "applicants_domicile_unknown",
        1,
        {
            "applicants": [
                {"name": "甲", "domicile_in_roc": False},
                {"name": "乙", "domicile_in_roc": True},
                {"name": "丙"},
            ]
        },
        id="one unstated",
    ),
    row(
        "applicants_domicile_unknown",
        2,
        {"applicants": [{"name": "甲", "kind": "company"}, {"name": "乙"}, {"name": "丙", "domicile_in_roc": False}]},
        id="false is stated, not unknown",
    ),
    row("applicants_domicile_unknown", 0, {"applicants": None}, id="no applicants"),
    row("has_agent", True),
    row("has_agent", False, base=CLIP),
    row("has_agent", False, {"agent": {"name": "   "}}, id="blank name"),
    row("agent_qualification", "patent_attorney"),
    row(
        "agent_qualification", "attorney_at_law", {"agent": {"qualification": "attorney_at_law"}}, id="attorney_at_law"
    ),
    row("agent_qualification", "", base=CLIP, id="no agent"),
    row("agent_qualification", "", {"agent": Replace({"name": "王律師"})}, id="not stated"),
    # --- documents.py -----------------------------------------------------------------
    row("has_title", True),
    row("has_title", False, {"title": None}, id="absent"),
    row("has_title", False, {"title": "  \u3000"}, id="blank"),
    row("title", "具散熱結構之發光二極體封裝"),
    row("title", "椅子", {"title": "  椅子 "}, id="stripped"),
    row("title", "", {"title": None}, id="absent"),
    row("has_description", True, id="from the description file"),
    row("has_description", True, base=CLIP, id="inline sections"),
    row("has_description", False, files={"description.txt": BLANK_DESCRIPTION}, id="file with blank sections"),
    row(
        "has_description",
        False,
        {"description": {"sections": {"title": "  ", "article_use": "", "design_description": "\n \n"}}},
        base=CHAIR,
        id="inline sections all blank",
    ),
    row("has_description", False, {"description": None}, base=CHAIR, id="absent"),
    row("description_section_count", 7, id="file headings"),
    row("description_section_count", 3, base=CHAIR, id="sections keys"),
    row("description_section_count", 3, files={"description.txt": BLANK_DESCRIPTION}, id="blank sections still count"),
    row(
        "description_section_count",
        3,
        {"language": "en"},
        files={"description.txt": ENGLISH_DESCRIPTION},
        id="English headings when language is en",
    ),
    row(
        "description_section_count",
        0,
        files={"description.txt": ENGLISH_DESCRIPTION},
        id="English headings ignored in zh-TW",
    ),
    row("description_section_count", 0, {"description": None}, id="absent"),
    row("has_claims", True, id="claims file"),
    row("has_claims", True, base=CLIP, id="inline list"),
    row("has_claims", False, {"claims": [{"number": 1, "text": "   "}]}, id="a claim of only spaces"),
    row("has_claims", False, {"claims": []}, id="empty list"),
    row("has_claims", False, files={"claims.txt": CLAIMS_BLANK}, id="claims file with a blank claim"),
    row("has_claims", False, base=CHAIR, id="design"),
    row("claim_count", 3, id="file numbered 【第1項】"),
    row("claim_count", 2, files={"claims.txt": CLAIMS_DOT}, id="file numbered 1."),
    row("claim_count", 4, files={"claims.txt": CLAIMS_COMMA}, id="file numbered 1、 with continuations"),
    row("claim_count", 3, files={"claims.txt": CLAIMS_EN_METHOD}, id="1.5 mm is not a claim"),
    row("claim_count", 2, base=CLIP, id="inline list"),
    row("claim_count", 1, {"claims": [{"number": 1, "text": "  "}]}, id="a blank claim is still given"),
    row("claim_count", 0, files={"claims.txt": ""}, id="empty claims file"),
    row("claim_count", 0, base=CHAIR, id="design"),
    row("has_abstract", True),
    row("has_abstract", False, {"abstract": {"text": " \n "}}, id="blank text"),
    row(
        "has_abstract",
        True,
        {"abstract": Replace({"file": "abstract.txt"})},
        files={"abstract.txt": "一種發光二極體封裝。\n"},
        id="from a file",
    ),
    row(
        "has_abstract",
        False,
        {"abstract": Replace({"file": "abstract.txt"})},
        files={"abstract.txt": "\n\n"},
        id="blank file",
    ),
    row("has_abstract", False, base=CHAIR, id="design"),
    row("has_drawings", True),
    row("has_drawings", False, {"drawings": []}, id="empty list"),
    row("has_drawings", False, {"drawings": None}, id="absent"),
    row("drawing_count", 2),
    row("drawing_count", 7, base=CHAIR),
    row("drawing_count", 0, {"drawings": None}, id="absent"),
    row("description_refers_to_drawings", True, id="file with 圖式簡單說明 and 圖1"),
    row("description_refers_to_drawings", True, base=CLIP),
    row("description_refers_to_drawings", False, base=CHAIR, id="圖式 is not a figure mention"),
    row(
        "description_refers_to_drawings",
        False,
        files={"description.txt": NO_FIGURES_DESCRIPTION},
        id="file without figures",
    ),
    row(
        "description_refers_to_drawings",
        True,
        files={"description.txt": DRAWINGS_SECTION_ONLY},
        id="file with a 圖式簡單說明 section only",
    ),
    row(
        "description_refers_to_drawings",
        True,
        {"description": {"sections": {"design_description": "如圖1所示，椅背為弧形。"}}},
        base=CHAIR,
        id="圖1",
    ),
    row(
        "description_refers_to_drawings",
        True,
        {"description": {"sections": {"design_description": "如圖 １所示，椅背為弧形。"}}},
        base=CHAIR,
        id="圖 １ full-width",
    ),
    row(
        "description_refers_to_drawings",
        True,
        {"description": {"sections": {"design_description": "第2圖為前視圖。"}}},
        base=CHAIR,
        id="第2圖",
    ),
    row(
        "description_refers_to_drawings",
        True,
        {"description": {"sections": {"design_description": "第二圖為前視圖。"}}},
        base=CHAIR,
        id="第二圖",
    ),
    row(
        "description_refers_to_drawings",
        True,
        {
            "language": "en",
            "description": {"sections": {"design_description": "As shown in FIG. 3, the back is curved."}},
        },
        base=CHAIR,
        id="FIG. 3",
    ),
    row(
        "description_refers_to_drawings",
        True,
        {"description": {"sections": {"design_description": "Figures 2 to 7 show the six views."}}},
        base=CHAIR,
        id="Figures 2",
    ),
    row(
        "description_refers_to_drawings",
        False,
        {"description": {"sections": {"design_description": "The legs are configured as a frame."}}},
        base=CHAIR,
        id="configured is not FIG",
    ),
    row(
        "description_refers_to_drawings",
        True,
        {"description": {"sections": {"drawings_description": "立體圖及六面視圖。"}}},
        base=CHAIR,
        id="drawings_description section",
    ),
    row(
        "description_refers_to_drawings",
        False,
        {"description": {"sections": {"drawings_description": "   "}}},
        base=CHAIR,
        id="blank drawings_description section",
    ),
    row(
        "description_refers_to_drawings",
        True,
        {"description": {"sections": {"design_description": "椅背之弧度如FIG. 3所示。"}}},
        base=CHAIR,
        id="FIG. 3 right after a CJK character",
    ),
    # --- events.py --------------------------------------------------------------------
    row("foreign_priority_count", 1, id="the example's JP claim"),
    row("foreign_priority_count", 0, {"priority_claims": None}, id="none"),
    row(
        "foreign_priority_count",
        1,
        {
            "priority_claims": [
                {"type": "foreign", "country": "JP", "filing_date": "2024-04-02"},
                {"type": "domestic", "filing_date": "2024-05-01", "application_number": "113100001"},
            ]
        },
        id="a domestic claim is not foreign",
    ),
    row("earliest_foreign_priority_date", 20240402, id="the example's JP claim"),
    row(
        "earliest_foreign_priority_date",
        20240101,
        {
            "priority_claims": [
                {"type": "foreign", "country": "JP", "filing_date": "2024-04-02"},
                {"type": "foreign", "country": "US", "filing_date": "2024-01-01"},
            ]
        },
        id="the earliest of two",
    ),
    row(
        "earliest_foreign_priority_date",
        0,
        {"priority_claims": [{"type": "foreign", "country": "JP"}]},
        id="no date given",
    ),
    row("certified_copies_missing", 0, id="the example's copy is recorded"),
    row(
        "certified_copies_missing",
        1,
        {
            "priority_claims": [
                {
                    "type": "foreign",
                    "country": "JP",
                    "filing_date": "2024-04-02",
                    "certified_copy_submitted_on": "2025-01-02",
                },
                {"type": "foreign", "country": "US", "filing_date": "2024-01-01"},
            ]
        },
        id="one of two missing",
    ),
    row("certified_copies_submitted_on", 20250520, id="the example's copy"),
    row(
        "certified_copies_submitted_on",
        0,
        {
            "priority_claims": [
                {
                    "type": "foreign",
                    "country": "JP",
                    "filing_date": "2024-04-02",
                    "certified_copy_submitted_on": "2025-01-02",
                },
                {"type": "foreign", "country": "US", "filing_date": "2024-01-01"},
            ]
        },
        id="0 while one is missing",
    ),
    row(
        "certified_copies_submitted_on",
        20250302,
        {
            "priority_claims": [
                {
                    "type": "foreign",
                    "country": "JP",
                    "filing_date": "2024-04-02",
                    "certified_copy_submitted_on": "2025-01-02",
                },
                {
                    "type": "foreign",
                    "country": "US",
                    "filing_date": "2024-01-01",
                    "certified_copy_submitted_on": "2025-03-02",
                },
            ]
        },
        id="the last of two",
    ),
    row("grace_disclosure_count", 0),
    row(
        "grace_disclosure_count",
        2,
        {
            "grace_period": [
                {"type": "publication", "disclosed_on": "2024-10-01"},
                {"type": "exhibition", "disclosed_on": "2024-09-01"},
            ]
        },
        id="two disclosures",
    ),
    row("earliest_disclosure_date", 0),
    row(
        "earliest_disclosure_date",
        20240901,
        {
            "grace_period": [
                {"type": "publication", "disclosed_on": "2024-10-01"},
                {"type": "exhibition", "disclosed_on": "2024-09-01"},
            ]
        },
        id="the earliest of two",
    ),
    row("allowance_served_on", 0),
    row(
        "allowance_served_on",
        20250310,
        {
            **AMENDMENT,
            "application": {
                "events": [
                    {"type": "office_action", "on": "2024-11-01"},
                    {"type": "allowance_served", "on": "2025-03-10"},
                ]
            },
        },
        id="the allowance event",
    ),
    row(
        "allowance_after_re_examination",
        False,
        {**AMENDMENT, "application": {"events": [{"type": "allowance_served", "on": "2025-03-10"}]}},
        id="first instance",
    ),
    row(
        "allowance_after_re_examination",
        True,
        {
            **AMENDMENT,
            "application": {"events": [{"type": "allowance_served", "on": "2025-03-10", "after_re_examination": True}]},
        },
        id="on re-examination",
    ),
    row("rejection_served_on", 0),
    row(
        "rejection_served_on",
        20250115,
        {**AMENDMENT, "application": {"events": [{"type": "rejection_served", "on": "2025-01-15"}]}},
        id="the rejection event",
    ),
    row("examination_requested_on", 0, id="not requested"),
    row(
        "examination_requested_on",
        20250401,
        {**AMENDMENT, "application": {"events": [{"type": "examination_requested", "on": "2025-04-01"}]}},
        id="recorded event",
    ),
    row(
        "examination_requested_on",
        20250630,
        {**AMENDMENT, "procedure": "examination_request", "submitted_on": "2025-06-30"},
        id="this bundle is the request",
    ),
    row("undeclared_experiment_count", 0),
    row(
        "undeclared_experiment_count",
        1,
        {
            "grace_period": [
                {"type": "experiment", "disclosed_on": "2016-10-01", "declared_at_filing": False},
                {"type": "experiment", "disclosed_on": "2016-10-02", "declared_at_filing": True},
            ]
        },
        id="one undeclared",
    ),
    row(
        "undeclared_publication_count",
        0,
        {"grace_period": [{"type": "publication", "disclosed_on": "2016-10-01"}]},
        id="not stated is not false",
    ),
    row(
        "undeclared_publication_count",
        1,
        {"grace_period": [{"type": "publication", "disclosed_on": "2016-10-01", "declared_at_filing": False}]},
        id="undeclared",
    ),
    row(
        "undeclared_exhibition_count",
        0,
        {"grace_period": [{"type": "unintentional", "disclosed_on": "2016-10-01", "declared_at_filing": False}]},
        id="an unintentional leak needs no declaration",
    ),
    row(
        "undeclared_exhibition_count",
        1,
        {"grace_period": [{"type": "exhibition", "disclosed_on": "2016-10-01", "declared_at_filing": False}]},
        id="undeclared",
    ),
    row("priority_claims_without_date", 0, id="the example gives its date"),
    row("priority_claims_without_date", 1, {"priority_claims": [{"type": "foreign", "country": "JP"}]}, id="no date"),
    row("priority_claims_without_country", 0, id="the example gives JP"),
    row(
        "priority_claims_without_country",
        1,
        {"priority_claims": [{"type": "foreign", "filing_date": "2024-04-02"}]},
        id="no country",
    ),
    row("priority_claims_without_number", 0, id="the example gives its number"),
    row(
        "priority_claims_without_number",
        1,
        {"priority_claims": [{"type": "foreign", "country": "JP", "filing_date": "2024-04-02"}]},
        id="no number",
    ),
    # --- claims.py --------------------------------------------------------------------
    row("method_claim_count", 0),
    row(
        "method_claim_count",
        2,
        {
            "claims": inline_claims(
                "一種線材收納夾，包含一夾體。",
                "一種線材收納方法，包含：將線材置入容置槽。",
                "如請求項2所述之方法，其中該線材為電源線。",
            )
        },
        base=CLIP,
        id="一種…方法 and 所述之方法",
    ),
    row("method_claim_count", 1, {"claims": inline_claims("一種半導體製程，包括：沉積一層。")}, base=CLIP, id="製程"),
    row("method_claim_count", 2, files={"claims.txt": CLAIMS_EN_METHOD}, id="English claims file"),
    row("use_claim_count", 0),
    row(
        "use_claim_count",
        2,
        {"claims": inline_claims("Use of a compound X for cleaning a wafer.", "如請求項1之用途，其中X為氨水。")},
        id="Use of and 之用途",
    ),
    row("composition_claim_count", 0),
    row(
        "composition_claim_count",
        2,
        {
            "claims": inline_claims(
                "一種醫藥組成物，包含化合物A。",
                "如請求項1所述之組合物，其中A為鹽類。",
                "一種組合式書架，包含多個層板。",
            )
        },
        id="組成物 and 組合物, not 組合式",
    ),
    row(
        "composition_claim_count",
        1,
        {"claims": inline_claims("A composition comprising water.", "The device of claim 1.")},
        id="English",
    ),
    row("non_article_subjects.category", "", id="claims file of products"),
    row("non_article_subjects.category", "", base=CLIP, id="inline products"),
    row(
        "non_article_subjects.category",
        "method, method",
        {
            "claims": inline_claims(
                "一種線材收納夾，包含一夾體。",
                "如請求項1所述之線材收納夾，其中該夾體為塑膠。",
                "一種線材收納方法，包含將線材置入。",
                "如請求項3所述之方法。",
            )
        },
        base=CLIP,
        id="an independent and a dependent method claim",
    ),
    row(
        "non_article_subjects.label",
        "3, 4",
        {
            "claims": inline_claims(
                "一種線材收納夾，包含一夾體。",
                "如請求項1所述之線材收納夾，其中該夾體為塑膠。",
                "一種線材收納方法，包含將線材置入。",
                "如請求項3所述之方法。",
            )
        },
        base=CLIP,
        id="claim numbers",
    ),
    row(
        "non_article_subjects.label@pointer",
        "/claims/2/text",
        {"claims": inline_claims("一種線材收納夾。", "如請求項1所述之線材收納夾。", "一種線材收納方法。")},
        base=CLIP,
        id="inline list index",
    ),
    row(
        "non_article_subjects.category",
        "use, composition",
        {"claims": inline_claims("Use of a clip for holding cables.", "A clip.", "一種黏著劑組成物，包含樹脂。")},
        base=CLIP,
        id="a use and a composition",
    ),
    row(
        "non_article_subjects.place",
        "claim, declaration, declaration",
        {"claims": inline_claims("一種黏著劑組成物，包含樹脂。"), "subject_matter": ["method", "gui", "composition"]},
        base=CLIP,
        id="a claim, then the declarations",
    ),
    row("non_article_subjects.place", "", base=CLIP, id="none"),
    row(
        "non_article_subjects.label",
        "subject_matter",
        {"subject_matter": ["composition"]},
        base=CLIP,
        id="a declaration",
    ),
    row(
        "non_article_subjects.place@pointer",
        "/subject_matter/1",
        {"subject_matter": ["gui", "method"]},
        base=CLIP,
        id="the declaring entry",
    ),
    row(
        "non_article_subjects.category@pointer",
        "/claims@3:1",
        files={"claims.txt": CLAIMS_WITH_METHOD},
        id="claims file: the claim's line",
    ),
    row("declares_method", False),
    row("declares_method", True, {"subject_matter": ["method"]}, id="method"),
    row("declares_method", False, {"subject_matter": ["composition", "therapeutic_method"]}, id="other tags"),
    row("declares_composition", False),
    row("declares_composition", True, {"subject_matter": ["method", "composition"]}, id="composition"),
    row("declares_composition", False, {"subject_matter": ["method"]}, id="method only"),
    # --- design.py --------------------------------------------------------------------
    row("has_article_name", True, base=CHAIR),
    row("has_article_name", False, id="invention"),
    row("has_article_name", False, {"article": {"name": "  "}}, base=CHAIR, id="blank name"),
    row("has_article_name", False, {"article": None}, base=CHAIR, id="absent"),
    row("has_original_design", True, base=DERIV),
    row("has_original_design", False, base=CHAIR),
    row("has_original_design", False, {"original_design": None}, base=DERIV, id="removed"),
    row("original_design_number_given", True, base=DERIV),
    row(
        "original_design_number_given",
        True,
        {"original_design": {"application_number": 114300123}},
        base=DERIV,
        id="unquoted number",
    ),
    row(
        "original_design_number_given", False, {"original_design": {"application_number": " "}}, base=DERIV, id="blank"
    ),
    row("original_design_number_given", False, base=CHAIR),
    row("original_applicants_given", True, base=DERIV),
    row("original_applicants_given", False, {"original_design": {"applicants": []}}, base=DERIV, id="empty"),
    row("original_applicants_given", False, base=CHAIR),
    row("same_applicants_as_original", True, base=DERIV),
    row("same_applicants_as_original", False, base=CHAIR, id="no original design"),
    row(
        "same_applicants_as_original",
        False,
        {"original_design": {"applicants": ["北歐家具股份有限公司"]}},
        base=DERIV,
        id="different applicant",
    ),
    row(
        "same_applicants_as_original",
        True,
        {
            "applicants": [{"name": " Nordic Form AB "}, {"name": "北歐家具股份有限公司"}],
            "original_design": {"applicants": ["北歐家具股份有限公司  ", "Nordic Form AB"]},
        },
        base=DERIV,
        id="order and surrounding spaces ignored",
    ),
    row(
        "same_applicants_as_original",
        False,
        {"applicants": [{"name": "Nordic Form AB"}, {"name": "北歐家具股份有限公司"}]},
        base=DERIV,
        id="an extra applicant",
    ),
    row(
        "same_applicants_as_original",
        False,
        {"original_design": {"applicants": ["Nordic Form AB", "北歐家具股份有限公司"]}},
        base=DERIV,
        id="an applicant missing",
    ),
    row(
        "same_applicants_as_original",
        False,
        {"applicants": [], "original_design": {"applicants": []}},
        base=DERIV,
        id="nobody on either side",
    ),
    row("original_filed_on", 20250120, base=DERIV),
    row("original_filed_on", 0, {"original_design": {"filed_on": None}}, base=DERIV, id="absent"),
    row("original_filed_on", 0, {"original_design": {"filed_on": NULL}}, base=DERIV, id="null"),
    row("original_published_on", 0, base=DERIV, id="not published"),
    row(
        "original_published_on",
        20250811,
        {"original_design": {"published_on": "2025-08-11"}},
        base=DERIV,
        id="published",
    ),
    row("original_similar_to", "original", base=DERIV),
    row(
        "original_similar_to",
        "derivative_only",
        {"original_design": {"similar_to": "derivative_only"}},
        base=DERIV,
        id="derivative_only",
    ),
    row("original_similar_to", "", {"original_design": {"similar_to": None}}, base=DERIV, id="not stated"),
    row("original_similar_to", "", base=CHAIR, id="no original design"),
]


def _topic_rows() -> list:
    """Rows from tests/fact_rows_*.py, so topics add facts without editing this file."""
    import importlib

    rows = []
    for path in sorted(Path(__file__).parent.glob("fact_rows_*.py")):
        rows.extend(importlib.import_module(path.stem).ROWS)
    return rows


ROWS += _topic_rows()


def facts_of(
    folder: Path, base: str, patch: dict | None = None, files: dict | None = None, as_of: dt.date = AS_OF
) -> dict[str, Any]:
    bundle, findings = read_bundle(write_patched(folder, base, patch, files))
    assert not findings, [f"{f.location.pointer}: {f.message}" for f in findings]
    assert bundle is not None
    ctx = REGISTRY.context(bundle, as_of)
    return {**ctx.all_facts(), **item_listings(ctx)}


def item_listings(ctx) -> dict[str, str]:
    """Items as table rows read them: ``claims.<property>`` lists the items' values that are
    not empty or false ("3 (→4), 5 (→6)"), ``claims.<property>@pointer`` where the first is."""
    found: dict[str, str] = {}
    for kind, spec in REGISTRY.items.items():
        items = ctx.items(kind)
        for prop in spec.properties:
            hits = [item for item in items if item[prop] not in ("", False, 0)]
            found[f"{kind}.{prop}"] = ", ".join(str(item[prop]) for item in hits)
            found[f"{kind}.{prop}@pointer"] = hits[0]["pointer"] if hits else ""
    return found


ITEM_ROWS = {f"{kind}.{prop}" for kind, spec in REGISTRY.items.items() for prop in spec.properties}


@pytest.mark.parametrize("name,base,patch,files,as_of,expected", ROWS)
def test_fact(tmp_path, name, base, patch, files, as_of, expected):
    value = facts_of(tmp_path, base, patch, files, as_of)[name]
    assert (type(value), value) == (type(expected), expected)


# --- meta-tests ---------------------------------------------------------------------------


def _counted_rows():
    """(fact, expected) of the rows expected to pass (xfail rows do not count as coverage)."""
    return [(p.values[0], p.values[-1]) for p in ROWS if not p.marks]


def test_table_names_only_registered_facts():
    known = set(FACTS) | ITEM_ROWS | {f"{name}@pointer" for name in ITEM_ROWS}
    unknown = sorted({p.values[0] for p in ROWS} - known)
    assert not unknown, f"rows for facts that are not registered: {unknown}"


def test_table_rows_expect_the_declared_type():
    wrong = [
        (name, expected)
        for p in ROWS
        for name, expected in [(p.values[0], p.values[-1])]
        if name in FACTS and type(expected) is not PY_TYPES[FACTS[name].type]
    ]
    assert not wrong


@pytest.mark.parametrize("name", sorted(n for n, s in FACTS.items() if s.generated_by is None))
def test_every_fact_is_documented_and_tested(name):
    spec = FACTS[name]
    assert spec.doc.strip(), f"fact {name} has no docstring"
    assert spec.type in PY_TYPES, f"fact {name} has unknown type {spec.type!r}"
    expected = [value for fact, value in _counted_rows() if fact == name]
    assert len(expected) >= 2, f"fact {name} needs at least two rows in tests/test_facts.py"
    assert len({(type(v), v) for v in expected}) >= 2, (
        f"fact {name}: all rows expect {expected[0]!r}; a constant implementation would pass"
    )


@pytest.mark.parametrize("name", sorted(ITEM_ROWS))
def test_every_item_property_is_documented_and_tested(name):
    kind = name.partition(".")[0]
    assert REGISTRY.items[kind].doc.strip(), f"item kind {kind} has no docstring"
    expected = [value for fact, value in _counted_rows() if fact == name]
    assert len(set(expected)) >= 2, f"item property {name} needs rows with two different listings"


@pytest.mark.parametrize(
    "base",
    BASES
    + (
        "examples/defective/foreign-applicant-without-agent.yaml",
        "examples/defective/utility-model-method-claim.yaml",
    ),
)
def test_derive_facts_gives_every_fact_with_its_declared_type(tmp_path, base):
    facts = {k: v for k, v in facts_of(tmp_path, base).items() if k in FACTS}
    assert set(facts) == set(FACTS)
    wrong = {name: value for name, value in facts.items() if type(value) is not PY_TYPES[FACTS[name].type]}
    assert not wrong, {name: (FACTS[name].type, value) for name, value in wrong.items()}
    for name, spec in FACTS.items():
        if spec.type == "date" and facts[name]:
            dt.datetime.strptime(str(facts[name]), "%Y%m%d")  # a real YYYYMMDD day


def test_a_listing_in_a_message_is_bounded():
    from checker.core.listing import SHOWN_ITEMS, shown_list

    assert shown_list(["a", "b"]) == "a, b"
    assert shown_list([str(i) for i in range(SHOWN_ITEMS + 3)], "、").endswith("、… +3")
