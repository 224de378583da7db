"""Comparing a later text with a reference disclosure: which terms and numbers are new.

One job: given the passages of a later text (amended claims, a divisional's description...)
and the texts of a reference disclosure (the application as filed, the published claims),
list what the later text says that the reference does not, each with where it first appears.
Whether that is *new matter* in law is for the rules to judge.

How terms are compared (no Chinese segmenter is available offline):

- Both sides are normalised the same way: NFKC (full-width digits and brackets become
  ASCII), paragraph numbers and headings (【0001】), reference signs in brackets ((10)),
  claim and figure references (如請求項1至3中任一項所述之, claim 2, 圖1) and boilerplate
  (其特徵在於, 包含, wherein...) are removed, and function characters (之, 的, 該, 於...)
  split the text.
- Chinese: a character of the later text is *known* when a character bigram it belongs to
  occurs in the reference. Runs of unknown characters (up to the next function character)
  are new terms (a single unknown
  character only when it occurs nowhere in the reference, e.g. 鐵 after 銅 or 鋁). So
  reordering, deleting and narrowing by a feature taken from the description add nothing,
  and 石墨烯 absent from every filed text is reported.
- English: words are case-folded and plural-stemmed; adjacent words absent from the
  reference form one new phrase.
- Numbers: a numeric limit (a number with a unit, or a range endpoint) is new when its value
  occurs nowhere in the reference; bare numbers (reference signs 40, figure numbers) are not
  limits and are ignored.

Limits: a synonym or a translation (散熱器 for 散熱片) is reported as new; a new
combination of known terms, or a known term moved to another context, is not.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from checker.language.texts import is_deleted_claim


@dataclass(frozen=True)
class Passage:
    """One piece of a later text: what it is, where it lives, what it says.

    ``section`` names the part of the text (``claims``, a description section's key such as
    ``embodiments``, ``description`` when it has no sections, ``drawings`` for captions) and
    ``number`` the claim or figure it is ("" otherwise): values, not words, so a report words
    them in its own language. ``pointer`` is a JSON pointer into the bundle
    (``/claims/0/text``); when the text was read from a file, ``file_text`` is that whole
    file and ``line`` the passage's first line, so a term can be located as
    ``POINTER@LINE:COLUMN``.
    """

    section: str  # claims, embodiments, description, drawings…
    number: str  # the claim's or figure's number: "3"; "" for a description section
    pointer: str
    text: str
    file_text: str | None = None
    line: int = 1


@dataclass(frozen=True)
class NewTerm:
    term: str
    kind: str  # "term" or "number"
    passage: Passage
    location: str  # JSON pointer, or POINTER@LINE:COLUMN for a text file


# --- normalisation ----------------------------------------------------------------

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_BRACKETED = re.compile(r"【[^】]*】")
_REF_SIGN = re.compile(r"\(\s*[0-9A-Za-z][0-9A-Za-z'’,、\s-]*\)")
_NUM = r"\d+(?:\.\d+)?"
_CLAIM_REF = re.compile(
    r"(?:如|依據|依|根據)?(?:申請專利範圍)?(?:請求項|第)\s*"
    + _NUM
    + r"(?:\s*(?:至|到|、|,|或|及|與|-|~)\s*(?:請求項|第)?\s*"
    + _NUM
    + r")*\s*(?:項)?"
    r"(?:\s*(?:中)?任一項)?(?:\s*所述)?(?:之)?"
    r"|(?:如)?(?:請求項|圖式?|第)\s*" + _NUM + r"[A-Za-z]?\s*(?:圖|項)?"
    r"|\b(?:claims?|figs?\.?|figures?|paragraphs?)\s*" + _NUM + r"[A-Za-z]?"
    r"(?:\s*(?:to|-|,|or|and)\s*" + _NUM + r"[A-Za-z]?)*",
    re.IGNORECASE,
)
_ORDINAL = re.compile("第[一二三四五六七八九十]+")  # 第一鰭片, 第二鰭片: labels, not features
# Boilerplate of claims and descriptions: never a technical feature.
_ZH_BOILERPLATE = (
    "其特徵在於",
    "其改良在於",
    "特徵在於",
    "本發明",
    "本新型",
    "本創作",
    "本衍生設計",
    "本設計",
    "本案",
    "物品",
    "實施例",
    "所述",
    "其中",
    "包含",
    "包括",
    "含有",
    "具有",
    "以及",
    "至少",
    "任一項",
    "進一步",
    "更包含",
    "藉此",
    "藉由",
    "使得",
    "用以",
    "用於",
    "分別",
    "複數個",
    "複數",
    "多個",
    "一種",
    "前述",
    "上述",
    "較佳",
    "例如",
    "所示",
    "如圖",
    "請參閱",
    "示意圖",
    "係指",
    "即",
    "該些",
    "該等",
    "此等",
    "方式",
    "介於",
    "位於",
    "設置於",
    "設於",
    "配置於",
    "置於",
    "更",
    "亦",
    "均",
    "皆",
)
# Function characters split Chinese text into term candidates (applied to both sides).
_ZH_FUNCTION = "之的該於及或與為係並且而其此所將使被由一個種是至到以"
_EN_STOP = frozenset(
    """
a an the of and or to in on at by for with from into onto over under between within
is are be being been was were has have having as that which wherein whereby said
claim claims comprising comprises comprise including includes include consisting
consists characterized characterised further each one more least any plurality first
second third its it this these those such than then when where so not no same
according accordance invention embodiment embodiments figure figures fig thereof
therein thereto about approximately substantially least preferably device
configured disposed adapted provided located positioned respectively thereon therebetween
upon via can may also both either
""".split()
)
_UNITS = (
    "wt%",
    "mol%",
    "vol%",
    "%",
    "°c",
    "℃",
    "°",
    "k",
    "nm",
    "μm",
    "µm",
    "um",
    "mm",
    "cm",
    "m",
    "km",
    "mg",
    "g",
    "kg",
    "ml",
    "l",
    "s",
    "ms",
    "min",
    "h",
    "hz",
    "khz",
    "mhz",
    "ghz",
    "v",
    "mv",
    "kv",
    "a",
    "ma",
    "w",
    "mw",
    "kw",
    "pa",
    "kpa",
    "mpa",
    "gpa",
    "ppm",
    "rpm",
    "微米",
    "奈米",
    "毫米",
    "公分",
    "公尺",
    "公克",
    "毫克",
    "公斤",
    "毫升",
    "公升",
    "度",
    "秒",
    "分鐘",
    "小時",
    "伏特",
    "瓦",
    "赫茲",
    "倍",
    "層",
    "wt",
)
_RANGE_JOIN = r"\s*(?:至|到|~|〜|～|-|–|to|and)\s*"
_NUMBER_TOKEN = re.compile(
    r"(?<![0-9A-Za-z.])(?P<a>" + _NUM + r")(?:" + _RANGE_JOIN + r"(?P<b>" + _NUM + r"))?"
    r"\s*(?P<unit>[a-zA-Zμµ°℃%\u4e00-\u9fff]{0,3}%?)"
)


def normalise(text: str) -> str:
    """The text as compared: NFKC, no headings, paragraph numbers, reference signs in
    brackets or claim/figure references."""
    text = unicodedata.normalize("NFKC", text or "")
    text = _BRACKETED.sub(" | ", text)
    text = _REF_SIGN.sub(" ", text)
    text = _CLAIM_REF.sub(" | ", text)
    text = _ORDINAL.sub("|", text)
    for word in _ZH_BOILERPLATE:
        text = text.replace(word, "|")
    return text


def _unit(raw: str) -> str:
    raw = raw.lower()
    for unit in sorted(_UNITS, key=len, reverse=True):
        if raw.startswith(unit):
            # a Latin unit must end there: "5 mm" yes, "5 modules" no
            rest = raw[len(unit) :]
            if unit.isascii() and unit[-1].isalpha() and rest[:1].isalpha() and rest[:1].isascii():
                continue
            return unit
    return ""


def _value(number: str) -> str:
    return number.rstrip("0").rstrip(".") if "." in number else number.lstrip("0") or "0"


def numeric_limits(text: str) -> list[tuple[str, list[str], int, int]]:
    """Numeric limits in normalised text: (as written, its values, start, end). A number counts
    when it has a unit or is a range endpoint; a bare number is a sign or a label."""
    limits = []
    for match in _NUMBER_TOKEN.finditer(text):
        unit = _unit(match.group("unit") or "")
        if match.group("b") is None and not unit:
            continue
        values = [_value(match.group("a"))]
        if match.group("b") is not None:
            values.append(_value(match.group("b")))
        end = match.start("unit") + len(unit) if unit else match.end("b")
        limits.append((text[match.start() : end].strip(), values, match.start(), end))
    return limits


def _reference_numbers(text: str) -> set[str]:
    return {_value(n) for n in re.findall(_NUM, text)}


def _zh_runs(text: str) -> list[tuple[str, int]]:
    """Chinese term candidates: runs of CJK characters between function characters."""
    runs = []
    for match in re.finditer(f"[{_CJK}]+", text):
        start = match.start()
        for piece in re.split(f"([{_ZH_FUNCTION}])", match.group(0)):
            if piece and piece not in _ZH_FUNCTION:
                runs.append((piece, start))
            start += len(piece)
    return runs


def stem(word: str) -> str:
    """English plural stemming: layers → layer, batteries → battery, boxes → box."""
    word = word.lower()
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "ches", "shes", "xes", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


_EN_WORD = re.compile(r"[A-Za-z][A-Za-z-]*[A-Za-z]|[A-Za-z]")


class Reference:
    """A reference disclosure, indexed once: Chinese bigrams and characters, English word
    stems and numeric values."""

    def __init__(self, texts: list[str]) -> None:
        joined = "\n".join(normalise(t) for t in texts if t)
        self.bigrams: set[str] = set()
        self.chars: set[str] = set()
        for run, _ in _zh_runs(joined):
            self.chars.update(run)
            self.bigrams.update(run[i : i + 2] for i in range(len(run) - 1))
        self.stems = {stem(w) for w in _EN_WORD.findall(joined)}
        self.numbers = _reference_numbers(joined)
        self.empty = not joined.strip()

    def new_in(self, text: str, whole: bool = False) -> list[tuple[str, str, int]]:
        """What ``text`` says that the reference does not: (term, kind, offset) in order.
        ``whole`` reports the whole term candidate (封裝膠體) rather than its unknown part
        (膠體) — clearer when naming what a later text lost."""
        norm = normalise(text)
        found: list[tuple[str, str, int]] = []
        masked = norm
        for shown, values, start, end in numeric_limits(norm):
            if any(v not in self.numbers for v in values):
                found.append((shown, "number", start))
            masked = masked[:start] + " " * (end - start) + masked[end:]
        masked = re.sub(r"\d", " ", masked)
        for run, offset in _zh_runs(masked):
            terms = self._zh_new(run)
            if whole and terms:
                terms = [(run, 0)]
            found.extend((term, "term", offset + at) for term, at in terms)
        found.extend(self._en_new(masked))
        return sorted(found, key=lambda item: item[2])

    def _zh_new(self, run: str) -> list[tuple[str, int]]:
        known = [False] * len(run)
        for i in range(len(run) - 1):
            if run[i : i + 2] in self.bigrams:
                known[i] = known[i + 1] = True
        terms, i = [], 0
        while i < len(run):
            if known[i]:
                i += 1
                continue
            j = i
            while j < len(run) and not known[j]:
                j += 1
            term = run[i:j]
            if len(term) >= 2:
                terms.append((term, i))
            elif term not in self.chars and (run, 0) not in terms:
                # one new character names nothing alone: show its word (散熱器, not 器)
                terms.append((run, 0))
            i = j
        return terms

    def _en_new(self, text: str) -> list[tuple[str, str, int]]:
        found, start, last_end = [], 0, -1
        phrase: list[str] = []
        for match in _EN_WORD.finditer(text):
            word = match.group(0)
            new = word.lower() not in _EN_STOP and stem(word) not in self.stems and len(word) > 1
            gap = text[last_end : match.start()] if last_end >= 0 else ""
            if phrase and (not new or gap.strip()):
                found.append((" ".join(phrase).lower(), "term", start))
                phrase = []
            if new:
                if not phrase:
                    start = match.start()
                phrase.append(word)
            last_end = match.end()
        if phrase:
            found.append((" ".join(phrase).lower(), "term", start))
        return found


def compare(later: list[Passage], reference: Reference) -> list[NewTerm]:
    """Each term or number of the later passages absent from the reference, once, at the
    first passage (in the order given) where it appears."""
    seen: set[str] = set()
    result: list[NewTerm] = []
    for passage in later:
        for term, kind, _ in reference.new_in(passage.text):
            if term in seen:
                continue
            seen.add(term)
            result.append(NewTerm(term, kind, passage, locate_term(passage, term)))
    return result


def locate_term(passage: Passage, term: str) -> str:
    """``POINTER@LINE:COLUMN`` of the term's first occurrence in the passage's file (from its
    first line on), else the passage's own pointer (inline texts, or a term broken by a line
    end or a reference sign)."""
    if passage.file_text is None:
        return passage.pointer
    lines = unicodedata.normalize("NFKC", passage.file_text).splitlines()
    needle = term.split(" ")[0].lower()
    for number in range(max(passage.line, 1), len(lines) + 1):
        column = lines[number - 1].lower().find(needle)
        if column >= 0:
            return f"{passage.pointer}@{number}:{column + 1}"
    return f"{passage.pointer}@{passage.line}:1"


# --- claims compared with claims -----------------------------------------------------


def removed_terms(earlier: str, later: str) -> list[str]:
    """Terms of an earlier claim that a later version of it no longer contains: a
    limitation dropped (or reworded). Empty when the later claim keeps every term."""
    return [term for term, kind, _ in Reference([later]).new_in(earlier, whole=True)]


def claim_passages(claims: list, pointer: str = "/claims", file_text: str | None = None) -> list[Passage]:
    """One passage per claim (``checker.language.texts.Claim``): inline claims are located at
    ``POINTER/<index>/text``, claims from a file at their line in it."""
    passages = []
    for index, claim in enumerate(claims):
        if is_deleted_claim(claim.text):
            continue
        where = pointer if file_text is not None else f"{pointer}/{index}/text"
        passages.append(Passage("claims", str(claim.number), where, claim.text, file_text, claim.line or 1))
    return passages


# --- claims compared for sameness ------------------------------------------------------


def _compact(text: str) -> str:
    """The normalised text with spacing, punctuation and boilerplate separators removed,
    case-folded: what is left when two wordings of a claim are the same."""
    return re.sub(r"[\W_]+", "", normalise(text)).casefold()


@lru_cache(maxsize=1024)
def _reference_of(text: str) -> Reference:
    return Reference([text])


@lru_cache(maxsize=8192)
def claim_sameness(later: str, earlier: str) -> str:
    """How a later claim text relates to an earlier one: ``identical`` when they read the
    same after normalisation (reference signs, punctuation, full-width forms, claim
    references), ``same_terms`` when neither states a term or numeric limit the other lacks
    and both state the same numbers (reordered wording; 3個 and 5個 differ), "" otherwise or
    when either states nothing."""
    if not _compact(later) or not _compact(earlier):
        return ""
    if _compact(later) == _compact(earlier):
        return "identical"
    if _reference_of(later).numbers != _reference_of(earlier).numbers:
        return ""
    if not _reference_of(earlier).new_in(later) and not _reference_of(later).new_in(earlier):
        return "same_terms"
    return ""
