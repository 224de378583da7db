"""When a conversion (改請) is filed relative to the original application's decisions
(Patent Act arts. 108(2), 131(2), 132(2)). The time limits depend on the original's type
(2 months after a rejection of an invention or design, 30 days after one of a utility
model), so each date fact is given per type of original; the periods are in periods.yaml
and the rules in conversion-timing.yaml."""

from __future__ import annotations

from checker.packs.patent.facts.registry import FactContext, fact, ymd

_DESIGN_TYPES = ("design", "derivative_design")


def _original_type(ctx: FactContext) -> str:
    """`conversion.from_type`, else the existing application's `patent_type`; "" for a
    bundle that is no conversion."""
    if ctx.data["procedure"] != "conversion":
        return ""
    return (
        (ctx.data.get("conversion") or {}).get("from_type")
        or (ctx.data.get("application") or {}).get("patent_type")
        or ""
    )


def _latest(ctx: FactContext, kind: str, original_types: tuple[str, ...]) -> int:
    if _original_type(ctx) not in original_types:
        return 0
    events = (ctx.data.get("application") or {}).get("events") or []
    return max((ymd(e["on"]) for e in events if e.get("type") == kind and e.get("on")), default=0)


@fact("original_invention_rejected_on", "date")
def original_invention_rejected_on(ctx: FactContext) -> int:
    """For a conversion of an invention application (conversion.from_type, else
    application.patent_type): the latest service of its rejection, YYYYMMDD; 0 otherwise."""
    return _latest(ctx, "rejection_served", ("invention",))


@fact("original_design_rejected_on", "date")
def original_design_rejected_on(ctx: FactContext) -> int:
    """For a conversion of a design or derivative design application: the latest service
    of its rejection, YYYYMMDD; 0 otherwise."""
    return _latest(ctx, "rejection_served", _DESIGN_TYPES)


@fact("original_utility_model_rejected_on", "date")
def original_utility_model_rejected_on(ctx: FactContext) -> int:
    """For a conversion of a utility model application: the latest service of its
    rejection (不予專利處分書), YYYYMMDD; 0 otherwise."""
    return _latest(ctx, "rejection_served", ("utility_model",))


@fact("original_design_allowed_on", "date")
def original_design_allowed_on(ctx: FactContext) -> int:
    """For a conversion of a design or derivative design application: the latest service
    of its allowance, YYYYMMDD; 0 otherwise."""
    return _latest(ctx, "allowance_served", _DESIGN_TYPES)


@fact("original_invention_or_utility_model_allowed_on", "date")
def original_invention_or_utility_model_allowed_on(ctx: FactContext) -> int:
    """For a conversion of an invention or utility model application: the latest service
    of its allowance (核准審定書 / 處分書), YYYYMMDD; 0 otherwise."""
    return _latest(ctx, "allowance_served", ("invention", "utility_model"))
