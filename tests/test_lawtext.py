"""Patent Act data (laws/patent_act/2013.json) and checker.core.lawtext."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.core import lawtext  # noqa: E402
from checker.core.lawtext import article_numbers, cited_text, format_citation, get_article, law_title  # noqa: E402

LAW = "patent_act"
JSON_PATH = ROOT / "laws" / "patent_act" / "2013.json"


def load_builder():
    spec = importlib.util.spec_from_file_location("build_law_data", ROOT / "tools" / "build_law_data.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def all_articles():
    return [get_article(LAW, n) for n in article_numbers(LAW)]


def texts(number):
    return [p.text for p in get_article(LAW, number).paragraphs]


# --- the data -----------------------------------------------------------


def test_json_is_regenerated_byte_for_byte():
    assert load_builder().build().encode("utf-8") == JSON_PATH.read_bytes()


def test_source_is_shipped_with_the_project():
    source = ROOT / "laws" / "patent_act" / "source-2013.txt"
    assert "第 159 條 本法之施行日期，由行政院定之。" in source.read_text(encoding="utf-8")


def test_metadata():
    data = json.loads(JSON_PATH.read_text(encoding="utf-8"))
    assert (data["law"], data["title_zh"], data["title_en"]) == ("patent_act", "專利法", "Patent Act")
    assert (data["version"], data["amended"]) == ("2013-06-13", "2013-06-11")


def test_articles_1_to_159_none_deleted():
    # The 2013 text has no deleted articles and no 之N articles (97-1.. came in 2014).
    assert article_numbers(LAW) == list(range(1, 160))
    assert [a.label for a in all_articles() if a.deleted] == []
    assert all(a.sub_number is None for a in all_articles())


def test_art_11_four_paragraphs():
    assert texts(11) == [
        "申請人申請專利及辦理有關專利事項，得委任代理人辦理之。",
        "在中華民國境內，無住所或營業所者，申請專利及辦理專利有關事項，應委任代理人辦理之。",
        "代理人，除法令另有規定外，以專利師為限。",
        "專利師之資格及管理，另以法律定之。",
    ]


def test_art_25_four_paragraphs():
    paragraphs = texts(25)
    assert len(paragraphs) == 4
    assert paragraphs[3].startswith("未於前項指定期間內補正中文本者")


def test_art_26_four_paragraphs():
    # 26(4) is the 揭露方式 paragraph that art. 112 item 3 points to.
    assert texts(26) == [
        "說明書應明確且充分揭露，使該發明所屬技術領域中具有通常知識者，能瞭解其內容，並可據以實現。",
        "申請專利範圍應界定申請專利之發明；其得包括一項以上之請求項，各請求項應以明確、簡潔之方式記載，且必須為說明書所支持。",
        "摘要應敘明所揭露發明內容之概要；其不得用於決定揭露是否充分，及申請專利之發明是否符合專利要件。",
        "說明書、申請專利範圍、摘要及圖式之揭露方式，於本法施行細則定之。",
    ]


def test_art_112_subparagraphs():
    article = get_article(LAW, 112)
    assert len(article.paragraphs) == 1
    items = article.paragraphs[0].subparagraphs
    assert len(items) == 6
    assert items[0].text == "新型非屬物品形狀、構造或組合者。"
    assert items[5].text == "修正，明顯超出申請時說明書、申請專利範圍或圖式所揭露之範圍者。"


def test_art_125_and_127_four_paragraphs():
    assert (
        texts(125)[3]
        == "未於前項指定期間內補正中文本者，其申請案不予受理。但在處分前補正者，以補正之日為申請日，外文本視為未提出。"
    )
    assert texts(127) == [
        "同一人有二個以上近似之設計，得申請設計專利及其衍生設計專利。",
        "衍生設計之申請日，不得早於原設計之申請日。",
        "申請衍生設計專利，於原設計專利公告後，不得為之。",
        "同一人不得就與原設計不近似，僅與衍生設計近似之設計申請為衍生設計專利。",
    ]


@pytest.mark.parametrize(
    "number, count",
    # Articles the corrections split, plus a few the layout split by page breaks.
    [
        (12, 3),
        (13, 3),
        (14, 2),
        (29, 4),
        (30, 7),
        (34, 6),
        (43, 6),
        (51, 5),
        (52, 4),
        (53, 5),
        (96, 6),
        (97, 2),
        (99, 2),
        (143, 3),
        (157, 2),
        (159, 2),
    ],
)
def test_paragraph_counts(number, count):
    assert len(get_article(LAW, number).paragraphs) == count


def test_art_97_paragraph_2_is_not_part_of_subparagraph_3():
    first, second = get_article(LAW, 97).paragraphs
    assert first.subparagraphs[2].text == "依授權實施該發明專利所得收取之合理權利金為基礎計算損害。"
    assert second.text.startswith("依前項規定，侵害行為如屬故意")


def test_page_breaks_joined():
    assert texts(12)[2] == (
        "前二項應共同連署之情形，應指定其中一人為應受送達人。未指定應受送達人者，"
        "專利專責機關應以第一順序申請人為應受送達人，並應將送達事項通知其他人。"
    )
    assert get_article(LAW, 43).paragraphs[5].subparagraphs[2].text == (
        "對分割後之申請案所為之通知，與其他分割後之申請案已通知之內容相同者。"
    )


def test_chapters_and_sections():
    def place(n):
        article = get_article(LAW, n)
        return article.chapter, article.section

    assert place(1) == ("第一章 總則", None)
    assert place(21) == ("第二章 發明專利", "第一節 專利要件")
    assert place(36) == ("第二章 發明專利", "第三節 審查及再審查")
    assert place(103) == ("第二章 發明專利", "第七節 損害賠償及訴訟")
    assert place(104) == ("第三章 新型專利", None)
    assert place(121) == ("第四章 設計專利", None)
    assert place(159) == ("第五章 附則", None)


def every_text():
    for article in all_articles():
        for para in article.paragraphs:
            yield article.label, para.text
            for item in para.subparagraphs:
                yield article.label, item.text


def test_texts_are_clean():
    for label, text in every_text():
        assert text and text == text.strip(), label
        assert not text.startswith("-"), label
        assert "\n" not in text and " " not in text, label
        assert not re.match(r"[一二三四五六七八九十]+、", text), label  # numeral stripped
        assert re.search(r"[。：]$", text), label  # no sentence cut by a page break


def test_subparagraphs_belong_to_an_introducing_paragraph():
    # Every 款 list in this law is introduced by a paragraph ending with ：
    for article in all_articles():
        for para in article.paragraphs:
            assert bool(para.subparagraphs) == para.text.endswith("："), (article.label, para.number)


# --- cross-references: each 第N條第N項第N款 this law cites must exist ----

_NUM = "[零一二三四五六七八九十百]+"
_REF = re.compile(
    rf"第(?P<art>{_NUM})條(?:之(?P<sub>{_NUM}))?|(?P<prev_art>前條)"
    rf"|第(?P<para>{_NUM})項|前(?P<prev_n>[二三四五六七八九]?)項|第(?P<item>{_NUM})款"
)
_JOIN = {"", "、", "或", "及", "至"}  # 第一項、第三項 / 第一款至第三款 continue one citation


def cn_int(text):
    """Chinese numeral up to 999: 一百零八 -> 108, 一百十二 -> 112."""
    digits = "零一二三四五六七八九"
    total, current = 0, 0
    for char in text:
        if char in "十百":
            total += (current or 1) * (10 if char == "十" else 100)
            current = 0
        else:
            current = digits.index(char)
    return total + current


def references(article, para_no, text):
    """(article label, paragraph, subparagraph) triples cited in one text."""
    # Provisions of the pre-2013 law ("依修正前第二十八條第三項…規定") use old numbers.
    text = re.sub(r"修正前[^，。；]*?規定", "", text)
    target, para, end = None, None, None
    for m in _REF.finditer(text):
        joined = end is not None and text[end : m.start()] in _JOIN
        end = m.end()
        if m["art"]:
            before = text[: m.start()]
            foreign = before.endswith("法") and not before.endswith("本法")  # 民法第二百十六條
            target, para = None, None
            if not foreign:
                target = str(cn_int(m["art"])) + (f"-{cn_int(m['sub'])}" if m["sub"] else "")
                yield target, None, None
        elif m["prev_art"]:
            target, para = str(article.number - 1), None
            yield target, None, None
        elif m["para"] or m["prev_n"] is not None:
            if not joined or m["prev_n"] is not None:
                target = article.label
            if m["para"]:
                para = cn_int(m["para"])
            elif target == article.label:
                # 前項 / 前二項: the paragraph(s) right before this one.
                para = para_no - (cn_int(m["prev_n"]) if m["prev_n"] else 1)
            if target:
                yield target, max(para, 0), None
        elif m["item"]:
            if not joined:
                target, para = article.label, para_no
            if target:
                yield target, para, cn_int(m["item"])


def test_references_resolve():
    broken = []
    for article in all_articles():
        for para in article.paragraphs:
            for text in [para.text] + [s.text for s in para.subparagraphs]:
                for label, p, s in references(article, para.number, text):
                    cited = get_article(LAW, label)
                    if cited is None or cited.deleted:
                        broken.append((article.label, label, p, s))
                        continue
                    if p is None and s is not None and len(cited.paragraphs) == 1:
                        p = 1  # 第一百十二條第一款: single-paragraph article
                    if p is not None and cited.paragraph(p) is None:
                        broken.append((article.label, label, p, s))
                    elif s is not None and (p is None or cited.paragraph(p).subparagraph(s) is None):
                        broken.append((article.label, label, p, s))
    assert broken == []


def test_reference_parser_sees_merged_paragraphs():
    # Guard for the test above: with art. 12 merged back, 前二項 cannot resolve.
    article = get_article(LAW, 12)
    refs = list(references(article, 2, article.paragraphs[2].text))
    assert refs == [("12", 0, None)]


# --- corrections --------------------------------------------------------


def test_corrections_are_documented_and_applied():
    import yaml

    splits = yaml.safe_load((ROOT / "laws" / "patent_act" / "corrections.yaml").read_text(encoding="utf-8"))["splits"]
    assert len(splits) == 22
    for fix in splits:
        assert set(fix) == {"article", "before", "note"} and fix["note"].strip()
        assert any(p.text.startswith(fix["before"]) for p in get_article(LAW, fix["article"]).paragraphs), fix


def test_bad_correction_fails_the_build():
    builder = load_builder()
    articles = builder.parse(builder.SOURCE.read_text(encoding="utf-8"))
    with pytest.raises(ValueError):
        builder.apply_splits(articles, [{"article": 11, "before": "不在這裡"}])
    with pytest.raises(ValueError):  # not at a sentence start
        builder.apply_splits(articles, [{"article": 11, "before": "無住所或營業所者"}])


# --- lookup API -----------------------------------------------------------


@pytest.mark.parametrize(
    "law, zh, en",
    [
        ("patent_act", "專利法", "Patent Act"),
        ("patent_act_enforcement_rules", "專利法施行細則", "Enforcement Rules of the Patent Act"),
        ("civil_code", "民法", "Civil Code"),
        ("administrative_procedure_act", "行政程序法", "Administrative Procedure Act"),
        ("patent_fees_regulations", "專利規費收費辦法", "Regulations Governing Patent Fees"),
    ],
)
def test_law_titles(law, zh, en):
    assert law_title(law, "zh-TW") == zh
    assert law_title(law, "en") == en


def test_format_citation():
    assert format_citation("patent_act", 26, 2) == "專利法第26條第2項"
    assert format_citation("patent_act", 112, 1, 1) == "專利法第112條第1項第1款"
    assert format_citation("patent_act_enforcement_rules", 17) == "專利法施行細則第17條"
    assert format_citation("patent_act", "97-1") == "專利法第97條之1"
    assert format_citation("patent_act", 26, 2, lang="en") == "Patent Act art. 26(2)"
    assert format_citation("patent_act", 112, 1, 1, lang="en") == "Patent Act art. 112(1)(1)"
    assert format_citation("civil_code", 216, lang="en") == "Civil Code art. 216"


def test_cited_text():
    assert cited_text(LAW, 26, 2).startswith("申請專利範圍應界定申請專利之發明")
    assert cited_text(LAW, 112, 1, 1) == "新型非屬物品形狀、構造或組合者。"
    assert cited_text(LAW, 112, subparagraph=2) == "違反第一百零五條規定者。"
    assert cited_text(LAW, 2) == "本法所稱專利，分為下列三種：\n一、發明專利。\n二、新型專利。\n三、設計專利。"
    assert cited_text(LAW, 3) == "本法主管機關為經濟部。\n專利業務，由經濟部指定專責機關辦理。"
    assert cited_text(LAW, 112, 2) is None
    assert cited_text(LAW, 112, 1, 7) is None
    assert cited_text(LAW, 160) is None
    assert cited_text("civil_code", 216) is None


def test_other_laws_have_no_text_yet():
    assert get_article("patent_act_enforcement_rules", 17) is None
    assert article_numbers("civil_code") == []


def test_articles_are_frozen():
    article = get_article(LAW, 1)
    with pytest.raises(AttributeError):
        article.number = 2
    assert get_article(LAW, "1") is article  # cached


def test_chinese_numeral():
    assert [lawtext.chinese_numeral(n) for n in (1, 10, 11, 20, 21)] == ["一", "十", "十一", "二十", "二十一"]


def test_an_article_without_shipped_text_has_a_summary_not_a_text():
    from checker.core.lawtext import article_summary, cited_text

    assert cited_text("patent_act_enforcement_rules", 18, 4) is None  # the official text is not shipped
    assert "alternative" in article_summary("patent_act_enforcement_rules", 18)
    assert article_summary("patent_act_enforcement_rules", 999) is None
    assert article_summary("patent_act", 25) is None  # the Act's own text is shipped instead


def test_a_citation_of_an_amended_text_names_its_version():
    from checker.core.findings import Citation
    from checker.report.render import citations_text

    cites = [Citation("patent_act", 34, 2, 2), Citation("patent_act", 34, 2, 2, version="2019-11-01")]
    assert citations_text(cites, "en") == "Patent Act art. 34(2)(2); Patent Act art. 34(2)(2) (as amended 2019-11-01)"
    assert citations_text(cites, "zh-TW") == "專利法第34條第2項第2款、專利法第34條第2項第2款（2019-11-01修正）"
