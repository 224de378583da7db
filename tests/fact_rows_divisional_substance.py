"""Fact rows for checker/packs/patent/facts/divisional_substance.py: a divisional's claims compared with
the claims its parent was allowed with (art. 34(6) as amended 2019)."""

from __future__ import annotations

from fact_table import inline_claims, row

DIV = "examples/divisional-led-package/bundle.yaml"  # parent pending, no allowed claims
SAME = "examples/defective/divisional-same-as-allowed/bundle.yaml"  # claims 1 and 3 repeat allowed 1 and 4

REORDERED = {
    "claims": inline_claims(
        "一種發光二極體封裝，包含：一散熱片，具有多個鰭片並連接一基板；一封裝膠體；以及一發光晶片，設置於該基板上並由該封裝膠體包覆。"
    )
}
NARROWER = {
    "claims": inline_claims(
        "一種發光二極體封裝，包含：一基板；一發光晶片，設置於該基板上；一封裝膠體，包覆該發光晶片；以及一散熱片，連接該基板，其材質為銅。"
    )
}

ROWS = [
    row("allowed_claims_count", 0, base=DIV),
    row("allowed_claims_count", 4, base=SAME),
    row(
        "allowed_claims_count",
        4,
        {"application": {"allowed_claims": None, "granted_claims": {"file": "allowed-claims.txt"}}},
        base=SAME,
        id="published claims stand for the allowed ones",
    ),
    row(
        "allowed_claims_count",
        1,
        {"application": {"allowed_claims": inline_claims("一種發光二極體封裝。", "（刪除）")}},
        base=SAME,
        id="a deleted allowed claim is not counted",
    ),
    row("claims_same_as_allowed_count", 0, base=DIV),
    row("claims_same_as_allowed_count", 2, base=SAME),
    row("claims_same_as_allowed_count", 1, REORDERED, base=SAME, id="allowed claims 1 and 2 reordered"),
    row("claims_same_as_allowed_count", 0, NARROWER, base=SAME, id="narrowed by copper (in the description)"),
    row("claims_same_as_allowed.number", "", base=DIV),
    row("claims_same_as_allowed.number", "1, 3", base=SAME),
    row("claims_same_as_allowed.parent_number", "", base=DIV),
    row("claims_same_as_allowed.parent_number", "1, 4", base=SAME),
    row("claims_same_as_allowed.parent_number", "2", REORDERED, base=SAME, id="allowed claims 1 and 2 reordered"),
    row("claims_same_as_allowed.sameness", "", base=DIV),
    row("claims_same_as_allowed.sameness", "identical, same_terms", base=SAME),
    row("claims_same_as_allowed.sameness", "same_terms", REORDERED, base=SAME, id="allowed claims 1 and 2 reordered"),
    row("claims_same_as_allowed.number@pointer", "", base=DIV),
    row("claims_same_as_allowed.number@pointer", "/claims@1:1", base=SAME),
    row("claims_same_as_allowed.number@pointer", "/claims/0/text", REORDERED, base=SAME, id="inline claims"),
]
