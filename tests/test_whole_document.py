"""The office's whole-document layout: one .docx (or text file) holding the abstract page,
the description, the claims and the drawings, given as ``documents: {file: draft.docx}``,
split into its parts, each finding pointing at the file's own paragraph."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from checker.cli import app
from checker.inputs.bundle import read_bundle
from checker.inputs.whole_document import split
from tests.word_docs import WordDoc

ROOT = Path(__file__).resolve().parent.parent
LED = ROOT / "examples" / "invention-led-package"

ABSTRACT_PAGE = [
    "【發明摘要】",
    "【中文發明名稱】具散熱結構之發光二極體封裝",
    "【英文發明名稱】LIGHT EMITTING DIODE PACKAGE WITH HEAT DISSIPATION",
    "【中文】",
    "一種發光二極體封裝（1），包含基板（10）、設置於基板上之發光晶片（20）、包覆發光晶片之封裝膠體（30），以及連接基板之散熱片（40）；散熱片具有多個鰭片（41），可將熱迅速導出。",
    "【英文】",
    "An LED package (1) comprising a substrate (10), a chip (20), an encapsulant (30) and a heat sink (40).",
    "【指定代表圖】",
    "圖1",
    "【代表圖之符號簡單說明】",
    "1:發光二極體封裝",
    "10:基板",
    "20:發光晶片",
    "30:封裝膠體",
    "40:散熱片",
    "41:鰭片",
]
DRAWINGS = ["【圖式】", "【圖1】", "", "【圖2】", ""]


def _lines(marker: bool = True) -> list[str]:
    description = (LED / "description.txt").read_text(encoding="utf-8").splitlines()
    claims = (LED / "claims.txt").read_text(encoding="utf-8").splitlines()
    return (
        ABSTRACT_PAGE + (["【發明說明書】"] if marker else []) + description + ["【申請專利範圍】"] + claims + DRAWINGS
    )


def _bundle(folder: Path, lines: list[str], name: str = "draft.docx", extra: str = "") -> Path:
    if name.endswith(".docx"):
        WordDoc().text(*lines).save(folder / name)
    else:
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    text = (LED / "bundle.yaml").read_text(encoding="utf-8")
    start, end = text.index("description: {file"), text.index("attachments:")
    path = folder / "bundle.yaml"
    path.write_text(text[:start] + f"documents: {{file: {name}}}\n" + extra + text[end:], encoding="utf-8")
    return path


def _check(path: Path, *args: str):
    result = CliRunner().invoke(app, ["check", str(path), "--format", "json", *args], catch_exceptions=False)
    return result, json.loads(result.output)


def test_split_finds_every_part_at_its_lines():
    lines = _lines()
    doc = split("\n".join(lines))
    assert doc.representative_figure == "1" and doc.representative_figure_line == 9
    assert doc.abstract.first_line == 5 and doc.abstract.lines[0].startswith("一種發光二極體封裝（1）")
    assert "An LED package" not in doc.abstract.text and "LIGHT EMITTING" not in doc.abstract.text
    assert doc.representative_signs.first_line == 11 and doc.representative_signs.lines[-1] == "41:鰭片"
    assert doc.description.first_line == 18 and doc.description.lines[0] == "【發明名稱】"
    claims_start = lines.index("【申請專利範圍】") + 1
    assert doc.claims.first_line == claims_start + 1 and doc.claims.lines[0] == "【第1項】"
    assert doc.figures == [("1", lines.index("【圖1】") + 1), ("2", lines.index("【圖2】") + 1)]
    for part in (doc.abstract, doc.description, doc.claims):  # each part is the file's own lines
        assert lines[part.first_line - 1 : part.first_line - 1 + len(part.lines)] == part.lines or part is doc.abstract


def test_without_the_description_marker_it_begins_at_its_first_heading():
    lines = _lines(marker=False)
    doc = split("\n".join(lines))
    assert doc.description.first_line == lines.index("【發明名稱】") + 1
    assert doc.representative_signs.lines[-1] == "41:鰭片"


def test_a_whole_word_document_checks_like_the_separate_files(tmp_path):
    result, report = _check(_bundle(tmp_path, _lines()))
    fails = [f for b in report["bundles"] for f in b["findings"] if f["outcome"] == "fail"]
    assert result.exit_code == 0, fails
    bundle, _ = read_bundle(tmp_path / "bundle.yaml")
    separate, _ = read_bundle(LED / "bundle.yaml")
    assert bundle.claims() and [(c.number, c.text) for c in bundle.claims()] == [
        (c.number, c.text) for c in separate.claims()
    ]
    assert [(s.key, s.text) for s in bundle.description_sections()] == [
        (s.key, s.text) for s in separate.description_sections()
    ]
    assert bundle.get("/abstract/representative_figure") == "1"
    assert [d["figure"] for d in bundle.get("/drawings")] == ["1", "2"]


def test_a_finding_points_at_the_paragraph_of_the_whole_document(tmp_path):
    lines = _lines()
    at = lines.index("【先前技術】")
    lines[at + 1] = "【0009】習知之發光二極體封裝。"  # paragraph numbers out of sequence (ER 17)
    result, report = _check(_bundle(tmp_path, lines), "--fail-on", "none")
    fails = [f for b in report["bundles"] for f in b["findings"] if f["outcome"] == "fail"]
    numbering = [f for f in fails if f["rule"] == "ER017-04"]
    assert numbering and "【0009】" in numbering[0]["message"], fails
    assert numbering[0]["location"] == {
        "pointer": "/documents/file",
        "line": at + 2,
        "column": 1,
        "file": str(tmp_path / "draft.docx"),
    }


def test_a_missing_part_is_judged_by_the_rules(tmp_path):
    lines = _lines()
    cut = lines.index("【申請專利範圍】")
    result, report = _check(_bundle(tmp_path, lines[:cut] + DRAWINGS))
    fails = {f["rule"] for b in report["bundles"] for f in b["findings"] if f["outcome"] == "fail"}
    assert "PA025-03" in fails and result.exit_code == 1


def test_a_part_given_twice_is_an_input_error(tmp_path):
    result, report = _check(_bundle(tmp_path, _lines(), extra="claims: [{number: 1, text: 一種燈。}]\n"))
    assert result.exit_code == 2
    finding = report["bundles"][0]["findings"][0]
    assert finding["rule"] == "input" and "claims" in finding["message"] and "documents" in finding["message"]


def test_a_text_file_in_the_layout_is_accepted_too(tmp_path):
    result, report = _check(_bundle(tmp_path, _lines(), name="draft.txt"))
    assert result.exit_code == 0, report


def test_a_document_without_the_layout_is_an_input_error(tmp_path):
    result, report = _check(_bundle(tmp_path, ["一種燈。", "包含燈座。"]))
    assert result.exit_code == 2
    assert "whole-document layout" in report["bundles"][0]["findings"][0]["message"]


def test_a_utility_model_layout_splits_the_same_way():
    lines = [
        "【新型摘要】",
        "【中文新型名稱】線材收納夾",
        "【中文】",
        "一種線材收納夾（1）。",
        "【英文】",
        "A clip.",
        "【指定代表圖】",
        "第1圖",
        "【代表圖之符號簡單說明】",
        "1:線材收納夾",
        "【新型說明書】",
        "【中文新型名稱】線材收納夾",
        "【技術領域】",
        "【0001】收納。",
        "【新型申請專利範圍】",
        "【第1項】",
        "一種線材收納夾。",
        "【新型圖式】",
        "【第1圖】",
    ]
    doc = split("\n".join(lines))
    assert doc.abstract.text == "一種線材收納夾（1）。" and doc.representative_figure == "1"
    assert doc.description.first_line == 12 and doc.description.lines[0] == "【中文新型名稱】線材收納夾"
    assert doc.claims.first_line == 16 and doc.figures == [("1", 19)]
    from checker.language.texts import parse_description

    sections = parse_description(doc.description.text)
    assert [(s.key, s.text) for s in sections][:1] == [("title", "線材收納夾")]
