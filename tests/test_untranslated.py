"""What a translation keeps untranslated (checker/language/untranslated.py): faithful
JP/EN → zh-TW translations raise nothing, and each kind of unfaithful change is found."""

from __future__ import annotations

import random
import re
import time

import pytest

from checker.language import untranslated as ut
from checker.language.untranslated import compare, extract

EN_LED = """A light emitting diode (LED) package 100 comprises a substrate 10, an LED chip 20 and a heat sink 30.
The substrate 10 is made of Al2O3 and has a thickness of 0.5 mm. The heat sink 30 has fins 32 spaced 2 to 5 mm apart.
The package is cured at 150°C for 30 minutes. An SiO2 layer 40 having a thickness of 100 nm covers the chip 20.
As shown in FIG. 1 and FIGS. 2A and 2B, the chip 20 is driven at 3.3 V and 20 mA by a driver IC 50 (model XYZ-100).
According to claim 1, the encapsulant 60 contains 5 wt% of TiO2 particles having a diameter of 1 μm to 3 μm."""
ZH_LED = """一種發光二極體（LED）封裝100，包含基板10、LED晶片20及散熱片30。
基板10係由Al2O3製成，厚度為0.5毫米。散熱片30具有間隔2至5 mm之鰭片32。
該封裝於150℃下固化30分鐘。厚度為100奈米之SiO2層40覆蓋晶片20。
如圖1及圖2A、2B所示，晶片20由驅動IC 50（型號XYZ-100）以3.3 V及20 mA驅動。
依請求項1，封裝膠體60含有5重量%之TiO2粒子，其粒徑為1～3μm。"""

JA_CHEM = """【請求項１】
水酸化ナトリウム（ＮａＯＨ）を０．５～２．０質量％含む水溶液に、シリコンウエハ１を８０℃で１０分間浸漬する工程を含む、エッチング方法。
【請求項２】
前記水溶液のｐＨが１２以上である、請求項１に記載のエッチング方法。
【０００５】
図３に示すように、ウエハ１は、厚さ７７５μｍであり、ＳｉＯ２膜２で覆われている。２つの槽３、４を用いる。"""
ZH_CHEM = """【請求項1】
一種蝕刻方法，包含將矽晶圓1於80℃浸漬於含有0.5至2.0質量%之氫氧化鈉（NaOH）之水溶液中10分鐘之步驟。
【請求項2】
如請求項1所述之蝕刻方法，其中該水溶液之pH為12以上。
【0005】
如圖3所示，晶圓1之厚度為775微米，且由SiO2膜2覆蓋。使用兩個槽3、4。"""

EN_BIO = """The strain Escherichia coli BL21 expressing the BRCA1 gene is cultured at 37 degrees C for 16 hours at 200 rpm.
The medium contains 10 g/L of glucose (C6H12O6) and 0.1 mM IPTG. FIG. 4 shows the yield; the cell density reached 2.5 x 10^9 cells/mL."""
ZH_BIO = """將表現BRCA1基因之大腸桿菌（Escherichia coli）BL21菌株於攝氏37度、200 rpm下培養16小時。
培養基含有10 g/L之葡萄糖（C6H12O6）及0.1 mM之IPTG。圖4顯示產量；細胞密度達2.5×10^9 cells/mL。"""

JA_PHONE = """【請求項１】
筐体（１１）と、前記筐体（１１）に収容された２つのバッテリ（２１、２２）と、を備え、前記バッテリ（２１）の容量は３０００ｍＡｈ以上である、携帯端末（１）。
【請求項２】
前記筐体（１１）は、厚さ０．８～１．２ｍｍのアルミニウム合金からなる、請求項１に記載の携帯端末（１）。"""
ZH_PHONE = """【請求項1】
一種攜帶型終端裝置（1），包含：一殼體（11）；以及收容於該殼體（11）中之兩個電池（21、22）；其中該電池（21）之容量為3000 mAh以上。
【請求項2】
如請求項1所述之攜帶型終端裝置（1），其中該殼體（11）係由厚度0.8至1.2 mm之鋁合金所構成。"""

EN_CLAIMS = """1. A method of forming a film, comprising: depositing a first layer of GaN having a thickness of 1 to 3 μm on a sapphire substrate at 1,050°C; and
annealing the first layer in N2 for 2 hours.
2. The method of claim 1, wherein the annealing is performed a 2nd time at 900 °C.
3. The method of claim 1 or 2, wherein the film is used in a Light Emitting Diode (LED)."""
ZH_CLAIMS = """【第1項】
一種形成膜之方法，包含：於1050℃下在藍寶石基板上沉積厚度為1至3微米之GaN第一層；以及
於N2中將該第一層退火2小時。
【第2項】
如請求項1所述之方法，其中該退火係於900℃下進行第二次。
【第3項】
如請求項1或2所述之方法，其中該膜用於發光二極體（Light Emitting Diode, LED）。"""

EN_METHOD = """[0021] FIG. 3 is a flowchart of a method 300 according to an embodiment. In step S302, the controller 110
receives a signal from the sensor 120 via a USB interface. In some embodiments, the supply voltage is 3.3V ± 0.1V.
[0022] The thickness of the film 130a may be in the range of 10-50 nm, e.g., 20 nm, and the film 130b is about 1/2 as thick.
Table 1 lists the results of Example 1 and Comparative Example 2 (SEQ ID NO: 3); the yield improved 2 times.
As shown in FIG. 4, 10 samples were measured at room temperature (25° C) for 1 h."""
ZH_METHOD = """【0021】圖3為依據一實施例之方法300之流程圖。於步驟S302中，控制器110經由USB介面自感測器120接收訊號。於一些實施例中，供應電壓為3.3V±0.1V。
【0022】膜130a之厚度可介於10至50奈米之範圍，例如20奈米，而膜130b之厚度約為其1/2。
表1列出實施例1及比較例2（序列編號3）之結果；產率提升2倍。
如圖4所示，於室溫（25℃）下量測10個樣品60分鐘。"""


@pytest.mark.parametrize(
    "foreign,language,chinese",
    [
        (EN_LED, "en", ZH_LED),
        (JA_CHEM, "ja", ZH_CHEM),
        (EN_BIO, "en", ZH_BIO),
        (JA_PHONE, "ja", ZH_PHONE),
        (EN_CLAIMS, "en", ZH_CLAIMS),
        (EN_METHOD, "en", ZH_METHOD),
    ],
    ids=["en-led", "ja-etching", "en-culture", "ja-phone", "en-claims-file", "en-method"],
)
def test_a_faithful_translation_raises_nothing(foreign, language, chinese):
    added, omitted = compare(extract(chinese), extract(foreign, language))
    assert (added, omitted) == ([], [])


def test_each_kind_of_mark_is_read():
    marks = extract(ZH_LED)
    kinds = {(m.kind, m.shown) for m in marks.marks}
    assert ("value", "0.5毫米") in kinds and ("value", "150℃") in kinds
    assert ("sign", "32") in kinds and ("formula", "Al2O3") in kinds
    assert ("term", "XYZ-100") in kinds and ("term", "LED") in kinds
    assert marks.figures == ["1", "2A", "2B"]
    assert extract(EN_LED, "en").figures == ["1", "2A", "2B"]
    assert extract(JA_CHEM, "ja").figures == ["3"]
    # figure, claim and paragraph numbers and counts (2つ) are not signs; pH 12 is a bare number
    assert {m.shown for m in extract(JA_CHEM, "ja").marks if m.kind == "sign"} == {"1", "2", "3", "4", "12"}


@pytest.mark.parametrize(
    "a,b",
    [
        ("5 mm", "5mm"),
        ("5 mm", "5 毫米"),
        ("5 mm", "５ｍｍ"),
        ("5 mm", "0.5 cm"),
        ("5 millimetres", "5公釐"),
        ("100 nm", "0.1 μm"),
        ("120°C", "120℃"),
        ("120 °C", "攝氏120度"),
        ("120 degrees Celsius", "120度"),
        ("90 minutes", "1.5小時"),
        ("5 wt%", "5重量%"),
        ("5質量％", "5 wt%"),
        ("5 wt%", "5%"),
        ("50〜100℃", "50至100°C"),
        ("between 2 and 4 mm", "2~4 mm"),
        ("1,000 rpm", "1000 rpm"),
        ("3 mm2", "3 mm²"),
    ],
)
def test_values_written_differently_are_equal(a, b):
    assert compare(extract(b), extract(a, "en")) == ([], [])


@pytest.mark.parametrize(
    "a,b,shown",
    [
        ("5 mm", "50 mm", "50 mm"),
        ("5 mm", "5 cm", "5 cm"),
        ("120°C", "210℃", "210℃"),
        ("30 minutes", "30秒", "30秒"),
        ("5%", "5 wt%", None),  # a bare 5% may be by weight: no alarm the other way either
    ],
)
def test_a_changed_value_is_found(a, b, shown):
    added, omitted = compare(extract(b), extract(a, "en"))
    if shown is None:
        assert added == []
        return
    assert [m.shown for m in added] == [shown]
    assert len(omitted) == 1 and omitted[0].kind == "value"


def test_a_german_decimal_comma():
    assert compare(extract("厚度0.5 mm"), extract("eine Dicke von 0,5 mm", "de")) == ([], [])


def test_unfaithful_translations_are_found_where_they_are():
    chinese = ZH_LED.replace("鰭片32", "鰭片34").replace("SiO2層", "TiO2層").replace("型號XYZ-100", "型號XYZ-200")
    chinese += "\n另設有ESD保護元件70。"
    added, omitted = compare(extract(chinese), extract(EN_LED, "en"))
    assert [(m.kind, m.shown, m.line) for m in added] == [
        ("sign", "34", 2),
        ("term", "XYZ-200", 4),
        ("term", "ESD", 6),
        ("sign", "70", 6),
    ]
    # TiO2 is in the foreign text (the encapsulant): not an addition; SiO2 is now missing
    assert [(m.kind, m.shown) for m in omitted] == [("sign", "32"), ("formula", "SiO2"), ("term", "XYZ-100")]
    assert omitted[0].line == 2  # lines of the foreign text


def test_a_gloss_in_lower_case_or_a_translated_species_name_is_no_alarm():
    # a translator's English gloss in lower case is not a kept term; a species translated
    # into Chinese is not an omission
    chinese = "中央處理器（central processing unit, CPU）及大腸桿菌。"
    foreign = "中央処理装置（CPU）及び Escherichia coli。"
    assert compare(extract(chinese), extract(foreign, "ja")) == ([], [])


def test_a_sign_written_once_in_another_role_is_no_alarm():
    # the Japanese counts 2つ where the Chinese writes 兩個; 2 still occurs as a number
    assert compare(extract("電極2及電極3"), extract("電極2と電極3（2つの電極）", "ja")) == ([], [])
    added, _ = compare(extract("電極2及電極5"), extract("電極2と電極3", "ja"))
    assert [m.shown for m in added] == ["5"]


@pytest.mark.parametrize(
    "text,language,figures",
    [
        ("FIGS. 1 to 4 show the package; FIG. 5A and FIG. 5B its parts.", "en", ["1", "4", "5A", "5B", "2", "3"]),
        ("圖1至圖4為封裝之示意圖；圖5A及5B為其部件。", "zh-TW", ["1", "4", "2", "3", "5A", "5B"]),
        ("第1圖至第3圖は斜視図である。", "ja", ["1", "3", "2"]),
        ("図1〜図3は斜視図である。", "ja", ["1", "3", "2"]),
    ],
)
def test_figures_referred_to(text, language, figures):
    assert sorted(extract(text, language).figures) == sorted(figures)


def test_claim_numbers_and_ordinals_are_not_signs():
    marks = extract(EN_CLAIMS, "en")
    assert [m.shown for m in marks.marks if m.kind == "sign"] == []
    assert {m.shown for m in marks.marks if m.kind == "formula"} == {"GaN", "N2"}


def test_a_sign_with_a_letter_and_minutes_only_in_japanese():
    assert [m.shown for m in extract("凸部10c及凸部10d").marks] == ["10c", "10d"]
    assert [m.keys for m in extract("１０分間、１０分", "ja").marks] == [("600 s",), ("600 s",)]
    assert [m.kind for m in extract("評分為10分").marks] == ["sign"]  # ten points, not ten minutes


def test_a_comma_after_a_single_figure_ends_the_reference():
    assert extract(EN_METHOD, "en").figures == ["3", "4"]
    assert extract("如圖4，10個樣品").figures == ["4"]
    assert extract("FIGS. 3, 4 and 6 show it", "en").figures == ["3", "4", "6"]


def _searched_absent(marks, other):
    """The plain reading absent() must agree with: one boundary search per term."""
    other_values, missing, seen = other.keys("value"), [], set()
    for mark in marks.marks:
        if (mark.kind, mark.keys) in seen:
            continue
        seen.add((mark.kind, mark.keys))
        if mark.kind == "value":
            found = any(key in other_values for key in mark.keys)
        elif mark.kind == "sign":
            number = re.match(r"\d+", mark.shown)
            found = mark.keys[0] in other.keys("sign") or (
                number is not None and ut._value_of(number.group(0)) in other.numbers
            )
        elif mark.kind == "formula":
            found = re.search(r"(?<![A-Za-z0-9])" + re.escape(mark.shown) + r"(?![a-z0-9])", other.text) is not None
        else:
            found = any(
                re.search(r"(?<![a-z0-9])" + re.escape(key) + r"(?![a-z0-9])", other.lower) for key in mark.keys
            )
        if not found:
            missing.append(mark.shown)
    return missing


def test_the_term_index_answers_as_a_search_per_term_would():
    words = [
        "SiO2",
        "SiO2Al2O3",
        "E. coli",
        "Escherichia coli",
        "XYZ-100",
        "XYZ-200-A",
        "LED",
        "iPhone",
        "GaN",
        "GaN-based",
        "NaCl",
        "H2O",
        "C6H12O6",
        "N2",
        "TiO2",
        "BRCA1",
        "S302",
        "eNodeB",
        "CO2-free",
        "5 mm",
        "10a",
    ]
    pick = random.Random(7)
    for _ in range(150):
        one = " ".join(pick.choice(words) for _ in range(pick.randint(1, 12)))
        two = "基板10與晶片20。" + " ".join(pick.choice(words) for _ in range(pick.randint(0, 12)))
        for a, b in ((one, two), (two, one)):
            marks, other = ut.extract(a, "en"), ut.extract(b, "en")
            assert [m.shown for m in ut.absent(marks, other)] == _searched_absent(marks, other), (a, b)


def test_many_distinct_terms_cost_time_in_proportion_to_the_text():
    """20,000 distinct terms in a 370 KB text took 89 s with a search per term."""
    english = " ".join(f"The XQ{i}Z unit." for i in range(20_000))
    chinese = "".join(f"該XR{i}Z單元。" for i in range(20_000))
    start = time.monotonic()
    added = ut.absent(ut.extract(chinese), ut.extract(english, "en"))
    assert len(added) == 20_000
    assert time.monotonic() - start < 10  # a bound against a hang, not a speed figure
