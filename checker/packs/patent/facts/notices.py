"""Notices that limit when the application may be amended (Patent Act art. 43(3)-(4)): the
latest notice under art. 46(2) (an office action marked `pre_rejection_notice`, or a final
notice, which always follows one) and the period it set. The rules are in
art043-amendment-period.yaml."""

from __future__ import annotations

from checker.packs.patent.facts.registry import FactContext, fact, ymd


def _latest_notice(ctx: FactContext) -> dict:
    notices = [
        e
        for e in (ctx.data.get("application") or {}).get("events") or []
        if e.get("on")
        and (e.get("type") == "final_notice" or (e.get("type") == "office_action" and e.get("pre_rejection_notice")))
    ]
    return max(notices, key=lambda e: ymd(e["on"]), default={})


@fact("pre_rejection_notice_on", "date")
def pre_rejection_notice_on(ctx: FactContext) -> int:
    """The day of the latest notice under art. 46(2) on the existing application (an
    office_action with `pre_rejection_notice: true`, or a final_notice), YYYYMMDD; 0 if none."""
    return ymd(_latest_notice(ctx).get("on"))


@fact("pre_rejection_notice_period_ends", "date")
def pre_rejection_notice_period_ends(ctx: FactContext) -> int:
    """The end of the period that notice set (`period_ends`), YYYYMMDD; 0 when not recorded."""
    return ymd(_latest_notice(ctx).get("period_ends"))


@fact("pre_rejection_notice_is_final", "bool")
def pre_rejection_notice_is_final(ctx: FactContext) -> bool:
    """That notice is a final notice (最後通知, art. 43(4))."""
    return _latest_notice(ctx).get("type") == "final_notice"
