"""Stage 3: durable-rules evaluates every rule condition. The only module that imports
``durable`` (see the project notes on its sharp edges).

Each rule compiles to two durable rules, ``<id>|fail`` (applies and fail_when) and
``<id>|pass`` (applies and not fail_when), so exactly one fires for an applicable rule
and none for a rule that does not apply. A ruleset is created in durable-rules' C core
once per process, under a name derived from its content, when a bundle first meets it;
each bundle is one asserted fact in its own session, deleted afterwards (durable-rules
allows only 1,024 live sessions per ruleset). The C core is driven directly
(``durable_rules_engine``: assert, start an action, complete it and start the next), as
durable's own ``Host`` does but without its per-action Python wrapper and the session
state it serialises and writes back after every action: our actions only record which
rule fired (and which item), so that state never changes.

Two behaviours measured here shape the code:
* durable-rules expands ``$or`` into alternatives and fires an action once per
  alternative the fact satisfies, so a rule may fire several times with one outcome;
* if the first fact a process asserts matches no rule, the C core segfaults on the
  next call. A sentinel rule that every bundle matches keeps that from ever happening;
* one asserted fact may reach only so many matching nodes at once (about 32 rules that
  share their applicability, e.g. every invention-application rule): past that the C core
  reports error 303 or corrupts memory and aborts the process. Rules are therefore
  registered in rulesets of at most ``_CHUNK`` rules, and a bundle is asserted into each;
* a fact holds at most 255 properties (error 302): each ruleset is asserted only the facts
  its own rules read, so the registry may grow past that.

Rules that range over items (``given: claims``) are compiled into separate *item rulesets*
(see the project notes, "Items as facts"): the bundle fact and one fact per item are
asserted together in one session; ``<id>|applies`` matches the bundle alone, ``<id>|fail``
joins the bundle (alias ``b``) with an offending item (alias ``i``) and fires once per
such item. Passing is the absence of a firing, so only offending items cost an action.
An absorber rule per item kind keeps a batch from ever being "not handled", and every
asserted fact carries an explicit, collision-free ``id``.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import threading
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable, Iterable

import durable_rules_engine as _dre  # durable-rules' C core: see _fire

from checker.core import conditions
from checker.core.rulepack import Rule, applicability

_FACT_KIND = {"kind": "bundle"}  # the positive condition every durable rule needs
_SENTINEL = "__bundle__"  # matches every bundle: see the module docstring
_NEVER = {"kind": "__never__"}  # no fact has this kind: the absorber never completes


_HANDLES: dict[str, int] = {}  # ruleset name -> its handle in the C core, created once per process
_LOCK = threading.Lock()  # the C core has no locks
_SESSIONS = itertools.count(1)
_CHUNK = 24  # rules per bundle ruleset: safely below the ~32 measured (see the module docstring)
_ITEM_CHUNK = 16  # item rules per item ruleset: the bundle fact reaches 2 nodes per rule (≤ 48)


def compile_ruleset(rules: Iterable[Rule]) -> dict[str, Any]:
    ruleset: dict[str, Any] = {_SENTINEL: {"all": [{"m": _FACT_KIND}], "run": _SENTINEL}}
    for rule in rules:
        applies = applicability(rule)
        for outcome, test in (("fail", rule.fail_when), ("pass", conditions.negate(rule.fail_when))):
            name = f"{rule.id}|{outcome}"
            when = conditions.to_durable({"all": [applies, test]})
            ruleset[name] = {"all": [{"m": {"$and": [_FACT_KIND, when]}}], "run": name}
    return ruleset


def compile_item_ruleset(rules: Iterable[Rule]) -> dict[str, Any]:
    """Rules with ``given``: ``|applies`` on the bundle, ``|fail`` per offending item."""
    ruleset: dict[str, Any] = {_SENTINEL: {"all": [{"m": _FACT_KIND}], "run": _SENTINEL}}
    for rule in rules:
        kind = _item_kind(rule)
        absorber = f"__items_{rule.given}__"
        ruleset.setdefault(absorber, {"all": [{"x": kind}, {"y": _NEVER}], "run": absorber})
        applies = conditions.to_durable(applicability(rule))
        on_facts, on_item = conditions.split(rule.fail_when)
        bundle_test = conditions.to_durable({"all": [applicability(rule), *on_facts]})
        item_test = [kind, *(conditions.to_durable(part) for part in on_item)]
        ruleset[f"{rule.id}|applies"] = {"all": [{"m": {"$and": [_FACT_KIND, applies]}}], "run": f"{rule.id}|applies"}
        ruleset[f"{rule.id}|fail"] = {
            "all": [{"b": {"$and": [_FACT_KIND, bundle_test]}}, {"i": {"$and": item_test}}],
            "run": f"{rule.id}|fail",
        }
    return ruleset


def _item_kind(rule: Rule) -> dict[str, str]:
    return {"kind": f"item:{rule.given}"}


@dataclass
class Outcomes:
    """What durable-rules decided for one bundle: each applicable rule's outcome, and for
    a failed rule over items, the ids of the offending items in their order."""

    outcomes: dict[str, str] = field(default_factory=dict)
    failed_items: dict[str, list[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class _Ruleset:
    rules: tuple[Rule, ...]
    reads: tuple[str, ...]  # the facts its rules read
    items: tuple[tuple[str, tuple[str, ...]], ...]  # item kind -> the properties its rules read
    scopes: tuple[tuple[tuple[str, tuple[str, ...]], ...], ...]  # every scope of its rules
    compile_: Callable[[list[Rule]], dict[str, Any]] = field(repr=False, compare=False)

    @cached_property
    def _compiled(self) -> tuple[str, str]:
        """Compiled when a bundle first meets the ruleset: its name (from its content) and
        its JSON for the C core. Each durable rule's action is named after the rule ("run":
        name): the C core is given the conditions alone and reports the name of each rule
        that fires."""
        definition = self.compile_(list(self.rules))
        digest = hashlib.sha256(json.dumps(definition, sort_keys=True).encode()).hexdigest()[:16]
        conditions_only = {rule: {k: v for k, v in body.items() if k != "run"} for rule, body in definition.items()}
        return f"patentcheck_{digest}", json.dumps(conditions_only, ensure_ascii=False)

    @property
    def name(self) -> str:
        return self._compiled[0]

    @property
    def definition(self) -> str:
        return self._compiled[1]


class Engine:
    """Compiled rules, ready to judge one bundle at a time."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = {rule.id: rule for rule in rules}
        # Rules that share a scope share a ruleset, so a bundle skips the rulesets none of
        # whose scopes it is in (durable-rules still judges every rule it is given).
        ordered = sorted(self.rules.values(), key=lambda r: (r.scopes(), r.id))
        plain = [r for r in ordered if r.given is None]
        # Rules over the same kind of items share rulesets where they can, the kinds with
        # the most rules first: each ruleset a bundle meets is asserted all the items of
        # every kind its rules read (5,000 claims were asserted four times, into rulesets
        # holding 1, 1, 13 and 8 claim rules; now twice).
        over_items = [r for r in ordered if r.given is not None]
        kinds = Counter(r.given for r in over_items)
        over_items.sort(key=lambda r: (-kinds[r.given or ""], r.given or "", r.scopes(), r.id))
        self.rulesets: list[_Ruleset] = []
        for start in range(0, len(plain), _CHUNK):
            self._register(plain[start : start + _CHUNK], compile_ruleset)
        for start in range(0, len(over_items), _ITEM_CHUNK):
            self._register(over_items[start : start + _ITEM_CHUNK], compile_item_ruleset)

    @property
    def names(self) -> list[str]:
        return [ruleset.name for ruleset in self.rulesets]

    def _register(self, rules: list[Rule], compile_: Callable[[list[Rule]], dict[str, Any]]) -> None:
        """A ruleset: compiled, and created in durable-rules, when a bundle first meets it
        (a command checking one bundle compiles only the rulesets that bundle meets)."""
        reads = set().union(
            *(conditions.facts_used(applicability(r)) | conditions.facts_used(r.fail_when) for r in rules)
        )
        items: dict[str, set[str]] = {}
        for rule in rules:
            if rule.given is not None:
                items.setdefault(rule.given, set()).update(conditions.item_properties_used(rule.fail_when))
        scopes = tuple(sorted({scope for r in rules for scope in r.scopes()}))
        self.rulesets.append(
            _Ruleset(
                tuple(rules),
                tuple(sorted(reads)),
                tuple((kind, tuple(sorted(props))) for kind, props in sorted(items.items())),
                scopes,
                compile_,
            )
        )

    def facts_needed(self, vocabulary: dict[str, Any]) -> tuple[str, ...]:
        """The facts the rulesets a bundle with these vocabulary values meets read."""
        return tuple(sorted({f for rs in self._meeting(vocabulary) for f in rs.reads}))

    def _meeting(self, vocabulary: dict[str, Any] | None) -> list[_Ruleset]:
        if vocabulary is None:
            return self.rulesets
        return [
            rs
            for rs in self.rulesets
            if any(all(vocabulary.get(name) in values for name, values in scope) for scope in rs.scopes)
        ]

    def evaluate(
        self,
        facts: dict[str, Any] | Callable[[tuple[str, ...]], dict[str, Any]],
        items: Callable[[str], list[dict[str, Any]]] | None = None,
        vocabulary: dict[str, Any] | None = None,
    ) -> Outcomes | dict[str, str]:
        """Rule id -> "pass" or "fail", for every rule that applies. ``facts`` is a mapping
        or a function giving the named facts (computed only when a ruleset reads them);
        ``items(kind)`` gives a kind's items. Given a mapping alone (and no items), the
        plain outcome dict is returned, as the tests of single rules expect."""
        plain = isinstance(facts, dict) and items is None
        get = (lambda names: {n: facts[n] for n in names}) if isinstance(facts, dict) else facts
        result = Outcomes()
        fired_items: dict[str, dict[str, None]] = {}
        for ruleset in self._meeting(vocabulary):
            for name, item_id in self._fire(ruleset, get, items):
                if name.startswith("__"):
                    continue
                rule_id, outcome = name.split("|")
                if outcome == "applies":
                    result.outcomes.setdefault(rule_id, "pass")
                    continue
                if item_id is not None:
                    fired_items.setdefault(rule_id, {})[item_id] = None
                    result.outcomes[rule_id] = "fail"
                    continue
                if result.outcomes.setdefault(rule_id, outcome) != outcome:
                    raise RuntimeError(f"rule {rule_id} fired both pass and fail")
        for rule_id, found in fired_items.items():
            result.failed_items[rule_id] = sorted(found, key=_item_order)
        return result.outcomes if plain else result

    def _fire(
        self,
        ruleset: _Ruleset,
        get: Callable[[tuple[str, ...]], dict[str, Any]],
        items: Callable[[str], list[dict[str, Any]]] | None,
    ) -> list[tuple[str, str | None]]:
        """The durable rules of a ruleset that fire for the bundle (and its items)."""
        sid = str(next(_SESSIONS))
        read = {fact: _bounded(value) for fact, value in get(ruleset.reads).items()}
        batch: list[dict[str, Any]] = [{**read, **_FACT_KIND, "sid": sid, "id": "bundle"}]
        for kind, props in ruleset.items:
            for index, item in enumerate(items(kind) if items else ()):
                batch.append(
                    {
                        **{p: _bounded(item[p]) for p in props},
                        "kind": f"item:{kind}",
                        "sid": sid,
                        "id": f"{kind}#{index}",
                    }
                )
        facts = json.dumps(batch if ruleset.items else batch[0], ensure_ascii=False)
        fired: list[tuple[str, str | None]] = []
        with _LOCK:
            handle = _HANDLES.get(ruleset.name)
            if handle is None:
                handle = _HANDLES[ruleset.name] = _dre.create_ruleset(ruleset.name, ruleset.definition)
            # What durable.engine.Host.assert_fact(s) does, without its per-action Python
            # wrapper (a Closure, a Promise, the session state re-serialised and written back
            # after every action): the actions only record which rule fired, and for a rule
            # over items which item; they change nothing.
            code, state = (_dre.assert_facts if ruleset.items else _dre.assert_fact)(handle, facts)
            if code in (1, 2):  # not handled (impossible with the sentinel), or already observed
                raise RuntimeError(f"durable-rules did not take the facts (code {code})")
            state = 0 if code == 3 else state  # as durable.engine.Ruleset._handle_result
            try:
                started = _dre.start_action_for_state(handle, state)
                message: dict[str, Any] | None = json.loads(started[1]) if started else None
                while message:
                    for name, matched in message.items():  # the first action of the message
                        offender = matched.get("i") if isinstance(matched, dict) else None
                        fired.append((name, offender.get("id") if isinstance(offender, dict) else None))
                        break
                    following = _dre.complete_and_start_action(handle, state)
                    message = json.loads(following) if following else None
            finally:
                _dre.delete_state(handle, sid)
        return fired


def _item_order(item_id: str) -> tuple[str, int]:
    kind, _, index = item_id.partition("#")
    return kind, int(index)


_MAX_TEXT = 1000  # durable-rules fails on very large facts (error 314 on a multi-megabyte one)


def _bounded(value: Any) -> Any:
    """A fact as durable-rules can hold it. Conditions compare strings with short literals
    ("" or enum values), which a prefix of 1,000 characters decides the same way; messages
    use the full value, not this one."""
    return value[:_MAX_TEXT] if isinstance(value, str) and len(value) > _MAX_TEXT else value
