"""Fact rows for applicants' nationality and domicile against the priority-country list
(art. 28(3); checker/packs/patent/facts/parties.py)."""

from __future__ import annotations

from fact_table import row


def applicants(*people: dict) -> dict:
    return {"applicants": list(people)}


IRAN = {"name": "Parsa Tech Co.", "nationality": "IR", "domicile_in_roc": False}

ROWS = [
    row("applicants_barred_from_priority", 0, id="a ROC company"),
    row("applicants_barred_from_priority", 1, applicants(IRAN), id="an Iranian company"),
    row("applicants_barred_from_priority", 0, applicants({**IRAN, "domicile_country": "DE"}), id="domiciled in DE"),
    row("applicants_barred_from_priority", 1, applicants({**IRAN, "domicile_country": "SY"}), id="domiciled in SY"),
    row("applicants_barred_from_priority", 0, applicants({**IRAN, "domicile_in_roc": True}), id="domiciled in the ROC"),
    row("applicants_barred_from_priority", 0, applicants({**IRAN, "nationality": "XX"}), id="unknown code"),
    row("applicants_barred_from_priority", 0, applicants({"name": "EPO", "nationality": "EP"}), id="an office"),
    row("applicants_barred_from_priority_names", "", id="none"),
    row(
        "applicants_barred_from_priority_names",
        "Parsa Tech Co. (IR), Abebe (ET)",
        applicants(IRAN, {"name": "Abebe", "nationality": "ET"}, {"name": "Acme", "nationality": "US"}),
    ),
]
