"""The severity definition of docs/severity.md, as far as it can be checked mechanically."""

from __future__ import annotations

import re

from checker.core.pipeline import default_packs


def _rules():
    return [rule for pack in default_packs() for rule in pack.rules]


def test_an_error_is_never_uncertain():
    uncertain_errors = [rule.id for rule in _rules() if rule.severity == "error" and rule.uncertain]
    assert not uncertain_errors, "an error is a certain breach; make these warnings or drop `uncertain:`"


def test_word_comparisons_with_the_filed_texts_are_warnings():
    compared = [rule for rule in _rules() if rule.given in ("new_terms", "claims_beyond_reference")]
    assert compared, "no rule compares words with the texts as filed any more: update this test"
    assert [rule.id for rule in compared if rule.severity == "error"] == []


def test_the_word_comparisons_once_errors_are_uncertain_warnings():
    # errors once, on a word comparison whose own docs say a synonym is listed too
    rules = {rule.id: rule for rule in _rules()}
    for rule_id in ("PA043-01", "PA034-11", "PA067-01", "PA108-11"):
        assert (rules[rule_id].severity, bool(rules[rule_id].uncertain)) == ("warning", True), rule_id


def test_every_warning_says_why_it_is_not_certain():
    """A warning is a likely breach the checker cannot establish: its `uncertain:` says why
    (a heuristic, the office's discretion, examination practice, facts the bundle lacks)."""
    silent = [rule.id for rule in _rules() if rule.severity == "warning" and not (rule.uncertain or "").strip()]
    assert not silent, f"warnings without `uncertain:` (say why the checker cannot be certain): {silent}"


_HEURISTIC = re.compile(r"heuristic|經驗法則|may be wrong|false alarm|誤判|word list|text reading", re.IGNORECASE)


def test_a_rule_that_calls_itself_a_heuristic_is_not_an_error():
    """An error is certain; a rule whose own explanation or failure message calls the check a
    heuristic is a warning or info."""
    heuristic_errors = [
        rule.id
        for rule in _rules()
        if rule.severity == "error"
        and _HEURISTIC.search(" ".join([*rule.explanation.values(), *rule.messages.get("fail", {}).values()]))
    ]
    assert not heuristic_errors, heuristic_errors
