"""The text analysis behind the agents' checklist rules (checker/language/drafting.py)."""

from __future__ import annotations

from checker.language import drafting
from checker.language.sign_lists import listed_pairs


def test_kind_words_skip_the_people():
    found = drafting.kind_words("本發明人提出。\n本新型創作人提出本新型。\n【發明內容】本發明、本發明。")
    assert [(w.line, w.word, w.names) for w in found] == [
        (2, "本新型", "utility_model"),
        (3, "【發明內容】", "invention"),
        (3, "本發明", "invention"),
    ]


def test_kind_words_skip_another_word_ending_in_本():
    assert drafting.kind_words("日本發明專利第6123456號及日本新型登錄第3123456號揭露一種燈。基本發明概念。") == []


def test_listed_pairs_in_the_layouts_agents_write():
    pairs = listed_pairs("【0009】\n10:基板\n20：晶片；30：封裝膠體\n40 散熱片\nR1:電阻\n符號說明如下。\n50‧‧‧底座\n")
    assert [(p.line, p.sign, p.name) for p in pairs] == [
        (2, "10", "基板"),
        (3, "20", "晶片"),
        (3, "30", "封裝膠體"),
        (4, "40", "散熱片"),
        (5, "R1", "電阻"),
        (7, "50", "底座"),
    ]


def test_list_conflicts_report_the_later_pair():
    pairs = listed_pairs("10:基板\n20:晶片\n20:底座\n30:基板\n10:基板\n")
    assert [(c.line, c.problem, c.used, c.listed) for c in drafting.list_conflicts(pairs)] == [
        (3, "sign_two_names", "20:底座", "20:晶片"),
        (4, "name_two_signs", "30:基板", "10:基板"),
    ]


def test_use_conflicts_read_the_longest_listed_name():
    pairs = listed_pairs("10:基板\n11:上基板\n20:晶片\n")
    text = "上基板11疊於基板10上。\n晶片20設於基板20上，\n請參閱圖10。\n基板 (20)"
    assert [(c.line, c.used, c.listed) for c in drafting.use_conflicts(pairs, text)] == [
        (2, "基板20", "20:晶片, 10:基板"),
        (4, "基板20", "20:晶片, 10:基板"),
    ]


def test_numbering_problems():
    def problems(*labels):
        return [(p.figure, p.problem, p.expected) for p in drafting.numbering_problems(list(labels))]

    assert problems("1", "2A", "2B", "3") == []
    assert problems("圖1", "第二圖", "FIG. 3") == []
    assert problems("1", "3") == [("3", "gap", "2")]
    assert problems("2", "3") == [("2", "start", "1")]
    assert problems("1", "2", "2") == [("2", "repeat", "3")]
    assert problems("1", "2", "3", "1A") == [("1A", "order", "4")]
    assert problems("附圖", "1") == []  # a label without a number is left out


def test_figure_is_among():
    assert drafting.figure_is_among("2", {"1", "2A", "2B"})
    assert not drafting.figure_is_among("2A", {"1", "2"})
    assert not drafting.figure_is_among("3", {"1", "2", "30A"})


def test_subject_in_title():
    assert drafting.subject_in_title("發光二極體封裝", "具散熱結構之發光二極體封裝")
    assert drafting.subject_in_title("發光二極體封裝之製造方法", "發光二極體封裝")  # 6 of 10 pairs
    assert not drafting.subject_in_title("記錄媒體", "資訊處理裝置")
    assert drafting.subject_in_title("裝置", "燈")  # a category only
    assert drafting.subject_in_title("light-emitting diode packages", "Light-emitting diode package")
    assert not drafting.subject_in_title("street lamp pole", "LED package")
    assert drafting.subject_in_title("", "燈")


def test_unpunctuated_paragraphs_numbered():
    lines = [
        "【0001】燈1包含燈座10，",
        "燈座10為圓形。",
        "【0002】燈座10以螺絲固定於桌面，",
        "【0003】第一實施例",  # a sub-heading
        "【0004】其中",
        "x = a + b",  # a formula
        "【0005】燈2包含：",
        "【0006】（如圖1所示）",
    ]
    assert [(p.line, p.ending) for p in drafting.unpunctuated_paragraphs(lines)] == [(3, "座10以螺絲固定於桌面，")]


def test_unpunctuated_paragraphs_one_a_line_or_wrapped():
    one_a_line = ["燈1包含燈座10。", "燈座10為圓形且以螺絲固定於桌面上方", "第一實施例", "燈2包含燈座20。"]
    assert [p.line for p in drafting.unpunctuated_paragraphs(one_a_line)] == [2]
    wrapped = [
        "The lamp 1 has a base 10 that",
        "is round and fixed with screws.",
        "",
        "The base 10 is made",
        "of steel.",
    ]
    assert drafting.unpunctuated_paragraphs(wrapped) == []
    cut = ["The lamp 1 has a base 10 that", "is round and fixed with", "", "The base 10 is steel."]
    assert [p.line for p in drafting.unpunctuated_paragraphs(cut)] == [2]
