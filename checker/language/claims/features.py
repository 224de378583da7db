"""The subject a claim names and the content words it uses (dependent subjects, art. 33 unity)."""

from __future__ import annotations

import re

from checker.language.claims.terms import en_stem, strip_for_terms

_ZH_DEPENDENT_SUBJECT = re.compile(r"所述之?([^，,：:；;]+?)(?:，|,|：|:|；|;|其中|包含|包括|更包含|更包括|$)")
_EN_DEPENDENT_SUBJECT = re.compile(
    r"^\s*(?:the|an?)\s+(.*?)\s+(?:of|according to|as claimed in|as recited in|as defined in|as set forth in|in accordance with)\b",
    re.IGNORECASE,
)
_ZH_INDEPENDENT_SUBJECT = re.compile(
    r"^\s*(?:一種|一种|一)?([^，,：:；;]+?)(?:，|,|：|:|；|;|包含|包括|其特徵|具有|係|$)"
)
_EN_INDEPENDENT_SUBJECT = re.compile(
    r"^\s*(?:an?|one or more)?\s*(.*?)(?:\s+(?:comprising|including|consisting|having|wherein|characterized|for|which|that)\b|[,:;]|$)",
    re.IGNORECASE,
)


def subject(text: str, dependent: bool) -> str:
    """The subject named in the preamble: 發光二極體封裝, "light-emitting diode package"."""
    text = strip_for_terms(text).strip()
    if text[:1].isascii():
        pattern = _EN_DEPENDENT_SUBJECT if dependent else _EN_INDEPENDENT_SUBJECT
        found = pattern.match(text)
        return found.group(1).strip().lower() if found else ""
    if dependent:
        found = _ZH_DEPENDENT_SUBJECT.search(text)
    else:
        found = _ZH_INDEPENDENT_SUBJECT.match(text)
    return found.group(1).strip() if found else ""


def subjects_agree(child: str, parent: str) -> bool:
    """Same subject, or one names the other (封裝 / 發光二極體封裝; "package" / "LED
    package"), or the same head noun; unknown subjects agree."""
    if not child or not parent:
        return True
    if child in parent or parent in child:
        return True
    if child[:1].isascii():
        return en_stem(child.split()[-1]) == en_stem(parent.split()[-1])
    return child[-2:] == parent[-2:]


_ZH_COMMON = {
    "一種",
    "包含",
    "包括",
    "其中",
    "設置",
    "以及",
    "具有",
    "所述",
    "請求",
    "求項",
    "連接",
    "用以",
    "位於",
    "方法",
    "裝置",
    "步驟",
    "提供",
    "形成",
    "之一",
    "一第",
    "第一",
    "第二",
    "第三",
    "至少",
    "複數",
    "多個",
    "係為",
    "該第",
    "係與",
    "特徵",
    "在於",
    "結構",
    "可以",
    "用於",
    "一個",
    "該些",
    "一端",
    "另一",
    "構件",
    "元件",
    "組件",
    "單元",
}
_EN_COMMON = {
    "comprising",
    "wherein",
    "including",
    "method",
    "device",
    "apparatus",
    "system",
    "first",
    "second",
    "third",
    "plurality",
    "least",
    "configured",
    "arranged",
    "connected",
    "coupled",
    "having",
    "which",
    "thereof",
    "step",
    "steps",
    "providing",
    "forming",
    "member",
    "element",
    "unit",
    "means",
    "portion",
    "part",
    "claim",
    "claims",
    "each",
    "said",
    "other",
    "between",
    "through",
    "within",
    "being",
    "from",
    "with",
    "that",
    "this",
    "where",
    "whereby",
    "such",
    "more",
    "than",
    "into",
    "onto",
    "upon",
    "based",
    "using",
    "used",
    "according",
}


def technical_features(text: str) -> set[str]:
    """Content words of a claim: Chinese character pairs and English words of 4+ letters,
    minus claim boilerplate (包含, 其中, comprising...). Used to see whether independent
    claims share anything at all (art. 33, a heuristic)."""
    body = strip_for_terms(text)
    features: set[str] = set()
    for run in re.findall(r"[\u4e00-\u9fff]+", body):
        for i in range(len(run) - 1):
            pair = run[i : i + 2]
            if pair not in _ZH_COMMON and not (set(pair) & set("之的該一與和及或於為")):
                features.add(pair)
    for word in re.findall(r"[A-Za-z][A-Za-z-]{3,}", body):
        stem = en_stem(word)
        if stem not in _EN_COMMON and word.lower() not in _EN_COMMON:
            features.add(stem)
    return features
