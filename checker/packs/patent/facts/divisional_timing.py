"""Decisions on the parent application that limit when a divisional may be filed
(Patent Act arts. 34(2), 107(2), 130(2)). Periods after an allowance are in periods.yaml
(divisional_after_allowance*); the rules in art034-divisional-timing.yaml."""

from __future__ import annotations

from checker.packs.patent.facts.registry import FactContext, fact, ymd


def _events(ctx: FactContext) -> list[dict]:
    return [e for e in (ctx.data.get("application") or {}).get("events") or [] if e.get("on")]


@fact("re_examination_decided_on", "date")
def re_examination_decided_on(ctx: FactContext) -> int:
    """The latest service of a decision on re-examination of the existing application: a
    `re_examination_decision_served` event, or an allowance or rejection marked
    `after_re_examination`, YYYYMMDD; 0 if none is recorded."""
    return max(
        (
            ymd(e["on"])
            for e in _events(ctx)
            if e.get("type") == "re_examination_decision_served"
            or (e.get("type") in ("allowance_served", "rejection_served") and e.get("after_re_examination"))
        ),
        default=0,
    )


@fact("re_examination_rejected_on", "date")
def re_examination_rejected_on(ctx: FactContext) -> int:
    """The latest service of a rejection on re-examination (`rejection_served` marked
    `after_re_examination`), YYYYMMDD; 0 if none is recorded."""
    return max(
        (ymd(e["on"]) for e in _events(ctx) if e.get("type") == "rejection_served" and e.get("after_re_examination")),
        default=0,
    )


@fact("re_examination_requested_on", "date")
def re_examination_requested_on(ctx: FactContext) -> int:
    """The latest recorded request for re-examination of the existing application (a
    `re_examination_requested` event), YYYYMMDD; 0 if none is recorded."""
    return max((ymd(e["on"]) for e in _events(ctx) if e.get("type") == "re_examination_requested"), default=0)


@fact("first_instance_rejection_served_on", "date")
def first_instance_rejection_served_on(ctx: FactContext) -> int:
    """The latest service of a rejection not decided on re-examination (`rejection_served`
    without `after_re_examination`), YYYYMMDD; 0 if none is recorded."""
    return max(
        (
            ymd(e["on"])
            for e in _events(ctx)
            if e.get("type") == "rejection_served" and not e.get("after_re_examination")
        ),
        default=0,
    )
