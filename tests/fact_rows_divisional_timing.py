"""Fact rows for divisional timing (checker/packs/patent/facts/divisional_timing.py)."""

from __future__ import annotations

from fact_table import row


def events(*items: tuple[str, str, bool]) -> dict:
    return {
        "procedure": "divisional",
        "application": {
            "number": "113100001",
            "filed_on": "2023-05-10",
            "events": [
                {"type": kind, "on": on, **({"after_re_examination": True} if rx else {})} for kind, on, rx in items
            ],
        },
    }


ROWS = [
    row("re_examination_decided_on", 0, id="an application"),
    row("re_examination_decided_on", 0, events(("rejection_served", "2024-05-10", False)), id="first instance only"),
    row("re_examination_decided_on", 20240510, events(("re_examination_decision_served", "2024-05-10", False))),
    row(
        "re_examination_decided_on",
        20240601,
        events(("rejection_served", "2024-01-10", False), ("allowance_served", "2024-06-01", True)),
        id="an allowance on re-examination",
    ),
    row("re_examination_rejected_on", 0, events(("allowance_served", "2024-06-01", True)), id="allowed"),
    row(
        "re_examination_rejected_on",
        20240510,
        events(("rejection_served", "2023-11-02", False), ("rejection_served", "2024-05-10", True)),
    ),
    row("re_examination_requested_on", 0, events(("rejection_served", "2024-05-10", False)), id="none recorded"),
    row(
        "re_examination_requested_on",
        20240701,
        events(("rejection_served", "2024-05-10", False), ("re_examination_requested", "2024-07-01", False)),
    ),
    row(
        "first_instance_rejection_served_on",
        0,
        events(("rejection_served", "2024-05-10", True)),
        id="only on re-examination",
    ),
    row(
        "first_instance_rejection_served_on",
        20240510,
        events(("rejection_served", "2024-05-10", False), ("rejection_served", "2024-12-10", True)),
    ),
]
