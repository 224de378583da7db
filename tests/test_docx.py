"""Word documents (.docx) for the description, claims and abstract: read as one line per
paragraph through the same parsers; a damaged or fake .docx is a clean input error
(exit 2, the file named, no traceback); the checker never writes beside the bundle."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import docx
import yaml
from typer.testing import CliRunner

from checker.inputs.bundle import read_bundle
from checker.cli import app
from checker.inputs.docx_text import read_docx_file
from checker.packs.patent.facts import derive_context

ROOT = Path(__file__).resolve().parent.parent
LED = ROOT / "examples" / "invention-led-package"
runner = CliRunner()


def _docx(path: Path, lines: list[str], table: list[str] | None = None) -> Path:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    if table:
        cells = document.add_table(rows=1, cols=len(table)).rows[0].cells
        for cell, text in zip(cells, table, strict=False):
            cell.text = text
    document.save(str(path))
    return path


def _led_bundle(folder: Path, **changes) -> Path:
    data = yaml.safe_load((LED / "bundle.yaml").read_text(encoding="utf-8"))
    data.update(changes)
    shutil.copy(LED / "claims.txt", folder / "claims.txt")
    shutil.copy(LED / "description.txt", folder / "description.txt")
    path = folder / "bundle.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_paragraphs_become_lines_tables_included(tmp_path):
    path = _docx(tmp_path / "spec.docx", ["【發明名稱】", "燈", "【符號說明】"], table=["1：燈具", "10：燈座"])
    assert read_docx_file(path, "spec.docx").splitlines() == [
        "【發明名稱】",
        "燈",
        "【符號說明】",
        "1：燈具",
        "10：燈座",
    ]


def test_a_docx_description_is_parsed_like_the_text_file(tmp_path):
    lines = (LED / "description.txt").read_text(encoding="utf-8").splitlines()
    _docx(tmp_path / "spec.docx", lines)
    bundle, findings = read_bundle(_led_bundle(tmp_path, description={"file": "spec.docx"}))
    assert not findings
    text_bundle, _ = read_bundle(LED / "bundle.yaml")
    assert bundle.description_sections() == text_bundle.description_sections()
    ctx = derive_context(bundle, dt.date(2025, 7, 1))
    headings = {item["name"]: item["pointer"] for item in ctx.items("description_sections")}
    assert headings["reference_signs"] == "/description@22:1"
    assert ctx.items("listed_signs")[0]["pointer"] == "/description@24:1"  # 1:發光二極體封裝
    assert ctx.fact("paragraph_number_count") == 9


def test_docx_claims_and_abstract(tmp_path):
    _docx(
        tmp_path / "claims.docx",
        ["【第1項】", "一種燈，包含一燈座。", "【第2項】", "如請求項1所述之燈，其中該燈座為金屬。"],
    )
    _docx(tmp_path / "abstract.docx", ["一種燈，包含燈座及燈泡。"])
    path = _led_bundle(tmp_path, claims={"file": "claims.docx"}, abstract={"file": "abstract.docx"})
    bundle, findings = read_bundle(path)
    assert not findings
    assert [c.number for c in bundle.claims()] == [1, 2] and bundle.claims()[1].line == 3
    assert bundle.abstract_text() == "一種燈，包含燈座及燈泡。"


def test_a_finding_in_a_docx_points_at_its_paragraph(tmp_path):
    lines = ["【發明名稱】", "燈", "【技術領域】", "【0001】照明。", "【先前技術】", "【0003】習知燈。"]
    _docx(tmp_path / "spec.docx", lines)
    result = _run(
        "check", str(_led_bundle(tmp_path, description={"file": "spec.docx"})), "--format", "json", "--fail-on", "none"
    )
    assert result.exit_code == 0, result.output
    assert "spec.docx:6:1" in result.output or '"line": 6' in result.output


def test_a_corrupt_docx_is_an_input_error_naming_the_file(tmp_path):
    (tmp_path / "spec.docx").write_bytes(b"PK\x03\x04 this is not a complete zip archive")
    result = _run("check", str(_led_bundle(tmp_path, description={"file": "spec.docx"})))
    assert result.exit_code == 2
    assert "spec.docx" in result.output and "Traceback" not in result.output
    assert "not a Word .docx document" in result.output


def test_a_zip_that_is_not_a_word_document_is_refused(tmp_path):
    import zipfile

    with zipfile.ZipFile(tmp_path / "claims.docx", "w") as archive:
        archive.writestr("hello.txt", "not a Word document")
    result = _run("check", str(_led_bundle(tmp_path, claims={"file": "claims.docx"})))
    assert result.exit_code == 2
    assert "claims.docx" in result.output and "Traceback" not in result.output


def test_binary_content_is_still_refused_for_other_names(tmp_path):
    _docx(tmp_path / "spec.doc", ["【發明名稱】", "燈"])  # a .docx saved under another name
    result = _run("check", str(_led_bundle(tmp_path, description={"file": "spec.doc"})))
    assert result.exit_code == 2
    assert "spec.doc" in result.output and "Traceback" not in result.output


def test_reading_a_docx_writes_nothing(tmp_path):
    _docx(tmp_path / "spec.docx", (LED / "description.txt").read_text(encoding="utf-8").splitlines())
    path = _led_bundle(tmp_path, description={"file": "spec.docx"})
    before = {p: (p.stat().st_mtime_ns, p.stat().st_size) for p in tmp_path.iterdir()}
    os.chmod(tmp_path, 0o555)
    try:
        result = _run("check", str(path), "--fail-on", "none")
    finally:
        os.chmod(tmp_path, 0o755)
    assert result.exit_code == 0, result.output
    assert {p: (p.stat().st_mtime_ns, p.stat().st_size) for p in tmp_path.iterdir()} == before


def test_a_docx_that_unpacks_to_too_much_is_refused(tmp_path):
    import zipfile

    with zipfile.ZipFile(tmp_path / "spec.docx", "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (50 * 1024 * 1024))
    result = _run("check", str(_led_bundle(tmp_path, description={"file": "spec.docx"})))
    assert result.exit_code == 2
    assert "spec.docx" in result.output and "unpacks to" in result.output
