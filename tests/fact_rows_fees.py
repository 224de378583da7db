"""Fact rows for fee payments (checker/packs/patent/facts/fees.py): grant_fee and annuity bundles."""

from __future__ import annotations

import datetime as dt

from checker.core.pipeline import default_packs

from fact_table import CHAIR, CLIP, LED, row

# grant_fee_missed_deadline and annuity_late_missed_deadline read the periods the rule pack
# declares (periods.yaml); load it whatever order the tests run in.
default_packs()

APPLICATION = {"number": "110100123", "filed_on": "2021-03-12"}


def annuity(fee: dict, **top) -> dict:
    return {"procedure": "annuity", "submitted_on": "2025-06-20", "application": APPLICATION, "fee": fee, **top}


def grant_fee(fee: dict, **top) -> dict:
    return {"procedure": "grant_fee", "submitted_on": "2025-05-02", "application": APPLICATION, "fee": fee, **top}


YEAR4 = {"year": 4, "due_on": "2025-07-01"}
SMALL = [{"name": "張家豪", "kind": "natural_person"}, {"name": "某大學", "kind": "school"}]

ROWS = [
    row("fee_paid_on", 0, id="an application pays no fee"),
    row("fee_paid_on", 20250610, annuity({**YEAR4, "paid_on": "2025-06-10"}), id="fee.paid_on"),
    row("fee_paid_on", 20250620, annuity(YEAR4), id="no paid_on: the annuity bundle's submitted_on"),
    row("fee_amount", -1, id="not given"),
    row("fee_amount", 5000, annuity({**YEAR4, "amount": 5000})),
    row("fee_amount", 0, annuity({**YEAR4, "amount": 0}), id="zero is given"),
    row("fee_year", 0),
    row("fee_year", 4, annuity(YEAR4)),
    row("fee_reduction_requested", False),
    row("fee_reduction_requested", True, annuity({**YEAR4, "reduction_requested": True})),
    row("applicants_all_small_entities", False, id="the LED example's applicant is a company"),
    row("applicants_all_small_entities", True, {"applicants": SMALL}),
    row(
        "applicants_all_small_entities",
        False,
        {"applicants": [*SMALL, {"name": "光源公司", "kind": "company"}]},
        id="one company among them",
    ),
    row("applicants_all_small_entities", False, {"applicants": [{"name": "張家豪"}]}, id="kind not given"),
    row("annuity_due_on", 0),
    row("annuity_due_on", 20250301, annuity({"year": 4, "due_on": "2025-03-01"})),
    row("annuity_due_on", 0, grant_fee({"year": 1, "due_on": "2025-03-01"}), id="not for grant_fee"),
    row("annuity_due_date", 0),
    row("annuity_due_date", 20250701, annuity(YEAR4), id="a working day stays"),
    row(
        "annuity_due_date",
        20250303,
        annuity({"year": 4, "due_on": "2025-03-01"}),
        id="Saturday 2025-03-01 moves to Monday 2025-03-03",
    ),
    row("annuity_months_late", 0, annuity({**YEAR4, "paid_on": "2025-07-01"}), id="paid on the due date"),
    row("annuity_months_late", 1, annuity({**YEAR4, "paid_on": "2025-07-02"}), id="1 day late"),
    row("annuity_months_late", 1, annuity({**YEAR4, "paid_on": "2025-08-01"}), id="exactly 1 month late"),
    row("annuity_months_late", 2, annuity({**YEAR4, "paid_on": "2025-08-02"}), id="1 month and 1 day"),
    row(
        "annuity_months_late",
        0,
        annuity({"year": 4, "due_on": "2025-03-01", "paid_on": "2025-03-03"}),
        id="paid on the Monday a Saturday due date moves to",
    ),
    row(
        "annuity_months_late",
        2,
        annuity({"year": 4, "due_on": "2025-05-01"}, submitted_on=None),
        as_of=dt.date(2025, 7, 1),
        id="not paid: counted to the evaluation date",
    ),
    row("annuity_surcharge_percent", 0, annuity(YEAR4)),
    row("annuity_surcharge_percent", 100, annuity({**YEAR4, "paid_on": "2025-12-20"}), id="6 months late: capped"),
    row("annuity_surcharge_percent", 20, annuity({**YEAR4, "paid_on": "2025-07-02"}), id="1 day late"),
    row("annuity_amount", 0, id="an application pays no annuity"),
    row("annuity_amount", 5000, annuity(YEAR4), id="invention year 4"),
    row("annuity_amount", 8000, annuity({"year": 7, "due_on": "2025-07-01"}), base=CLIP, id="utility model year 7"),
    row("annuity_amount", 16000, annuity({"year": 12, "due_on": "2025-07-01"}), id="invention year 12"),
    row(
        "annuity_amount",
        0,
        annuity({"year": 4, "due_on": "2019-07-01", "paid_on": "2019-06-20"}),
        id="no fee table before 2019-11-01",
    ),
    row("annuity_reduced_amount", 3800, annuity(YEAR4), id="invention year 4 less 1,200"),
    row("annuity_reduced_amount", 1700, annuity({"year": 2, "due_on": "2025-07-01"}), id="year 2 less 800"),
    row("annuity_reduced_amount", 16000, annuity({"year": 10, "due_on": "2025-07-01"}), id="no reduction from year 7"),
    row("annuity_amount_due", 5000, annuity(YEAR4), id="in time"),
    row("annuity_amount_due", 8000, annuity({**YEAR4, "paid_on": "2025-09-02"}), id="3 months late: +60%"),
    row("annuity_amount_due", 10000, annuity({**YEAR4, "paid_on": "2026-01-02"}), id="6 months late: doubled"),
    row("annuity_reduced_amount_due", 3800, annuity(YEAR4), id="in time"),
    row(
        "grant_fee_missed_deadline",
        0,
        grant_fee(
            {"year": 1}, application={**APPLICATION, "events": [{"type": "allowance_served", "on": "2025-03-20"}]}
        ),
        id="paid within the 3 months",
    ),
    row(
        "grant_fee_missed_deadline",
        20250415,
        grant_fee(
            {"year": 1},
            submitted_on="2025-04-16",
            application={**APPLICATION, "events": [{"type": "allowance_served", "on": "2025-01-15"}]},
        ),
        id="paid the day after",
    ),
    row("annuity_late_missed_deadline", 0, annuity(YEAR4), id="paid in time"),
    row(
        "annuity_late_missed_deadline",
        0,
        annuity({**YEAR4, "paid_on": "2026-01-02"}),
        id="paid on the late period's last day",
    ),
    row(
        "annuity_late_missed_deadline",
        20260102,
        annuity({**YEAR4, "paid_on": "2026-01-03"}),
        id="paid the day after it",
    ),
    row("grant_fee_amount", 0, annuity(YEAR4), id="not a grant fee bundle"),
    row("grant_fee_amount", 3500, grant_fee({"year": 1}), id="invention: 1,000 + 2,500"),
    row("grant_fee_amount", 1800, grant_fee({"year": 1}), base=CHAIR, id="design: 1,000 + 800"),
    row("grant_fee_amount", 0, grant_fee({"year": 1, "paid_on": "2019-10-31"}), id="before the fee table"),
    row("grant_fee_doubled_amount", 0, id="an application"),
    row("grant_fee_doubled_amount", 6000, grant_fee({"year": 1}), id="invention: 1,000 + 2 x 2,500"),
    row("grant_fee_reduced_amount", 0, id="an application"),
    row("grant_fee_reduced_amount", 2700, grant_fee({}), base=CLIP, id="utility model: 1,000 + 1,700"),
    row("grant_fee_reduced_amount", 1000, grant_fee({}), base=CHAIR, id="design: the first annuity is reduced to 0"),
    row("grant_fee_reduced_doubled_amount", 0, id="an application"),
    row("grant_fee_reduced_doubled_amount", 4400, grant_fee({}), id="invention: 1,000 + 2 x 1,700"),
    row(
        "annuity_reduced_amount_due", 4560, annuity({**YEAR4, "paid_on": "2025-07-02"}), id="1 day late: +20% of 3,800"
    ),
]

__all__ = ["ROWS", "LED"]
