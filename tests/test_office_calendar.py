"""checker.timing.office_calendar: the days government offices (TIPO included) are open.

Civil Code art. 122 and APA art. 48(4) move a last day off "a Sunday, a national holiday
or another rest day"; a Saturday moves to Monday. Which days those are is fixed each year
by the DGPA office calendar (政府行政機關辦公日曆表), including make-up working Saturdays
(補行上班), on which offices are open and nothing moves.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.timing import office_calendar  # noqa: E402
from checker.timing.office_calendar import OfficeCalendar  # noqa: E402

CAL = OfficeCalendar()


@pytest.fixture(scope="module")
def table():
    return yaml.safe_load(office_calendar.TABLE.read_text(encoding="utf-8"))


# --- the shipped table -------------------------------------------------------------------


def test_table_lives_next_to_the_module():
    assert office_calendar.DATA_DIR == Path(office_calendar.__file__).resolve().parent / "calendar_data"
    assert office_calendar.TABLE.is_file()


def test_table_covers_2017_to_2026(table):
    assert table["verified_years"] == list(range(2017, 2027))
    assert table["holidays_categories"] == ["public"]


def test_table_entries_are_well_formed(table):
    """Make-up days are weekend days; the two weekday lists hold weekdays; all dated,
    named, sorted, unique and inside the verified years."""
    seen = set()
    for key, weekend in (("makeup_working_days", True), ("closed_weekdays", False), ("open_weekdays", False)):
        dates = [entry["date"] for entry in table[key]]
        assert dates == sorted(dates), key
        for entry in table[key]:
            day = entry["date"]
            assert isinstance(day, date) and entry["name"].strip(), entry
            assert (day.weekday() >= 5) == weekend, entry
            assert day.year in table["verified_years"], entry
            assert day not in seen, entry
            seen.add(day)


def test_every_makeup_day_is_a_working_day(table):
    for entry in table["makeup_working_days"]:
        assert CAL.is_working_day(entry["date"]), entry
        assert CAL.is_makeup_working_day(entry["date"]), entry
        assert CAL.why_closed(entry["date"]) is None


# --- ordinary days -----------------------------------------------------------------------


def test_weekends_are_closed_and_say_why():
    assert CAL.why_closed(date(2024, 6, 1)) == "Saturday"
    assert CAL.why_closed(date(2024, 6, 2)) == "Sunday"
    assert CAL.is_working_day(date(2024, 6, 3))
    assert CAL.why_closed(date(2024, 6, 3)) is None


def test_makeup_working_saturday_is_open():
    """2024-02-17 (補行上班, traded for the 02-08 bridge day): offices open."""
    assert CAL.is_working_day(date(2024, 2, 17))
    assert not CAL.is_working_day(date(2024, 2, 18))  # the Sunday after is still a rest day
    assert not CAL.is_working_day(date(2024, 2, 8))  # the bridge day itself is closed


def test_national_holiday_reason_names_it():
    assert CAL.why_closed(date(2024, 2, 12)) == "national holiday: 春節 (Chinese New Year)"
    assert "國慶日" in CAL.why_closed(date(2024, 10, 10))
    # A holiday on a Saturday is named as the holiday, not as "Saturday".
    assert "春節" in CAL.why_closed(date(2024, 2, 10))
    # A bridge day (調整放假) is a rest day traded for a make-up Saturday.
    assert CAL.why_closed(date(2024, 2, 8)).startswith("rest day: ")


def test_labour_day_2025_was_a_working_day_for_offices():
    """Until the 2025 紀念日及節日實施條例, 5/1 was a day off for private workers only;
    TIPO announced it was open on 2025-05-01, so no extension. From 2026 it is a holiday
    for everyone. (This is why the `optional` category of `holidays` is not used.)"""
    assert CAL.is_working_day(date(2025, 5, 1))
    assert CAL.is_working_day(date(2024, 5, 1))
    assert not CAL.is_working_day(date(2026, 5, 1))


def test_2025_holidays_added_mid_year_are_closed():
    """The 紀念日及節日實施條例 (promulgated 2025-05-28) made 9/28, 10/25 and 12/25 holidays;
    DGPA re-published the 2025 calendar closing 09-29, 10-24 (observed) and 12-25."""
    for day in (date(2025, 9, 29), date(2025, 10, 24), date(2025, 12, 25)):
        assert not CAL.is_working_day(day), day
    assert CAL.is_working_day(date(2024, 12, 25))  # before the amendment: an ordinary day


# --- user configuration --------------------------------------------------------------------


def test_typhoon_closure_with_a_reason():
    cal = OfficeCalendar({date(2024, 10, 3): "typhoon Krathon"})
    assert cal.why_closed(date(2024, 10, 3)) == "office closure (user configuration): typhoon Krathon"
    assert CAL.is_working_day(date(2024, 10, 3))  # the shared default is untouched


def test_closures_as_plain_dates():
    cal = OfficeCalendar([date(2024, 10, 3)])
    assert cal.why_closed(date(2024, 10, 3)).startswith("office closure (user configuration): ")


def test_extra_working_day_overrides_the_calendar():
    cal = OfficeCalendar(extra_working_days=[date(2024, 6, 1)])
    assert cal.is_working_day(date(2024, 6, 1))


def test_a_day_cannot_be_both_closed_and_open():
    with pytest.raises(ValueError):
        OfficeCalendar([date(2024, 6, 3)], [date(2024, 6, 3)])


# --- verification and the fallback -----------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "verified"),
    [
        (date(2016, 12, 31), False),
        (date(2017, 1, 1), True),
        (date(2026, 12, 31), True),
        (date(2027, 1, 1), False),
        (date(2030, 6, 1), False),
    ],
)
def test_is_verified(day, verified):
    assert CAL.is_verified(day) is verified


def test_fallback_outside_verified_years_uses_holidays_and_weekends():
    assert not CAL.is_working_day(date(2030, 10, 10))  # National Day, a Thursday
    assert CAL.why_closed(date(2030, 6, 1)) == "Saturday"
    assert CAL.is_working_day(date(2030, 6, 3))
    # `holidays` knows 2016's make-up Saturday (for the 02-12 bridge day): use it.
    assert CAL.is_working_day(date(2016, 1, 30))
    assert not CAL.is_working_day(date(2016, 2, 12))


# --- next working day --------------------------------------------------------------------


def test_next_working_day_is_strictly_after():
    assert CAL.next_working_day(date(2024, 6, 3)) == date(2024, 6, 4)
    assert CAL.next_working_day(date(2024, 2, 7)) == date(2024, 2, 15)  # over 春節
    assert CAL.next_working_day(date(2024, 2, 16)) == date(2024, 2, 17)  # a make-up Saturday


def test_next_working_day_gives_up_on_an_impossible_calendar():
    start = date(2024, 1, 1)
    cal = OfficeCalendar([start + timedelta(days=i) for i in range(1, 200)])
    with pytest.raises(ValueError):
        cal.next_working_day(start)
