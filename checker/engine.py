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
* once about 30 rules of one ruleset fire for one fact (the invention example with the
  description rules), the C core fails with error 303 or crashes. Rules are therefore
  registered in rulesets of at most ``CHUNK`` rules, and a bundle is asserted into each.
"""

from __future__ import annotations

import copy
import hashlib
import itertools
import json
import threading
from typing import Any, Iterable

from durable.engine import Host, MessageNotHandledException

from . import conditions
from .rulepack import Rule, applicability

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
CHUNK = 16  # rules per durable ruleset: well below the ~30 firings that break the C core


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
        with _LOCK:
            if _HOST is None:
                _HOST = _QuietHost()
            for start in range(0, max(len(ordered), 1), CHUNK):
                definition = compile_ruleset(ordered[start:start + CHUNK])
                digest = hashlib.sha256(json.dumps(definition, sort_keys=True).encode()).hexdigest()[:16]
                name = f"patentcheck_{digest}"
                if name not in _REGISTERED:  # registering a name twice raises
                    _HOST.set_rulesets({name: copy.deepcopy(definition)})  # it deletes "run"
                    _REGISTERED.add(name)
                self.names.append(name)
        self.name = self.names[0]

    def evaluate(self, facts: dict[str, Any]) -> dict[str, str]:
        """Rule id -> "pass" or "fail", for every rule that applies."""
        fired: list[str] = []
        with _LOCK:
            for name in self.names:
                sid = str(next(_SESSIONS))
                _HOST.fired = []
                try:
                    state = _HOST.assert_fact(name, {**facts, **_FACT_KIND, "sid": sid})
                    if state and state.get("exception"):
                        raise RuntimeError(f"durable-rules action failed: {state['exception']}")
                except MessageNotHandledException:  # cannot happen with the sentinel; be explicit
                    raise RuntimeError("durable-rules matched no rule, not even the sentinel") from None
                finally:
                    _HOST.delete_state(name, sid)
                fired.extend(_HOST.fired)
        outcomes: dict[str, str] = {}
        for name in fired:
            if name == _SENTINEL:
                continue
            rule_id, outcome = name.split("|")
            if outcomes.setdefault(rule_id, outcome) != outcome:
                raise RuntimeError(f"rule {rule_id} fired both pass and fail")
            outcomes[rule_id] = outcome
        return outcomes
