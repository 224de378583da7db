"""Fact rows for the examination request of a divisional or conversion (art. 38(2);
checker/packs/patent/facts/events.py)."""

from __future__ import annotations

from fact_table import row

_DIVISIONAL = {
    "procedure": "divisional",
    "submitted_on": "2025-10-06",
    "application": {"number": "114108812", "filed_on": "2022-02-28"},
}


def _request(filed_on: str, divided_on: str | None) -> dict:
    application = {"number": "114120002", "filed_on": filed_on}
    if divided_on:
        application["divisional_or_conversion_filed_on"] = divided_on
    return {"procedure": "examination_request", "submitted_on": "2025-04-07", "application": application}


ROWS = [
    row("original_filing_date", 20250314, id="an application: its own filing date"),
    row("original_filing_date", 20220228, _DIVISIONAL, id="a divisional: its parent's filed_on"),
    row(
        "original_filing_date", 20220228, {**_DIVISIONAL, "procedure": "conversion"}, id="a conversion: the original's"
    ),
    row(
        "original_filing_date",
        20220228,
        _request("2022-02-28", "2025-03-04"),
        id="a request: the application's filed_on",
    ),
    row("divisional_or_conversion_filed_on", 0, id="an application"),
    row("divisional_or_conversion_filed_on", 20251006, _DIVISIONAL, id="a divisional bundle: its submitted_on"),
    row(
        "divisional_or_conversion_filed_on",
        0,
        _request("2022-02-28", None),
        id="a request, not said to be a divisional",
    ),
    row(
        "divisional_or_conversion_filed_on",
        20250304,
        _request("2022-02-28", "2025-03-04"),
        id="a request giving the field",
    ),
    row("divisional_or_conversion_filed_after_examination_period", 0, id="an application"),
    row(
        "divisional_or_conversion_filed_after_examination_period",
        0,
        _request("2022-02-28", "2025-03-03"),
        id="filed on the rolled last day of the 3 years",
    ),
    row(
        "divisional_or_conversion_filed_after_examination_period",
        20250304,
        _request("2022-02-28", "2025-03-04"),
        id="filed the day after",
    ),
    row(
        "divisional_or_conversion_filed_after_examination_period",
        20251006,
        _DIVISIONAL,
        id="a divisional bundle filed after the 3 years",
    ),
    row(
        "divisional_or_conversion_filed_after_examination_period",
        0,
        {**_DIVISIONAL, "patent_type": "utility_model", "application": {"filed_on": "2022-02-28"}},
        id="a utility model has no examination period",
    ),
]
