"""WordprocessingML (the XML inside a .docx) read as a person sees the document once every
tracked change is accepted: inserted and moved-to text kept, deleted and moved-from text
dropped, a deleted paragraph mark joining its paragraph to the next, field codes and
comments left out, and automatic list numbers (numbering.xml, levels, restarts, the
number formats) written out as the label a person sees (``1.``, ``【第2項】``, ``(三)``).

Only the parts that hold text are inflated, each with a bound: the main document, its
styles and its numbering definitions. Images and other parts are never read. XML
entities are not resolved and nothing is fetched from the network.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from typing import overload

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = "{%s}" % W
_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OFFICE_DOCUMENT = "/officeDocument"
_NUMBERING = "/numbering"
_STYLES = "/styles"

MAX_PART_BYTES = 32 * 1024 * 1024  # one inflated XML part; the whole package is bounded elsewhere


class NotWordDocument(ValueError):
    """The package is a ZIP but not a readable Word document (the message says why)."""


@dataclass
class WordText:
    """A document's text: ``lines[i]`` is the (i+1)th paragraph as it stands."""

    lines: list[str] = field(default_factory=list)
    changes: Counter = field(default_factory=Counter)  # insertion, deletion, move, formatting
    change_lines: list[int] = field(default_factory=list)  # 1-based lines holding a tracked change
    table_lines: set[int] = field(default_factory=set)  # 1-based lines read from table cells
    numbered_lines: set[int] = field(default_factory=set)  # lines whose label is a list number

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def tracked_changes(self) -> int:
        return sum(self.changes.values())


# -- the package ---------------------------------------------------------------------------


def read_part(archive: zipfile.ZipFile, name: str, limit: int = MAX_PART_BYTES) -> bytes:
    """One part, inflated to at most ``limit`` bytes (more is refused, not truncated)."""
    try:
        with archive.open(name) as stream:
            data = stream.read(limit + 1)
    except KeyError:
        raise NotWordDocument(f"the package has no part {name}") from None
    if len(data) > limit:
        raise NotWordDocument(f"part {name} unpacks to more than {limit:,} bytes")
    return data


def _xml(data: bytes, name: str) -> etree._Element:
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True, remove_pis=True
    )
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise NotWordDocument(f"part {name} is not well-formed XML ({exc})") from None


def _relationships(archive: zipfile.ZipFile, part: str) -> dict[str, str]:
    """Relationship type suffix -> target part name, for ``part`` ("" is the package)."""
    folder, base = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", base + ".rels")
    if rels_name not in archive.namelist():
        return {}
    found: dict[str, str] = {}
    for rel in _xml(read_part(archive, rels_name), rels_name).iter(_REL_NS + "Relationship"):
        kind = rel.get("Type", "")
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target", "")
        target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        found.setdefault("/" + kind.rsplit("/", 1)[-1], target)
    return found


def read_word_package(archive: zipfile.ZipFile) -> WordText:
    main = _relationships(archive, "").get(_OFFICE_DOCUMENT)
    if main is None or main not in archive.namelist():
        raise NotWordDocument("no main document part (word/document.xml)")
    document = _xml(read_part(archive, main), main)
    if document.tag != _W + "document":
        raise NotWordDocument(f"part {main} is not a WordprocessingML document")
    related = _relationships(archive, main)
    styles = _Styles(_optional(archive, related.get(_STYLES)))
    numbering = _Numbering(_optional(archive, related.get(_NUMBERING)), styles)
    return _Reader(styles, numbering).read(document)


def _optional(archive: zipfile.ZipFile, name: str | None) -> etree._Element | None:
    if not name or name not in archive.namelist():
        return None
    return _xml(read_part(archive, name), name)


# -- styles and numbering -------------------------------------------------------------------


@overload
def _val(element: etree._Element | None, default: str) -> str: ...
@overload
def _val(element: etree._Element | None, default: str | None = None) -> str | None: ...
def _val(element: etree._Element | None, default: str | None = None) -> str | None:
    if element is None:
        return default
    return element.get(_W + "val", default)


@overload
def _int(element: etree._Element | None, default: int) -> int: ...
@overload
def _int(element: etree._Element | None, default: int | None = None) -> int | None: ...
def _int(element: etree._Element | None, default: int | None = None) -> int | None:
    value = _val(element)
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


class _Styles:
    """Paragraph styles: the list numbering a style gives (``w:numPr``), through ``basedOn``."""

    def __init__(self, root: etree._Element | None) -> None:
        self.by_id: dict[str, etree._Element] = {}
        self.default: str | None = None
        if root is None:
            return
        for style in root.iter(_W + "style"):
            if style.get(_W + "type") == "paragraph" and style.get(_W + "styleId"):
                self.by_id[style.get(_W + "styleId")] = style
                if style.get(_W + "default") in ("1", "true", "on"):
                    self.default = style.get(_W + "styleId")

    def num_pr(self, style_id: str | None) -> tuple[str | None, int | None]:
        """(numId, ilvl) a paragraph style gives, following ``basedOn`` (at most 20 deep)."""
        seen = 0
        style_id = style_id or self.default
        while style_id and style_id in self.by_id and seen < 20:
            style = self.by_id[style_id]
            num_pr = style.find(f"{_W}pPr/{_W}numPr")
            if num_pr is not None and num_pr.find(_W + "numId") is not None:
                return _val(num_pr.find(_W + "numId")), _int(num_pr.find(_W + "ilvl"))
            based = style.find(_W + "basedOn")
            style_id = _val(based)
            seen += 1
        return None, None


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    suffix: str = "tab"
    restart: int | None = None  # restart after this (1-based) level; 0: never; None: after any higher
    legal: bool = False
    style: str | None = None


class _Numbering:
    def __init__(self, root: etree._Element | None, styles: _Styles) -> None:
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.style_link: dict[str, str] = {}  # abstractNum -> the list style it takes its levels from
        self.nums: dict[str, tuple[str, dict[int, int], dict[int, _Level]]] = {}
        self.styles = styles
        if root is None:
            return
        for abstract in root.iter(_W + "abstractNum"):
            key = abstract.get(_W + "abstractNumId")
            if key is None:
                continue
            self.abstract[key] = {
                lvl_index: level for lvl_index, level in (self._level(lvl) for lvl in abstract.findall(_W + "lvl"))
            }
            link = _val(abstract.find(_W + "numStyleLink"))
            if link:
                self.style_link[key] = link
        for num in root.iter(_W + "num"):
            num_id = num.get(_W + "numId")
            abstract_id = _val(num.find(_W + "abstractNumId"))
            if num_id is None or abstract_id is None:
                continue
            starts: dict[int, int] = {}
            levels: dict[int, _Level] = {}
            for override in num.findall(_W + "lvlOverride"):
                ilvl = _int_attr(override, "ilvl")
                if ilvl is None:
                    continue
                start = _int(override.find(_W + "startOverride"))
                if start is not None:
                    starts[ilvl] = start
                lvl = override.find(_W + "lvl")
                if lvl is not None:
                    levels[ilvl] = self._level(lvl)[1]
            self.nums[num_id] = (abstract_id, starts, levels)

    @staticmethod
    def _level(lvl: etree._Element) -> tuple[int, _Level]:
        restart = lvl.find(_W + "lvlRestart")
        return (
            _int_attr(lvl, "ilvl") or 0,
            _Level(
                start=_int(lvl.find(_W + "start"), 1),
                fmt=_val(lvl.find(_W + "numFmt"), "decimal"),
                text=_val(lvl.find(_W + "lvlText"), ""),
                suffix=_val(lvl.find(_W + "suff"), "tab"),
                restart=_int(restart) if restart is not None else None,
                legal=lvl.find(_W + "isLgl") is not None
                and _val(lvl.find(_W + "isLgl"), "1") not in ("0", "false", "off"),
                style=_val(lvl.find(_W + "pStyle")),
            ),
        )

    def levels(self, num_id: str) -> tuple[str, dict[int, _Level], dict[int, int]] | None:
        """(counter key, levels, start overrides) of a list instance, or None."""
        if num_id not in self.nums:
            return None
        abstract_id, starts, overrides = self.nums[num_id]
        for _ in range(5):  # a list style's abstractNum points at the one with the levels
            link = self.style_link.get(abstract_id)
            if not link:
                break
            linked_num, _ilvl = self.styles.num_pr(link)
            if linked_num is None or linked_num not in self.nums:
                break
            abstract_id = self.nums[linked_num][0]
        levels = dict(self.abstract.get(abstract_id, {}))
        levels.update(overrides)
        # Instances of one abstract list continue one sequence; a start override begins its own.
        key = f"num:{num_id}" if starts else f"abstract:{abstract_id}"
        return key, levels, starts


def _int_attr(element: etree._Element, name: str) -> int | None:
    try:
        return int(element.get(_W + name, ""))
    except ValueError:
        return None


class _Counters:
    def __init__(self, numbering: _Numbering) -> None:
        self.numbering = numbering
        self.values: dict[str, dict[int, int]] = {}
        self.started: set[tuple[str, str]] = set()  # (numId, key) whose start overrides applied

    def label(self, num_id: str, ilvl: int) -> str | None:
        """The label of the next paragraph of list ``num_id`` at level ``ilvl`` (and count it)."""
        found = self.numbering.levels(num_id)
        if found is None:
            return None
        key, levels, starts = found
        ilvl = max(0, min(ilvl, 8))
        level = levels.get(ilvl, _Level())
        counters = self.values.setdefault(key, {})
        if starts and (num_id, key) not in self.started:
            self.started.add((num_id, key))
            for lvl, start in starts.items():
                counters[lvl] = start - 1
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        for deeper in [lvl for lvl in counters if lvl > ilvl]:
            restart = levels.get(deeper, _Level()).restart
            if restart is None or (restart != 0 and restart <= ilvl + 1):
                del counters[deeper]
        if level.fmt == "none":
            return ""
        if level.fmt == "bullet":
            return level.text

        def number(match: re.Match) -> str:
            lvl = int(match.group(1)) - 1
            value = counters.get(lvl, levels.get(lvl, _Level()).start)
            fmt = "decimal" if level.legal else levels.get(lvl, _Level()).fmt  # isLgl: every level in Arabic
            return format_number(value, fmt)

        text = re.sub(r"%([1-9])", number, level.text)
        return text + {"tab": "\t", "space": " "}.get(level.suffix, "") if text else ""


# -- number formats (ST_NumberFormat) --------------------------------------------------------

_CJK_DIGITS = "〇一二三四五六七八九"
_LEGAL_TRADITIONAL = "零壹貳參肆伍陸柒捌玖"
_LEGAL_SIMPLIFIED = "零壹贰叁肆伍陆柒捌玖"
_HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"
_EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_PARENTHESISED = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
_FULL_STOP = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def format_number(value: int, fmt: str) -> str:
    """``value`` written in the list number format ``fmt`` (unknown formats: decimal)."""
    if value < 0:
        value = 0
    if fmt in ("decimal", "decimalHalfWidth", "arabicAbjad"):
        return str(value)
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return str(value).translate(_FULL_WIDTH)
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt in ("upperLetter", "lowerLetter"):
        letters = _letters(value)
        return letters if fmt == "upperLetter" else letters.lower()
    if fmt == "ordinal":
        return _ordinal(value)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= value <= 20:
        return _CIRCLED[value - 1]
    if fmt == "decimalEnclosedParen" and 1 <= value <= 20:
        return _PARENTHESISED[value - 1]
    if fmt == "decimalEnclosedFullstop" and 1 <= value <= 20:
        return _FULL_STOP[value - 1]
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join(_CJK_DIGITS[int(d)] for d in str(value))
    if fmt in (
        "taiwaneseCounting",
        "chineseCounting",
        "japaneseCounting",
        "koreanCounting",
        "taiwaneseCountingThousand",
        "chineseCountingThousand",
        "ideographEnclosedCircle",
    ):
        return _chinese(value, _CJK_DIGITS.replace("〇", "零"), "十百千")
    if fmt == "ideographLegalTraditional":
        return _chinese(value, _LEGAL_TRADITIONAL, "拾佰仟", short_ten=False)
    if fmt in ("chineseLegalSimplified", "japaneseLegal"):
        return _chinese(value, _LEGAL_SIMPLIFIED, "拾佰仟", short_ten=False)
    if fmt in ("ideographTraditional",) and 1 <= value <= 10:
        return _HEAVENLY_STEMS[value - 1]
    if fmt in ("ideographZodiac",) and 1 <= value <= 12:
        return _EARTHLY_BRANCHES[value - 1]
    return str(value)


def _roman(value: int) -> str:
    if value <= 0:
        return str(value)
    out = []
    for number, numeral in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        count, value = divmod(value, number)
        out.append(numeral * count)
    return "".join(out)


def _letters(value: int) -> str:
    # Word: A..Z, then AA..ZZ, AAA.. (the letter repeated), not spreadsheet-style columns.
    if value <= 0:
        return str(value)
    letter = chr(ord("A") + (value - 1) % 26)
    return letter * ((value - 1) // 26 + 1)


def _ordinal(value: int) -> str:
    suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"


def _chinese(value: int, digits: str, units: str, short_ten: bool = True) -> str:
    """1 一, 10 十, 11 十一, 20 二十, 105 一百零五 (legal forms: 壹拾 for 10)."""
    if value == 0:
        return digits[0]
    if value >= 10000:
        return "".join(digits[int(d)] for d in str(value))
    parts: list[str] = []
    text = str(value)
    zero = False
    for position, char in enumerate(text):
        digit = int(char)
        place = len(text) - position - 1
        if digit == 0:
            zero = bool(parts)
            continue
        if zero:
            parts.append(digits[0])
            zero = False
        if not (short_ten and digit == 1 and place == 1 and not parts):
            parts.append(digits[digit])
        if place:
            parts.append(units[place - 1])
    return "".join(parts)


# -- the body ---------------------------------------------------------------------------------

_TRANSPARENT = {"hyperlink", "smartTag", "customXml", "ins", "moveTo", "fldSimple", "dir", "bdo", "sdtContent"}
_DROPPED = {"del", "moveFrom"}
_SKIPPED = {
    "pPr",
    "rPr",
    "sdtPr",
    "sdtEndPr",
    "commentRangeStart",
    "commentRangeEnd",
    "bookmarkStart",
    "bookmarkEnd",
    "proofErr",
    "permStart",
    "permEnd",
}


class _Reader:
    def __init__(self, styles: _Styles, numbering: _Numbering) -> None:
        self.styles = styles
        self.counters = _Counters(numbering)
        self.out = WordText()
        self.carry = ""  # text of a paragraph whose mark was deleted, joined to the next
        self.carry_changed = False
        self.in_table = 0

    def read(self, document: etree._Element) -> WordText:
        body = document.find(_W + "body")
        if body is not None:
            self._blocks(body)
        if self.carry:  # a deleted last paragraph mark: the text still stands
            self._emit(self.carry, self.carry_changed, None)
        return self.out

    def _blocks(self, parent: etree._Element) -> None:
        for child in parent:
            name = _local(child)
            if name == "p":
                self._paragraph(child)
            elif name == "tbl":
                self.in_table += 1
                for row in child.findall(_W + "tr"):  # this table's rows: a nested table is read in its cell
                    if _tracked(row, "del"):
                        self.out.changes["deletion"] += 1
                        continue
                    for cell in row.findall(_W + "tc"):
                        self._blocks(cell)
                self.in_table -= 1
            elif name in ("sdt",):
                content = child.find(_W + "sdtContent")
                if content is not None:
                    self._blocks(content)
            elif name in ("customXml", "ins", "moveTo", "sdtContent"):
                self._blocks(child)
            elif name in _DROPPED:
                self._count(name)

    def _count(self, name: str) -> None:
        self.out.changes[
            {"ins": "insertion", "del": "deletion", "moveTo": "move", "moveFrom": "move"}.get(name, "formatting")
        ] += 1

    def _paragraph(self, p: etree._Element) -> None:
        parts: list[str] = []
        changed = self._inline(p, parts)
        p_pr = p.find(_W + "pPr")
        mark = p_pr.find(_W + "rPr") if p_pr is not None else None
        if p_pr is not None and p_pr.find(_W + "pPrChange") is not None:
            self.out.changes["formatting"] += 1
            changed = True
        if mark is not None:
            if mark.find(_W + "ins") is not None or mark.find(_W + "moveTo") is not None:
                self.out.changes["insertion"] += 1
                changed = True
            if mark.find(_W + "del") is not None or mark.find(_W + "moveFrom") is not None:
                # The mark is deleted: once accepted, this text runs into the next paragraph.
                self.out.changes["deletion"] += 1
                self.carry += "".join(parts)
                self.carry_changed = True
                return
        self._emit(self.carry + "".join(parts), changed or self.carry_changed, p_pr)
        self.carry, self.carry_changed = "", False

    def _emit(self, text: str, changed: bool, p_pr: etree._Element | None) -> None:
        line = len(self.out.lines) + 1
        label = self._label(p_pr)
        if label:
            self.out.numbered_lines.add(line)
        self.out.lines.append((label or "") + text)
        if changed:
            self.out.change_lines.append(line)
        if self.in_table:
            self.out.table_lines.add(line)

    def _label(self, p_pr: etree._Element | None) -> str | None:
        num_id, ilvl = None, None
        style = _val(p_pr.find(_W + "pStyle")) if p_pr is not None else None
        direct = p_pr.find(_W + "numPr") if p_pr is not None else None
        if direct is not None:
            num_id, ilvl = _val(direct.find(_W + "numId")), _int(direct.find(_W + "ilvl"))
        if num_id is None:
            style_num, style_ilvl = self.styles.num_pr(style)
            num_id = style_num
            ilvl = ilvl if ilvl is not None else style_ilvl
        if num_id is None or num_id == "0":
            return None
        if ilvl is None:  # a style-linked level: the level whose pStyle is this style
            found = self.counters.numbering.levels(num_id)
            ilvl = next((i for i, lvl in (found[1].items() if found else ()) if lvl.style == style), 0)
        return self.counters.label(num_id, ilvl)

    def _inline(self, parent: etree._Element, parts: list[str]) -> bool:
        """Append the visible text under ``parent``; whether a tracked change was met."""
        changed = False
        for child in parent:
            name = _local(child)
            if name == "r":
                changed |= self._run(child, parts)
            elif name in _DROPPED:
                self._count(name)
                changed = True
            elif name in ("ins", "moveTo"):
                self._count(name)
                changed = True
                self._inline(child, parts)
            elif name in _TRANSPARENT or name == "sdt":
                changed |= self._inline(child, parts)
            elif name == "AlternateContent":  # markup compatibility: the fallback is plain WordprocessingML
                fallback = next((c for c in child if _local(c) == "Fallback"), None)
                if fallback is not None:
                    changed |= self._inline(fallback, parts)
        return changed

    def _run(self, run: etree._Element, parts: list[str]) -> bool:
        changed = False
        for child in run:
            name = _local(child)
            if name == "t":
                parts.append(child.text or "")
            elif name in ("tab", "ptab"):
                parts.append("\t")
            elif name == "br" and child.get(_W + "type") in (None, "textWrapping"):
                parts.append("\n")
            elif name == "cr":
                parts.append("\n")
            elif name == "noBreakHyphen":
                parts.append("-")
            elif name == "rPr" and child.find(_W + "rPrChange") is not None:
                self.out.changes["formatting"] += 1
                changed = True
            elif name == "ruby":
                base = child.find(_W + "rubyBase")
                if base is not None:
                    self._inline(base, parts)
        return changed


def _tracked(element: etree._Element, kind: str) -> bool:
    props = element.find(_W + "trPr")
    return props is not None and props.find(_W + kind) is not None


def _local(element: etree._Element) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]
