"""The quick validity check (checker/core/quickschema.py) answers as jsonschema does.

It may say "valid" only where jsonschema finds no error, "invalid" only where jsonschema
finds one, and "not decided" anywhere else; every shipped document and example is decided
"valid" (so checking them never imports jsonschema), and an invalid bundle still gets
jsonschema's located findings.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

import schema_strategies as S
from bundle_patch import merge
from checker.core.quickschema import Validator, compile_schema, quick_valid
from checker.inputs.yamlsource import load_yaml_file

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "schemas"


def _schema(name: str) -> dict:
    return json.loads((SCHEMAS / name).read_text("utf-8"))


def agree(schema: dict, instance) -> bool | None:
    """quick_valid's answer, after checking it against jsonschema's."""
    errors = list(
        Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER).iter_errors(instance)
    )
    quick = quick_valid(schema, instance)
    assert compile_schema(schema)(instance) is quick  # the compiled form decides alike
    if quick is True:
        assert not errors, f"quick says valid, jsonschema: {errors[0].message}"
    if quick is False:
        assert errors, "quick says invalid, jsonschema finds no error"
    return quick


def _bundle_schema(data) -> str:
    regime = data.get("regime") if isinstance(data, dict) else None
    return "indigenous_creation.bundle.schema.json" if regime else "bundle.schema.json"


EXAMPLES = [
    p
    for p in sorted((ROOT / "examples").rglob("*.yaml"))
    if "firm-rules" not in p.parts and isinstance(yaml.safe_load(p.read_text("utf-8")), dict)
]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_example_bundle_is_decided_valid(path):
    data = load_yaml_file(path).data
    assert agree(_bundle_schema(data) and _schema(_bundle_schema(data)), data) is True


@pytest.mark.parametrize(
    "pattern, schema",
    [
        ("rules/*/pack.yaml", "pack.schema.json"),
        ("examples/firm-rules/pack.yaml", "pack.schema.json"),
        ("rules/*/periods.yaml", "periods.schema.json"),
        ("rules/*/art*.yaml", "rule.schema.json"),
    ],
)
def test_every_shipped_pack_file_is_decided_valid(pattern, schema):
    files = sorted(ROOT.glob(pattern))
    assert files
    for path in files:
        assert agree(_schema(schema), load_yaml_file(path).data) is True, path


def _rule_case_bundles():
    for case_file in sorted((ROOT / "tests" / "rule_cases").glob("*.yml")):
        data = yaml.safe_load(case_file.read_text("utf-8"))
        for case in data.get("cases", []):
            base = case.get("base", data.get("base"))
            if base:
                yield case_file.stem, base, case.get("patch")


def test_rule_case_bundles_agree():
    """Hundreds of small departures from the examples, valid and invalid."""
    bases: dict[str, dict] = {}
    answers = {True: 0, False: 0, None: 0}
    for _, base, patch in _rule_case_bundles():
        if base not in bases:
            bases[base] = load_yaml_file(ROOT / base).data
        data = merge(bases[base], patch or {})
        answers[agree(_schema(_bundle_schema(data)), data)] += 1
    assert answers[True] > 200 and answers[False] > 5, answers


SETTINGS = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)


@SETTINGS
@given(S.bundles())
def test_bundles_drawn_from_the_schema_agree(data):
    agree(_schema("bundle.schema.json"), data)


@SETTINGS
@given(st.data())
def test_mutated_examples_agree(draw):
    path = draw.draw(st.sampled_from(EXAMPLES))
    data = S.mutate(load_yaml_file(path).data, draw.draw)
    agree(_schema(_bundle_schema(data) if isinstance(data, dict) else "bundle.schema.json"), data)


@pytest.mark.parametrize(
    "schema, instance, expected",
    [
        ({"const": 1}, True, False),  # a bool is not the number 1 to jsonschema
        ({"enum": [0, "a"]}, False, False),
        ({"enum": [1, "a"]}, 1.0, True),
        ({"type": "integer"}, 1.0, None),  # an integer to jsonschema: not decided here
        ({"type": "integer"}, True, False),
        ({"type": "number", "minimum": 1}, 0, False),
        ({"format": "date"}, "2025-02-30", False),
        ({"format": "date"}, "2025-02-28", True),
        ({"format": "date"}, "２０２５-02-28", False),  # full-width digits: not \\d in ASCII
        ({"format": "email"}, "x", None),
        ({"pattern": "^a"}, "ba", False),
        ({"pattern": "a"}, "ba", True),  # re.search, not a full match
        ({"patternProperties": {"^x": {}}}, {}, None),
        ({"unknownKeyword": 1}, 1, None),
        ({"uniqueItems": True}, [1, True], None),
        ({"uniqueItems": True}, ["a", "a"], False),
        ({"oneOf": [{"type": "string"}, {"minLength": 1}]}, "x", False),  # both match
        ({"if": {"type": "null"}, "else": {"format": "date"}}, None, True),
        ({"if": {"type": "null"}, "else": {"format": "date"}}, "x", False),
        ({"additionalProperties": False, "properties": {"a": {}}}, {"a": 1, 2: 3}, False),
        ({"not": {"type": "string"}}, 1, True),
    ],
)
def test_keywords_decide_as_jsonschema(schema, instance, expected):
    assert agree(schema, instance) is expected


def test_a_reference_to_another_document_is_not_decided():
    assert quick_valid({"$ref": "other.json#/a"}, 1) is None
    assert quick_valid({"$defs": {"a": {"$id": "x", "type": "string"}}, "$ref": "#/$defs/a"}, "s") is None
    assert quick_valid({"items": [{}]}, [1]) is None  # the array form is not 2020-12's


def test_an_invalid_bundle_gets_jsonschemas_errors():
    validator = Validator(_schema("bundle.schema.json"))
    data = load_yaml_file(ROOT / "examples" / "invention-led-package" / "bundle.yaml").data
    assert list(validator.iter_errors(data)) == []
    errors = list(validator.iter_errors({**data, "submitted_on": "2025-02-30"}))
    assert [e.validator for e in errors] == ["format"]


def test_checking_a_valid_bundle_imports_no_jsonschema():
    bundle = ROOT / "examples" / "invention-led-package" / "bundle.yaml"
    code = (
        "import sys\nfrom checker.cli import app\n"
        f"sys.argv = ['patentcheck', 'check', {str(bundle)!r}, '--format', 'json']\n"
        "try:\n    app()\nexcept SystemExit:\n    pass\n"
        "import json; print(json.dumps(sorted(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    modules = json.loads(done.stdout.strip().splitlines()[-1])
    assert not [m for m in modules if m == "jsonschema" or m.startswith("jsonschema.")]
