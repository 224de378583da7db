"""Citations of the articles that apply invention provisions to other kinds of patent.

Patent Act art. 120 applies a list of invention articles to utility models, and art. 142(1)
to designs (準用). A rule that judges a utility model (a design) under one of those articles
cites art. 120 (art. 142(1)) too, so that the finding names the provision that makes the
article apply; a rule citing art. 120 (142) applies to utility models (designs). The lists
are read from the shipped text of the two articles, not copied here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from checker.core.pipeline import default_packs

ROOT = Path(__file__).resolve().parents[1]
_DIGITS = {"零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# the article that applies invention articles, and the kinds of patent it applies them to
APPLYING = {120: {"utility_model"}, 142: {"design", "derivative_design"}}


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


def applied_by(article: int) -> dict[int, set[int] | None]:
    """{article: paragraphs applied (None: the whole article)} from the first paragraph of
    ``article`` (第二十二條、第二十八條至第三十一條、第三十四條第三項、第四項、第四十三條第一項至第三項…)."""
    articles = json.loads((ROOT / "laws/patent_act/2013.json").read_text(encoding="utf-8"))["articles"]
    text = next(a for a in articles if a["number"] == article)["paragraphs"][0]["text"]
    text = re.split(r"(?:規定)?，於(?:新型|設計)專利準用之", text)[0]
    applied: dict[int, set[int] | None] = {}
    last = 0
    for token in text.split("、"):
        if match := re.fullmatch(r"第(\S+?)條至第(\S+?)條", token):
            for number in range(_number(match.group(1)), _number(match.group(2)) + 1):
                applied[number] = None
        elif match := re.fullmatch(r"第(\S+?)條(?:第(\S+?)項(?:至第(\S+?)項)?)?", token):
            last = _number(match.group(1))
            if match.group(2) is None:
                applied[last] = None
            else:
                low = _number(match.group(2))
                applied[last] = set(range(low, _number(match.group(3) or match.group(2)) + 1))
        elif match := re.fullmatch(r"第(\S+?)項", token):
            paragraphs = applied[last]
            assert paragraphs is not None, token
            paragraphs.add(_number(match.group(1)))
        else:
            raise AssertionError(f"unread part of art. {article}: {token}")
    return applied


def test_the_applying_articles_are_read():
    by_120 = applied_by(120)
    assert by_120[22] is None and by_120[103] is None and by_120[72] is None
    assert by_120[34] == {3, 4} and by_120[52] == {1, 2, 4} and by_120[58] == {1, 2, 4, 5}
    assert 83 not in by_120 and 99 not in by_120 and 53 not in by_120
    by_142 = applied_by(142)
    assert by_142[28] is None and by_142[43] == {1, 2, 3} and by_142[73] == {1, 3, 4} and by_142[98] is None
    assert 22 not in by_142 and 26 not in by_142 and 33 not in by_142


def _rules():
    return [rule for pack in default_packs() if pack.id == "tw-patent-act-2013" for rule in pack.rules]


def _applies(citation, applied) -> bool:
    if citation.law != "patent_act" or citation.article not in applied:
        return False
    paragraphs = applied[citation.article]
    return paragraphs is None or citation.paragraph in paragraphs


def _cites(rule, article: int) -> bool:
    return any(c.law == "patent_act" and c.article == article for c in rule.citations)


@pytest.mark.parametrize("article", sorted(APPLYING))
def test_a_rule_applying_an_invention_article_cites_the_applying_article(article):
    applied = applied_by(article)
    missing = [
        rule.id
        for rule in _rules()
        if APPLYING[article] & set(rule.applies_values("patent_type"))
        and any(_applies(c, applied) for c in rule.citations)
        and not _cites(rule, article)
    ]
    assert not missing, f"add {{law: patent_act, article: {article}, paragraph: 1}} to: {missing}"


@pytest.mark.parametrize("article", sorted(APPLYING))
def test_a_rule_citing_the_applying_article_applies_to_that_kind(article):
    wrong = [
        rule.id
        for rule in _rules()
        if _cites(rule, article) and not APPLYING[article] & set(rule.applies_values("patent_type"))
    ]
    assert not wrong, wrong
