"""Fact rows for notices under art. 46(2) (checker/packs/patent/facts/notices.py)."""

from __future__ import annotations

from fact_table import row

AMEND = "examples/amendment-led-package/bundle.yaml"


def events(*items: dict) -> dict:
    return {"application": {"events": list(items)}}


MARKED = {"type": "office_action", "on": "2025-07-16", "period_ends": "2025-09-16", "pre_rejection_notice": True}
FINAL = {"type": "final_notice", "on": "2025-10-01", "period_ends": "2025-11-30"}

ROWS = [
    row("pre_rejection_notice_on", 0, base=AMEND, id="an unmarked office action"),
    row("pre_rejection_notice_on", 20250716, events(MARKED), base=AMEND),
    row("pre_rejection_notice_on", 20251001, events(MARKED, FINAL), base=AMEND, id="a final notice, later"),
    row("pre_rejection_notice_period_ends", 0, events({**MARKED, "period_ends": None}), base=AMEND, id="no period"),
    row("pre_rejection_notice_period_ends", 20250916, events(MARKED), base=AMEND),
    row("pre_rejection_notice_is_final", False, events(MARKED), base=AMEND),
    row("pre_rejection_notice_is_final", True, events(MARKED, FINAL), base=AMEND),
]
