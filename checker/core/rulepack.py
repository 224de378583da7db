"""Loading rule packs: ``rules/<pack>/pack.yaml`` plus one YAML file per group of rules.

Each file is validated against ``schemas/rule.schema.json`` and then cross-checked
against the fact registry (fact names, value types, message placeholders), so a
mistake in a rule file is reported at its file, line and column, never as a cryptic
durable-rules error code at compile time.
"""

from __future__ import annotations

import json
import string
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from checker.core import conditions
from checker.core.errors import InputError
from checker.packs.patent.facts import FACTS
from checker.timing.deadlines import load_periods
from checker.packs.patent.facts.registry import iso
from checker.core.findings import Citation
from checker.core.resources import resource_dir
from checker.core.schema_check import describe
from checker.inputs.yamlsource import YamlDocument, load_yaml_file

LANGUAGES = ("zh-TW", "en")
PERIODS_FILE = "periods.yaml"


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    pack: str
    citations: tuple[Citation, ...]
    patent_types: tuple[str, ...]
    procedures: tuple[str, ...]
    in_force_from: int  # YYYYMMDD
    in_force_until: int | None  # YYYYMMDD, exclusive
    severity: str
    when: dict[str, Any] | None
    fail_when: dict[str, Any]
    location: str | dict[str, str]
    messages: dict[str, dict[str, str]]
    explanation: dict[str, str]
    fix: dict[str, str]
    uncertain: str | None
    source: str  # file:line where the rule is defined

    def message(self, outcome: str, lang: str, shown: dict[str, Any]) -> str:
        """The message with its placeholders filled from ``display_facts(facts)``."""
        return self.messages[outcome][lang].format_map(shown)

    def pointer(self, facts: dict[str, Any]) -> str:
        if isinstance(self.location, dict):
            return facts.get(self.location["fact"]) or self.location["default"]
        return self.location

    def in_force(self) -> tuple[str, str | None]:
        return iso(self.in_force_from), iso(self.in_force_until) if self.in_force_until else None

    def cites(self, law: str, article: int) -> bool:
        return any(c.law == law and c.article == article for c in self.citations)


@dataclass(frozen=True)
class RulePack:
    id: str
    title: str
    rules: tuple[Rule, ...]


@cache
def _rule_validator() -> Draft202012Validator:
    schema = json.loads((resource_dir("schemas") / "rule.schema.json").read_text("utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def load_packs(root: Path | None = None) -> list[RulePack]:
    root = root or resource_dir("rules")
    packs = [load_pack(folder) for folder in sorted(root.iterdir()) if (folder / "pack.yaml").is_file()]
    seen: dict[str, str] = {}
    for pack in packs:
        for rule in pack.rules:
            if rule.id in seen:
                raise InputError(f"rule id {rule.id} is also defined at {seen[rule.id]}", rule.source)
            seen[rule.id] = rule.source
    return packs


def load_pack(folder: Path) -> RulePack:
    meta = load_yaml_file(folder / "pack.yaml", _shown(folder / "pack.yaml")).data
    if not isinstance(meta, dict) or not isinstance(meta.get("id"), str):
        raise InputError("pack.yaml must give the pack's `id` (and `title`)", str(folder / "pack.yaml"))
    if (folder / PERIODS_FILE).is_file():  # first: rules read the facts periods produce
        load_periods(folder / PERIODS_FILE, _shown(folder / PERIODS_FILE))
    rules: list[Rule] = []
    for path in sorted(folder.glob("*.yaml")):
        if path.name not in ("pack.yaml", PERIODS_FILE):
            rules.extend(load_rule_file(path, meta["id"]))
    return RulePack(meta["id"], str(meta.get("title", meta["id"])), tuple(rules))


def _shown(path: Path) -> str:
    """Rule files are shown as `rules/<pack>/<file>` wherever the installation is."""
    return "/".join(path.parts[-3:])


def load_rule_file(path: Path, pack: str) -> list[Rule]:
    doc = load_yaml_file(path, _shown(path))
    for error in sorted(_rule_validator().iter_errors(doc.data), key=lambda e: list(e.absolute_path)):
        pointer, message, at_key = describe(error)
        raise _error(doc, pointer, f"invalid rule file: {message}", at_key)
    return [_rule(doc, index, data, pack) for index, data in enumerate(doc.data["rules"])]


def _error(doc: YamlDocument, pointer: str, message: str, at_key: bool = False) -> InputError:
    pos = doc.key_position(pointer) if at_key else doc.position(pointer)
    return InputError(message, doc.path, pos.line, pos.column, pointer)


def _ymd(text: str | None) -> int | None:
    return int(text.replace("-", "")) if text else None


def _rule(doc: YamlDocument, index: int, data: dict[str, Any], pack: str) -> Rule:
    base = f"/rules/{index}"
    for key in ("when", "fail_when"):
        if key in data:
            try:
                conditions.check(data[key])
            except conditions.ConditionError as exc:
                raise _error(doc, f"{base}/{key}{exc.path}", f"rule {data['id']}: {exc}") from None
    for outcome in ("fail", "pass"):
        for lang in LANGUAGES:
            pointer = f"{base}/messages/{outcome}/{lang}"
            for name in _placeholders(data["messages"][outcome][lang]):
                if name not in FACTS:
                    raise _error(doc, pointer, f"rule {data['id']}: message uses unknown fact {{{name}}}")
    location = data.get("location", "/")
    if isinstance(location, dict) and FACTS.get(location["fact"], None) is None:
        raise _error(doc, f"{base}/location/fact", f"rule {data['id']}: unknown fact {location['fact']!r}")
    applies = data["applies_to"]
    in_force = applies.get("in_force") or {"from": "1900-01-01"}
    pos = doc.position(base)
    return Rule(
        id=data["id"],
        name=data["name"],
        pack=pack,
        citations=tuple(Citation(c["law"], c["article"], c.get("paragraph"), c.get("subparagraph"),
                                 c.get("version")) for c in data["citations"]),
        patent_types=tuple(applies["patent_types"]),
        procedures=tuple(applies["procedures"]),
        in_force_from=_ymd(in_force["from"]) or 0,
        in_force_until=_ymd(in_force.get("until")),
        severity=data["severity"],
        when=data.get("when"),
        fail_when=data["fail_when"],
        location=location,
        messages=data["messages"],
        explanation=data["explanation"],
        fix=data["fix"],
        uncertain=data.get("uncertain"),
        source=f"{doc.path}:{pos.line}",
    )


def display_facts(facts: dict[str, Any]) -> dict[str, Any]:
    """Facts as messages show them: dates as ISO text. Computed once per bundle."""
    return {name: iso(value) if FACTS[name].type == "date" else value
            for name, value in facts.items() if name in FACTS}


def _placeholders(template: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(template) if name]


def applicability(rule: Rule) -> dict[str, Any]:
    """The rule's applies_to (and `when`) as a condition over facts."""
    parts: list[dict[str, Any]] = [
        {"fact": "patent_type", "in": list(rule.patent_types)},
        {"fact": "procedure", "in": list(rule.procedures)},
        {"fact": "governing_date", "gte": rule.in_force_from},
    ]
    if rule.in_force_until is not None:
        parts.append({"fact": "governing_date", "lt": rule.in_force_until})
    if rule.when is not None:
        parts.append(rule.when)
    return {"all": parts}
