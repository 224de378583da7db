"""Rule conditions: checked against the fact registry, then translated into
durable-rules' condition dicts. Nothing is evaluated here; durable-rules does that.

The YAML form is small on purpose::

    {all: [...]} | {any: [...]} | {not: cond}
    {fact: NAME, is|is_not|lt|lte|gt|gte: VALUE or {fact: OTHER}}
    {fact: NAME, in|not_in: [VALUES]}
    {item: PROPERTY, ...}   (the same comparisons, of the item a `given` rule ranges over)

``not`` is pushed down to the comparisons (De Morgan), which is exact because every
fact always has a value of its declared type (see ``checker.packs.patent.facts``). That lets a
rule compile into a *fail* rule and a *pass* rule of which exactly one fires.
"""

from __future__ import annotations

import json
import re
from typing import Any

from checker.core.registry import FactSpec, ItemSpec

COMPARISONS = ("is", "is_not", "lt", "lte", "gt", "gte")
ORDERING = ("lt", "lte", "gt", "gte")
_NEGATED = {
    "is": "is_not",
    "is_not": "is",
    "lt": "gte",
    "gte": "lt",
    "lte": "gt",
    "gt": "lte",
    "in": "not_in",
    "not_in": "in",
}
_DURABLE_OP = {"is_not": "$neq", "lt": "$lt", "lte": "$lte", "gt": "$gt", "gte": "$gte"}
_PY_TYPES = {"bool": bool, "int": int, "str": str, "date": int}
_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


class ConditionError(ValueError):
    """A condition that cannot be compiled; ``path`` is a pointer inside the condition."""

    def __init__(self, message: str, path: str = "") -> None:
        super().__init__(message)
        self.path = path


def operator_of(comparison: dict[str, Any]) -> str:
    return next(key for key in comparison if key not in ("fact", "item"))


def subject(comparison: dict[str, Any]) -> tuple[str, str]:
    """("fact", name) or ("item", property): what a comparison reads."""
    return ("item", comparison["item"]) if "item" in comparison else ("fact", comparison["fact"])


def check(condition: dict[str, Any], facts: dict[str, FactSpec], item: ItemSpec | None = None, path: str = "") -> None:
    """Raise ConditionError when a condition names an unknown fact or item property, or
    mixes types. ``item`` is the item kind of a rule with ``given`` (else items are refused)."""
    if "all" in condition or "any" in condition:
        key = "all" if "all" in condition else "any"
        for index, part in enumerate(condition[key]):
            check(part, facts, item, f"{path}/{key}/{index}")
        return
    if "not" in condition:
        check(condition["not"], facts, item, f"{path}/not")
        return
    side, name = subject(condition)
    type_ = _type_of(side, name, facts, item, f"{path}/{side}")
    op = operator_of(condition)
    operands = condition[op] if op in ("in", "not_in") else [condition[op]]
    for operand in operands:
        if isinstance(operand, dict):
            other_side = "item" if "item" in operand else "fact"
            if other_side != side:
                raise ConditionError(
                    f"a {side} is compared with a{'n' if other_side == 'item' else ''} "
                    f"{other_side}: compare facts with facts and item properties with "
                    "properties of the same item",
                    f"{path}/{op}",
                )
            other = _type_of(other_side, operand[other_side], facts, item, f"{path}/{op}/{other_side}")
            if other != type_:
                raise ConditionError(
                    f"{side} {name!r} ({type_}) compared with {other_side} {operand[other_side]!r} ({other})",
                    f"{path}/{op}",
                )
        elif type_ == "date" and isinstance(operand, str) and _ISO_DATE.match(operand):
            continue
        elif type(operand) is not _PY_TYPES[type_]:
            raise ConditionError(
                f"{side} {name!r} is a {type_}; {operand!r} is not "
                "(durable-rules would compare mixed types as strings)",
                f"{path}/{op}",
            )
    if op in ORDERING and type_ not in ("int", "date"):
        raise ConditionError(f"{op!r} needs an int or date; {side} {name!r} is a {type_}", f"{path}/{op}")


def _type_of(side: str, name: str, facts: dict[str, FactSpec], item: ItemSpec | None, path: str) -> str:
    if side == "fact":
        spec = facts.get(name)
        if spec is None:
            raise ConditionError(f"unknown fact {name!r}", path)
        return spec.type
    if item is None:
        raise ConditionError(f"{{item: {name}}} needs a rule with `given: <item kind>`", path)
    if name not in item.properties:
        raise ConditionError(
            f"items of kind {item.kind!r} have no property {name!r} (they have: {', '.join(sorted(item.properties))})",
            path,
        )
    return item.properties[name]


def split(condition: dict[str, Any], path: str = "") -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A ``given`` rule's condition as (conditions on facts, conditions on the item), whose
    conjunction it is. durable-rules matches the bundle fact and the item fact separately,
    so every part of a top-level ``all`` must read facts only or the item only."""
    parts = condition["all"] if "all" in condition else [condition]
    on_facts: list[dict[str, Any]] = []
    on_item: list[dict[str, Any]] = []
    for index, part in enumerate(parts):
        sides = {side for side, _ in _subjects(part)}
        if sides == {"fact", "item"}:
            where = f"{path}/all/{index}" if "all" in condition else path
            raise ConditionError(
                "in a rule with `given`, each part of an `all` must read either facts "
                "or the item, not both (split it into two parts)",
                where,
            )
        (on_item if sides == {"item"} else on_facts).append(part)
    return on_facts, on_item


def _subjects(condition: dict[str, Any]) -> set[tuple[str, str]]:
    if "all" in condition or "any" in condition:
        parts = condition["all"] if "all" in condition else condition["any"]
        return set().union(*(_subjects(part) for part in parts))
    if "not" in condition:
        return _subjects(condition["not"])
    found = {subject(condition)}
    value = condition[operator_of(condition)]
    if isinstance(value, dict):
        found.add(("item", value["item"]) if "item" in value else ("fact", value["fact"]))
    return found


def negate(condition: dict[str, Any]) -> dict[str, Any]:
    if "all" in condition:
        return {"any": [negate(part) for part in condition["all"]]}
    if "any" in condition:
        return {"all": [negate(part) for part in condition["any"]]}
    if "not" in condition:
        return condition["not"]
    op = operator_of(condition)
    side, name = subject(condition)
    return {side: name, _NEGATED[op]: condition[op]}


def to_durable(condition: dict[str, Any]) -> dict[str, Any]:
    """The durable-rules form of a (checked) condition."""
    if "all" in condition:
        return {"$and": [to_durable(part) for part in condition["all"]]}
    if "any" in condition:
        return {"$or": [to_durable(part) for part in condition["any"]]}
    if "not" in condition:
        return to_durable(negate(condition["not"]))
    _, name = subject(condition)
    op = operator_of(condition)
    value = condition[op]
    if op == "in" and len(value) == 1:  # plain equality: an `$or` node per rule is never shared
        return {name: _literal(value[0])}
    if op == "in":
        return {"$or": [{name: _literal(item)} for item in value]}
    if op == "not_in":
        return {"$and": [{"$neq": {name: _literal(item)}} for item in value]}
    operand = {"$m": value.get("fact") or value.get("item")} if isinstance(value, dict) else _literal(value)
    if op == "is":
        return {name: operand}
    return {_DURABLE_OP[op]: {name: operand}}


def _literal(value: Any) -> Any:
    # ISO date literals compare with date facts, which are YYYYMMDD integers.
    if isinstance(value, str) and _ISO_DATE.match(value):
        return int(value.replace("-", ""))
    return value


def facts_used(condition: dict[str, Any]) -> set[str]:
    return {name for side, name in _subjects(condition) if side == "fact"}


def item_properties_used(condition: dict[str, Any]) -> set[str]:
    return {name for side, name in _subjects(condition) if side == "item"}


def render(condition: dict[str, Any]) -> str:
    """A readable one-line form, for `patentcheck rule`."""
    if "all" in condition:
        return "(" + " and ".join(render(part) for part in condition["all"]) + ")"
    if "any" in condition:
        return "(" + " or ".join(render(part) for part in condition["any"]) + ")"
    if "not" in condition:
        return "not " + render(condition["not"])
    op = operator_of(condition)
    side, name = subject(condition)
    symbol = {
        "is": "==",
        "is_not": "!=",
        "lt": "<",
        "lte": "<=",
        "gt": ">",
        "gte": ">=",
        "in": "in",
        "not_in": "not in",
    }[op]
    value = condition[op]
    if isinstance(value, dict):
        shown = f"item.{value['item']}" if "item" in value else value["fact"]
    else:
        shown = json.dumps(value, ensure_ascii=False)
    return f"{'item.' if side == 'item' else ''}{name} {symbol} {shown}"
