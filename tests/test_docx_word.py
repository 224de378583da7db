"""Word documents as a person sees them: tracked changes applied (insertions kept,
deletions removed, moves resolved, comments not text) and automatic list numbers read
from numbering.xml, so the numbers a person sees are the numbers checked."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.inputs.docx_text import read_docx
from checker.inputs.wordml import format_number
from checker.language.texts import parse_claims
from tests.word_docs import WordDoc, comment_range, dele, ins, level, move_from, move_to, paragraph, run


def _read(tmp_path, doc: WordDoc):
    return read_docx(doc.save(tmp_path / "draft.docx"), "draft.docx")


def test_insertions_kept_deletions_removed(tmp_path):
    doc = WordDoc().add(paragraph(run("一種散熱片，其材質為"), dele("銅"), ins("石墨烯"), run("。")))
    word = _read(tmp_path, doc)
    assert word.lines == ["一種散熱片，其材質為石墨烯。"]
    assert word.changes["insertion"] == 1 and word.changes["deletion"] == 1
    assert word.change_lines == [1]


def test_moves_are_resolved_and_comments_are_not_text(tmp_path):
    doc = WordDoc().add(
        paragraph(run("甲"), move_from("乙"), run("丙")),
        paragraph(comment_range("丁"), move_to("乙")),
    )
    word = _read(tmp_path, doc)
    assert word.lines == ["甲丙", "丁乙"]
    assert word.changes["move"] == 2


def test_a_deleted_paragraph_mark_joins_the_next_paragraph(tmp_path):
    doc = WordDoc().add(
        paragraph(run("一種燈，"), mark="del"),
        paragraph(run("包含燈座。")),
        paragraph(dele("整段刪除"), mark="del"),
        paragraph(run("下一段")),
    )
    assert _read(tmp_path, doc).lines == ["一種燈，包含燈座。", "下一段"]


def test_a_clean_document_has_no_changes(tmp_path):
    word = _read(tmp_path, WordDoc().text("【發明名稱】", "燈"))
    assert word.lines == ["【發明名稱】", "燈"] and word.tracked_changes == 0 and word.change_lines == []


def test_numbered_claims_read_with_the_numbers_shown(tmp_path):
    doc = WordDoc().define_list(90, level(0, text="%1.")).list_instance(91, 90)
    doc.add(
        *(
            paragraph(run(text), num=(91, 0))
            for text in [
                "一種燈，包含一燈座。",
                "如請求項1所述之燈，其中該燈座為金屬。",
                "如請求項2所述之燈，其中該金屬為鋁。",
            ]
        )
    )
    word = _read(tmp_path, doc)
    assert word.lines[0] == "1.\t一種燈，包含一燈座。"
    claims = parse_claims(word.text)
    assert [(c.number, c.line) for c in claims] == [(1, 1), (2, 2), (3, 3)]
    assert claims[2].text == "如請求項2所述之燈，其中該金屬為鋁。"
    assert word.numbered_lines == {1, 2, 3}


def test_a_deleted_numbered_paragraph_takes_no_number(tmp_path):
    doc = WordDoc().define_list(90, level(0, text="%1.")).list_instance(91, 90)
    doc.add(
        paragraph(run("一種燈。"), num=(91, 0)),
        paragraph(dele("如請求項1所述之燈。"), num=(91, 0), mark="del"),
        paragraph(run("如請求項1所述之燈，其中燈座為鋁。"), num=(91, 0)),
    )
    assert _read(tmp_path, doc).lines == ["1.\t一種燈。", "2.\t如請求項1所述之燈，其中燈座為鋁。"]


def test_levels_restarts_and_formats(tmp_path):
    doc = (
        WordDoc()
        .define_list(
            80,
            level(0, "taiwaneseCountingThousand", "%1、", suffix="nothing"),
            level(1, "decimal", "(%2)", suffix="space"),
            level(2, "lowerLetter", "%1.%2.%3", suffix="space"),
        )
        .list_instance(81, 80)
        .list_instance(82, 80, restart_at={0: 1})
    )
    doc.add(
        paragraph(run("技術領域"), num=(81, 0)),
        paragraph(run("甲"), num=(81, 1)),
        paragraph(run("乙"), num=(81, 1)),
        paragraph(run("細項"), num=(81, 2)),
        paragraph(run("先前技術"), num=(81, 0)),
        paragraph(run("丙"), num=(81, 1)),
        paragraph(run("另一清單"), num=(82, 0)),
        paragraph(run("續前清單"), num=(81, 0)),
    )
    assert _read(tmp_path, doc).lines == [
        "一、技術領域",
        "(1) 甲",
        "(2) 乙",
        "一.2.a 細項",
        "二、先前技術",
        "(1) 丙",
        "一、另一清單",
        "三、續前清單",
    ]


def test_office_claim_labels_as_list_numbers(tmp_path):
    doc = WordDoc().define_list(70, level(0, text="【第%1項】", suffix="nothing", start=1)).list_instance(71, 70)
    doc.add(paragraph(run("一種燈。"), num=(71, 0)), paragraph(run("如請求項1所述之燈。"), num=(71, 0)))
    assert [c.number for c in parse_claims(_read(tmp_path, doc).text)] == [1, 2]


@pytest.mark.parametrize(
    "value, fmt, shown",
    [
        (4, "upperRoman", "IV"),
        (14, "lowerRoman", "xiv"),
        (28, "upperLetter", "BB"),
        (3, "decimalZero", "03"),
        (12, "decimalFullWidth", "１２"),
        (3, "decimalEnclosedCircle", "③"),
        (11, "taiwaneseCountingThousand", "十一"),
        (20, "taiwaneseCounting", "二十"),
        (105, "chineseCounting", "一百零五"),
        (3, "ideographTraditional", "丙"),
        (10, "ideographLegalTraditional", "壹拾"),
        (2, "ordinal", "2nd"),
        (12, "ideographDigital", "一二"),
    ],
)
def test_number_formats(value, fmt, shown):
    assert format_number(value, fmt) == shown


def test_an_oversized_part_is_refused_whatever_the_directory_says(tmp_path):
    from checker.inputs.wordml import NotWordDocument, read_part

    path = tmp_path / "x.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * 5000)
    with zipfile.ZipFile(path) as archive, pytest.raises(NotWordDocument, match="more than"):
        read_part(archive, "word/document.xml", limit=1000)


def test_xml_entities_are_not_expanded(tmp_path):
    word = WordDoc().text("x")
    path = word.save(tmp_path / "draft.docx")
    evil = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"
    )
    rewritten = tmp_path / "evil.docx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(rewritten, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, evil if item.filename == "word/document.xml" else src.read(item))
    assert "AAAA" not in "".join(read_docx(rewritten, "evil.docx").lines)


# -- end to end: an amendment inserting 石墨烯 with change tracking, and the warning ---------------

ROOT = Path(__file__).resolve().parent.parent
AMENDMENT = ROOT / "examples" / "amendment-led-package"


def _amendment_with_word_claims(tmp_path, make_line) -> Path:
    """The clean amendment, its claims a .docx; ``make_line`` builds claim 2's text."""
    for name in ("description.txt", "filed-description.txt", "filed-claims.txt"):
        shutil.copy(AMENDMENT / name, tmp_path / name)
    doc = WordDoc()
    for line in (AMENDMENT / "claims.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("如請求項1所述之發光二極體封裝，其中相鄰鰭片之間距"):
            doc.add(make_line(line))
        else:
            doc.add(paragraph(run(line)))
    doc.save(tmp_path / "claims.docx")
    text = (AMENDMENT / "bundle.yaml").read_text(encoding="utf-8")
    assert "\nclaims: {file: claims.txt}" in text
    path = tmp_path / "bundle.yaml"
    path.write_text(text.replace("\nclaims: {file: claims.txt}", "\nclaims: {file: claims.docx}"), encoding="utf-8")
    return path


def _check(path: Path, *args: str):
    result = CliRunner().invoke(app, ["check", str(path), "--format", "json", *args], catch_exceptions=False)
    return result, json.loads(result.output)


def _fails(report) -> dict[str, dict]:
    return {f["rule"]: f for b in report["bundles"] for f in b["findings"] if f["outcome"] == "fail"}


def test_a_tracked_insertion_is_checked_as_accepted_and_reported(tmp_path):
    tracked = _amendment_with_word_claims(
        tmp_path, lambda line: paragraph(run(line.rstrip("。")), ins("，且該散熱片之材質為石墨烯"), run("。"))
    )
    result, report = _check(tracked, "--fail-on", "warning")
    fails = _fails(report)
    assert "PA043-01" in fails, (
        fails
    )  # 石墨烯 is new matter, as with the change accepted (a warning: a word comparison)
    assert fails["PA043-01"]["location"]["file"].endswith("claims.docx")
    warning = fails["tracked-changes"]
    assert warning["severity"] == "warning" and warning["location"]["line"] == 10
    assert "claims.docx" in warning["message"] and "插入 1" in warning["message"]
    assert result.exit_code == 1


def test_a_clean_word_amendment_passes_without_the_warning(tmp_path):
    clean = _amendment_with_word_claims(tmp_path, lambda line: paragraph(run(line)))
    result, report = _check(clean)
    assert result.exit_code == 0, _fails(report)
    assert "tracked-changes" not in _fails(report)


def test_a_tracked_deletion_is_not_checked_and_the_warning_can_be_ignored(tmp_path):
    tracked = _amendment_with_word_claims(
        tmp_path, lambda line: paragraph(run(line.rstrip("。")), dele("，且該散熱片之材質為石墨烯"), run("。"))
    )
    result, report = _check(tracked, "--fail-on", "warning", "--ignore", "tracked-changes")
    assert result.exit_code == 0, _fails(report)
    result, report = _check(tracked, "--fail-on", "warning", "--lang", "en")
    assert result.exit_code == 1 and "1 deletion" in _fails(report)["tracked-changes"]["message"]


def test_reference_signs_in_a_word_table_are_reported_at_the_table(tmp_path):
    led = ROOT / "examples" / "invention-led-package"
    lines = (led / "description.txt").read_text(encoding="utf-8").splitlines()
    at = lines.index("【符號說明】")
    doc = WordDoc().text(*lines[: at + 2])  # up to 【0009】
    table = doc.document.add_table(rows=2, cols=1)
    table.rows[0].cells[0].text, table.rows[1].cells[0].text = "1:發光二極體封裝", "10:基板"
    doc.text(*lines[at + 4 :])  # the remaining pairs, as lines
    doc.save(tmp_path / "spec.docx")
    shutil.copy(led / "claims.txt", tmp_path / "claims.txt")
    text = (led / "bundle.yaml").read_text(encoding="utf-8").replace("description.txt", "spec.docx")
    (tmp_path / "bundle.yaml").write_text(text, encoding="utf-8")
    result, report = _check(tmp_path / "bundle.yaml", "--fail-on", "none")
    layout = [f for b in report["bundles"] for f in b["findings"] if f["rule"] == "ER017-12" and f["outcome"] == "fail"]
    assert len(layout) == 2  # one finding per table cell
    assert "「1:發光二極體封裝」" in layout[0]["message"] and "「10:基板」" in layout[1]["message"]
    assert not any("20:" in f["message"] for f in layout)
    assert [f["location"]["line"] for f in layout] == [at + 3, at + 4]
    assert layout[0]["location"]["file"].endswith("spec.docx")


def test_a_nested_table_is_read_once_in_order(tmp_path):
    doc = WordDoc()
    outer = doc.document.add_table(rows=1, cols=2)
    outer.rows[0].cells[0].text = "外1"
    inner = outer.rows[0].cells[1].add_table(rows=1, cols=1)
    inner.rows[0].cells[0].text = "內"
    doc.text("後")
    word = _read(tmp_path, doc)
    assert word.lines == ["外1", "", "內", "", "後"]
    assert word.table_lines == {1, 2, 3, 4}


def test_legal_numbering_shows_every_level_in_arabic(tmp_path):
    legal = level(1, "lowerLetter", "%1.%2", suffix="space").replace("<w:numFmt", "<w:isLgl/><w:numFmt")
    doc = (
        WordDoc()
        .define_list(50, level(0, "upperRoman", "%1.", suffix="space"), legal, level(2, "decimal", "", suffix="space"))
        .list_instance(51, 50)
    )
    doc.add(
        paragraph(run("總則"), num=(51, 0)),
        paragraph(run("定義"), num=(51, 1)),
        paragraph(run("無標號"), num=(51, 2)),
        paragraph(run("範圍"), num=(51, 1)),
    )
    assert _read(tmp_path, doc).lines == ["I. 總則", "1.1 定義", "無標號", "1.2 範圍"]
