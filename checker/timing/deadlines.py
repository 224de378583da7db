"""Statutory periods: declared as data in a rule pack (``periods.yaml``), computed here.

Periods belong to the pack whose data declares them (its registry). For each period that
arises in a bundle (its start date is known and a version applies to the bundle's scope —
for the patent pack, its patent type — at the governing date), the deadline is computed with the office
calendar (``checker.timing.periods``) and published as facts that rules read:

* ``<id>_deadline``: the last day, after roll-forward (date; 0 when the period does not arise)
* ``<id>_status``: ``done`` / ``late`` (the act is recorded, in time or not), ``pending`` /
  ``overdue`` (not done, judged at the evaluation date), ``open`` / ``closed`` for an
  optional act, "" when the period does not arise
* ``<id>_version``: the label of the version of the law applied (messages show it in the
  report's language: the version's ``label`` or ``label_en``)
* ``<id>_verified``: False when a date examined lies outside the verified calendar years

Comparing two dates is all this module decides; lengths, versions and what is required
are the pack's data, and whether a status is a defect is a rule's.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from checker.core.quickschema import Validator

from checker.core.errors import InputError
from checker.core.registry import FactContext, FactSpec, Registry
from checker.core.findings import Citation
from checker.timing.periods import Deadline, compute_deadline, given_deadline
from checker.core.resources import resource_dir
from checker.core.schema_check import describe
from checker.inputs.yamlsource import load_yaml_file
from checker.core.dates import to_date, ymd


@dataclass(frozen=True)
class PeriodVersion:
    label: str
    scope: tuple[tuple[str, tuple[str, ...]], ...]  # (fact, values) the bundle must match
    years: int  # years, months, days: all 0 for a period whose end is given (Period.ends)
    months: int
    days: int
    basis: tuple[Citation, ...]
    in_force_from: int
    in_force_until: int | None
    label_en: str | None = None  # English reports; `label` (Chinese) when the pack gives none

    def label_for(self, lang: str) -> str:
        return self.label_en if lang == "en" and self.label_en else self.label

    def applies(self, ctx: FactContext, governing: int) -> bool:
        return (
            all(ctx.fact(name) in values for name, values in self.scope)
            and self.in_force_from <= governing
            and (self.in_force_until is None or governing < self.in_force_until)
        )


@dataclass(frozen=True)
class Period:
    id: str
    title: dict[str, str]
    start: str | None  # the date fact that starts it, or
    act: str | None
    act_procedures: tuple[str, ...] | None
    optional: bool
    procedures: tuple[str, ...] | None  # the bundles the period arises for (None: every one)
    governed_by: str
    versions: tuple[PeriodVersion, ...]
    source: str
    ends: str | None = None  # the date fact of a last day the bundle gives (指定期間)
    event_label: dict[str, str] | None = None  # what the event is, per language
    # An item period (`given: <item kind>`) arises once per item of that kind matching
    # `where` (item property -> values); start, ends and act then name item properties,
    # and the items carry <id>_deadline and <id>_status for the rules.
    given: str | None = None
    where: tuple[tuple[str, tuple[str, ...]], ...] = ()
    first_day_basis: tuple[dict[str, Any], ...] | None = None  # default: the Patent Act's

    @property
    def event_fact(self) -> str:
        """The date fact listings show as the period's event: its start, or its given end."""
        return self.start or self.ends or ""

    def event_name(self, lang: str) -> str:
        """The event for people (核准審定書送達日 / allowance served), else the fact's name."""
        return (self.event_label or {}).get(lang) or self.event_fact


@dataclass(frozen=True)
class DeadlineRecord:
    period: Period
    version: PeriodVersion
    deadline: Deadline
    status: str
    act_on: dt.date | None
    pointer: str | None = None  # the item an item period's deadline is about


_SUFFIXES = {
    "deadline": ("date", "The last day of the {title} after roll-forward (YYYYMMDD); 0 when it does not arise."),
    "status": ("str", 'The {title}: done, late, pending, overdue (open, closed if optional), or "".'),
    "version": ("str", 'The version of the law applied to the {title}; "" when it does not arise.'),
    "verified": ("bool", "False when computing the {title} met a date outside the verified calendar years."),
}


@cache
def _validator() -> Validator:
    schema = json.loads((resource_dir("schemas") / "periods.schema.json").read_text("utf-8"))
    return Validator(schema)


def _ymd(text: str | None) -> int | None:
    return ymd(text) or None


def load_periods(path: Path, shown_as: str, registry: Registry) -> list[Period]:
    facts = registry.facts
    doc = load_yaml_file(path, shown_as)
    for error in _validator().iter_errors(doc.data):
        pointer, message, at_key = describe(error)
        pos = doc.key_position(pointer) if at_key else doc.position(pointer)
        raise InputError(f"invalid periods file: {message}", shown_as, pos.line, pos.column, pointer)
    first_day = (
        tuple(
            Citation(c["law"], c["article"], c.get("paragraph"), c.get("subparagraph")).as_json()
            for c in doc.data.get("first_day_basis") or ()
        )
        or None
    )
    periods = []
    for index, data in enumerate(doc.data["periods"]):
        given = data.get("given")
        if given is not None and given not in registry.items:
            pos = doc.position(f"/periods/{index}/given")
            raise InputError(
                f"period {data['id']}: the pack has no items of kind {given!r}", shown_as, pos.line, pos.column
            )
        item_props = registry.items[given].properties if given is not None else {}
        for key in ("start", "ends", "act", "governed_by"):
            name = data.get(key)
            if name is None:
                continue
            if given is not None and key != "governed_by":
                if item_props.get(name) != "date":
                    pos = doc.position(f"/periods/{index}/{key}")
                    raise InputError(
                        f"period {data['id']}: {name!r} is not a date property of the {given} items",
                        shown_as,
                        pos.line,
                        pos.column,
                    )
            elif name not in facts or facts[name].type != "date":
                pos = doc.position(f"/periods/{index}/{key}")
                raise InputError(f"period {data['id']}: {name!r} is not a date fact", shown_as, pos.line, pos.column)
        for prop in data.get("where") or {}:
            if prop not in item_props:
                pos = doc.key_position(f"/periods/{index}/where/{prop}")
                raise InputError(
                    f"period {data['id']}: the {given} items have no property {prop!r}", shown_as, pos.line, pos.column
                )
        period = Period(
            id=data["id"],
            title=data["title"],
            start=data.get("start"),
            ends=data.get("ends"),
            act=data.get("act"),
            act_procedures=tuple(data["act_procedures"]) if "act_procedures" in data else None,
            optional=data.get("optional", False),
            procedures=tuple(data["procedures"]) if "procedures" in data else None,
            governed_by=data.get("governed_by", "governing_date"),
            versions=tuple(_version(v) for v in data["versions"]),
            source=f"{shown_as}:{doc.position(f'/periods/{index}').line}",
            event_label=data.get("event_label"),
            given=given,
            where=tuple((k, tuple(v)) for k, v in sorted((data.get("where") or {}).items())),
            first_day_basis=first_day,
        )
        for number, version in enumerate(data["versions"]):
            # A counted period needs a length; a given end must not have one.
            if ("length" in version) != (period.start is not None):
                pos = doc.position(f"/periods/{index}/versions/{number}")
                need = "needs a length" if period.start else "has its end given (ends): no length"
                raise InputError(f"period {data['id']}: version {number + 1} {need}", shown_as, pos.line, pos.column)
        _register(period, registry)
        periods.append(period)
    return periods


def _version(data: dict[str, Any]) -> PeriodVersion:
    length = data.get("length", {})
    # `patent_types` is the patent pack's spelling of {patent_type: [...]}
    scope = data.get("applies_to") or {"patent_type": data["patent_types"]}
    return PeriodVersion(
        label=data["label"],
        scope=tuple((name, tuple(values)) for name, values in sorted(scope.items())),
        years=length.get("years", 0),
        months=length.get("months", 0),
        days=length.get("days", 0),
        basis=tuple(
            Citation(c["law"], c["article"], c.get("paragraph"), c.get("subparagraph"), c.get("version"))
            for c in data["basis"]
        ),
        in_force_from=_ymd(data["in_force"]["from"]) or 0,
        in_force_until=_ymd(data["in_force"].get("until")),
        label_en=data.get("label_en"),
    )


def periods_of(registry: Registry) -> dict[str, Period]:
    """The periods a pack's data declared, by id."""
    return registry.__dict__.setdefault("periods", {})


def _register(period: Period, registry: Registry) -> None:
    periods_of(registry)[period.id] = period
    if period.given is not None:
        _register_item_period(period, registry)
        return
    for suffix, (type_, doc) in _SUFFIXES.items():
        registry.register(
            FactSpec(
                f"{period.id}_{suffix}",
                type_,
                doc.format(title=period.title["en"]),
                _fact_reader(period.id, suffix),
                generated_by=f"period {period.id}",
                shown_in=_version_label(period.id) if suffix == "version" else None,
            )
        )


def _version_label(period_id: str):
    """A version's label as a message in ``lang`` shows it (English: ``label_en``, if any)."""

    def shown(ctx: FactContext, lang: str) -> str:
        record = deadline_of(ctx, period_id)
        return record.version.label_for(lang) if record is not None else ""

    return shown


def _fact_reader(period_id: str, suffix: str):
    def read(ctx: FactContext) -> Any:
        record = deadline_of(ctx, period_id)
        if record is None:
            return {"deadline": 0, "status": "", "version": "", "verified": True}[suffix]
        return {
            "deadline": int(record.deadline.end.strftime("%Y%m%d")),
            "status": record.status,
            "version": record.version.label,
            "verified": record.deadline.verified,
        }[suffix]

    return read


def _date(value: int) -> dt.date:
    day = to_date(value)
    assert day is not None  # callers pass a known date
    return day


def _register_item_period(period: Period, registry: Registry) -> None:
    """The items of the period's kind gain <id>_deadline and <id>_status (date 0 and ""
    when the period does not arise for an item), computed after the pack's own properties."""
    spec = registry.items[period.given or ""]
    inner = spec.compute
    deadline_prop, status_prop = f"{period.id}_deadline", f"{period.id}_status"
    if deadline_prop in spec.properties:  # the pack's data loaded again in this process
        return

    def compute(ctx: FactContext) -> list[dict[str, Any]]:
        found = inner(ctx)
        for item in found:
            record = item_deadline_of(ctx, period.id, item)
            item[deadline_prop] = int(record.deadline.end.strftime("%Y%m%d")) if record else 0
            item[status_prop] = record.status if record else ""
        return found

    properties = {**spec.properties, deadline_prop: "date", status_prop: "str"}
    registry.items[spec.kind] = replace(spec, properties=properties, compute=compute)


def item_deadline_of(ctx: FactContext, period_id: str, item: dict[str, Any]) -> DeadlineRecord | None:
    """An item period's deadline for one item, computed once per bundle and item."""
    cache_ = ctx.__dict__.setdefault("_item_deadlines", {})
    key = (period_id, item["pointer"])
    if key not in cache_:
        period = periods_of(ctx.registry)[period_id]
        arises = all(item.get(prop) in values for prop, values in period.where)
        cache_[key] = _compute(ctx, period, item) if arises else None
    return cache_[key]


def deadline_of(ctx: FactContext, period_id: str) -> DeadlineRecord | None:
    """The period's deadline for this bundle, computed once per bundle."""
    cache_ = ctx.__dict__.setdefault("_deadlines", {})
    if period_id not in cache_:
        cache_[period_id] = _compute(ctx, periods_of(ctx.registry)[period_id])
    return cache_[period_id]


def _compute(ctx: FactContext, period: Period, item: dict[str, Any] | None = None) -> DeadlineRecord | None:
    """A period's deadline; for an item period, ``item`` gives its dates."""

    def value(name: str) -> Any:
        return item[name] if item is not None else ctx.fact(name)

    if period.procedures is not None and ctx.fact("procedure") not in period.procedures:
        return None
    event = value(period.event_fact)
    if not event:
        return None
    governing = ctx.fact(period.governed_by) or ctx.fact("evaluation_date")
    version = next((v for v in period.versions if v.applies(ctx, governing)), None)
    if version is None:
        return None
    if period.ends:
        deadline = given_deadline(
            _date(event), calendar=ctx.calendar, source=period.ends, basis=tuple(c.as_json() for c in version.basis)
        )
    else:
        deadline = compute_deadline(
            _date(event),
            years=version.years,
            months=version.months,
            days=version.days,
            calendar=ctx.calendar,
            **({"first_day_basis": period.first_day_basis} if period.first_day_basis else {}),
        )
    act_on = 0
    if period.act and (period.act_procedures is None or ctx.fact("procedure") in period.act_procedures):
        act_on = value(period.act)
    if act_on:
        status = "done" if _date(act_on) <= deadline.end else "late"
    elif ctx.as_of <= deadline.end:
        status = "open" if period.optional else "pending"
    else:
        status = "closed" if period.optional else "overdue"
    return DeadlineRecord(
        period,
        version,
        deadline,
        status,
        _date(act_on) if act_on else None,
        item["pointer"] if item is not None else None,
    )


def deadlines_of(ctx: FactContext) -> list[DeadlineRecord]:
    """Every period that arises in the bundle (an item period once per item), by deadline."""
    records: list[DeadlineRecord | None] = []
    for pid, period in sorted(periods_of(ctx.registry).items()):
        if period.given is None:
            records.append(deadline_of(ctx, pid))
        else:
            records.extend(item_deadline_of(ctx, pid, item) for item in ctx.items(period.given))
    found = [r for r in records if r is not None]
    return sorted(found, key=lambda r: (r.deadline.end, r.period.id, r.pointer or ""))
