"""Fact rows for the fees a submission owes (checker/packs/patent/facts/fee_statement.py;
the computation itself is tested line by line in tests/test_fee_statement.py)."""

from __future__ import annotations

from bundle_patch import Replace

from fact_table import CLIP, inline_claims, row

APP = {"number": "110100123", "filed_on": "2021-03-12", "patent_type": "invention"}
EXAM = {
    "procedure": "examination_request",
    "application": APP,
    "claims": Replace(inline_claims(*["一種燈具，包含一基板。"] * 14)),
    "description": Replace({"file": "description.txt", "pages": 120}),
}
EARLY = {"submitted_on": "2019-10-31"}
UM_CONVERSION = {"procedure": "conversion", "application": APP, "conversion": {"from_type": "invention"}}

ROWS = [
    row("fees_total", 3500, id="an invention application: the filing fee"),
    row("fees_total", 11200, EXAM, id="examination: 14 claims, 120 pages"),
    row("fees_total", -1, EARLY, id="paid before the earliest schedule"),
    row("fees_complete", True),
    row("fees_complete", False, UM_CONVERSION, base=CLIP, id="no amount in the notes for a utility-model conversion"),
    row("fees_complete", False, EARLY, id="nothing computed"),
    row("fees_assumed", False),
    row("fees_assumed", True, {**EXAM, "description": Replace({"file": "description.txt"})}, id="no page count"),
    row("fees_computation", "3500"),
    row("fees_computation", "7000 + 800×4 + 500×2 = 11200", EXAM, id="examination"),
    row("fees_computation", "", EARLY, id="nothing computed"),
    row("fees_shortfall", 0, id="no amount given"),
    row("fees_shortfall", 4200, {**EXAM, "fee": {"amount": 7000}}, id="7000 paid of 11200"),
    row("fees_shortfall", 0, {**EXAM, "fee": {"amount": 12000}}, id="overpaid"),
    row("fees_excess", 0, {**EXAM, "fee": {"amount": 7000}}, id="underpaid"),
    row("fees_excess", 800, {**EXAM, "fee": {"amount": 12000}}, id="12000 paid of 11200"),
]
