"""A bundle whose governing date precedes its pack's in-force span (pack.yaml `in_force`)
gets a ``no-rule-set`` error, never a silent pass (checker/core/coverage.py)."""

from __future__ import annotations

import re
from pathlib import Path

import checker.api as api

ROOT = Path(__file__).resolve().parent.parent
CLIP = (ROOT / "examples/utility-model-cable-clip/bundle.yaml").read_text(encoding="utf-8")


def _dated(day: str) -> str:
    return re.sub(r"^submitted_on: \S+", f"submitted_on: {day}", CLIP, count=1, flags=re.M)


def test_a_bundle_before_the_pack_is_in_force_is_not_a_pass():
    report = api.check_yaml(_dated("2013-03-01"), lang="en")
    failed = report.findings()
    assert [f["rule"] for f in failed] == ["no-rule-set"]
    assert failed[0]["severity"] == "error"
    assert "2013-03-01" in failed[0]["message"] and "2013-06-13" in failed[0]["message"]
    assert failed[0]["location"]["pointer"] == "/submitted_on"
    assert report.exit_status == 1
    assert report.findings(outcome="pass") == []  # no rule applied: nothing was judged


def test_zh_tw_message_names_the_span():
    message = api.check_yaml(_dated("2013-06-12")).findings()[0]["message"]
    assert "2013-06-12" in message and "施行期間" in message


def test_the_first_day_in_force_is_covered():
    report = api.check_yaml(_dated("2013-06-13"), lang="en")
    assert "no-rule-set" not in {f["rule"] for f in report.findings()}
    assert report.findings(outcome="pass")


def test_it_can_be_ignored_by_name():
    report = api.check_yaml(_dated("2013-03-01"), ignore=["no-rule-set"])
    assert report.findings() == [] and report.exit_status == 0
