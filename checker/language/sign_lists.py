"""Lists of reference signs (【符號說明】, 【代表圖之符號簡單說明】): the (sign, name) pairs
they give, in every layout agents and the gazette write (``listed_pairs``), and the lines
not in the layout the office's published format asks for: one pair a line, written
「符號:文字」 with a half-width colon (``10:基板``), not in a table (``sign_line_problems``).
This describes lists; the rules judge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.language.texts import half_width

# A reference sign as descriptions use it: 10, 10a, R1, Q2, 10' (the pairs' grammar).
SIGN = r"(?:[A-Z]{1,2}[0-9]+[A-Za-z]?|[0-9]+[A-Za-z]?)'*"
_PAIR_PARAGRAPH_NUMBER = re.compile(r"【[0-9]{4}】")
# 「10:基板」, 「10：基板」, 「10 基板」, 「10‧‧‧基板」 (the gazette's layout); several a line,
# separated by ；、， or by a space before the next sign and its separator (「10:基板 20:晶片」).
_LIST_PAIR = re.compile(
    r"(?:^|(?<=[；;，,、\s]))("
    + SIGN
    + r")\s*(?:[:：．.、\-–—‧·•…⋯]+\s*|\s+)([^；;，,、:：\s][^；;，,、:：]*?)\s*"
    + r"(?=$|[；;，,、]|\s+"
    + SIGN
    + r"\s*[:：‧·•…⋯])"
)


@dataclass(frozen=True)
class ListedSign:
    line: int  # 1-based line in the list's text
    sign: str
    name: str
    written: str  # the pair as written, normalised: 10:基板


def listed_pairs(text: str) -> list[ListedSign]:
    """The (sign, name) pairs of a reference signs list, in order, each with its line."""
    pairs: list[ListedSign] = []
    for number, line in enumerate(half_width(text).splitlines(), 1):
        line = _PAIR_PARAGRAPH_NUMBER.sub(" ", line).strip()
        for match in _LIST_PAIR.finditer(line):
            name = match.group(2).strip().rstrip("。.")
            if name and not name[0].isdigit():
                pairs.append(ListedSign(number, match.group(1), name, f"{match.group(1)}:{name}"))
    return pairs


def listed_signs(text: str) -> list[str]:
    """The signs a list gives, each once, in order."""
    return list(dict.fromkeys(pair.sign for pair in listed_pairs(text)))


_PARAGRAPH_NUMBER = re.compile(r"^\s*【[0-9０-９]{4}】\s*")
# Anything a line could start with as its sign, for judging the layout of the line.
_SIGN = r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ][0-9A-Za-z０-９Ａ-Ｚａ-ｚ'’′_\-.]*"
_PAIR = re.compile(rf"^({_SIGN}):(?!\s*$)\s*(.+)$")
_ANOTHER_PAIR = re.compile(rf"(?:^|[\s;；,，、]){_SIGN}\s*[:：]")


@dataclass(frozen=True)
class SignLine:
    line: int  # 1-based line in its text
    text: str  # the line as written (stripped)
    reason: str  # "table", "colon" (not 「符號:文字」 with a half-width colon), "pairs" (several a line)


def sign_line_problems(
    lines: list[str], first_line: int = 1, table_lines: frozenset[int] | set[int] = frozenset()
) -> list[SignLine]:
    """The lines of a sign list (``lines[0]`` is line ``first_line``) not in the office's
    format. Blank lines and paragraph numbers alone (【0009】) are not pairs."""
    problems = []
    for offset, raw in enumerate(lines):
        number = first_line + offset
        text = _PARAGRAPH_NUMBER.sub("", raw).strip()
        if not text:
            continue
        if number in table_lines:
            problems.append(SignLine(number, text, "table"))
            continue
        match = _PAIR.match(text)
        if not match:
            problems.append(SignLine(number, text, "colon"))
        elif _ANOTHER_PAIR.search(match.group(2)):
            problems.append(SignLine(number, text, "pairs"))
    return problems
