"""The Implementation Rules for indigenous traditional intellectual creations as data
(laws/indigenous_creations_rules/2015.json), and laws discovered from laws/<id>/."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.core import lawtext
from checker.core.lawtext import article_numbers, article_summary, cited_text, format_citation, get_article

ROOT = Path(__file__).resolve().parent.parent
LAW = "indigenous_creations_rules"
LAW_DIR = ROOT / "laws" / LAW
JSON_PATH = LAW_DIR / "2015.json"
SEED = ROOT.parent.parent / "shared" / "seeds" / "003_e1030a8e17fa5359.txt"


def load_builder():
    path = ROOT / "tools" / "build_indigenous_rules_data.py"
    spec = importlib.util.spec_from_file_location("build_indigenous_rules_data", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def texts(number):
    return [p.text for p in get_article(LAW, number).paragraphs]


def all_articles():
    return [get_article(LAW, n) for n in article_numbers(LAW)]


# --- the data -----------------------------------------------------------


def test_json_is_regenerated_byte_for_byte():
    assert load_builder().build().encode("utf-8") == JSON_PATH.read_bytes()


def test_the_shipped_source_is_the_seed():
    if not SEED.exists():
        pytest.skip(f"{SEED} is not present (only in the project's workspace)")
    assert (LAW_DIR / "source-2015.txt").read_bytes() == SEED.read_bytes()


def test_metadata():
    data = json.loads(JSON_PATH.read_text(encoding="utf-8"))
    assert (data["law"], data["title_zh"]) == (LAW, "原住民族傳統智慧創作保護實施辦法")
    assert (data["promulgated"], data["version"]) == ("2015-01-08", "2015-03-01")


def test_38_articles_each_with_its_reason():
    assert article_numbers(LAW) == list(range(1, 39))
    assert all(a.reason for a in all_articles())
    assert get_article(LAW, 1).reason == ("明定本辦法之法源依據。",)
    assert get_article(LAW, 38).paragraphs[0].text == "本辦法自中華民國一百零四年三月一日起施行。"
    assert get_article(LAW, 38).reason == ("明定本辦法之施行日期。",)


def test_chapters():
    chapters = {a.number: a.chapter for a in all_articles()}
    assert chapters[1] == chapters[2] == "第一章 總則"
    assert chapters[3] == chapters[7] == "第二章 代表人"
    assert chapters[8] == chapters[19] == "第三章 申請"
    assert chapters[20] == chapters[24] == "第四章 審查"
    assert chapters[25] == chapters[29] == "第五章 登記及公告"
    assert chapters[30] == chapters[34] == "第六章 證書及標記"
    assert chapters[35] == chapters[36] == "第七章 註銷、撤銷或廢止"
    assert chapters[37] == chapters[38] == "第八章 附則"


def test_art_2_ten_types_and_their_combination():
    first, second = get_article(LAW, 2).paragraphs
    assert [s.text.split("：")[0] for s in first.subparagraphs] == [
        "宗教祭儀",
        "音樂",
        "舞蹈",
        "歌曲",
        "雕塑",
        "編織",
        "圖案",
        "服飾",
        "民俗技藝",
        "其他文化成果表達。",
    ]
    assert second.text.startswith("前項各款智慧創作之種類，申請人得擇一或合併不同種類申請登記")
    assert len(get_article(LAW, 2).reason) == 7


def test_art_11_subparagraph_3_has_four_items():
    (para,) = get_article(LAW, 11).paragraphs
    assert len(para.subparagraphs) == 4
    sub = para.subparagraph(3)
    assert sub.text == "智慧創作之內容，包括下列項目："
    assert [i.text for i in sub.items] == [
        "符合本辦法規定之特徵、範圍。",
        "智慧創作之歷史意義、現存利用方式及未來發展。",
        "智慧創作與申請人之社會、文化關聯，包括身份關係、習俗及禁忌等。",
        "與智慧創作申請人社會脈絡密切相關，不宜公開之理由。",
    ]
    assert para.subparagraph(4).text == "其他由主管機關指定之記載事項。"


def test_art_18_four_paragraphs_and_the_proviso_stays_in_its_paragraph():
    paragraphs = texts(18)
    assert len(paragraphs) == 4
    # 「但延誤指定期間…」 starts a line of the source but is the proviso of (1).
    assert paragraphs[0].endswith("應不受理。但延誤指定期間在處分前補正者，不在此限。")
    assert paragraphs[1] == (
        "申請人因天災或不可歸責於己之事由延誤法定期間者，於其原因消滅後六十日內得以"
        "書面敘明理由向主管機關申請回復原狀。但延誤法定期間已逾一年者，不在此限。"
    )
    assert paragraphs[3].endswith("並應同時補行期間內應為之行為。")


@pytest.mark.parametrize(
    "number, counts",
    [
        (2, [10, 0]),
        (3, [0]),
        (8, [3]),
        (9, [5]),
        (10, [5]),
        (11, [4]),
        (12, [0]),
        (13, [0]),
        (14, [0, 0, 0]),
        (17, [0]),
        (18, [0, 0, 0, 0]),
        (21, [3]),
        (23, [3, 0]),
        (26, [0, 0]),
        (27, [0, 7, 0]),
        (29, [9, 0]),
        (31, [6, 0]),
        (35, [4, 0]),
        (36, [2]),
    ],
)
def test_paragraph_and_subparagraph_counts(number, counts):
    assert [len(p.subparagraphs) for p in get_article(LAW, number).paragraphs] == counts


def test_a_lone_full_stop_line_is_joined():
    # The source wraps art. 3 so that its final 。 stands alone on a line.
    assert texts(3) == [
        "本條例第六條第二項之代表人，應具有原住民身分，並為申請智慧創作之原住民族或部落成員，"
        "並由該原住民族或部落依其組織型態及習慣選派之。"
    ]


def test_art_37_reason_is_where_the_300_character_summary_comes_from():
    assert get_article(LAW, 37).reason[2] == "三、智慧創作之概要內容，字數以不超過三百字為原則。"


def test_art_8_reason_carries_a_bilingual_note_on_the_source():
    article = get_article(LAW, 8)
    assert set(article.reason_note) == {"zh-TW", "en"}
    assert all(get_article(LAW, n).reason_note is None for n in range(1, 39) if n != 8)


def test_bad_source_fails_the_build():
    builder = load_builder()
    source = (LAW_DIR / "source-2015.txt").read_text(encoding="utf-8")
    last = "\n本辦法自中華民國一百零四年三月一日起施行。\n〔立法理由〕\n明定本辦法之施行日期。"
    assert last in source
    with pytest.raises(ValueError, match="expected 38 articles"):
        builder.parse(source.replace(last, ""))
    with pytest.raises(ValueError, match="expected one article and one"):  # a reason lost
        builder.parse(source.replace("〔立法理由〕\n明定本辦法之施行日期。", "明定本辦法之施行日期。"))
    with pytest.raises(ValueError, match="out of order"):
        builder.parse(source.replace("三、代表人姓名、地址。", "四、代表人姓名、地址。"))


def every_text():
    for article in all_articles():
        for para in article.paragraphs:
            yield article.label, para.text
            for sub in para.subparagraphs:
                yield article.label, sub.text
                for item in sub.items:
                    yield article.label, item.text
        for entry in article.reason:
            yield article.label, entry


def test_texts_are_clean():
    for label, text in every_text():
        assert text and not re.search(r"[\s,:;()]", text), (label, text)  # full-width, no layout
        assert not re.match(r"[一二三四五六七八九十]+、[一二三四五六七八九十]", text), label
    for article in all_articles():
        for para in article.paragraphs:
            assert re.search(r"[。：]$", para.text), (article.label, para.number)
            assert bool(para.subparagraphs) == para.text.endswith("："), (article.label, para.number)


# --- the lookup API ---------------------------------------------------------


def test_laws_are_discovered_from_their_folders():
    found = lawtext.laws()
    folders = {p.parent.name for p in (ROOT / "laws").glob("*/law.yaml")}
    # every folder is a law; a pack loaded in this process may add its own (register_laws)
    assert folders <= set(found)
    assert {"patent_act", LAW, "indigenous_creations_act", "civil_code"} <= folders
    assert found[LAW].text == "2015.json" and found["indigenous_creations_act"].text is None


def test_titles_come_from_the_manifests_and_agree_with_the_generated_json():
    for law in lawtext.laws().values():
        if law.text:
            data = json.loads((ROOT / "laws" / law.id / law.text).read_text(encoding="utf-8"))
            assert (data["law"], data["title_zh"], data["title_en"]) == (law.id, law.titles["zh-TW"], law.titles["en"])
    assert lawtext.law_title("indigenous_creations_act") == "原住民族傳統智慧創作保護條例"


def test_citations_with_items():
    assert format_citation(LAW, 11, 1, 3, item=1) == "原住民族傳統智慧創作保護實施辦法第11條第1項第3款第1目"
    assert format_citation(LAW, 11, 1, 3, lang="en", item=4) == (
        "Implementation Rules for the Protection of Traditional Intellectual Creations of Indigenous Peoples"
        " art. 11(1)(3)(iv)"
    )
    assert format_citation(LAW, 18, 2) == "原住民族傳統智慧創作保護實施辦法第18條第2項"


def test_cited_text_reaches_items():
    assert cited_text(LAW, 11, 1, 3, 2) == "智慧創作之歷史意義、現存利用方式及未來發展。"
    assert cited_text(LAW, 11, 1, 3).splitlines()[1] == "（一）符合本辦法規定之特徵、範圍。"
    assert cited_text(LAW, 11, 1, 3, 5) is None
    assert cited_text(LAW, 11, subparagraph=4) == "其他由主管機關指定之記載事項。"
    assert "  （四）與智慧創作申請人社會脈絡密切相關，不宜公開之理由。" in cited_text(LAW, 11).splitlines()


def test_the_act_is_a_labelled_summary_of_what_the_rules_say():
    assert get_article("indigenous_creations_act", 6) is None
    assert "Rules art. 3" in article_summary("indigenous_creations_act", 6)
    assert article_summary("indigenous_creations_act", 5) is None  # the Rules never refer to it


def test_roman_numerals():
    assert [lawtext.roman_numeral(n) for n in (1, 4, 9, 10, 14, 39)] == ["i", "iv", "ix", "x", "xiv", "xxxix"]


# --- explain --------------------------------------------------------------


runner = CliRunner()


def test_explain_prints_art_11_with_its_items_and_reason():
    result = runner.invoke(app, ["explain", "--law", LAW, "11"], catch_exceptions=False)
    assert result.exit_code == 0
    out = result.output
    assert out.startswith("原住民族傳統智慧創作保護實施辦法第11條  第三章 申請")
    assert "3. 智慧創作之內容，包括下列項目：" in out
    assert "（四）與智慧創作申請人社會脈絡密切相關，不宜公開之理由。" in out
    assert "立法理由\n  明定說明書應載明事項。" in out


def test_explain_in_english_labels_the_reason():
    out = runner.invoke(app, ["explain", "--law", LAW, "37", "--lang", "en"]).output
    assert "Legislative reason (立法理由)" in out and "字數以不超過三百字為原則" in out


def test_explain_an_article_of_the_act_shows_the_labelled_summary():
    result = runner.invoke(app, ["explain", "--law", "indigenous_creations_act", "6", "--lang", "en"])
    assert result.exit_code == 0
    assert "Summary (not the official text" in result.output


def test_explain_an_unknown_law_or_article_is_a_usage_error():
    result = runner.invoke(app, ["explain", "--law", "nope", "6"])
    assert result.exit_code == 2 and "known:" in result.output and LAW in result.output
    result = runner.invoke(app, ["explain", "--law", LAW, "39"])
    assert result.exit_code == 2


def test_explain_defaults_to_the_patent_act():
    assert "說明書應明確且充分揭露" in runner.invoke(app, ["explain", "26"]).output


def test_a_citation_naming_an_item_in_reports():
    from checker.core.findings import Citation
    from checker.report.render import citations_text

    cite = Citation(LAW, 11, 1, 3, item=2)
    assert cite.as_json() == {"law": LAW, "article": 11, "paragraph": 1, "subparagraph": 3, "item": 2}
    assert "item" not in Citation(LAW, 11, 1, 3).as_json()  # the JSON report's shape is unchanged without one
    assert citations_text([cite], "zh-TW") == "原住民族傳統智慧創作保護實施辦法第11條第1項第3款第2目"
    assert citations_text([cite], "en").endswith("art. 11(1)(3)(ii)")


def test_the_api_explains_items_and_reasons():
    from checker import api

    data = api.explain_article(11, law=LAW)
    assert [i["number"] for i in data["paragraphs"][0]["subparagraphs"][2]["items"]] == [1, 2, 3, 4]
    assert data["reason"] == ["明定說明書應載明事項。"]
