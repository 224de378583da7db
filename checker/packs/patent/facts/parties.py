"""Applicants and agent (arts. 5-12)."""

from __future__ import annotations

import datetime as dt

from checker.core.dates import to_date
from checker.packs.patent.facts.dates import filing_date
from checker.packs.patent.facts.registry import FactContext, blank, fact


def _applicants(ctx: FactContext) -> list[dict]:
    return ctx.data.get("applicants") or []


@fact("applicant_count", "int")
def applicant_count(ctx: FactContext) -> int:
    """Number of applicants (申請人) named."""
    return len(_applicants(ctx))


@fact("applicants_without_roc_domicile", "int")
def applicants_without_roc_domicile(ctx: FactContext) -> int:
    """Applicants stated to have no domicile or business office in the ROC
    (`domicile_in_roc: false`)."""
    return sum(1 for a in _applicants(ctx) if a.get("domicile_in_roc") is False)


@fact("applicants_domicile_unknown", "int")
def applicants_domicile_unknown(ctx: FactContext) -> int:
    """Applicants whose `domicile_in_roc` is not stated."""
    return sum(1 for a in _applicants(ctx) if a.get("domicile_in_roc") is None)


def _agents(ctx: FactContext) -> list[dict]:
    """`agent` and the `agents` list, each agent once (by name), `agent` first."""
    found: list[dict] = []
    for agent in [ctx.data.get("agent"), *(ctx.data.get("agents") or [])]:
        if isinstance(agent, dict) and not blank(agent.get("name")):
            if all(agent["name"] != other["name"] for other in found):
                found.append(agent)
    return found


@fact("has_agent", "bool")
def has_agent(ctx: FactContext) -> bool:
    """An agent (代理人) is appointed (`agent`, or an entry of `agents`)."""
    return bool(_agents(ctx))


@fact("agent_qualification", "str")
def agent_qualification(ctx: FactContext) -> str:
    """The agent's stated qualification (patent_attorney, attorney_at_law, patent_agent,
    other): `agent`'s, else the first of `agents`; "" when there is no agent or it is not stated."""
    agents = _agents(ctx)
    return str(agents[0].get("qualification") or "") if agents else ""


@fact("agent_count", "int")
def agent_count(ctx: FactContext) -> int:
    """The number of agents appointed: `agent` and the entries of `agents`, each name once."""
    return len(_agents(ctx))


@fact("agent_power_of_attorney", "str")
def agent_power_of_attorney(ctx: FactContext) -> str:
    """The agents' power of attorney (Enforcement Rules art. 9): "missing" when an agent's
    `power_of_attorney` says so; "enclosed" when one says enclosed or `attachments` lists
    power_of_attorney; "on_file" when one says on_file; "not_listed" when `attachments` is
    given without it and nothing is stated; "" with no agent, or nothing stated or listed."""
    agents = _agents(ctx)
    if not agents:
        return ""
    stated = {a.get("power_of_attorney") for a in agents}
    attachments = ctx.data.get("attachments")
    if "missing" in stated:
        return "missing"
    if "enclosed" in stated or "power_of_attorney" in (attachments or ()):
        return "enclosed"
    if "on_file" in stated:
        return "on_file"
    return "not_listed" if isinstance(attachments, list) else ""


def _priority_accepted(code: str, on: dt.date) -> bool | None:
    """Whether ``code`` is a WTO member or a reciprocal country on ``on`` for art. 28 (the
    ROC itself counts, as a member's territory); None for a code the list does not know or
    a regional office (EP, WO), which is no one's nationality or domicile."""
    from checker.packs.patent.priority_countries import ACCEPTED, priority_country_status

    if code == "TW":
        return True
    try:
        status = priority_country_status(code, on)
    except ValueError:
        return None
    if status in ("unknown_code", "regional_office"):
        return None
    return status in ACCEPTED


def _barred_from_priority(ctx: FactContext) -> list[dict]:
    """Applicants whose nationality is neither a WTO member nor a reciprocal country on the
    filing date and who are not stated to have a domicile or business office in one (art.
    28(3)). An applicant whose nationality is not given, or not known to the list, is not
    counted; ROC nationals are not foreign applicants."""
    on = to_date(filing_date(ctx)) or ctx.as_of
    barred = []
    for a in _applicants(ctx):
        nationality = a.get("nationality")
        if not nationality or _priority_accepted(nationality, on) is not False:
            continue
        if a.get("domicile_in_roc") is True:
            continue
        domicile = a.get("domicile_country")
        if domicile and _priority_accepted(domicile, on) is not False:
            continue
        barred.append(a)
    return barred


@fact("applicants_barred_from_priority", "int")
def applicants_barred_from_priority(ctx: FactContext) -> int:
    """Applicants who, by nationality and stated domicile, may not claim priority under art.
    28(1), (3): nationals of a country that is neither a WTO member nor reciprocal on the filing
    date (by the shipped list, checker/packs/patent/data/priority_countries.yaml), with no
    domicile or business office stated in the ROC (`domicile_in_roc`) or in such a country
    (`domicile_country`)."""
    return len(_barred_from_priority(ctx))


@fact("applicants_barred_from_priority_names", "str")
def applicants_barred_from_priority_names(ctx: FactContext) -> str:
    """The names (and nationality) of applicants_barred_from_priority ("name (IR)", comma
    separated); "" if none."""
    return ", ".join(f"{a.get('name', '')} ({a.get('nationality')})" for a in _barred_from_priority(ctx))


@fact("agents_pointer", "str")
def agents_pointer(ctx: FactContext) -> str:
    """Where the agents are listed: "/agents" when the bundle has that list, else "/agent"."""
    return "/agents" if ctx.data.get("agents") else "/agent"


@fact("service_recipient", "str")
def service_recipient(ctx: FactContext) -> str:
    """The designated service recipient (應受送達人, `service_recipient`); "" when none."""
    value = ctx.data.get("service_recipient")
    return value.strip() if isinstance(value, str) else ""


@fact("service_recipient_is_applicant", "bool")
def service_recipient_is_applicant(ctx: FactContext) -> bool:
    """The designated service recipient is one of the applicants, by exact name; False when
    none is designated."""
    name = service_recipient(ctx)
    return bool(name) and any(str(a.get("name") or "").strip() == name for a in _applicants(ctx))


@fact("first_applicant_name", "str")
def first_applicant_name(ctx: FactContext) -> str:
    """The name of the first applicant listed (第一順序申請人); "" when there is none."""
    applicants = _applicants(ctx)
    return str(applicants[0].get("name") or "") if applicants else ""
