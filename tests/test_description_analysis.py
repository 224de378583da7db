"""checker/language/description_analysis.py on realistic descriptions in the office layout
(tests/data/descriptions/) and on the small cases each analyser must get right."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.language import description_analysis as da
from checker.language.sign_lists import listed_signs
from checker.language.texts import parse_description

DATA = Path(__file__).resolve().parent / "data" / "descriptions"


def _load(name: str, language: str = "zh-TW"):
    text = (DATA / name).read_text(encoding="utf-8")
    return text, parse_description(text, language)


def _text(sections, key: str) -> str:
    found = da.section(sections, key)
    return found.text if found else ""


# --- a clean Chinese description ---------------------------------------------------------


def test_clean_chinese_description_has_every_item_in_order():
    text, sections = _load("zh_clean.txt")
    assert [s.key for s in sections] == list(da.INVENTION_ORDER)
    assert da.missing_sections(sections, da.INVENTION_ALWAYS + da.INVENTION_WITH_DRAWINGS) == []
    assert da.first_out_of_order(sections, da.INVENTION_ORDER) is None
    assert da.paragraph_number_problems(text) == []
    assert da.paragraph_number_count(text) == 12


def test_clean_chinese_description_figures_and_signs_agree():
    _, sections = _load("zh_clean.txt")
    assert da.figures_mentioned(_text(sections, "drawings_description")) == ["1", "2", "3A", "3B"]
    listed = listed_signs(_text(sections, "reference_signs"))
    used = da.used_signs(_text(sections, "embodiments"))
    assert listed[:3] == ["100", "10", "11"] and len(listed) == 11
    assert set(used) == set(listed)  # 約2秒, 約110度 and 圖3A are not signs
    assert all(da.sign_is_used(sign, _text(sections, "embodiments")) for sign in listed)
    assert da.claim_reference_lines((DATA / "zh_clean.txt").read_text(encoding="utf-8")) == []


# --- a Chinese description with the usual defects ------------------------------------------


def test_defective_description_reports_each_defect_where_it_is():
    text, sections = _load("zh_defects.txt")
    out_of_order = da.first_out_of_order(sections, da.INVENTION_ORDER)
    assert (out_of_order.key, out_of_order.line) == ("prior_art", 10)
    problems = da.paragraph_number_problems(text)
    assert [(p.label, p.line, p.reason) for p in problems] == [("【0004】", 11, "sequence"), ("【005】", 14, "digits")]
    assert da.figures_mentioned(_text(sections, "drawings_description")) == ["1", "3"]
    listed = listed_signs(_text(sections, "reference_signs"))
    used = da.used_signs(_text(sections, "embodiments"))
    assert sorted(set(used) - set(listed)) == ["50"]
    assert [s for s in listed if not da.sign_is_used(s, _text(sections, "embodiments"))] == ["60"]
    assert da.claim_reference_lines(text) == [8]
    assert da.title_unrelated_words(_text(sections, "title")) == ["專利", "最新", "革命性"]


# --- an English description ---------------------------------------------------------------


def test_english_description_uses_english_headings_and_signs():
    text, sections = _load("en_clean.txt", "en")
    assert [s.key for s in sections] == list(da.INVENTION_ORDER)
    assert da.figures_mentioned(_text(sections, "drawings_description")) == ["1", "2"]
    listed = listed_signs(_text(sections, "reference_signs"))
    assert listed == ["1", "10", "20", "30", "40", "41"]
    assert da.used_signs(_text(sections, "embodiments")) == listed  # "5 mm" is not a sign
    assert da.paragraph_number_count(text) == 0  # [0001] is not the office's 【0001】


def test_english_headings_are_not_read_in_a_chinese_filing():
    text = (DATA / "en_clean.txt").read_text(encoding="utf-8")
    assert parse_description(text, "zh-TW") == []


# --- the analysers one by one ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("圖1為立體圖；圖2為側視圖。", ["1", "2"]),
        ("第一圖為立體圖，第十二圖為剖面圖。", ["1", "12"]),
        ("圖１及圖２Ａ", ["1", "2A"]),
        ("FIG. 1 is a view; FIGS. 2-4 are sections; Figure 5A shows", ["1", "2", "3", "4", "5A"]),
        ("圖1至圖3為剖面圖", ["1", "2", "3"]),
        ("圖1、2及3A為立體圖", ["1", "2", "3A"]),
        ("FIGS. 4 and 5 are sections, 6 mm thick", ["4", "5"]),
        ("本發明之架構示意", []),
    ],
)
def test_figures_mentioned(text, expected):
    assert da.figures_mentioned(text) == expected


@pytest.mark.parametrize(
    "label,expected",
    [("1", "1"), ("１", "1"), ("圖2", "2"), ("第三圖", "3"), ("FIG. 2a", "2A"), (4, "4"), ("Figure 10", "10")],
)
def test_figure_label(label, expected):
    assert da.figure_label(label) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("【0001】a\n【0002】b\n【0003】c", []),
        ("【0001】a\n【0003】b", [("【0003】", 2, "sequence")]),
        ("【0001】a\n【0001】b", [("【0001】", 2, "sequence")]),
        ("【01】a", [("【01】", 1, "digits")]),
        ("【0005】a\n【0006】b", [("【0005】", 1, "start")]),
        ("no numbers at all", []),
    ],
)
def test_paragraph_number_problems(text, expected):
    assert [(p.label, p.line, p.reason) for p in da.paragraph_number_problems(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("1：燈具；10：燈座；20：燈泡", ["1", "10", "20"]),
        ("【0010】\n100：裝置\n110a：側板\n", ["100", "110a"]),
        ("10 substrate\n20: chip\n", ["10", "20"]),
        # the gazette's layout (hyphenation points, ellipses), and two pairs on one line
        ("10‧‧‧基板\n20‧‧‧晶片\n30…焊球\n40···導線", ["10", "20", "30", "40"]),
        ("【0030】10：基板 20：晶片", ["10", "20"]),
    ],
)
def test_listed_signs(text, expected):
    assert listed_signs(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("燈具1包含燈座10及燈泡20。", ["1", "10", "20"]),
        ("如圖2所示，具有3個燈泡20，約5秒後達90%，溫度120℃。", ["20"]),
        ("側板110a連接底板120。", ["110a", "120"]),
        ("實施例1之燈座10依式2及表3計算，如請求項4。", ["10"]),
        ("the substrate 10 of claim 1, see FIG. 3, at least 2 chips", ["10"]),
    ],
)
def test_used_signs(text, expected):
    assert da.used_signs(text) == expected


def test_a_sign_is_found_only_as_a_number_of_its_own():
    assert da.sign_is_used("10", "基板10上")
    assert not da.sign_is_used("10", "基板100上，2010年")


@pytest.mark.parametrize(
    "text,count",
    [
        ("一種燈。", 4),
        ("一種 燈，\n含\u3000燈泡。\t", 8),  # spaces, full-width space, tab and line break not counted
        ("An LED lamp.", 10),
        ("", 0),
    ],
)
def test_abstract_character_count(text, count):
    assert da.abstract_character_count(text) == count


@pytest.mark.parametrize(
    "text,expected",
    [
        ("第一基板上設有第二基板，散熱路徑經最佳化。", []),
        ("本發明為業界第一且領先同業之最佳結構。", ["業界第一", "領先", "最佳"]),
        ("A revolutionary lamp, the best there is.", ["revolutionary", "best"]),
        ("一種燈，其亮度可調。", []),
    ],
)
def test_promotional_words(text, expected):
    assert da.promotional_words(text) == expected


@pytest.mark.parametrize(
    "claims,expected",
    [
        ([(1, "一種治療糖尿病之方法，包含投予一有效量之化合物。")], [1]),
        ([(1, "一種用於治療糖尿病之醫藥組合物，包含一化合物。")], []),
        ([(1, "一種外科手術方法，包含切開皮膚。")], [1]),
        ([(2, "A method of treating diabetes, comprising administering a compound.")], [2]),
        ([(3, "A method for the diagnosis of cancer comprising measuring a marker.")], [3]),
        ([(1, "A device for treating diabetes, comprising a pump.")], []),
        ([(1, "一種發光二極體封裝之製造方法，包含提供一基板。")], []),
    ],
)
def test_medical_method_claims(claims, expected):
    assert da.medical_method_claims(claims) == expected


def test_design_statements():
    assert da.states_omitted_views("左側視圖與右側視圖對稱，故省略。")
    assert not da.states_omitted_views("本設計為椅子。")
    assert da.states_disclaimer("圖式所揭露之虛線部分，為本案不主張設計之部分。")
    assert da.states_disclaimer("Parts shown in broken lines are not claimed.")
    assert not da.states_disclaimer("椅背為弧形。")
    assert da.states_change_order("圖1至圖3依序為圖像之變化過程。")
    assert not da.states_change_order("圖像為一圖示。")


def test_design_description_in_the_office_layout():
    text, sections = _load("design_zh.txt")
    assert [(s.key, s.line) for s in sections] == [("title", 1), ("article_use", 4), ("design_description", 7)]
    assert da.first_out_of_order(sections, da.DESIGN_ORDER) is None
    statement = _text(sections, "design_description")
    assert da.states_disclaimer(statement) and da.states_omitted_views(statement)
    assert not da.states_change_order(statement)
    swapped = list(reversed(sections))
    assert da.first_out_of_order(swapped, da.DESIGN_ORDER).key == "article_use"  # first after 設計說明


def test_english_heading_variants():
    text = (
        "Title of the Invention\nLamp\nField of the Invention\nLighting.\nBackground of the Invention\n"
        "Old lamps.\nSummary of the Invention\nA lamp.\nBrief Description of Drawings\nFIG. 1 is a view.\n"
        "Description of Embodiments\nThe lamp 1.\nReference Numerals\n1 lamp\n"
    )
    assert [s.key for s in parse_description(text, "en")] == list(da.INVENTION_ORDER)


# --- issue 13: classes seen on a peer linter's Taiwan test suite ----------------------------


def test_signs_of_letters_and_digits_and_signs_in_parentheses_are_read():
    text = "請參閱圖1，電路包含電阻R1及電晶體Q2，框架(90)固定於基板10上；步驟(1)完成，式(2)成立，支援USB3介面。"
    assert da.used_signs(text) == ["R1", "Q2", "10", "90"]
    assert listed_signs("R1：電阻\nQ2：電晶體\n90：框架\n10：基板") == ["R1", "Q2", "90", "10"]
    assert da.unused_signs(["R1", "Q3", "90"], text) == ["Q3"]


def test_figures_with_a_letter_in_parentheses_are_the_lettered_figure():
    assert da.figures_mentioned("請參閱圖12(A)及圖3，如第5圖所示") == ["12A", "3", "5"]
    assert da.figure_label("12(A)") == "12A"


@pytest.mark.parametrize(
    "title,words",
    [
        ("XR-200型吹風機", ["XR-200"]),
        ("Apple®手機殼", ["®"]),
        ("型號AB1234之滑鼠", ["AB1234"]),
        ("具註冊商標之包裝盒", ["註冊商標"]),
        ("具散熱結構之發光二極體封裝", []),
        ("H.264視訊解碼器", []),
        ("LED燈具及USB3充電座", []),
        ("車牌辨識系統", []),
    ],
)
def test_trademarks_and_model_numbers_in_the_title(title, words):
    assert da.title_unrelated_words(title) == words
