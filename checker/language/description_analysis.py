"""Analysing the description, abstract and drawings: section order, paragraph numbers,
figure references, reference signs, claim references, abstract length and wording,
design views, and subject matter named in claims.

Everything here describes text (what is there, where, how many); the rules in
``rules/tw-patent-act-2013/er017-*.yaml``, ``er021-*`` and ``er050-*`` judge it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A reference sign: 10, 10a, 10' and signs of letters and digits (電阻R1, 電晶體Q2), one
# grammar with the sign lists'.
from checker.language.sign_lists import SIGN as _SIGN
from checker.language.texts import Section, half_width

# Enforcement Rules art. 17(1) (inventions; utility models via art. 45) and art. 50(1)
# (designs): the prescribed order of the description's items, as `sections` keys.
INVENTION_ORDER = (
    "title",
    "technical_field",
    "prior_art",
    "summary",
    "drawings_description",
    "embodiments",
    "reference_signs",
)
DESIGN_ORDER = ("title", "article_use", "design_description")
INVENTION_ALWAYS = ("title", "technical_field", "prior_art", "summary", "embodiments")
INVENTION_WITH_DRAWINGS = ("drawings_description", "reference_signs")

_CJK_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def ascii_text(text: str) -> str:
    return half_width(text)


# --- sections ---------------------------------------------------------------------


def missing_sections(sections: list[Section], required: tuple[str, ...]) -> list[str]:
    """The keys of ``required`` that have no section with text."""
    present = {s.key for s in sections if s.text.strip()}
    return [key for key in required if key not in present]


def first_out_of_order(sections: list[Section], order: tuple[str, ...]) -> Section | None:
    """The first section that comes after one it should precede (the order of ``order``);
    sections the order does not know are ignored."""
    rank = {key: i for i, key in enumerate(order)}
    highest = -1
    for section in sections:
        if section.key not in rank:
            continue
        if rank[section.key] < highest:
            return section
        highest = max(highest, rank[section.key])
    return None


def section(sections: list[Section], key: str) -> Section | None:
    return next((s for s in sections if s.key == key), None)


# --- paragraph numbers 【0001】 (ER 17(3)) --------------------------------------------

_NUMBER_LABEL = re.compile(r"【([0-9０-９]+)】")


@dataclass(frozen=True)
class ParagraphNumberProblem:
    label: str  # as written, e.g. 【003】
    line: int  # 1-based line in the description text
    reason: str  # "digits" (not four digits), "start" (not 【0001】), "sequence" (gap or repeat)


def paragraph_number_problems(text: str) -> list[ParagraphNumberProblem]:
    """Paragraph numbers that are not four digits, do not start at 【0001】 or are not
    consecutive. No numbers at all is no problem (numbering is optional)."""
    problems: list[ParagraphNumberProblem] = []
    expected = 1
    for line_no, line in enumerate(text.splitlines(), 1):
        for match in _NUMBER_LABEL.finditer(line):
            digits = ascii_text(match.group(1))
            value = int(digits)
            if len(digits) != 4:
                problems.append(ParagraphNumberProblem(match.group(0), line_no, "digits"))
            elif value != expected:
                reason = "start" if expected == 1 else "sequence"
                problems.append(ParagraphNumberProblem(match.group(0), line_no, reason))
            expected = value + 1
    return problems


def paragraph_number_count(text: str) -> int:
    return len(_NUMBER_LABEL.findall(text))


# --- figures ------------------------------------------------------------------------

# 圖1, 圖 2A, 第1圖, 第一圖, FIG. 1, Figs. 2A, Figure 3; ranges 圖1至圖3, 圖1~3, FIGS. 1-3.
_LABEL = r"([0-9０-９]+(?:[A-Za-zＡ-Ｈ]|\s*[(（][A-Za-zＡ-Ｈ][)）])?|[一二三四五六七八九十]+)"
_FIGURE = re.compile(
    r"(?:圖\s*" + _LABEL + r"|第\s*" + _LABEL + r"\s*圖|(?<![A-Za-z])fig(?:ure)?s?\.?\s*" + _LABEL + r")"
    r"(?:\s*(?:至|到|~|～|-|–|to)\s*(?:圖|fig(?:ure)?s?\.?)?\s*([0-9０-９]+))?",
    re.IGNORECASE,
)


_MORE_LABELS = re.compile(
    r"\s*(?:、|，|,|及|和|與|以及|或|and|or)\s*([0-9０-９]+[A-Za-zＡ-Ｈ]?)(?![0-9０-９A-Za-z個種次])", re.IGNORECASE
)


def figure_label(text: object) -> str:
    """A figure label in one spelling: "１" → "1", "第一圖" → "1", "FIG. 2a" → "2A"."""
    label = ascii_text(str(text)).strip().upper()
    label = re.sub(r"^(?:第|圖|FIG(?:URE)?S?\.?)\s*", "", label)
    label = re.sub(r"\s*圖$", "", label).strip()
    label = re.sub(r"^(\d+)\s*\(([A-Z])\)$", r"\1\2", label)  # 圖12(A) is figure 12A
    if label and all(ch in _CJK_NUMERALS for ch in label):
        return str(_cjk_number(label))
    return label


def _cjk_number(text: str) -> int:
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + _CJK_NUMERALS[text[1]]
    if text.endswith("十"):
        return _CJK_NUMERALS[text[0]] * 10
    if "十" in text:
        tens, ones = text.split("十")
        return _CJK_NUMERALS[tens] * 10 + _CJK_NUMERALS[ones]
    return _CJK_NUMERALS[text[0]]


def figures_mentioned(text: str) -> list[str]:
    """Figure labels mentioned in ``text``, in order of first mention, ranges expanded."""
    found: list[str] = []
    for match in _FIGURE.finditer(text):
        label = figure_label(match.group(1) or match.group(2) or match.group(3))
        labels = [label]
        end = match.group(4)
        if end and label.isdigit() and int(ascii_text(end)) > int(label):
            labels = [str(n) for n in range(int(label), int(ascii_text(end)) + 1)][:100]
        # 「圖1、2及3」, "FIGS. 1 and 2": labels listed after the first without 圖 / FIG.
        position = match.end()
        while more := _MORE_LABELS.match(text, position):
            labels.append(figure_label(more.group(1)))
            position = more.end()
        for item in labels:
            if item not in found:
                found.append(item)
    return found


# --- reference signs (符號說明 vs 實施方式) ------------------------------------------------

# In Chinese a sign follows its name directly (基板10); not after 圖/第/約/實施例/式/表/請求項…
# (figure, example, formula, table and claim numbers) and not before a unit.
_ZH_USED_SIGN = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<![圖第約為係共有至及或和與、每於達近逾例式表項頁行段])(" + _SIGN + r")"
    r"(?![0-9]|\s*(?:個|種|次|倍|度|項|條|層|根|支|只|件|組|號|段|秒|分|年|月|日|%|％|℃|°|mm|cm|nm|μm|um|m\b|kg|g\b|V\b|W\b|A\b|Hz))"
)
# 框架(90), 基板（10）: a sign in parentheses after its name (not 步驟(1), 式(2), 表(3), 圖(4)...).
_ZH_PARENTHESISED_SIGN = re.compile(
    r"(?<=[\u4e00-\u9fff])(?<![圖第式表例項頁段驟之的及或和與])[（(]\s*(" + _SIGN + r")\s*[）)]"
)
_EN_USED_SIGN = re.compile(r"\b([A-Za-z][A-Za-z-]+)\s+(" + _SIGN + r")\b(?!\s*(?:mm|cm|nm|%|°|degrees|times|percent))")
_EN_NOT_NOUNS = {
    "fig",
    "figs",
    "figure",
    "figures",
    "claim",
    "claims",
    "paragraph",
    "paragraphs",
    "step",
    "steps",
    "about",
    "approximately",
    "of",
    "to",
    "than",
    "and",
    "or",
    "at",
    "by",
    "in",
    "is",
    "are",
    "be",
    "from",
    "with",
    "for",
    "on",
    "the",
    "a",
    "an",
    "least",
    "most",
    "table",
    "example",
    "embodiment",
    "embodiments",
    "page",
    "line",
    "lines",
    "section",
    "formula",
    "equation",
    "over",
    "under",
    "up",
    "between",
    "within",
    "only",
    "first",
    "second",
    "each",
    "every",
    "all",
    "has",
    "have",
    "had",
    "was",
    "were",
    "as",
    "into",
    "per",
    "no",
    "number",
    "nearly",
    "some",
}


def used_signs(text: str) -> list[str]:
    """Reference signs that follow a name in the text (基板10, substrate 10), in order.
    A heuristic: figure and claim numbers, paragraph numbers and quantities with units
    are left out."""
    text = re.sub(r"【[0-9０-９]{4}】", " ", ascii_text(text))
    signs: list[str] = []
    for match in _ZH_USED_SIGN.finditer(text):
        if match.group(1) not in signs:
            signs.append(match.group(1))
    for match in _ZH_PARENTHESISED_SIGN.finditer(text):
        if match.group(1) not in signs:
            signs.append(match.group(1))
    for match in _EN_USED_SIGN.finditer(text):
        if match.group(1).lower() not in _EN_NOT_NOUNS and match.group(2) not in signs:
            signs.append(match.group(2))
    return signs


_PARENTHESISED_SIGNS = re.compile(r"[（(]\s*(" + _SIGN + r"(?:\s*[、,，;；]\s*" + _SIGN + r")*)\s*[）)]")


def parenthesised_signs(text: str) -> list[str]:
    """Reference signs in parentheses after a feature (一基板（10）, a substrate (10, 11)),
    as claims and abstracts write them (ER 19(2)), in order, each once."""
    signs: list[str] = []
    for match in _PARENTHESISED_SIGNS.finditer(ascii_text(text)):
        for sign in re.split(r"\s*[、,，;；]\s*", match.group(1)):
            if sign not in signs:
                signs.append(sign)
    return signs


def sign_is_used(sign: str, text: str) -> bool:
    """``sign`` appears in ``text`` as a number of its own (10 is not found in 100 or 2010)."""
    return not unused_signs([sign], text)


def unused_signs(signs: list[str], text: str) -> list[str]:
    """The ``signs`` that :func:`sign_is_used` does not find in ``text``; the text is
    normalised once for all of them, not once per sign."""
    text = ascii_text(text)
    return [
        sign for sign in signs if re.search(r"(?<![0-9A-Za-z])" + re.escape(sign) + r"(?![0-9A-Za-z'])", text) is None
    ]


# --- the description refers to the claims ---------------------------------------------

_CLAIM_REFERENCE = re.compile(
    r"(?:如|依|根據|依據)?\s*請求項\s*[0-9０-９]+|申請專利範圍\s*第\s*[0-9０-９]+\s*項|"
    r"\b(?:as (?:claimed|recited|defined) in|according to|of|in) claims?\s+[0-9]+",
    re.IGNORECASE,
)


def claim_reference(line: str) -> str:
    """The first reference to a claim by number in ``line`` as written, "" when none."""
    match = _CLAIM_REFERENCE.search(line)
    return match.group(0).strip() if match else ""


def claim_reference_lines(text: str) -> list[int]:
    """1-based lines of the text that refer to a claim by number (如請求項1所述, claim 1)."""
    return [n for n, line in enumerate(text.splitlines(), 1) if _CLAIM_REFERENCE.search(line)]


# --- abstract (ER 21) -----------------------------------------------------------------


def abstract_character_count(text: str) -> int:
    """Characters of an abstract as the office counts 字: every character except
    whitespace and line breaks (spaces, full-width spaces U+3000, tabs); punctuation,
    full-width or not, counts one each, and so do Latin letters and digits."""
    return sum(1 for ch in text if not ch.isspace())


# Commercial or promotional wording (ER 21(2)). 「第一」 alone is an ordinal (第一基板) and
# 「最佳化」 is optimisation: only the promotional uses are listed.
_PROMOTIONAL = re.compile(
    r"最佳(?!化)|最優|世界第一|全球第一|業界第一|第一品牌|領先|革命性|獨一無二|前所未有|絕無僅有|"
    r"完美|神奇|頂級|首創|\b(?:best|revolutionary|world[- ]leading|industry[- ]leading|"
    r"unrivall?ed|unbeatable|perfect|amazing|number one|no\. ?1)\b",
    re.IGNORECASE,
)


def promotional_words(text: str) -> list[str]:
    """Promotional words in the text, each once, in order."""
    found: list[str] = []
    for match in _PROMOTIONAL.finditer(text):
        if match.group(0) not in found:
            found.append(match.group(0))
    return found


# --- title (ER 17(4), 51(1)) ------------------------------------------------------------

# Words that say nothing about the subject: praise, or the kind of right applied for.
_TITLE_UNRELATED = re.compile(
    r"最佳(?!化)|最新|新穎|新式|專利|革命性|完美|神奇|超級|"
    r"\b(?:best|novel|new|patented|revolutionary|perfect|super)\b",
    re.IGNORECASE,
)
# Trademarks and model numbers (examination guidelines keep them out of titles): ®, ™, 商標,
# and a model designation of capitals and digits (XR-200, AB1234; not LED, USB, H.264).
_TITLE_TRADEMARK = re.compile(
    r"[®™]|\(R\)|\(TM\)|註冊商標|商標"
    r"|(?<![A-Za-z0-9.])[A-Z]{1,4}-?[0-9]{3,}[A-Z]?(?![A-Za-z0-9])"
    r"|(?<![A-Za-z0-9.])[A-Z]{1,4}-[0-9]{2,}[A-Z]?(?![A-Za-z0-9])"
)
TITLE_MAX_CHARACTERS = 40  # 字 as title_length counts them; a heuristic for "concise"
_LATIN_WORD = re.compile(r"[A-Za-z0-9]+(?:['.-][A-Za-z0-9]+)*")


def title_length(title: str) -> int:
    """A title's length in 字: every character except whitespace counts one, but a word in
    Latin script (letters and digits, 'LED', 'XR-200', 'aggregation') counts two, whatever
    its letters. A Chinese title is measured in characters; a character count of an English
    title would be about three times its Chinese translation's (an English word is spelt
    with some six letters and translated with about two characters: ER 21(1) allows an
    abstract 250 字 where PCT Rule 8.1(b) allows 150 words), so a word counts as two 字."""
    text = ascii_text(title)
    words = _LATIN_WORD.findall(text)
    rest = _LATIN_WORD.sub("", text)
    return 2 * len(words) + sum(1 for ch in rest if not ch.isspace())


def title_unrelated_words(title: str) -> list[str]:
    title = ascii_text(title)
    return sorted(
        {m.group(0) for m in _TITLE_UNRELATED.finditer(title)} | {m.group(0) for m in _TITLE_TRADEMARK.finditer(title)}
    )


# --- design views (ER 53) -------------------------------------------------------------

SIX_VIEWS = ("front", "back", "left", "right", "top", "bottom")
_OMITTED_VIEWS = re.compile(r"相同|對稱|省略|identical|symmetric|omitted|mirror", re.IGNORECASE)
_DISCLAIMER = re.compile(r"虛線|點鏈線|不主張|broken line|dashed|dotted|disclaim|not claimed", re.IGNORECASE)
_CHANGE_ORDER = re.compile(r"順序|依序|變化|sequence|order of|in order|transition", re.IGNORECASE)


def states_omitted_views(text: str) -> bool:
    """The text says views are omitted because identical or symmetrical to others."""
    return bool(_OMITTED_VIEWS.search(text))


def states_disclaimer(text: str) -> bool:
    """The text explains disclaimed parts (broken lines, 不主張設計之部分)."""
    return bool(_DISCLAIMER.search(text))


def states_change_order(text: str) -> bool:
    """The text explains the order in which a changing image or GUI changes."""
    return bool(_CHANGE_ORDER.search(text))


# --- subject matter named in claims (Patent Act art. 24(1)(2)) ---------------------------

_MEDICAL_METHOD = re.compile(
    r"(?:治療|診斷|手術|外科手術)(?:\S{0,12}?)方法|"
    r"\bmethods?\s+(?:of|for)\s+(?:\w+\s+){0,4}?(?:treat(?:ing|ment)|diagnos(?:is|ing)|surgery|surgical)",
    re.IGNORECASE,
)
# A claim to a product for treatment (治療用組合物) is not a method; only preambles count.
_PREAMBLE_END = re.compile(r"[，,：:；;]|包含|包括|comprising|including|wherein", re.IGNORECASE)


def medical_method_claims(claim_texts: list[tuple[int, str]]) -> list[int]:
    """Numbers of claims whose preamble names a method of diagnosis, treatment or surgery
    (一種治療癌症之方法, a method of treating…). A heuristic on wording only."""
    numbers = []
    for number, text in claim_texts:
        preamble = _PREAMBLE_END.split(text, maxsplit=1)[0]
        if _MEDICAL_METHOD.search(preamble):
            numbers.append(number)
    return numbers
