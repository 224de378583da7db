"""The fact registry: each fact is a documented, typed function of a bundle."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Callable

from checker.inputs.bundle import Bundle
from checker.language.texts import Claim, Section

FACT_TYPES = {"bool": bool, "int": int, "str": str, "date": int}  # date: YYYYMMDD, 0 = unknown


@dataclass(frozen=True)
class FactSpec:
    name: str
    type: str  # "bool" | "int" | "str"
    doc: str
    compute: Callable[["FactContext"], Any]
    generated_by: str | None = None  # e.g. "period priority": declared by a pack, tested there


FACTS: dict[str, FactSpec] = {}


def fact(name: str, type_: str):
    """Register ``compute(ctx)`` as fact ``name``; its docstring is the fact's documentation."""

    def register(compute: Callable[[FactContext], Any]) -> Callable[[FactContext], Any]:
        doc = " ".join((compute.__doc__ or "").split())
        register_fact(FactSpec(name, type_, doc, compute))

        @functools.wraps(compute)
        def once(ctx: FactContext) -> Any:  # a fact read by another is computed once per bundle
            return ctx.fact(name)

        return once

    return register


def register_fact(spec: FactSpec) -> None:
    """Add a fact; registering the same name again is an error unless it is the same
    declaration (rule packs may be loaded more than once in a process)."""
    known = FACTS.get(spec.name)
    if known is not None and (known.type, known.doc, known.generated_by) != (spec.type, spec.doc, spec.generated_by):
        raise ValueError(f"fact {spec.name!r} registered twice with different meanings")
    FACTS[spec.name] = spec


class FactContext:
    """One bundle, the evaluation date and the office calendar. Facts and parsed texts
    are computed once and shared (a fact may read others through ``fact``)."""

    def __init__(self, bundle: Bundle, as_of: dt.date, calendar: Any = None) -> None:
        self.bundle = bundle
        self.data = bundle.data
        self.as_of = as_of
        self.calendar = calendar
        self._values: dict[str, Any] = {}

    def fact(self, name: str) -> Any:
        if name not in self._values:
            spec = FACTS[name]
            value = spec.compute(self)
            if type(value) is not FACT_TYPES[spec.type]:
                raise TypeError(f"fact {name} computed {value!r}, not a {spec.type}")
            self._values[name] = value
        return self._values[name]

    def all_facts(self) -> dict[str, Any]:
        return {name: self.fact(name) for name in sorted(FACTS)}

    @cached_property
    def claims(self) -> list[Claim]:
        return self.bundle.claims() or []

    @cached_property
    def sections(self) -> list[Section]:
        return self.bundle.description_sections() or []

    @cached_property
    def description_text(self) -> str:
        """All of the description: its file as written (headings or not), or its sections."""
        source = self.bundle.texts.get("/description")
        if source is not None:
            return source.text
        return "\n".join(section.text for section in self.sections)


def derive_facts(bundle: Bundle, as_of: dt.date, calendar: Any = None) -> dict[str, Any]:
    return derive_context(bundle, as_of, calendar).all_facts()


def derive_context(bundle: Bundle, as_of: dt.date, calendar: Any = None) -> FactContext:
    if calendar is None:
        from checker.timing.office_calendar import OfficeCalendar

        calendar = OfficeCalendar()
    return FactContext(bundle, as_of, calendar)


def iso(value: int) -> str:
    """A YYYYMMDD fact as ISO text for messages; "unknown" for 0."""
    if not value:
        return "unknown"
    return f"{value // 10000:04d}-{value // 100 % 100:02d}-{value % 100:02d}"


def ymd(value: Any) -> int:
    """A validated ISO date string as YYYYMMDD (comparable in durable-rules); 0 if absent."""
    if not value:
        return 0
    return int(str(value).replace("-", ""))


def parse_date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(str(value)) if value else None


def blank(text: Any) -> bool:
    return text is None or not str(text).strip()
