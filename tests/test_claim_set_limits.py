"""Issue 12's claim-set defects, end to end: a claim numbered absurdly (如前述任一請求項 under
claim 300000000 or 10**12) is read in time proportional to the claims present, and in a folder
run such a bundle is reported beside the others instead of aborting the report."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "invention-led-package"


@pytest.mark.parametrize("number", [300_000_000, 10**12])
def test_a_claim_numbered_absurdly_is_reported_and_the_folder_report_goes_on(tmp_path, number):
    for name in ("a-clean", "b-absurd"):
        shutil.copytree(EXAMPLE, tmp_path / name)
    claims = tmp_path / "b-absurd" / "claims.txt"
    claims.write_text(
        claims.read_text("utf-8") + f"\n【第{number}項】\n如前述任一請求項所述之發光二極體封裝。\n", "utf-8"
    )
    result = CliRunner().invoke(app, ["check", str(tmp_path), "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 1, result.output
    report = json.loads(result.output)
    bundles = {Path(b["path"]).parent.name: b for b in report["bundles"]}
    assert set(bundles) == {"a-clean", "b-absurd"}
    failed = {f["rule"]: f for f in bundles["b-absurd"]["findings"] if f["outcome"] == "fail"}
    # the numbering breaks at the 4th claim, and its reference spans claims that do not exist
    assert any(str(number) in f["message"] and "(4)" in f["message"] for f in failed.values())
    assert any(f"→4-{number - 1}" in f["message"] for f in failed.values())
    assert not [f for f in bundles["a-clean"]["findings"] if f["outcome"] == "fail" and f["severity"] == "error"]
