"""Formal points of a drafting checklist, as text analysis: words naming a kind of patent
(本發明, 本新型), reference signs and the names they follow, figure numbering, a claim's
subject against the title, and paragraphs that end without punctuation.

Everything here describes text (what is written where); which kind of patent a bundle is,
and whether a finding matters, is for the pack's facts and the rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.language.claims.terms import en_stem
from checker.language.description_analysis import figure_label, figures_mentioned
from checker.language.sign_lists import ListedSign
from checker.language.texts import half_width

# --- words naming the kind of patent ------------------------------------------------------

# The words a text uses to call itself an invention or a utility model: 本發明 (this
# invention), 本新型 (this utility model), and the office headings that name the kind.
KIND_WORDS = {
    "invention": ("本發明", "【發明名稱】", "【發明內容】", "【中文發明名稱】"),
    "utility_model": ("本新型", "【新型名稱】", "【新型內容】", "【中文新型名稱】"),
}
# 本 closing another word is not "this": 日本發明專利 (a Japanese invention patent), 基本發明, 版本…
_NOT_THIS = "日基根版樣文成劇書課腳原副藍範資讀標"
_KIND_WORD = re.compile(
    "|".join(
        (f"(?<![{_NOT_THIS}])" if w.startswith("本") else "") + re.escape(w)
        for words in KIND_WORDS.values()
        for w in words
    )
)
_KIND_OF = {w: kind for kind, words in KIND_WORDS.items() for w in words}


@dataclass(frozen=True)
class KindWord:
    line: int  # 1-based line of the text
    word: str  # as written: 本發明, 【新型內容】…
    names: str  # the kind it names: "invention" or "utility_model"


def kind_words(text: str) -> list[KindWord]:
    """Each line's words naming a kind of patent, once per line and word, in order.
    本發明人 (the inventor) and 本新型創作人 name people, not the creation, and are skipped."""
    found: list[KindWord] = []
    for number, line in enumerate(text.splitlines(), 1):
        seen: set[str] = set()
        for match in _KIND_WORD.finditer(line):
            word = match.group(0)
            if line[match.end() : match.end() + 1] == "人" or line[match.end() : match.end() + 3] == "創作人":
                continue
            if word not in seen:
                seen.add(word)
                found.append(KindWord(number, word, _KIND_OF[word]))
    return found


# --- reference signs and the names they follow ----------------------------------------------


@dataclass(frozen=True)
class SignConflict:
    line: int  # 1-based line of the text the conflict is seen in
    sign: str
    name: str
    problem: str  # "sign_two_names" | "name_two_signs" (within the list) | "differs_from_list" (in use)
    used: str  # as written: 「20:底座」 in the list, 「基板12」 in use
    listed: str  # what the list says: 「20:基板」, 「10:基板, 12:晶片」


def list_conflicts(pairs: list[ListedSign]) -> list[SignConflict]:
    """Pairs of a list that give a sign listed before another name, or a name listed
    before with another sign: one conflict per later pair."""
    conflicts: list[SignConflict] = []
    first_by_sign: dict[str, ListedSign] = {}
    first_by_name: dict[str, ListedSign] = {}
    for pair in pairs:
        earlier = first_by_sign.get(pair.sign)
        if earlier is not None and earlier.name != pair.name:
            conflicts.append(
                SignConflict(pair.line, pair.sign, pair.name, "sign_two_names", pair.written, earlier.written)
            )
        else:
            named = first_by_name.get(pair.name)
            if named is not None and named.sign != pair.sign:
                conflicts.append(
                    SignConflict(pair.line, pair.sign, pair.name, "name_two_signs", pair.written, named.written)
                )
        first_by_sign.setdefault(pair.sign, pair)
        first_by_name.setdefault(pair.name, pair)
    return conflicts


def use_conflicts(pairs: list[ListedSign], text: str) -> list[SignConflict]:
    """Places in ``text`` where a listed sign follows a listed name that the list gives
    another sign (「基板12」 when the list says 10:基板 and 12:晶片), once per line, name and
    sign. The longest listed name ending right before the sign is the one read (第一基板
    before 基板); a sign after a name the list does not give is not judged."""
    name_of = {p.sign: p.name for p in reversed(pairs)}  # the first listing counts
    signs_of: dict[str, list[str]] = {}
    for pair in pairs:
        signs_of.setdefault(pair.name, []).append(pair.sign)
    if not name_of:
        return []
    names = sorted(signs_of, key=len, reverse=True)
    alternatives = "|".join(re.escape(s) for s in sorted(name_of, key=len, reverse=True))
    occurrence = re.compile(r"(?<![0-9A-Za-z'])(" + alternatives + r")(?![0-9A-Za-z'])")
    conflicts: list[SignConflict] = []
    seen: set[tuple[int, str, str]] = set()
    for number, line in enumerate(half_width(text).splitlines(), 1):
        for match in occurrence.finditer(line):
            sign = match.group(1)
            before = re.sub(r"[\s(（]+$", "", line[max(0, match.start() - 24) : match.start()])
            name = next((n for n in names if before.endswith(n)), None)
            if name is None or sign in signs_of[name] or (number, name, sign) in seen:
                continue
            seen.add((number, name, sign))
            listed = ", ".join([f"{sign}:{name_of[sign]}", *(f"{s}:{name}" for s in signs_of[name])])
            conflicts.append(SignConflict(number, sign, name, "differs_from_list", f"{name}{sign}", listed))
    return conflicts


# --- figure numbering -------------------------------------------------------------------------


@dataclass(frozen=True)
class NumberingProblem:
    index: int  # position in the list of figures given
    figure: str  # the label, in one spelling (2A)
    problem: str  # "start" (not 1), "gap" (a number skipped), "order" (lower than before), "repeat"
    expected: str  # what would follow: "3", or "1"


def _base(label: str) -> int | None:
    found = re.match(r"^([0-9]+)", label)
    return int(found.group(1)) if found else None


def numbering_problems(labels: list[str]) -> list[NumberingProblem]:
    """Figure labels (in the order given: 1, 2A, 2B, 3…) that do not number the figures
    consecutively from 1: the first is not 1, a number is skipped, a number is lower than
    one before it, or a label repeats. Letters after a number (2A, 2B) share its number.
    Labels without a number are left out."""
    problems: list[NumberingProblem] = []
    previous: int | None = None
    seen: set[str] = set()
    for index, raw in enumerate(labels):
        label = figure_label(raw)
        base = _base(label)
        if base is None:
            continue
        if label in seen:
            problems.append(NumberingProblem(index, label, "repeat", str((previous or 0) + 1)))
            continue
        seen.add(label)
        if previous is None and base != 1:
            problems.append(NumberingProblem(index, label, "start", "1"))
        elif previous is not None and base > previous + 1:
            problems.append(NumberingProblem(index, label, "gap", str(previous + 1)))
        elif previous is not None and base < previous:
            problems.append(NumberingProblem(index, label, "order", str(previous + 1)))
        previous = base if previous is None else max(previous, base)
    return problems


def figure_mentions_by_line(text: str) -> list[tuple[int, str]]:
    """(line, figure label) for each figure a text refers to, at the line of its first
    mention, in order (圖1, 第2圖, FIG. 3, 圖4至圖6, 圖12(A))."""
    found: list[tuple[int, str]] = []
    seen: set[str] = set()
    for number, line in enumerate(text.splitlines(), 1):
        for label in figures_mentioned(line):
            if label not in seen:
                seen.add(label)
                found.append((number, label))
    return found


def figure_is_among(label: str, described: set[str]) -> bool:
    """``label`` is among ``described``, or names figures that are (圖2 for 2A and 2B)."""
    if label in described:
        return True
    return label.isdigit() and any(re.fullmatch(re.escape(label) + r"[A-Z]", d) for d in described)


# --- the title and the claimed subject ---------------------------------------------------------

_CJK = re.compile(r"[\u4e00-\u9fff]")
_EN_WORD = re.compile(r"[a-z][a-z-]+")
_EN_NOT_CONTENT = {"a", "an", "the", "of", "for", "and", "or", "in", "on", "to", "with", "its", "thereof", "same"}


# Subjects that say only the category (an apparatus, 一種裝置): any title may stand for them.
GENERIC_SUBJECTS = {
    "裝置",
    "系統",
    "方法",
    "結構",
    "設備",
    "組成物",
    "組合物",
    "元件",
    "模組",
    "產品",
    "機構",
    "apparatus",
    "device",
    "system",
    "method",
    "process",
    "product",
    "composition",
    "assembly",
    "structure",
}


def subject_in_title(subject: str, title: str) -> bool:
    """The title names the claimed subject: it contains it, or at least half of the
    subject's character pairs (Chinese) or content words (English, singular or plural).
    An unknown subject or title, or a subject naming only a category (裝置, apparatus),
    counts as named."""
    subject = re.sub(r"\s+", " ", half_width(subject).lower()).strip()
    title = re.sub(r"\s+", " ", half_width(title).lower()).strip()
    if not subject or not title or subject in GENERIC_SUBJECTS:
        return True
    if subject.replace(" ", "") in title.replace(" ", ""):
        return True
    if _CJK.search(subject):
        compact = "".join(ch for ch in subject if not ch.isspace())
        pairs = {compact[i : i + 2] for i in range(len(compact) - 1)}
        flat = title.replace(" ", "")
        return not pairs or 2 * sum(1 for p in pairs if p in flat) >= len(pairs)
    words = {en_stem(w) for w in _EN_WORD.findall(subject) if w not in _EN_NOT_CONTENT}
    title_words = {en_stem(w) for w in _EN_WORD.findall(title)}
    return not words or 2 * len(words & title_words) >= len(words)


# --- paragraphs and their final punctuation ------------------------------------------------------

_FINAL = set("。．.！!？?：:；;」』）)]】”\"'’…")
_PUNCTUATION = re.compile(r"[。，、；：！？．,.;:!?]")
_NUMBERED = re.compile(r"^\s*【[0-9０-９]{4}】")
HEADING_LIKE = 10  # a block of at most this many characters and no punctuation is a sub-heading


@dataclass(frozen=True)
class Paragraph:
    line: int  # 1-based line of the paragraph's last line in the text given
    ending: str  # its last characters, for the message


def _heading_like(text: str) -> bool:
    return len(text) <= HEADING_LIKE and not _PUNCTUATION.search(text)


def unpunctuated_paragraphs(lines: list[str]) -> list[Paragraph]:
    """Paragraphs whose last character is not a final punctuation mark (。．.！？：；
    or a closing bracket or quote). A paragraph starts at a paragraph number (【0001】) or
    after a blank line; in a text without paragraph numbers whose lines mostly end with a
    final mark, every line is a paragraph (a text wrapped at a width is read by blank
    lines only). A short block without any punctuation (「第一實施例」) is a sub-heading,
    and a last line holding 「=」 a formula: neither is judged."""
    found: list[Paragraph] = []
    block: list[tuple[int, str]] = []
    filled = [line.strip() for line in lines if line.strip()]
    numbered = any(_NUMBERED.match(line) for line in filled)
    prose = [line for line in filled if not _heading_like(line)]
    per_line = not numbered and 2 * sum(1 for line in prose if line[-1] in _FINAL) > len(prose)

    def close() -> None:
        text = "".join(t for _, t in block)
        text = _NUMBERED.sub("", text).strip()
        last = block[-1][1] if block else ""
        if text and text[-1] not in _FINAL and not _heading_like(text) and "=" not in last and "＝" not in last:
            found.append(Paragraph(block[-1][0], text[-12:]))
        block.clear()

    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line:
            close()
            continue
        if _NUMBERED.match(line) or per_line:
            close()
        block.append((number, line))
    close()
    return found
