"""Antecedent basis (Patent Act art. 26(2)): terms used with 該/所述/the/said that nothing
earlier introduces.
"""

from __future__ import annotations

import re

from checker.language.claims.dependencies import ZH_REFERENCE
from checker.language.claims.terms import (ANTECEDENT_SPAN, EN_INHERENT, EN_STOP, EN_WORD, ZH_BOUNDARY, ZH_TERM_MAX,
                                          en_stem, strip_for_terms)

_ZH_DEFINITE = re.compile(r"(?:該|所述(?:之|的)?)(?!等|些|複數)")
_ZH_DEFINITE_PRECEDED = set("，,；;：:。、\n 中在將使與和及或且並對從把由於當")
_EN_DEFINITE = re.compile(r"\b(the|said)\s+", re.IGNORECASE)


def _zh_terms(text: str) -> list[tuple[int, str]]:
    """(position, term) for each 該X / 所述X in the text; 該等/該些 (collective) are skipped."""
    terms = []
    for found in _ZH_DEFINITE.finditer(text):
        if found.group(0).startswith("所述"):
            before = text[found.start() - 1] if found.start() else "\n"
            if before not in _ZH_DEFINITE_PRECEDED and not text[:found.start()].endswith("其中"):
                continue  # 如請求項1所述之…: the dependency phrase, not a definite article
        end = found.end()
        while (end < len(text) and end - found.end() < ZH_TERM_MAX and "\u4e00" <= text[end] <= "\u9fff"
               and (end == found.end() or text[end] not in ZH_BOUNDARY)):
            end += 1
        term = text[found.end():end]
        if term:
            terms.append((found.start(), term))
    return terms



def _zh_introduced(term: str, earlier: str) -> bool:
    """An earlier mention of the term, or of its first two or more characters, that is not
    itself a 該/所述 reference (一基板, 複數個鰭片, 一種發光二極體封裝, 至少一散熱片...)."""
    for length in range(len(term), min(2, len(term)) - 1, -1):
        prefix = term[:length]
        referring = earlier.count("該" + prefix) + earlier.count("所述" + prefix)
        if earlier.count(prefix) > referring:
            return True
    return False



def _en_terms(text: str) -> list[tuple[int, str]]:
    terms = []
    for found in _EN_DEFINITE.finditer(text):
        words = re.findall(r"[A-Za-z][A-Za-z-]*|\S", text[found.end():found.end() + 80])
        phrase = []
        for word in words:
            if not word[0].isalpha() or word.lower() in EN_STOP:
                break
            phrase.append(word)
            if len(phrase) == 3:
                break
        if phrase and phrase[0].lower() not in EN_INHERENT and phrase[-1].lower() not in EN_INHERENT:
            terms.append((found.start(), " ".join(phrase)))
    return terms



def _en_first_mentions(text: str) -> dict[tuple[str, ...], int]:
    """Where each run of one to three words (stemmed) is first mentioned other than after
    the/said: (stems) -> character offset. Built once per claim, so each term is a lookup."""
    tokens = list(EN_WORD.finditer(text))
    stems = [en_stem(t.group(0)) for t in tokens]
    first: dict[tuple[str, ...], int] = {}
    for i, token in enumerate(tokens):
        if i and tokens[i - 1].group(0).lower() in ("the", "said"):
            continue
        for length in (1, 2, 3):
            first.setdefault(tuple(stems[i:i + length]), token.start())
    return first


def _en_introduced(term: str, before: int, first: dict[tuple[str, ...], int]) -> bool:
    """The term's words, or its first words (singular or plural), mentioned before offset
    ``before`` other than after the/said."""
    words = [en_stem(w) for w in term.split()]
    return any(first.get(tuple(words[:length]), before) < before for length in range(len(words), 0, -1))



def missing_antecedents(text: str, earlier: str, *, earlier_stripped: bool = False) -> list[str]:
    """Terms introduced with 該/所述/the/said that neither ``earlier`` (the claims up the
    dependency chain) nor the text before them introduces. Reference signs are ignored;
    only the first ANTECEDENT_SPAN characters of the claim are read. ``earlier_stripped``:
    ``earlier`` is already :func:`strip_for_terms` output (a claim set strips each claim once)."""
    body = strip_for_terms(text)[:ANTECEDENT_SPAN]
    earlier = earlier if earlier_stripped else strip_for_terms(earlier)
    body = ZH_REFERENCE.sub("", body, count=1)
    missing: list[str] = []
    for position, term in _zh_terms(body):
        if not _zh_introduced(term, earlier + "\n" + body[:position]):
            missing.append("該" + term)
    whole = earlier + "\n" + body
    first = _en_first_mentions(whole)
    for position, term in _en_terms(body):
        at = len(earlier) + 1 + position
        # "modify the ranking ... the modified ranking": a participle before an introduced noun
        # names that thing in a new state (US 12,113,614 claim 10), it needs no antecedent of its own.
        words = term.split()
        participle = len(words) > 1 and words[0].lower().endswith("ed")
        if not _en_introduced(term, at, first) and not (participle and _en_introduced(" ".join(words[1:]), at, first)):
            missing.append("the " + term)
    # 該殼體厚 and 該殼體 are one term read to different boundaries: show the shorter.
    unique = list(dict.fromkeys(missing))
    return [t for t in unique if not any(o != t and t.startswith(o) for o in unique)]
