"""Fact rows for technical report requests (checker/packs/patent/facts/technical_report.py)."""

from __future__ import annotations

from fact_table import CLIP, row

REPORT = "examples/technical-report-cable-clip/bundle.yaml"


def stated(**fields) -> dict:
    return {"technical_report": fields}


ROWS = [
    row("technical_report_withdrawal", False, base=REPORT, id="a request"),
    row("technical_report_withdrawal", True, stated(withdrawal=True), base=REPORT, id="a withdrawal"),
    row(
        "technical_report_withdrawal",
        False,
        {"procedure": "application", **stated(withdrawal=True)},
        base=REPORT,
        id="not a technical report",
    ),
    row("technical_report_commercial_use_stated", True, base=REPORT),
    row("technical_report_commercial_use_stated", False, base=CLIP, id="an application"),
    row("technical_report_commercial_use_evidence", True, base=REPORT),
    row(
        "technical_report_commercial_use_evidence",
        False,
        stated(commercial_use_evidence=False),
        base=REPORT,
        id="not enclosed",
    ),
]
