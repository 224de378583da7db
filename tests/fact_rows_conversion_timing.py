"""Fact rows for conversion timing (checker/packs/patent/facts/conversion_timing.py)."""

from __future__ import annotations

from fact_table import CHAIR, CLIP, LED, row  # noqa: F401


def conversion(from_type: str | None, *events: tuple[str, str], app_type: str | None = None) -> dict:
    application = {
        "number": "113100001",
        "filed_on": "2023-05-10",
        "events": [{"type": kind, "on": on} for kind, on in events],
    }
    if app_type:
        application["patent_type"] = app_type
    patch = {"procedure": "conversion", "application": application}
    if from_type:
        patch["conversion"] = {"from_type": from_type}
    return patch


REJECTED = ("rejection_served", "2025-01-15")
ALLOWED = ("allowance_served", "2025-02-20")

ROWS = [
    row("original_invention_rejected_on", 0, id="an application"),
    row("original_invention_rejected_on", 20250115, conversion("invention", REJECTED), base=CLIP),
    row(
        "original_invention_rejected_on",
        20250115,
        conversion(None, REJECTED, app_type="invention"),
        base=CLIP,
        id="type from application.patent_type",
    ),
    row("original_invention_rejected_on", 0, conversion("design", REJECTED), base=CLIP, id="a design original"),
    row(
        "original_invention_rejected_on",
        20250301,
        conversion("invention", REJECTED, ("rejection_served", "2025-03-01")),
        base=CLIP,
        id="the latest rejection",
    ),
    row("original_design_rejected_on", 0, conversion("invention", REJECTED), base=CLIP),
    row("original_design_rejected_on", 20250115, conversion("derivative_design", REJECTED), base=CHAIR),
    row("original_design_rejected_on", 20250115, conversion("design", REJECTED), base=CLIP),
    row("original_utility_model_rejected_on", 0, conversion("utility_model", ALLOWED), id="allowed, not rejected"),
    row("original_utility_model_rejected_on", 20250115, conversion("utility_model", REJECTED)),
    row("original_design_allowed_on", 0, conversion("design", REJECTED), base=CLIP),
    row("original_design_allowed_on", 20250220, conversion("design", ALLOWED), base=CLIP),
    row("original_invention_or_utility_model_allowed_on", 0, conversion("design", ALLOWED), base=CLIP),
    row("original_invention_or_utility_model_allowed_on", 20250220, conversion("utility_model", ALLOWED), base=CHAIR),
    row(
        "original_invention_or_utility_model_allowed_on",
        0,
        {
            "application": {"number": "1", "events": [{"type": "allowance_served", "on": "2025-02-20"}]},
            "procedure": "amendment",
        },
        id="not a conversion",
    ),
]
