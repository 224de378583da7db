"""The project's office calendar against the DGPA government office calendar, every day.

The reference (政府行政機關辦公日曆表, open data 14718, one JSON file a year) lives outside
the project, in ../shared/data/tw-office-calendar, or where $PATENTCHECK_SHARED_DATA says
(the shared data folder or the calendar folder itself). Without it these tests skip.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.timing.office_calendar import OfficeCalendar  # noqa: E402


def reference_dir() -> Path:
    env = os.environ.get("PATENTCHECK_SHARED_DATA")
    base = Path(env) if env else Path(__file__).resolve().parents[2] / "shared" / "data"
    return base / "tw-office-calendar" if (base / "tw-office-calendar").is_dir() else base


REFERENCE = reference_dir()
YEAR_FILES = sorted(REFERENCE.glob("[0-9][0-9][0-9][0-9].json")) if REFERENCE.is_dir() else []

pytestmark = pytest.mark.skipif(
    not YEAR_FILES,
    reason=f"office calendar reference not found at {REFERENCE} "
    "(set PATENTCHECK_SHARED_DATA to the shared data folder)",
)

# The shared 2025 file is the calendar as first published (2024-06-27). The 紀念日及節日
# 實施條例 (promulgated 2025-05-28) added holidays and DGPA re-published the 2025 calendar on
# 2025-06-13 closing offices on these days; the project follows the revised calendar.
SUPERSEDED = {date(2025, 9, 29), date(2025, 10, 24), date(2025, 12, 25)}

CAL = OfficeCalendar()


def read_year(path: Path) -> list[tuple[date, bool, str]]:
    days = []
    for entry in json.loads(path.read_text(encoding="utf-8")):
        day = datetime.strptime(entry["date"], "%Y%m%d").date()
        days.append((day, entry["isHoliday"], entry["description"]))
    return days


@pytest.mark.parametrize("path", YEAR_FILES, ids=lambda p: p.stem)
def test_every_day_matches_the_reference(path):
    """is_working_day(d) == not isHoliday, for every day of the year."""
    days = read_year(path)
    assert len(days) in (365, 366) and len({d for d, _, _ in days}) == len(days)
    wrong = [
        f"{day} ({day:%a}) reference: {'closed' if closed else 'open'} {desc!r}; "
        f"project: {CAL.why_closed(day) or 'open'}"
        for day, closed, desc in days
        if day not in SUPERSEDED and CAL.is_working_day(day) == closed
    ]
    assert not wrong, "\n".join(wrong)
    for day, *_ in days:
        assert CAL.is_verified(day), day


def test_superseded_reference_days_are_closed():
    for day in SUPERSEDED:
        assert not CAL.is_working_day(day), day


def test_verified_years_are_exactly_the_reference_years():
    years = {int(p.stem) for p in YEAR_FILES}
    assert {y for y in range(1990, 2100) if CAL.is_verified(date(y, 6, 1))} == years


def load_builder():
    script = ROOT / "tools" / "build_office_calendar.py"
    spec = importlib.util.spec_from_file_location("build_office_calendar", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shipped_table_is_what_the_generator_builds():
    """The table is derived, not hand-edited: regenerating gives the same bytes, twice."""
    builder = load_builder()
    assert set(builder.REFERENCE_ERRATA) == SUPERSEDED
    text = builder.render(builder.build(builder.read_reference(REFERENCE)))
    assert text == builder.render(builder.build(builder.read_reference(REFERENCE)))
    shipped = (ROOT / "checker" / "timing" / "calendar_data" / "tw_office_days.yaml").read_text(encoding="utf-8")
    assert shipped == text, "stale table: run python tools/build_office_calendar.py"
