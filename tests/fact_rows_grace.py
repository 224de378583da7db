"""Fact rows: grace-period disclosures."""

from fact_table import CHAIR, row

ROWS = [
    row("experiment_disclosure_count", 0, base=CHAIR),
    row("experiment_disclosure_count", 1, {"grace_period": [
        {"type": "experiment", "disclosed_on": "2016-04-01"},
        {"type": "publication", "disclosed_on": "2016-04-02"}]}, base=CHAIR, id="one experiment, one publication"),
]
