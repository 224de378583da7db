"""Hypothesis strategies for bundles: values drawn from ``schemas/bundle.schema.json``
(mostly valid, so that facts and rules run), mutations of the shipped examples, and
claim and description texts in the office layout.

The schema strategy is written here rather than taken from hypothesis-jsonschema, which
does not generate objects with the installed hypothesis (its ``from_object_schema`` uses
an internal API hypothesis removed) and needs about 30 s to build a strategy for this
schema. It follows the keywords the bundle schema uses: ``$ref``, ``type``, ``enum``,
``const``, ``properties``/``required``/``additionalProperties``, ``items``, ``minimum``/
``maximum``, ``pattern``, ``oneOf``, and the ``if: {type: null}, else: …`` of optional dates.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent

WORDS = [
    "基板",
    "發光晶片",
    "散熱片",
    "封裝膠體",
    "鰭片",
    "導熱墊",
    "the substrate",
    "10",
    "（",
    "）",
    "；",
    "，",
    "。",
    "\n",
    " ",
    "\t",
    "2 mm",
    "圖1",
    "FIG. 2",
    "如請求項1所述之",
    "其中",
]
text = st.lists(st.sampled_from(WORDS) | st.text(max_size=6), max_size=12).map("".join)
dates = st.dates(dt.date(1900, 1, 1), dt.date(2199, 12, 31)).map(dt.date.isoformat)
near_dates = st.dates(dt.date(2010, 1, 1), dt.date(2030, 12, 31)).map(dt.date.isoformat)


@cache
def bundle_schema(name: str = "bundle.schema.json") -> dict[str, Any]:
    """A regime's bundle schema from schemas/ (the patent pack's by default)."""
    return json.loads((ROOT / "schemas" / name).read_text("utf-8"))


def _resolve(ref: str, root: dict[str, Any]) -> dict[str, Any]:
    node: Any = root
    for token in ref.removeprefix("#/").split("/"):
        node = node[token]
    return node


def from_schema(schema: dict[str, Any], depth: int = 0, root: dict[str, Any] | None = None) -> st.SearchStrategy:
    """Values that mostly satisfy ``schema`` (if/then and cross-field rules aside); ``$ref``
    resolves in ``root`` (the patent bundle schema by default)."""
    root = bundle_schema() if root is None else root
    if "$ref" in schema:
        return st.deferred(lambda: from_schema(_resolve(schema["$ref"], root), depth + 1, root))
    if "if" in schema and schema["if"] == {"type": "null"} and "else" in schema:
        return st.none() | from_schema(schema["else"], depth + 1, root)
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    if "oneOf" in schema and "type" not in schema and "properties" not in schema:
        return st.one_of([from_schema(branch, depth + 1, root) for branch in schema["oneOf"]])
    kinds = schema.get("type") or ("object" if "properties" in schema else "string")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return st.one_of([_of_type(kind, schema, depth, root) for kind in kinds])


def _of_type(kind: str, schema: dict[str, Any], depth: int, root: dict[str, Any]) -> st.SearchStrategy:
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind in ("integer", "number"):
        low, high = schema.get("minimum", -5), schema.get("maximum", 10**6)
        return st.integers(low, min(high, low + 10**6)) | st.integers(low, high)
    if kind == "string":
        pattern = schema.get("pattern")
        if schema.get("format") == "date" or (pattern and "[0-9]{2}-[0-9]{2}" in pattern):
            return near_dates | dates
        if pattern == r"\S":
            return text.filter(lambda s: s.strip())
        if pattern:
            return st.from_regex(pattern, fullmatch=True)
        return text
    if kind == "array":
        items = from_schema(schema.get("items", {}), depth + 1, root)
        return st.lists(items, min_size=schema.get("minItems", 0), max_size=3 if depth < 6 else 0)
    return _object(schema, depth, root)


def _object(schema: dict[str, Any], depth: int, root: dict[str, Any]) -> st.SearchStrategy:
    properties = schema.get("properties", {})
    required = [key for key in schema.get("required", []) if key in properties]
    optional = [key for key in properties if key not in required]
    if depth > 8:
        optional = []
    base = st.fixed_dictionaries(
        {key: from_schema(properties[key], depth + 1, root) for key in required},
        optional={key: from_schema(properties[key], depth + 1, root) for key in optional},
    )
    if "oneOf" in schema:  # {text: …} or {file: …}: keep the branch's required keys
        base = (
            st.one_of(
                [
                    base.filter(lambda value, need=tuple(branch.get("required", ())): all(key in value for key in need))
                    for branch in schema["oneOf"]
                ]
            )
            | base
        )
    return base


def bundles(
    schema_file: str = "bundle.schema.json", head_keys: tuple[str, ...] = ("format", "procedure", "patent_type")
) -> st.SearchStrategy:
    """Bundles from a regime's schema (the patent pack's by default), with a valid head
    (for patents: format, procedure, patent type; for another regime: format, regime, procedure)."""
    schema = bundle_schema(schema_file)
    head = {key: from_schema(schema["properties"][key], root=schema) for key in head_keys}
    rest = {
        key: from_schema(value, root=schema)
        for key, value in schema["properties"].items()
        if key not in head and key not in ("$schema", "suppressions")
    }
    return st.fixed_dictionaries(head, optional=rest)


# -- mutations of the shipped examples -------------------------------------------------

ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**30), 10**30),
    st.floats(allow_nan=True),
    text,
    st.sampled_from(["", "x", "2025-02-30", "NO", "~", "[", "1e999", "0x1F", "\u202e", "\x1b[2J"]),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(text, st.integers(), max_size=2),
    st.sampled_from([{"file": "../x"}, {"file": "/etc/passwd"}, {"file": "nope.txt"}, {"text": 5}]),
)


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, prefix + (key,))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, prefix + (index,))
    return found


def mutate(data: Any, draw) -> Any:
    """One mutation: delete a key or item, replace a value by another kind, or put a random
    string where an enum word stands."""
    paths = [p for p in _paths(data) if p]
    if not paths:
        return draw(ODD_VALUES)
    path = draw(st.sampled_from(paths))
    parent: Any = data
    for token in path[:-1]:
        parent = parent[token]
    action = draw(st.sampled_from(["delete", "replace", "string"]))
    if action == "delete":
        del parent[path[-1]]
    elif action == "replace":
        parent[path[-1]] = draw(ODD_VALUES)
    else:
        parent[path[-1]] = draw(text)
    return data


# -- claim and description texts -------------------------------------------------------

small = st.integers(1, 40)  # claim numbers stay small here: huge numbers are tests/test_claim_analysis.py's
reference = st.one_of(
    small.map(lambda n: f"如請求項{n}所述之"),
    st.tuples(small, small).map(lambda p: f"如請求項{p[0]}至{p[1]}中任一項所述之"),
    st.tuples(small, small).map(lambda p: f"如請求項{p[0]}或{p[1]}所述之"),
    st.just("如前述任一請求項所述之"),
    small.map(lambda n: f"依據申請專利範圍第{n}項"),
    small.map(lambda n: f"The device of claim {n}, "),
)
claim_body = st.lists(reference | st.sampled_from(WORDS), min_size=1, max_size=8).map("".join)


def claims_file() -> st.SearchStrategy:
    numbering = st.sampled_from(["【第{n}項】\n", "{n}. ", "{n}、", "【第{n}項】", ""])
    claim = st.tuples(small, numbering, claim_body).map(lambda c: c[1].format(n=c[0]) + c[2])
    return st.lists(claim, max_size=12).map("\n".join)


HEADINGS = [
    "【發明名稱】",
    "【技術領域】",
    "【先前技術】",
    "【發明內容】",
    "【實施方式】",
    "【圖式簡單說明】",
    "【符號說明】",
    "【新型內容】",
    "【0001】",
    "【0002】",
    "【0004】",
    "【設計名稱】",
    "【物品用途】",
    "【設計說明】",
    "【",
    "】",
]


def description_file() -> st.SearchStrategy:
    line = st.sampled_from(HEADINGS) | claim_body | st.sampled_from(["圖1為剖面圖。", "10：基板", "基板10", "第一圖"])
    return st.lists(line, max_size=25).map("\n".join)
