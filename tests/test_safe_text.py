"""Control characters and bidi overrides from a bundle never reach a human-readable
format raw: text, github, markdown, junit and html show them as escapes; json and sarif
keep the exact value (JSON escapes it)."""

from __future__ import annotations

import json

import pytest

from checker.core.findings import BundleResult, Finding, Location
from checker.core.pipeline import Report
from checker.report.formats import FORMATS, Options
from checker.report.safe_text import neutralise

HOSTILE = "\x1b[2J\x1b]0;owned\x07\u202egnp.exe\r\x9b"
RAW = ("\x1b", "\x07", "\u202e", "\r", "\x9b")


def _report() -> Report:
    finding = Finding(
        "unused-suppression",
        "fail",
        "warning",
        f"rule {HOSTILE} does not exist",
        Location("/suppressions/0/rule", 3, 5),
        name="unused-suppression",
        suppressed=None,
    )
    return Report(["tw-patent-act-2013"], None, [BundleResult(f"a{HOSTILE}.yaml", True, [finding])])


def test_neutralise_shows_every_control_character():
    assert neutralise(HOSTILE) == "\\x1b[2J\\x1b]0;owned\\x07\\u202egnp.exe\\x0d\\x9b"
    assert neutralise("a\nb") == "a\\x0ab" and neutralise("a\nb", keep_newlines=True) == "a\nb"
    assert neutralise("專利法第25條 PA025-03") == "專利法第25條 PA025-03"


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f not in ("json", "sarif")])
def test_human_readable_formats_show_escapes(fmt):
    out = FORMATS[fmt](_report(), Options("en", True, None, {}))
    for char in RAW:
        assert char not in out, (fmt, repr(char))
    assert "\\x1b[2J" in out or "\\x1b\\[2J" in out or "\\\\x1b" in out


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_json_formats_keep_the_exact_value(fmt):
    out = FORMATS[fmt](_report(), Options("en", True, None, {}))
    assert any(HOSTILE in text for text in _strings(json.loads(out)))


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
