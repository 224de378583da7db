"""Fact rows for checker/packs/patent/facts/application_periods.py: translation, biological material
deposits, domestic priority and same-day filing."""

from __future__ import annotations

import datetime as dt

from fact_table import CHAIR, CLIP, row

_EN = {"language": "en", "submitted_on": "2025-03-12"}
_DEP = {
    "institution": "食品工業發展研究所",
    "location": "domestic",
    "deposited_on": "2025-03-10",
    "accession_number": "BCRC 910001",
}
_BIO = {"involved": True, "readily_available": False}


_JP = {"type": "foreign", "country": "JP", "filing_date": "2024-04-02", "application_number": "2024-058812"}


def _dom(**extra) -> dict:
    claim = {
        "type": "domestic",
        "country": "TW",
        "filing_date": "2024-06-03",
        "application_number": "113120001",
        "earlier_status": "pending",
    }
    claim.update(extra)
    return {k: v for k, v in claim.items() if v is not None}  # None: leave the field out


ROWS = [
    row("translation_submitted_on", 0),
    row("translation_submitted_on", 20250714, {**_EN, "translation": {"submitted_on": "2025-07-14"}}),
    row("translation_default_period_start", 0, id="Chinese filing"),
    row("translation_default_period_start", 20250312, _EN, id="foreign, no period given"),
    row(
        "translation_default_period_start",
        0,
        {**_EN, "translation": {"period_ends": "2025-07-12"}},
        id="foreign, period given",
    ),
    row("translation_period_ends", 0, _EN, id="foreign, no period given"),
    row(
        "translation_period_ends",
        20250712,
        {**_EN, "translation": {"period_ends": "2025-07-12"}},
        id="given as is (a Saturday, not rolled)",
    ),
    row(
        "translation_period_ends",
        0,
        {"translation": {"period_ends": "2025-07-12"}},
        id="Chinese filing ignores a period",
    ),
    row("translation_designated_deadline", 0, _EN),
    row(
        "translation_designated_deadline",
        20250714,
        {**_EN, "translation": {"period_ends": "2025-07-12"}},
        id="Saturday rolls to Monday",
    ),
    row(
        "translation_designated_deadline",
        20250710,
        {**_EN, "translation": {"period_ends": "2025-07-10"}},
        id="working day",
    ),
    row(
        "translation_designated_deadline",
        0,
        {"translation": {"period_ends": "2025-07-12"}},
        id="Chinese filing ignores a period",
    ),
    row("translation_designated_status", "", _EN),
    row(
        "translation_designated_status",
        "done",
        {**_EN, "translation": {"period_ends": "2025-07-12", "submitted_on": "2025-07-14"}},
    ),
    row(
        "translation_designated_status",
        "late",
        {**_EN, "translation": {"period_ends": "2025-07-12", "submitted_on": "2025-07-15"}},
    ),
    row(
        "translation_designated_status",
        "pending",
        {**_EN, "translation": {"period_ends": "2025-07-12"}},
        as_of=dt.date(2025, 7, 14),
        id="pending on the rolled last day",
    ),
    row(
        "translation_designated_status",
        "overdue",
        {**_EN, "translation": {"period_ends": "2025-07-12"}},
        as_of=dt.date(2025, 7, 15),
        id="overdue the day after",
    ),
    row("biological_material_involved", False),
    row("biological_material_involved", True, {"biological_material": _BIO}),
    row("biological_material_readily_available", False, {"biological_material": _BIO}),
    row(
        "biological_material_readily_available",
        True,
        {"biological_material": {"involved": True, "readily_available": True}},
    ),
    row("deposit_count", 0),
    row("deposit_count", 2, {"biological_material": {**_BIO, "deposits": [_DEP, _DEP]}}),
    row("domestic_deposit_date", 0),
    row(
        "domestic_deposit_date",
        20250301,
        {
            "biological_material": {
                **_BIO,
                "deposits": [
                    _DEP,
                    {**_DEP, "deposited_on": "2025-03-01"},
                    {**_DEP, "location": "reciprocal_foreign", "deposited_on": "2025-01-01"},
                ],
            }
        },
    ),
    row("foreign_recognized_deposit_date", 0, {"biological_material": {**_BIO, "deposits": [_DEP]}}),
    row(
        "foreign_recognized_deposit_date",
        20240901,
        {
            "biological_material": {
                **_BIO,
                "deposits": [_DEP, {**_DEP, "location": "foreign_recognized", "deposited_on": "2024-09-01"}],
            }
        },
    ),
    row("reciprocal_deposit_date", 0, {"biological_material": {**_BIO, "deposits": [_DEP]}}),
    row(
        "reciprocal_deposit_date",
        20250101,
        {
            "biological_material": {
                **_BIO,
                "deposits": [{**_DEP, "location": "reciprocal_foreign", "deposited_on": "2025-01-01"}],
            }
        },
    ),
    row("deposits_without_date", 0, {"biological_material": {**_BIO, "deposits": [_DEP]}}),
    row(
        "deposits_without_date",
        1,
        {
            "biological_material": {
                **_BIO,
                "deposits": [_DEP, {"institution": "DSMZ", "location": "foreign_recognized"}],
            }
        },
    ),
    row("deposit_certificates_missing", 1, {"biological_material": {**_BIO, "deposits": [_DEP]}}),
    row(
        "deposit_certificates_missing",
        0,
        {"biological_material": {**_BIO, "deposits": [{**_DEP, "certificate_submitted_on": "2025-05-01"}]}},
    ),
    row(
        "deposit_certificates_submitted_on",
        0,
        {"biological_material": {**_BIO, "deposits": [_DEP, {**_DEP, "certificate_submitted_on": "2025-05-01"}]}},
        id="one missing",
    ),
    row(
        "deposit_certificates_submitted_on",
        20250601,
        {
            "biological_material": {
                **_BIO,
                "deposits": [
                    {**_DEP, "certificate_submitted_on": "2025-06-01"},
                    {**_DEP, "certificate_submitted_on": "2025-05-01"},
                ],
            }
        },
        id="the last of all",
    ),
    row("deposit_certificate_from_filing", 0, id="no biological material"),
    row(
        "deposit_certificate_from_filing",
        0,
        {"biological_material": {**_BIO, "deposits": [_DEP]}},
        id="foreign priority claimed",
    ),
    row(
        "deposit_certificate_from_filing",
        20250314,
        {"priority_claims": None, "biological_material": {**_BIO, "deposits": [_DEP]}},
        id="no priority",
    ),
    row(
        "deposit_certificate_from_priority",
        0,
        {"priority_claims": None, "biological_material": {**_BIO, "deposits": [_DEP]}},
        id="no priority",
    ),
    row(
        "deposit_certificate_from_priority",
        20240402,
        {"biological_material": {**_BIO, "deposits": [_DEP]}},
        id="JP priority",
    ),
    row("domestic_priority_count", 0),
    row("domestic_priority_count", 1, {"priority_claims": [_dom()]}),
    row("earliest_domestic_priority_date", 0),
    row(
        "earliest_domestic_priority_date",
        0,
        {"priority_claims": [_dom(declared_at_filing=False)]},
        id="undeclared claim",
    ),
    row("earliest_domestic_priority_date", 20240503, {"priority_claims": [_dom(), _dom(filing_date="2024-05-03")]}),
    # priority claims as items: each property's listing (values not empty or false) and first pointer
    row("priority_claims.position", "1", id="the example's one claim"),
    row("priority_claims.position", "1, 2", {"priority_claims": [_dom(), _dom()]}),
    row("priority_claims.position", "", {"priority_claims": None}, id="no claim"),
    row("priority_claims.domestic", "", id="foreign claims only"),
    row(
        "priority_claims.domestic",
        "True",
        {
            "priority_claims": [
                {"type": "foreign", "country": "JP", "filing_date": "2024-04-02", "application_number": "1"},
                _dom(),
            ]
        },
    ),
    row(
        "priority_claims.domestic@pointer",
        "/priority_claims/1",
        {
            "priority_claims": [
                {"type": "foreign", "country": "JP", "filing_date": "2024-04-02", "application_number": "1"},
                _dom(),
            ]
        },
    ),
    row("priority_claims.earlier_already_claimed_priority", "", {"priority_claims": [_dom()]}),
    row(
        "priority_claims.earlier_already_claimed_priority",
        "True, True",
        {
            "priority_claims": [
                {"type": "foreign", "country": "JP", "filing_date": "2024-04-02", "application_number": "1"},
                _dom(earlier_already_claimed_priority=True),
                _dom(earlier_already_claimed_priority=True),
            ]
        },
    ),
    row(
        "priority_claims.earlier_already_claimed_priority@pointer",
        "/priority_claims/1",
        {
            "priority_claims": [
                {"type": "foreign", "country": "JP", "filing_date": "2024-04-02", "application_number": "1"},
                _dom(earlier_already_claimed_priority=True),
                _dom(earlier_already_claimed_priority=True),
            ]
        },
    ),
    row("priority_claims.country", "JP", id="the example's JP first filing"),
    row("priority_claims.country", "TW", {"priority_claims": [_dom()]}, id="a domestic claim as written"),
    row("priority_claims.country_status", "wto_member", id="JP, a WTO member"),
    row(
        "priority_claims.country_status",
        "not_accepted, reciprocal",
        {
            "priority_claims": [
                {"type": "foreign", "country": "CN", "filing_date": "2010-09-11", "application_number": "1"},
                {"type": "foreign", "country": "CN", "filing_date": "2010-09-12", "application_number": "2"},
            ]
        },
        id="a PRC first filing before and from 2010-09-12",
    ),
    row(
        "priority_claims.country_status",
        "not_accepted",
        {"priority_claims": [{"type": "foreign", "country": "IR", "filing_date": "2024-04-02"}, _dom()]},
        id="Iran, not a WTO member; the domestic claim has none",
    ),
    row(
        "priority_claims.country_status",
        "",
        {"priority_claims": [{"type": "foreign", "country": "IR"}]},
        id="no date: no status",
    ),
    row(
        "priority_claims.country_status@pointer",
        "/priority_claims/1",
        {"priority_claims": [_dom(), {"type": "foreign", "country": "IR", "filing_date": "2024-04-02"}]},
    ),
    row("priority_claims.earlier_is_divisional_or_conversion", "", {"priority_claims": [_dom()]}),
    row(
        "priority_claims.earlier_is_divisional_or_conversion",
        "True",
        {"priority_claims": [_dom(earlier_is_divisional_or_conversion=True)]},
    ),
    row("priority_claims.earlier_status", "", id="not stated"),
    row(
        "priority_claims.earlier_status",
        "published, rejected_final",
        {"priority_claims": [_dom(earlier_status="published"), _dom(earlier_status="rejected_final")]},
    ),
    row("priority_claims.declaration_incomplete", "", {"priority_claims": [_dom()]}),
    row(
        "priority_claims.declaration_incomplete",
        "True, True, True",
        {"priority_claims": [_dom(declared_at_filing=False), _dom(filing_date=None), _dom(application_number=None)]},
    ),
    row("same_day_other_type", "", base=CLIP),
    row(
        "same_day_other_type",
        "invention",
        {"same_day_filing": {"other_type": "invention", "declared": True}},
        base=CLIP,
    ),
    row("same_day_declared", False, {"same_day_filing": {"other_type": "utility_model", "declared": False}}),
    row("same_day_declared", True, {"same_day_filing": {"other_type": "utility_model", "declared": True}}),
    row("same_day_declared", False, base=CHAIR, id="no same-day filing"),
    row("undeclared_foreign_priority_count", 0),
    row("undeclared_foreign_priority_count", 1, {"priority_claims": [_JP, {**_JP, "declared_at_filing": False}]}),
    row("priority_restoration_from", 0, id="declared"),
    row(
        "priority_restoration_from",
        20240402,
        {"priority_claims": [_JP, {**_JP, "filing_date": "2024-05-02", "declared_at_filing": False}]},
        id="earliest of all claims",
    ),
    row("priority_restorations_requested_on", 0, {"priority_claims": [{**_JP, "declared_at_filing": False}]}),
    row(
        "priority_restorations_requested_on",
        20250801,
        {"priority_claims": [{**_JP, "declared_at_filing": False, "restoration_requested_on": "2025-08-01"}]},
    ),
    row(
        "restored_fully_declared_claims",
        0,
        {"priority_claims": [{**_JP, "declared_at_filing": False, "restoration_requested_on": "2025-08-01"}]},
    ),
    row("restored_fully_declared_claims", 1, {"priority_claims": [{**_JP, "restoration_requested_on": "2025-08-01"}]}),
    # An undeclared claim starts no priority or certified-copy period until restoration is requested.
    row(
        "earliest_foreign_priority_date",
        0,
        {"priority_claims": [{**_JP, "declared_at_filing": False}]},
        id="undeclared claim",
    ),
    row(
        "earliest_foreign_priority_date",
        20240402,
        {"priority_claims": [{**_JP, "declared_at_filing": False, "restoration_requested_on": "2025-08-01"}]},
        id="restoration requested",
    ),
    row(
        "certified_copies_missing",
        0,
        {"priority_claims": [{**_JP, "declared_at_filing": False}]},
        id="undeclared claim",
    ),
    row(
        "priority_claims.declaration_incomplete@pointer",
        "/priority_claims/2",
        {"priority_claims": [_JP, _dom(), _dom(declared_at_filing=False)]},
    ),
    row("reinstatement_missed_provision", ""),
    row("reinstatement_missed_provision", "29(4)", {"reinstatement": {"missed_provision": "29(4)"}}),
    row("reinstatement_missed_deadline", 0),
    row("reinstatement_missed_deadline", 20240712, {"reinstatement": {"missed_deadline": "2024-07-12"}}),
    row("reinstatement_cause_ended_on", 0),
    row("reinstatement_cause_ended_on", 20250612, {"reinstatement": {"cause_ended_on": "2025-06-12"}}),
    row("reinstatement_requested_on", 0, {"reinstatement": {"cause_ended_on": "2025-06-12"}}),
    row("reinstatement_requested_on", 20250714, {"reinstatement": {"requested_on": "2025-07-14"}}),
    row("reinstatement_act_completed", False, {"reinstatement": {"requested_on": "2025-07-14"}}),
    row("reinstatement_act_completed", True, {"reinstatement": {"act_completed": True}}),
]
