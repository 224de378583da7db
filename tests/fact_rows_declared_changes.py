"""Fact rows for the declared changes of amendments and corrections
(checker/packs/patent/facts/declared_changes.py)."""

from __future__ import annotations

from fact_table import row

CORR = "examples/correction-led-package/bundle.yaml"  # narrow claim 1 (after only), delete claim 2
AMEND = "examples/amendment-led-package/bundle.yaml"  # narrow 1, narrow 2, delete 4
DROP = {
    "correction": {
        "changes": [
            {"kind": "narrow", "target": "claims", "claim": 1, "before": "一散熱片，具有多個鰭片", "after": "一散熱片"},
            {"kind": "correct_error", "target": "claims", "claim": 3, "before": "材質為銅", "after": "材質為鋼"},
            {"kind": "broaden"},
        ]
    }
}

ROWS = [
    row("changes.position", "1, 2", base=CORR),
    row("changes.position", "1, 2, 3", base=AMEND),
    row("changes.position", "", id="no amendment or correction"),
    row("changes.section", "correction, correction", base=CORR),
    row("changes.section", "amendment, amendment, amendment", base=AMEND),
    row("changes.declared_kind", "narrow, delete_claim", base=CORR),
    row("changes.declared_kind", "narrow, correct_error, broaden", DROP, base=CORR),
    row(
        "changes.declared_kind",
        "unstated, delete_claim",
        {"correction": {"changes": [{"target": "claims"}, {"kind": "delete_claim"}]}},
        base=CORR,
        id="a kind not stated is unstated",
    ),
    row("changes.target", "claims, claims", base=CORR),
    row("changes.target", "claims, claims", DROP, base=CORR, id="the third states no target"),
    row(
        "changes.target",
        "description",
        {"correction": {"changes": [{"kind": "add_matter", "target": "description"}]}},
        base=CORR,
    ),
    row("changes.claim", "1, 2", base=CORR),
    row("changes.claim", "1, 3", DROP, base=CORR, id="no claim stated is 0"),
    row("changes.enlarging", "", base=CORR),
    row("changes.enlarging", "True", DROP, base=CORR),
    row("changes.enlarging@pointer", "/correction/changes/2/kind", DROP, base=CORR),
    row("changes.removed", "", base=CORR, id="no before text"),
    row("changes.removed", "鰭片", DROP, base=CORR, id="the error correction is not compared"),
    row(
        "changes.removed",
        "",
        {"correction": {"changes": [{"kind": "narrow", "before": "一散熱片", "after": "一散熱片，具有多個鰭片"}]}},
        base=CORR,
        id="a limitation added",
    ),
    row("changes.removed@pointer", "/correction/changes/0/kind", DROP, base=CORR),
]
