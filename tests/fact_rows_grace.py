"""Fact rows: grace-period disclosures."""

from fact_table import CHAIR, row

ROWS = [
    row("unstated_declaration_count", 0, base=CHAIR),
    row(
        "unstated_declaration_count",
        2,
        {
            "grace_period": [
                {"type": "experiment", "disclosed_on": "2016-04-01"},
                {"type": "publication", "disclosed_on": "2016-04-02"},
                {"type": "exhibition", "disclosed_on": "2016-04-03", "declared_at_filing": True},
                {"type": "unintentional", "disclosed_on": "2016-04-04"},
            ]
        },
        base=CHAIR,
        id="two absent, one stated, a leak",
    ),
    row("experiment_disclosure_count", 0, base=CHAIR),
    row(
        "experiment_disclosure_count",
        1,
        {
            "grace_period": [
                {"type": "experiment", "disclosed_on": "2016-04-01"},
                {"type": "publication", "disclosed_on": "2016-04-02"},
            ]
        },
        base=CHAIR,
        id="one experiment, one publication",
    ),
]
