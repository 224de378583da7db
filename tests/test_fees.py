"""The fee table and the art. 94(2) late-annuity surcharge (checker/packs/patent/fees.py), with the civil
month count it depends on (checker.timing.periods.months_late)."""

from __future__ import annotations

from datetime import date

import pytest

from checker.packs.patent import fees
from checker.timing.periods import months_late

D = date.fromisoformat
ON = D("2025-06-01")


@pytest.mark.parametrize(
    "due,paid,months",
    [
        ("2025-07-01", "2025-06-30", 0),  # early
        ("2025-07-01", "2025-07-01", 0),  # on the due date
        ("2025-07-01", "2025-07-02", 1),  # 1 day late is a whole month (一日以上一個月以內)
        ("2025-07-01", "2025-08-01", 1),  # exactly 1 month late
        ("2025-07-01", "2025-08-02", 2),  # 1 month and 1 day
        ("2025-07-01", "2025-12-01", 5),  # exactly 5 months
        ("2025-07-01", "2025-12-02", 6),  # 5 months and 1 day
        ("2025-07-01", "2026-01-01", 6),  # exactly 6 months
        ("2024-01-31", "2024-02-29", 1),  # month end: February has no 31st, its last day closes month 1
        ("2024-01-31", "2024-03-01", 2),
        ("2023-01-31", "2023-02-28", 1),  # common year
        ("2024-02-29", "2024-03-31", 1),  # counted from 03-01, month 1 is all of March
        ("2024-02-29", "2024-04-01", 2),
        ("2024-04-30", "2024-05-31", 1),  # counted from 05-01, month 1 ends 05-31, not 05-30
        ("2024-04-30", "2024-06-01", 2),
        ("2024-12-31", "2025-02-28", 2),  # across a year end, landing on February's last day
    ],
)
def test_months_late_counts_civil_months(due, paid, months):
    assert months_late(D(due), D(paid)) == months


@pytest.mark.parametrize("months,percent", [(0, 0), (1, 20), (2, 40), (3, 60), (4, 80), (5, 100), (6, 100)])
def test_surcharge_percent_is_20_per_month_capped_at_double(months, percent):
    assert fees.surcharge_percent(months) == percent


def test_surcharge_rejects_negative_months():
    with pytest.raises(ValueError):
        fees.surcharge_percent(-1)


@pytest.mark.parametrize(
    "amount,months,expected",
    [
        (5000, 1, 1000),
        (5000, 6, 5000),  # 120% capped at 100%: the total is double
        (800, 3, 480),  # design year 1-3
        (1700, 1, 340),  # a reduced annuity
        (16000, 0, 0),
    ],
)
def test_surcharge_amount(amount, months, expected):
    assert fees.surcharge(amount, months) == expected


@pytest.mark.parametrize(
    "due,paid,annuity,total",
    [
        ("2025-07-01", "2025-07-02", 5000, 6000),  # 1 day late: +20%
        ("2025-07-01", "2025-08-01", 5000, 6000),  # exactly 1 month: still +20%
        ("2025-07-01", "2025-12-02", 5000, 10000),  # 5 months + 1 day: 6 months, capped
        ("2025-07-01", "2025-12-01", 5000, 10000),  # exactly 5 months: +100% (the cap is reached)
        ("2024-01-31", "2024-02-29", 2500, 3000),  # month end
    ],
)
def test_total_due_for_a_late_annuity(due, paid, annuity, total):
    months = months_late(D(due), D(paid))
    assert annuity + fees.surcharge(annuity, months) == total


@pytest.mark.parametrize(
    "patent_type,year,amount",
    [
        ("invention", 1, 2500),
        ("invention", 3, 2500),
        ("invention", 4, 5000),
        ("invention", 6, 5000),
        ("invention", 7, 8000),
        ("invention", 9, 8000),
        ("invention", 10, 16000),
        ("invention", 20, 16000),
        ("utility_model", 3, 2500),
        ("utility_model", 4, 4000),
        ("utility_model", 7, 8000),
        ("utility_model", 10, 8000),
        ("design", 1, 800),
        ("design", 4, 2000),
        ("design", 7, 3000),
        ("derivative_design", 5, 2000),
    ],
)
def test_annuity_table(patent_type, year, amount):
    assert fees.annuity(patent_type, year, ON) == amount


@pytest.mark.parametrize(
    "patent_type,year,amount",
    [
        ("invention", 2, 1700),
        ("invention", 5, 3800),
        ("invention", 7, 8000),
        ("utility_model", 4, 2800),
        ("design", 1, 0),
        ("design", 4, 800),  # never below 0
    ],
)
def test_reduced_annuity(patent_type, year, amount):
    assert fees.reduced_annuity(patent_type, year, ON) == amount


def test_no_amount_before_the_table_is_in_force_or_without_a_year():
    assert fees.annuity("invention", 4, D("2019-10-31")) == 0
    assert fees.annuity("invention", 4, D("2019-11-01")) == 5000
    assert fees.annuity("invention", 0, ON) == 0
    assert fees.reduced_annuity("invention", 4, D("2019-10-31")) == 0
    assert fees.certificate_fee(D("2019-10-31")) == 0
    assert fees.certificate_fee(ON) == 1000


@pytest.mark.parametrize(
    "due,moved",
    [
        ("2025-07-01", "2025-07-01"),  # a working Tuesday stays
        ("2025-03-01", "2025-03-03"),  # Saturday -> Monday
        ("2025-10-10", "2025-10-13"),  # National Day (Friday) -> Monday
        ("2025-01-28", "2025-02-03"),  # Lunar New Year's Eve -> after the break
        ("2023-02-18", "2023-02-18"),  # a make-up working Saturday does not move
    ],
)
def test_a_due_date_moves_off_closed_days(due, moved):
    from checker.timing.office_calendar import OfficeCalendar
    from checker.timing.periods import next_working_day

    assert next_working_day(D(due), OfficeCalendar()) == D(moved)
