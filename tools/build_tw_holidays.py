"""Write checker/timing/calendar_data/tw_holidays.json: Taiwan's national holidays as the
`holidays` package (TW, the categories of tw_office_days.yaml) computes them, in Chinese
and English, and the package's own make-up working Saturdays, for every year it covers.

The checker reads this file instead of importing `holidays` at run time (importing it
costs about 80-200 ms of every start, and pulls in every country). tests/test_office_calendar.py
checks the file against the installed package, and the office calendar against DGPA's.

    python tools/build_tw_holidays.py        # after upgrading `holidays`
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import holidays
import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "checker" / "timing" / "calendar_data"
OUTPUT = DATA / "tw_holidays.json"
FIRST, LAST = 1900, 2199  # the years a bundle's dates may lie in; the package covers fewer


def build() -> dict:
    categories = tuple(yaml.safe_load((DATA / "tw_office_days.yaml").read_text("utf-8"))["holidays_categories"])
    years = range(FIRST, LAST + 1)
    chinese = holidays.country_holidays("TW", categories=categories, language="zh_TW", years=years)
    english = holidays.country_holidays("TW", categories=categories, language="en_US", years=years)
    covered = sorted({day.year for day in chinese})
    return {
        "generated_by": "tools/build_tw_holidays.py",
        "generated_with_holidays": holidays.__version__,
        "categories": list(categories),
        "years": [covered[0], covered[-1]],
        "holidays": {day.isoformat(): [chinese[day], english[day]] for day in sorted(chinese)},
        "weekend_workdays": sorted(day.isoformat() for day in chinese.weekend_workdays),
    }


def render(data: dict) -> str:
    """JSON with one holiday a line, so a package upgrade shows as a readable diff."""
    dump = lambda value: json.dumps(value, ensure_ascii=False)  # noqa: E731
    head = ",\n".join(f"{dump(key)}: {dump(data[key])}" for key in data if key not in ("holidays", "weekend_workdays"))
    days = ",\n".join(f"  {dump(day)}: {dump(names)}" for day, names in data["holidays"].items())
    return (
        "{\n"
        + head
        + ',\n"holidays": {\n'
        + days
        + "\n},\n"
        + f'"weekend_workdays": {dump(data["weekend_workdays"])}\n}}\n'
    )


if __name__ == "__main__":
    OUTPUT.write_text(render(build()), encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}", file=sys.stderr)
