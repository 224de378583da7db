"""Antecedent basis (Patent Act art. 26(2)): terms used with 該/所述/the/said that nothing
earlier introduces.
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
    ZH_NOUNS_STARTING,
    ZH_OBJECT_STARTS,
    ZH_VERBS,
    ZH_VERBS_ALWAYS,
    ZH_VERBS_BEFORE_OBJECT,
    en_stem,
    ends_at_clause_marker,
    strip_for_terms,
    zh_term_end,
)

# 該X, 所述X and 前述X (not 前述任一請求項, the dependency, nor 前述各項 / 前述所…). 上述 is left
# alone: translated filings use it for clauses too (上述所產生之, TW I415018).
_ZH_DEFINITE = re.compile(
    r"(?:該|所述(?:之|的)?|(?<!如)前述(?:之|的)?)(?!等|些|複數|任一|任何|各|所|請求項|申請專利範圍)"
)
_ZH_DEFINITE_PRECEDED = set("，,；;：:。、\n 中在將使與和及或且並對從把由於當")
_EN_DEFINITE = re.compile(r"\b(the|said)\s+", re.IGNORECASE)
# 該筆資料, 該通電話, 該台伺服器: a measure word is not part of the term.
_ZH_MEASURE = set("筆通台臺位名張份則項隻輛件顆")
# 該經轉換之卡資訊, 該被選取的項目: a participle before 之/的 is not part of the term either.
_ZH_PARTICIPLE = re.compile(r"(?:經|被|經過|已)[\u4e00-\u9fff]{1,6}?(?:之|的|後之|後的)")
# After an earlier mention a term is complete when what follows is punctuation, a function
# character or a verb (一導熱墊，/ 一殼體容置…), not when it runs into another word
# (容納部 does not introduce 容納空間, 控制電路 not 控制器, 第一電極 not 第一連接件).
_ZH_VERBS = ZH_VERBS + ZH_VERBS_ALWAYS + ("對應", "係", "線上")


def _zh_terms(text: str) -> list[tuple[int, str, str]]:
    """(position, term, as written) for each 該X / 所述X in the text; 該等/該些 (collective) are
    skipped; a measure word or a participle after 該 is shown but not part of the term."""
    terms = []
    for found in _ZH_DEFINITE.finditer(text):
        if found.group(0).startswith("所述"):
            before = text[found.start() - 1] if found.start() else "\n"
            if before not in _ZH_DEFINITE_PRECEDED and not text[: found.start()].endswith("其中"):
                continue  # 如請求項1所述之…: the dependency phrase, not a definite article
        start = found.end()
        participle = _ZH_PARTICIPLE.match(text, start)
        if participle:
            start = participle.end()
        elif (
            start + 2 < len(text)
            and text[start] in _ZH_MEASURE
            and "\u4e00" <= text[start + 1] <= "\u9fff"
            and text[start + 1] not in ZH_BOUNDARY
            and not text.startswith(("通道", "通孔", "通訊", "位置", "位址", "位元", "件"), start)
        ):
            start += 1
        end = zh_term_end(text, start)
        if end - start >= 1 and not (end - start == 1 and start == found.end() and text[start] in ZH_BOUNDARY):
            terms.append((found.start(), text[start:end], text[found.start() : end]))
    return terms


def _preceded_by_definite(text: str, at: int) -> bool:
    two, three = text[max(0, at - 2) : at], text[max(0, at - 3) : at]
    return text[at - 1 : at] == "該" or two in ("所述", "前述") or three in ("所述之", "所述的", "前述之", "前述的")


def _complete_at(text: str, at: int) -> bool:
    """An earlier mention ending at ``at`` is a whole term: what follows is no Chinese
    character, a function character or a verb."""
    if at >= len(text) or not "\u4e00" <= text[at] <= "\u9fff":
        return True
    return (
        (text[at] in ZH_BOUNDARY and not text.startswith(ZH_NOUNS_STARTING, at))
        or (text.startswith(_ZH_VERBS, at) and not text.startswith(ZH_VERBS_BEFORE_OBJECT, at))
        or ends_at_clause_marker(text, at)
        or (text.startswith(ZH_VERBS_BEFORE_OBJECT, at) and text.startswith(ZH_OBJECT_STARTS, at + 2))
    )


def _zh_introduced(term: str, earlier: str) -> bool:
    """An earlier mention that is not itself a 該/所述 reference (一基板, 複數個鰭片, 一種發光
    二極體封裝, 至少一散熱片...): of the whole term anywhere, or of its first two or more
    characters as a whole term (一導熱墊，introduces 該導熱墊貼附於 read on past its end; 一容納部
    does not introduce 該容納空間, nor 一第一電極 該第一連接件)."""
    for length in range(len(term), min(2, len(term)) - 1, -1):
        prefix = term[:length]
        at = earlier.find(prefix)
        while at >= 0:
            if not _preceded_by_definite(earlier, at) and (length == len(term) or _complete_at(earlier, at + length)):
                return True
            at = earlier.find(prefix, at + 1)
    return False


def _en_terms(text: str) -> list[tuple[int, str]]:
    terms = []
    for found in _EN_DEFINITE.finditer(text):
        words = re.findall(r"[A-Za-z][A-Za-z-]*|\S", text[found.end() : found.end() + 80])
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
            first.setdefault(tuple(stems[i : i + length]), token.start())
    return first


def _en_introduced(term: str, before: float, first: dict[tuple[str, ...], int]) -> bool:
    """The term's words, or its first words (singular or plural), mentioned before offset
    ``before`` other than after the/said; "modify the ranking … the modified ranking": a
    participle before an introduced noun names that thing in a new state (US 12,113,614
    claim 10), it needs no antecedent of its own."""
    words = [en_stem(w) for w in term.split()]
    if any(first.get(tuple(words[:length]), before) < before for length in range(len(words), 0, -1)):
        return True
    if len(words) > 1 and term.split()[0].lower().endswith("ed"):
        return _en_introduced(" ".join(term.split()[1:]), before, first)
    return False


class ClaimTerms:
    """One claim read once for antecedent basis: its text (signs in parentheses and the
    dependency phrase removed, the first ANTECEDENT_SPAN characters), the definite terms it
    uses, and (when asked) where its English words are first mentioned."""

    __slots__ = ("body", "zh", "en", "_first")

    def __init__(self, text: str) -> None:
        self.body = ZH_REFERENCE.sub("", strip_for_terms(text[:ANTECEDENT_SPAN]), count=1)
        self.zh = _zh_terms(self.body) if ("該" in self.body or "述" in self.body) else []
        self.en = _en_terms(self.body) if _EN_DEFINITE.search(self.body) else []
        self._first: dict[tuple[str, ...], int] | None = None

    @property
    def first(self) -> dict[tuple[str, ...], int]:
        if self._first is None:
            self._first = _en_first_mentions(self.body)
        return self._first

    def missing(self, earlier) -> list[str]:
        """The terms used with 該/所述/the/said that neither the text before them nor any of
        ``earlier`` (ClaimTerms of the claims up the chain, read one by one and only while a
        term is still unexplained) introduces, as written (該預設伺服器, the lever)."""
        zh = [(shown, term) for position, term, shown in self.zh if not _zh_introduced(term, self.body[:position])]
        en = [term for position, term in self.en if not _en_introduced(term, position, self.first)]
        if zh or en:
            for claim in earlier:
                zh = [(shown, term) for shown, term in zh if not _zh_introduced(term, claim.body)]
                en = [term for term in en if not _en_introduced(term, float("inf"), claim.first)]
                if not zh and not en:
                    break
        missing = list(dict.fromkeys([shown for shown, _ in zh] + ["the " + term for term in en]))
        # 該殼體厚 and 該殼體 are one term read to different boundaries: show the shorter.
        return [t for t in missing if not any(o != t and t.startswith(o) for o in missing)]


def missing_antecedents(text: str, earlier: str, *, earlier_stripped: bool = False) -> list[str]:
    """Terms introduced with 該/所述/the/said that neither ``earlier`` (the claims up the
    dependency chain) nor the text before them introduces. Reference signs are ignored;
    only the first ANTECEDENT_SPAN characters of the claim are read."""
    del earlier_stripped  # kept for callers; the earlier text is read the same way either way
    return ClaimTerms(text).missing([ClaimTerms(earlier)] if earlier.strip() else [])
