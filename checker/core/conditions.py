"""Rule conditions: checked against the fact registry, then translated into
durable-rules' condition dicts. Nothing is evaluated here; durable-rules does that.

The YAML form is small on purpose::

    {all: [...]} | {any: [...]} | {not: cond}
    {fact: NAME, is|is_not|lt|lte|gt|gte: VALUE or {fact: OTHER}}
    {fact: NAME, in|not_in: [VALUES]}

``not`` is pushed down to the comparisons (De Morgan), which is exact because every
fact always has a value of its declared type (see ``checker.packs.patent.facts``). That lets a
rule compile into a *fail* rule and a *pass* rule of which exactly one fires.
"""

from __future__ import annotations

import json
import re
from typing import Any

from checker.packs.patent.facts import FACTS

COMPARISONS = ("is", "is_not", "lt", "lte", "gt", "gte")
ORDERING = ("lt", "lte", "gt", "gte")
_NEGATED = {"is": "is_not", "is_not": "is", "lt": "gte", "gte": "lt", "lte": "gt", "gt": "lte",
            "in": "not_in", "not_in": "in"}
_DURABLE_OP = {"is_not": "$neq", "lt": "$lt", "lte": "$lte", "gt": "$gt", "gte": "$gte"}
_PY_TYPES = {"bool": bool, "int": int, "str": str, "date": int}
_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


class ConditionError(ValueError):
    """A condition that cannot be compiled; ``path`` is a pointer inside the condition."""

    def __init__(self, message: str, path: str = "") -> None:
        super().__init__(message)
        self.path = path


def operator_of(comparison: dict[str, Any]) -> str:
    return next(key for key in comparison if key != "fact")


def check(condition: dict[str, Any], path: str = "") -> None:
    """Raise ConditionError when a condition names an unknown fact or mixes types."""
    if "all" in condition or "any" in condition:
        key = "all" if "all" in condition else "any"
        for index, part in enumerate(condition[key]):
            check(part, f"{path}/{key}/{index}")
        return
    if "not" in condition:
        check(condition["not"], f"{path}/not")
        return
    name = condition["fact"]
    spec = FACTS.get(name)
    if spec is None:
        raise ConditionError(f"unknown fact {name!r}", f"{path}/fact")
    op = operator_of(condition)
    operands = condition[op] if op in ("in", "not_in") else [condition[op]]
    for operand in operands:
        if isinstance(operand, dict):
            other = FACTS.get(operand["fact"])
            if other is None:
                raise ConditionError(f"unknown fact {operand['fact']!r}", f"{path}/{op}/fact")
            if other.type != spec.type:
                raise ConditionError(
                    f"fact {name!r} ({spec.type}) compared with fact {other.name!r} ({other.type})",
                    f"{path}/{op}",
                )
        elif spec.type == "date" and isinstance(operand, str) and _ISO_DATE.match(operand):
            continue
        elif type(operand) is not _PY_TYPES[spec.type]:
            raise ConditionError(
                f"fact {name!r} is a {spec.type}; {operand!r} is not "
                "(durable-rules would compare mixed types as strings)",
                f"{path}/{op}",
            )
    if op in ORDERING and spec.type not in ("int", "date"):
        raise ConditionError(f"{op!r} needs an int or date fact; {name!r} is a {spec.type}", f"{path}/{op}")


def negate(condition: dict[str, Any]) -> dict[str, Any]:
    if "all" in condition:
        return {"any": [negate(part) for part in condition["all"]]}
    if "any" in condition:
        return {"all": [negate(part) for part in condition["any"]]}
    if "not" in condition:
        return condition["not"]
    op = operator_of(condition)
    return {"fact": condition["fact"], _NEGATED[op]: condition[op]}


def to_durable(condition: dict[str, Any]) -> dict[str, Any]:
    """The durable-rules form of a (checked) condition."""
    if "all" in condition:
        return {"$and": [to_durable(part) for part in condition["all"]]}
    if "any" in condition:
        return {"$or": [to_durable(part) for part in condition["any"]]}
    if "not" in condition:
        return to_durable(negate(condition["not"]))
    name = condition["fact"]
    op = operator_of(condition)
    value = condition[op]
    if op == "in":
        return {"$or": [{name: _literal(item)} for item in value]}
    if op == "not_in":
        return {"$and": [{"$neq": {name: _literal(item)}} for item in value]}
    operand = {"$m": value["fact"]} if isinstance(value, dict) else _literal(value)
    if op == "is":
        return {name: operand}
    return {_DURABLE_OP[op]: {name: operand}}


def _literal(value: Any) -> Any:
    # ISO date literals compare with date facts, which are YYYYMMDD integers.
    if isinstance(value, str) and _ISO_DATE.match(value):
        return int(value.replace("-", ""))
    return value


def facts_used(condition: dict[str, Any]) -> set[str]:
    if "all" in condition or "any" in condition:
        parts = condition.get("all") or condition.get("any")
        return set().union(*(facts_used(part) for part in parts))
    if "not" in condition:
        return facts_used(condition["not"])
    op = operator_of(condition)
    used = {condition["fact"]}
    if isinstance(condition[op], dict):
        used.add(condition[op]["fact"])
    return used


def render(condition: dict[str, Any]) -> str:
    """A readable one-line form, for `patentcheck rule`."""
    if "all" in condition:
        return "(" + " and ".join(render(part) for part in condition["all"]) + ")"
    if "any" in condition:
        return "(" + " or ".join(render(part) for part in condition["any"]) + ")"
    if "not" in condition:
        return "not " + render(condition["not"])
    op = operator_of(condition)
    symbol = {"is": "==", "is_not": "!=", "lt": "<", "lte": "<=", "gt": ">", "gte": ">=",
              "in": "in", "not_in": "not in"}[op]
    value = condition[op]
    shown = value["fact"] if isinstance(value, dict) else json.dumps(value, ensure_ascii=False)
    return f"{condition['fact']} {symbol} {shown}"
