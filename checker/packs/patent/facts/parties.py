"""Applicants and agent (arts. 5-12)."""

from __future__ import annotations

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


@fact("has_agent", "bool")
def has_agent(ctx: FactContext) -> bool:
    """An agent (代理人) is appointed."""
    agent = ctx.data.get("agent")
    return isinstance(agent, dict) and not blank(agent.get("name"))


@fact("agent_qualification", "str")
def agent_qualification(ctx: FactContext) -> str:
    """The agent's stated qualification (patent_attorney, attorney_at_law, patent_agent,
    other); "" when there is no agent or it is not stated."""
    agent = ctx.data.get("agent") or {}
    return str(agent.get("qualification") or "")
