"""Loading law packs: ``rules/<pack>/pack.yaml`` plus one YAML file per group of rules.

A pack is a unit (``schemas/pack.schema.json``): its id, title and in-force span; the laws
it cites; the bundles it judges (``regime``, bundle schema, where texts may be files); its
registry of facts and item kinds; its applicability vocabulary with named scopes; its
periods; its rules. A pack may instead ``extend`` another (a firm's own rules over the
shipped facts, items and scopes), with its own id prefix.

Each rule file is validated against ``schemas/rule.schema.json`` and then cross-checked
against the pack (scopes, fact names, item properties, value types, message placeholders,
cited laws), so a mistake in a rule file is reported at its file, line and column, never
as a cryptic durable-rules error code at compile time.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import string
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from checker.core.quickschema import Validator

from checker.core import conditions, rulecache
from checker.core.errors import InputError
from checker.core.findings import Citation
from checker.core.registry import ItemSpec, Registry, iso
from checker.core.resources import resource_dir
from checker.core.schema_check import describe
from checker.core.shown import ValueTable, core_words, load_values
from checker.inputs.yamlsource import YamlDocument, load_yaml_file
from checker.core.dates import ymd

LANGUAGES = ("zh-TW", "en")
PERIODS_FILE = "periods.yaml"
PACK_FILE = "pack.yaml"
VALUES_FILE = "values.yaml"  # the pack's values shown to people (checker/core/shown.py)


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    pack: str
    citations: tuple[Citation, ...]
    scope: tuple[tuple[str, tuple[str, ...]], ...]  # (vocabulary fact, values), all must hold
    scope_names: tuple[str, ...]  # the pack's scope names the rule used ("" for an inline block)
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
    given: str | None = None  # the item kind a rule ranges over
    alternatives: tuple[tuple[tuple[str, tuple[str, ...]], ...], ...] = ()  # further scopes (any of them)

    def message(self, outcome: str, lang: str, shown: dict[str, Any], item: Any = None) -> str:
        """The message with its placeholders filled from the shown facts (and the item)."""
        values = _Shown(shown, item)
        # vformat only indexes its kwargs; _Shown computes a fact when a message reads it
        # rather than being a full Mapping.
        return string.Formatter().vformat(self.messages[outcome][lang], (), values)  # type: ignore[call-overload]

    def pointer(self, facts: dict[str, Any]) -> str:
        if isinstance(self.location, dict):
            return facts.get(self.location["fact"]) or self.location["default"]
        return self.location

    def in_force(self) -> tuple[str, str | None]:
        return iso(self.in_force_from), iso(self.in_force_until) if self.in_force_until else None

    def cites(self, law: str, article: int) -> bool:
        return any(c.law == law and c.article == article for c in self.citations)

    def scopes(self) -> tuple[tuple[tuple[str, tuple[str, ...]], ...], ...]:
        return (self.scope, *self.alternatives)

    def applies_values(self, fact: str) -> tuple[str, ...]:
        """Every value of a vocabulary fact for which the rule may apply (in any scope)."""
        found: list[str] = []
        for scope in self.scopes():
            for name, values in scope:
                if name == fact:
                    found.extend(v for v in values if v not in found)
        return tuple(found)

    def scope_text(self) -> str:
        """The applicability for people: "invention-application (patent_type: invention; procedure: application)"."""
        blocks = ["; ".join(f"{name}: {', '.join(values)}" for name, values in scope) for scope in self.scopes()]
        named = ", ".join(n for n in self.scope_names if n)
        body = " | ".join(blocks)
        return f"{named} ({body})" if named else body


class _Shown:
    """Message values: facts by name (read through ``shown``, which may compute them on
    demand), and ``item`` (its properties as ``{item.number}``)."""

    def __init__(self, shown: Any, item: Any) -> None:
        self.shown = shown
        self.item = _Item(item) if item is not None else None

    def __getitem__(self, name: str) -> Any:
        if name == "item" and self.item is not None:
            return self.item
        return self.shown[name]


class _Item:
    def __init__(self, values: dict[str, Any]) -> None:
        self._values = values

    def __getattr__(self, name: str) -> Any:
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None


@dataclass
class RulePack:
    id: str
    title: str
    rules: tuple[Rule, ...]
    regime: str = ""
    titles: dict[str, str] = field(default_factory=dict)
    registry: Registry | None = None
    default_regime: bool = False
    schema: Path | None = None
    texts: tuple[str, ...] = ()
    file_lists: tuple[str, ...] = ()
    vocabulary: dict[str, tuple[str, ...]] = field(default_factory=dict)
    scopes: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    laws: tuple[str, ...] = ()
    in_force_from: int = 0
    in_force_until: int | None = None
    extends: str | None = None
    prefix: str | None = None
    folder: Path | None = None
    values: ValueTable = field(default_factory=core_words)  # enum values worded per language

    def title_for(self, lang: str) -> str:
        return self.titles.get("en" if lang.startswith("en") else "zh-TW") or self.title


@cache
def _validator(name: str) -> Validator:
    schema = json.loads((resource_dir("schemas") / name).read_text("utf-8"))
    return Validator(schema)


def load_packs(root: Path | None = None, extra: tuple[Path, ...] | list[Path] = ()) -> list[RulePack]:
    """The shipped packs (``rules/<pack>/``) and any extra pack folders (a firm's rules)."""
    root = root or resource_dir("rules")
    folders = [f for f in sorted(root.iterdir()) if (f / PACK_FILE).is_file()]
    packs: list[RulePack] = []
    by_id: dict[str, RulePack] = {}
    pending = [*folders, *(Path(p) for p in extra)]
    # base packs first: an extending pack needs its base's registry and scopes
    for folder in sorted(pending, key=lambda f: _meta(f).get("extends") is not None):
        pack = load_pack(folder, by_id)
        if pack.id in by_id:
            raise InputError(
                f"pack id {pack.id} is also defined in {_pack_file(by_id[pack.id])}", _shown(folder / PACK_FILE)
            )
        by_id[pack.id] = pack
        packs.append(pack)
    seen: dict[str, str] = {}
    for pack in packs:
        for rule in pack.rules:
            if rule.id in seen:
                raise InputError(f"rule id {rule.id} is also defined at {seen[rule.id]}", rule.source)
            seen[rule.id] = rule.source
    regimes: dict[str, str] = {}
    for pack in packs:
        if pack.extends is None:
            if pack.regime in regimes:
                raise InputError(
                    f"regime {pack.regime!r} is also judged by pack {regimes[pack.regime]}", _pack_file(pack)
                )
            regimes[pack.regime] = pack.id
    return packs


@cache
def _meta_cached(path: Path) -> YamlDocument:
    return load_yaml_file(path, _shown(path))


def _meta(folder: Path) -> dict[str, Any]:
    path = Path(folder) / PACK_FILE
    if not path.is_file():
        raise InputError(f"{folder} is not a rule pack: it has no {PACK_FILE}", str(folder))
    data = _meta_cached(path).data
    return data if isinstance(data, dict) else {}


def load_pack(folder: Path, known: dict[str, RulePack] | None = None) -> RulePack:
    from checker.core.lawtext import add_laws_dir

    folder = Path(folder)
    doc = _meta_cached(folder / PACK_FILE)
    add_laws_dir(folder / "laws")  # a pack may bring the laws it cites
    for error in sorted(_validator("pack.schema.json").iter_errors(doc.data), key=lambda e: list(e.absolute_path)):
        pointer, message, at_key = describe(error)
        raise _error(doc, pointer, f"invalid pack file: {message}", at_key)
    meta = doc.data
    known = known or {}
    if "extends" in meta:
        base = known.get(meta["extends"])
        if base is None:
            raise _error(
                doc,
                "/extends",
                f"pack {meta['id']} extends unknown pack {meta['extends']!r} "
                f"(known: {', '.join(sorted(known)) or 'none'})",
            )
        pack = RulePack(
            id=meta["id"],
            title=_title(meta["title"])["en"],
            titles=_title(meta["title"]),
            rules=(),
            regime=base.regime,
            registry=base.registry,
            schema=base.schema,
            texts=base.texts,
            file_lists=base.file_lists,
            vocabulary=base.vocabulary,
            scopes=base.scopes,
            laws=base.laws,
            in_force_from=base.in_force_from,
            in_force_until=base.in_force_until,
            extends=base.id,
            prefix=meta["prefix"],
            folder=folder,
            values=base.values,
        )
    else:
        registry = _registry(folder, doc)
        in_force = meta["in_force"]
        pack = RulePack(
            id=meta["id"],
            title=_title(meta["title"])["en"],
            titles=_title(meta["title"]),
            rules=(),
            regime=meta["regime"],
            registry=registry,
            default_regime=bool(meta.get("default_regime")),
            schema=_schema_path(folder, doc, meta["bundle_schema"]),
            texts=tuple(meta.get("texts", ())),
            file_lists=tuple(meta.get("file_lists", ())),
            vocabulary={k: tuple(v) for k, v in meta["vocabulary"].items()},
            laws=tuple(meta.get("laws", ())),
            in_force_from=_ymd(str(in_force["from"])) or 0,
            in_force_until=_ymd(in_force.get("until")),
            folder=folder,
        )
        for name in (*pack.vocabulary, "governing_date"):
            if name not in registry.facts:
                raise _error(
                    doc,
                    "/vocabulary" if name != "governing_date" else "/facts",
                    f"pack {pack.id}: its facts must include {name!r}",
                )
        for name, block in meta.get("scopes", {}).items():
            pack.scopes[name] = _scope_block(doc, f"/scopes/{name}", block, pack.vocabulary)
        if (folder / PERIODS_FILE).is_file():  # first: rules read the facts periods produce
            from checker.timing.deadlines import load_periods

            load_periods(folder / PERIODS_FILE, _shown(folder / PERIODS_FILE), registry)
        if (folder / VALUES_FILE).is_file():  # after the periods: their facts may be shown
            pack.values = load_values(
                folder / VALUES_FILE,
                _shown(folder / VALUES_FILE),
                registry.facts,
                {kind: spec.properties for kind, spec in registry.items.items()},
            )
    files = [path for path in sorted(folder.glob("*.yaml")) if path.name not in (PACK_FILE, PERIODS_FILE, VALUES_FILE)]
    cache_key = rulecache.key(pack, files)  # reads every rule file once: hashed here, parsed below on a miss
    cached = rulecache.read(cache_key)
    if cached is not None:
        pack.rules = cached
        return pack
    rules: list[Rule] = []
    for path in files:
        rules.extend(load_rule_file(path, pack))
    pack.rules = tuple(rules)
    rulecache.write(cache_key, pack.rules)
    return pack


def _title(value: Any) -> dict[str, str]:
    return dict(value) if isinstance(value, dict) else {"zh-TW": str(value), "en": str(value)}


def _registry(folder: Path, doc: YamlDocument) -> Registry:
    """The pack's REGISTRY: from a module (dotted name) or a .py file beside pack.yaml."""
    target = doc.data["facts"]
    try:
        if target.endswith(".py"):
            path = (folder / target).resolve()
            name = f"_patentcheck_pack_{doc.data['id'].replace('-', '_')}"
            spec = importlib.util.spec_from_file_location(name, path)
            if spec is None or spec.loader is None or not path.is_file():
                raise ImportError(f"no such file {path}")
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
        else:
            module = importlib.import_module(target)
    except ImportError as exc:
        raise _error(doc, "/facts", f"cannot load the pack's facts {target!r}: {exc}") from None
    registry = getattr(module, "REGISTRY", None)
    if not isinstance(registry, Registry):
        raise _error(doc, "/facts", f"{target!r} defines no REGISTRY (a checker.core.registry.Registry)")
    return registry


def _schema_path(folder: Path, doc: YamlDocument, name: str) -> Path:
    for candidate in (folder / name, resource_dir("schemas") / name):
        if candidate.is_file():
            return candidate
    raise _error(doc, "/bundle_schema", f"bundle schema {name!r} is neither beside pack.yaml nor in schemas/")


def _scope_block(
    doc: YamlDocument, pointer: str, block: dict[str, Any], vocabulary: dict[str, tuple[str, ...]]
) -> dict[str, tuple[str, ...]]:
    for name, values in block.items():
        if name not in vocabulary:
            raise _error(
                doc,
                f"{pointer}/{name}",
                f"{name!r} is not in the pack's vocabulary ({', '.join(vocabulary)})",
                at_key=True,
            )
        for index, value in enumerate(values):
            if value not in vocabulary[name]:
                raise _error(
                    doc,
                    f"{pointer}/{name}/{index}",
                    f"{value!r} is not a {name} of the pack ({', '.join(vocabulary[name])})",
                )
    return {name: tuple(values) for name, values in block.items()}


def _pack_file(pack: RulePack) -> str:
    """Where a pack is declared, for messages (a pack built in code has no folder)."""
    return _shown(pack.folder / PACK_FILE) if pack.folder is not None else pack.id


def _shown(path: Path) -> str:
    """Shipped rule files are shown as `rules/<pack>/<file>` wherever the installation is;
    a firm's, relative to the working directory when below it."""
    path = Path(path)
    if len(path.parts) >= 3 and path.parts[-3] == "rules":  # rules/<pack>/<file>: a rules tree
        return "/".join(path.parts[-3:])
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def load_rule_file(path: Path, pack: RulePack) -> list[Rule]:
    doc = load_yaml_file(path, _shown(path))
    for error in sorted(_validator("rule.schema.json").iter_errors(doc.data), key=lambda e: list(e.absolute_path)):
        pointer, message, at_key = describe(error)
        raise _error(doc, pointer, f"invalid rule file: {message}", at_key)
    return [_rule(doc, index, data, pack) for index, data in enumerate(doc.data["rules"])]


def _error(doc: YamlDocument, pointer: str, message: str, at_key: bool = False) -> InputError:
    pos = doc.key_position(pointer) if at_key else doc.position(pointer)
    return InputError(message, doc.path, pos.line, pos.column, pointer)


def _ymd(text: str | None) -> int | None:
    return ymd(text) or None


def _rule(doc: YamlDocument, index: int, data: dict[str, Any], pack: RulePack) -> Rule:
    base = f"/rules/{index}"
    assert pack.registry is not None
    facts = pack.registry.facts
    if pack.prefix and not data["id"].startswith(pack.prefix):
        raise _error(
            doc,
            f"{base}/id",
            f"rule {data['id']}: the rules of pack {pack.id} have ids starting "
            f"with {pack.prefix} (e.g. {pack.prefix}001-01)",
        )
    item: ItemSpec | None = None
    if "given" in data:
        item = pack.registry.items.get(data["given"])
        if item is None:
            raise _error(
                doc,
                f"{base}/given",
                f"rule {data['id']}: pack {pack.id} has no items of kind "
                f"{data['given']!r} (it has: {', '.join(sorted(pack.registry.items)) or 'none'})",
            )
    for key in ("when", "fail_when"):
        if key in data:
            try:
                conditions.check(data[key], facts, item if key == "fail_when" else None)
                if key == "fail_when" and item is not None:
                    conditions.split(data[key])
            except conditions.ConditionError as exc:
                raise _error(doc, f"{base}/{key}{exc.path}", f"rule {data['id']}: {exc}") from None
    for outcome in ("fail", "pass"):
        for lang in LANGUAGES:
            pointer = f"{base}/messages/{outcome}/{lang}"
            for name in _placeholders(data["messages"][outcome][lang]):
                head, _, prop = name.partition(".")
                if head == "item" and item is not None and outcome == "fail":
                    if prop not in item.properties and prop != "pointer":
                        raise _error(
                            doc,
                            pointer,
                            f"rule {data['id']}: message uses {{{name}}}, but items "
                            f"of kind {item.kind!r} have no property {prop!r}",
                        )
                elif name not in facts:
                    raise _error(doc, pointer, f"rule {data['id']}: message uses unknown fact {{{name}}}")
    location = data.get("location", "/")
    if isinstance(location, dict) and facts.get(location["fact"], None) is None:
        raise _error(doc, f"{base}/location/fact", f"rule {data['id']}: unknown fact {location['fact']!r}")
    from checker.core.lawtext import laws

    for number, citation in enumerate(data["citations"]):
        if citation["law"] not in laws():
            raise _error(
                doc,
                f"{base}/citations/{number}/law",
                f"rule {data['id']}: unknown law "
                f"{citation['law']!r}: a law needs laws/<id>/law.yaml (shipped, or beside the pack)",
            )
        if pack.laws and citation["law"] not in pack.laws:
            raise _error(
                doc,
                f"{base}/citations/{number}/law",
                f"rule {data['id']}: pack {pack.id} does not "
                f"declare law {citation['law']!r} (its laws: {', '.join(pack.laws)})",
            )
    scopes, names = _applies(doc, f"{base}/applies_to", data["applies_to"], pack)
    in_force = data.get("in_force")
    pos = doc.position(base)
    return Rule(
        id=data["id"],
        name=data["name"],
        pack=pack.id,
        citations=tuple(
            Citation(
                c["law"],
                c["article"],
                c.get("paragraph"),
                c.get("subparagraph"),
                version=c.get("version"),
                item=c.get("item"),
            )
            for c in data["citations"]
        ),
        scope=scopes[0],
        alternatives=tuple(scopes[1:]),
        scope_names=names,
        in_force_from=(_ymd(str(in_force["from"])) if in_force else pack.in_force_from) or 0,
        in_force_until=_ymd(in_force.get("until")) if in_force else pack.in_force_until,
        severity=data["severity"],
        when=data.get("when"),
        fail_when=data["fail_when"],
        location=location,
        messages=data["messages"],
        explanation=data["explanation"],
        fix=data["fix"],
        uncertain=data.get("uncertain"),
        source=f"{doc.path}:{pos.line}",
        given=data.get("given"),
    )


def _applies(
    doc: YamlDocument, pointer: str, value: Any, pack: RulePack
) -> tuple[list[tuple[tuple[str, tuple[str, ...]], ...]], tuple[str, ...]]:
    """A rule's applies_to as scopes (each a sorted tuple of (fact, values)) and the names used."""

    def frozen(block: dict[str, tuple[str, ...]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
        return tuple(sorted((name, tuple(values)) for name, values in block.items()))

    if isinstance(value, dict):
        return [frozen(_scope_block(doc, pointer, value, pack.vocabulary))], ("",)
    names = [value] if isinstance(value, str) else list(value)
    found = []
    for number, name in enumerate(names):
        if name not in pack.scopes:
            where = pointer if isinstance(value, str) else f"{pointer}/{number}"
            raise _error(
                doc,
                where,
                f"unknown scope {name!r}: pack {pack.id} names {', '.join(sorted(pack.scopes)) or 'no scopes'}",
            )
        found.append(frozen(pack.scopes[name]))
    return found, tuple(names)


def display_facts(facts: dict[str, Any], registry: Registry) -> dict[str, Any]:
    """Facts as messages show them: dates as ISO text. Computed once per bundle."""
    specs = registry.facts
    return {name: iso(value) if specs[name].type == "date" else value for name, value in facts.items() if name in specs}


def _placeholders(template: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(template) if name]


def applicability(rule: Rule) -> dict[str, Any]:
    """The rule's applies_to, in-force span (and `when`) as a condition over facts."""
    alternatives = [{"all": [{"fact": name, "in": list(values)} for name, values in scope]} for scope in rule.scopes()]
    parts: list[dict[str, Any]] = [
        alternatives[0] if len(alternatives) == 1 else {"any": alternatives},
        {"fact": "governing_date", "gte": rule.in_force_from},
    ]
    if rule.in_force_until is not None:
        parts.append({"fact": "governing_date", "lt": rule.in_force_until})
    if rule.when is not None:
        parts.append(rule.when)
    return {"all": parts}
