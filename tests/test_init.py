"""patentcheck init --from draft.docx --type …: a commented bundle beside the draft, the
texts linked, the schema line for editors, never overwriting a file."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.core.schema_check import bundle_schema as load_schema
from tests.word_docs import WordDoc

ROOT = Path(__file__).resolve().parent.parent
WHOLE = ROOT / "examples" / "invention-whole-document" / "draft.docx"
LED = ROOT / "examples" / "invention-led-package"


def _run(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def _uncommented(text: str) -> str:
    """Every commented template line made live, TODOs filled: the templates must be valid."""
    keys = set(load_schema()["properties"])
    out = []
    for line in text.splitlines():
        body = line[2:] if line.startswith("# ") else None
        if body is not None and (body.split(":", 1)[0] in keys or body.startswith("  ")):
            line = body
        out.append(line.replace("TODO", "甲"))
    return "\n".join(out) + "\n"


def test_init_from_a_whole_word_document(tmp_path):
    shutil.copy(WHOLE, tmp_path / "draft.docx")
    result = _run("init", "--from", str(tmp_path / "draft.docx"), "--type", "invention")
    assert result.exit_code == 0, result.output
    bundle = tmp_path / "bundle.yaml"
    text = bundle.read_text(encoding="utf-8")
    assert 'documents: {file: "draft.docx"}' in text
    assert 'title: "具散熱結構之發光二極體封裝"' in text
    schema_line = text.splitlines()[0]
    match = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", schema_line)
    assert match and (tmp_path / match.group(1)).resolve() == (ROOT / "schemas" / "bundle.schema.json").resolve()
    assert _run("validate", str(bundle)).exit_code == 0
    check = _run("check", str(bundle), "--format", "json")
    assert check.exit_code == 1 and '"PA025-01"' in check.output  # the applicant is for the agent to fill in
    filled = tmp_path / "filled.yaml"
    filled.write_text(_uncommented(text), encoding="utf-8")
    assert "applicants:\n  - name: 甲" in filled.read_text(encoding="utf-8")
    result = _run("validate", str(filled))
    assert result.exit_code == 0, result.output


def test_init_never_overwrites(tmp_path):
    shutil.copy(WHOLE, tmp_path / "draft.docx")
    (tmp_path / "bundle.yaml").write_text("format: 1\n", encoding="utf-8")
    result = _run("init", "--from", str(tmp_path / "draft.docx"), "--type", "invention")
    assert result.exit_code == 2 and "never overwrites" in result.output
    assert (tmp_path / "bundle.yaml").read_text(encoding="utf-8") == "format: 1\n"


def test_a_description_draft_is_linked_as_the_description(tmp_path):
    WordDoc().text(*(LED / "description.txt").read_text(encoding="utf-8").splitlines()).save(tmp_path / "spec.docx")
    out = tmp_path / "filings" / "led.yaml"
    out.parent.mkdir()
    shutil.move(tmp_path / "spec.docx", out.parent / "spec.docx")
    result = _run("init", "--from", str(out.parent / "spec.docx"), "--type", "utility_model", "-o", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert 'description: {file: "spec.docx"}' in text and "documents:" not in text
    assert "新型創作人" in text and "biological_material" not in text
    assert _run("validate", str(out)).exit_code == 0
    filled = tmp_path / "filings" / "filled.yaml"
    filled.write_text(
        _uncommented(text).replace("claims: {file: 甲}", "claims: [{number: 1, text: 一種燈。}]"), encoding="utf-8"
    )
    assert _run("validate", str(filled)).exit_code == 0


@pytest.mark.parametrize("patent_type", ["design", "derivative_design"])
def test_design_templates_are_valid(tmp_path, patent_type):
    WordDoc().text("【設計名稱】", "椅子", "【物品用途】", "供坐。", "【設計說明】", "無。").save(
        tmp_path / "chair.docx"
    )
    result = _run("init", "--from", str(tmp_path / "chair.docx"), "--type", patent_type)
    assert result.exit_code == 0, result.output
    text = (tmp_path / "bundle.yaml").read_text(encoding="utf-8")
    assert 'title: "椅子"' in text and "# designers:" in text
    filled = tmp_path / "filled.yaml"
    filled.write_text(_uncommented(text), encoding="utf-8")
    assert _run("validate", str(filled)).exit_code == 0, filled.read_text(encoding="utf-8")


def test_a_draft_outside_the_bundle_folder_is_refused(tmp_path):
    shutil.copy(WHOLE, tmp_path / "draft.docx")
    (tmp_path / "sub").mkdir()
    result = _run(
        "init",
        "--from",
        str(tmp_path / "draft.docx"),
        "--type",
        "invention",
        "-o",
        str(tmp_path / "sub" / "bundle.yaml"),
    )
    assert result.exit_code == 2 and "folder" in result.output
    assert not (tmp_path / "sub" / "bundle.yaml").exists()


def test_bad_input_is_a_usage_error(tmp_path):
    (tmp_path / "draft.docx").write_bytes(b"not a zip")
    assert _run("init", "--from", str(tmp_path / "draft.docx"), "--type", "invention").exit_code == 2
    assert _run("init", "--from", str(tmp_path / "missing.docx"), "--type", "invention").exit_code == 2
    shutil.copy(WHOLE, tmp_path / "ok.docx")
    result = _run("init", "--from", str(tmp_path / "ok.docx"), "--type", "patent")
    assert result.exit_code == 2 and "unknown patent type" in result.output
    assert not (tmp_path / "bundle.yaml").exists()
