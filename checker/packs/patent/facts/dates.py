"""Which date governs the bundle, and the filing date."""

from __future__ import annotations

from checker.packs.patent.facts.registry import FactContext, fact, ymd

# Procedures whose bundle is itself a new application (format 1: divisional and
# conversion carry the full application fields).
APPLICATION_LIKE = ("application", "divisional", "conversion")


@fact("procedure", "str")
def procedure(ctx: FactContext) -> str:
    """The procedure submitted: application, amendment, correction, divisional, ..."""
    return ctx.data["procedure"]


@fact("patent_type", "str")
def patent_type(ctx: FactContext) -> str:
    """invention, utility_model, design or derivative_design."""
    return ctx.data["patent_type"]


@fact("language", "str")
def language(ctx: FactContext) -> str:
    """Language of the texts as filed; zh-TW when the bundle does not say."""
    return ctx.data.get("language") or "zh-TW"


@fact("submitted_on", "date")
def submitted_on(ctx: FactContext) -> int:
    """The day of this submission as YYYYMMDD; 0 when the bundle does not give it."""
    return ymd(ctx.data.get("submitted_on"))


@fact("evaluation_date", "date")
def evaluation_date(ctx: FactContext) -> int:
    """The date the bundle is judged as of (--as-of, else submitted_on, else today), YYYYMMDD."""
    return int(ctx.as_of.strftime("%Y%m%d"))


@fact("governing_date", "date")
def governing_date(ctx: FactContext) -> int:
    """The date whose law applies (YYYYMMDD): the day of this submission (for an
    application, its filing date; for a procedure, the date of the act), else the
    evaluation date. Rules compare it with their in-force period."""
    return ymd(ctx.data.get("submitted_on")) or int(ctx.as_of.strftime("%Y%m%d"))


@fact("filing_date", "date")
def filing_date(ctx: FactContext) -> int:
    """The day this bundle's application is filed, YYYYMMDD: submitted_on for an
    application, divisional or conversion bundle, else the existing application's
    filed_on; 0 when unknown. (Which date the law deems the filing date of a divisional
    or conversion is for the rules to say: see application_filed_on.)"""
    if ctx.data["procedure"] in APPLICATION_LIKE:
        return ymd(ctx.data.get("submitted_on"))
    return ymd((ctx.data.get("application") or {}).get("filed_on"))


@fact("application_filed_on", "date")
def application_filed_on(ctx: FactContext) -> int:
    """The filing date of the existing application the bundle acts on or derives from
    (`application.filed_on`: the parent of a divisional, the original of a conversion),
    YYYYMMDD; 0 when not given."""
    return ymd((ctx.data.get("application") or {}).get("filed_on"))
