"""Values shown to people (checker/core/shown.py): enum values are worded in the report's
language. The table itself, the pack's values file, and scans of real output: no English
enum value in a zh-TW message and no Chinese word of the table in an English one."""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from pathlib import Path

import pytest

from checker.core.errors import InputError
from checker.core.pipeline import Checker, collect_bundles, default_packs
from checker.core.shown import ShownAs, ValueTable, core_words, load_values, word
from checker.inputs.yamlsource import load_yaml_file

from bundle_patch import write_bundle, write_patched

ROOT = Path(__file__).resolve().parent.parent
PATENT = next(p for p in default_packs() if p.id == "tw-patent-act-2013")


# --- the table ------------------------------------------------------------------------------


def test_a_value_is_worded_in_each_language_and_unknown_values_stay():
    table = ValueTable(
        {"kind": {"utility_model": {"zh-TW": "新型", "en": "utility model"}}},
        {
            "fact_a": ShownAs("kind"),
            "*_kind": ShownAs("kind"),
            "pair": ShownAs("kind", "→"),
            "listing": ShownAs("kind", ", "),
        },
    )
    assert table.show("fact_a", "utility_model", "zh-TW") == "新型"
    assert table.show("fact_a", "utility_model", "en") == "utility model"
    assert table.show("fact_a", "something_else", "zh-TW") == "something_else"
    assert table.show("fact_a", "", "zh-TW") == ""
    assert table.show("other_kind", "utility_model", "zh-TW") == "新型"  # a pattern
    assert table.show("unlisted", "utility_model", "zh-TW") == "utility_model"
    assert table.show("pair", "utility_model→x", "zh-TW") == "新型→x"
    assert table.show("listing", "utility_model, utility_model", "zh-TW") == "新型、新型"
    assert table.show("listing", "utility_model, utility_model", "en") == "utility model, utility model"


def test_core_words():
    assert word("severity", "error", "zh-TW") == "錯誤"
    assert word("report", "suppressed", "zh-TW") == "已註記例外"
    assert word("report", "suppressed", "en") == "suppressed"
    assert word("period_status", "pending", "zh-TW") == "尚未屆期"


def test_the_pack_table_words_period_statuses_and_specific_facts_first():
    values = PATENT.values
    assert values.show("domestic_priority_status", "pending", "zh-TW") == "尚未屆期"
    assert values.show("application_status", "pending", "zh-TW") == "審查中"  # exact key beats "*_status"
    assert values.show("conversion_direction", "utility_model→invention", "zh-TW") == "新型→發明"
    assert values.show("priority_claims.earlier_status", "rejected_final", "en") == "finally rejected"


@pytest.mark.parametrize(
    "text,message",
    [
        ("sets: {a: {x: {zh-TW: 甲}}}\n", "needs words in zh-TW and en"),
        ("sets: {a: {x: {zh-TW: 甲, en: x}}}\nshown: {no_such_fact: a}\n", "neither a fact nor an item property"),
        ("sets: {a: {x: {zh-TW: 甲, en: x}}}\nshown: {patent_type: b}\n", "unknown set 'b'"),
        ("sets: {a: {x: {zh-TW: 甲, en: x}}}\nshown: {'*_nothing_ends_so': a}\n", "matches no fact"),
    ],
)
def test_a_bad_values_file_is_a_located_error(tmp_path, text, message):
    path = tmp_path / "values.yaml"
    path.write_text(text, "utf-8")
    registry = PATENT.registry
    with pytest.raises(InputError) as caught:
        load_values(
            path, "values.yaml", registry.facts, {kind: spec.properties for kind, spec in registry.items.items()}
        )
    assert message in caught.value.message
    assert caught.value.line >= 1


# --- real output ----------------------------------------------------------------------------


@cache
def _schema_words() -> tuple[frozenset[str], frozenset[str]]:
    """(every enum value of the bundle schema, every property name of it)."""
    schema = json.loads((ROOT / "schemas" / "bundle.schema.json").read_text("utf-8"))
    values: set[str] = set()
    keys: set[str] = set()

    def walk(node):
        if isinstance(node, dict):
            values.update(v for v in node.get("enum", ()) if isinstance(v, str))
            keys.update(node.get("properties", {}))
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(schema)
    return frozenset(values), frozenset(keys)


@cache
def _english_values() -> re.Pattern[str]:
    """Enum values (the schema's and the tables') that are not also field names. A value
    written as bundle syntax is allowed (``view: perspective``, ``a.b``, `` `x` ``)."""
    values, keys = _schema_words()
    tables = [core_words(), PATENT.values]
    values |= {v for t in tables for s in t.sets.values() for v in s if v.isascii()}
    shown = sorted(
        (v for v in values - keys if len(v) >= 3 and v not in core_words().sets["report"]), key=len, reverse=True
    )
    return re.compile(r"(?<![A-Za-z_.`])(?<!: )(" + "|".join(map(re.escape, shown)) + r")(?![A-Za-z_.:`])")


@cache
def _chinese_words() -> re.Pattern[str]:
    """The pack table's Chinese words (two characters or more), standing alone: inside a
    longer Chinese run they are text quoted from the bundle (a heading such as 新型內容)."""
    words = {w["zh-TW"] for s in PATENT.values.sets.values() for w in s.values() if len(w["zh-TW"]) >= 2}
    cjk = "\u3400-\u9fff"
    return re.compile(
        f"(?<![{cjk}])(" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + f")(?![{cjk}])"
    )


def foreign_values(findings, lang: str) -> list[tuple[str, str]]:
    """(rule, value) for each enum value a message shows in the wrong language."""
    pattern = _english_values() if lang == "zh-TW" else _chinese_words()
    return [(f.rule, m.group(0)) for f in findings for m in pattern.finditer(f.message)]


EXAMPLES = collect_bundles([ROOT / "examples"])


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_examples_show_no_enum_value_of_the_other_language(lang):
    checker = Checker(lang=lang)
    found = []
    for path in EXAMPLES:
        found += foreign_values(checker.check_file(path).findings, lang)
    assert not found


def _rule_cases_with_shown_messages():
    """English runs of the cases of rules whose messages show a worded fact or property."""
    rules = {r.id: r for r in PATENT.rules}
    for path in sorted((ROOT / "tests" / "rule_cases").glob("*.yml")):
        data = load_yaml_file(path).data
        rule = rules.get(data["rule"])
        if rule is None:
            continue
        texts = " ".join(m["en"] for m in rule.messages.values())
        names = [
            n.removeprefix("item.") if not n.startswith("item.") else f"{rule.given}.{n[5:]}"
            for n in re.findall(r"\{([^{}]+)\}", texts)
        ]
        if any(PATENT.values.shown_as(n) for n in names):
            for index, case in enumerate(data["cases"]):
                yield pytest.param(data, case, id=f"{data['rule']}:{case.get('name', index)}")


@pytest.fixture(scope="module")
def english():
    return Checker(lang="en")


@pytest.mark.parametrize("data,case", list(_rule_cases_with_shown_messages()))
def test_english_rule_case_messages_show_no_chinese_value(data, case, english, tmp_path):
    if "bundle" in case:
        path = write_bundle(tmp_path, case["bundle"], case.get("files"))
    else:
        path = write_patched(tmp_path, case.get("base", data.get("base")), case.get("patch"), case.get("files"))
    as_of = dt.date.fromisoformat(str(case["as_of"])) if case.get("as_of") else None
    findings = [f for f in english.check_file(path, as_of=as_of).findings if f.rule == data["rule"]]
    assert not foreign_values(findings, "en")
