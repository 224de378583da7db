"""Statutory periods: when a period after an event ends, and when a patent term ends.

The rules (Patent Act art. 20; Civil Code arts. 120-122; Administrative Procedure Act
art. 48):

* the day of the event is not counted: the period starts the next day (起算日);
* a period of months or years ends the day before the day of the final month that
  corresponds to the 起算日, or on the last day of that month if it has no such day;
  a period of N days ends N days after the event;
* a last day on which government offices are closed moves to the next working day
  (a Saturday to the following Monday); a make-up working Saturday does not move;
* a patent *term* runs from the filing date itself and never moves: it is a fact, not
  a deadline.

Every result carries the steps that led to it, each citing its legal basis.
"""

from __future__ import annotations

import calendar as _gregorian
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Protocol


class WorkingDays(Protocol):
    """What a period needs from a calendar (see checker.office_calendar.OfficeCalendar)."""

    def why_closed(self, day: date) -> str | None: ...

    def is_verified(self, day: date) -> bool: ...


def _cite(law: str, article: int, paragraph: int | None = None) -> dict[str, Any]:
    return {"law": law, "article": article, "paragraph": paragraph, "subparagraph": None}


FIRST_DAY_NOT_COUNTED = (_cite("patent_act", 20, 1), _cite("civil_code", 120, 2))
MONTH_END_RULE = (_cite("civil_code", 121, 2), _cite("administrative_procedure_act", 48, 3))
DAYS_END_RULE = (_cite("civil_code", 121, 1),)
ROLL_FORWARD = (_cite("administrative_procedure_act", 48, 4), _cite("civil_code", 122))
TERM_FROM_FILING_DATE = (_cite("patent_act", 20, 2),)

_SATURDAY = 5
_MAX_CLOSED_RUN = 60  # no real closure is this long


@dataclass(frozen=True)
class Step:
    """One step of the computation: the date it concerns, why, and under which law."""

    date: date
    reason: str
    basis: tuple[dict[str, Any], ...]  # citations: {"law", "article", "paragraph", "subparagraph"}


@dataclass(frozen=True)
class Deadline:
    event: date
    period: str  # e.g. "12 months", "30 days"
    raw_end: date  # the last day by counting alone
    end: date  # the last day after moving off closed days
    steps: tuple[Step, ...]
    verified: bool  # False when a date examined lies outside the calendar's verified years
    warnings: tuple[str, ...] = ()

    @property
    def extended(self) -> bool:
        return self.end != self.raw_end


def _shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _corresponding_day(start: date, months: int) -> date | None:
    """The day of the final month matching ``start``'s day, None if the month is too short."""
    year, month = _shift_month(start.year, start.month, months)
    if start.day > _gregorian.monthrange(year, month)[1]:
        return None
    return date(year, month, start.day)


def _month_end(start: date, months: int) -> date:
    year, month = _shift_month(start.year, start.month, months)
    return date(year, month, _gregorian.monthrange(year, month)[1])


def _check_count(value: int, unit: str) -> None:
    if not isinstance(value, int) or value < 0:
        raise ValueError(f"{unit} must be a whole number >= 0, not {value!r}")


def add_months_civil(event: date, months: int) -> date:
    """The last day of a period of ``months`` months after ``event`` (Civil Code 121(2)).

    1 month after 2024-04-30 starts 05-01 and ends 05-31; 1 month after 2024-01-31 ends
    2024-02-29 (February has no 31st: the month's last day).
    """
    _check_count(months, "months")
    start = event + timedelta(days=1)  # the event day is not counted
    corresponding = _corresponding_day(start, months)
    if corresponding is None:
        return _month_end(start, months)
    return corresponding - timedelta(days=1)


def add_years_civil(event: date, years: int) -> date:
    _check_count(years, "years")
    return add_months_civil(event, 12 * years)


def add_days(event: date, days: int) -> date:
    """The last day of a period of ``days`` days after ``event``: event + days."""
    _check_count(days, "days")
    return event + timedelta(days=days)


def term_end(filing_date: date, years: int) -> date:
    """The last day of a patent term of ``years`` years (Patent Act art. 20(2)).

    The term counts the filing date itself, so it is the civil period whose uncounted
    "event" is the day before: it ends the day before the anniversary (filed 2005-09-13,
    20 years: 2025-09-12). Filed on 29 February, the anniversary in a common year does
    not exist and the term ends on the last day of February (Civil Code 121(2) by
    analogy): filed 2024-02-29, a 15-year term ends 2039-02-28. A term end never moves
    to a working day.
    """
    return add_years_civil(filing_date - timedelta(days=1), years)


def months_late(due: date, paid: date) -> int:
    """Months late, a part of a month counting as a whole one (Patent Act art. 94).

    0 when paid on or before ``due``. Month n of lateness ends on the civil last day of
    n months after ``due``: due 2024-01-31, paid 2024-02-29 is 1 month late, paid
    2024-03-01 is 2. Pass the due date as it stands after any roll-forward.
    """
    months = 0
    while paid > add_months_civil(due, months):
        months += 1
    return months


def on_time(act_date: date, deadline: Deadline | date) -> bool:
    end = deadline.end if isinstance(deadline, Deadline) else deadline
    return act_date <= end


def _plural(count: int, unit: str) -> str:
    return f"{count} {unit}" if count == 1 else f"{count} {unit}s"


def _describe(years: int, months: int, days: int) -> str:
    if days:
        return _plural(days, "day")
    parts = [_plural(years, "year")] if years else []
    if months or not years:
        parts.append(_plural(months, "month"))
    return " ".join(parts)


def _day(d: date) -> str:
    return f"{d.isoformat()} ({d:%a})"


def compute_deadline(
    event: date, *, months: int = 0, years: int = 0, days: int = 0, calendar: WorkingDays
) -> Deadline:
    """The last day to act in a period after ``event``, moved off closed days."""
    for value, unit in ((months, "months"), (years, "years"), (days, "days")):
        _check_count(value, unit)
    if days and (months or years):
        raise ValueError("a period is counted either in days or in months/years, not both")
    if not (days or months or years):
        raise ValueError("the period is empty: give months, years or days")

    period = _describe(years, months, days)
    start = event + timedelta(days=1)
    steps = [
        Step(
            start,
            f"The event is on {_day(event)}; that day is not counted, so the period of "
            f"{period} runs from {_day(start)} (起算日).",
            FIRST_DAY_NOT_COUNTED,
        )
    ]
    if days:
        raw_end = add_days(event, days)
        why = f"A period of {period} counted from {_day(start)} ends on {_day(raw_end)}."
        steps.append(Step(raw_end, why, DAYS_END_RULE))
    else:
        total = 12 * years + months
        raw_end = add_months_civil(event, total)
        corresponding = _corresponding_day(start, total)
        if corresponding is None:
            why = (
                f"The period of {period} counted from {_day(start)} reaches {raw_end:%Y-%m}, "
                f"which has no day {start.day}: it ends on that month's last day, {_day(raw_end)}."
            )
        else:
            why = (
                f"A period of {period} counted from {_day(start)} ends on the day before the "
                f"corresponding day {_day(corresponding)}: {_day(raw_end)}."
            )
        steps.append(Step(raw_end, why, MONTH_END_RULE))

    return _finish(event, period, raw_end, steps, calendar)


def given_deadline(last_day: date, *, calendar: WorkingDays, source: str,
                   basis: tuple[dict[str, Any], ...]) -> Deadline:
    """A period whose last day is given rather than counted (a period the office
    designates, 指定期間), moved off closed days as any last day is (Civil Code art. 122,
    APA art. 48(4)). ``source`` names where the day was given, e.g. a bundle field."""
    steps = [Step(last_day, f"The last day is given by the bundle ({source}): {_day(last_day)}.", basis)]
    return _finish(last_day, "designated", last_day, steps, calendar)


def _finish(event: date, period: str, raw_end: date, steps: list[Step], calendar: WorkingDays) -> Deadline:
    end, roll_steps = _roll_forward(raw_end, calendar)
    steps.extend(roll_steps)
    examined = [raw_end + timedelta(days=i) for i in range((end - raw_end).days + 1)]
    unverified = sorted({d.year for d in examined if not calendar.is_verified(d)})
    warnings = tuple(
        f"{year} is outside the years the office calendar was checked against the DGPA "
        "government office calendar (政府行政機關辦公日曆表): holidays come from the `holidays` "
        "package and make-up working days, bridge holidays or typhoon closures may be wrong "
        "or missing. Check the official calendar before relying on this date."
        for year in unverified
    )
    return Deadline(event, period, raw_end, end, tuple(steps), not unverified, warnings)


def _roll_forward(last_day: date, calendar: WorkingDays) -> tuple[date, list[Step]]:
    """Move a last day off closed days: Civil Code 122 and APA 48(4)."""
    reason = calendar.why_closed(last_day)
    if reason is None:
        if last_day.weekday() >= _SATURDAY:
            why = (
                f"{_day(last_day)} is a make-up working day (補行上班): offices are open, "
                "so the last day does not move."
            )
        else:
            why = f"{_day(last_day)} is a working day: the period ends on it."
        return last_day, [Step(last_day, why, ROLL_FORWARD)]

    # APA 48(4): a Saturday last day goes to the following Monday; any other closed day
    # to the next day. Either way, keep going while offices are still closed.
    saturday = last_day.weekday() == _SATURDAY
    moves_to = "the following Monday" if saturday else "the next day"
    why = f"{_day(last_day)} is not a working day ({reason}): the last day moves to {moves_to}."
    steps = [Step(last_day, why, ROLL_FORWARD)]
    day = last_day + timedelta(days=2 if saturday else 1)
    while (reason := calendar.why_closed(day)) is not None:
        why = f"{_day(day)} is not a working day either ({reason})."
        steps.append(Step(day, why, ROLL_FORWARD))
        day += timedelta(days=1)
        if (day - last_day).days > _MAX_CLOSED_RUN:  # a misconfigured calendar
            raise ValueError(f"no working day within {_MAX_CLOSED_RUN} days after {last_day}")
    why = f"{_day(day)} is the next working day: the period ends on it."
    if saturday and (day - last_day).days == 2:
        why += " (APA art. 48(4) literally says Monday morning, 上午: file before noon.)"
    steps.append(Step(day, why, ROLL_FORWARD))
    return day, steps


def next_working_day(day: date, calendar: WorkingDays) -> date:
    """``day`` itself when offices are open on it, else the working day it moves to under
    Civil Code art. 122 and APA art. 48(4): for a fixed due date (期日, e.g. an annuity due
    under Patent Act art. 93(1)) as for the last day of a period."""
    return _roll_forward(day, calendar)[0]
