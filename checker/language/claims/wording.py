"""Wording checks on one claim's text: sentence ends, drawings and description cited, omnibus
claims, bare reference signs, Simplified/CNIPA wording, indefinite words, open Markush groups,
storage media not said to be non-transitory. Each returns what it found ("" if nothing).
"""

from __future__ import annotations

import re

from checker.language.claims.dependencies import EN_REFERENCE, ZH_REFERENCE
from checker.language.claims.terms import PARENTHESES
from checker.language.texts import half_width as normalise

_ABBREVIATIONS = re.compile(
    r"\b(?:figs?|no|nos|e\.g|i\.e|etc|approx|vs|wt|ca|al|min|max|mol|ref|eq|sec)\.", re.IGNORECASE
)


# List markers inside a claim (「包含：a.一伺服器；b.一終端」, "(i)", "1)") and dotted names
# (imode.com.tw, www.example.com) are not sentence ends.
_LIST_MARKER = re.compile(r"(?:(?<=^)|(?<=[\s：:；;，,、(（]))(?:[A-Za-z]|[ivx]{1,4}|\d{1,2})[.．)）](?!\d)")
_DOTTED_NAME = re.compile(r"[A-Za-z0-9-]+(?:[.．][A-Za-z0-9-]+)+")


def extra_sentence_stops(text: str) -> int:
    """Sentence ends inside a claim: 。 or a full stop before its last character;
    decimals (1.5), abbreviations (Fig., e.g.), list markers (a.) and dotted names
    (imode.com.tw) are not sentence ends."""
    body = _ABBREVIATIONS.sub("", normalise(text).strip()).rstrip("。.． \t")
    body = re.sub(r"(?<=\d)[.．](?=\d)", "", body)
    body = _DOTTED_NAME.sub("x", _LIST_MARKER.sub("", body))
    return body.count("。") + len(re.findall(r"[.．](?=\s|[\u4e00-\u9fff]|$)", body))


def unterminated(text: str) -> bool:
    """The claim does not end with 「。」 (or a full stop in an English claim); a claim kept
    as 「（刪除）」 is not read."""
    body = normalise(text).strip()
    return (
        bool(body)
        and not body.endswith(("。", ".", "．"))
        and not re.fullmatch(r"[(（]?\s*(?:刪除|deleted|canceled|cancelled)\s*[)）]?", body, re.IGNORECASE)
    )


_DRAWING_REFERENCE = re.compile(
    r"如\s*(?:第\s*)?圖\s*\d+[A-Za-z]?\s*(?:所示|所繪|所描述|之)|如\s*第\s*\d+\s*圖|如圖式所示|圖式中所示"
    r"|如說明書(?:第\s*\d+\s*頁)?(?:第\s*\d+\s*行)?所(?:述|載|示)|說明書第\s*\d+\s*頁"
    r"|如圖(?:式)?(?:中)?所(?:示|繪)|(?:參見|參閱|請參閱|參照|見)\s*(?:第\s*)?圖\s*\d*[A-Za-z]?(?:\([A-Za-z0-9]\))?"
    r"|如(?:本)?說明書(?:中)?所(?:記載|揭露|揭示|描述|說明)|如(?:實施方式|實施例)(?:中)?所(?:述|載|示|記載)"
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


_ZH_NOT_A_NOUN_BEFORE = set("第約於為至或及和與項圖式有共含達小大等超過逾滿每前後各其")
_ZH_UNITS = (
    "個",
    "種",
    "層",
    "次",
    "倍",
    "度",
    "秒",
    "分",
    "%",
    "％",
    "毫",
    "公",
    "克",
    "米",
    "條",
    "片",
    "根",
    "支",
    "組",
    "對",
    "塊",
    "顆",
    "段",
    "股",
    "道",
    "孔",
    "級",
    "位",
    "年",
    "月",
    "日",
    "天",
    "小時",
    "℃",
    "°",
    "伏",
    "瓦",
    "安",
    "赫",
    "釐",
    "厘",
    "奈",
    "微",
    "升",
    "莫",
    "mm",
    "cm",
    "nm",
    "m",
    "g",
    "k",
    "K",
    "V",
    "W",
    "A",
    "s",
    "Hz",
    "x",
    "X",
    "~",
    "至",
    "到",
    "-",
    ".",
    "．",
    "/",
    "：",
    ":",
    "比",
    "之間",
    "以上",
    "以下",
    "以內",
)
# Words that are followed by a number that is not a sign: 大於5, 步驟1, 序列編號1, 通式1
_ZH_NUMBERED_WORDS = {
    "大於",
    "小於",
    "等於",
    "超過",
    "低於",
    "高於",
    "步驟",
    "編號",
    "序列",
    "通式",
    "學式",
    "施例",
    "實例",
    "型號",
    "附件",
    "表格",
}
_ZH_SIGN = re.compile(r"([\u4e00-\u9fff]{2})(\d{1,4}[A-Za-z]?)(?![\d.])")
_EN_SIGN = re.compile(
    r"\b(?:the|said|a|an|each)\s+((?:[a-z-]+\s+){0,2}[a-z-]{3,})\s+(\d{1,4}[a-z]?)\b(?!\s*(?:%|mm|cm|nm|µm|um|m\b|g\b|kg|°|degrees?|wt|v\b|w\b|hz|times|or|and|to|-))",
    re.IGNORECASE,
)
_EN_NOT_A_NOUN = {
    "claim",
    "claims",
    "fig",
    "figure",
    "figures",
    "step",
    "steps",
    "than",
    "about",
    "least",
    "most",
    "of",
    "to",
    "with",
    "by",
    "from",
    "between",
    "equal",
    "range",
    "ratio",
    "number",
    "amount",
    "value",
    "temperature",
    "angle",
    "period",
    "time",
    "length",
    "width",
    "height",
    "thickness",
    "diameter",
    "weight",
    "percent",
    "group",
    "formula",
    "sequence",
    "seq",
    "id",
    "no",
    "ph",
    "layer",
    "type",
    "class",
    "example",
    "embodiment",
    "item",
    "version",
}


def unbracketed_sign(text: str) -> str:
    """The first feature followed by a bare reference sign (基板10, "the lever 12"), not
    in parentheses; "" if none. Heuristic: numbers after counting words or before units
    (3個, 1.5 mm, 第2) are values, not signs."""
    body = PARENTHESES.sub(" ", normalise(text))
    body = ZH_REFERENCE.sub(" ", body)
    body = EN_REFERENCE.sub(" ", body)
    for found in _ZH_SIGN.finditer(body):
        noun, sign = found.group(1), found.group(2)
        if noun[-1] in _ZH_NOT_A_NOUN_BEFORE or noun in _ZH_NUMBERED_WORDS:
            continue
        after = body[found.end() : found.end() + 2].lstrip()
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


MEDIUM = re.compile(
    r"(?:電腦|計算機|機器)可讀(?:取)?(?:之|的)?(?:記錄|紀錄|儲存|存儲)?(?:媒體|媒介|介質)"
    r"|\b(?:computer|machine|processor)[- ]readable\s+(?:storage\s+|recording\s+|memory\s+)?(?:medium|media|device)",
    re.IGNORECASE,
)
_NON_TRANSITORY = re.compile(r"非暫態|非暫時|非瞬時|非瞬態|non-?\s?transitory|non-?\s?transient", re.IGNORECASE)


def preamble(text: str) -> str:
    """The claim up to its first punctuation or transition (comprising, 包含, 儲存有...)."""
    return re.split(
        r"[，,：:；;]|\b(?:comprising|storing|having|including|wherein|that|which)\b"
        r"|包含|包括|儲存有|其中|具有",
        normalise(text).strip(),
        maxsplit=1,
    )[0]


def transitory_medium(text: str) -> str:
    """The storage medium a claim is directed to ("一種電腦可讀取記錄媒體",
    "A computer-readable medium storing...") when the claim never says 非暫態/非暫時性/
    non-transitory; "" otherwise, and for claims that only mention a medium after
    their preamble (a method whose program is stored on one)."""
    body = normalise(text).strip()
    found = MEDIUM.search(preamble(body))
    if not found or _NON_TRANSITORY.search(body):
        return ""
    return found.group(0)
