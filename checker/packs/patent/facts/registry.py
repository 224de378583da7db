"""The patent pack's registry: its facts and item kinds (see :mod:`checker.core.registry`),
and the context that parses a patent bundle's claims and description once."""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from typing import Any

from checker.core.registry import FactContext as _CoreContext
from checker.core.registry import FactSpec, Registry, iso, parse_date, ymd
from checker.inputs.bundle import Bundle
from checker.language.texts import Claim, Section

__all__ = [
    "FACTS",
    "REGISTRY",
    "FactContext",
    "FactSpec",
    "blank",
    "derive_context",
    "derive_facts",
    "fact",
    "iso",
    "parse_date",
    "register_fact",
    "ymd",
]


class FactContext(_CoreContext):
    """A patent bundle's context: its claims and description sections are parsed once."""

    bundle: Bundle

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


REGISTRY = Registry("patent", FactContext)
FACTS = REGISTRY.facts  # the pack's facts by name (read-only use outside this pack)
fact = REGISTRY.fact
register_fact = REGISTRY.register


def derive_context(bundle: Bundle, as_of: dt.date, calendar: Any = None) -> FactContext:
    return REGISTRY.context(bundle, as_of, calendar)  # type: ignore[return-value]


def derive_facts(bundle: Bundle, as_of: dt.date, calendar: Any = None) -> dict[str, Any]:
    return derive_context(bundle, as_of, calendar).all_facts()


def blank(text: Any) -> bool:
    return text is None or not str(text).strip()
