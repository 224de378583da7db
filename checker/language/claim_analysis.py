"""The structure of a claim set: dependencies, numbering and wording, claim by claim.

One job: read a list of :class:`~checker.language.texts.Claim` and describe it (which claims each
claim refers to, how the references are joined, which terms lack an antecedent...).
Every function returns descriptions ("claim 4 refers to claim 6"); whether that breaks
Enforcement Rules arts. 18-19 or Patent Act arts. 26, 33 is for the rules to judge.

Dependency phrasing understood (digits may be full-width):

- 如請求項1所述之…, 如請求項1或2所述之…, 如請求項1至3中任一項所述之…, 如請求項1、2或3所述,
  依據申請專利範圍第2項…, 如申請專利範圍第1項所述…, 如第1項所述之…, 如前述任一請求項所述…
- "of claim 1", "according to claim 1", "as claimed in claim 2", "any one of claims 1 to 3",
  "claims 1 or 2", "any preceding claim".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from checker.core.listing import SHOWN_ITEMS, shown_list
from checker.language.texts import Claim, claim_category, is_deleted_claim

_FULL_WIDTH = str.maketrans("０１２３４５６７８９（）", "0123456789()")


def normalise(text: str) -> str:
    """Full-width digits and parentheses as ASCII, so one pattern reads both."""
    return text.translate(_FULL_WIDTH)


# --- dependencies -------------------------------------------------------------------

ALTERNATIVE, CUMULATIVE, SINGLE = "alternative", "cumulative", "single"

_NUM_LIST_ZH = r"\d+(?:\s*(?:、|，|,|或|及|和|與|以及|至|到|~|～|-|－)\s*(?:第\s*)?\d+)*"
_ZH_REFERENCE = re.compile(
    r"(?:請求項|权利要求|權利要求|申請專利範圍\s*第?|專利範圍\s*第?)\s*(?:第\s*)?(" + _NUM_LIST_ZH + r")\s*項?"
    r"(\s*(?:中|之|其中)?\s*(?:任一|任何一)項?)?"
)
# Older style without 請求項: 如第1項所述之…, 依第2或3項之…
_ZH_OLD_REFERENCE = re.compile(
    r"(?:如|依|依據|根據|按照)\s*第\s*(" + _NUM_LIST_ZH + r")\s*項(\s*(?:中|之|其中)?\s*(?:任一|任何一)項?)?"
)
_ZH_ANY_PRECEDING = re.compile(r"(?:前述|前揭|上述)(?:任一|任何一)(?:項)?(?:請求項)?|(?:前述|上述)請求項(?:中)?(?:任一|任何一)項?")
_EN_REFERENCE = re.compile(
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
    zh = _ZH_REFERENCE.search(text) or _ZH_OLD_REFERENCE.search(text)
    if zh:
        numbers, words = _number_list(zh.group(1))
        alternative = bool(zh.group(2)) or "或" in words
        return Dependency(numbers, _joiner(numbers, alternative), zh.group(0))
    en = _EN_REFERENCE.search(text)
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


# --- sentences, drawings, reference signs, wording -----------------------------------

_ABBREVIATIONS = re.compile(
    r"\b(?:figs?|no|nos|e\.g|i\.e|etc|approx|vs|wt|ca|al|min|max|mol|ref|eq|sec)\.", re.IGNORECASE
)


def extra_sentence_stops(text: str) -> int:
    """Sentence ends inside a claim: 。 or a full stop before its last character;
    decimals (1.5) and abbreviations (Fig., e.g.) are not sentence ends."""
    body = _ABBREVIATIONS.sub("", normalise(text).strip()).rstrip("。.． \t")
    body = re.sub(r"(?<=\d)[.．](?=\d)", "", body)
    return body.count("。") + len(re.findall(r"[.．](?=\s|[\u4e00-\u9fff]|$)", body))


_DRAWING_REFERENCE = re.compile(
    r"如\s*(?:第\s*)?圖\s*\d+[A-Za-z]?\s*(?:所示|所繪|所描述|之)|如\s*第\s*\d+\s*圖|如圖式所示|圖式中所示"
    r"|如說明書(?:第\s*\d+\s*頁)?(?:第\s*\d+\s*行)?所(?:述|載|示)|說明書第\s*\d+\s*頁"
    r"|\b(?:as|is)\s+(?:shown|illustrated|depicted|described)\s+in\s+(?:the\s+)?(?:fig(?:ure)?s?\.?(?:\s*\d+[A-Za-z]?)?|drawings?|description|specification|page)"
    r"|\bsee\s+fig",
    re.IGNORECASE,
)
_OMNIBUS = re.compile(
    r"^(?:一種)?[^，,；;：:]{0,30}?(?:實質上)?如(?:本)?(?:說明書|圖式|說明書及圖式|說明書或圖式|圖\s*\d+)(?:中)?所(?:述|示|載|揭示)之?[^，,；;：:]{0,20}$"
    r"|^(?:an?|the)\s+[^,;:]{0,60}?(?:substantially\s+)?as\s+(?:herein(?:before)?\s+)?(?:described|shown|illustrated)(?:\s+herein)?"
    r"(?:\s+(?:in|with reference to)\s+[^,;:]{0,50})?$",
    re.IGNORECASE,
)


def drawing_reference(text: str) -> str:
    """The first phrase defining a feature by the drawings or description ("" if none)."""
    found = _DRAWING_REFERENCE.search(normalise(text))
    return found.group(0).strip() if found else ""


def is_omnibus(text: str) -> bool:
    """The whole claim is "the device as described in the description/drawings"."""
    return bool(_OMNIBUS.match(normalise(text).strip().rstrip("。.．")))


_PARENTHESES = re.compile(r"\([^()]*\)|【[^】]*】|\[[^\]]*\]")
_ZH_NOT_A_NOUN_BEFORE = set("第約於為至或及和與項圖式有共含達小大等超過逾滿每前後各其")
_ZH_UNITS = ("個", "種", "層", "次", "倍", "度", "秒", "分", "%", "％", "毫", "公", "克", "米", "條", "片",
             "根", "支", "組", "對", "塊", "顆", "段", "股", "道", "孔", "級", "位", "年", "月", "日", "天",
             "小時", "℃", "°", "伏", "瓦", "安", "赫", "釐", "厘", "奈", "微", "升", "莫", "mm", "cm", "nm",
             "m", "g", "k", "K", "V", "W", "A", "s", "Hz", "x", "X", "~", "至", "到", "-", ".", "．", "/",
             "：", ":", "比", "之間", "以上", "以下", "以內")
# Words that are followed by a number that is not a sign: 大於5, 步驟1, 序列編號1, 通式1
_ZH_NUMBERED_WORDS = {"大於", "小於", "等於", "超過", "低於", "高於", "步驟", "編號", "序列", "通式", "學式",
                      "施例", "實例", "型號", "附件", "表格"}
_ZH_SIGN = re.compile(r"([\u4e00-\u9fff]{2})(\d{1,4}[A-Za-z]?)(?![\d.])")
_EN_SIGN = re.compile(
    r"\b(?:the|said|a|an|each)\s+((?:[a-z-]+\s+){0,2}[a-z-]{3,})\s+(\d{1,4}[a-z]?)\b(?!\s*(?:%|mm|cm|nm|µm|um|m\b|g\b|kg|°|degrees?|wt|v\b|w\b|hz|times|or|and|to|-))",
    re.IGNORECASE,
)
_EN_NOT_A_NOUN = {"claim", "claims", "fig", "figure", "figures", "step", "steps", "than", "about", "least",
                  "most", "of", "to", "with", "by", "from", "between", "equal", "range", "ratio", "number",
                  "amount", "value", "temperature", "angle", "period", "time", "length", "width", "height",
                  "thickness", "diameter", "weight", "percent", "group", "formula", "sequence", "seq", "id",
                  "no", "ph", "layer", "type", "class", "example", "embodiment", "item", "version"}


def unbracketed_sign(text: str) -> str:
    """The first feature followed by a bare reference sign (基板10, "the lever 12"), not
    in parentheses; "" if none. Heuristic: numbers after counting words or before units
    (3個, 1.5 mm, 第2) are values, not signs."""
    body = _PARENTHESES.sub(" ", normalise(text))
    body = _ZH_REFERENCE.sub(" ", body)
    body = _EN_REFERENCE.sub(" ", body)
    for found in _ZH_SIGN.finditer(body):
        noun, sign = found.group(1), found.group(2)
        if noun[-1] in _ZH_NOT_A_NOUN_BEFORE or noun in _ZH_NUMBERED_WORDS:
            continue
        after = body[found.end():found.end() + 2].lstrip()
        if any(after.startswith(unit) for unit in _ZH_UNITS):
            continue
        return noun + sign
    for found in _EN_SIGN.finditer(body):
        words = found.group(1).lower().split()
        if words[-1] in _EN_NOT_A_NOUN or any(w in _EN_NOT_A_NOUN for w in words[:1]):
            continue
        return f"{found.group(1)} {found.group(2)}"
    return ""


# Simplified-only characters (their Traditional forms differ and they are not used in
# Traditional text) and CNIPA phrasing.
SIMPLIFIED_CHARACTERS = set(
    "权请项围专说书这们为与发电热装连结构设层导线态实现应过时对进间该处图传动边块组级获数据网络输极压储转记录显开关门头车轮机齿钢铝铜锁钮键灯"
    "从众优会伞侧债们够务动劳势单卖卫厂历压县参双变叶号吗听启员响围圆场块坚报壳处备复头夹奋奖妇娱宁宝实审宽将对导尔层岁岛带币师广庄库应庙废开弃张弯弹归"
    "径忆态总恶惊惯战扩扫护报担挡挤换据掷摄摇摆敌断无时显晒晓暂术机杀杂权条来杨极构枪柜标树样桥梦检楼欢气汇汉沟泽洁浅测济浓涂涨润涡湿满滚灭灯灵灾炉点"
    "炼烦热爱犹狭独环现电画畅疗盖监盘确码础离种积称稳穷竞笔筑签简粮紧纠红纤约级纪纯纲纳纵纷纸线练组细织终绍经绑结绕绘给络绝统继续维综绿缓编缩网罗罚聪联肤"
    "胀胶脑腾舰艺节芦苏荣药获营蓝虑补装见观规视览觉订认让训议讯记讲许论设访证评识诉词译试诗该详语误说请诸读课谁调谈谐谓谢谱贝负贡财责贤败货质贩贫购贮"
    "贯贴贵费贸资赋赔赖赛赶趋跃践车轨转轮软轴轻载较辅辆辑输辖辞边达迁过运还这进远违连迟适选递逻遗邻郑释针钉钓钟钢钥钩钱铁铃铅铜铝银铸链销锁锅锐错锡锤锯键镜"
    "长门闪闭问闲间闸阀阅队阳阴阵阶际陆陈险随隐难雾页顶项顺须顾顿预领频题额风飞饭饮馆驱驶验鱼鲜鸟鸡麦齐齿龙"
)
# Not 所述的: published Taiwanese claims use it too (如申請專利範圍第1項所述的支付系統, see
# tests/data/claims/real/tw-payment-keywords.txt), so it says nothing about a CNIPA origin.
_CNIPA_PHRASES = ("权利要求", "其特征在于", "根据权利要求", "其特征是")


def simplified_wording(text: str) -> str:
    """The first CNIPA phrase or Simplified-only character in the text ("" if none)."""
    for phrase in _CNIPA_PHRASES:
        if phrase in text:
            return phrase
    found = [ch for ch in text if ch in SIMPLIFIED_CHARACTERS]
    return "".join(dict.fromkeys(found))[:6]


_INDEFINITE = re.compile(
    r"例如|譬如|較佳(?:地|者|的|為|是)?|更佳|最好(?:是)?|大約|(?<![節契制公條締簡隱])約(?=\s*\d)|實質上|左右(?=[，,。；;]|$)|或類似物|等類似"
    r"|\bsuch as\b|\bpreferabl[ey]\b|\bpreferred\b|\bfor example\b|\be\.g\.|\bapproximately\b|\babout(?=\s*\d)"
    r"|\bsubstantially\b|\bor the like\b|\band the like\b|\boptionally\b|\bif desired\b",
    re.IGNORECASE,
)


def indefinite_wording(text: str) -> str:
    """The first indefinite word (例如, 較佳, 約5, 實質上, such as, about 5...) or ""."""
    found = _INDEFINITE.search(normalise(text))
    return found.group(0) if found else ""


# --- antecedent basis ----------------------------------------------------------------

_ZH_BOUNDARY = set("之的與和及或係為於上中內外間設連具包位以可並且將被由至在對使其而則時後前當向沿朝從經用把讓令更如較約是呈即能會")
_ZH_DEFINITE = re.compile(r"(?:該|所述(?:之|的)?)(?!等|些|複數)")
_ZH_DEFINITE_PRECEDED = set("，,；;：:。、\n 中在將使與和及或且並對從把由於當")
_EN_DEFINITE = re.compile(r"\b(the|said)\s+", re.IGNORECASE)
_EN_STOP = {
    "of", "is", "are", "was", "be", "being", "been", "to", "and", "or", "with", "in", "on", "at", "for", "from",
    "by", "wherein", "whereby", "which", "that", "comprising", "comprises", "comprise", "including", "includes",
    "having", "has", "have", "so", "such", "into", "onto", "between", "a", "an", "the", "said", "each", "when",
    "while", "through", "via", "over", "under", "within", "along", "against", "as", "than", "is", "not", "being",
    "configured", "arranged", "adapted", "disposed", "located", "positioned", "mounted", "connected", "coupled",
    "attached", "formed", "made", "extending", "extends", "surrounding", "covering", "covers", "contacts",
    "contacting", "facing", "faces", "above", "below", "toward", "towards", "about", "around", "after", "before",
    "until", "upon", "where", "whose", "based", "measured", "obtained", "selected", "according", "if", "then", "thereby", "thereof", "therein", "thereon", "relative",
}
# Things every object has: "the surface of the substrate" needs no "a surface".
_EN_INHERENT = {
    "surface", "surfaces", "top", "bottom", "side", "sides", "end", "ends", "center", "centre", "middle",
    "inside", "outside", "interior", "exterior", "length", "width", "height", "thickness", "diameter",
    "periphery", "edge", "edges", "rest", "remainder", "same", "other", "one", "user", "outer", "inner",
    "upper", "lower", "front", "rear", "back", "axis", "direction", "shape", "size", "weight", "volume",
    "temperature", "time", "total", "entire", "whole", "art", "invention", "claimed", "following",
    "preceding", "method", "process", "device", "apparatus", "system", "package", "assembly",
}


def _strip_for_terms(text: str) -> str:
    return _PARENTHESES.sub("", normalise(text))


def _zh_terms(text: str) -> list[tuple[int, str]]:
    """(position, term) for each 該X / 所述X in the text; 該等/該些 (collective) are skipped."""
    terms = []
    for found in _ZH_DEFINITE.finditer(text):
        if found.group(0).startswith("所述"):
            before = text[found.start() - 1] if found.start() else "\n"
            if before not in _ZH_DEFINITE_PRECEDED and not text[:found.start()].endswith("其中"):
                continue  # 如請求項1所述之…: the dependency phrase, not a definite article
        end = found.end()
        while (end < len(text) and end - found.end() < _ZH_TERM_MAX and "\u4e00" <= text[end] <= "\u9fff"
               and (end == found.end() or text[end] not in _ZH_BOUNDARY)):
            end += 1
        term = text[found.end():end]
        if term:
            terms.append((found.start(), term))
    return terms


_ZH_TERM_MAX = 12  # characters; technical terms are shorter, and it bounds the work per term


def _zh_introduced(term: str, earlier: str) -> bool:
    """An earlier mention of the term, or of its first two or more characters, that is not
    itself a 該/所述 reference (一基板, 複數個鰭片, 一種發光二極體封裝, 至少一散熱片...)."""
    for length in range(len(term), min(2, len(term)) - 1, -1):
        prefix = term[:length]
        referring = earlier.count("該" + prefix) + earlier.count("所述" + prefix)
        if earlier.count(prefix) > referring:
            return True
    return False


def _en_stem(word: str) -> str:
    word = word.lower()
    for suffix in ("ies", "es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def _en_terms(text: str) -> list[tuple[int, str]]:
    terms = []
    for found in _EN_DEFINITE.finditer(text):
        words = re.findall(r"[A-Za-z][A-Za-z-]*|\S", text[found.end():found.end() + 80])
        phrase = []
        for word in words:
            if not word[0].isalpha() or word.lower() in _EN_STOP:
                break
            phrase.append(word)
            if len(phrase) == 3:
                break
        if phrase and phrase[0].lower() not in _EN_INHERENT and phrase[-1].lower() not in _EN_INHERENT:
            terms.append((found.start(), " ".join(phrase)))
    return terms


_EN_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


def _en_first_mentions(text: str) -> dict[tuple[str, ...], int]:
    """Where each run of one to three words (stemmed) is first mentioned other than after
    the/said: (stems) -> character offset. Built once per claim, so each term is a lookup."""
    tokens = list(_EN_WORD.finditer(text))
    stems = [_en_stem(t.group(0)) for t in tokens]
    first: dict[tuple[str, ...], int] = {}
    for i, token in enumerate(tokens):
        if i and tokens[i - 1].group(0).lower() in ("the", "said"):
            continue
        for length in (1, 2, 3):
            first.setdefault(tuple(stems[i:i + length]), token.start())
    return first


def _en_introduced(term: str, before: int, first: dict[tuple[str, ...], int]) -> bool:
    """The term's words, or its first words (singular or plural), mentioned before offset
    ``before`` other than after the/said."""
    words = [_en_stem(w) for w in term.split()]
    return any(first.get(tuple(words[:length]), before) < before for length in range(len(words), 0, -1))


# Real claims are a few hundred characters; reading only this much of each claim keeps a
# pathological multi-megabyte "claim" from taking minutes (the search is quadratic).
ANTECEDENT_SPAN = 20_000


def missing_antecedents(text: str, earlier: str, *, earlier_stripped: bool = False) -> list[str]:
    """Terms introduced with 該/所述/the/said that neither ``earlier`` (the claims up the
    dependency chain) nor the text before them introduces. Reference signs are ignored;
    only the first ANTECEDENT_SPAN characters of the claim are read. ``earlier_stripped``:
    ``earlier`` is already :func:`_strip_for_terms` output (a claim set strips each claim once)."""
    body = _strip_for_terms(text)[:ANTECEDENT_SPAN]
    earlier = earlier if earlier_stripped else _strip_for_terms(earlier)
    body = _ZH_REFERENCE.sub("", body, count=1)
    missing: list[str] = []
    for position, term in _zh_terms(body):
        if not _zh_introduced(term, earlier + "\n" + body[:position]):
            missing.append("該" + term)
    whole = earlier + "\n" + body
    first = _en_first_mentions(whole)
    for position, term in _en_terms(body):
        at = len(earlier) + 1 + position
        # "modify the ranking ... the modified ranking": a participle before an introduced noun
        # names that thing in a new state (US 12,113,614 claim 10), it needs no antecedent of its own.
        words = term.split()
        participle = len(words) > 1 and words[0].lower().endswith("ed")
        if not _en_introduced(term, at, first) and not (participle and _en_introduced(" ".join(words[1:]), at, first)):
            missing.append("the " + term)
    # 該殼體厚 and 該殼體 are one term read to different boundaries: show the shorter.
    unique = list(dict.fromkeys(missing))
    return [t for t in unique if not any(o != t and t.startswith(o) for o in unique)]


# --- subjects and technical features ---------------------------------------------------

_ZH_DEPENDENT_SUBJECT = re.compile(r"所述之?([^，,：:；;]+?)(?:，|,|：|:|；|;|其中|包含|包括|更包含|更包括|$)")
_EN_DEPENDENT_SUBJECT = re.compile(r"^\s*(?:the|an?)\s+(.*?)\s+(?:of|according to|as claimed in|as recited in|as defined in|as set forth in|in accordance with)\b", re.IGNORECASE)
_ZH_INDEPENDENT_SUBJECT = re.compile(r"^\s*(?:一種|一种|一)?([^，,：:；;]+?)(?:，|,|：|:|；|;|包含|包括|其特徵|具有|係|$)")
_EN_INDEPENDENT_SUBJECT = re.compile(r"^\s*(?:an?|one or more)?\s*(.*?)(?:\s+(?:comprising|including|consisting|having|wherein|characterized|for|which|that)\b|[,:;]|$)", re.IGNORECASE)


def subject(text: str, dependent: bool) -> str:
    """The subject named in the preamble: 發光二極體封裝, "light-emitting diode package"."""
    text = _strip_for_terms(text).strip()
    if text[:1].isascii():
        pattern = _EN_DEPENDENT_SUBJECT if dependent else _EN_INDEPENDENT_SUBJECT
        found = pattern.match(text)
        return found.group(1).strip().lower() if found else ""
    if dependent:
        found = _ZH_DEPENDENT_SUBJECT.search(text)
    else:
        found = _ZH_INDEPENDENT_SUBJECT.match(text)
    return found.group(1).strip() if found else ""


def subjects_agree(child: str, parent: str) -> bool:
    """Same subject, or one names the other (封裝 / 發光二極體封裝; "package" / "LED
    package"), or the same head noun; unknown subjects agree."""
    if not child or not parent:
        return True
    if child in parent or parent in child:
        return True
    if child[:1].isascii():
        return _en_stem(child.split()[-1]) == _en_stem(parent.split()[-1])
    return child[-2:] == parent[-2:]


_ZH_COMMON = {
    "一種", "包含", "包括", "其中", "設置", "以及", "具有", "所述", "請求", "求項", "連接", "用以", "位於", "方法",
    "裝置", "步驟", "提供", "形成", "之一", "一第", "第一", "第二", "第三", "至少", "複數", "多個", "係為", "該第",
    "係與", "特徵", "在於", "結構", "可以", "用於", "一個", "該些", "一端", "另一", "構件", "元件", "組件", "單元",
}
_EN_COMMON = {
    "comprising", "wherein", "including", "method", "device", "apparatus", "system", "first", "second", "third",
    "plurality", "least", "configured", "arranged", "connected", "coupled", "having", "which", "thereof", "step",
    "steps", "providing", "forming", "member", "element", "unit", "means", "portion", "part", "claim", "claims",
    "each", "said", "other", "between", "through", "within", "being", "from", "with", "that", "this", "where",
    "whereby", "such", "more", "than", "into", "onto", "upon", "based", "using", "used", "according",
}


def technical_features(text: str) -> set[str]:
    """Content words of a claim: Chinese character pairs and English words of 4+ letters,
    minus claim boilerplate (包含, 其中, comprising...). Used to see whether independent
    claims share anything at all (art. 33, a heuristic)."""
    body = _strip_for_terms(text)
    features: set[str] = set()
    for run in re.findall(r"[\u4e00-\u9fff]+", body):
        for i in range(len(run) - 1):
            pair = run[i:i + 2]
            if pair not in _ZH_COMMON and not (set(pair) & set("之的該一與和及或於為")):
                features.add(pair)
    for word in re.findall(r"[A-Za-z][A-Za-z-]{3,}", body):
        stem = _en_stem(word)
        if stem not in _EN_COMMON and word.lower() not in _EN_COMMON:
            features.add(stem)
    return features


# --- support by the description, Markush groups, storage media -----------------------

# 一/一種/一個/至少一/複數/多個 starts a new feature, unless the 一 is part of a word
# (第一, 唯一, 之一, 其一, 統一, 一體...).
_ZH_INTRO = re.compile(r"(?:至少一(?:個|種)?|複數(?:個|種)?|多(?:個|種)|一(?:種|個)?)")
_ZH_NOT_INTRO_BEFORE = set("第唯之其統同單任每另逐萬均專")
_ZH_NOT_INTRO_AFTER = set("體起致併同般定旦直再些者次樣半邊端側面部")
_EN_INTRO = re.compile(r"\b(?:a plurality of|at least one|one or more|an?)\s+", re.IGNORECASE)
# Leading words that are not the feature ("a first lever", "a pair of jaws").
_EN_FILLER = {"first", "second", "third", "fourth", "plurality", "pair", "set", "number", "series",
              "single", "further", "additional", "respective", "separate", "new", "same", "given"}
_SIGN_IN_TEXT = re.compile(r"[（(]?\s*\d+[A-Za-z]?\s*[）)]?")
# A Chinese term is taken as described when the description holds its first characters:
# terms are read up to a function word and may run on ("夾體形成多個容置槽"), so matching
# the whole term would raise false alarms.
ZH_SUPPORT_PREFIX = 2
# Verbs that end a term read without a function word before them (一彈簧結合於 -> 彈簧), when
# a function word, 該, 一, 出, 電 or punctuation follows them: 固定座 and 傳輸單元 are nouns.
_ZH_VERBS = ("結合", "形成", "覆蓋", "固定", "連接", "耦接", "包覆", "配置", "抵接", "樞接", "套設", "穿設",
             "容置", "環繞", "延伸", "凸出", "突出", "貫穿", "接收", "傳送", "傳輸", "產生", "識別", "控制",
             "驅動", "偵測", "量測", "儲存", "執行", "提供", "支撐", "夾持", "卡合", "嵌合", "完成")
_ZH_AFTER_VERB = _ZH_BOUNDARY | set("該一出電")


def _cut_at_verb(term: str, after: str) -> str:
    """The term up to the first verb that is followed by a function word (``after`` is the
    text after the term)."""
    text = term + after[:1]
    for i in range(2, len(term) - 1):
        follower = text[i + 2:i + 3]
        if term[i:i + 2] in _ZH_VERBS and (not "\u4e00" <= follower <= "\u9fff" or follower in _ZH_AFTER_VERB):
            return term[:i]
    return term


def introduced_terms(text: str) -> list[str]:
    """The features a claim introduces: 一基板, 複數個鰭片, 至少一散熱片 -> 基板, 鰭片, 散熱片;
    "a heat sink", "a plurality of fins" -> "heat sink", "fins". The subject (一種X) is
    included; reference signs and the dependency phrase are not."""
    body = _strip_for_terms(text)
    body = _ZH_REFERENCE.sub("", body, count=1)
    terms: list[str] = []
    for found in _ZH_INTRO.finditer(body):
        before = body[found.start() - 1] if found.start() else ""
        end = found.end()
        if before in _ZH_NOT_INTRO_BEFORE or (end < len(body) and body[end] in _ZH_NOT_INTRO_AFTER):
            continue
        while (end < len(body) and end - found.end() < _ZH_TERM_MAX and "\u4e00" <= body[end] <= "\u9fff"
               and (end == found.end() or body[end] not in _ZH_BOUNDARY
                    or (body[end] == "包" and body[end + 1:end + 2] not in ("含", "括", "覆")))):
            end += 1
        term = _cut_at_verb(body[found.end():end], body[end:end + 1])
        # 一種如說明書所述之裝置: 如… refers to the description or drawings, it is no feature
        if len(term) >= 2 and not term.startswith(("種", "個", "些", "如")):
            terms.append(term)
    for found in _EN_INTRO.finditer(body):
        words = []
        for word in re.findall(r"[A-Za-z][A-Za-z-]*|\S", body[found.end():found.end() + 80]):
            if not word[0].isalpha() or word.lower() in _EN_STOP:
                break
            if not words and word.lower() in _EN_FILLER:
                continue
            words.append(word)
            if len(words) == 3:
                break
        if words and words[0].lower() not in _EN_INHERENT:
            terms.append(" ".join(words))
    return list(dict.fromkeys(terms))


def _en_described(term: str, stems: set[tuple[str, ...]]) -> bool:
    # Any word will do: the term may start with an adjective the description words differently
    # ("a higher ranking entry") or run on past its noun ("a controller electrically").
    return any((_en_stem(word),) in stems for word in term.split())


def description_index(description: str) -> tuple[set[str], set[tuple[str, ...]]]:
    """The description's pairs of consecutive Chinese characters (reference signs removed) and
    its runs of one to three stemmed English words, for :func:`terms_not_described`: sets, so
    each term is a lookup however long the description."""
    text = _SIGN_IN_TEXT.sub(" ", normalise(description))
    pairs = {run[i:i + ZH_SUPPORT_PREFIX] for run in re.findall(r"[\u4e00-\u9fff]+", text)
             for i in range(len(run) - ZH_SUPPORT_PREFIX + 1)}
    words = [_en_stem(w) for w in _EN_WORD.findall(text)]
    runs = {tuple(words[i:i + n]) for n in (1, 2, 3) for i in range(len(words))}
    return pairs, runs


def terms_not_described(text: str, index: tuple[set[str], set[tuple[str, ...]]]) -> list[str]:
    """The claim's introduced terms (:func:`introduced_terms`) that the description never
    mentions: a Chinese term whose first ZH_SUPPORT_PREFIX characters it lacks, an English
    term none of whose words (singular or plural) it has. Only the first
    ANTECEDENT_SPAN characters of the claim are read."""
    described, runs = index
    # A term is only looked for in a description written in its script: English claims
    # against a Chinese description (a translation pending) are not a support question.
    words = sum(1 for run in runs if len(run) == 1)
    english = words > 0 and words * 4 >= len(described)  # a Chinese text with a few "LED", "mm"
    chinese = len(described) > 0 and len(described) >= words
    missing = []
    for term in introduced_terms(text[:ANTECEDENT_SPAN]):
        if term[:1].isascii():
            if english and not _en_described(term, runs):
                missing.append(term)
        elif chinese and term[:ZH_SUPPORT_PREFIX] not in described:
            missing.append(term)
    return missing



_OPEN_MARKUSH = re.compile(
    r"選自(?:於)?(?:由)?(?:包含|包括|含有|含)[^，,；;。]{0,200}?(?:之|的)?(?:群組|組群|群)"
    r"|\bselected\s+from\s+(?:the|a)\s+group\s+(?:comprising|including|containing|having)\b",
    re.IGNORECASE,
)


def open_markush(text: str) -> str:
    """The first Markush group worded openly (選自包含A、B及C之群組, "selected from the group
    comprising"), shortened for messages; "" if none. The closed forms 選自由…所組成之群組 and
    "consisting of" are not matched."""
    found = _OPEN_MARKUSH.search(normalise(text))
    if not found:
        return ""
    phrase = found.group(0)
    return phrase if phrase.isascii() or len(phrase) <= 24 else phrase[:10] + "…" + phrase[-6:]


_MEDIUM = re.compile(
    r"(?:電腦|計算機|機器)可讀(?:取)?(?:之|的)?(?:記錄|紀錄|儲存|存儲)?(?:媒體|媒介|介質)"
    r"|\b(?:computer|machine|processor)[- ]readable\s+(?:storage\s+|recording\s+|memory\s+)?(?:medium|media|device)",
    re.IGNORECASE,
)
_NON_TRANSITORY = re.compile(r"非暫態|非暫時|非瞬時|非瞬態|non-?\s?transitory|non-?\s?transient", re.IGNORECASE)


def _preamble(text: str) -> str:
    """The claim up to its first punctuation or transition (comprising, 包含, 儲存有...)."""
    return re.split(r"[，,：:；;]|\b(?:comprising|storing|having|including|wherein|that|which)\b"
                    r"|包含|包括|儲存有|其中|具有", normalise(text).strip(), maxsplit=1)[0]


def transitory_medium(text: str) -> str:
    """The storage medium a claim is directed to ("一種電腦可讀取記錄媒體",
    "A computer-readable medium storing...") when the claim never says 非暫態/非暫時性/
    non-transitory; "" otherwise, and for claims that only mention a medium after
    their preamble (a method whose program is stored on one)."""
    body = normalise(text).strip()
    found = _MEDIUM.search(_preamble(body))
    if not found or _NON_TRANSITORY.search(body):
        return ""
    return found.group(0)


# --- the claim set ----------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """One claim and what is wrong with it, for messages: ``detail`` is neutral notation
    (a claim number, a quoted phrase)."""

    index: int  # position in the claim list
    number: int
    detail: str = ""

    def shown(self) -> str:
        return f"{self.number} ({self.detail})" if self.detail else str(self.number)


class ClaimSet:
    """A claim set and its structure; each property lists the claims with one defect."""

    def __init__(self, claims: list[Claim]) -> None:
        self.claims = [c for c in claims]
        self.numbers = [c.number for c in self.claims]

    @cached_property
    def dependencies(self) -> list[Dependency | None]:
        result: list[Dependency | None] = []
        for claim in self.claims:
            parsed = parse_dependency(claim.text, claim.number)
            if claim.depends_on is not None:
                targets = tuple(dict.fromkeys(claim.depends_on))
                if not targets:
                    parsed = None
                else:
                    joiner = parsed.joiner if parsed and parsed.multiple and len(targets) > 1 else (
                        SINGLE if len(targets) == 1 else ALTERNATIVE)
                    parsed = Dependency(targets, joiner, parsed.phrase if parsed else "")
            result.append(parsed)
        return result

    @cached_property
    def by_number(self) -> dict[int, int]:
        """Claim number -> index of the first claim with that number."""
        return {claim.number: index for index, claim in reversed(list(enumerate(self.claims)))}

    @cached_property
    def _parents(self) -> list[list[int]]:
        by_number = self.by_number
        return [[by_number[t] for t in d.targets if t in by_number and by_number[t] < index] if d else []
                for index, d in enumerate(self.dependencies)]

    def parents(self, index: int) -> list[int]:
        """Indexes of the existing earlier claims this claim depends on."""
        return self._parents[index]

    @cached_property
    def _ancestors(self) -> list[frozenset[int]]:
        # Parents are earlier claims, so one pass in claim order builds every chain once:
        # a set of thousands of claims each depending on all before it stays quadratic at worst.
        chains: list[frozenset[int]] = []
        for index in range(len(self.claims)):
            chain: set[int] = set(self._parents[index])
            for parent in self._parents[index]:
                chain |= chains[parent]
            chains.append(frozenset(chain))
        return chains

    def ancestors(self, index: int) -> list[int]:
        """Every claim up the dependency chain (earlier claims only, so no circle)."""
        return sorted(self._ancestors[index])

    def independent(self) -> list[int]:
        """Claims that depend on none; a claim kept as 「（刪除）」 claims nothing."""
        return [i for i, d in enumerate(self.dependencies)
                if d is None and not is_deleted_claim(self.claims[i].text)]

    # ER 18(1)
    @cached_property
    def misnumbered(self) -> list[Finding]:
        """The first claim whose number breaks the sequence 1, 2, 3..."""
        for index, number in enumerate(self.numbers):
            if number != index + 1:
                return [Finding(index, number, f"{index + 1}")]
        return []

    def _reference_findings(self, wrong) -> list[Finding]:
        found = []
        for index, (claim, dependency) in enumerate(zip(self.claims, self.dependencies)):
            if dependency is None:
                continue
            bad = [t for t in dependency.targets if wrong(index, claim.number, t)]
            if bad:
                found.append(Finding(index, claim.number, "→" + ", ".join(map(str, bad))))
        return found

    # ER 18(5)
    @cached_property
    def self_references(self) -> list[Finding]:
        return [Finding(f.index, f.number) for f in self._reference_findings(lambda i, n, t: t == n)]

    @cached_property
    def forward_references(self) -> list[Finding]:
        numbers = set(self.numbers)
        return self._reference_findings(lambda i, n, t: t in numbers and t > n)

    # ER 18(3)
    @cached_property
    def missing_references(self) -> list[Finding]:
        numbers = set(self.numbers)
        return self._reference_findings(lambda i, n, t: t not in numbers)

    @cached_property
    def circular(self) -> list[Finding]:
        """Claims that depend on themselves through other claims (1→2→1)."""
        if not self.forward_references:  # references to earlier claims alone cannot close a circle
            return []
        by_number = self.by_number
        edges = [[by_number[t] for t in (d.targets if d else ()) if t in by_number and by_number[t] != i]
                 for i, d in enumerate(self.dependencies)]
        in_circle = _nodes_on_cycles(edges)
        return [Finding(i, self.claims[i].number) for i in sorted(in_circle)]

    # ER 18(4)
    @cached_property
    def cumulative_multiple(self) -> list[Finding]:
        return [Finding(i, self.claims[i].number, d.phrase) for i, d in enumerate(self.dependencies)
                if d is not None and d.joiner == CUMULATIVE]

    def _is_multiple(self, index: int) -> bool:
        dependency = self.dependencies[index]
        return dependency is not None and dependency.multiple

    # ER 18(5)
    @cached_property
    def multiple_on_multiple(self) -> list[Finding]:
        found = []
        multiple = {i for i in range(len(self.claims)) if self._is_multiple(i)}
        for index in sorted(multiple):
            bad = [self.claims[a].number for a in sorted(self._ancestors[index] & multiple)]
            if bad:
                found.append(Finding(index, self.claims[index].number, "→" + ", ".join(map(str, bad))))
        return found

    def _each(self, describe) -> list[Finding]:
        found = []
        for index, claim in enumerate(self.claims):
            detail = describe(index, claim)
            if detail:
                found.append(Finding(index, claim.number, "" if detail is True else detail))
        return found

    # ER 18(6)
    @cached_property
    def several_sentences(self) -> list[Finding]:
        return self._each(lambda i, c: extra_sentence_stops(c.text) > 0)

    # ER 19(1)
    @cached_property
    def omnibus(self) -> list[Finding]:
        return self._each(lambda i, c: is_omnibus(c.text))

    @cached_property
    def drawing_references(self) -> list[Finding]:
        return self._each(lambda i, c: "" if is_omnibus(c.text) else drawing_reference(c.text))

    # ER 19(2)
    @cached_property
    def bare_reference_signs(self) -> list[Finding]:
        return self._each(lambda i, c: unbracketed_sign(c.text))

    # Patent Act 26(2)
    @cached_property
    def lacking_antecedent(self) -> list[Finding]:
        stripped = [_strip_for_terms(c.text[:ANTECEDENT_SPAN]) for c in self.claims]

        def describe(index: int, claim: Claim) -> str:
            earlier: list[str] = []
            budget = ANTECEDENT_SPAN  # a bound for huge sets; real claim chains are far shorter
            chain = self.ancestors(index)
            # the independent claims first, then the nearest parents: where antecedents live
            ordered = [a for a in chain if not self._parents[a]] + [a for a in reversed(chain) if self._parents[a]]
            for a in ordered:
                earlier.append(stripped[a])
                budget -= len(earlier[-1])
                if budget <= 0:
                    break
            return "、".join(missing_antecedents(claim.text, "\n".join(earlier), earlier_stripped=True))
        return self._each(describe)

    @cached_property
    def subject_mismatches(self) -> list[Finding]:
        categories = [claim_category(c.text) for c in self.claims]  # once each, not once per child
        subjects = [subject(c.text, dependent=d is not None) for c, d in zip(self.claims, self.dependencies)]

        def describe(index: int, claim: Claim) -> str:
            parents = self.parents(index)
            if not parents:
                return ""
            mine = subjects[index]
            if any(categories[index] != categories[p] for p in parents):
                return ""  # a claim of another category in reference form (一種製造如請求項1之…之方法)
            for parent in parents:
                theirs = subjects[parent]
                if not subjects_agree(mine, theirs):
                    return f"{mine} / {self.claims[parent].number}: {theirs}"
            return ""
        return self._each(describe)

    @cached_property
    def simplified(self) -> list[Finding]:
        return self._each(lambda i, c: simplified_wording(c.text))

    @cached_property
    def indefinite(self) -> list[Finding]:
        return self._each(lambda i, c: indefinite_wording(c.text))

    # Patent Act 26(2): open Markush groups, storage media that may be signals
    @cached_property
    def open_markush_groups(self) -> list[Finding]:
        return self._each(lambda i, c: open_markush(c.text))

    @cached_property
    def transitory_media(self) -> list[Finding]:
        """Independent claims to a storage medium that do not say it is non-transitory."""
        mediums = {i for i, c in enumerate(self.claims) if _MEDIUM.search(_preamble(c.text))}

        # A claim under a medium claim is that medium (reported once, at the top); a medium
        # claim executing "the method of claim 1" is not under a medium claim.
        return self._each(lambda i, c: "" if self._ancestors[i] & mediums
                          else transitory_medium(c.text))

    def undescribed_terms(self, description: str) -> list[Finding]:
        """Claims introducing terms the description never mentions (art. 26(2) support);
        nothing when there is no description to compare with."""
        if not description.strip():
            return []
        index = description_index(description)
        return self._each(lambda i, c: "、".join(terms_not_described(c.text, index)))

    # Patent Act 33: independent claims that share no feature word with the first one's group
    @cached_property
    def unrelated_independent(self) -> list[Finding]:
        independent = self.independent()
        if len(independent) < 2:
            return []
        features = {i: technical_features(self.claims[i].text) for i in independent}
        group, changed = {independent[0]}, True
        while changed:
            changed = False
            for i in independent:
                if i not in group and any(features[i] & features[g] for g in group):
                    group.add(i)
                    changed = True
        return [Finding(i, self.claims[i].number) for i in independent if i not in group]


DETAIL = 120  # characters of one claim's detail ("→3, 4, 5, …")


def listing(findings: list[Finding]) -> str:
    """"3, 5 (該導熱墊)" for messages: the offending claims with what is wrong, the first
    SHOWN_ITEMS of them, then how many more ("… +120")."""
    shown = [text if len(text) <= DETAIL else text[:DETAIL - 1] + "…"
             for text in (f.shown() for f in findings[:SHOWN_ITEMS])]
    return shown_list(shown, total=len(findings))


def _nodes_on_cycles(edges: list[list[int]]) -> set[int]:
    """Nodes in a strongly connected component with a cycle (Tarjan, iterative: a claim set
    may have thousands of claims)."""
    index_of: dict[int, int] = {}
    low: dict[int, int] = {}
    stack: list[int] = []
    on_stack: set[int] = set()
    found: set[int] = set()
    counter = 0
    for root in range(len(edges)):
        if root in index_of:
            continue
        work = [(root, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                index_of[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            if child < len(edges[node]):
                work.append((node, child + 1))
                target = edges[node][child]
                if target not in index_of:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index_of[target])
                continue
            if low[node] == index_of[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in edges[node]:
                    found.update(component)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return found

