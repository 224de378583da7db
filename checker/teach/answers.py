"""Reading an article reference as people write it: 26, 26-2, 26(2), 26(2)(1), 第26條第2項,
第二十六條第二項第一款, 第157條之1, art. 26(2), ２６. Used by `explain` and `quiz`."""

from __future__ import annotations

import re
import unicodedata

_CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100}


def chinese_number(text: str) -> int | None:
    """一百二十 → 120, 二十六 → 26, 十 → 10; None when not a number."""
    if not text:
        return None
    if text.isdigit():
        return int(text)
    total, digit = 0, None
    for char in text:
        if char in _CN:
            digit = _CN[char]
        elif char in _CN_UNITS:
            total += (1 if digit is None else digit) * _CN_UNITS[char]
            digit = None
        else:
            return None
    return total + (digit or 0)


_NUM = r"([0-9]+|[零〇一二兩三四五六七八九十百]+)"
_ZH = re.compile(rf"^(?:專利法)?第?{_NUM}條(?:之{_NUM})?(?:第{_NUM}項)?(?:第{_NUM}款)?$")
_WESTERN = re.compile(r"^(?:art(?:icle)?\.?)?([0-9]+)(?:-([0-9]+))?(?:\(([0-9]+)\))?(?:\(([0-9]+)\))?$")


def parse_article(text: str, known_labels: set[str] | None = None):
    """(article label, paragraph or None, subparagraph or None), or None when unreadable.

    "26-2" is paragraph 2 of art. 26, unless "26-2" is an article of ``known_labels`` (157-1 is
    an article: pass the law's labels to tell them apart; without them N-M is an article only for
    157-1..157-4-like labels given as known)."""
    if not isinstance(text, str):
        return None
    cleaned = unicodedata.normalize("NFKC", text).strip().lower()
    cleaned = re.sub(r"\s+", "", cleaned)
    if not cleaned or len(cleaned) > 40:
        return None
    match = _ZH.match(cleaned)
    if match:
        article, sub, para, item = (chinese_number(g) if g else None for g in match.groups())
        if article is None or article <= 0:
            return None
        label = f"{article}-{sub}" if sub else str(article)
        return label, para, item
    match = _WESTERN.match(cleaned)
    if not match:
        return None
    number, dash, para_text, item_text = match.groups()
    if int(number) <= 0:
        return None
    if dash is not None:
        label = f"{int(number)}-{int(dash)}"
        if (known_labels is not None and label in known_labels) or (known_labels is None and para_text is not None):
            return label, int(para_text) if para_text else None, int(item_text) if item_text else None
        if para_text is not None:  # 26-2(1): the paragraph is given twice
            return None
        return str(int(number)), int(dash), None
    return str(int(number)), int(para_text) if para_text else None, int(item_text) if item_text else None
