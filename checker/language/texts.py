"""Parsing the long texts of a bundle: description sections and numbered claims.

These produce structure only (which sections, which claims, what category a claim
is); whether that structure satisfies the law is for the rules to judge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Office-layout headings (Enforcement Rules arts. 17, 50) -> `sections` keys of format 1.
ZH_HEADINGS = {
    "發明名稱": "title",
    "新型名稱": "title",
    "設計名稱": "title",
    "技術領域": "technical_field",
    "先前技術": "prior_art",
    "發明內容": "summary",
    "新型內容": "summary",
    "圖式簡單說明": "drawings_description",
    "實施方式": "embodiments",
    "符號說明": "reference_signs",
    "物品用途": "article_use",
    "設計說明": "design_description",
    # The office's electronic forms name the title in both languages, and add two items.
    "中文發明名稱": "title",
    "中文新型名稱": "title",
    "中文設計名稱": "title",
    "英文發明名稱": "english_title",
    "英文新型名稱": "english_title",
    "英文設計名稱": "english_title",
    "生物材料寄存": "biological_deposit",
    "序列表": "sequence_listing",
}
EN_HEADINGS = {
    "title": "title",
    "technical field": "technical_field",
    "background": "prior_art",
    "background art": "prior_art",
    "summary": "summary",
    "brief description of the drawings": "drawings_description",
    "detailed description": "embodiments",
    "reference signs": "reference_signs",
    "reference signs list": "reference_signs",
    # Common variants in English filings (PCT and US practice).
    "title of the invention": "title",
    "field of the invention": "technical_field",
    "background of the invention": "prior_art",
    "summary of the invention": "summary",
    "brief description of drawings": "drawings_description",
    "detailed description of the invention": "embodiments",
    "detailed description of the embodiments": "embodiments",
    "description of embodiments": "embodiments",
    "description of the embodiments": "embodiments",
    "list of reference signs": "reference_signs",
    "reference numerals": "reference_signs",
}

_BRACKET_HEADING = re.compile(r"^\s*【([^】0-9０-９]+)】\s*(.*)$")
_PARAGRAPH_NUMBER = re.compile(r"【[0-9０-９]{4}】")


@dataclass(frozen=True)
class Section:
    key: str
    heading: str
    text: str
    line: int  # 1-based line of the heading in its file


def parse_description(text: str, language: str = "zh-TW") -> list[Section]:
    """Split an office-layout description into its headed sections, in file order."""
    sections: list[Section] = []
    heading = key = None
    start = 0
    body: list[str] = []

    def close() -> None:
        if key is not None:
            sections.append(Section(key, heading, "\n".join(body).strip(), start))

    for number, line in enumerate(text.splitlines(), 1):
        found = _heading(line, language)
        if found:
            close()
            heading, key, rest = found
            start, body = number, [rest] if rest else []
        elif key is not None:
            body.append(line)
    close()
    return sections


def _heading(line: str, language: str) -> tuple[str, str, str] | None:
    match = _BRACKET_HEADING.match(line)
    if match and match.group(1).strip() in ZH_HEADINGS:
        name = match.group(1).strip()
        return name, ZH_HEADINGS[name], match.group(2).strip()
    if language == "en":
        bare = line.strip().strip("【】[]").rstrip(":").strip()
        if bare.lower() in EN_HEADINGS:
            return bare, EN_HEADINGS[bare.lower()], ""
    return None


def paragraph_numbers(text: str) -> list[str]:
    return _PARAGRAPH_NUMBER.findall(text)


@dataclass(frozen=True)
class Claim:
    number: int
    text: str
    line: int | None = None  # 1-based line in the claims file, when read from one
    depends_on: tuple[int, ...] | None = None  # explicit `depends_on`: overrides parsing


_CLAIM_START = re.compile(r"^\s*(?:【第\s*([0-9０-９]+)\s*項】|([0-9０-９]+)\s*[.．、](?![0-9０-９]))\s*(.*)$")


def parse_claims(text: str) -> list[Claim]:
    """Claims from a file numbered 【第1項】, ``1.`` or ``1、``; lines in between continue a claim."""
    claims: list[Claim] = []
    current: tuple[int, int, list[str]] | None = None
    for number, line in enumerate(text.splitlines(), 1):
        match = _CLAIM_START.match(line)
        if match:
            if current:
                claims.append(Claim(current[0], "".join(current[2]).strip(), current[1]))
            digits = match.group(1) or match.group(2)
            current = (int(ascii_digits(digits)), number, [match.group(3).strip()])
        elif current and line.strip():
            current[2].append(_join_space(current[2], line.strip()))
    if current:
        claims.append(Claim(current[0], "".join(current[2]).strip(), current[1]))
    return _split_run_on(claims)


# Claims pasted as one run of text: 「…。2.如請求項1所述之…。3.如…」. A claim ends at 「。」 and
# the next one starts with the next number (so a list 「1.一基板；2.一蓋板」 inside a claim stays).
_RUN_ON = re.compile(r"(?<=[。.．])\s*([0-9０-９]{1,4})\s*[.．、](?![0-9０-９])\s*")


def _split_run_on(claims: list[Claim]) -> list[Claim]:
    out: list[Claim] = []
    for claim in claims:
        text, number, start = claim.text, claim.number, 0
        for found in _RUN_ON.finditer(text):
            if int(ascii_digits(found.group(1))) != number + 1 or found.start() < start:
                continue
            out.append(Claim(number, text[start : found.start()].strip(), claim.line))
            number, start = number + 1, found.end()
        out.append(Claim(number, text[start:].strip(), claim.line) if start else claim)
    return out


_DELETED_CLAIM = re.compile(r"^\s*[(（]?\s*(?:刪除|deleted|canceled|cancelled)\s*[)）]?\s*[。.]?\s*$", re.IGNORECASE)


def is_deleted_claim(text: str) -> bool:
    """A claim kept only as 「（刪除）」 / "(canceled)" to preserve the numbering (or left empty)."""
    return not text.strip() or bool(_DELETED_CLAIM.match(text))


def _join_space(parts: list[str], line: str) -> str:
    # CJK text continues without a space; Latin text needs one between words.
    if parts and parts[-1] and parts[-1][-1].isascii() and line[0].isascii():
        return " " + line
    return line


# The one full-width normaliser of the language code: full-width digits, Latin letters and
# parentheses as ASCII (請求項１ -> 請求項1, 圖１２（Ａ） -> 圖12(A)), so one pattern reads both.
# Other full-width punctuation (，；：。) is kept: the patterns name it, and 。 ends a claim.
_FULL_WIDTH = str.maketrans(
    "０１２３４５６７８９（）"
    + "".join(chr(c) for c in range(0xFF21, 0xFF3B))
    + "".join(chr(c) for c in range(0xFF41, 0xFF5B)),
    "0123456789()ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
)


_HAS_FULL_WIDTH = re.compile("[０-９（）Ａ-Ｚａ-ｚ]")


def half_width(text: str) -> str:
    """Full-width digits, Latin letters and parentheses as ASCII; nothing else changes.
    (str.translate walks a Chinese text character by character in Python's slow path: a
    search first, in C, makes the usual text without such characters cost almost nothing.)"""
    return text.translate(_FULL_WIDTH) if _HAS_FULL_WIDTH.search(text) else text


def ascii_digits(text: str) -> str:
    """Full-width digits (請求項１) as ASCII (:func:`half_width`)."""
    return half_width(text)


# --- claim categories -------------------------------------------------------------
# The subject of a claim is named in its preamble: 「一種…方法，包含」, 「如請求項1所述之方法」,
# "A method of ...", "The composition of claim 1". Utility models (art. 104) may claim
# only the shape, structure or combination of an article, so the category matters.

_ZH_CATEGORY_ENDINGS = (
    ("組成物", "composition"),
    ("組合物", "composition"),
    ("方法", "method"),
    ("製程", "method"),
    ("用途", "use"),
)
_EN_CATEGORY_WORDS = (
    ("composition", "composition"),
    ("method", "method"),
    ("process", "method"),
    ("use", "use"),
)
_ZH_PUNCTUATION = re.compile(r"[，,：:；;。]")
# Words that end a subject (「一種方法包含…」) but may also sit inside one
# (「一種具有散熱鰭片之散熱器」): only a transition after a real subject ends the preamble.
_ZH_TRANSITION = re.compile(r"包含|包括|其特徵|其中|具有")
_EN_PREAMBLE = re.compile(
    r"^\s*(?:an?|the|one or more)?\s*(.*?)(?:\s+(?:of|according to|as claimed in|as recited in|"
    r"comprising|including|wherein|for|which|that|consisting|characterized|"
    r"obtained|obtainable|made|produced|prepared|manufactured|formed|by)\b|[,:;]|$)",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)  # several facts ask for each claim's category
def claim_category(text: str) -> str:
    """``product``, ``method``, ``use`` or ``composition``, from the claim's preamble."""
    stripped = text.strip()
    if not stripped:
        return "product"
    if stripped[0].isascii():
        match = _EN_PREAMBLE.match(stripped)
        words = (match.group(1) if match else stripped).lower().split()
        if words and words[0] == "use":  # "Use of X for ...", not "User equipment"
            return "use"
        for word, category in _EN_CATEGORY_WORDS:
            if words and words[-1] == word:
                return category
        return "product"
    return _zh_category(_zh_preamble(stripped))


def _zh_preamble(text: str) -> str:
    segment = _ZH_PUNCTUATION.split(text, maxsplit=1)[0]
    for transition in _ZH_TRANSITION.finditer(segment):
        before = segment[: transition.start()]
        if before.removeprefix("一種").strip():  # a subject precedes it: the preamble ends
            return before
    return segment


def _zh_category(preamble: str) -> str:
    # 「如請求項1所述之方法」 and 「一種…之製造方法」 both end with the subject.
    for ending, category in _ZH_CATEGORY_ENDINGS:
        if preamble.endswith(ending):
            return category
    return "product"
