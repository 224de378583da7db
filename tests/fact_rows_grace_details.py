"""Fact rows for the gazette exclusion and the evidence period of the grace period
(checker/packs/patent/facts/grace_details.py)."""

from __future__ import annotations

import datetime as dt

from fact_table import row


def disclosures(*items: dict) -> dict:
    return {"grace_period": list(items)}


PAPER = {
    "type": "publication",
    "disclosed_on": "2016-01-15",
    "declared_at_filing": True,
    "evidence_period_ends": "2016-10-15",
}

ROWS = [
    row("patent_gazette_disclosure_count", 0, id="no grace period"),
    row(
        "patent_gazette_disclosure_count",
        1,
        disclosures(PAPER, {"type": "patent_gazette", "disclosed_on": "2024-10-01"}),
    ),
    row("grace_evidence_period_count", 0, disclosures({**PAPER, "evidence_period_ends": None}), id="no period"),
    row("grace_evidence_period_count", 1, disclosures(PAPER)),
    row(
        "grace_evidence_late_count",
        0,
        disclosures({**PAPER, "evidence_submitted_on": "2016-10-15"}),
        id="on the last day",
    ),
    row("grace_evidence_late_count", 1, disclosures({**PAPER, "evidence_submitted_on": "2016-10-16"}), id="a day late"),
    row("grace_evidence_late_count", 0, disclosures(PAPER), as_of=dt.date(2016, 9, 1), id="pending"),
    row("grace_evidence_late_count", 1, disclosures(PAPER), as_of=dt.date(2016, 11, 1), id="overdue"),
    row(
        "grace_evidence_late_count", 0, disclosures({**PAPER, "declared_at_filing": False}), id="undeclared: PA022-02's"
    ),
]
