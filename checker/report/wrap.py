"""Wrapping report lines to a terminal's width without splitting what a reader copies.

A terminal wraps a long line at its last column, cutting 「PA025-03」 or 「2025-03-14」 in two.
Here a line is cut only between *tokens*: a run of Latin letters, digits and ASCII
punctuation (a rule id, a date, a path, an English word) is one token; each CJK character
is a token of its own, since Chinese has no spaces. Closing punctuation (，。」）…) stays
with what precedes it and opening punctuation (「（…) with what follows, as Chinese
typesetting requires. A token wider than the whole line (a very long path) is the only
thing ever cut, at the last cell that fits. Widths are terminal cells (CJK counts two).
"""

from __future__ import annotations

import re

from rich.cells import cell_len
from rich.text import Text

_CLOSING = "，。、；：！？」』）〕】》〉,.;:!?)]}%"
_OPENING = "「『（〔【《〈([{"
# An article reference (第25條, 第2項, "art. 25(1)"), a Latin run (no spaces, no CJK), a run
# of spaces, or one other character.
_TOKEN = re.compile(
    r"第[0-9０-９]+(?:-[0-9]+)?[條項款]|arts?\. [0-9][\x21-\x7e]*|[\x21-\x7e\u00a0-\u02ff]+|\s+|.", re.DOTALL
)
# A citation in 〔…〕 breaks only before an article reference or after a separator:
# 〔專利法|第25條|第1項、|專利法|第26條〕, never inside 專利法.
_CITED = re.compile(r"〔[^〕]*〕")
_SEPARATORS = "、;"


def _glued(plain: str) -> list[tuple[int, int]]:
    """(start, end) of the unbreakable pieces of ``plain``, spaces as pieces of their own."""
    cited = [match.span() for match in _CITED.finditer(plain)]
    pieces: list[list[int]] = []
    for match in _TOKEN.finditer(plain):
        start, end = match.span()
        text = match.group()
        if pieces and not text.isspace():
            previous = plain[pieces[-1][0] : pieces[-1][1]]
            inside = (
                any(a < start < b for a, b in cited) and previous[-1] not in _SEPARATORS and not text.startswith("第")
            )
            if (text[0] in _CLOSING or previous[-1] in _OPENING or inside) and not previous.isspace():
                pieces[-1][1] = end
                continue
        pieces.append([start, end])
    return [(start, end) for start, end in pieces]


def break_offsets(plain: str, width: int, indent: int) -> list[tuple[int, int]]:
    """(start, end) of each line of ``plain``: the first ``width`` cells wide, the others
    ``width - indent``; spaces at a break are dropped."""
    lines: list[tuple[int, int]] = []
    start: int | None = None  # the current line's span of text (spaces at its end excluded)
    end = 0  # read only while start is set
    used = 0
    limit = width
    for piece_start, piece_end in _glued(plain):
        piece = plain[piece_start:piece_end]
        size = cell_len(piece)
        if piece.isspace():
            if start is not None:
                used += size  # counted while the line continues; dropped at a break
            continue
        if start is None:
            start, end, used = piece_start, piece_end, size
        elif used + size <= limit:
            end, used = piece_end, used + size
        else:
            lines.append((start, end))
            limit = max(width - indent, 1)
            start, end, used = piece_start, piece_end, size
        while used > limit:  # a single token wider than the line: cut it
            cut, cells = start, 0
            while cut < end and cells + cell_len(plain[cut]) <= limit:
                cells += cell_len(plain[cut])
                cut += 1
            cut = max(cut, start + 1)
            lines.append((start, cut))
            limit = max(width - indent, 1)
            start, used = cut, cell_len(plain[cut:end])
    if start is not None:
        lines.append((start, end))
    return lines or [(0, 0)]


def wrap(text: Text, width: int | None, indent: int = 4) -> list[Text]:
    """``text`` as lines at most ``width`` cells wide, continuation lines indented by
    ``indent`` spaces (styles kept). ``width`` None: the line as it is."""
    plain = text.plain
    if width is None or cell_len(plain) <= width:
        return [text]
    lead = len(plain) - len(plain.lstrip(" "))  # the line's own indentation is kept
    lines = []
    for number, (start, end) in enumerate(break_offsets(plain[lead:], width - lead, indent)):
        if number:
            lines.append(Text(" " * (lead + indent)) + text[lead + start : lead + end])
        else:
            lines.append(text[: lead + end])
    return lines
