"""The bundle's `foreign_text` (the foreign-language text as filed) is read like the other
texts: inline, a text file or a Word document beside the bundle, never a file outside its
folder; a finding about the Chinese text points at its line."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import docx
import yaml
from typer.testing import CliRunner

from checker.cli import app
from checker.inputs.bundle import read_bundle
from checker.packs.patent.facts import derive_context

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "foreign-language-invention"
runner = CliRunner()


def _bundle(folder: Path, foreign: dict) -> Path:
    for text in EXAMPLE.glob("*.txt"):
        shutil.copy(text, folder / text.name)
    data = yaml.safe_load((EXAMPLE / "bundle.yaml").read_text(encoding="utf-8"))
    data["foreign_text"] = foreign
    path = folder / "bundle.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_a_word_document_as_the_foreign_claims(tmp_path):
    document = docx.Document()
    for line in (EXAMPLE / "foreign-claims.txt").read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    document.save(str(tmp_path / "claims-en.docx"))
    path = _bundle(tmp_path, {"language": "en", "claims": {"file": "claims-en.docx"}})
    bundle, findings = read_bundle(path)
    assert not findings
    ctx = derive_context(bundle, dt.date(2025, 7, 1))
    assert ctx.fact("foreign_claim_count") == 3
    assert ctx.items("translation_additions") == []
    assert ctx.items("translation_omissions") == []


def test_inline_foreign_texts(tmp_path):
    path = _bundle(
        tmp_path,
        {
            "language": "ja",
            "claims": [
                {"number": 1, "text": "基板（10）と、発光チップ（20）とを備え、基板はAl2O3からなる、LEDパッケージ。"}
            ],
        },
    )
    bundle, _ = read_bundle(path)
    ctx = derive_context(bundle, dt.date(2025, 7, 1))
    # the Chinese claims add the fin spacing (2 mm, 5 mm) and signs 30, 40, 41 to this one claim
    added = {(i["mark"], i["pointer"].split("@")[0]) for i in ctx.items("translation_additions")}
    assert ("5 mm", "/claims") in added and ("41", "/claims") in added
    assert ctx.fact("foreign_claim_count") == 1


def test_a_foreign_file_outside_the_folder_is_an_input_error(tmp_path):
    (tmp_path / "outside.txt").write_text("1. A lamp.", encoding="utf-8")
    inner = tmp_path / "bundle"
    inner.mkdir()
    path = _bundle(inner, {"claims": {"file": "../outside.txt"}})
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 2
    assert "bundle.yaml:" in result.output and "outside.txt" in result.output


def test_the_cli_reports_an_addition_at_its_line_in_english(tmp_path):
    path = _bundle(tmp_path, {"language": "en", "claims": {"file": "foreign-claims.txt"}})
    claims = (tmp_path / "claims.txt").read_text(encoding="utf-8").replace("2至5 mm", "2至5 cm")
    (tmp_path / "claims.txt").write_text(claims, encoding="utf-8")
    result = runner.invoke(app, ["check", str(path), "--format", "json", "--lang", "en", "--fail-on", "none"])
    assert result.exit_code == 0, result.output
    findings = [f for b in json.loads(result.output)["bundles"] for f in b["findings"]]
    mine = [f for f in findings if f["rule"] == "PA044-11" and f["outcome"] == "fail"]
    assert [f["message"][:60] for f in mine] == [
        "The Chinese text (the claims) writes '2 cm' (value), which t",
        "The Chinese text (the claims) writes '5 cm' (value), which t",
    ]
    omitted = [f for f in findings if f["rule"] == "PA044-12" and f["outcome"] == "fail"]
    assert len(omitted) == 2 and all("foreign-claims.txt" in json.dumps(f) for f in omitted)
