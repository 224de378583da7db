"""What a start costs: the national holidays ship as data (checked here against the
`holidays` package they were generated from), and checking a bundle imports neither
`holidays` nor the renderers and libraries a command does not use."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_the_shipped_holidays_are_the_packages():
    holidays = pytest.importorskip("holidays")
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import build_tw_holidays
    finally:
        sys.path.remove(str(ROOT / "tools"))
    shipped = json.loads(build_tw_holidays.OUTPUT.read_text("utf-8"))
    fresh = build_tw_holidays.build()
    if shipped["generated_with_holidays"] != holidays.__version__:
        pytest.skip(
            f"tw_holidays.json was generated with holidays {shipped['generated_with_holidays']}, "
            f"{holidays.__version__} is installed: run tools/build_tw_holidays.py and review the diff"
        )
    assert shipped == json.loads(build_tw_holidays.render(fresh))
    assert build_tw_holidays.render(fresh) == build_tw_holidays.OUTPUT.read_text("utf-8")


def test_the_calendar_answers_as_the_package_would():
    holidays = pytest.importorskip("holidays")
    from checker.timing.office_calendar import OfficeCalendar, _national_holidays

    package = holidays.country_holidays("TW", categories=("public",), language="zh_TW", years=range(2016, 2031))
    ours = _national_holidays("zh_TW")
    for day, name in package.items():
        assert ours.get(day) == name
    assert set(package.weekend_workdays) <= ours.weekend_workdays
    calendar = OfficeCalendar()
    import datetime as dt

    assert calendar.closure(dt.date(2024, 2, 9)).kind == "holiday"  # 農曆除夕
    assert calendar.is_working_day(dt.date(2024, 2, 17))  # 補行上班


def _modules_after(code: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys, json; print(json.dumps(sorted(sys.modules)))"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def test_checking_a_bundle_imports_no_holidays_and_no_unused_renderer():
    bundle = ROOT / "examples" / "invention-led-package" / "bundle.yaml"
    modules = _modules_after(
        "import sys\nfrom checker.cli import app\n"
        f"sys.argv = ['patentcheck', 'check', {str(bundle)!r}, '--format', 'json']\n"
        "try:\n    app()\nexcept SystemExit:\n    pass"
    )
    assert "holidays" not in modules
    assert not any(name.startswith("checker.report.formats.sarif") for name in modules)
    assert "docx" not in modules  # the bundle has no Word document
    assert not any(name == "lxml" or name.startswith("lxml.") for name in modules)  # nor does it read one


def test_the_cli_module_imports_lazily():
    modules = _modules_after("import checker.cli")
    for heavy in ("durable", "jsonschema", "holidays", "docx", "checker.core.pipeline", "rich.console", "rich.table"):
        assert not any(name == heavy or name.startswith(heavy + ".") for name in modules), heavy
