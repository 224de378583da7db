"""The fees a submission owes, as facts (checker/packs/patent/fee_statement.py computes them;
`patentcheck fees` lists them line by line). Whether a payment is short or too much is the
rules' to say (art092-fee-amount.yaml)."""

from __future__ import annotations

from checker.packs.patent.fee_statement import statement_for
from checker.packs.patent.facts.registry import FactContext, fact


def _paid(ctx: FactContext) -> int | None:
    amount = (ctx.data.get("fee") or {}).get("amount")
    return amount if isinstance(amount, int) else None


@fact("fees_total", "int")
def fees_total(ctx: FactContext) -> int:
    """The official fees this submission owes (NT$), the sum of the lines `patentcheck fees`
    lists, under the schedule in force on the payment date; -1 when none can be computed
    (a payment date before the earliest schedule shipped, a lapsed patent, no fee.year)."""
    total = statement_for(ctx).total
    return -1 if total is None else total


@fact("fees_complete", "bool")
def fees_complete(ctx: FactContext) -> bool:
    """Every fee line has an amount (false when the fee summary gives no figure for one,
    e.g. a conversion into a utility model, or when nothing could be computed)."""
    return statement_for(ctx).complete


@fact("fees_assumed", "bool")
def fees_assumed(ctx: FactContext) -> bool:
    """The computation states an assumption (how claims are counted, pages not given,
    which fee a discount reduces, a surcharge on a reduced annuity...)."""
    return statement_for(ctx).assumed


@fact("fees_computation", "str")
def fees_computation(ctx: FactContext) -> str:
    """The arithmetic of fees_total, language-neutral: "7000 + 800×4 + 500×2 = 11200"; ""
    when nothing could be computed."""
    return statement_for(ctx).computation()


@fact("fees_shortfall", "int")
def fees_shortfall(ctx: FactContext) -> int:
    """fees_total less fee.amount when the amount paid is less (NT$); 0 otherwise or when
    either is unknown."""
    total, paid = statement_for(ctx).total, _paid(ctx)
    return max(0, total - paid) if total is not None and paid is not None else 0


@fact("fees_excess", "int")
def fees_excess(ctx: FactContext) -> int:
    """fee.amount less fees_total when more is paid (NT$); 0 otherwise or when either is
    unknown."""
    total, paid = statement_for(ctx).total, _paid(ctx)
    return max(0, paid - total) if total is not None and paid is not None else 0
