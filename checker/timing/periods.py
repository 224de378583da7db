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
import datetime as dt  # dt.date where a field named date hides the class
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, NamedTuple, Protocol

from checker.timing.office_calendar import Closure


class WorkingDays(Protocol):
    """What a period needs from a calendar (see checker.timing.office_calendar.OfficeCalendar)."""

    def closure(self, day: date) -> Closure | None: ...

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


class Length(NamedTuple):
    """A period's length: either days, or years and months."""

    years: int = 0
    months: int = 0
    days: int = 0

    def text(self, lang: str = "en") -> str:
        """ "3 years", "1 year 2 months", "30 days"; 「3年」「1年2個月」「30日」."""
        if lang == "zh-TW":
            if self.days:
                return f"{self.days}日"
            return (f"{self.years}年" if self.years else "") + (
                f"{self.months}個月" if self.months or not self.years else ""
            )
        if self.days:
            return _plural(self.days, "day")
        parts = [_plural(self.years, "year")] if self.years else []
        if self.months or not self.years:
            parts.append(_plural(self.months, "month"))
        return " ".join(parts)


STEP_KINDS = (
    "start",
    "month_end",
    "days_end",
    "given",
    "working_day",
    "makeup_working_day",
    "closed",
    "still_closed",
    "next_working_day",
)


@dataclass(frozen=True)
class Step:
    """One step of the computation: what happened on ``date`` and under which law.

    A step records facts only; ``text(lang)`` words them. By ``kind``:

    * ``start``: ``event`` is not counted, the period of ``length`` starts on ``date`` (起算日);
    * ``month_end``: a period of ``length`` from ``start`` ends on ``date``, the day before
      ``corresponding``, or, when ``corresponding`` is None (the final month has no such
      day), on that month's last day;
    * ``days_end``: a period of ``length`` days from ``start`` ends on ``date``;
    * ``given``: the last day ``date`` is given by the bundle field ``source``;
    * ``working_day`` / ``makeup_working_day``: the last day ``date`` is a working day (a
      make-up working weekend day, 補行上班): it does not move;
    * ``closed``: the last day ``date`` is closed for ``closure``; it moves to the next day,
      or to the following Monday when ``to_monday`` (a Saturday);
    * ``still_closed``: ``date``, reached while moving, is closed too;
    * ``next_working_day``: the period ends on ``date``; ``monday_morning`` when it is the
      Monday a Saturday moved to (APA art. 48(4) says Monday morning).
    """

    kind: str
    date: date
    basis: tuple[dict[str, Any], ...]  # citations: {"law", "article", "paragraph", "subparagraph"}
    event: dt.date | None = None
    start: dt.date | None = None
    length: Length | None = None
    corresponding: dt.date | None = None
    source: str = ""
    closure: Closure | None = None
    to_monday: bool = False
    monday_morning: bool = False

    def __post_init__(self) -> None:
        if self.kind not in STEP_KINDS:
            raise ValueError(f"unknown step kind {self.kind!r}")

    @property
    def reason(self) -> str:
        """The step in English (the text this field always held)."""
        return self.text("en")

    def text(self, lang: str = "en") -> str:
        """The step as a sentence in ``lang`` ("zh-TW" or "en"); dates stay ISO."""
        render = _ZH if lang == "zh-TW" else _EN
        return render[self.kind](self, lambda d: _day(d, lang))


def _length(step: Step, lang: str) -> str:
    return step.length.text(lang) if step.length else ""


_EN = {
    "start": lambda s, day: (
        f"The event is on {day(s.event)}; that day is not counted, so the period of "
        f"{_length(s, 'en')} runs from {day(s.date)} (起算日)."
    ),
    "month_end": lambda s, day: (
        f"A period of {_length(s, 'en')} counted from {day(s.start)} ends on the day before the "
        f"corresponding day {day(s.corresponding)}: {day(s.date)}."
        if s.corresponding
        else f"The period of {_length(s, 'en')} counted from {day(s.start)} reaches {s.date:%Y-%m}, "
        f"which has no day {s.start.day}: it ends on that month's last day, {day(s.date)}."
    ),
    "days_end": lambda s, day: f"A period of {_length(s, 'en')} counted from {day(s.start)} ends on {day(s.date)}.",
    "given": lambda s, day: f"The last day is given by the bundle ({s.source}): {day(s.date)}.",
    "working_day": lambda s, day: f"{day(s.date)} is a working day: the period ends on it.",
    "makeup_working_day": lambda s, day: (
        f"{day(s.date)} is a make-up working day (補行上班): offices are open, so the last day does not move."
    ),
    "closed": lambda s, day: (
        f"{day(s.date)} is not a working day ({s.closure.en}): the last day moves to "
        f"{'the following Monday' if s.to_monday else 'the next day'}."
    ),
    "still_closed": lambda s, day: f"{day(s.date)} is not a working day either ({s.closure.en}).",
    "next_working_day": lambda s, day: (
        f"{day(s.date)} is the next working day: the period ends on it."
        + (" (APA art. 48(4) literally says Monday morning, 上午: file before noon.)" if s.monday_morning else "")
    ),
}

_ZH = {
    "start": lambda s, day: f"事實發生日 {day(s.event)}不算入，{_length(s, 'zh-TW')}期間自 {day(s.date)}起算。",
    "month_end": lambda s, day: (
        f"{_length(s, 'zh-TW')}期間自 {day(s.start)}起算，至相當日 {s.corresponding.isoformat()} "
        f"之前一日 {day(s.date)}屆滿。"
        if s.corresponding
        else f"{_length(s, 'zh-TW')}期間自 {day(s.start)}起算，最後之月 {s.date:%Y-%m} 無相當日"
        f"（{s.start.day}日），以該月末日 {day(s.date)}為期間末日。"
    ),
    "days_end": lambda s, day: f"{_length(s, 'zh-TW')}期間自 {day(s.start)}起算，至 {day(s.date)}屆滿。",
    "given": lambda s, day: f"期間末日由案卷指定（{s.source}）：{day(s.date)}。",
    "working_day": lambda s, day: f"{day(s.date)}為工作日，期間於該日屆滿。",
    "makeup_working_day": lambda s, day: f"{day(s.date)}為補行上班日，機關照常上班，期間末日不順延。",
    "closed": lambda s, day: (
        f"{day(s.date)}為{s.closure.zh}，期間末日順延至{'次週一' if s.to_monday else '次一工作日'}。"
    ),
    "still_closed": lambda s, day: f"{day(s.date)}亦為{s.closure.zh}，繼續順延。",
    "next_working_day": lambda s, day: (
        f"{day(s.date)}為次一工作日，期間於該日屆滿。"
        + ("（行政程序法第48條第4項明定為星期一上午，宜於當日中午前提出。）" if s.monday_morning else "")
    ),
}


@dataclass(frozen=True)
class Deadline:
    event: date
    period: str  # e.g. "12 months", "30 days"
    raw_end: date  # the last day by counting alone
    end: date  # the last day after moving off closed days
    steps: tuple[Step, ...]
    verified: bool  # False when a date examined lies outside the calendar's verified years
    unverified_years: tuple[int, ...] = ()  # the years examined that the calendar was not checked for
    length: Length | None = None  # None when the last day was given (指定期間), not counted

    def period_text(self, lang: str = "en") -> str:
        """The period for people: 「3年」 / "3 years"; a given last day is 「指定期間」 / "designated"."""
        if self.length is None:
            return "指定期間" if lang == "zh-TW" else self.period
        return self.length.text(lang)

    @property
    def extended(self) -> bool:
        return self.end != self.raw_end

    @property
    def warnings(self) -> tuple[str, ...]:
        """The warnings in English (the text this field always held)."""
        return self.warnings_in("en")

    def warnings_in(self, lang: str) -> tuple[str, ...]:
        """One warning per unverified year, in ``lang``."""
        template = _UNVERIFIED_ZH if lang == "zh-TW" else _UNVERIFIED_EN
        return tuple(template.format(year=year) for year in self.unverified_years)


_UNVERIFIED_EN = (
    "{year} is outside the years the office calendar was checked against the DGPA "
    "government office calendar (政府行政機關辦公日曆表): holidays come from the `holidays` "
    "package and make-up working days, bridge holidays or typhoon closures may be wrong "
    "or missing. Check the official calendar before relying on this date."
)
_UNVERIFIED_ZH = (
    "{year}年不在本工具已與行政院人事行政總處「政府行政機關辦公日曆表」核對之年度內："
    "假日取自 `holidays` 套件，補行上班日、調整放假日或颱風停班可能有誤或缺漏。"
    "依賴此日期前，請先核對官方辦公日曆表。"
)


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


_WEEKDAYS = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "zh-TW": ("週一", "週二", "週三", "週四", "週五", "週六", "週日"),
}


def _day(d: date, lang: str = "en") -> str:
    """An ISO date with its weekday: "2021-03-12 (Fri)", 「2021-03-12（週五）」 (not %a,
    which follows the locale)."""
    if lang == "zh-TW":
        return f"{d.isoformat()}（{_WEEKDAYS['zh-TW'][d.weekday()]}）"
    return f"{d.isoformat()} ({_WEEKDAYS['en'][d.weekday()]})"


def compute_deadline(
    event: date,
    *,
    months: int = 0,
    years: int = 0,
    days: int = 0,
    calendar: WorkingDays,
    first_day_basis: tuple[dict[str, Any], ...] = FIRST_DAY_NOT_COUNTED,
) -> Deadline:
    """The last day to act in a period after ``event``, moved off closed days.

    ``first_day_basis`` cites why the event day is not counted: by default Patent Act
    art. 20(1) and Civil Code art. 120(2); a law without its own rule passes the Civil
    Code's alone."""
    for value, unit in ((months, "months"), (years, "years"), (days, "days")):
        _check_count(value, unit)
    if days and (months or years):
        raise ValueError("a period is counted either in days or in months/years, not both")
    if not (days or months or years):
        raise ValueError("the period is empty: give months, years or days")

    length = Length(years, months, days)
    start = event + timedelta(days=1)
    steps = [Step("start", start, first_day_basis, event=event, length=length)]
    if days:
        raw_end = add_days(event, days)
        steps.append(Step("days_end", raw_end, DAYS_END_RULE, start=start, length=length))
    else:
        total = 12 * years + months
        raw_end = add_months_civil(event, total)
        steps.append(
            Step(
                "month_end",
                raw_end,
                MONTH_END_RULE,
                start=start,
                length=length,
                corresponding=_corresponding_day(start, total),
            )
        )

    return _finish(event, length.text("en"), raw_end, steps, calendar, length)


def given_deadline(
    last_day: date, *, calendar: WorkingDays, source: str, basis: tuple[dict[str, Any], ...]
) -> Deadline:
    """A period whose last day is given rather than counted (a period the office
    designates, 指定期間), moved off closed days as any last day is (Civil Code art. 122,
    APA art. 48(4)). ``source`` names where the day was given, e.g. a bundle field."""
    steps = [Step("given", last_day, basis, source=source)]
    return _finish(last_day, "designated", last_day, steps, calendar)


def _finish(
    event: date, period: str, raw_end: date, steps: list[Step], calendar: WorkingDays, length: Length | None = None
) -> Deadline:
    end, roll_steps = _roll_forward(raw_end, calendar)
    steps.extend(roll_steps)
    examined = [raw_end + timedelta(days=i) for i in range((end - raw_end).days + 1)]
    unverified = tuple(sorted({d.year for d in examined if not calendar.is_verified(d)}))
    return Deadline(event, period, raw_end, end, tuple(steps), not unverified, unverified, length)


def _roll_forward(last_day: date, calendar: WorkingDays) -> tuple[date, list[Step]]:
    """Move a last day off closed days: Civil Code 122 and APA 48(4)."""
    closure = calendar.closure(last_day)
    if closure is None:
        kind = "makeup_working_day" if last_day.weekday() >= _SATURDAY else "working_day"
        return last_day, [Step(kind, last_day, ROLL_FORWARD)]

    # APA 48(4): a Saturday last day goes to the following Monday; any other closed day
    # to the next day. Either way, keep going while offices are still closed.
    saturday = last_day.weekday() == _SATURDAY
    steps = [Step("closed", last_day, ROLL_FORWARD, closure=closure, to_monday=saturday)]
    day = last_day + timedelta(days=2 if saturday else 1)
    while (closure := calendar.closure(day)) is not None:
        steps.append(Step("still_closed", day, ROLL_FORWARD, closure=closure))
        day += timedelta(days=1)
        if (day - last_day).days > _MAX_CLOSED_RUN:  # a misconfigured calendar
            raise ValueError(f"no working day within {_MAX_CLOSED_RUN} days after {last_day}")
    monday_morning = saturday and (day - last_day).days == 2
    steps.append(Step("next_working_day", day, ROLL_FORWARD, monday_morning=monday_morning))
    return day, steps


def next_working_day(day: date, calendar: WorkingDays) -> date:
    """``day`` itself when offices are open on it, else the working day it moves to under
    Civil Code art. 122 and APA art. 48(4): for a fixed due date (期日, e.g. an annuity due
    under Patent Act art. 93(1)) as for the last day of a period."""
    return _roll_forward(day, calendar)[0]
