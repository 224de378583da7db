"""Runs every case in tests/rule_cases/*.yml through the whole pipeline, and checks that
every rule has documentation, exact citations and both a passing and a failing case.

A case file (one per rule, after sqlfluff's std_rule_cases)::

    rule: PA025-03
    base: examples/invention-led-package/bundle.yaml   # default base for the cases
    cases:
      - name: no claims
        patch: {claims: null}        # deep merge into the base; null deletes a key
        expect: fail                 # pass | fail | not_applicable
        message_contains: 申請專利範圍  # optional
        pointer: /claims             # optional: the finding's location
      - name: a whole bundle instead of a base
        bundle: {format: 1, ...}
        files: {spec.txt: "..."}     # optional text files beside the bundle
        as_of: 2025-01-01            # optional evaluation date
        expect: pass
        # for a failing rule over items: count (default 1), pointers / lines of each finding
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

import pytest

from checker.core.lawtext import get_article
from checker.core.pipeline import default_packs
from checker.inputs.yamlsource import load_yaml_file

from bundle_patch import write_bundle, write_patched
from test_shown_values import foreign_values

ROOT = Path(__file__).resolve().parent.parent
CASES_DIR = Path(__file__).resolve().parent / "rule_cases"
EXPECTATIONS = ("pass", "fail", "not_applicable")


def _case_files() -> list[Path]:
    return sorted(CASES_DIR.glob("*.yml"))


def _all_cases():
    for path in _case_files():
        data = load_yaml_file(path).data
        for index, case in enumerate(data["cases"]):
            yield pytest.param(data, case, id=f"{data['rule']}:{case.get('name', index)}")


def _write_case_bundle(data: dict, case: dict, folder: Path) -> Path:
    if "bundle" in case:
        return write_bundle(folder, case["bundle"], case.get("files"))
    return write_patched(folder, case.get("base", data.get("base")), case.get("patch"), case.get("files"))


@pytest.mark.parametrize("data,case", list(_all_cases()))
def test_rule_case(data, case, checker, tmp_path):
    assert case["expect"] in EXPECTATIONS, f"expect must be one of {EXPECTATIONS}"
    path = _write_case_bundle(data, case, tmp_path)
    as_of = dt.date.fromisoformat(case["as_of"]) if case.get("as_of") else None
    result = checker.check_file(path, as_of=as_of)
    assert result.valid, [f.message for f in result.findings]
    mine = [f for f in result.findings if f.rule == data["rule"]]
    assert not foreign_values(mine, "zh-TW"), "an English enum value in a zh-TW message (add it to values.yaml)"
    if case["expect"] == "not_applicable":
        assert mine == [], f"expected no finding, got {[f.outcome for f in mine]}"
        return
    # A rule over items fails once per offending item (`count`, default 1), else once.
    expected = case.get("count", 1) if case["expect"] == "fail" else 1
    assert len(mine) == expected, (
        f"expected {expected} {data['rule']} finding(s), got {len(mine)}: {[f.message for f in mine]}"
    )
    assert {f.outcome for f in mine} == {case["expect"]}, [f.message for f in mine]
    finding = mine[0]
    if "message_contains" in case:
        assert any(case["message_contains"] in f.message for f in mine), [f.message for f in mine]
    if "pointer" in case:
        assert finding.location.pointer == case["pointer"]
    if "lines" in case:  # every offending item's line, in order
        assert [f.location.line for f in mine] == case["lines"]
    if "pointers" in case:  # every offending item's place, in order
        assert [f.location.pointer for f in mine] == case["pointers"]


# --- meta-tests: no rule without docs, exact citations and cases ----------------------

RULES = [rule for pack in default_packs() for rule in pack.rules]


@functools.cache  # read the case files once, not once per rule
def _expectations_by_rule() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in _case_files():
        data = load_yaml_file(path).data
        assert path.stem == data["rule"], f"{path.name} must hold the cases of rule {path.stem}"
        found.setdefault(data["rule"], set()).update(c["expect"] for c in data["cases"])
    return found


def test_every_case_file_names_a_rule():
    ids = {rule.id for rule in RULES}
    unknown = sorted(set(_expectations_by_rule()) - ids)
    assert not unknown, f"case files for rules that do not exist: {unknown}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_has_passing_and_failing_cases(rule):
    expectations = _expectations_by_rule().get(rule.id, set())
    assert {"pass", "fail"} <= expectations, (
        f"{rule.id} needs tests/rule_cases/{rule.id}.yml with a passing and a failing case"
    )


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_is_documented_in_both_languages(rule):
    for text in (rule.explanation, rule.fix, rule.messages["pass"], rule.messages["fail"]):
        assert text["zh-TW"].strip() and text["en"].strip()
    assert any("\u4e00" <= ch <= "\u9fff" for ch in rule.explanation["zh-TW"])
    assert rule.citations


def _has_text(law: str) -> bool:
    from checker.core.lawtext import laws

    return law in laws() and laws()[law].text is not None


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_citations_of_laws_without_shipped_text_have_a_summary(rule):
    """Trainees read the provision with the rule: where the official text is not shipped,
    laws/summaries/summaries.yaml must summarise the cited article."""
    from checker.core.lawtext import article_summary

    missing = [
        f"{c.law} art. {c.article}"
        for c in rule.citations
        if not _has_text(c.law) and not article_summary(c.law, c.article)
    ]
    assert not missing, f"{rule.id}: no summary for {missing}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_citations_exist_in_the_shipped_law_texts(rule):
    """Each citation of a law whose text is shipped (the Patent Act, the indigenous creations
    Rules) names an article, 項, 款 and 目 that exist in it."""
    for c in rule.citations:
        if not _has_text(c.law):
            continue
        article = get_article(c.law, c.article)
        assert article is not None and not article.deleted, f"{rule.id}: no article {c.article}"
        if c.paragraph is not None:
            paragraph = article.paragraph(c.paragraph)
            assert paragraph is not None, f"{rule.id}: art. {c.article} has no paragraph {c.paragraph}"
            if c.subparagraph is not None:
                sub = paragraph.subparagraph(c.subparagraph)
                assert sub is not None, (
                    f"{rule.id}: art. {c.article}({c.paragraph}) has no subparagraph {c.subparagraph}"
                )
                if c.item is not None:
                    assert sub.item(c.item) is not None, f"{rule.id}: {c} has no such item"
        else:
            assert c.subparagraph is None or len(article.paragraphs) == 1, f"{rule.id}: {c}"
