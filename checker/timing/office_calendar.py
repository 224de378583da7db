"""Which days Taiwan's government offices (and so TIPO) are open.

National holidays come from ``calendar_data/tw_holidays.json``, written by
tools/build_tw_holidays.py from the `holidays` package (TW, the categories recorded in the
table) and checked against it by the tests: the package is not imported at run time (it
costs 80-200 ms of every start). ``calendar_data/tw_office_days.yaml`` adds what the package does not know for the
years checked against the DGPA office calendar (政府行政機關辦公日曆表): make-up working
Saturdays (補行上班), unlisted closures and unlisted open days. Outside those years the
package alone is used, and ``is_verified`` says so. Users add typhoon days and other
unplanned closures themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import json

import yaml

DATA_DIR = Path(__file__).resolve().parent / "calendar_data"
TABLE = DATA_DIR / "tw_office_days.yaml"
HOLIDAYS = DATA_DIR / "tw_holidays.json"

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MAX_CLOSED_RUN = 60  # no real closure is this long: a guard against a bad configuration
# The reasons the configuration gives when the user names none (see checker.cli `--closed`).
_DEFAULT_USER_REASONS = {"unplanned closure": "臨時停止上班", "office closure (--closed)": "停止上班（--closed）"}


@dataclass(frozen=True)
class Closure:
    """Why offices are closed on a day, in both report languages.

    ``kind``: "holiday" (national holiday), "rest_day" (a bridge day traded for a make-up
    Saturday), "office_rest_day" (a DGPA closure the package lacks), "user" (the user's
    configuration, e.g. a typhoon day) or "weekend". ``en`` is the text ``why_closed`` has
    always returned; ``zh`` names the same day as a Taiwanese docketing clerk would.
    """

    kind: str
    zh: str
    en: str

    def text(self, lang: str) -> str:
        return self.zh if lang == "zh-TW" else self.en


@cache
def _table() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(TABLE.read_text(encoding="utf-8"), Loader=loader)

    def dated(key: str) -> dict[date, str]:
        return {entry["date"]: entry["name"] for entry in data.get(key) or ()}

    return {
        "categories": tuple(data["holidays_categories"]),
        "verified_years": frozenset(data["verified_years"]),
        "makeup": dated("makeup_working_days"),
        "closed": dated("closed_weekdays"),
        "open": dated("open_weekdays"),
    }


class NationalHolidays:
    """Taiwan's national holidays of one language, as ``holidays.country_holidays`` gave
    them when tw_holidays.json was generated: ``get(day)`` and ``weekend_workdays``."""

    def __init__(self, names: dict[date, str], weekend_workdays: frozenset[date]) -> None:
        self._names = names
        self.weekend_workdays = weekend_workdays

    def get(self, day: date, default: str | None = None) -> str | None:
        return self._names.get(day, default)

    def __getitem__(self, day: date) -> str:
        return self._names[day]

    def __contains__(self, day: object) -> bool:
        return day in self._names


@cache
def _holiday_data() -> dict[str, Any]:
    return json.loads(HOLIDAYS.read_text(encoding="utf-8"))


@cache
def _national_holidays(language: str) -> NationalHolidays:
    data = _holiday_data()
    index = 0 if language == "zh_TW" else 1
    return NationalHolidays(
        {date.fromisoformat(day): names[index] for day, names in data["holidays"].items()},
        frozenset(date.fromisoformat(day) for day in data["weekend_workdays"]),
    )


def _holiday_reason(day: date) -> Closure | None:
    chinese = _national_holidays("zh_TW").get(day)
    if chinese is None:
        return None
    english = _national_holidays("en_US")[day]
    # A bridge day (調整放假) is a rest day traded for a make-up Saturday, not a holiday.
    if "substituted" in english:
        return Closure("rest_day", f"調整放假日（{chinese}）", f"rest day: {chinese} ({english})")
    # 「春節（補假）」 inside the parentheses below reads better as 「春節補假」.
    return Closure(
        "holiday", f"國定假日（{chinese.replace('（補假）', '補假')}）", f"national holiday: {chinese} ({english})"
    )


def _as_reasons(days: Iterable[date] | Mapping[date, str], default: str) -> dict[date, str]:
    if isinstance(days, Mapping):
        return {d: str(reason) for d, reason in days.items()}
    return {d: default for d in days}


class OfficeCalendar:
    """Government office working days, with the user's own closures on top.

    ``extra_closures``: dates (or a mapping date -> reason, e.g. "typhoon") the offices
    were closed without being planned. ``extra_working_days``: dates the user knows the
    offices were open although this calendar says otherwise.
    """

    def __init__(
        self,
        extra_closures: Iterable[date] | Mapping[date, str] = (),
        extra_working_days: Iterable[date] | Mapping[date, str] = (),
    ) -> None:
        self.extra_closures = _as_reasons(extra_closures, "unplanned closure")
        self.extra_working_days = _as_reasons(extra_working_days, "open")
        both = sorted(self.extra_closures.keys() & self.extra_working_days.keys())
        if both:
            raise ValueError(f"dates both closed and open in the configuration: {both}")

    def is_verified(self, day: date) -> bool:
        """True when ``day``'s year was checked against the DGPA office calendar."""
        return day.year in _table()["verified_years"]

    def why_closed(self, day: date) -> str | None:
        """Why offices are closed on ``day`` (in English), or None when it is a working day."""
        closure = self.closure(day)
        return closure.en if closure else None

    def closure(self, day: date) -> Closure | None:
        """Why offices are closed on ``day``, in both languages, or None on a working day."""
        if day in self.extra_working_days:
            return None
        if day in self.extra_closures:
            reason = self.extra_closures[day]
            return Closure(
                "user",
                f"機關停止上班日（使用者設定：{_DEFAULT_USER_REASONS.get(reason, reason)}）",
                f"office closure (user configuration): {reason}",
            )
        table = _table()
        verified = self.is_verified(day)
        if verified:
            if day in table["makeup"] or day in table["open"]:
                return None
            if day in table["closed"]:
                name = table["closed"][day]
                return Closure("office_rest_day", f"政府機關放假日（{name}）", f"government office rest day: {name}")
        holiday = _holiday_reason(day)
        if holiday:
            return holiday
        if day.weekday() < 5:
            return None
        if not verified and day in _national_holidays("zh_TW").weekend_workdays:
            return None  # the package's own make-up days: better than none
        return Closure("weekend", "例假日", _WEEKDAY_NAMES[day.weekday()])

    def is_working_day(self, day: date) -> bool:
        return self.why_closed(day) is None

    def is_makeup_working_day(self, day: date) -> bool:
        """A weekend day the offices are open (補行上班)."""
        return day.weekday() >= 5 and self.is_working_day(day)

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after ``day``."""
        for offset in range(1, _MAX_CLOSED_RUN + 1):
            candidate = day + timedelta(days=offset)
            if self.is_working_day(candidate):
                return candidate
        raise ValueError(f"no working day within {_MAX_CLOSED_RUN} days after {day}")
