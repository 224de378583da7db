"""Fact rows for term extension requests (checker/packs/patent/facts/term_extension.py)."""

from __future__ import annotations

from fact_table import row

APP = {"number": "099108888", "filed_on": "2010-03-15", "published_on": "2012-06-01"}
TE = {
    "first_license_on": "2025-01-15",
    "license_is_first": True,
    "product": "drug",
    "requested_days": 500,
    "regulatory_days": 800,
}


def request(app: dict | None = None, **fields) -> dict:
    # term_extension is not in the base bundle: a None field is left out, not merged away.
    return {
        "procedure": "term_extension",
        "submitted_on": "2025-04-01",
        "application": {**APP, **(app or {})},
        "term_extension": {k: v for k, v in {**TE, **fields}.items() if v is not None},
    }


ROWS = [
    row("first_license_on", 0, id="an application"),
    row("first_license_on", 20250115, request()),
    row("license_not_first", False, request()),
    row("license_not_first", True, request(license_is_first=False)),
    row("license_not_first", False, request(license_is_first=None), id="not said"),
    row("term_extension_product", "", id="an application"),
    row("term_extension_product", "veterinary_drug", request(product="veterinary_drug")),
    row("term_extension_requested_days", 0, id="an application"),
    row("term_extension_requested_days", 500, request()),
    row("term_extension_regulatory_days", -1, request(regulatory_days=None), id="not given"),
    row("term_extension_regulatory_days", 800, request()),
    row("patent_published_on", 0, id="an application"),
    row("patent_published_on", 20120601, request()),
    row("twenty_year_term_ends_on", 0, id="an application has no existing filing date"),
    row("twenty_year_term_ends_on", 20300314, request(), id="filed 2010-03-15"),
    row("twenty_year_term_ends_on", 20320228, request({"filed_on": "2012-02-29"}), id="filed on leap day"),
    row("term_ends_on", 0, id="not a term extension"),
    row("term_ends_on", 20300314, request(), id="computed"),
    row("term_ends_on", 20300401, request(term_ends_on="2030-04-01"), id="as given"),
    row("term_last_six_months_start", 0, id="not a term extension"),
    row("term_last_six_months_start", 20290915, request(), id="term ends 2030-03-14"),
    row(
        "term_last_six_months_start",
        20290901,
        request(term_ends_on="2030-02-28"),
        id="term ends on February's last day",
    ),
    row(
        "term_last_six_months_start",
        20300301,
        request(term_ends_on="2030-08-30"),
        id="no 31 February: next month's first day",
    ),
    row("term_last_six_months_start", 20300101, request(term_ends_on="2030-06-30"), id="across a year end"),
    row("extended_term_ends_on", 0, request(requested_days=None), id="no days requested"),
    row("extended_term_ends_on", 20310727, request(), id="500 days after 2030-03-14"),
    row("term_ends_plus_five_years", 0, id="not a term extension"),
    row("term_ends_plus_five_years", 20350314, request()),
    row("term_ends_plus_five_years", 20370228, request(term_ends_on="2032-02-29"), id="from leap day"),
]

# The schema bounds requested_days at 100,000 (an absurd request is still judged, by PA053
# rules, not refused as input); the fact's 99991231 guard is for data past year 9999.
ROWS.append(
    row("extended_term_ends_on", 23031229, request(requested_days=100_000), id="the largest request the schema allows")
)
