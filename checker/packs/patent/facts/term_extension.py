"""A request to extend an invention patent's term (Patent Act arts. 53-57): the dates and
days the bundle gives, and term arithmetic under art. 20(2) (a term counts the filing
date itself; checker.timing.periods.term_end). What the law allows is for the rules in
art053-term-extension.yaml."""

from __future__ import annotations

import calendar as _gregorian
import datetime as dt

from checker.timing.periods import term_end
from checker.packs.patent.facts.registry import FactContext, fact, ymd
from checker.core.dates import to_date


def _request(ctx: FactContext) -> dict:
    if ctx.data["procedure"] != "term_extension":
        return {}
    return ctx.data.get("term_extension") or {}


def _date(value: int) -> dt.date:
    day = to_date(value)
    assert day is not None  # callers pass a known date
    return day


_ymd = ymd


@fact("first_license_on", "date")
def first_license_on(ctx: FactContext) -> int:
    """For a term_extension bundle: the day the first regulatory license was obtained
    (`term_extension.first_license_on`), YYYYMMDD; 0 otherwise."""
    return ymd(_request(ctx).get("first_license_on"))


@fact("license_not_first", "bool")
def license_not_first(ctx: FactContext) -> bool:
    """For a term_extension bundle: True when it says the license is not the first one
    (`term_extension.license_is_first: false`); False when it is, or not said."""
    return _request(ctx).get("license_is_first") is False


@fact("term_extension_product", "str")
def term_extension_product(ctx: FactContext) -> str:
    """The licensed product (`term_extension.product`): drug, pesticide or veterinary_drug; "" if not given."""
    return _request(ctx).get("product") or ""


@fact("term_extension_requested_days", "int")
def term_extension_requested_days(ctx: FactContext) -> int:
    """Days of extension requested (`term_extension.requested_days`); 0 when not given."""
    return _request(ctx).get("requested_days") or 0


@fact("term_extension_regulatory_days", "int")
def term_extension_regulatory_days(ctx: FactContext) -> int:
    """Days the invention could not be practised while the license was obtained
    (`term_extension.regulatory_days`); -1 when not given."""
    days = _request(ctx).get("regulatory_days")
    return -1 if days is None else days


@fact("patent_published_on", "date")
def patent_published_on(ctx: FactContext) -> int:
    """The publication (公告) of the existing application or patent (`application.published_on`),
    YYYYMMDD; 0 when not given."""
    return ymd((ctx.data.get("application") or {}).get("published_on"))


@fact("twenty_year_term_ends_on", "date")
def twenty_year_term_ends_on(ctx: FactContext) -> int:
    """The last day of a term of 20 years from the existing application's filing date,
    counting that day itself (art. 20(2): filed 2005-09-13, it ends 2025-09-12), YYYYMMDD;
    0 when the filing date is not given."""
    filed = ymd((ctx.data.get("application") or {}).get("filed_on"))
    return _ymd(term_end(_date(filed), 20)) if filed else 0


@fact("term_ends_on", "date")
def term_ends_on(ctx: FactContext) -> int:
    """For a term_extension bundle: the day the term ends as the bundle gives it
    (`term_extension.term_ends_on`), else twenty_year_term_ends_on; 0 when neither is known."""
    if not _request(ctx):
        return 0
    return ymd(_request(ctx).get("term_ends_on")) or twenty_year_term_ends_on(ctx)


@fact("term_last_six_months_start", "date")
def term_last_six_months_start(ctx: FactContext) -> int:
    """The first day of the last 6 months of the term (term_ends_on): the day whose 6-month
    period ends on the term's last day (Civil Code art. 121(2) counted back): a term ending
    2025-09-12 has its last 6 months from 2025-03-13. When that month has no such day, the
    first day of the next month (term ending 2025-08-30: from 2025-03-01; the later of the
    two candidates, so no request is reported barred on a doubtful day). 0 when unknown."""
    end = term_ends_on(ctx)
    if not end:
        return 0
    after = _date(end) + dt.timedelta(days=1)
    index = after.year * 12 + after.month - 1 - 6
    year, month = index // 12, index % 12 + 1
    if after.day <= _gregorian.monthrange(year, month)[1]:
        return _ymd(dt.date(year, month, after.day))
    year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    return _ymd(dt.date(year, month, 1))


@fact("extended_term_ends_on", "date")
def extended_term_ends_on(ctx: FactContext) -> int:
    """term_ends_on plus term_extension_requested_days, YYYYMMDD; 0 when either is unknown;
    99991231 when the sum passes the calendar's end (an absurd request still gets judged)."""
    end, days = term_ends_on(ctx), term_extension_requested_days(ctx)
    if not (end and days):
        return 0
    try:
        return _ymd(_date(end) + dt.timedelta(days=days))
    except OverflowError:
        return 99991231


@fact("term_ends_plus_five_years", "date")
def term_ends_plus_five_years(ctx: FactContext) -> int:
    """The day 5 civil years after term_ends_on (2025-09-12 → 2030-09-12; 29 February →
    28 February), YYYYMMDD; 0 when unknown. The cap of art. 53(2) is compared with it."""
    end = term_ends_on(ctx)
    if not end:
        return 0
    day = _date(end)
    last = _gregorian.monthrange(day.year + 5, day.month)[1]
    return _ymd(dt.date(day.year + 5, day.month, min(day.day, last)))
