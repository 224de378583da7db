"""Citations of the articles that apply invention provisions to utility models.

Patent Act art. 120 applies a list of invention articles to utility models (準用). A rule that
judges a utility model under one of those articles cites art. 120 too, so that the finding
names the provision that makes the article apply; a rule citing art. 120 applies to utility
models. The list is read from the shipped text of art. 120, not copied here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from checker.core.pipeline import default_packs

ROOT = Path(__file__).resolve().parents[1]
_DIGITS = {"零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _number(text: str) -> int:
    """A Chinese numeral of the Act's article numbers: 二十二 → 22, 一百零三 → 103."""
    total, digit = 0, 0
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch == "十":
            total += (digit or 1) * 10
            digit = 0
        elif ch == "百":
            total += digit * 100
            digit = 0
    return total + digit


def applied_by_120() -> dict[int, set[int] | None]:
    """{article: paragraphs applied (None: the whole article)} from the text of art. 120."""
    articles = json.loads((ROOT / "laws/patent_act/2013.json").read_text(encoding="utf-8"))["articles"]
    text = next(a for a in articles if a["number"] == 120)["paragraphs"][0]["text"]
    text = text.split("，於新型專利準用之")[0]
    applied: dict[int, set[int] | None] = {}
    last = 0
    for token in text.split("、"):
        if match := re.fullmatch(r"第(\S+?)條至第(\S+?)條", token):
            for article in range(_number(match.group(1)), _number(match.group(2)) + 1):
                applied[article] = None
        elif match := re.fullmatch(r"第(\S+?)條(?:第(\S+?)項)?", token):
            last = _number(match.group(1))
            applied[last] = None if match.group(2) is None else {_number(match.group(2))}
        elif match := re.fullmatch(r"第(\S+?)項", token):
            paragraphs = applied[last]
            assert paragraphs is not None, token
            paragraphs.add(_number(match.group(1)))
        else:
            raise AssertionError(f"unread part of art. 120: {token}")
    return applied


def test_the_text_of_art_120_is_read():
    applied = applied_by_120()
    assert applied[22] is None and applied[103] is None and applied[72] is None
    assert applied[34] == {3, 4} and applied[52] == {1, 2, 4} and applied[58] == {1, 2, 4, 5}
    assert 83 not in applied and 99 not in applied and 53 not in applied


def _rules():
    return [rule for pack in default_packs() if pack.id == "tw-patent-act-2013" for rule in pack.rules]


def _applies(citation, applied) -> bool:
    if citation.law != "patent_act" or citation.article not in applied:
        return False
    paragraphs = applied[citation.article]
    return paragraphs is None or citation.paragraph in paragraphs


def _cites_120(rule) -> bool:
    return any(c.law == "patent_act" and c.article == 120 for c in rule.citations)


def test_a_utility_model_rule_under_an_invention_article_cites_art_120():
    applied = applied_by_120()
    missing = [
        rule.id
        for rule in _rules()
        if "utility_model" in rule.applies_values("patent_type")
        and any(_applies(c, applied) for c in rule.citations)
        and not _cites_120(rule)
    ]
    assert not missing, f"add {{law: patent_act, article: 120, paragraph: 1}} to: {missing}"


def test_a_rule_citing_art_120_applies_to_utility_models():
    wrong = [
        rule.id for rule in _rules() if _cites_120(rule) and "utility_model" not in rule.applies_values("patent_type")
    ]
    assert not wrong, wrong
