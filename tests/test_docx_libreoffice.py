"""Documents saved by LibreOffice (tests/data/word/README.md says how they were made):
its numbered lists read with the numbers LibreOffice itself shows, its tracked changes
accepted and reported, and its whole-document draft checked like the separate files."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from typer.testing import CliRunner

from checker.cli import app
from checker.inputs.docx_text import read_docx
from checker.language.texts import parse_claims

DATA = Path(__file__).resolve().parent / "data" / "word"
LED = Path(__file__).resolve().parent.parent / "examples" / "invention-led-package"
_LABEL = re.compile(r"^\s*((?:\d+\.)|(?:\([a-z]\))|(?:[一二三四五六七八九十]+、))\s*")


def test_list_numbers_are_the_ones_libreoffice_shows():
    word = read_docx(DATA / "libreoffice-claims.docx", "libreoffice-claims.docx")
    shown = (DATA / "libreoffice-claims.shown.txt").read_text(encoding="utf-8").splitlines()
    assert len(word.lines) == len(shown)
    ours = [(_LABEL.match(line) or [None, None])[1] for line in word.lines]
    theirs = [(_LABEL.match(line) or [None, None])[1] for line in shown]
    assert ours == theirs == [None, "1.", "2.", "3.", "(a)", "(b)", "4.", "一、", "二、", "5."]


def test_tracked_changes_of_libreoffice_are_accepted():
    word = read_docx(DATA / "libreoffice-claims.docx", "libreoffice-claims.docx")
    assert word.lines[2].endswith("其中該散熱片之材質為石墨烯。")  # LibreOffice shows 銅石墨烯 unaccepted
    assert word.changes == {"insertion": 1, "deletion": 1} and word.change_lines == [3]
    claims = parse_claims(word.text)
    assert [c.number for c in claims] == [1, 2, 3, 4, 5]
    assert claims[2].text.endswith("(b) 一底板。") and claims[4].line == 10


def test_a_whole_document_saved_by_libreoffice_is_checked(tmp_path):
    shutil.copy(DATA / "libreoffice-whole-document.docx", tmp_path / "draft.docx")
    text = (LED / "bundle.yaml").read_text(encoding="utf-8")
    start, end = text.index("description: {file"), text.index("attachments:")
    (tmp_path / "bundle.yaml").write_text(
        text[:start] + "documents: {file: draft.docx}\n" + text[end:], encoding="utf-8"
    )
    result = CliRunner().invoke(
        app, ["check", str(tmp_path / "bundle.yaml"), "--format", "json"], catch_exceptions=False
    )
    findings = json.loads(result.output)["bundles"][0]["findings"]
    fails: dict = {}
    for finding in findings:  # the first failure of each rule (ER017-12: one per line)
        if finding["outcome"] == "fail":
            fails.setdefault(finding["rule"], finding)
    # Made from a description whose 【符號說明】 used full-width colons (1：發光二極體封裝).
    assert set(fails) == {"tracked-changes", "ER017-12"}, fails
    assert fails["tracked-changes"]["location"]["line"] == 37  # 【0008】, the first changed paragraph
    assert fails["ER017-12"]["location"]["line"] == 41 and "「1：發光二極體封裝」" in fails["ER017-12"]["message"]
    assert result.exit_code == 0  # warnings only
    passes = {f["rule"] for f in findings if f["outcome"] == "pass"}
    assert {"PA025-03", "ER018-01", "ER021-05"} <= passes
