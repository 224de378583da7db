"""`check --format json` is written bundle by bundle (checker/report/stream_json.py) with
exactly the bytes of the report built at once, and the same exit status."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from pathlib import Path

import pytest

from checker.core.pipeline import Report
from checker.report.render import render_json
from checker.report.stream_json import write_json

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def paths(tmp_path_factory):
    root = tmp_path_factory.mktemp("stream")
    shutil.copytree(ROOT / "examples", root / "examples")
    (root / "examples" / "broken.yaml").write_text("format: [\n", "utf-8")
    from checker.core.pipeline import collect_bundles

    return collect_bundles([root / "examples"])


@pytest.mark.parametrize("as_of", [None, dt.date(2025, 6, 1)])
def test_streamed_bytes_equal_the_report_built_at_once(checker, paths, as_of):
    report = checker.check_paths(paths, as_of=as_of)
    out = io.StringIO()
    status = write_json(iter(report.results), report.packs, as_of, out)
    assert out.getvalue() == render_json(report)
    assert status == report.exit_status() == 2


def test_one_date_and_no_bundle(checker, paths):
    clean = [p for p in paths if p.parent.name == "invention-led-package"]
    report = checker.check_paths(clean)
    out = io.StringIO()
    assert write_json(iter(report.results), report.packs, None, out) == report.exit_status() == 0
    assert out.getvalue() == render_json(report) and '"as_of": "2025-03-14"' in out.getvalue()
    empty = io.StringIO()
    write_json(iter([]), ["p"], None, empty)
    assert empty.getvalue() == render_json(Report(["p"], None, []))
