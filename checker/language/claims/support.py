"""Support by the description (art. 26(2)): the features a claim introduces and whether the
description mentions them.
"""

from __future__ import annotations

import re

from checker.language.claims.dependencies import ZH_REFERENCE
from checker.language.claims.terms import (
    ANTECEDENT_SPAN,
    EN_INHERENT,
    EN_STOP,
    EN_WORD,
    ZH_BOUNDARY,
    ZH_TERM_MAX,
    ZH_VERBS,
    en_stem,
    strip_for_terms,
)
from checker.language.texts import half_width as normalise

# 一/一種/一個/至少一/複數/多個 starts a new feature, unless the 一 is part of a word
# (第一, 唯一, 之一, 其一, 統一, 一體...).
_ZH_INTRO = re.compile(r"(?:至少一(?:個|種)?|複數(?:個|種)?|多(?:個|種)|一(?:種|個)?)")
_ZH_NOT_INTRO_BEFORE = set("第唯之其統同單任每另逐萬均專")
_ZH_NOT_INTRO_AFTER = set("體起致併同般定旦直再些者次樣半邊端側面部")
_EN_INTRO = re.compile(r"\b(?:a plurality of|at least one|one or more|an?)\s+", re.IGNORECASE)
# Leading words that are not the feature ("a first lever", "a pair of jaws").
_EN_FILLER = {
    "first",
    "second",
    "third",
    "fourth",
    "plurality",
    "pair",
    "set",
    "number",
    "series",
    "single",
    "further",
    "additional",
    "respective",
    "separate",
    "new",
    "same",
    "given",
}
_SIGN_IN_TEXT = re.compile(r"[（(]?\s*\d+[A-Za-z]?\s*[）)]?")
# A Chinese term is taken as described when the description holds its first characters:
# terms are read up to a function word and may run on ("夾體形成多個容置槽"), so matching
# the whole term would raise false alarms.
ZH_SUPPORT_PREFIX = 2
# Verbs that end a term read without a function word before them (一彈簧結合於 -> 彈簧), when
# a function word, 該, 一, 出, 電 or punctuation follows them: 固定座 and 傳輸單元 are nouns.
_ZH_VERBS = ZH_VERBS  # one list, shared with the antecedent reading (terms.py)
_ZH_AFTER_VERB = ZH_BOUNDARY | set("該一出電")


def _cut_at_verb(term: str, after: str) -> str:
    """The term up to the first verb that is followed by a function word (``after`` is the
    text after the term)."""
    text = term + after[:1]
    for i in range(2, len(term) - 1):
        follower = text[i + 2 : i + 3]
        if term[i : i + 2] in _ZH_VERBS and (not "\u4e00" <= follower <= "\u9fff" or follower in _ZH_AFTER_VERB):
            return term[:i]
    return term


def introduced_terms(text: str) -> list[str]:
    """The features a claim introduces: 一基板, 複數個鰭片, 至少一散熱片 -> 基板, 鰭片, 散熱片;
    "a heat sink", "a plurality of fins" -> "heat sink", "fins". The subject (一種X) is
    included; reference signs and the dependency phrase are not."""
    body = strip_for_terms(text)
    body = ZH_REFERENCE.sub("", body, count=1)
    terms: list[str] = []
    for found in _ZH_INTRO.finditer(body):
        before = body[found.start() - 1] if found.start() else ""
        end = found.end()
        if before in _ZH_NOT_INTRO_BEFORE or (end < len(body) and body[end] in _ZH_NOT_INTRO_AFTER):
            continue
        while (
            end < len(body)
            and end - found.end() < ZH_TERM_MAX
            and "\u4e00" <= body[end] <= "\u9fff"
            and (
                end == found.end()
                or body[end] not in ZH_BOUNDARY
                or (body[end] == "包" and body[end + 1 : end + 2] not in ("含", "括", "覆"))
            )
        ):
            end += 1
        term = _cut_at_verb(body[found.end() : end], body[end : end + 1])
        # 一種如說明書所述之裝置: 如… refers to the description or drawings, it is no feature
        if len(term) >= 2 and not term.startswith(("種", "個", "些", "如")):
            terms.append(term)
    for found in _EN_INTRO.finditer(body):
        words: list[str] = []
        for word in re.findall(r"[A-Za-z][A-Za-z-]*|\S", body[found.end() : found.end() + 80]):
            if not word[0].isalpha() or word.lower() in EN_STOP:
                break
            if not words and word.lower() in _EN_FILLER:
                continue
            words.append(word)
            if len(words) == 3:
                break
        if words and words[0].lower() not in EN_INHERENT:
            terms.append(" ".join(words))
    return list(dict.fromkeys(terms))


def _en_described(term: str, stems: set[tuple[str, ...]]) -> bool:
    # Any word will do: the term may start with an adjective the description words differently
    # ("a higher ranking entry") or run on past its noun ("a controller electrically").
    return any((en_stem(word),) in stems for word in term.split())


def description_index(description: str) -> tuple[set[str], set[tuple[str, ...]]]:
    """The description's pairs of consecutive Chinese characters (reference signs removed) and
    its runs of one to three stemmed English words, for :func:`terms_not_described`: sets, so
    each term is a lookup however long the description."""
    text = _SIGN_IN_TEXT.sub(" ", normalise(description))
    pairs = {
        run[i : i + ZH_SUPPORT_PREFIX]
        for run in re.findall(r"[\u4e00-\u9fff]+", text)
        for i in range(len(run) - ZH_SUPPORT_PREFIX + 1)
    }
    words = [en_stem(w) for w in EN_WORD.findall(text)]
    runs = {tuple(words[i : i + n]) for n in (1, 2, 3) for i in range(len(words))}
    return pairs, runs


def terms_not_described(text: str, index: tuple[set[str], set[tuple[str, ...]]]) -> list[str]:
    """The claim's introduced terms (:func:`introduced_terms`) that the description never
    mentions: a Chinese term whose first ZH_SUPPORT_PREFIX characters it lacks, an English
    term none of whose words (singular or plural) it has. Only the first
    ANTECEDENT_SPAN characters of the claim are read."""
    described, runs = index
    # A term is only looked for in a description written in its script: English claims
    # against a Chinese description (a translation pending) are not a support question.
    words = sum(1 for run in runs if len(run) == 1)
    english = words > 0 and words * 4 >= len(described)  # a Chinese text with a few "LED", "mm"
    chinese = len(described) > 0 and len(described) >= words
    missing = []
    for term in introduced_terms(text[:ANTECEDENT_SPAN]):
        if term[:1].isascii():
            if english and not _en_described(term, runs):
                missing.append(term)
        elif chinese and term[:ZH_SUPPORT_PREFIX] not in described:
            missing.append(term)
    return missing
