"""A law pack's registry: its facts (named, typed, documented values of one bundle) and its
item kinds (collections a rule may range over: claims, priority claims, periods…).

Each pack owns one registry (``Registry("patent")``); nothing is global, so two packs may
name facts alike and loading one never changes another. Facts describe a bundle; they
never decide what the law requires: that is the rules' job, evaluated by durable-rules.

Every fact always has a value of its declared type (never null): a missing date is 0, an
unknown text is "". That keeps rule conditions, and their negations, exact in
durable-rules, which compares mixed types as strings and cannot test for null.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Any, Callable
from checker.core.dates import iso, to_date, ymd  # noqa: F401  (re-exported for the packs)

RESERVED_PROPERTIES = frozenset({"kind", "id", "sid", "pointer"})  # keys the engine and findings use
FACT_TYPES: dict[str, type] = {"bool": bool, "int": int, "str": str, "date": int}  # date: YYYYMMDD, 0 unknown


@dataclass(frozen=True)
class FactSpec:
    name: str
    type: str  # "bool" | "int" | "str" | "date"
    doc: str
    compute: Callable[[Any], Any]
    generated_by: str | None = None  # e.g. "period priority": declared by a pack's data, tested there
    # the value as a message in a language shows it, when that is not the value itself worded by
    # the pack's value table (e.g. a period's version label, which the pack gives per language)
    shown_in: Callable[[Any, str], Any] | None = None


@dataclass(frozen=True)
class ItemSpec:
    """A collection rules may range over (``given: <kind>``). ``compute(ctx)`` returns one
    dict per item: its ``pointer`` (where a finding about it points; ``POINTER@LINE:COL``
    into a text file) and a value of the declared type for every property."""

    kind: str
    properties: dict[str, str]  # property -> fact type
    doc: str
    compute: Callable[[Any], list[dict[str, Any]]]
    labels: dict[str, str] = field(default_factory=dict)  # singular noun per language, for listings


class Registry:
    """The facts and item kinds of one pack, and the context class that computes them."""

    def __init__(self, pack: str, context: type["FactContext"] | None = None) -> None:
        self.pack = pack
        self.facts: dict[str, FactSpec] = {}
        self.items: dict[str, ItemSpec] = {}
        self.context_class = context or FactContext

    def fact(self, name: str, type_: str):
        """Register ``compute(ctx)`` as fact ``name``; its docstring is the fact's documentation."""

        def register(compute: Callable[[Any], Any]) -> Callable[[Any], Any]:
            self.register(FactSpec(name, type_, " ".join((compute.__doc__ or "").split()), compute))

            @functools.wraps(compute)
            def once(ctx: FactContext) -> Any:  # a fact read by another is computed once per bundle
                return ctx.fact(name)

            return once

        return register

    def register(self, spec: FactSpec) -> None:
        """Add a fact; registering the same name again is an error unless it is the same
        declaration (a pack's data may be loaded more than once in a process)."""
        known = self.facts.get(spec.name)
        if known is not None and (known.type, known.doc, known.generated_by) != (
            spec.type,
            spec.doc,
            spec.generated_by,
        ):
            raise ValueError(f"{self.pack}: fact {spec.name!r} registered twice with different meanings")
        self.facts[spec.name] = spec

    def item_kind(self, kind: str, properties: dict[str, str], labels: dict[str, str] | None = None):
        """Register ``compute(ctx) -> list[dict]`` as the items of ``kind``."""
        for prop, type_ in properties.items():
            if prop in RESERVED_PROPERTIES:  # the engine's own keys of an asserted item
                raise ValueError(
                    f"{self.pack}: item property {kind}.{prop} uses a reserved name "
                    f"({', '.join(sorted(RESERVED_PROPERTIES))})"
                )
            if type_ not in FACT_TYPES:
                raise ValueError(f"{self.pack}: item property {kind}.{prop} has unknown type {type_!r}")

        def register(compute: Callable[[Any], list[dict[str, Any]]]) -> Callable[[Any], list[dict[str, Any]]]:
            doc = " ".join((compute.__doc__ or "").split())
            self.items[kind] = ItemSpec(kind, dict(properties), doc, compute, dict(labels or {}))

            @functools.wraps(compute)
            def once(ctx: FactContext) -> list[dict[str, Any]]:
                return ctx.items(kind)

            return once

        return register

    def context(self, bundle: Any, as_of: dt.date, calendar: Any = None) -> "FactContext":
        if calendar is None:
            from checker.timing.office_calendar import OfficeCalendar

            calendar = OfficeCalendar()
        return self.context_class(self, bundle, as_of, calendar)


class FactContext:
    """One bundle, the evaluation date and the office calendar. Facts, items and parsed
    texts are computed on first use and shared (a fact may read others through ``fact``),
    so a bundle computes only what the rules that apply to it read."""

    def __init__(self, registry: Registry, bundle: Any, as_of: dt.date, calendar: Any = None) -> None:
        self.registry = registry
        self.bundle = bundle
        self.data = bundle.data
        self.as_of = as_of
        self.calendar = calendar
        self._values: dict[str, Any] = {}
        self._items: dict[str, list[dict[str, Any]]] = {}

    def fact(self, name: str) -> Any:
        if name not in self._values:
            spec = self.registry.facts[name]
            value = spec.compute(self)
            if type(value) is not FACT_TYPES[spec.type]:
                raise TypeError(f"fact {name} computed {value!r}, not a {spec.type}")
            self._values[name] = value
        return self._values[name]

    def facts(self, names: Any) -> dict[str, Any]:
        return {name: self.fact(name) for name in names}

    def all_facts(self) -> dict[str, Any]:
        return self.facts(sorted(self.registry.facts))

    def items(self, kind: str) -> list[dict[str, Any]]:
        if kind not in self._items:
            spec = self.registry.items[kind]
            found = spec.compute(self)
            for item in found:
                for prop, type_ in spec.properties.items():
                    if type(item.get(prop)) is not FACT_TYPES[type_]:
                        raise TypeError(f"item {kind}.{prop} computed {item.get(prop)!r}, not a {type_}")
            self._items[kind] = found
        return self._items[kind]


def parse_date(value: Any) -> dt.date | None:
    """An ISO date of a bundle as a ``date`` (None when absent)."""
    return to_date(value)
