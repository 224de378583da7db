"""Shared test helpers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `pytest` from a checkout without an install
    sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="session")
def checker():
    """One compiled rule set for the whole session (durable-rules registers it once)."""
    from checker.core.pipeline import Checker

    return Checker()


@pytest.fixture(autouse=True, scope="session")
def _json_reports_match_their_schema():
    """Every `--format json` report any test renders in-process (the CLI runner, the
    formats) is validated against schemas/report.schema.json as it is rendered, so a new
    field must be described there before a test can pass."""
    import json

    from jsonschema import Draft202012Validator

    import checker.report.formats as formats
    import checker.report.render as render

    validator = Draft202012Validator(json.loads((ROOT / "schemas" / "report.schema.json").read_text("utf-8")))
    original = render.render_json

    def validated(report):
        text = original(report)
        errors = sorted(validator.iter_errors(json.loads(text)), key=lambda e: list(e.absolute_path))
        assert not errors, "JSON report does not match schemas/report.schema.json: " + "; ".join(
            f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:5]
        )
        return text

    render.render_json = formats.render_json = validated
    yield
    render.render_json = formats.render_json = original
