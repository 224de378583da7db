"""Dates that start statutory periods, and the acts those periods limit (arts. 22, 28-29,
34, 38, 48). Each is a plain reading of the bundle; the periods are in the rule packs."""

from __future__ import annotations

from checker.packs.patent.facts.registry import FACTS, FactContext, fact, ymd


def _foreign_claims(ctx: FactContext) -> list[dict]:
    return [c for c in ctx.data.get("priority_claims") or [] if c.get("type", "foreign") == "foreign"]


def _claimed_foreign(ctx: FactContext) -> list[dict]:
    """Foreign claims declared at filing, or not declared but with restoration requested
    (art. 29(4)): an undeclared claim starts no priority or certified-copy period of its own."""
    return [
        c for c in _foreign_claims(ctx) if c.get("declared_at_filing") is not False or c.get("restoration_requested_on")
    ]


def _events(ctx: FactContext, kind: str) -> list[dict]:
    events = (ctx.data.get("application") or {}).get("events") or []
    return [e for e in events if e.get("type") == kind and e.get("on")]


@fact("foreign_priority_count", "int")
def foreign_priority_count(ctx: FactContext) -> int:
    """Number of foreign priority claims (art. 28)."""
    return len(_foreign_claims(ctx))


@fact("earliest_foreign_priority_date", "date")
def earliest_foreign_priority_date(ctx: FactContext) -> int:
    """The earliest first-filing date among the foreign priority claims declared at filing
    (or, if not, whose restoration is requested), YYYYMMDD; 0 when there is none or no
    claim gives its date."""
    dates = [ymd(c.get("filing_date")) for c in _claimed_foreign(ctx) if c.get("filing_date")]
    return min(dates, default=0)


@fact("certified_copies_missing", "int")
def certified_copies_missing(ctx: FactContext) -> int:
    """Foreign priority claims (declared at filing, or whose restoration is requested) with
    no `certified_copy_submitted_on` date recorded."""
    return sum(1 for c in _claimed_foreign(ctx) if not c.get("certified_copy_submitted_on"))


@fact("certified_copies_submitted_on", "date")
def certified_copies_submitted_on(ctx: FactContext) -> int:
    """The day the last certified copy of the priority documents was submitted, once every
    foreign claim (declared at filing, or whose restoration is requested) has one recorded,
    YYYYMMDD; 0 while any is missing."""
    claims = _claimed_foreign(ctx)
    if not claims or certified_copies_missing(ctx):
        return 0
    return max(ymd(c["certified_copy_submitted_on"]) for c in claims)


@fact("grace_disclosure_count", "int")
def grace_disclosure_count(ctx: FactContext) -> int:
    """Number of disclosures listed under `grace_period`."""
    return len(ctx.data.get("grace_period") or [])


@fact("earliest_disclosure_date", "date")
def earliest_disclosure_date(ctx: FactContext) -> int:
    """The earliest `disclosed_on` among the grace-period disclosures, YYYYMMDD; 0 if none."""
    dates = [ymd(d.get("disclosed_on")) for d in ctx.data.get("grace_period") or [] if d.get("disclosed_on")]
    return min(dates, default=0)


@fact("allowance_served_on", "date")
def allowance_served_on(ctx: FactContext) -> int:
    """The latest service of an allowance (核准審定書送達) on the existing application,
    YYYYMMDD; 0 if none is recorded."""
    return max((ymd(e["on"]) for e in _events(ctx, "allowance_served")), default=0)


@fact("allowance_after_re_examination", "bool")
def allowance_after_re_examination(ctx: FactContext) -> bool:
    """The latest recorded allowance was decided on re-examination (`after_re_examination`)."""
    events = sorted(_events(ctx, "allowance_served"), key=lambda e: e["on"])
    return bool(events and events[-1].get("after_re_examination"))


@fact("rejection_served_on", "date")
def rejection_served_on(ctx: FactContext) -> int:
    """The latest service of a rejection (不予專利審定書送達), YYYYMMDD; 0 if none."""
    return max((ymd(e["on"]) for e in _events(ctx, "rejection_served")), default=0)


@fact("examination_requested_on", "date")
def examination_requested_on(ctx: FactContext) -> int:
    """When substantive examination was requested: a recorded `examination_requested`
    event, or this bundle's submitted_on when the bundle is that request; 0 otherwise."""
    recorded = min((ymd(e["on"]) for e in _events(ctx, "examination_requested")), default=0)
    if recorded:
        return recorded
    if ctx.data["procedure"] == "examination_request":
        return ymd(ctx.data.get("submitted_on"))
    return 0


def _undeclared(ctx: FactContext, kind: str) -> int:
    return sum(
        1 for d in ctx.data.get("grace_period") or [] if d.get("type") == kind and d.get("declared_at_filing") is False
    )


def _unstated(ctx: FactContext, kinds: tuple[str, ...]) -> int:
    return sum(
        1 for d in ctx.data.get("grace_period") or [] if d.get("type") in kinds and d.get("declared_at_filing") is None
    )


@fact("unstated_declaration_count", "int")
def unstated_declaration_count(ctx: FactContext) -> int:
    """Grace-period disclosures by experiment, publication or exhibition whose
    `declared_at_filing` is not stated."""
    return _unstated(ctx, ("experiment", "publication", "exhibition"))


@fact("experiment_disclosure_count", "int")
def experiment_disclosure_count(ctx: FactContext) -> int:
    """Grace-period disclosures of type `experiment`, declared or not."""
    return sum(1 for d in ctx.data.get("grace_period") or [] if d.get("type") == "experiment")


@fact("undeclared_experiment_count", "int")
def undeclared_experiment_count(ctx: FactContext) -> int:
    """Grace-period disclosures of type `experiment` with `declared_at_filing: false`."""
    return _undeclared(ctx, "experiment")


@fact("undeclared_publication_count", "int")
def undeclared_publication_count(ctx: FactContext) -> int:
    """Grace-period disclosures of type `publication` with `declared_at_filing: false`."""
    return _undeclared(ctx, "publication")


@fact("undeclared_exhibition_count", "int")
def undeclared_exhibition_count(ctx: FactContext) -> int:
    """Grace-period disclosures of type `exhibition` with `declared_at_filing: false`."""
    return _undeclared(ctx, "exhibition")


def _count_missing(ctx: FactContext, key: str) -> int:
    return sum(1 for c in _foreign_claims(ctx) if c.get(key) in (None, ""))


@fact("priority_claims_without_date", "int")
def priority_claims_without_date(ctx: FactContext) -> int:
    """Foreign priority claims that do not give the first filing's date."""
    return _count_missing(ctx, "filing_date")


@fact("priority_claims_without_country", "int")
def priority_claims_without_country(ctx: FactContext) -> int:
    """Foreign priority claims that do not give the country (or office) of first filing."""
    return _count_missing(ctx, "country")


@fact("priority_claims_without_number", "int")
def priority_claims_without_number(ctx: FactContext) -> int:
    """Foreign priority claims that do not give the first filing's application number."""
    return _count_missing(ctx, "application_number")


# --- examination request of a divisional or a conversion (art. 38(2)) ------------------------


@fact("original_filing_date", "date")
def original_filing_date(ctx: FactContext) -> int:
    """The filing date of the original application, YYYYMMDD: for a divisional or
    conversion bundle its parent's or original's `application.filed_on` (the date arts.
    34(3) and 108(1) give the new application), else filing_date; 0 when unknown."""
    if ctx.data["procedure"] in ("divisional", "conversion"):
        return ymd((ctx.data.get("application") or {}).get("filed_on"))
    return ctx.fact("filing_date")


@fact("divisional_or_conversion_filed_on", "date")
def divisional_or_conversion_filed_on(ctx: FactContext) -> int:
    """The day the application was actually filed as a divisional (分割) or a conversion
    (改請), YYYYMMDD: a divisional or conversion bundle's own submitted_on, else
    `application.divisional_or_conversion_filed_on` of the application the bundle acts on;
    0 when the bundle does not say the application is one."""
    if ctx.data["procedure"] in ("divisional", "conversion"):
        return ymd(ctx.data.get("submitted_on"))
    return ymd((ctx.data.get("application") or {}).get("divisional_or_conversion_filed_on"))


@fact("divisional_or_conversion_filed_after_examination_period", "date")
def divisional_or_conversion_filed_after_examination_period(ctx: FactContext) -> int:
    """divisional_or_conversion_filed_on when that day is after the last day of the period
    counted from the original filing date (examination_request_deadline), YYYYMMDD; else 0.
    It starts the period of art. 38(2) (periods.yaml: examination_request_after_filing)."""
    filed = ctx.fact("divisional_or_conversion_filed_on")
    # The period is declared by a rule pack (periods.yaml); with no pack loaded it has no facts.
    if "examination_request_deadline" not in FACTS:
        return 0
    deadline = ctx.fact("examination_request_deadline")
    return filed if filed and deadline and filed > deadline else 0
