"""Unit tests of checker/language/texts.py: description sections, paragraph numbers, claims, categories."""

from __future__ import annotations

import pytest

from checker.language.texts import Claim, Section, claim_category, paragraph_numbers, parse_claims, parse_description

# --- parse_description ----------------------------------------------------------------------

INVENTION = """\
說明書
【發明名稱】具散熱結構之發光二極體封裝

【技術領域】
【0001】本發明係關於一種發光二極體封裝。

【先前技術】
【0002】習知封裝散熱不佳。

【發明內容】
【0003】本發明提供一種封裝。
【0004】其包含一散熱片。

【圖式簡單說明】
【0005】圖1為剖面示意圖。

【實施方式】
【0006】請參閱圖1。

【符號說明】
10：基板
"""


def test_invention_headings_in_file_order():
    sections = parse_description(INVENTION)
    assert [s.key for s in sections] == [
        "title",
        "technical_field",
        "prior_art",
        "summary",
        "drawings_description",
        "embodiments",
        "reference_signs",
    ]
    assert [s.heading for s in sections] == [
        "發明名稱",
        "技術領域",
        "先前技術",
        "發明內容",
        "圖式簡單說明",
        "實施方式",
        "符號說明",
    ]


def test_section_lines_are_the_heading_lines():
    sections = parse_description(INVENTION)
    lines = INVENTION.splitlines()
    assert [s.line for s in sections] == [2, 4, 7, 10, 14, 17, 20]
    for section in sections:
        assert lines[section.line - 1].startswith(f"【{section.heading}】")


def test_section_texts():
    sections = {s.key: s.text for s in parse_description(INVENTION)}
    assert sections["title"] == "具散熱結構之發光二極體封裝"  # text on the heading line
    assert sections["technical_field"] == "【0001】本發明係關於一種發光二極體封裝。"  # stripped
    assert sections["summary"] == "【0003】本發明提供一種封裝。\n【0004】其包含一散熱片。"
    assert sections["reference_signs"] == "10：基板"


def test_paragraph_numbers_are_not_headings():
    text = "【技術領域】\n【0001】\n本發明係關於封裝。\n【０００２】\n續。\n"
    sections = parse_description(text)
    assert len(sections) == 1
    assert sections[0].text == "【0001】\n本發明係關於封裝。\n【０００２】\n續。"


def test_text_before_the_first_heading_is_ignored():
    text = "專利說明書\n本段不屬任何段落。\n\n【技術領域】\n本發明係關於夾具。\n"
    assert parse_description(text) == [Section("technical_field", "技術領域", "本發明係關於夾具。", 4)]


def test_no_heading_gives_no_sections():
    assert parse_description("") == []
    assert parse_description("只有一段文字，沒有標題。\n第二行。") == []


def test_utility_model_headings():
    text = "【新型名稱】線材收納夾\n【新型內容】\n本新型提供一種收納夾。\n"
    sections = parse_description(text)
    assert [(s.key, s.heading) for s in sections] == [("title", "新型名稱"), ("summary", "新型內容")]
    assert sections[1].text == "本新型提供一種收納夾。"


def test_design_headings():
    text = "【設計名稱】\n椅子\n【物品用途】\n供人坐臥。\n【設計說明】\n虛線部分為不主張設計之部分。\n"
    sections = parse_description(text)
    assert [(s.key, s.text, s.line) for s in sections] == [
        ("title", "椅子", 1),
        ("article_use", "供人坐臥。", 3),
        ("design_description", "虛線部分為不主張設計之部分。", 5),
    ]


def test_unknown_bracketed_label_is_body_text():
    text = "【技術領域】\n【化學式1】\nH2O\n"
    assert parse_description(text) == [Section("technical_field", "技術領域", "【化學式1】\nH2O", 1)]
    text = "【技術領域】\n本發明。\n【其他事項】\n無。\n"
    sections = parse_description(text)
    assert [s.key for s in sections] == ["technical_field"]
    assert sections[0].text == "本發明。\n【其他事項】\n無。"


def test_spaces_inside_brackets_and_crlf():
    text = "【 技術領域 】\r\n本發明係關於夾具。\r\n\r\n【實施方式】\r\n如圖1。\r\n"
    sections = parse_description(text)
    assert [(s.key, s.heading, s.text, s.line) for s in sections] == [
        ("technical_field", "技術領域", "本發明係關於夾具。", 1),
        ("embodiments", "實施方式", "如圖1。", 4),
    ]


def test_blank_lines_inside_a_section_are_kept():
    sections = parse_description("【實施方式】\n\n第一段。\n\n第二段。\n\n")
    assert sections[0].text == "第一段。\n\n第二段。"


ENGLISH = """\
Title
Light-emitting diode package
TECHNICAL FIELD:
The invention relates to LED packages.
Background Art
Known packages run hot.
[Summary]
A heat sink is provided.
Brief Description of the Drawings
FIG. 1 is a section.
Detailed Description
As shown in FIG. 1, ...
Reference Signs List
10 substrate
"""


def test_english_headings_when_language_is_en():
    sections = parse_description(ENGLISH, "en")
    assert [(s.key, s.line) for s in sections] == [
        ("title", 1),
        ("technical_field", 3),
        ("prior_art", 5),
        ("summary", 7),
        ("drawings_description", 9),
        ("embodiments", 11),
        ("reference_signs", 13),
    ]
    assert sections[1].heading == "TECHNICAL FIELD"
    assert sections[1].text == "The invention relates to LED packages."


@pytest.mark.parametrize("language", ["zh-TW", "ja", "de"])
def test_english_headings_are_not_headings_in_other_languages(language):
    assert parse_description(ENGLISH, language) == []
    assert parse_description(ENGLISH) == []


def test_chinese_headings_are_read_in_english_bundles_too():
    sections = parse_description("【技術領域】\nLED packages.\nSummary\nA heat sink.\n", "en")
    assert [(s.key, s.text) for s in sections] == [("technical_field", "LED packages."), ("summary", "A heat sink.")]


def test_english_heading_words_inside_a_sentence_are_body_text():
    sections = parse_description("Summary\nThe summary of the invention follows.\nBackground of the art.\n", "en")
    assert len(sections) == 1
    assert sections[0].text == "The summary of the invention follows.\nBackground of the art."


# --- paragraph_numbers ----------------------------------------------------------------------


def test_paragraph_numbers_in_order():
    assert paragraph_numbers(INVENTION) == [f"【000{i}】" for i in range(1, 7)]


def test_paragraph_numbers_full_width_and_inline():
    assert paragraph_numbers("【０００１】甲【0002】乙\n【0010】丙") == ["【０００１】", "【0002】", "【0010】"]


@pytest.mark.parametrize(
    "text", ["", "沒有段落編號。", "【001】三位數", "【00001】五位數", "【技術領域】", "[0001] 方括號", "0001"]
)
def test_not_paragraph_numbers(text):
    assert paragraph_numbers(text) == []


# --- parse_claims ---------------------------------------------------------------------------


def test_claims_numbered_with_brackets():
    text = (
        "【第1項】\n一種發光二極體封裝，包含：\n一基板（10）；以及\n一散熱片（40），連接該基板。\n\n"
        "【第2項】\n如請求項1所述之發光二極體封裝，其中該散熱片具有多個鰭片（41）。\n"
    )
    assert parse_claims(text) == [
        Claim(1, "一種發光二極體封裝，包含：一基板（10）；以及一散熱片（40），連接該基板。", 1),
        Claim(2, "如請求項1所述之發光二極體封裝，其中該散熱片具有多個鰭片（41）。", 6),
    ]


def test_claims_numbered_with_dots_in_english():
    text = (
        "1. A cable clip, comprising:\n  a body forming slots; and\n  a spring sheet.\n"
        "2. The cable clip of claim 1,\nwherein the body is plastic.\n"
    )
    assert parse_claims(text) == [
        Claim(1, "A cable clip, comprising: a body forming slots; and a spring sheet.", 1),
        Claim(2, "The cable clip of claim 1, wherein the body is plastic.", 4),
    ]


def test_claims_numbered_with_ideographic_comma():
    text = "1、一種線材收納夾，包含：\n一夾體；及\n一彈性片。\n2、如請求項1所述之線材收納夾，\n其中該夾體為塑膠。\n"
    assert parse_claims(text) == [
        Claim(1, "一種線材收納夾，包含：一夾體；及一彈性片。", 1),
        Claim(2, "如請求項1所述之線材收納夾，其中該夾體為塑膠。", 4),
    ]


@pytest.mark.parametrize(
    "text,number",
    [
        ("４.一種夾具。", 4),
        ("４．一種夾具。", 4),
        ("１２、一種夾具。", 12),
        ("【第１項】一種夾具。", 1),
        ("【第 12 項】一種夾具。", 12),
        ("  3 . 一種夾具。", 3),
        ("7.一種夾具。", 7),
    ],
)
def test_claim_number_forms(text, number):
    assert parse_claims(text) == [Claim(number, "一種夾具。", 1)]


def test_decimals_do_not_start_a_claim():
    text = (
        "1. A clip having a thickness of\n1.5 mm and a width of\n2.0 mm.\n"
        "2. The clip of claim 1, wherein the gap is 0.5 mm.\n"
        "3、如請求項1所述之夾具，其厚度為\n1.5 mm。\n"
    )
    claims = parse_claims(text)
    assert [c.number for c in claims] == [1, 2, 3]
    assert claims[0].text == "A clip having a thickness of 1.5 mm and a width of 2.0 mm."
    assert claims[2].text == "如請求項1所述之夾具，其厚度為1.5 mm。"


def test_claim_list_continuation_is_not_a_new_claim():
    claims = parse_claims("3、如請求項\n1、2或3所述之夾具。\n")  # 1、2: a list of claims, not claim 1
    assert claims == [Claim(3, "如請求項1、2或3所述之夾具。", 1)]


def test_text_before_the_first_claim_and_blank_lines_are_ignored():
    text = "申請專利範圍\n\n\n1. 一種夾具。\n\n\n   \n2. 如請求項1所述之夾具。\n\n"
    assert parse_claims(text) == [Claim(1, "一種夾具。", 4), Claim(2, "如請求項1所述之夾具。", 8)]


def test_numbers_are_kept_as_written():
    assert [c.number for c in parse_claims("【第3項】甲\n【第1項】乙\n【第1項】丙\n")] == [3, 1, 1]


def test_a_claim_without_text():
    assert parse_claims("【第1項】\n   \n【第2項】\n一種夾具。\n") == [Claim(1, "", 1), Claim(2, "一種夾具。", 3)]


@pytest.mark.parametrize("text", ["", "\n\n", "   \n", "申請專利範圍（無請求項）\n"])
def test_no_claims(text):
    assert parse_claims(text) == []


# --- claim_category -------------------------------------------------------------------------

CATEGORIES = [
    # Chinese, independent
    ("一種發光二極體封裝，包含：一基板；以及一散熱片。", "product"),
    ("一種製造發光二極體封裝之方法，包含：提供一基板。", "method"),
    ("一種線材收納方法，其步驟包括將線材對折。", "method"),
    ("一種半導體製程，包括：沉積一氧化層。", "method"),
    ("一種化合物A於製備治療癌症藥物之用途。", "use"),
    ("一種醫藥組成物，包含化合物A及一載體。", "composition"),
    ("一種清潔用組合物，其中包含界面活性劑。", "composition"),
    ("一種組合式書架，包含多個層板。", "product"),
    ("一種組合式家具，其特徵在於可拆卸。", "product"),
    ("一種用於製造發光二極體封裝之裝置，包含一模具。", "product"),
    ("一種用於執行一方法之系統，包括一處理器。", "product"),
    ("一種製程設備，包含一腔體。", "product"),
    ("一種用途廣泛之工具，包含一握把。", "product"),
    ("一種以如請求項1所述之方法製得之產品。", "product"),
    # Chinese, dependent
    ("如請求項1所述之發光二極體封裝，其中該散熱片為銅。", "product"),
    ("如請求項1或2所述之方法，其中該基板為陶瓷。", "method"),
    ("如請求項3所述之製程，其中溫度為攝氏200度。", "method"),
    ("如請求項2之用途，其中該癌症為肺癌。", "use"),
    ("如請求項1所述之組成物，其中化合物A為鹽類。", "composition"),
    ("如申請專利範圍第1項所述之組合物，其中含水。", "composition"),
    ("如申請專利範圍第2項所記載之裝置，其中該模具為鋼製。", "product"),
    ("如請求項1所述之方法製得之產品。", "product"),
    # English, independent
    ("A light-emitting diode package, comprising: a substrate; and a heat sink.", "product"),
    ("A method of manufacturing a light-emitting diode package, comprising: providing a substrate.", "method"),
    ("Method for producing a wafer, comprising polishing.", "method"),
    ("A computer-implemented method comprising receiving data.", "method"),
    ("A process for cleaning a wafer, comprising spraying water.", "method"),
    ("A manufacturing process comprising the steps of casting and cutting.", "method"),
    ("Use of compound A for the manufacture of a medicament.", "use"),
    ("A pharmaceutical composition comprising compound A.", "composition"),
    ("An apparatus for performing a method of cleaning wafers, comprising a nozzle.", "product"),
    ("A system for processing data using a method, comprising a processor.", "product"),
    ("A composition-dispensing device comprising a pump.", "product"),
    ("A kit of parts comprising a composition and a syringe.", "product"),
    ("One or more computer-readable media storing instructions.", "product"),
    # English, dependent
    ("The composition of claim 2, wherein compound A is a salt.", "composition"),
    ("The method according to claim 1, wherein the substrate is ceramic.", "method"),
    ("The process as claimed in claim 3, wherein the water is deionised.", "method"),
    ("The use of claim 5, wherein the cancer is lung cancer.", "use"),
    ("The apparatus of claim 4, wherein the method is repeated.", "product"),
    ("The package as recited in claim 1, wherein the heat sink is copper.", "product"),
    # edge
    ("", "product"),
    ("   ", "product"),
]


@pytest.mark.parametrize("text,category", CATEGORIES, ids=[f"{i:02d}-{c}" for i, (_, c) in enumerate(CATEGORIES)])
def test_claim_category(text, category):
    assert claim_category(text) == category


def test_claim_category_table_is_realistic():
    assert len([t for t, _ in CATEGORIES if t.strip()]) >= 20
    assert {c for _, c in CATEGORIES} == {"product", "method", "use", "composition"}


@pytest.mark.parametrize(
    "text",
    [
        "A user interface comprising a touch screen.",
        "User equipment comprising a radio transceiver.",
    ],
)
def test_english_subject_starting_with_user_is_a_product(text):
    assert claim_category(text) == "product"


@pytest.mark.parametrize(
    "text,category",
    [
        ("一種具有抗菌功能之組成物，包含：銀離子。", "composition"),
        ("一種包含奈米銀之抗菌組成物，其中銀含量為1%。", "composition"),
        ("一種具有散熱鰭片之散熱器的製造方法，包含：壓鑄一本體。", "method"),
        ("一種關係資料庫之查詢方法，包含：接收一查詢。", "method"),
    ],
)
def test_chinese_preamble_word_inside_the_subject(text, category):
    assert claim_category(text) == category


@pytest.mark.parametrize(
    "text",
    [
        "A light-emitting diode package obtained by the method of claim 1.",
        "A wafer made by the process of claim 2.",
    ],
)
def test_english_product_by_process_is_a_product(text):
    assert claim_category(text) == "product"


def test_one_full_width_normaliser_for_digits_letters_and_parentheses():
    from checker.language.texts import half_width

    assert half_width("請求項１２（Ａ）ｂ，。") == "請求項12(A)b，。"  # punctuation the patterns name is kept
    from checker.language import description_analysis, claims

    assert description_analysis.ascii_text("圖１Ａ") == "圖1A" and claims.normalise("第３項") == "第3項"
