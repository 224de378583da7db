"""checker.timing.periods: statutory periods under Patent Act art. 20, Civil Code arts. 120-122
and Administrative Procedure Act (APA) art. 48.

The dates of holidays and make-up working days used here are real ones, taken from the
DGPA government office calendar (政府行政機關辦公日曆表) for that year.
"""

from __future__ import annotations

import dataclasses
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.timing.office_calendar import OfficeCalendar  # noqa: E402
from checker.timing.periods import (  # noqa: E402
    Deadline,
    add_days,
    add_months_civil,
    add_years_civil,
    compute_deadline,
    given_deadline,
    months_late,
    on_time,
    term_end,
)

CAL = OfficeCalendar()


def cite(law, article, paragraph=None):
    return {"law": law, "article": article, "paragraph": paragraph, "subparagraph": None}


# --- the raw last day: Civil Code 121(2), APA 48(3) ---------------------------------------


@pytest.mark.parametrize(
    ("event", "months", "end"),
    [
        # Starts 02-01 (the event day is not counted); the corresponding day is 03-01, so
        # the period ends the day before: the last day of February, 28 or 29.
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2023, 1, 31), 1, date(2023, 2, 28)),
        # Starts 2023-03-01; ends the day before 2024-03-01, which in a leap year is 02-29.
        (date(2023, 2, 28), 12, date(2024, 2, 29)),
        # Starts 2024-03-01; ends the day before 2025-03-01.
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        # Starts 05-01; ends the day before 06-01: 05-31, not the naive 05-30.
        (date(2024, 4, 30), 1, date(2024, 5, 31)),
        # Starts 09-01; ends the day before 2025-03-01.
        (date(2024, 8, 31), 6, date(2025, 2, 28)),
        # Starts 01-31; February has no 31st, so the month's last day (121(2) proviso).
        (date(2024, 1, 30), 1, date(2024, 2, 29)),
        (date(2025, 1, 28), 1, date(2025, 2, 28)),  # starts 01-29; 2025 has no 02-29
        # The ordinary case: the same day number, one month on.
        (date(2024, 3, 15), 1, date(2024, 4, 15)),
        (date(2024, 12, 15), 2, date(2025, 2, 15)),
    ],
)
def test_add_months_civil(event, months, end):
    assert add_months_civil(event, months) == end


def test_add_years_civil_is_twelve_months():
    assert add_years_civil(date(2023, 2, 28), 1) == date(2024, 2, 29)
    assert add_years_civil(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert add_years_civil(date(2020, 5, 10), 3) == date(2023, 5, 10)


def test_add_days_counts_from_the_day_after_the_event():
    """10 days after 05-01 are 05-02 .. 05-11: the last day is event + 10."""
    assert add_days(date(2024, 5, 1), 10) == date(2024, 5, 11)
    assert add_days(date(2024, 2, 20), 10) == date(2024, 3, 1)  # through a 29-day February


def civil_oracle(event: date, months: int) -> date:
    """Independent statement of 121(2) with dateutil: relativedelta clips to the month end
    when the final month has no corresponding day; then that month end is the last day,
    otherwise the day before the corresponding day is."""
    start = event + timedelta(days=1)
    corresponding = start + relativedelta(months=months)
    return corresponding if corresponding.day != start.day else corresponding - timedelta(days=1)


def test_add_months_civil_matches_an_independent_oracle_over_nine_years():
    day = date(2020, 1, 1)
    while day < date(2029, 1, 1):
        for months in (1, 2, 3, 6, 12, 14, 30):
            assert add_months_civil(day, months) == civil_oracle(day, months), (day, months)
        day += timedelta(days=1)


def test_longer_periods_never_end_earlier():
    day = date(2023, 1, 1)
    while day < date(2025, 12, 31):
        ends = [add_months_civil(day, m) for m in range(0, 25)]
        assert ends == sorted(ends) and len(set(ends)) == len(ends), day
        assert add_months_civil(day, 1) <= add_months_civil(day + timedelta(days=1), 1)
        day += timedelta(days=1)


@pytest.mark.parametrize("bad", [-1, 1.5, "3"])
def test_negative_or_non_integer_counts_are_refused(bad):
    with pytest.raises(ValueError):
        add_months_civil(date(2024, 1, 1), bad)
    with pytest.raises(ValueError):
        add_days(date(2024, 1, 1), bad)


# --- patent terms: art. 20(2), counted from the filing date itself, never moved --------------


def test_twenty_year_term_from_the_filing_date():
    """Filed 2005-09-13, the filing day counts as day one: 20 years end 2025-09-12."""
    assert term_end(date(2005, 9, 13), 20) == date(2025, 9, 12)


def test_term_is_not_a_deadline_and_does_not_roll_forward():
    """Filed 2006-01-02: the term ends 2026-01-01, New Year's Day, and stays there."""
    assert not CAL.is_working_day(date(2026, 1, 1))
    assert term_end(date(2006, 1, 2), 20) == date(2026, 1, 1)


@pytest.mark.parametrize(
    ("filed", "years", "end"),
    [
        # No 29 February in 2039: the term ends on the last day of February.
        (date(2024, 2, 29), 15, date(2039, 2, 28)),
        # 2044 is a leap year: the day before the anniversary 2044-02-29.
        (date(2024, 2, 29), 20, date(2044, 2, 28)),
        (date(2024, 3, 1), 1, date(2025, 2, 28)),
        (date(2020, 1, 1), 15, date(2034, 12, 31)),  # a 15-year design term (art. 135)
        (date(2013, 6, 13), 10, date(2023, 6, 12)),  # a 10-year utility-model term (art. 114)
    ],
)
def test_term_end_edges(filed, years, end):
    assert term_end(filed, years) == end


# --- months late (art. 94): part of a month counts as a month ----------------------------------


@pytest.mark.parametrize(
    ("due", "paid", "late"),
    [
        (date(2024, 1, 31), date(2024, 1, 20), 0),  # early
        (date(2024, 1, 31), date(2024, 1, 31), 0),  # on the due date
        (date(2024, 1, 31), date(2024, 2, 1), 1),  # one day late is a whole month
        (date(2024, 1, 31), date(2024, 2, 29), 1),  # month 1 ends 02-29 (month-end rule)
        (date(2024, 1, 31), date(2024, 3, 1), 2),
        (date(2024, 3, 15), date(2024, 4, 15), 1),
        (date(2024, 3, 15), date(2024, 4, 16), 2),
        (date(2024, 3, 15), date(2024, 9, 15), 6),  # the last month of the 6-month grace
        (date(2024, 3, 15), date(2024, 9, 16), 7),  # beyond it: the caller applies art. 70
    ],
)
def test_months_late(due, paid, late):
    assert months_late(due, paid) == late


# --- deadlines and roll-forward: Civil Code 122, APA 48(4) ---------------------------------


def test_deadline_on_a_working_day_does_not_move():
    d = compute_deadline(date(2023, 2, 28), months=12, calendar=CAL)
    assert (d.raw_end, d.end) == (date(2024, 2, 29), date(2024, 2, 29))
    assert d.period == "12 months" and d.verified and d.warnings == () and not d.extended


def test_deadline_on_lunar_new_year_rolls_past_the_whole_break():
    """2024: offices closed 02-08 (bridge day) to 02-14 (春節 and its observed days).
    A year after 2023-02-10 ends Saturday 2024-02-10, a 春節 day; 02-11 is Sunday and
    02-12..14 are holidays, so the last day is Thursday 02-15."""
    d = compute_deadline(date(2023, 2, 10), years=1, calendar=CAL)
    assert d.raw_end == date(2024, 2, 10)
    assert d.end == date(2024, 2, 15)
    assert d.period == "1 year"
    assert "春節" in d.steps[2].reason


def test_deadline_on_2025_lunar_new_year():
    """2025: offices closed Sat 01-25 to Sun 02-02 (小年夜 01-27, 除夕 01-28, 春節 01-29..31).
    One month after 2024-12-29 starts 12-30 and ends the day before 2025-01-30: 01-29."""
    d = compute_deadline(date(2024, 12, 29), months=1, calendar=CAL)
    assert d.raw_end == date(2025, 1, 29)
    assert d.end == date(2025, 2, 3)


def test_deadline_on_a_plain_saturday_moves_to_monday():
    """APA 48(4): a last day on a Saturday moves to the following Monday."""
    d = compute_deadline(date(2024, 5, 1), months=1, calendar=CAL)
    assert d.raw_end == date(2024, 6, 1) and d.raw_end.weekday() == 5
    assert d.end == date(2024, 6, 3)
    assert "Monday" in d.steps[2].reason and "上午" in d.steps[-1].reason


def test_deadline_on_a_makeup_working_saturday_does_not_move():
    """2024-02-17 was a make-up working Saturday (補行上班) for the 02-08 bridge day.
    Offices were open, so it is not a rest day: no extension (MOJ 099004718, 2010)."""
    d = compute_deadline(date(2024, 1, 17), months=1, calendar=CAL)
    assert d.raw_end == d.end == date(2024, 2, 17)
    assert "補行上班" in d.steps[-1].reason
    # And 2025-02-08, found the same way: six months after 2024-08-08.
    assert compute_deadline(date(2024, 8, 8), months=6, calendar=CAL).end == date(2025, 2, 8)


def test_deadline_on_double_tenth_moves_to_the_next_day():
    """National Day 2024-10-10 is a Thursday: the last day becomes Friday 10-11."""
    d = compute_deadline(date(2024, 9, 10), months=1, calendar=CAL)
    assert (d.raw_end, d.end) == (date(2024, 10, 10), date(2024, 10, 11))
    assert "國慶日" in d.steps[2].reason


def test_roll_over_saturday_sunday_and_a_monday_holiday():
    """2024-06-08 is a Saturday; the Monday it moves to, 06-10, is 端午節 (Dragon Boat);
    so the period keeps rolling to Tuesday 06-11."""
    d = compute_deadline(date(2024, 5, 8), months=1, calendar=CAL)
    assert d.raw_end == date(2024, 6, 8)
    assert d.end == date(2024, 6, 11)
    assert [s.date for s in d.steps[2:]] == [date(2024, 6, 8), date(2024, 6, 10), date(2024, 6, 11)]
    assert "上午" not in d.steps[-1].reason  # Monday morning only when Monday is the end


def test_user_typhoon_closure_extends_the_deadline():
    """Typhoon Gaemi: offices closed 2024-07-24 and 07-25 (unplanned, not in any calendar).
    30 days after 06-25 end Thursday 07-25, a typhoon day: the last day is Friday 07-26."""
    typhoon = OfficeCalendar({date(2024, 7, 24): "typhoon Gaemi", date(2024, 7, 25): "typhoon Gaemi"})
    d = compute_deadline(date(2024, 6, 25), days=30, calendar=typhoon)
    assert (d.raw_end, d.end) == (date(2024, 7, 25), date(2024, 7, 26))
    assert "office closure (user configuration): typhoon Gaemi" in d.steps[2].reason
    assert compute_deadline(date(2024, 6, 25), days=30, calendar=CAL).end == date(2024, 7, 25)


def test_unverified_years_are_flagged():
    """The office calendar is only checked for 2017-2026; beyond that, say so."""
    d = compute_deadline(date(2029, 5, 31), months=12, calendar=CAL)
    assert d.raw_end == date(2030, 5, 31)
    assert not d.verified
    assert len(d.warnings) == 1 and "2030" in d.warnings[0]
    assert not compute_deadline(date(2016, 1, 4), days=10, calendar=CAL).verified


def test_rolling_into_an_unverified_year_is_flagged():
    """A verified last day (2026-12-31, closed here by the user) that rolls into 2027."""
    cal = OfficeCalendar({date(2026, 12, 31): "typhoon"})
    d = compute_deadline(date(2026, 12, 1), days=30, calendar=cal)
    assert d.raw_end == date(2026, 12, 31)
    assert d.end.year == 2027 and d.end.weekday() < 5
    assert not d.verified and "2027" in d.warnings[0]


def test_steps_cite_their_legal_basis():
    d = compute_deadline(date(2024, 5, 8), months=1, calendar=CAL)
    first, raw, *rolls = d.steps
    assert first.date == date(2024, 5, 9)  # 起算日: the day after the event
    assert cite("patent_act", 20, 1) in first.basis
    assert cite("civil_code", 121, 2) in raw.basis
    assert cite("administrative_procedure_act", 48, 3) in raw.basis
    for step in rolls:
        assert cite("administrative_procedure_act", 48, 4) in step.basis
        assert cite("civil_code", 122) in step.basis
    assert all(step.reason.endswith((".", ")")) for step in d.steps)


def test_month_end_step_explains_the_missing_day():
    d = compute_deadline(date(2024, 8, 31), months=6, calendar=CAL)
    assert d.raw_end == date(2025, 2, 28)
    assert "no day" in d.steps[1].reason or "day before" in d.steps[1].reason


def test_days_period_cites_civil_code_121_1():
    d = compute_deadline(date(2024, 6, 25), days=30, calendar=CAL)
    assert d.period == "30 days"
    assert cite("civil_code", 121, 1) in d.steps[1].basis


def test_mixed_years_and_months():
    d = compute_deadline(date(2023, 1, 10), years=1, months=2, calendar=CAL)
    assert d.period == "1 year 2 months"
    assert d.raw_end == date(2024, 3, 10)  # Sunday
    assert d.end == date(2024, 3, 11)


@pytest.mark.parametrize("kwargs", [{}, {"months": 1, "days": 3}, {"months": -1}, {"days": 2.5}])
def test_bad_periods_are_refused(kwargs):
    with pytest.raises(ValueError):
        compute_deadline(date(2024, 1, 1), calendar=CAL, **kwargs)


def test_deadline_is_frozen():
    d = compute_deadline(date(2024, 1, 1), days=1, calendar=CAL)
    assert isinstance(d, Deadline)
    with pytest.raises(dataclasses.FrozenInstanceError):
        d.end = date(2030, 1, 1)


def test_on_time_is_inclusive_of_the_last_day():
    d = compute_deadline(date(2024, 5, 1), months=1, calendar=CAL)  # ends Monday 06-03
    assert on_time(date(2024, 6, 3), d)
    assert not on_time(date(2024, 6, 4), d)
    assert on_time(date(2024, 6, 3), date(2024, 6, 3))


# --- the steps in words: zh-TW and en ------------------------------------------------------


def texts(d, lang):
    return [step.text(lang) for step in d.steps]


def test_steps_record_kinds_not_words():
    d = compute_deadline(date(2024, 5, 8), months=1, calendar=CAL)
    assert [s.kind for s in d.steps] == ["start", "month_end", "closed", "still_closed", "next_working_day"]
    assert d.steps[0].event == date(2024, 5, 8) and d.steps[1].corresponding == date(2024, 6, 9)
    assert d.steps[2].to_monday and d.steps[2].closure.kind == "weekend"
    assert d.steps[3].closure.kind == "holiday" and not d.steps[4].monday_morning
    assert d.steps[0].reason == d.steps[0].text("en")  # `reason` keeps its English text


def test_start_and_month_end_in_chinese():
    """The wording a docketing clerk would write: the event day not counted, then the
    day before the corresponding day (Civil Code 120(2), 121(2))."""
    d = compute_deadline(date(2021, 3, 12), years=3, calendar=CAL)
    start, end, working = texts(d, "zh-TW")
    assert start == "事實發生日 2021-03-12（週五）不算入，3年期間自 2021-03-13（週六）起算。"
    assert end == "3年期間自 2021-03-13（週六）起算，至相當日 2024-03-13 之前一日 2024-03-12（週二）屆滿。"
    assert working == "2024-03-12（週二）為工作日，期間於該日屆滿。"
    assert texts(d, "en")[0] == (
        "The event is on 2021-03-12 (Fri); that day is not counted, so the period of 3 years "
        "runs from 2021-03-13 (Sat) (起算日)."
    )


def test_leap_day_month_end_in_chinese():
    """One month after 2024-01-30 starts 01-31; February 2024 has no 31st: its last day,
    the leap day 2024-02-29, ends the period. Twelve months after 2023-02-28 end on the
    same leap day, the day before the corresponding day 2024-03-01."""
    d = compute_deadline(date(2024, 1, 30), months=1, calendar=CAL)
    assert d.end == date(2024, 2, 29) and d.steps[1].corresponding is None
    assert texts(d, "zh-TW")[1] == (
        "1個月期間自 2024-01-31（週三）起算，最後之月 2024-02 無相當日（31日），"
        "以該月末日 2024-02-29（週四）為期間末日。"
    )
    assert "has no day 31" in texts(d, "en")[1]
    d = compute_deadline(date(2023, 2, 28), months=12, calendar=CAL)
    assert "至相當日 2024-03-01 之前一日 2024-02-29（週四）屆滿" in texts(d, "zh-TW")[1]


def test_saturday_to_monday_in_chinese():
    """APA 48(4): a Saturday last day moves to the following Monday, morning."""
    d = compute_deadline(date(2024, 5, 1), months=1, calendar=CAL)
    *_, closed, monday = texts(d, "zh-TW")
    assert closed == "2024-06-01（週六）為例假日，期間末日順延至次週一。"
    assert monday.startswith("2024-06-03（週一）為次一工作日，期間於該日屆滿。")
    assert "行政程序法第48條第4項" in monday and "上午" in monday
    assert "following Monday" in texts(d, "en")[2]


def test_a_holiday_in_chinese_names_it():
    """2026-01-01 (Thursday), 中華民國開國紀念日: the last day moves to Friday 01-02."""
    d = compute_deadline(date(2025, 12, 1), months=1, calendar=CAL)
    assert (d.raw_end, d.end) == (date(2026, 1, 1), date(2026, 1, 2))
    assert texts(d, "zh-TW")[2] == "2026-01-01（週四）為國定假日（中華民國開國紀念日），期間末日順延至次一工作日。"
    assert texts(d, "zh-TW")[3] == "2026-01-02（週五）為次一工作日，期間於該日屆滿。"
    assert "Founding Day of the Republic of China" in texts(d, "en")[2]


def test_still_closed_days_and_observed_holidays_in_chinese():
    """Lunar New Year 2024: Saturday 02-10 rolls over 春節 and its observed days (補假)."""
    d = compute_deadline(date(2023, 2, 10), years=1, calendar=CAL)
    zh = texts(d, "zh-TW")
    assert zh[2] == "2024-02-10（週六）為國定假日（春節），期間末日順延至次週一。"
    assert zh[4] == "2024-02-13（週二）亦為國定假日（春節補假），繼續順延。"
    assert zh[-1] == "2024-02-15（週四）為次一工作日，期間於該日屆滿。"  # not the Monday: no 上午


def test_a_bridge_day_is_a_rest_day_in_chinese():
    """2024-02-08 was a bridge day (調整放假) traded for Saturday 02-17."""
    d = compute_deadline(date(2024, 1, 7), months=1, calendar=CAL)
    assert d.raw_end == date(2024, 2, 7) and d.end == date(2024, 2, 7)  # 02-07 is still open
    d = compute_deadline(date(2024, 1, 8), months=1, calendar=CAL)
    assert d.steps[2].closure.kind == "rest_day"
    assert texts(d, "zh-TW")[2].startswith("2024-02-08（週四）為調整放假日（放假日")


def test_a_makeup_working_saturday_moves_nothing_in_chinese():
    d = compute_deadline(date(2024, 1, 17), months=1, calendar=CAL)
    assert d.steps[-1].kind == "makeup_working_day"
    assert texts(d, "zh-TW")[-1] == "2024-02-17（週六）為補行上班日，機關照常上班，期間末日不順延。"


def test_a_user_closure_in_chinese():
    """A typhoon day from `--closed 2024-07-25=颱風停班`, and one given without a reason."""
    cal = OfficeCalendar({date(2024, 7, 25): "颱風停班", date(2024, 7, 26): "office closure (--closed)"})
    d = compute_deadline(date(2024, 6, 25), days=30, calendar=cal)
    zh = texts(d, "zh-TW")
    assert zh[1] == "30日期間自 2024-06-26（週三）起算，至 2024-07-25（週四）屆滿。"
    assert zh[2] == "2024-07-25（週四）為機關停止上班日（使用者設定：颱風停班），期間末日順延至次一工作日。"
    assert zh[3] == "2024-07-26（週五）亦為機關停止上班日（使用者設定：停止上班（--closed）），繼續順延。"
    assert "office closure (user configuration): 颱風停班" in texts(d, "en")[2]


def test_a_given_last_day_in_chinese():
    d = given_deadline(date(2025, 6, 14), calendar=CAL, source="translation.designated_until", basis=())
    assert d.steps[0].kind == "given"
    assert texts(d, "zh-TW")[0] == "期間末日由案卷指定（translation.designated_until）：2025-06-14（週六）。"
    assert d.end == date(2025, 6, 16)


def test_weekdays_do_not_follow_the_locale():
    """%a would print the locale's name; steps always say Mon..Sun or 週一..週日."""
    d = compute_deadline(date(2024, 6, 2), days=1, calendar=CAL)  # Sunday, Monday
    assert "2024-06-02 (Sun)" in d.steps[0].text("en") and "2024-06-03（週一）" in d.steps[0].text("zh-TW")


def test_unverified_year_warning_in_both_languages():
    d = compute_deadline(date(2029, 5, 31), months=12, calendar=CAL)
    assert d.unverified_years == (2030,)
    assert d.warnings == d.warnings_in("en") and "2030 is outside" in d.warnings[0]
    assert d.warnings_in("zh-TW")[0].startswith("2030年不在") and "政府行政機關辦公日曆表" in d.warnings_in("zh-TW")[0]
    assert compute_deadline(date(2024, 5, 1), days=1, calendar=CAL).warnings_in("zh-TW") == ()
