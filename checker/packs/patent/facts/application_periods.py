"""What a bundle records about the application-stage acts with time limits: the Chinese
translation of a foreign-language filing (arts. 25(3)-(4), 106(3)-(4), 125(3)-(4)), the
deposit of biological material (art. 27), domestic priority (art. 30) and same-day filing
(art. 32). Plain readings of the bundle; the periods are in periods.yaml and what the law
requires is in the rules."""

from __future__ import annotations

from checker.core.dates import to_date
from checker.packs.patent.facts.registry import REGISTRY, FactContext, fact, ymd

# --- Chinese translation -------------------------------------------------------------------


def _foreign_language(ctx: FactContext) -> bool:
    return (ctx.data.get("language") or "zh-TW") != "zh-TW"


def _translation(ctx: FactContext) -> dict:
    return ctx.data.get("translation") or {}


@fact("translation_submitted_on", "date")
def translation_submitted_on(ctx: FactContext) -> int:
    """The day the Chinese translation (中文本) was submitted, `translation.submitted_on`,
    YYYYMMDD; 0 when not recorded."""
    return ymd(_translation(ctx).get("submitted_on"))


@fact("translation_default_period_start", "date")
def translation_default_period_start(ctx: FactContext) -> int:
    """The filing date of a foreign-language filing whose bundle does not give the period
    the office designated for the translation (`translation.period_ends`), YYYYMMDD; 0 for a
    Chinese filing or when the period is given. It starts the assumed translation period."""
    if not _foreign_language(ctx) or _translation(ctx).get("period_ends"):
        return 0
    return ctx.fact("filing_date")


@fact("translation_period_ends", "date")
def translation_period_ends(ctx: FactContext) -> int:
    """The last day of the period the office designated for the Chinese translation of a
    foreign-language filing (`translation.period_ends`) as given, YYYYMMDD; 0 for a Chinese
    filing or when not given. It gives the end of the period `translation_designated`
    (periods.yaml), whose facts translation_designated_deadline (moved off a closed day) and
    translation_designated_status the rules judge."""
    given = _translation(ctx).get("period_ends")
    return ymd(given) if _foreign_language(ctx) and given else 0


# --- biological material (art. 27) -----------------------------------------------------------


def _biological(ctx: FactContext) -> dict:
    return ctx.data.get("biological_material") or {}


def _deposits(ctx: FactContext, location: str | None = None) -> list[dict]:
    return [d for d in _biological(ctx).get("deposits") or [] if location is None or d.get("location") == location]


@fact("biological_material_involved", "bool")
def biological_material_involved(ctx: FactContext) -> bool:
    """The bundle says the invention involves biological material (`biological_material.involved`)."""
    return _biological(ctx).get("involved") is True


@fact("biological_material_readily_available", "bool")
def biological_material_readily_available(ctx: FactContext) -> bool:
    """The bundle says the material is readily available to a person skilled in the art
    (`biological_material.readily_available`)."""
    return _biological(ctx).get("readily_available") is True


@fact("deposit_count", "int")
def deposit_count(ctx: FactContext) -> int:
    """Number of deposits of biological material listed."""
    return len(_deposits(ctx))


def _earliest(ctx: FactContext, location: str) -> int:
    return min((ymd(d["deposited_on"]) for d in _deposits(ctx, location) if d.get("deposited_on")), default=0)


@fact("domestic_deposit_date", "date")
def domestic_deposit_date(ctx: FactContext) -> int:
    """The earliest `deposited_on` of the deposits at a domestic institution, YYYYMMDD; 0 if none."""
    return _earliest(ctx, "domestic")


@fact("foreign_recognized_deposit_date", "date")
def foreign_recognized_deposit_date(ctx: FactContext) -> int:
    """The earliest `deposited_on` of the deposits at a foreign institution recognised by
    the office (`foreign_recognized`), YYYYMMDD; 0 if none."""
    return _earliest(ctx, "foreign_recognized")


@fact("reciprocal_deposit_date", "date")
def reciprocal_deposit_date(ctx: FactContext) -> int:
    """The earliest `deposited_on` of the deposits in a country with reciprocal recognition
    of deposits (`reciprocal_foreign`), YYYYMMDD; 0 if none."""
    return _earliest(ctx, "reciprocal_foreign")


@fact("deposits_without_date", "int")
def deposits_without_date(ctx: FactContext) -> int:
    """Deposits listed without a `deposited_on` date."""
    return sum(1 for d in _deposits(ctx) if not d.get("deposited_on"))


@fact("deposit_certificates_missing", "int")
def deposit_certificates_missing(ctx: FactContext) -> int:
    """Deposits with no `certificate_submitted_on` date recorded."""
    return sum(1 for d in _deposits(ctx) if not d.get("certificate_submitted_on"))


@fact("deposit_certificates_submitted_on", "date")
def deposit_certificates_submitted_on(ctx: FactContext) -> int:
    """The day the last deposit certificate was submitted, once every deposit has one
    recorded, YYYYMMDD; 0 while any is missing or none is listed."""
    deposits = _deposits(ctx)
    if not deposits or deposit_certificates_missing(ctx):
        return 0
    return max(ymd(d["certificate_submitted_on"]) for d in deposits)


@fact("deposit_certificate_from_filing", "date")
def deposit_certificate_from_filing(ctx: FactContext) -> int:
    """The filing date, when deposits are listed and no dated foreign (art. 28) priority is
    claimed, YYYYMMDD; else 0. It starts the certificate period counted from the filing
    date (art. 27(2)); with a foreign priority art. 27(3) counts from the priority date."""
    if not _biological(ctx).get("involved") or not _deposits(ctx) or ctx.fact("earliest_foreign_priority_date"):
        return 0
    return ctx.fact("filing_date")


@fact("deposit_certificate_from_priority", "date")
def deposit_certificate_from_priority(ctx: FactContext) -> int:
    """The earliest foreign (art. 28) priority date, when deposits are listed, YYYYMMDD;
    else 0. It starts the certificate period of art. 27(3)."""
    if not _biological(ctx).get("involved") or not _deposits(ctx):
        return 0
    return ctx.fact("earliest_foreign_priority_date")


# --- domestic priority (art. 30) -------------------------------------------------------------


def _domestic_claims(ctx: FactContext) -> list[dict]:
    return [c for c in ctx.data.get("priority_claims") or [] if c.get("type") == "domestic"]


@fact("domestic_priority_count", "int")
def domestic_priority_count(ctx: FactContext) -> int:
    """Number of domestic priority claims (art. 30)."""
    return len(_domestic_claims(ctx))


@fact("earliest_domestic_priority_date", "date")
def earliest_domestic_priority_date(ctx: FactContext) -> int:
    """The earliest filing date among the earlier ROC applications of the domestic priority
    claims declared at filing, YYYYMMDD; 0 when there is none or none gives its date (a claim
    with `declared_at_filing: false` starts no period: art. 30(7) has no restoration)."""
    return min(
        (
            ymd(c["filing_date"])
            for c in _domestic_claims(ctx)
            if c.get("filing_date") and c.get("declared_at_filing") is not False
        ),
        default=0,
    )


@REGISTRY.item_kind(
    "priority_claims",
    {
        "position": "int",
        "domestic": "bool",
        "earlier_already_claimed_priority": "bool",
        "earlier_is_divisional_or_conversion": "bool",
        "earlier_status": "str",
        "declaration_incomplete": "bool",
        "country": "str",
        "country_status": "str",
    },
    labels={"zh-TW": "優先權主張", "en": "priority claim"},
)
def priority_claim_items(ctx: FactContext) -> list[dict]:
    """Every entry of `priority_claims`, at `/priority_claims/<index>`: its ``position``
    (1-based, as messages name it); ``domestic`` (`type: domestic`, art. 30); what the bundle
    says of the earlier application: ``earlier_already_claimed_priority``,
    ``earlier_is_divisional_or_conversion`` (true only when stated true) and
    ``earlier_status`` ("" when not stated); ``declaration_incomplete``: not declared at
    filing (`declared_at_filing: false`) or declared without the earlier filing date or
    application number."""
    items = []
    for index, claim in enumerate(ctx.data.get("priority_claims") or []):
        items.append(
            {
                "pointer": f"/priority_claims/{index}",
                "position": index + 1,
                "domestic": claim.get("type") == "domestic",
                "earlier_already_claimed_priority": claim.get("earlier_already_claimed_priority") is True,
                "earlier_is_divisional_or_conversion": claim.get("earlier_is_divisional_or_conversion") is True,
                "earlier_status": str(claim.get("earlier_status") or ""),
                "declaration_incomplete": (
                    claim.get("declared_at_filing") is False
                    or not claim.get("filing_date")
                    or claim.get("application_number") in (None, "")
                ),
                "country": str(claim.get("country") or ""),
                "country_status": _country_status(claim),
            }
        )
    return items


def _country_status(claim: dict) -> str:
    """What the shipped country list says of a foreign claim's first filing ("" when unknown)."""
    from checker.packs.patent.priority_countries import priority_country_status

    if claim.get("type", "foreign") != "foreign" or not claim.get("country"):
        return ""
    try:
        first_filed_on = to_date(claim.get("filing_date"))
    except ValueError:  # the schema reports a malformed date
        return ""
    return str(priority_country_status(str(claim["country"]), first_filed_on)) if first_filed_on else ""


# --- same-day filing (art. 32) ---------------------------------------------------------------


@fact("same_day_other_type", "str")
def same_day_other_type(ctx: FactContext) -> str:
    """`same_day_filing.other_type`: the type of the application for the same creation
    filed the same day (invention or utility_model); "" when no same-day filing is recorded."""
    return (ctx.data.get("same_day_filing") or {}).get("other_type") or ""


@fact("same_day_declared", "bool")
def same_day_declared(ctx: FactContext) -> bool:
    """`same_day_filing.declared`: the same-day filing was declared in each application."""
    return (ctx.data.get("same_day_filing") or {}).get("declared") is True


# --- restoration of priority (art. 29(4)) ----------------------------------------------------


def _foreign(ctx: FactContext) -> list[dict]:
    return [c for c in ctx.data.get("priority_claims") or [] if c.get("type", "foreign") == "foreign"]


def _undeclared_foreign(ctx: FactContext) -> list[dict]:
    return [c for c in _foreign(ctx) if c.get("declared_at_filing") is False]


@fact("undeclared_foreign_priority_count", "int")
def undeclared_foreign_priority_count(ctx: FactContext) -> int:
    """Foreign priority claims not declared at filing (`declared_at_filing: false`)."""
    return len(_undeclared_foreign(ctx))


@fact("priority_restoration_from", "date")
def priority_restoration_from(ctx: FactContext) -> int:
    """The earliest first-filing date among all foreign priority claims, when one of them
    was not declared at filing, YYYYMMDD; else 0. It starts the period to request
    restoration of the priority claim (art. 29(4))."""
    if not _undeclared_foreign(ctx):
        return 0
    return min((ymd(c["filing_date"]) for c in _foreign(ctx) if c.get("filing_date")), default=0)


@fact("priority_restorations_requested_on", "date")
def priority_restorations_requested_on(ctx: FactContext) -> int:
    """The day the last restoration was requested (`restoration_requested_on`), once every
    foreign claim not declared at filing has one recorded, YYYYMMDD; 0 while any is missing."""
    claims = _undeclared_foreign(ctx)
    if not claims or any(not c.get("restoration_requested_on") for c in claims):
        return 0
    return max(ymd(c["restoration_requested_on"]) for c in claims)


@fact("restored_fully_declared_claims", "int")
def restored_fully_declared_claims(ctx: FactContext) -> int:
    """Foreign claims that record a restoration request although they were declared at
    filing with their first filing's date and country: the only ground on which such a
    claim is deemed not claimed is a missed certified copy (art. 29(2)-(3))."""
    return sum(
        1
        for c in _foreign(ctx)
        if c.get("restoration_requested_on")
        and c.get("declared_at_filing") is not False
        and c.get("filing_date")
        and c.get("country")
    )


# --- reinstatement after a missed statutory period (art. 17(2)-(4)) ---------------------------


def _reinstatement(ctx: FactContext) -> dict:
    return ctx.data.get("reinstatement") or {}


@fact("reinstatement_missed_provision", "str")
def reinstatement_missed_provision(ctx: FactContext) -> str:
    """`reinstatement.missed_provision`: the provision of the missed period, e.g. "29(4)";
    "" when no reinstatement is requested or it is not given."""
    return _reinstatement(ctx).get("missed_provision") or ""


@fact("reinstatement_missed_deadline", "date")
def reinstatement_missed_deadline(ctx: FactContext) -> int:
    """`reinstatement.missed_deadline`, the last day of the missed period, YYYYMMDD; 0 if not given."""
    return ymd(_reinstatement(ctx).get("missed_deadline"))


@fact("reinstatement_cause_ended_on", "date")
def reinstatement_cause_ended_on(ctx: FactContext) -> int:
    """`reinstatement.cause_ended_on`, the day the cause of the delay ended, YYYYMMDD; 0 if not given."""
    return ymd(_reinstatement(ctx).get("cause_ended_on"))


@fact("reinstatement_requested_on", "date")
def reinstatement_requested_on(ctx: FactContext) -> int:
    """`reinstatement.requested_on`, the day reinstatement was requested, YYYYMMDD; 0 if not recorded."""
    return ymd(_reinstatement(ctx).get("requested_on"))


@fact("reinstatement_act_completed", "bool")
def reinstatement_act_completed(ctx: FactContext) -> bool:
    """`reinstatement.act_completed`: the missed act was completed with the request."""
    return _reinstatement(ctx).get("act_completed") is True
