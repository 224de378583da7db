"""Which claims a claim refers to, and how the references are joined.

Dependency phrasing understood (digits may be full-width):

- 如請求項1所述之…, 如請求項1或2所述之…, 如請求項1至3中任一項所述之…, 如請求項1、2或3所述,
  依據申請專利範圍第2項…, 如申請專利範圍第1項所述…, 如第1項所述之…, 如前述任一請求項所述…
- "of claim 1", "according to claim 1", "as claimed in claim 2", "any one of claims 1 to 3",
  "claims 1 or 2", "any preceding claim".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.language.texts import half_width as normalise

ALTERNATIVE, CUMULATIVE, SINGLE = "alternative", "cumulative", "single"

# The names a claim set goes by, before a number: 請求項, 申請專利範圍 (and the transposed
# 專利申請範圍 of older filings), 權利要求 (CNIPA).
_ZH_NAME = r"(?:請求項|权利要求|權利要求|申請專利範圍|專利申請範圍|專利範圍)"
# One number, with 第 and 項 repeated or not (第1項, 1, 請求項2 after 或)
_ZH_ITEM = r"(?:第\s*)?\d+\s*項?"
_ZH_SEP = r"\s*(?:、|，|,|或是|或|及|和|與|以及|至|到|~|～|-|－)\s*(?:" + _ZH_NAME + r")?\s*"
_NUM_LIST_ZH = _ZH_ITEM + r"(?:" + _ZH_SEP + _ZH_ITEM + r")*"
_ZH_ANY = r"(\s*(?:中之|中的|之中|其中之|其中|中|之|的)?\s*(?:任一|任何一|任意一)項?)?"
ZH_REFERENCE = re.compile(_ZH_NAME + r"\s*(?:第\s*)?(" + _NUM_LIST_ZH + r")" + _ZH_ANY)
# Older style without 請求項: 如第1項所述之…, 依第2或3項之… (a 項 must follow a number)
_ZH_OLD_REFERENCE = re.compile(r"(?:如|依|依據|根據|按照)\s*第\s*(" + _NUM_LIST_ZH + r")(?<=項)" + _ZH_ANY)
_ZH_ANY_PRECEDING = re.compile(
    r"(?:前述|前揭|上述)(?:任一|任何一)(?:項)?(?:請求項)?|(?:前述|上述)請求項(?:中)?(?:任一|任何一)項?"
)
EN_REFERENCE = re.compile(
    r"\bclaims?\s+(\d+(?:(?:\s*(?:,|\bor\b|\band\b|\bto\b|\bthrough\b|-|–))+\s*(?:claims?\s+)?\d+)*)", re.IGNORECASE
)
_EN_ANY_PRECEDING = re.compile(
    r"\bany\s+(?:one\s+)?(?:of\s+the\s+)?(?:preceding|previous|foregoing|above)\s+claims?\b", re.IGNORECASE
)
_EN_ANY = re.compile(r"\bany\s+(?:one\s+)?of\b|\beither\s+(?:one\s+)?of\b|\bone\s+of\b", re.IGNORECASE)
# An independent claim written in reference form starts with its own preamble before the
# reference: 「一種電腦可讀取記錄媒體，儲存如請求項1至5中任一項所述之方法」, 「一種製造如請求項1之裝置
# 之方法」, "A medium storing instructions performing the method of claim 1". 「一種如請求項1所述
# 之裝置」 and "A device according to claim 1" are dependent claims.
_ZH_DEPENDENT_OPENING = re.compile(r"^\s*(?:一種|一個|一)?\s*(?:如|依|依據|根據|按照|基於)?\s*$")
_EN_REFERENCE_FORM = re.compile(
    r"^\s*(?:an?|one or more)\s+.*?\b(?:comprising|comprises|storing|stores|stored|including|containing|contains|"
    r"using|having|performing|perform|executing|execute|carrying out|configured|programmed|encoded|"
    r"for (?:performing|carrying|executing|use|using|making|manufacturing|producing)|of (?:making|manufacturing|"
    r"producing|using|operating|forming)|obtained|obtainable|made|produced|manufactured)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Dependency:
    spans: tuple[tuple[int, int], ...]  # the claim numbers referred to, as inclusive ranges, in order
    joiner: str  # SINGLE, ALTERNATIVE (或, 任一項, or, any one of) or CUMULATIVE (及, 和, and, 、)
    phrase: str  # the phrase as written ("" for an explicit depends_on)
    # An independent claim that refers to another (一種記錄媒體，儲存如請求項1所述之方法):
    # its references must exist, but it is not a dependent, let alone a multiple dependent, claim.
    reference_form: bool = False

    @property
    def count(self) -> int:
        """How many claim numbers the spans hold (1至5000: 5000), without listing them."""
        return sum(high - low + 1 for low, high in self.spans)

    @property
    def targets(self) -> tuple[int, ...]:
        """The numbers referred to, in order; a span of more than MAX_LISTED numbers gives only
        its two ends (1至999999999 is a typo, or an "any preceding claim" numbered absurdly),
        so nothing here is proportional to a number written. The claim set reads the spans."""
        numbers: list[int] = []
        for low, high in self.spans:
            numbers.extend(range(low, high + 1) if high - low < MAX_LISTED else (low, high))
        return tuple(dict.fromkeys(numbers))

    @property
    def multiple(self) -> bool:
        return self.count > 1 and not self.reference_form


MAX_LISTED = 1000


def spans_of(numbers) -> tuple[tuple[int, int], ...]:
    """(1, 2, 3, 7) -> ((1, 3), (7, 7)), keeping the order written; repeats dropped."""
    spans: list[tuple[int, int]] = []
    for number in dict.fromkeys(numbers):
        if spans and spans[-1][1] + 1 == number:
            spans[-1] = (spans[-1][0], number)
        else:
            spans.append((number, number))
    return tuple(spans)


def parse_dependency(text: str, number: int) -> Dependency | None:
    """The claims this claim's text refers to, or None for an independent claim.
    ``number`` resolves "any preceding claim" (as one span, 1 to number-1: never listed)."""
    text = normalise(text)
    preceding = _ZH_ANY_PRECEDING.search(text) or _EN_ANY_PRECEDING.search(text)
    if preceding:
        spans: tuple[tuple[int, int], ...] = ((1, number - 1),) if number > 1 else ()
        form = _reference_form(text, preceding.start())
        return Dependency(spans, ALTERNATIVE if number > 2 else SINGLE, preceding.group(0), form)
    zh = ZH_REFERENCE.search(text) or _ZH_OLD_REFERENCE.search(text)
    if zh:
        spans, words = _number_list(zh.group(1))
        alternative = bool(zh.group(2)) or "或" in words or "或是" in words
        start = zh.start()
        if text[max(0, start - 1) : start] in ("如", "依") and zh.re is ZH_REFERENCE:
            start -= 1
        return Dependency(spans, _joiner(spans, alternative), zh.group(0), _reference_form(text, start))
    en = EN_REFERENCE.search(text)
    if en:
        spans, words = _number_list(en.group(1))
        before = text[max(0, en.start() - 20) : en.start()]
        alternative = "or" in words or bool(_EN_ANY.search(before))
        any_of = _EN_ANY.search(before)
        start = en.start() - len(before) + any_of.start() if any_of else en.start()
        return Dependency(
            spans, _joiner(spans, alternative), text[start : en.end()].strip(), _reference_form(text, start)
        )
    return None


def _reference_form(text: str, start: int) -> bool:
    before = text[:start]
    if not before.strip():
        return False
    if not before.lstrip()[:1].isascii():
        return before.lstrip().startswith("一") and not _ZH_DEPENDENT_OPENING.match(before)
    return bool(_EN_REFERENCE_FORM.match(before))


_RANGE_WORDS = ("至", "到", "~", "～", "-", "－", "–", "to", "through")
_NOT_A_JOINER = re.compile(r"請求項|申請專利範圍|專利申請範圍|專利範圍|权利要求|權利要求|第|項|claims?")


def _number_list(text: str) -> tuple[tuple[tuple[int, int], ...], set[str]]:
    """ "1、2或3" -> ((1, 3),) and the joining words {"、", "或"}; 1至3 is one span, never listed."""
    spans: list[list[int]] = []
    words: set[str] = set()
    range_next = False
    for token in re.findall(r"\d+|[^\d\s,]+|,", text):
        if token.isdigit():
            value = int(token)
            if range_next and spans and spans[-1][1] < value:
                spans[-1][1] = value
            else:
                spans.append([value, value])
            range_next = False
        else:
            word = _NOT_A_JOINER.sub("", token.lower())
            if not word:
                continue
            words.add(word)
            range_next = word in _RANGE_WORDS
    unique: list[tuple[int, int]] = []
    for low, high in spans:
        if (low, high) not in unique:
            unique.append((low, high))
    return tuple(unique), words


def _joiner(spans: tuple[tuple[int, int], ...], alternative: bool) -> str:
    if len(spans) < 2 and (not spans or spans[0][0] == spans[0][1]):
        return SINGLE
    return ALTERNATIVE if alternative else CUMULATIVE


# A claim that reads as dependent (它引用一請求項) but whose reference gives no number this
# module can read: 如請求項一所述之, 基於前述請求項所揭露的, 如上述申請專利範圍之, "according to
# claim one", "the device of the preceding claim". Reported as written, never silently taken
# as an independent claim.
_ZH_LOOKS_DEPENDENT = re.compile(
    r"^\s*(?:如|依|依據|根據|按照|基於|承|同)\s*[^，,。；;：:]{0,8}?" + _ZH_NAME + r"[^，,。；;：:]{0,12}"
    r"|(?:如|依|依據|根據|按照|基於)\s*(?:前述|上述|前揭|前)\s*(?:之\s*)?(?:" + _ZH_NAME + r"|項)[^，,。；;：:]{0,12}"
    r"|" + _ZH_NAME + r"\s*(?:第\s*)?[一二三四五六七八九十百]+\s*項?[^，,。；;：:]{0,8}"
)
_EN_LOOKS_DEPENDENT = re.compile(
    r"\b(?:of|according to|as claimed in|as recited in|as defined in|as set forth in|in accordance with)\s+"
    r"(?:the\s+)?(?:preceding\s+|previous\s+|above\s+|foregoing\s+)?claims?\b(?!\s*\d)[^,;:]{0,20}",
    re.IGNORECASE,
)


def unparsed_reference(text: str) -> str:
    """The wording of a reference to another claim that gives no number (如請求項一所述之,
    基於前述請求項, "of claim one"), when :func:`parse_dependency` finds none; "" otherwise."""
    text = normalise(text)
    if parse_dependency(text, 2) is not None:
        return ""
    found = _ZH_LOOKS_DEPENDENT.search(text) or _EN_LOOKS_DEPENDENT.search(text)
    return found.group(0).strip() if found else ""
