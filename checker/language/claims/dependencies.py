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

_NUM_LIST_ZH = r"\d+(?:\s*(?:、|，|,|或|及|和|與|以及|至|到|~|～|-|－)\s*(?:第\s*)?\d+)*"
ZH_REFERENCE = re.compile(
    r"(?:請求項|权利要求|權利要求|申請專利範圍\s*第?|專利範圍\s*第?)\s*(?:第\s*)?(" + _NUM_LIST_ZH + r")\s*項?"
    r"(\s*(?:中|之|其中)?\s*(?:任一|任何一)項?)?"
)
# Older style without 請求項: 如第1項所述之…, 依第2或3項之…
_ZH_OLD_REFERENCE = re.compile(
    r"(?:如|依|依據|根據|按照)\s*第\s*(" + _NUM_LIST_ZH + r")\s*項(\s*(?:中|之|其中)?\s*(?:任一|任何一)項?)?"
)
_ZH_ANY_PRECEDING = re.compile(r"(?:前述|前揭|上述)(?:任一|任何一)(?:項)?(?:請求項)?|(?:前述|上述)請求項(?:中)?(?:任一|任何一)項?")
EN_REFERENCE = re.compile(
    r"\bclaims?\s+(\d+(?:\s*(?:,|or|and|to|through|-|–)\s*(?:claim\s+)?\d+)*)", re.IGNORECASE
)
_EN_ANY_PRECEDING = re.compile(
    r"\bany\s+(?:one\s+)?(?:of\s+the\s+)?(?:preceding|previous|foregoing|above)\s+claims?\b", re.IGNORECASE
)
_EN_ANY = re.compile(r"\bany\s+(?:one\s+)?of\b|\beither\s+(?:one\s+)?of\b|\bone\s+of\b", re.IGNORECASE)


@dataclass(frozen=True)
class Dependency:
    targets: tuple[int, ...]  # claim numbers referred to, in order, without repeats
    joiner: str  # SINGLE, ALTERNATIVE (或, 任一項, or, any one of) or CUMULATIVE (及, 和, and, 、)
    phrase: str  # the phrase as written ("" for an explicit depends_on)

    @property
    def multiple(self) -> bool:
        return len(self.targets) > 1


def parse_dependency(text: str, number: int) -> Dependency | None:
    """The claims this claim's text refers to, or None for an independent claim.
    ``number`` resolves "any preceding claim"."""
    text = normalise(text)
    preceding = _ZH_ANY_PRECEDING.search(text) or _EN_ANY_PRECEDING.search(text)
    if preceding:
        return Dependency(tuple(range(1, number)), ALTERNATIVE, preceding.group(0))
    zh = ZH_REFERENCE.search(text) or _ZH_OLD_REFERENCE.search(text)
    if zh:
        numbers, words = _number_list(zh.group(1))
        alternative = bool(zh.group(2)) or "或" in words
        return Dependency(numbers, _joiner(numbers, alternative), zh.group(0))
    en = EN_REFERENCE.search(text)
    if en:
        numbers, words = _number_list(en.group(1))
        before = text[max(0, en.start() - 20):en.start()]
        alternative = "or" in words or bool(_EN_ANY.search(before))
        any_of = _EN_ANY.search(before)
        start = en.start() - len(before) + any_of.start() if any_of else en.start()
        return Dependency(numbers, _joiner(numbers, alternative), text[start:en.end()].strip())
    return None


_MAX_RANGE = 1000  # "claims 1 to 99999999" is a typo, not a million claims: not expanded


def _number_list(text: str) -> tuple[tuple[int, ...], set[str]]:
    """"1、2或3" -> (1, 2, 3) and the joining words {"、", "或"}; ranges (至, to) expand."""
    tokens = re.findall(r"\d+|[^\d\s]+", text)
    numbers: list[int] = []
    words: set[str] = set()
    range_next = False
    for token in tokens:
        if token.isdigit():
            value = int(token)
            if range_next and numbers and numbers[-1] < value <= numbers[-1] + _MAX_RANGE:
                numbers.extend(range(numbers[-1] + 1, value + 1))
            else:
                numbers.append(value)
            range_next = False
        else:
            word = token.lower().replace("第", "")
            if word in ("claim", "claims", ""):
                continue
            words.add(word)
            range_next = word in ("至", "到", "~", "～", "-", "－", "–", "to", "through")
    unique = tuple(dict.fromkeys(numbers))
    return unique, words


def _joiner(numbers: tuple[int, ...], alternative: bool) -> str:
    if len(numbers) < 2:
        return SINGLE
    return ALTERNATIVE if alternative else CUMULATIVE

