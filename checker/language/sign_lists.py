"""The layout of a list of reference signs (【符號說明】, 【代表圖之符號簡單說明】) as the
office's published format asks for it: one pair a line, written 「符號:文字」 with a
half-width colon (``10:基板``), not in a table. This describes lines; the rules judge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PARAGRAPH_NUMBER = re.compile(r"^\s*【[0-9０-９]{4}】\s*")
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
