"""Teaching data: English summaries, consequences, related articles and rule examples, and how
`explain` and `rule` show them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.teach import lawnotes
from checker.core.lawtext import cited_text, get_article, laws, laws_dir
from checker.core.pipeline import default_packs
from checker.teach.answers import parse_article

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()
RULES = [rule for pack in default_packs() for rule in pack.rules]
# laws whose text is shipped and which rules cite: each needs summaries and consequences
CITED_WITH_TEXT = sorted({c.law for rule in RULES for c in rule.citations if laws()[c.law].text})


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def _cited(law: str) -> set[str]:
    return {str(c.article) for rule in RULES for c in rule.citations if c.law == law}


@pytest.mark.parametrize("law", CITED_WITH_TEXT)
def test_every_cited_article_of_a_law_with_text_has_an_english_summary(law):
    missing = sorted(_cited(law) - set(lawnotes.summarised_articles(law)), key=lambda a: (len(a), a))
    assert not missing, f"{law}: articles cited by rules without laws/{law}/summaries.en.yaml entry: {missing}"


def test_patent_act_summaries_cover_the_checkable_articles():
    assert len(lawnotes.summarised_articles("patent_act")) >= 66
    assert {"120", "142", "157-1", "157-2", "157-3", "157-4"} <= set(lawnotes.summarised_articles("patent_act"))


@pytest.mark.parametrize("law", sorted(p.name for p in laws_dir().iterdir() if (p / "summaries.en.yaml").is_file()))
def test_summaries_follow_the_text_paragraph_by_paragraph(law):
    for label in lawnotes.summarised_articles(law):
        summary = lawnotes.english_summary(law, label)
        assert summary.title and summary.paragraphs and all(p.text for p in summary.paragraphs), label
        article = get_article(law, label)
        if not summary.text_shipped:
            assert article is None, f"{label} has shipped text: check it against it"
            continue
        assert article is not None, f"{law} {label} is not in the shipped text"
        assert len(summary.paragraphs) == len(article.paragraphs), f"{label}: 項 count differs"
        for para, text in zip(summary.paragraphs, article.paragraphs, strict=False):
            assert len(para.items) == len(text.subparagraphs), f"{label}({para.number}): 款 count differs"


def test_summaries_are_labelled_as_not_the_law():
    assert "not the law's text" in lawnotes.summary_label("patent_act", "en")
    assert "非法條原文" in lawnotes.summary_label("patent_act", "zh-TW")


@pytest.mark.parametrize("law", CITED_WITH_TEXT)
def test_every_cited_article_has_consequences_with_existing_citations(law):
    kinds = lawnotes.consequence_kinds(law)
    if law == "patent_act":  # the kinds of another law are its own
        assert {
            "not_accepted",
            "refused",
            "deemed_withdrawn",
            "deemed_not_claimed",
            "filing_date_moved",
            "correction_ordered",
            "right_lapses",
        } <= set(kinds)
    assert {"not_accepted", "correction_ordered"} <= set(kinds)
    for label in sorted(_cited(law)):
        assert lawnotes.has_consequences_entry(law, label), f"{law} art. {label} has no consequences entry"
        items = lawnotes.consequences(law, label)
        assert items, label
        for item in items:
            assert item.kind in kinds, (label, item.kind)
            assert item.text["en"] and item.text["zh-TW"], label
            if laws()[item.law].text:
                assert cited_text(item.law, item.article, item.paragraph, item.subparagraph), (label, item)


def test_rule_consequences_follow_the_cited_paragraph():
    by_id = {rule.id: rule for rule in RULES}
    kinds = [c.kind for c in lawnotes.rule_consequences(by_id["PA038-01"])] if "PA038-01" in by_id else None
    # art. 25(1)-(2): missing documents move the filing date; 25(3)-(4): a late translation is not accepted
    assert [c.kind for c in lawnotes.rule_consequences(by_id["PA025-03"])] == ["filing_date_moved"]
    assert "not_accepted" in [c.kind for c in lawnotes.rule_consequences(by_id["PA025-11"])]
    # art. 142 cited beside art. 28 adds nothing of its own: the priority consequence alone
    assert [c.kind for c in lawnotes.rule_consequences(by_id["PA142-01"])] == ["deemed_not_claimed"]
    assert kinds is None or kinds == ["deemed_withdrawn"]
    assert lawnotes.worst_gravity(by_id["PA093-01"]) < lawnotes.worst_gravity(by_id["PA029-01"])


def test_related_articles():
    by_id = {rule.id: rule for rule in RULES}
    assert [a for _, a, _ in lawnotes.related_articles(by_id["PA026-01"])] == ["120"]
    assert "142" in [a for _, a, _ in lawnotes.related_articles(by_id["PA142-01"])]
    assert {"157-2", "157-3"} <= {a for _, a, _ in lawnotes.related_articles(by_id["PA034-14"])}
    assert "157-4" in [a for _, a, _ in lawnotes.related_articles(by_id["PA135-01"])]
    assert lawnotes.related_articles(by_id["PA025-03"]) == []  # invention only: no 120 or 142


def test_explain_in_english_shows_the_summary_beside_the_chinese_text():
    result = run("explain", "29", "--lang", "en")
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    assert "not the law's text" in flat
    assert "視為未主張優先權" in result.output.replace("\n", "").replace("│", "").replace(" ", "")
    assert "priority is deemed not claimed" in flat
    assert "Consequences of a breach" in flat and "priority deemed not claimed" in flat
    zh = run("explain", "29")
    assert "違反之效果" in zh.output and "視為未主張優先權" in zh.output and "English summary" not in zh.output


def test_explain_accepts_written_forms_and_later_articles():
    assert run("explain", "第29條第2項").exit_code == 0
    result = run("explain", "157-4", "--lang", "en")
    assert result.exit_code == 0 and "fifteen years" in result.output
    assert run("explain", "banana").exit_code == 2
    assert run("explain", "999").exit_code == 2


def test_rule_shows_consequences_examples_and_related_articles():
    result = run("rule", "PA026-01", "--lang", "en")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Consequences of a breach" in out and "refused" in out and "Patent Act art. 46(1)" in out
    assert "Failing:" in out and "該導熱墊" in out  # the failing case's claims
    assert "Passing:" in out and "一種線材收納夾" in out  # the clean example's claims
    assert "Related articles" in out and "Patent Act art. 120" in out


def test_rule_examples_data_is_current():
    result = subprocess.run(
        [sys.executable, "tools/build_rule_examples.py", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "text, expected",
    [
        ("26", ("26", None, None)),
        ("26-2", ("26", 2, None)),
        ("26(2)", ("26", 2, None)),
        ("第26條第2項", ("26", 2, None)),
        ("第二十六條第二項", ("26", 2, None)),
        ("２６（２）", ("26", 2, None)),
        ("art. 112(1)(3)", ("112", 1, 3)),
        ("專利法第一百十二條第一項第三款", ("112", 1, 3)),
        ("第157條之1", ("157-1", None, None)),
        (" 26 ", ("26", None, None)),
        ("", None),
        ("abc", None),
        ("26((2", None),
        ("0", None),
        ("x" * 500, None),
    ],
)
def test_parse_article(text, expected):
    assert parse_article(text) == expected


def test_parse_article_tells_an_article_label_from_a_paragraph():
    assert parse_article("157-1", {"157-1"}) == ("157-1", None, None)
    assert parse_article("26-2", {"157-1", "26"}) == ("26", 2, None)


def test_explain_shows_examples_of_citing_rules_and_related_articles():
    out = run("explain", "29", "--lang", "en").output
    assert "Examples (from this rule's test cases)" in out
    assert "Failing:" in out and "certified_copy_submitted_on: 2025-08-05" in out  # PA029-01's failing case
    assert "Passing:" in out and "certified_copy_submitted_on: 2025-05-20" in out  # the clean example
    related = run("explain", "22", "--lang", "en").output
    section = related[related.index("Related articles") :]
    assert "Patent Act art. 120" in section and "Patent Act art. 157-1" in section
    assert "Related articles" not in run("explain", "1", "--lang", "en").output


def test_excerpts_are_written_in_the_bundle_dialect():
    """A case's `on:` key is shown as `on:` (the checker reads it as the key "on"), not as the
    YAML 1.1 boolean `true:`, and its dates are not quoted."""
    from checker.teach.examples import _dump, rule_examples

    assert _dump({"events": [{"type": "x", "on": "2018-03-01", "ok": True}]}) == (
        "events:\n- type: x\n  on: 2018-03-01\n  ok: true"
    )
    excerpts = [side["excerpt"] for entry in rule_examples().values() for side in entry.values()]
    assert any("on: 20" in text for text in excerpts)
    assert not any(line.strip().startswith("true:") for text in excerpts for line in text.splitlines())
