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
    row("agent_count", 1, id="one agent"),
    row("agent_count", 0, {"agent": None}, id="no agent"),
    row("agent_count", 2, {"agents": [{"name": "陳美玲"}, {"name": "李大同"}]}, id="agent repeated in agents"),
    row("has_agent", True, {"agent": None, "agents": [{"name": "李大同"}]}, id="only agents"),
    row(
        "agent_qualification",
        "attorney_at_law",
        {"agent": None, "agents": [{"name": "李", "qualification": "attorney_at_law"}]},
    ),
    row("agent_power_of_attorney", "enclosed", id="listed in attachments"),
    row("agent_power_of_attorney", "not_listed", {"attachments": ["priority_documents"]}),
    row("agent_power_of_attorney", "", {"attachments": None}, id="nothing listed"),
    row("agent_power_of_attorney", "", {"agent": None}, id="no agent"),
    row("agent_power_of_attorney", "on_file", {"attachments": None, "agent": {"power_of_attorney": "on_file"}}),
    row("agent_power_of_attorney", "missing", {"agent": {"power_of_attorney": "missing"}}, id="missing wins"),
    row("agents_pointer", "/agent", id="a single agent"),
    row("agents_pointer", "/agents", {"agents": [{"name": "李大同"}]}),
    row("service_recipient", "", id="none designated"),
    row("service_recipient", "光源科技股份有限公司", {"service_recipient": " 光源科技股份有限公司 "}),
    row("service_recipient_is_applicant", True, {"service_recipient": "光源科技股份有限公司"}),
    row("service_recipient_is_applicant", False, {"service_recipient": "陳美玲"}, id="the agent"),
    row("service_recipient_is_applicant", False, id="none designated"),
    row("first_applicant_name", "光源科技股份有限公司"),
    row("first_applicant_name", "", {"applicants": None}, id="no applicants"),
]
