"""`--format html`: a self-contained page (no network), verdict, findings grouped by article
and ranked by consequence, the law's text and English summary, location and fix, deadlines on
a timeline, print stylesheet. Read as HTML here; opened in headless chromium when installed."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.cli import app

ROOT = Path(__file__).resolve().parent.parent
DEFECTIVE = ROOT / "examples" / "defective"
runner = CliRunner()


class Page(HTMLParser):
    """Elements with their attributes and text, enough to assert on the DOM."""

    def __init__(self):
        super().__init__()
        self.elements: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.resources: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.elements.append((tag, attrs))
        for key in ("src", "href", "srcset", "data", "action"):
            if attrs.get(key):
                self.resources.append(f"{tag} {key}={attrs[key]}")

    def handle_data(self, data):
        self.text.append(data)

    def find(self, cls: str) -> list[dict]:
        return [a for _, a in self.elements if cls in (a.get("class") or "").split()]


def render(*paths: Path, lang: str = "en", tmp: Path, extra: tuple[str, ...] = ()) -> tuple[str, Page]:
    out = tmp / "report.html"
    result = runner.invoke(
        app,
        ["check", *map(str, paths), "--format", "html", "--lang", lang, "-o", str(out), *extra],
        catch_exceptions=False,
    )
    assert result.exit_code in (0, 1), result.output
    text = out.read_text("utf-8")
    page = Page()
    page.feed(text)
    return text, page


def test_self_contained_no_network(tmp_path):
    text, page = render(DEFECTIVE, tmp=tmp_path)
    assert page.resources == []  # no link, script, image, font or form target
    assert not re.search(r"@import|url\(|https?://|<script", text, re.I)
    assert "@media print" in text


def test_verdict_groups_ranked_by_consequence_text_summary_location_fix(tmp_path):
    _, page = render(
        DEFECTIVE / "annuity-paid-late-short.yaml", DEFECTIVE / "utility-model-method-claim.yaml", tmp=tmp_path
    )
    verdict = [a for t, a in page.elements if a.get("id") == "verdict"]
    assert verdict and verdict[0]["data-verdict"] == "failed"  # the utility model's error
    for bundle in page.find("bundle"):
        assert bundle["data-path"].endswith(".yaml")
    groups = page.find("group")
    assert {g["data-article"] for g in groups} >= {"93", "94", "104"}
    text = "".join(page.text)
    # groups are ranked by their most serious consequence: art. 93 (the patent lapses) first; in the
    # utility model, art. 104 (refused) before art. 106 (filing date moved)
    ranks = {g["data-article"]: int(g["data-gravity"]) for g in groups}
    assert ranks["93"] == 0 and ranks["104"] < ranks["106"]
    order = [g["data-article"] for g in groups]
    assert order.index("104") < order.index("106")
    assert "新型，指利用自然法則之技術思想" in text  # art. 104's Chinese text
    assert "A utility model is a creation of technical ideas" in text  # its English summary
    assert "not the law's text" in text
    assert "utility-model-method-claim.yaml:18:23" in text and "/claims/0/text" in text  # location
    assert "How to fix" in text and "Delete the method" in text
    kinds = {a["data-kind"] for a in page.find("consequence")}
    assert {"refused", "right_lapses"} <= kinds
    timeline = [a for t, a in page.elements if t == "li" and a.get("data-period")]
    assert timeline and all(re.fullmatch(r"\d{4}-\d\d-\d\d", a["data-date"]) for a in timeline)


def test_chinese_page(tmp_path):
    text, page = render(DEFECTIVE / "utility-model-method-claim.yaml", lang="zh-TW", tmp=tmp_path)
    assert '<html lang="zh-Hant-TW">' in text and "未通過" in text and "違反之效果" in text
    assert "不予專利" in "".join(page.text) and "專利法第104條" in "".join(page.text)


def test_clean_bundle_says_so(tmp_path):
    _, page = render(ROOT / "examples" / "invention-led-package" / "bundle.yaml", tmp=tmp_path)
    assert page.find("verdict")[0]["data-verdict"] == "passed" and page.find("none")
    assert [a for t, a in page.elements if t == "li" and a.get("data-period")]  # its deadlines


def _browser() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _run_browser(*args: str) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [
                _browser(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                f"--user-data-dir={profile}",
                *args,
            ],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "HOME": profile},
        )


@pytest.mark.skipif(
    _browser() is None,
    reason="no chromium installed: the HTML report is not checked in a browser "
    "(apt-get install -y chromium; .ci/run installs it)",
)
def test_in_headless_chromium_dom_and_print(tmp_path):
    render(DEFECTIVE / "annuity-paid-late-short.yaml", DEFECTIVE / "utility-model-method-claim.yaml", tmp=tmp_path)
    page_url = (tmp_path / "report.html").as_uri()
    dom = _run_browser("--dump-dom", page_url)
    assert dom.returncode == 0, dom.stderr[-2000:]
    page = Page()
    page.feed(dom.stdout)
    assert page.find("verdict")[0]["data-verdict"] == "failed"
    assert [g["data-article"] for g in page.find("group")][:1] == ["93"]
    assert "A utility model is a creation of technical ideas" in "".join(page.text)
    pdf = tmp_path / "report.pdf"
    printed = _run_browser(f"--print-to-pdf={pdf}", "--no-pdf-header-footer", page_url)
    assert printed.returncode == 0 and pdf.read_bytes()[:5] == b"%PDF-", printed.stderr[-2000:]


def test_timeline_uses_the_closures_the_check_used(tmp_path):
    """--closed (like a configuration's `closed:`) moves a deadline that ends on the closed day
    in the HTML timeline too, as it does in the check and in `deadlines`."""
    bundle = ROOT / "examples" / "invention-led-package" / "bundle.yaml"

    def dates(page: Page) -> dict[str, str]:
        return {a["data-period"]: a["data-date"] for _, a in page.elements if a.get("data-period")}

    _, plain = render(bundle, tmp=tmp_path)
    ends = dates(plain)
    period, last_day = next((p, d) for p, d in sorted(ends.items()) if d.startswith("2028-03-14"))
    _, closed = render(bundle, tmp=tmp_path, extra=("--closed", f"{last_day}=typhoon"))
    assert dates(closed)[period] == "2028-03-15"
