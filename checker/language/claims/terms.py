"""What the term-reading checks share: the text a term is read from (signs in parentheses
removed), where a Chinese term ends, English stop words and stems.
"""

from __future__ import annotations

import re

from checker.language.texts import half_width as normalise

PARENTHESES = re.compile(r"\([^()]*\)|【[^】]*】|\[[^\]]*\]")

ZH_BOUNDARY = set(
    "之的與和及或係為於上中內外間設連具包位以可並且將被由至在對使其而則時後前當向沿朝從經用把讓令更如較約是呈即能會"
)
EN_STOP = {
    "of",
    "is",
    "are",
    "was",
    "be",
    "being",
    "been",
    "to",
    "and",
    "or",
    "with",
    "in",
    "on",
    "at",
    "for",
    "from",
    "by",
    "wherein",
    "whereby",
    "which",
    "that",
    "comprising",
    "comprises",
    "comprise",
    "including",
    "includes",
    "having",
    "has",
    "have",
    "so",
    "such",
    "into",
    "onto",
    "between",
    "a",
    "an",
    "the",
    "said",
    "each",
    "when",
    "while",
    "through",
    "via",
    "over",
    "under",
    "within",
    "along",
    "against",
    "as",
    "than",
    "not",
    "configured",
    "arranged",
    "adapted",
    "disposed",
    "located",
    "positioned",
    "mounted",
    "connected",
    "coupled",
    "attached",
    "formed",
    "made",
    "extending",
    "extends",
    "surrounding",
    "covering",
    "covers",
    "contacts",
    "contacting",
    "facing",
    "faces",
    "above",
    "below",
    "toward",
    "towards",
    "about",
    "around",
    "after",
    "before",
    "until",
    "upon",
    "where",
    "whose",
    "based",
    "measured",
    "obtained",
    "selected",
    "according",
    "if",
    "then",
    "thereby",
    "thereof",
    "therein",
    "thereon",
    "relative",
}
# Things every object has: "the surface of the substrate" needs no "a surface".
EN_INHERENT = {
    "surface",
    "surfaces",
    "top",
    "bottom",
    "side",
    "sides",
    "end",
    "ends",
    "center",
    "centre",
    "middle",
    "inside",
    "outside",
    "interior",
    "exterior",
    "length",
    "width",
    "height",
    "thickness",
    "diameter",
    "periphery",
    "edge",
    "edges",
    "rest",
    "remainder",
    "same",
    "other",
    "one",
    "user",
    "outer",
    "inner",
    "upper",
    "lower",
    "front",
    "rear",
    "back",
    "axis",
    "direction",
    "shape",
    "size",
    "weight",
    "volume",
    "temperature",
    "time",
    "total",
    "entire",
    "whole",
    "art",
    "invention",
    "claimed",
    "following",
    "preceding",
    "method",
    "process",
    "device",
    "apparatus",
    "system",
    "package",
    "assembly",
}


def strip_for_terms(text: str) -> str:
    return PARENTHESES.sub("", normalise(text))


ZH_TERM_MAX = 12  # characters; technical terms are shorter, and it bounds the work per term

# Words that hold a boundary character but are nouns, so a term reads on through them:
# 容納空間 (not 容納空), 預設伺服器 (not 預), 連接器, 位置, 中心...
ZH_NOUNS_ENDING = frozenset(
    {
        "空間",
        "時間",
        "期間",
        "區間",
        "房間",
        "瞬間",
        "中間",
        "預設",
        "假設",
        "建設",
        "架設",
        "開設",
        "增設",
        "後設",
        "外間",
        "內間",
        "網路上",
        "線上",
    }
)
ZH_NOUNS_STARTING = (
    "設備",
    "設定值",
    "設定檔",
    "設定",
    "位置",
    "位址",
    "位元",
    "中心",
    "中央",
    "中間",
    "中繼",
    "內容",
    "內部",
    "內核",
    "外殼",
    "外觀",
    "外部",
    "上蓋",
    "上表面",
    "上方",
    "間隙",
    "間距",
    "間隔",
    "連桿",
    "連接器",
    "連接件",
    "連接埠",
    "連接頭",
    "連接部",
    "連接線",
    "連接座",
    "連結件",
    "連結部",
    "包裝",
    "包材",
    "時脈",
    "時序",
    "時段",
    "時刻",
    "前端",
    "後端",
    "前緣",
    "後緣",
    "使用者",
    "用戶",
    "用戶端",
    "可程式",
    "可變",
    "可撓",
    "經度",
    "以太網",
    "被動",
    "至少",
    "在線",
    "向量",
    "較高",
    "較低",
    "當前",
    "從動",
    "主從",
)


# Verbs that end a term read without a function word before them (該第一支付帳號執行對應於 ->
# 第一支付帳號), when what follows the verb is a function character or not Chinese: 控制器 and
# 傳輸單元 are nouns.
ZH_VERBS = (
    "結合",
    "形成",
    "覆蓋",
    "固定",
    "連接",
    "耦接",
    "包覆",
    "配置",
    "抵接",
    "樞接",
    "套設",
    "穿設",
    "容置",
    "環繞",
    "延伸",
    "凸出",
    "突出",
    "貫穿",
    "接收",
    "傳送",
    "傳輸",
    "產生",
    "識別",
    "控制",
    "驅動",
    "偵測",
    "量測",
    "儲存",
    "執行",
    "提供",
    "支撐",
    "夾持",
    "卡合",
    "嵌合",
    "完成",
    "進行",
    "電性",
    "電連",
    "透過",
    "藉由",
    "通過",
    "經由",
    "組裝",
    "安裝",
    "裝設",
    "貼附",
    "貼合",
    "相對",
    "相連",
    "相接",
    "分別",
    "顯示",
    "輸出",
    "輸入",
    "發送",
    "判斷",
    "計算",
    "啟動",
    "開啟",
    "關閉",
    "移動",
    "轉動",
    "旋轉",
    "滑動",
    # Seen in granted claims (tests/corpus): 該銷售點終端機取得一帳號, 所述目標收款資訊關聯於.
    "取得",
    "獲取",
    "獲得",
    "判定",
    "關聯",
    "接受",
    "給予",
    "進入",
    "查找",
    "讀取",
    "寫入",
    "傳遞",
    "保存",
    "生成",
    "建立",
    "利用",
    "轉帳",
)
# Verbs that are nouns too (交易記錄的, 身分驗證通過, 繳費成功通知，): they end a term only
# when their object follows: 該付款人確認該收款人, 所述扣費終端驗證所述支付金鑰, 該帳務伺服器
# 記錄該存款帳戶 (TW I598833, I515674, M582179).
ZH_VERBS_BEFORE_OBJECT = (
    "確認",
    "記錄",
    "驗證",
    "選擇",
    "要求",
    "通知",
    "查詢",
    "掃描",
    "使用",
    "下載",
)
# Verbs and prepositions that end a term whatever follows them (no noun starts with them):
# 該預設終端根據接收到的…, 該門市人員點選…, 該合作方開設伺服器帳戶, 該轉帳人互動 (TW I697855,
# I569215, I496097, I607402).
ZH_VERBS_ALWAYS = (
    "根據",
    "依據",
    "依照",
    "按照",
    "登入",
    "登錄",
    "點選",
    "列印",
    "響應",
    "指示",
    "提出",
    "開設",
    "撥發",
    "互動",
    "同步",
    "相對應",
)
# What may follow a verb that ends a term: its object (該收款人, 一帳號, 所述支付金鑰, 至少一…).
ZH_OBJECT_STARTS = ("該", "一", "所述", "前述", "上述", "每", "各", "此", "其", "多個", "複數", "至少")
# 所, 來, 供 after a term start a clause: 該系統授權主機所傳送, 該付款人所屬的, 該第一運算內容
# 來執行, 該銷售點終端機供使用者輸入 (TW I569215, I642007, I727115, I394103).
_ZH_CLAUSE_MARKERS = "所來供"
_ZH_AFTER_MARKER = ("屬", "述", "得到", "在", "具有", "使用者", "用戶", "該", "一")


def _ends_at_verb(text: str, at: int) -> bool:
    if text.startswith(ZH_VERBS_ALWAYS, at) or ends_at_clause_marker(text, at):
        return True
    if text.startswith(ZH_VERBS_BEFORE_OBJECT, at):
        return text.startswith(ZH_OBJECT_STARTS, at + 2) or text[at + 2 : at + 3] in ("/", "／")
    if not text.startswith(ZH_VERBS, at):
        return False
    follower = text[at + 2 : at + 3]
    return not "\u4e00" <= follower <= "\u9fff" or follower in ZH_BOUNDARY or text.startswith(ZH_OBJECT_STARTS, at + 2)


def ends_at_clause_marker(text: str, at: int) -> bool:
    """所, 來 or 供 at ``at`` starts a clause after the term (所傳送, 所屬, 來執行, 供使用者)."""
    if text[at : at + 1] not in _ZH_CLAUSE_MARKERS:
        return False
    return text.startswith(_ZH_AFTER_MARKER, at + 1) or text.startswith(
        ZH_VERBS + ZH_VERBS_ALWAYS + ZH_VERBS_BEFORE_OBJECT, at + 1
    )


def zh_term_end(text: str, start: int, limit: int = ZH_TERM_MAX) -> int:
    """Where a Chinese term starting at ``start`` ends: at the first function character
    (ZH_BOUNDARY) that does not belong to a noun (空間, 預設, 連接器), at a verb followed by a
    function character (執行對應於), a non-Chinese character, or ``limit`` characters."""
    end = start
    while end < len(text) and end - start < limit and "\u4e00" <= text[end] <= "\u9fff":
        if (
            end > start
            and text[end] in ZH_BOUNDARY
            and text[end - 1 : end + 1] not in ZH_NOUNS_ENDING
            and not text.startswith(ZH_NOUNS_STARTING, end)
        ):
            break
        if end > start + 1 and _ends_at_verb(text, end):
            break
        end += 1
    return end


def en_stem(word: str) -> str:
    word = word.lower()
    for suffix in ("ies", "es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


EN_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


# Real claims are a few hundred characters; reading only this much of each claim keeps a
# pathological multi-megabyte "claim" from taking minutes (the search is quadratic).
ANTECEDENT_SPAN = 20_000
