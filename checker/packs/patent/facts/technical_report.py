"""A request for a utility-model technical report (Patent Act art. 115): what the bundle's
`technical_report` says. Whether the utility model was published when the request is
made reads `patent_published_on` and `application_status`; the rules are in
art115-technical-report.yaml."""

from __future__ import annotations

from checker.packs.patent.facts.registry import FactContext, fact


def _request(ctx: FactContext) -> dict:
    if ctx.data["procedure"] != "technical_report":
        return {}
    return ctx.data.get("technical_report") or {}


@fact("technical_report_withdrawal", "bool")
def technical_report_withdrawal(ctx: FactContext) -> bool:
    """For a technical_report bundle: it withdraws an earlier request
    (`technical_report.withdrawal: true`); False otherwise."""
    return _request(ctx).get("withdrawal") is True


@fact("technical_report_commercial_use_stated", "bool")
def technical_report_commercial_use_stated(ctx: FactContext) -> bool:
    """For a technical_report bundle: the request states that someone other than the
    patentee exploits the utility model commercially (`commercial_use_by_others: true`)."""
    return _request(ctx).get("commercial_use_by_others") is True


@fact("technical_report_commercial_use_evidence", "bool")
def technical_report_commercial_use_evidence(ctx: FactContext) -> bool:
    """For a technical_report bundle: evidence of that commercial exploitation is enclosed
    (`commercial_use_evidence: true`)."""
    return _request(ctx).get("commercial_use_evidence") is True
