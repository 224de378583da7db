"""Stage 1: the bundle's shape, checked against its pack's bundle schema.

Every schema error becomes a located finding; no rule runs on an invalid bundle.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.core.quickschema import Validator

from checker.core.findings import Finding, Location
from checker.core.resources import resource_dir
from checker.inputs.yamlsource import YamlDocument, escape_pointer_token

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

SCHEMA_RULE = "schema"


DEFAULT_SCHEMA = "bundle.schema.json"  # format 1 without `regime`: the patent pack's


@cache
def bundle_schema(path: Path | None = None) -> dict[str, Any]:
    """A pack's bundle schema (by default the patent bundle's, ``schemas/bundle.schema.json``)."""
    path = path or resource_dir("schemas") / DEFAULT_SCHEMA
    return json.loads(path.read_text("utf-8"))


@cache
def _validator(path: Path | None = None) -> Validator:
    return Validator(bundle_schema(path))


def pointer_of(path) -> str:
    return "".join(f"/{escape_pointer_token(str(p))}" for p in path) or "/"


def schema_findings(doc: YamlDocument, schema: Path | None = None) -> list[Finding]:
    findings = []
    for error in _validator(schema).iter_errors(doc.data):
        error = _most_specific(error)
        pointer, message, at_key = describe(error)
        pos = doc.key_position(pointer) if at_key else doc.position(pointer)
        findings.append(
            Finding(
                rule=SCHEMA_RULE,
                name=f"schema-{error.validator}",
                outcome="fail",
                severity="error",
                message=message,
                location=Location(pointer, pos.line, pos.column),
            )
        )
    return sorted(set(findings), key=Finding.sort_key)


def _most_specific(error: ValidationError) -> ValidationError:
    from jsonschema.exceptions import best_match

    # oneOf/anyOf ("inline text or {file: ...}") hide the useful error in their context.
    while error.context:
        deeper = best_match(error.context)
        if deeper is None:
            break
        error = deeper
    return error


def _plain(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


_TYPE_NAMES = {
    bool: "boolean",
    int: "integer",
    float: "number",
    str: "string",
    list: "list",
    dict: "mapping",
    type(None): "null",
}


def describe(error: ValidationError) -> tuple[str, str, bool]:
    """(pointer, message, whether the location is the key rather than the value)."""
    pointer = pointer_of(error.absolute_path)
    kind = error.validator
    where = pointer if pointer != "/" else "the bundle"
    if kind in ("additionalProperties", "unevaluatedProperties"):
        allowed = sorted(error.schema.get("properties", {}))
        extra = sorted(set(error.instance) - set(allowed)) if isinstance(error.instance, dict) else []
        if extra:
            key_pointer = pointer.rstrip("/") + "/" + escape_pointer_token(extra[0])
            hint = f"; allowed here: {', '.join(allowed)}" if allowed else ""
            return key_pointer, f"unknown key {extra[0]!r} in {where}{hint}", True
    if kind == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        return pointer, f"{where} lacks the required key {missing!r}", False
    if kind == "enum":
        options = ", ".join(str(o) for o in error.validator_value)
        return pointer, f"{_plain(error.instance)} is not allowed at {where}; use one of: {options}", False
    if kind == "const":
        return pointer, f"{where} must be {_plain(error.validator_value)}, not {_plain(error.instance)}", False
    if kind == "type":
        expected = error.validator_value
        expected = " or ".join(expected) if isinstance(expected, list) else expected
        got = _TYPE_NAMES.get(type(error.instance), type(error.instance).__name__)
        return pointer, f"{where} must be of type {expected}, not {got} ({_plain(error.instance)})", False
    if kind in ("format", "pattern") and "date" in str(error.schema.get("format", "")):
        return (
            pointer,
            (
                f"{_plain(error.instance)} at {where} is not a real calendar date in the form YYYY-MM-DD"
                " (years 1900-2199: statutory periods are computed from it)"
            ),
            False,
        )
    return pointer, f"{where}: {error.message}", False
