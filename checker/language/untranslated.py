"""What a translation keeps untranslated: comparing a foreign-language text with its Chinese
translation without translating either.

One job: from a text in any language, list the *marks* a faithful translation carries over
unchanged — numbers with units, reference signs, chemical formulae, Latin-script terms,
and the claims and figures it counts — each with its line and column, and compare two
such lists. Whether a difference matters in law is for the rules to judge.

What is extracted (both texts alike, after full-width forms become ASCII, length kept):

- **values**: a number with a unit (``5 mm``, ``5mm``, ``5 毫米``, ``5ミリメートル``,
  ``5 millimetres``; ``120℃`` = ``120 °C`` = ``攝氏120度``; ``5 wt%`` = ``5重量%`` =
  ``5質量%``). A unit is read in every language the module knows (English words and
  symbols, Chinese and Japanese unit words), and the value is scaled to one unit per
  dimension, so ``0.5 cm`` equals ``5 mm`` and ``90 min`` equals ``1.5 h``. A range
  (``50〜100℃``, ``50 to 100 °C``, ``50至100℃``, ``between 5 and 10 mm``) gives both ends
  the unit written after the second. An ambiguous unit is equal to each of its readings:
  ``度`` (degree) is ``°C`` or ``°``; ``5 wt%`` also equals a bare ``5%``.
- **signs**: a bare integer, optionally with a letter or prime (``10``, ``10a``, ``12'``),
  that is not a figure, claim, paragraph or ordinal number (``FIG. 1``, ``圖1``, ``claim 2``,
  ``請求項2``, ``【0001】``, ``第1``) and not followed by a counter (``2個``, ``3層``, ``2つ``,
  ``2020年``). In a description these are the reference signs (``substrate 10`` /
  ``基板10`` / ``基板（10）``).
- **formulae**: element symbols with counts (``H2O``, ``SiO2``, ``C6H12O6``, ``NaCl``; a
  subscript digit is a digit).
- **terms**: Latin-script words that a translation keeps as written: acronyms (``LED``,
  ``CPU``), model names and gene names with digits (``XYZ-100``, ``BRCA1``, ``p53``),
  words with an inner capital (``iPhone``), and Latin species names (``Escherichia coli``,
  ``E. coli``). Ordinary words (``substrate``, ``The``) are not terms.
- **figures**: the figure labels referred to (``FIG. 2A``, ``FIGS. 3 and 4``, ``圖2A``,
  ``第3圖``, ``図4``); **claims**: counted by the caller (``checker.language.texts``).

How two texts are compared (:func:`compare`): as **sets**, not multisets — a faithful
translation may repeat a value or a sign more or less often than the original (Japanese
``前記基板10`` is often ``該基板`` in Chinese), so a count would false-alarm. A mark of one
text is *absent* from the other when:

- a value: none of its readings (value and unit) is among the other text's values;
- a sign: its number occurs nowhere in the other text, in any role (a value, a count, a
  date, a sign): a number written once in words (``two``) or merged differently is then no
  false alarm, and ``基板12`` for ``substrate 10`` still is one;
- a formula or a term: it is not written in the other text (case-sensitive for formulae,
  case-insensitive for terms; a species name also matches its abbreviation ``E. coli``).

Limits: a value converted between unit systems (1 inch to 2.54 cm) is reported; a number
written in words on one side only is not compared; Latin-script terms translated into
Chinese (``Escherichia coli`` as 大腸桿菌) are reported as absent from the Chinese text, so
the omission side leaves species names out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from checker.language.texts import half_width

# --- normalising, length kept -----------------------------------------------------------

_ONE_TO_ONE = str.maketrans(
    {
        "％": "%",
        "．": ".",
        "，": ",",
        "～": "~",
        "〜": "~",
        "－": "-",
        "−": "-",
        "–": "-",
        "：": ":",
        "／": "/",
        "＋": "+",
        "µ": "μ",
        "′": "'",
        "’": "'",
        "＇": "'",
        **{chr(0x2080 + d): str(d) for d in range(10)},  # subscript digits: SiO₂
        **{chr(c): str(d) for c, d in ((0x2070, 0), (0xB9, 1), (0xB2, 2), (0xB3, 3))},
        **{chr(0x2074 + d - 4): str(d) for d in range(4, 10)},  # superscript digits
        "\u3000": " ",
    }
)


def plain(text: str) -> str:
    """The text as read here: full-width ASCII, ％, ～/〜, sub- and superscript digits as
    ASCII; every character stays one character, so offsets and columns hold."""
    return half_width(text or "").translate(_ONE_TO_ONE)


# --- units ---------------------------------------------------------------------------------
# unit as written -> (readings: (dimension unit, factor to it)), longest first when matched.

_LEN, _MASS, _VOL, _TIME = "mm", "g", "mL", "s"


def _u(*readings: tuple[str, str]) -> tuple[tuple[str, Decimal], ...]:
    return tuple((unit, Decimal(factor)) for unit, factor in readings)


_UNIT_TABLE: dict[str, tuple[tuple[str, Decimal], ...]] = {}


def _add(names: str, *readings: tuple[str, str]) -> None:
    for name in names.split("|"):
        _UNIT_TABLE[name] = _u(*readings)


_add("nm|nanometer|nanometers|nanometre|nanometres|奈米|納米|ナノメートル", (_LEN, "0.000001"))
_add(
    "μm|um|micrometer|micrometers|micrometre|micrometres|micron|microns|微米|マイクロメートル|ミクロン", (_LEN, "0.001")
)
_add("mm|millimeter|millimeters|millimetre|millimetres|毫米|公釐|ミリメートル|ミリ", (_LEN, "1"))
_add("cm|centimeter|centimeters|centimetre|centimetres|公分|釐米|厘米|センチメートル|センチ", (_LEN, "10"))
_add("m|meter|meters|metre|metres|公尺|メートル", (_LEN, "1000"))
_add("km|kilometer|kilometers|kilometre|kilometres|公里|キロメートル", (_LEN, "1000000"))
_add("Å|angstrom|angstroms|埃", (_LEN, "0.0000001"))
_add("μg|ug|microgram|micrograms|微克|マイクログラム", (_MASS, "0.000001"))
_add("mg|milligram|milligrams|毫克|ミリグラム", (_MASS, "0.001"))
_add("g|gram|grams|公克|克|グラム", (_MASS, "1"))
_add("kg|kilogram|kilograms|公斤|千克|キログラム", (_MASS, "1000"))
_add("μL|μl|uL|ul|microliter|microliters|microlitre|microlitres|微升|マイクロリットル", (_VOL, "0.001"))
_add("mL|ml|milliliter|milliliters|millilitre|millilitres|毫升|ミリリットル", (_VOL, "1"))
_add("L|liter|liters|litre|litres|公升|リットル", (_VOL, "1000"))
_add("ns|nanosecond|nanoseconds|奈秒|ナノ秒", (_TIME, "0.000000001"))
_add("μs|us|microsecond|microseconds|微秒|マイクロ秒", (_TIME, "0.000001"))
_add("ms|millisecond|milliseconds|毫秒|ミリ秒", (_TIME, "0.001"))
_add("s|sec|second|seconds|秒|秒鐘|秒間", (_TIME, "1"))
_add("min|minute|minutes|分鐘|分間|分", (_TIME, "60"))
_add("h|hr|hrs|hour|hours|小時|時間", (_TIME, "3600"))
_add("day|days|日間", (_TIME, "86400"))
_add("°C|℃|degrees C|degrees Celsius|degree Celsius|deg C|度C", ("°C", "1"))
_add("°F|℉|degrees F|degrees Fahrenheit", ("°F", "1"))
_add("K|kelvin", ("K", "1"))
_add("°|degree|degrees|deg", ("°", "1"), ("°C", "1"))
_add("度", ("°", "1"), ("°C", "1"))
_add(
    "wt%|wt.%|wt. %|weight%|weight percent|% by weight|% by mass|mass%|質量%|重量%|重量百分比|質量百分比",
    ("wt%", "1"),
    ("%", "1"),
)
_add("mol%|mole%|mol. %|莫耳%|モル%", ("mol%", "1"), ("%", "1"))
_add("vol%|vol.%|volume%|% by volume|體積%|体積%", ("vol%", "1"), ("%", "1"))
_add("%|percent|per cent|パーセント", ("%", "1"))
_add("ppm", ("ppm", "1"))
_add("ppb", ("ppb", "1"))
_add("Pa|pascal|pascals|帕|パスカル", ("Pa", "1"))
_add("kPa|千帕", ("Pa", "1000"))
_add("MPa|兆帕|百萬帕", ("Pa", "1000000"))
_add("GPa", ("Pa", "1000000000"))
_add("Hz|hertz|赫茲|赫|ヘルツ", ("Hz", "1"))
_add("kHz|千赫", ("Hz", "1000"))
_add("MHz|兆赫", ("Hz", "1000000"))
_add("GHz", ("Hz", "1000000000"))
_add("mV|millivolt|millivolts|毫伏", ("V", "0.001"))
_add("V|volt|volts|伏特|伏|ボルト", ("V", "1"))
_add("kV|kilovolt|kilovolts|千伏", ("V", "1000"))
_add("μA|uA|microampere|microamperes|微安", ("A", "0.000001"))
_add("mA|milliampere|milliamperes|毫安", ("A", "0.001"))
_add("A|ampere|amperes|amp|amps|安培|アンペア", ("A", "1"))
_add("mW|milliwatt|milliwatts|毫瓦", ("W", "0.001"))
_add("W|watt|watts|瓦特|瓦|ワット", ("W", "1"))
_add("kW|kilowatt|kilowatts|千瓦", ("W", "1000"))
_add("Ω|ohm|ohms|歐姆|オーム", ("Ω", "1"))
_add("kΩ|kiloohm|kiloohms|千歐姆", ("Ω", "1000"))
_add("pF|picofarad|picofarads", ("F", "0.000000000001"))
_add("nF|nanofarad|nanofarads", ("F", "0.000000001"))
_add("μF|uF|microfarad|microfarads|微法拉", ("F", "0.000001"))
_add("mAh|毫安時", ("mAh", "1"))
_add("dB|decibel|decibels|分貝|デシベル", ("dB", "1"))
_add("rpm|RPM|轉/分|転/分|revolutions per minute", ("rpm", "1"))
_add("N|newton|newtons|牛頓|ニュートン", ("N", "1"))
_add("J|joule|joules|焦耳|ジュール", ("J", "1"))
_add("mol|mole|moles|莫耳|モル", ("mol", "1"))
_add("mM|millimolar|毫莫耳濃度", ("mM", "1"))
_add("μM|uM|micromolar", ("μM", "1"))
_add("nM|nanomolar", ("nM", "1"))
_add("M|molar", ("M", "1"))
_add("cps|cP|mPa·s|mPa.s", ("cP", "1"))
_add("倍|times|fold|-fold", ("x", "1"))

# Units written before the number (攝氏120度 reads 120 °C).
_PREFIX_CELSIUS = re.compile(r"(?:攝氏|摂氏|摄氏)\s*$")

# A unit ends where a Latin unit is not followed by a letter: "5 mm", not "5 modules".
_UNIT_NAMES = sorted(_UNIT_TABLE, key=len, reverse=True)
_UNIT_RE = re.compile(
    r"\s*(?P<unit>" + "|".join(re.escape(name) for name in _UNIT_NAMES) + r")(?P<power>\^?[23](?![0-9]))?(?![A-Za-z])"
)
# Counters, calendar words and ordinals after a number: a count, never a reference sign.
_COUNTERS = "個つ層種片根次枚本件台顆條支塊組對張份位名回段級年月日時號号"
_JAPANESE_ONLY = frozenset({"分"})  # 10分 is ten minutes in Japanese, ten points in Chinese
_NUMBER = re.compile(
    r"(?<![0-9A-Za-z.,])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s*[x×*]\s*10\s*\^?\s*(?P<exp>[-+]?\d+))?"
)
_SIGN_SUFFIX = re.compile(r"[a-z](?![a-z])|'+")
_RANGE_JOIN = re.compile(
    r"\s*(?:~|-|至|到|から|乃至|ないし|to|and|or|±|\+/-)\s*(?=\d)|\s*(?:以上|以下)\s*(?=\d)", re.IGNORECASE
)

# Where a number is a figure, claim, paragraph or ordinal number, not a sign.
_FIGURE = re.compile(
    r"(?:\bFIGS?\.?|\bFigs?\.?|\bFigures?|\bFIGURES?|圖式?|図|第)\s*"
    r"(?P<first>\d+[A-Za-z]?(?:\([A-Za-z0-9]\))?)"
    r"(?P<more>(?:(?:圖|図)?\s*(?:,|、|及|和|與|或|至|到|~|-|and|to|or|through|から|乃至|ないし)\s*(?:圖|図|FIG\.?|第)?\s*"
    r"\d+[A-Za-z]?(?:\([A-Za-z0-9]\))?(?![0-9]))*)"
    r"(?P<tail>\s*(?:圖|図))?"
)
_FIGURE_RANGE = re.compile(
    r"(?<![0-9])(\d+)\s*(?:圖|図)?\s*(?:to|through|至|到|~|-|から|乃至|ないし)\s*(?:圖|図|FIG\.?|第)?\s*(\d+)(?![0-9A-Za-z])"
)
_FIGURE_LABEL = re.compile(r"\d+[A-Za-z]?(?:\([A-Za-z0-9]\))?")
_NOT_SIGN_BEFORE = re.compile(
    r"(?:\bclaims?|\bClaims?|\bCLAIMS?|請求項|申請專利範圍第|第|\bNo\.?|\bno\.|\bparagraphs?|段落|\bstep|\bSTEP"
    r"|\bExamples?|\bTables?|実施例|實施例|比較例|表|式|\bFormula|\bSEQ ID NO:?|序列編號|配列番号|\bpage|頁|\bpages)"
    r"\s*[:(（]?\s*$"
)
_PARAGRAPH_NUMBER = re.compile(r"[【\[]\d{4,5}[】\]]")
_LIST_NUMBER = re.compile(r"(?m)^[ \t]*\d+[ \t]*[.、][ \t]*(?=\D)")  # "1. A lamp…": a claim's own number
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)(?![A-Za-z])")
_CLAIM_RANGE = re.compile(
    r"(?:\bclaims?|請求項|申請專利範圍第|第)\s*\d+(?:\s*(?:,|、|及|或|至|到|-|~|and|or|to)\s*(?:請求項|第)?\s*\d+)+",
    re.IGNORECASE,
)

# Latin-script terms and formulae.
_LATIN_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)*(?![A-Za-z0-9])")
_ELEMENTS = frozenset(
    """H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se
    Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy
    Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu""".split()
)
_FORMULA_PART = re.compile(r"([A-Z][a-z]?)(\d*)")
_SPECIES = re.compile(
    r"(?<![A-Za-z])(?P<genus>[A-Z][a-z]{2,}|[A-Z]\.)\s(?P<species>[a-z]{3,}(?:i|us|is|ae|um|a|ensis|ium|ans|ens|oides))(?![A-Za-z])"
)
# Capitalised or upper-case words that are headings or boilerplate, never a kept term.
_NOT_TERMS = frozenset(
    """FIG FIGS FIGURE FIGURES CLAIM CLAIMS ABSTRACT TECHNICAL FIELD BACKGROUND SUMMARY DESCRIPTION
    DETAILED BRIEF DRAWINGS DRAWING EMBODIMENTS EMBODIMENT INVENTION REFERENCE SIGNS LIST OF THE AND
    PRIOR ART NO SEQ ID TABLE EXAMPLE EXAMPLES""".split()
)


@dataclass(frozen=True)
class Mark:
    """One thing a translation keeps: its ``kind`` (``value``, ``sign``, ``formula``,
    ``term``), as written (``shown``, full-width forms as ASCII), its ``keys`` (what is
    compared: ``5 mm`` and ``0.5 cm`` share the key ``5 mm``; an ambiguous unit has several)
    and where it is: 1-based ``line`` and ``column`` in the text it was read from."""

    kind: str
    shown: str
    keys: tuple[str, ...]
    line: int
    column: int


@dataclass
class Marks:
    """What a text keeps untranslated, with the indexes :func:`compare` reads."""

    marks: list[Mark] = field(default_factory=list)
    numbers: set[str] = field(default_factory=set)  # every number written, in any role
    figures: list[str] = field(default_factory=list)  # figure labels referred to, in order, once each
    text: str = ""  # the text as read (:func:`plain`)
    lower: str = ""  # the same, lower-cased: terms are searched in it

    def keys(self, kind: str) -> set[str]:
        return {key for mark in self.marks if mark.kind == kind for key in mark.keys}


def _number_value(raw: str, exponent: str | None) -> Decimal | None:
    try:
        value = Decimal(raw.replace(",", ""))
        if exponent is not None:
            value = value.scaleb(int(exponent))
    except (InvalidOperation, ValueError):
        return None
    return value


def _shown_number(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text


def _unit_at(text: str, end: int, language: str) -> tuple[str, int] | None:
    match = _UNIT_RE.match(text, end)
    if not match:
        return None
    unit = match.group("unit")
    if unit in _JAPANESE_ONLY and language != "ja":
        return None
    # A lone Latin letter unit needs a space or end before a CJK or punctuation after it:
    # "5 m" and "5m長" are metres, "5 A" is an ampere, but "10a" is a sign with a suffix.
    if len(unit) == 1 and unit.isascii() and unit.isalpha() and match.start("unit") == end and unit.islower():
        if unit not in "gmsh" and unit != "L":
            return None
    return unit + (match.group("power") or "").lstrip("^"), match.end()


def _keys(value: Decimal, unit: str) -> tuple[str, ...]:
    power = ""
    if unit[-1:] in "23" and unit[:-1] in _UNIT_TABLE:
        unit, power = unit[:-1], unit[-1]
    readings = _UNIT_TABLE.get(unit) or _UNIT_TABLE.get(unit.lower()) or ()
    keys = []
    for base, factor in readings:
        scaled = value * (factor ** int(power or 1))
        keys.append(f"{_shown_number(scaled)} {base}{power}")
    return tuple(dict.fromkeys(keys))


def _line_col(starts: list[int], offset: int) -> tuple[int, int]:
    low, high = 0, len(starts) - 1
    while low < high:
        mid = (low + high + 1) // 2
        if starts[mid] <= offset:
            low = mid
        else:
            high = mid - 1
    return low + 1, offset - starts[low] + 1


def extract(text: str, language: str = "zh-TW") -> Marks:
    """The marks of one text (see the module's docstring), in the order they occur."""
    text = plain(text)
    decimal_comma = language in ("de", "fr", "es", "it", "pt", "ru", "nl")
    if decimal_comma:  # 0,5 mm reads 0.5 mm; 1.000 (a thousands point) is left alone
        text = re.sub(r"(?<=\d),(?=\d(?!\d\d(?!\d)))", ".", text)
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    result = Marks(text=text, lower=text.lower())
    # Positions already read (figure and claim references, terms with digits): a mask, so
    # asking is constant time (a list of spans made 5,000 claims quadratic: 8 s).
    blocked = bytearray(len(text) + 1)

    def block(span: tuple[int, int]) -> None:
        blocked[span[0] : span[1]] = b"\x01" * (span[1] - span[0])

    for match in _PARAGRAPH_NUMBER.finditer(text):
        block(match.span())
    for match in _LIST_NUMBER.finditer(text):
        block(match.span())
    for match in _CLAIM_RANGE.finditer(text):
        block(match.span())
    figures: dict[str, None] = {}
    for match in _FIGURE.finditer(text):
        before = text[max(0, match.start() - 1) : match.start()]
        if match.group(0).startswith("第") and not match.group("tail"):
            continue  # 第1 alone is an ordinal; 第1圖 is a figure
        if before.isalpha() and before.isascii():
            continue
        more = match.group("more") or ""
        if more.lstrip().startswith(",") and not re.match(r"(?:FIGS|Figs|Figures|FIGURES)", match.group(0)):
            more = ""  # "FIG. 4, 10 samples": a comma continues only a plural FIGS. 3, 4
        for label in _FIGURE_LABEL.findall(match.group("first") + " " + more):
            figures.setdefault(label.upper().replace("(", "").replace(")", ""), None)
        for low, high in _FIGURE_RANGE.findall(match.group("first") + more):
            if int(low) < int(high) <= int(low) + 50:  # FIGS. 1 to 4, 圖1至圖4: 2 and 3 too
                for number in range(int(low) + 1, int(high)):
                    figures.setdefault(str(number), None)
        block(match.span())
    result.figures = list(figures)

    def is_blocked(at: int) -> bool:
        return blocked[at] == 1

    latin = [m for m in _LATIN_TOKEN.finditer(text) if not is_blocked(m.start())]
    for match in latin:
        if any(c.isdigit() for c in match.group(0)):
            block(match.span())  # XYZ-100, BRCA1: the digits belong to the term
    in_value = bytearray(len(text) + 1)  # positions inside a value with its unit (a mask, as `blocked`)
    every = list(_NUMBER.finditer(text))
    for match in every:  # every number written, in any role, for the lenient sign check
        value = _number_value(match.group("num"), match.group("exp"))
        if value is not None:
            result.numbers.add(_shown_number(value))
    numbers = [m for m in every if not is_blocked(m.start())]
    pending_unit: dict[int, str] = {}  # a range's first number takes the unit of the second
    readings: list[tuple[re.Match, Decimal, str | None, int]] = []
    for match in numbers:
        value = _number_value(match.group("num"), match.group("exp"))
        if value is None:
            continue
        found = _unit_at(text, match.end(), language)
        readings.append((match, value, found[0] if found else None, found[1] if found else match.end()))
    for index, (match, _value, unit, _end) in enumerate(readings):
        if unit is None and index + 1 < len(readings):
            following = readings[index + 1]
            join = _RANGE_JOIN.match(text, match.end())
            if join and join.end() == following[0].start() and following[2] is not None:
                pending_unit[index] = following[2]
    for index, (match, value, unit, end) in enumerate(readings):
        start = match.start()
        if is_blocked(start):
            continue
        if unit is None and _PREFIX_CELSIUS.search(text[max(0, start - 4) : start]):
            unit, end = "°C", end
            if text[end : end + 1] == "度":
                end += 1
        shown_unit = unit
        if unit is None and index in pending_unit:
            unit = pending_unit[index]
        if unit is not None:
            keys = _keys(value, unit)
            if keys:
                shown = text[start:end].strip() if shown_unit else text[start : match.end()] + " " + unit
                line, column = _line_col(starts, start)
                result.marks.append(Mark("value", shown, keys, line, column))
                in_value[start:end] = b"\x01" * (end - start)
                continue
        after = text[match.end() : match.end() + 1]
        if after and after in _COUNTERS:
            continue
        if match.group("exp") or "." in match.group("num") or "," in match.group("num"):
            continue
        if _NOT_SIGN_BEFORE.search(text[max(0, start - 16) : start]) or _ORDINAL_SUFFIX.match(text, match.end()):
            continue
        suffix = _SIGN_SUFFIX.match(text, match.end())
        sign = match.group("num") + (suffix.group(0) if suffix else "")
        if suffix and suffix.group(0).isalpha():
            # 10a is a sign; 10abc is a word
            if text[suffix.end() : suffix.end() + 1].isalpha() and text[suffix.end()].isascii():
                sign = match.group("num")
        line, column = _line_col(starts, start)
        result.marks.append(Mark("sign", sign, (sign.lstrip("0") or "0",), line, column))

    for match in _SPECIES.finditer(text):
        if match.group("genus").upper() in _NOT_TERMS or match.group("genus") in ("The", "This", "These", "That"):
            continue
        genus = match.group("genus")
        line, column = _line_col(starts, match.start())
        keys = (f"{genus} {match.group('species')}".lower(), f"{genus[0]}. {match.group('species')}".lower())
        result.marks.append(Mark("species", match.group(0), keys, line, column))
    for match in latin:
        token = match.group(0)
        if in_value[match.start()]:
            continue  # the unit of a value: 20 mA
        kind = _latin_kind(token)
        if not kind:
            continue
        line, column = _line_col(starts, match.start())
        key = token if kind == "formula" else token.lower()
        result.marks.append(Mark(kind, token, (key,), line, column))
    result.marks.sort(key=lambda mark: (mark.line, mark.column))
    return result


def _latin_kind(token: str) -> str:
    """``formula``, ``term`` or "" (an ordinary word) for one Latin-script token."""
    if token.upper() in _NOT_TERMS and not any(c.isdigit() for c in token):
        return ""
    parts = _FORMULA_PART.findall(token)
    if (
        token[0].isupper()
        and "".join(a + b for a, b in parts) == token
        and all(symbol in _ELEMENTS and len(count) <= 3 for symbol, count in parts)  # not I318757
        and (len(parts) >= 2 or parts[0][1] not in ("", "1"))  # SiO2, NaCl; N2 and O3 too
        and (any(c.isdigit() for c in token) or any(c.islower() for c in token))
    ):
        return "formula"
    letters = [c for c in token if c.isalpha()]
    uppers = sum(c.isupper() for c in letters)
    has_digit = any(c.isdigit() for c in token)
    if has_digit and letters:
        return "term"  # XYZ-100, BRCA1, p53, R1
    if uppers >= 2 and len(token) >= 2 and (uppers == len(letters) or token[0].islower() or uppers < len(letters)):
        if uppers == len(letters) and len(token) > 8:
            return ""  # a heading word in capitals
        return "term"  # LED, CPU, GaN-like words that are not formulae, iPhone has 1 upper (below)
    if len(letters) > 1 and token[0].islower() and uppers >= 1:
        return "term"  # iPhone, eNodeB
    return ""


class _Words:
    """Where a term or formula of one text can be found in another, in time linear in that
    text: a regular expression searched once per distinct term made 20,000 distinct terms
    in a 370 KB text take 89 s. A term is found where it starts at the start of a run of
    letters and digits and ends at the end of one (what the boundaries (?<![a-z0-9]) and
    (?![a-z0-9]) mean): so every stretch of up to MAX_RUNS runs, with the separators between
    them as written, is indexed once, up to MAX_LENGTH characters. A formula is compared
    case-sensitively and may end before a capital (SiO2 in SiO2Al2O3)."""

    MAX_RUNS = 4  # species names and dotted terms: E. coli, Escherichia coli, XYZ-100-A
    MAX_LENGTH = 64
    SEARCHES = 200  # a term beyond the index is searched for, this many times at most

    def __init__(self, other: Marks) -> None:
        self.other = other
        self.terms = self._stretches(other.lower)
        self.formulae: set[str] = set()
        for run in re.finditer(r"[A-Za-z0-9]+", other.text):
            start, word = run.start(), run.group(0)
            # a formula ends at the run's end or before a capital inside it
            for end in [i for i in range(1, min(len(word), self.MAX_LENGTH)) if word[i].isupper()] + [len(word)]:
                if end <= self.MAX_LENGTH:
                    self.formulae.add(other.text[start : start + end])
        self.searches = 0

    def _stretches(self, text: str) -> set[str]:
        runs = [(m.start(), m.end()) for m in re.finditer(r"[a-z0-9]+", text)]
        found: set[str] = set()
        for index, (start, _) in enumerate(runs):
            for last in range(index, min(index + self.MAX_RUNS, len(runs))):
                end = runs[last][1]
                if end - start > self.MAX_LENGTH:
                    break
                found.add(text[start:end])
        return found

    def has_term(self, key: str) -> bool:
        if key in self.terms:
            return True
        if _indexable(key, self.MAX_LENGTH, self.MAX_RUNS):
            return False
        return self._search(r"(?<![a-z0-9])" + re.escape(key) + r"(?![a-z0-9])", self.other.lower)

    def has_formula(self, shown: str) -> bool:
        if shown in self.formulae:
            return True
        if shown.isalnum() and shown.isascii() and len(shown) <= self.MAX_LENGTH:
            return False
        return self._search(r"(?<![A-Za-z0-9])" + re.escape(shown) + r"(?![a-z0-9])", self.other.text)

    def _search(self, pattern: str, text: str) -> bool:
        """A term the index cannot answer for (an odd character at its edge, too long):
        searched, a bounded number of times; past that it counts as found, so a hostile
        text costs time in proportion to its size and raises no false alarm."""
        self.searches += 1
        if self.searches > self.SEARCHES:
            return True
        return re.search(pattern, text) is not None


def _indexable(key: str, max_length: int, max_runs: int) -> bool:
    """Whether the index answers for ``key``: it starts and ends with a letter or digit (a-z,
    0-9), is short enough and spans few enough runs."""
    return (
        bool(key)
        and len(key) <= max_length
        and re.fullmatch(r"[a-z0-9](?:.*[a-z0-9])?", key, re.S) is not None
        and len(re.findall(r"[a-z0-9]+", key)) <= max_runs
    )


def absent(
    marks: Marks, other: Marks, kinds: tuple[str, ...] = ("value", "sign", "formula", "term", "species")
) -> list[Mark]:
    """The marks of ``marks`` that ``other`` lacks (see the module's docstring), once per
    kind and key, at the first place each occurs."""
    other_values = other.keys("value")
    other_signs = other.keys("sign")
    words = _Words(other)
    seen: set[tuple[str, tuple[str, ...]]] = set()
    missing: list[Mark] = []
    for mark in marks.marks:
        if mark.kind not in kinds or (mark.kind, mark.keys) in seen:
            continue
        seen.add((mark.kind, mark.keys))
        if mark.kind == "value":
            found = any(key in other_values for key in mark.keys)
        elif mark.kind == "sign":
            number = re.match(r"\d+", mark.shown)
            found = mark.keys[0] in other_signs or (number is not None and _value_of(number.group(0)) in other.numbers)
        elif mark.kind == "formula":
            found = words.has_formula(mark.shown)
        else:
            found = any(words.has_term(key) for key in mark.keys)
        if not found:
            missing.append(mark)
    return missing


def _value_of(number: str) -> str:
    return _shown_number(Decimal(number))


def compare(translation: Marks, foreign: Marks) -> tuple[list[Mark], list[Mark]]:
    """(marks of the translation absent from the foreign text — possible additions,
    marks of the foreign text absent from the translation — possible omissions). Species
    names are compared only as additions (a translation may name the species in Chinese)."""
    added = absent(translation, foreign)
    omitted = absent(foreign, translation, kinds=("value", "sign", "formula", "term"))
    return added, omitted
