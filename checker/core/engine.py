"""Stage 3: durable-rules evaluates every rule condition. The only module that imports
``durable`` (see the project notes on its sharp edges).

Each rule compiles to two durable rules, ``<id>|fail`` (applies and fail_when) and
``<id>|pass`` (applies and not fail_when), so exactly one fires for an applicable rule
and none for a rule that does not apply. A ruleset is registered once per process under
a name derived from its content; each bundle is one asserted fact in its own session,
deleted afterwards (durable-rules allows only 1,024 live sessions per ruleset).

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
"""

from __future__ import annotations

import copy
import hashlib
import itertools
import json
import threading
from typing import Any, Iterable

from durable.engine import Host, MessageNotHandledException

from checker.core import conditions
from checker.core.rulepack import Rule, applicability

_FACT_KIND = {"kind": "bundle"}  # the positive condition every durable rule needs
_SENTINEL = "__bundle__"  # matches every bundle: see the module docstring


class _QuietHost(Host):
    """A Host without its background timer threads; actions record what fired."""

    def __init__(self) -> None:
        self.fired: list[str] = []
        super().__init__()

    def _run(self) -> None:  # the stock timers take actions from any session: unsafe
        pass

    def get_action(self, name: str):
        def record(c) -> None:  # one parameter: durable treats two as asynchronous
            self.fired.append(name)

        return record


_HOST: _QuietHost | None = None
_REGISTERED: set[str] = set()
_LOCK = threading.Lock()  # the C core has no locks
_SESSIONS = itertools.count(1)
_CHUNK = 24  # rules per ruleset: safely below the ~32 measured (see the module docstring)


def compile_ruleset(rules: Iterable[Rule]) -> dict[str, Any]:
    ruleset: dict[str, Any] = {_SENTINEL: {"all": [{"m": _FACT_KIND}], "run": _SENTINEL}}
    for rule in rules:
        applies = applicability(rule)
        for outcome, test in (("fail", rule.fail_when), ("pass", conditions.negate(rule.fail_when))):
            name = f"{rule.id}|{outcome}"
            when = conditions.to_durable({"all": [applies, test]})
            ruleset[name] = {"all": [{"m": {"$and": [_FACT_KIND, when]}}], "run": name}
    return ruleset


class Engine:
    """Compiled rules, ready to judge one fact set at a time."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        global _HOST
        self.rules = {rule.id: rule for rule in rules}
        ordered = list(self.rules.values())
        self.names: list[str] = []
        self.reads: dict[str, tuple[str, ...]] = {}  # ruleset -> the facts its rules read
        for start in range(0, max(len(ordered), 1), _CHUNK):
            definition = compile_ruleset(ordered[start:start + _CHUNK])
            digest = hashlib.sha256(json.dumps(definition, sort_keys=True).encode()).hexdigest()[:16]
            name = f"patentcheck_{digest}"
            self.names.append(name)
            self.reads[name] = tuple(sorted(set().union(*(
                conditions.facts_used(applicability(rule)) | conditions.facts_used(rule.fail_when)
                for rule in ordered[start:start + _CHUNK]))))
            with _LOCK:
                if _HOST is None:
                    _HOST = _QuietHost()
                if name not in _REGISTERED:  # registering a name twice raises
                    _HOST.set_rulesets({name: copy.deepcopy(definition)})  # it deletes "run"
                    _REGISTERED.add(name)

    def evaluate(self, facts: dict[str, Any]) -> dict[str, str]:
        """Rule id -> "pass" or "fail", for every rule that applies."""
        fired: list[str] = []
        for name in self.names:
            fired.extend(self._fire(name, facts))
        outcomes: dict[str, str] = {}
        for name in fired:
            if name == _SENTINEL:
                continue
            rule_id, outcome = name.split("|")
            if outcomes.setdefault(rule_id, outcome) != outcome:
                raise RuntimeError(f"rule {rule_id} fired both pass and fail")
            outcomes[rule_id] = outcome
        return outcomes

    def _fire(self, name: str, facts: dict[str, Any]) -> list[str]:
        """The durable rules of ruleset ``name`` that fire for the facts."""
        sid = str(next(_SESSIONS))
        with _LOCK:
            _HOST.fired = []
            read = {fact: _bounded(facts[fact]) for fact in self.reads[name]}
            try:
                state = _HOST.assert_fact(name, {**read, **_FACT_KIND, "sid": sid})
            except MessageNotHandledException:  # cannot happen with the sentinel; be explicit
                raise RuntimeError("durable-rules matched no rule, not even the sentinel") from None
            except Exception:  # no session was created: nothing to delete, keep the real error
                raise
            _HOST.delete_state(name, sid)
            if state and state.get("exception"):
                raise RuntimeError(f"durable-rules action failed: {state['exception']}")
            return list(_HOST.fired)


_MAX_TEXT = 1000  # durable-rules fails on very large facts (error 314 on a multi-megabyte one)


def _bounded(value: Any) -> Any:
    """A fact as durable-rules can hold it. Conditions compare strings with short literals
    ("" or enum values), which a prefix of 1,000 characters decides the same way; messages
    use the full value, not this one."""
    return value[:_MAX_TEXT] if isinstance(value, str) and len(value) > _MAX_TEXT else value

