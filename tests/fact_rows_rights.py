"""Fact rows for applicants' rights, co-owners, correction consents, conversions and
re-examination papers (checker/packs/patent/facts/rights.py)."""

from __future__ import annotations

from fact_table import CHAIR, CLIP, DERIV, LED, row  # noqa: F401

TWO_APPLICANTS = {
    "applicants": [
        {"name": "光源科技股份有限公司", "right_basis": "assignee"},
        {"name": "林志明", "right_basis": "inventor"},
    ]
}
CORRECTION = {
    "procedure": "correction",
    "application": {
        "number": "I812345",
        "filed_on": "2023-03-14",
        "status": "granted",
        "applicants": ["光源科技股份有限公司"],
    },
}
LICENSED = {
    **CORRECTION,
    "application": {
        **CORRECTION["application"],
        "licensees": ["明亮照明有限公司", " 明亮照明有限公司 ", "北辰電子"],
        "pledgees": ["第一銀行"],
    },
}
CO_OWNED = {
    **CORRECTION,
    "application": {**CORRECTION["application"], "co_owners": ["光源科技股份有限公司", "國立清華大學"]},
}


def _conversion(from_type=None, original_type=None):
    application = {"number": "113200001", "filed_on": "2024-06-02"}
    if original_type:
        application["patent_type"] = original_type
    patch = {"procedure": "conversion", "application": application}
    if from_type:
        patch["conversion"] = {"from_type": from_type}
    return patch


ROWS = [
    row("successor_applicants", ""),
    row("successor_applicants", "光源科技股份有限公司", TWO_APPLICANTS, id="an assignee"),
    row("successor_applicants", "Heir", {"applicants": [{"name": "Heir", "right_basis": "heir"}]}, id="an heir"),
    # applicants as items: each property's listing and the first one's pointer
    row("applicants.name", "光源科技股份有限公司"),
    row(
        "applicants.name",
        "A, applicant 2",
        {"applicants": [{"name": "A", "right_basis": "employer"}, {"name": " ", "right_basis": "funder"}]},
        id="one without a name",
    ),
    row("applicants.right_basis", "employer"),
    row(
        "applicants.right_basis",
        "employer, funder",
        {"applicants": [{"name": "A", "right_basis": "employer"}, {"name": "B", "right_basis": "funder"}]},
        id="two",
    ),
    row(
        "applicants.right_basis@pointer",
        "/applicants/1",
        {"applicants": [{"name": "A"}, {"name": "B", "right_basis": "funder"}]},
        id="the first that states one",
    ),
    row("funder_applicants", ""),
    row(
        "funder_applicants",
        "資助基金會",
        {"applicants": [{"name": "資助基金會", "right_basis": "funder"}]},
        id="a funder",
    ),
    row("employer_or_funder_applicants", "光源科技股份有限公司"),
    row("employer_or_funder_applicants", "", TWO_APPLICANTS, id="assignee and inventor"),
    row(
        "employer_or_funder_applicants",
        "A、B",
        {"applicants": [{"name": "A", "right_basis": "funder"}, {"name": "B", "right_basis": "employer"}]},
        id="both kinds",
    ),
    row("has_assignment_proof", False),
    row("has_assignment_proof", True, {"attachments": ["power_of_attorney", "assignment"]}, id="listed"),
    row("creator_count", 2),
    row("creator_count", 1, base=CHAIR),
    row("creator_count", 0, {"inventors": None}, id="no inventors"),
    row(
        "creator_count",
        0,
        {"designers": None, "inventors": [{"name": "X"}]},
        base=CHAIR,
        id="designs count designers, not inventors",
    ),
    row("creator_count", 1, {"inventors": [{"name": "林志明"}, {"name": " 林志明"}]}, id="same name twice"),
    row("applicants.named_as_creator", "True", base=CLIP, id="the example's applicant is its creator"),
    row("applicants.named_as_creator", "True", TWO_APPLICANTS, id="the inventor applicant is named"),
    row(
        "applicants.named_as_creator",
        "",
        {"inventors": [{"name": "李小華"}]},
        base=CLIP,
        id="the applicant is not the named creator",
    ),
    row(
        "applicants.named_as_creator",
        "",
        {
            "applicants": [{"name": "Anna Lindqvist", "right_basis": "inventor"}],
            "designers": None,
            "inventors": [{"name": "Anna Lindqvist"}],
        },
        base=CHAIR,
        id="designs compare designers",
    ),
    row(
        "applicants.named_as_creator@pointer",
        "/applicants/1",
        {
            "applicants": [
                {"name": "王大明", "right_basis": "employer"},
                {"name": "李小華", "right_basis": "inventor"},
            ],
            "inventors": [{"name": "李小華"}],
        },
        base=CLIP,
        id="second applicant",
    ),
    row("co_owner_count", 0),
    row("co_owner_count", 2, CO_OWNED, id="two co-owners"),
    row("original_applicant_count", 0),
    row("original_applicant_count", 1, CORRECTION, id="one applicant of record"),
    row("owners_of_record.name", ""),
    row("owners_of_record.name", "光源科技股份有限公司, 國立清華大學", CO_OWNED, id="a name listed twice is one owner"),
    row("owners_of_record.co_owner", "", CORRECTION, id="no co-owners"),
    row("owners_of_record.co_owner", "True, True", CO_OWNED, id="two co-owners"),
    row("owners_of_record.applicant_of_record", "True", CORRECTION, id="one applicant of record"),
    row(
        "owners_of_record.applicant_of_record",
        "",
        {"application": {"co_owners": ["光源科技股份有限公司"]}},
        id="co-owners only",
    ),
    row("owners_of_record.applying", "True", CO_OWNED, id="the applying co-owner"),
    row("owners_of_record.applying@pointer", "/application/co_owners/0", CO_OWNED, id="the applying co-owner"),
    row(
        "owners_of_record.applying",
        "True, True",
        {
            "applicants": [{"name": "光源科技股份有限公司"}, {"name": "國立清華大學 "}],
            "application": {"co_owners": ["光源科技股份有限公司", "國立清華大學"]},
        },
        id="names compared after trimming",
    ),
    row(
        "owners_of_record.name@pointer",
        "/application/applicants/1",
        {**_conversion("utility_model"), "application": {"applicants": ["", "北辰電子"]}},
        id="a blank name is no owner",
    ),
    row("patentee_count", 0),
    row("patentee_count", 1, CORRECTION, id="one patentee"),
    row("patentee_count", 2, CO_OWNED, id="co-owners and applicants merged"),
    row("licensees_of_record", ""),
    row("licensees_of_record", "明亮照明有限公司、北辰電子", LICENSED, id="distinct names"),
    row("pledgees_of_record", ""),
    row("pledgees_of_record", "第一銀行", LICENSED, id="a pledgee"),
    row("licensee_consent", False, LICENSED),
    row("licensee_consent", True, {**LICENSED, "correction": {"consents": {"licensees": True}}}, id="declared"),
    row("licensee_consent", True, {**LICENSED, "attachments": ["consent_of_licensees"]}, id="attached"),
    row(
        "licensee_consent",
        False,
        {**LICENSED, "correction": {"consents": {"licensees": False, "pledgees": True}}},
        id="only pledgees consented",
    ),
    row("pledgee_consent", False, LICENSED),
    row("pledgee_consent", True, {**LICENSED, "correction": {"consents": {"pledgees": True}}}, id="declared"),
    row("licensees_and_pledgees.name", ""),
    row("licensees_and_pledgees.name", "明亮照明有限公司, 北辰電子, 第一銀行", LICENSED, id="distinct names per role"),
    row("licensees_and_pledgees.name@pointer", "/application/licensees/0", LICENSED, id="the first licensee"),
    row("licensees_and_pledgees.role", "licensee, licensee, pledgee", LICENSED, id="two licensees, a pledgee"),
    row("licensees_and_pledgees.role", "", CORRECTION, id="none of record"),
    row(
        "licensees_and_pledgees.role@pointer",
        "/application/pledgees/0",
        {**CORRECTION, "application": {"pledgees": ["第一銀行"]}},
        id="a pledgee",
    ),
    row("licensees_and_pledgees.consented", "", LICENSED, id="none consented"),
    row(
        "licensees_and_pledgees.consented",
        "True, True",
        {**LICENSED, "correction": {"consents": {"licensees": True}}},
        id="licensees consented",
    ),
    row(
        "licensees_and_pledgees.consented@pointer",
        "/application/pledgees/0",
        {**LICENSED, "correction": {"consents": {"pledgees": True}}},
        id="the pledgee consented",
    ),
    row("co_owner_consent", False, CO_OWNED),
    row("co_owner_consent", True, {**CO_OWNED, "correction": {"consents": {"co_owners": True}}}, id="declared"),
    row("co_owner_consent", True, {**CO_OWNED, "attachments": ["consent_of_co_owners"]}, id="attached"),
    row("correction_change_count", 0, CORRECTION),
    row(
        "correction_change_count",
        2,
        {
            **CORRECTION,
            "correction": {
                "changes": [
                    {"kind": "delete_claim", "target": "claims", "claim": 3},
                    {"kind": "clarify", "target": "description"},
                ]
            },
        },
        id="two changes",
    ),
    row(
        "correction_deletes_or_narrows_claims",
        False,
        {**CORRECTION, "correction": {"changes": [{"kind": "correct_error", "target": "description"}]}},
        id="an error corrected",
    ),
    row(
        "correction_deletes_or_narrows_claims",
        True,
        {
            **CORRECTION,
            "correction": {
                "changes": [
                    {"kind": "correct_error", "target": "description"},
                    {"kind": "narrow", "target": "claims", "claim": 1},
                ]
            },
        },
        id="a claim narrowed",
    ),
    row(
        "correction_deletes_or_narrows_claims",
        True,
        {**CORRECTION, "correction": {"changes": [{"kind": "delete_claim", "target": "claims", "claim": 2}]}},
        id="a claim deleted",
    ),
    # declared changes as items (checker/packs/patent/facts/declared_changes.py): listings and pointers
    row("changes.declared_kind", "", CORRECTION, base=CHAIR, id="no change"),
    row(
        "changes.declared_kind",
        "correct_error, narrow, unstated",
        {
            **CORRECTION,
            "correction": {
                "changes": [
                    {"kind": "correct_error", "target": "description"},
                    {"kind": "narrow", "target": "drawings"},
                    {"target": "drawings"},
                ]
            },
        },
        base=CHAIR,
        id="a change without kind",
    ),
    row(
        "changes.declared_kind@pointer",
        "/correction/changes/0",
        {**CORRECTION, "correction": {"changes": [{"target": "drawings"}]}},
        base=CHAIR,
        id="a change without kind",
    ),
    row(
        "changes.declared_kind@pointer",
        "/correction/changes/0/kind",
        {
            **CORRECTION,
            "correction": {
                "changes": [{"kind": "clarify", "target": "description"}, {"kind": "other", "target": "drawings"}]
            },
        },
        base=CHAIR,
        id="a kind given",
    ),
    row("changes.position", "", CORRECTION, base=CHAIR, id="no change"),
    row(
        "changes.position",
        "1, 2",
        {
            **CORRECTION,
            "correction": {
                "changes": [{"kind": "clarify", "target": "description"}, {"kind": "other", "target": "drawings"}]
            },
        },
        base=CHAIR,
        id="two changes",
    ),
    row("changes.target", "", CORRECTION, base=CHAIR, id="no change"),
    row(
        "changes.target",
        "description",
        {**CORRECTION, "correction": {"changes": [{"kind": "clarify", "target": "description"}, {"kind": "other"}]}},
        base=CHAIR,
        id="one target",
    ),
    row("conversion_from_type", ""),
    row("conversion_from_type", "utility_model", _conversion("utility_model"), id="declared"),
    row("conversion_from_type", "design", _conversion(None, "design"), id="from the original application"),
    row(
        "conversion_from_type", "utility_model", _conversion("utility_model", "design"), id="conversion.from_type wins"
    ),
    row("conversion_from_type", "", _conversion(), id="not stated"),
    row(
        "conversion_from_type",
        "",
        {"application": {"patent_type": "utility_model"}, "procedure": "divisional"},
        id="a divisional is no conversion",
    ),
    row("conversion_direction", ""),
    row("conversion_direction", "utility_model→invention", _conversion("utility_model"), id="UM to invention"),
    row(
        "conversion_direction",
        "derivative_design→design",
        _conversion("derivative_design"),
        base=CHAIR,
        id="derivative to design",
    ),
    row("re_examination_reasons_given", False),
    row(
        "re_examination_reasons_given",
        True,
        {"procedure": "re_examination", "re_examination": {"reasons_submitted": True}},
        id="declared",
    ),
    row("re_examination_reasons_given", True, {"attachments": ["reasons"]}, id="attached"),
    row("re_examination_reasons_given", False, {"re_examination": {"reasons_submitted": False}}, id="declared false"),
    row("application_status", ""),
    row(
        "application_status",
        "rejected",
        {"procedure": "re_examination", "application": {"status": "rejected"}},
        id="stated",
    ),
    row("final_notice_before_rejection", False),
    row(
        "final_notice_before_rejection",
        True,
        {
            "application": {
                "events": [
                    {"type": "final_notice", "on": "2025-05-05"},
                    {"type": "rejection_served", "on": "2025-08-01"},
                ]
            }
        },
        id="final notice, then rejection",
    ),
    row(
        "final_notice_before_rejection",
        False,
        {
            "application": {
                "events": [
                    {"type": "rejection_served", "on": "2025-08-01"},
                    {"type": "final_notice", "on": "2025-12-01"},
                ]
            }
        },
        id="final notice only after the rejection",
    ),
    row(
        "final_notice_before_rejection",
        False,
        {"application": {"events": [{"type": "final_notice", "on": "2025-05-05"}]}},
        id="no rejection",
    ),
    row("amendment_responding_to", ""),
    row("amendment_responding_to", "re_examination", {"amendment": {"responding_to": "re_examination"}}, id="stated"),
    row("changes.declared_kind", ""),
    row(
        "changes.declared_kind",
        "narrow, correct_translation, add_matter, unstated",
        {
            "amendment": {
                "changes": [
                    {"kind": "narrow", "target": "claims"},
                    {"kind": "correct_translation", "target": "claims"},
                    {"kind": "add_matter", "target": "description"},
                    {"target": "claims"},
                ]
            }
        },
        id="four changes",
    ),
    row("changes.target", ""),
    row(
        "changes.target",
        "claims, description",
        {
            "amendment": {
                "changes": [
                    {"kind": "narrow", "target": "claims"},
                    {"kind": "add_matter"},
                    {"kind": "other", "target": "description"},
                ]
            }
        },
        id="a change without target",
    ),
    row("changes.position", ""),
    row(
        "changes.position",
        "1, 2",
        {"amendment": {"changes": [{"kind": "clarify", "target": "claims"}, {"kind": "broaden", "target": "claims"}]}},
        id="two changes",
    ),
    row(
        "changes.declared_kind@pointer",
        "/amendment/changes/0/kind",
        {"amendment": {"changes": [{"kind": "clarify", "target": "claims"}, {"kind": "broaden", "target": "claims"}]}},
        id="the first change",
    ),
]
