"""Fee payments (procedures grant_fee and annuity): dates, the months an annuity is paid
late and the amounts the fee table gives (Patent Act arts. 52, 93-95). The table and the
surcharge arithmetic are in checker/packs/patent/fees.py; whether an amount or a date is a defect is the
rules' to say."""

from __future__ import annotations

import datetime as dt

from checker.packs.patent import fees
from checker.timing.periods import months_late, next_working_day
from checker.packs.patent.facts.registry import FACTS, FactContext, fact, ymd
from checker.core.dates import to_date

FEE_PROCEDURES = ("grant_fee", "annuity")
SMALL_ENTITY_KINDS = ("natural_person", "school", "sme")  # the kinds art. 95 names


def _fee(ctx: FactContext) -> dict:
    return ctx.data.get("fee") or {}


def _date(value: int) -> dt.date:
    day = to_date(value)
    assert day is not None  # callers pass a known date
    return day


@fact("fee_paid_on", "date")
def fee_paid_on(ctx: FactContext) -> int:
    """The day the fee is paid (YYYYMMDD): `fee.paid_on`, else this bundle's submitted_on for
    a grant_fee or annuity bundle (the payment is the submission); 0 otherwise."""
    if ctx.data["procedure"] not in FEE_PROCEDURES:
        return 0
    return ymd(_fee(ctx).get("paid_on")) or ymd(ctx.data.get("submitted_on"))


@fact("fee_amount", "int")
def fee_amount(ctx: FactContext) -> int:
    """The amount paid, `fee.amount` (NT$); -1 when the bundle does not give it."""
    amount = _fee(ctx).get("amount")
    return -1 if amount is None else amount


@fact("fee_year", "int")
def fee_year(ctx: FactContext) -> int:
    """The patent year paid for, `fee.year` (1 for the first annuity); 0 when not given."""
    return _fee(ctx).get("year") or 0


@fact("fee_reduction_requested", "bool")
def fee_reduction_requested(ctx: FactContext) -> bool:
    """`fee.reduction_requested`: the payer asks for the annuity reduction (art. 95)."""
    return bool(_fee(ctx).get("reduction_requested"))


@fact("applicants_all_small_entities", "bool")
def applicants_all_small_entities(ctx: FactContext) -> bool:
    """There is at least one applicant and every applicant's `kind` is natural_person, school
    or sme (the kinds art. 95 names); False when any kind is another or not given."""
    applicants = ctx.data.get("applicants") or []
    return bool(applicants) and all(a.get("kind") in SMALL_ENTITY_KINDS for a in applicants)


@fact("annuity_due_on", "date")
def annuity_due_on(ctx: FactContext) -> int:
    """The due date of the annuity paid by an annuity bundle, `fee.due_on` as written
    (YYYYMMDD); 0 for other procedures or when not given."""
    if ctx.data["procedure"] != "annuity":
        return 0
    return ymd(_fee(ctx).get("due_on"))


@fact("annuity_due_date", "date")
def annuity_due_date(ctx: FactContext) -> int:
    """annuity_due_on moved off a day the office is closed to the next working day (Civil
    Code art. 122 covers a 期日 as well as a period's last day); 0 when unknown."""
    due = annuity_due_on(ctx)
    if not due:
        return 0
    return int(next_working_day(_date(due), ctx.calendar).strftime("%Y%m%d"))


def _paid_or_as_of(ctx: FactContext) -> dt.date:
    paid = fee_paid_on(ctx)
    return _date(paid) if paid else ctx.as_of


@fact("annuity_months_late", "int")
def annuity_months_late(ctx: FactContext) -> int:
    """Months, a part of a month counting as a whole one, from annuity_due_date to the
    payment (fee_paid_on, else the evaluation date); civil months (checker.timing.periods.months_late):
    due 2024-01-31, paid 2024-02-29 is 1. 0 when paid by the due date or no due date is known."""
    due = annuity_due_date(ctx)
    if not due:
        return 0
    return months_late(_date(due), _paid_or_as_of(ctx))


@fact("annuity_surcharge_percent", "int")
def annuity_surcharge_percent(ctx: FactContext) -> int:
    """The art. 94(2) surcharge rate for annuity_months_late: 20 per month, at most 100."""
    return fees.surcharge_percent(annuity_months_late(ctx))


def _table_year_amount(ctx: FactContext, reduced: bool) -> int:
    year = fee_year(ctx)
    if ctx.data["procedure"] not in FEE_PROCEDURES or not year:
        return 0
    on = _paid_or_as_of(ctx)
    compute = fees.reduced_annuity if reduced else fees.annuity
    return compute(ctx.data["patent_type"], year, on)


@fact("annuity_amount", "int")
def annuity_amount(ctx: FactContext) -> int:
    """The annuity for fee_year and the patent type in the shipped fee table in force on the
    payment date (checker/packs/patent/data/patent_fees.yaml), NT$; 0 when unknown."""
    return _table_year_amount(ctx, reduced=False)


@fact("annuity_reduced_amount", "int")
def annuity_reduced_amount(ctx: FactContext) -> int:
    """annuity_amount less the table's art. 95 reduction for that year (never below 0); 0 when unknown."""
    return _table_year_amount(ctx, reduced=True)


@fact("annuity_amount_due", "int")
def annuity_amount_due(ctx: FactContext) -> int:
    """annuity_amount plus its art. 94(2) surcharge at annuity_surcharge_percent (NT$)."""
    amount = annuity_amount(ctx)
    return amount + fees.surcharge(amount, annuity_months_late(ctx))


@fact("annuity_reduced_amount_due", "int")
def annuity_reduced_amount_due(ctx: FactContext) -> int:
    """annuity_reduced_amount plus the art. 94(2) surcharge computed on it (NT$)."""
    amount = annuity_reduced_amount(ctx)
    return amount + fees.surcharge(amount, annuity_months_late(ctx))


def _missed(ctx: FactContext, period_id: str) -> int:
    # The period is declared by a rule pack (periods.yaml); with no pack loaded it has no facts.
    if f"{period_id}_status" not in FACTS:
        return 0
    if ctx.fact(f"{period_id}_status") in ("late", "overdue"):
        return ctx.fact(f"{period_id}_deadline")
    return 0


@fact("grant_fee_missed_deadline", "date")
def grant_fee_missed_deadline(ctx: FactContext) -> int:
    """grant_fee_deadline when the grant fees were not paid by it (status late or overdue),
    else 0: the event that opens the late period of art. 52(4)."""
    return _missed(ctx, "grant_fee")


@fact("annuity_late_missed_deadline", "date")
def annuity_late_missed_deadline(ctx: FactContext) -> int:
    """annuity_late_deadline when the annuity was not paid by it (status late or overdue),
    else 0: the event that opens the restoration period of art. 70(2)."""
    return _missed(ctx, "annuity_late")


def _grant_fee(ctx: FactContext, reduced: bool, annuities: int) -> int:
    if ctx.data["procedure"] != "grant_fee":
        return 0
    on = _paid_or_as_of(ctx)
    compute = fees.reduced_annuity if reduced else fees.annuity
    first = compute(ctx.data["patent_type"], 1, on)
    certificate = fees.certificate_fee(on)
    if not certificate or not fees.annuity(ctx.data["patent_type"], 1, on):
        return 0
    return certificate + annuities * first


@fact("grant_fee_amount", "int")
def grant_fee_amount(ctx: FactContext) -> int:
    """For a grant_fee bundle: the certificate fee plus the first annuity in the shipped fee
    table in force on the payment date (NT$); 0 for other procedures or when unknown."""
    return _grant_fee(ctx, reduced=False, annuities=1)


@fact("grant_fee_doubled_amount", "int")
def grant_fee_doubled_amount(ctx: FactContext) -> int:
    """The certificate fee plus twice the first annuity (the art. 52(4) late payment), NT$;
    0 for other procedures or when unknown."""
    return _grant_fee(ctx, reduced=False, annuities=2)


@fact("grant_fee_reduced_amount", "int")
def grant_fee_reduced_amount(ctx: FactContext) -> int:
    """The certificate fee plus the first annuity less the table's art. 95 reduction, NT$;
    0 for other procedures or when unknown."""
    return _grant_fee(ctx, reduced=True, annuities=1)


@fact("grant_fee_reduced_doubled_amount", "int")
def grant_fee_reduced_doubled_amount(ctx: FactContext) -> int:
    """The certificate fee plus twice the reduced first annuity, NT$; 0 for other
    procedures or when unknown."""
    return _grant_fee(ctx, reduced=True, annuities=2)
