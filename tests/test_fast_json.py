"""checker/report/fast_json.dumps is json.dumps(value, ensure_ascii=False, indent=2), byte for byte."""

from __future__ import annotations

import datetime as dt
import json
from enum import IntEnum
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.core.pipeline import Checker, Report, collect_bundles
from checker.report.fast_json import dumps

ROOT = Path(__file__).resolve().parent.parent


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def test_every_examples_report_is_encoded_as_json_does():
    checker = Checker()
    paths = [p for p in collect_bundles([ROOT / "examples"]) if "firm-rules" not in p.parts]
    report = Report([p.id for p in checker.packs], None)
    report.results = [checker.check_file(p, dt.date(2025, 6, 1)) for p in paths]
    data = report.as_json()
    assert len(data["bundles"]) > 20
    assert dumps(data) == _json(data)
    for bundle in data["bundles"]:
        assert dumps(bundle) == _json(bundle)


class Small(IntEnum):
    one = 1


@pytest.mark.parametrize(
    "value",
    [
        {},
        [],
        "",
        '\u0000\x1b[2J\u2028\ud800 「引號」"\\/\n\t',
        [[], {}, [[]], {"a": {}}],
        {"a": [1, 2.5, -0.0, 1e300, 10**30, True, False, None]},
        [float("nan"), float("inf"), -float("inf")],
        (1, (2, 3)),
        {"k": Small.one},
        {1: "a", 2.5: "b", False: "c", None: "d"},  # keys json converts: left to json
        {"when": dt.date(2025, 1, 1)},  # not JSON: json's own TypeError
    ],
)
def test_edge_values(value):
    try:
        expected = _json(value)
    except TypeError as exc:
        with pytest.raises(TypeError, match=str(exc)):
            dumps(value)
        return
    assert dumps(value) == expected


def test_a_circular_value_fails_as_json_does():
    value: list = []
    value.append(value)
    with pytest.raises(ValueError, match="Circular reference"):
        dumps(value)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(json_values)
def test_generated_values(value):
    assert dumps(value) == _json(value)
