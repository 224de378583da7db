"""`patentcheck serve`: the portfolio page over real HTTP, and in Debian's chromium."""

from __future__ import annotations

import re
import shutil
import socket
import struct
import subprocess
import sys
import time
import urllib.error
import urllib.request
import zlib
from pathlib import Path

import pytest

pytest.importorskip("uvicorn", reason="the agents extra (uvicorn, starlette) is not installed")
pytest.importorskip("starlette", reason="the agents extra (uvicorn, starlette) is not installed")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
AS_OF = "2026-01-05"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, folder: Path, *args: str) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [sys.executable, str(ROOT / "cli.py"), "serve", str(folder), "--port", str(self.port), *args],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError("serve exited: " + self.process.stdout.read())
            try:
                self.get("/api/version")
                return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise AssertionError("serve did not answer within 90 s")

    def get(self, path: str) -> tuple[int, str, dict]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=30) as response:
                return response.status, response.read().decode("utf-8"), dict(response.headers)
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8"), dict(error.headers)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture(scope="module")
def server():
    running = Server(EXAMPLES, "--as-of", AS_OF, "--lang", "en")
    yield running
    running.stop()


def _rows(page: str, attribute: str) -> list[str]:
    return re.findall(rf'<tr[^>]* {attribute}="([^"]*)"', page)


def test_the_overview_shows_every_bundle_with_its_verdict(server):
    import checker

    status, page, headers = server.get("/")
    assert status == 200 and headers["content-type"].startswith("text/html")
    shown = _rows(page, "data-bundle")
    expected = checker.check(EXAMPLES)
    assert len(shown) == len(expected.bundles) and shown == sorted(shown)
    verdicts = dict(re.findall(r'<tr data-bundle="([^"]*)">.*?data-verdict="(\w+)"', page))
    assert verdicts["invention-led-package/bundle.yaml"] == "pass"
    assert verdicts["defective/utility-model-method-claim.yaml"] == "fail"
    assert not re.search(r'(src|href)="(https?:)?//', page)  # no outside resource


def test_the_docket_lists_pending_deadlines_soonest_first_with_overdue_marked(server):
    import checker

    _, page, _ = server.get("/")
    dates = _rows(page, "data-deadline")
    statuses = _rows(page, "data-status")
    assert dates == sorted(dates) and len(dates) >= 3
    assert set(statuses) <= {"pending", "overdue", "open"} and "overdue" in statuses and "pending" in statuses
    assert all(status == "overdue" for date, status in zip(dates, statuses, strict=False) if date < AS_OF)
    expected = sorted(
        d["deadline"]
        for p in sorted(EXAMPLES.rglob("*.yaml"))
        for d in checker.deadlines(p, as_of=AS_OF)["deadlines"]
        if d["status"] in ("pending", "overdue", "open")
    )
    assert dates == expected
    exam = next(
        row
        for row in re.findall(r'<tr class="pending" data-deadline="2028-03-14".*?</tr>', page, re.S)
        if "invention-led-package/bundle.yaml" in row
    )
    assert "Patent Act art. 38(1)" in exam and "period to request substantive examination" in exam
    assert "2028-03-14 (Tue) is a working day: the period ends on it." in exam  # the computation


def test_the_docket_exports_as_icalendar(server):
    icalendar = pytest.importorskip("icalendar")
    _, page, _ = server.get("/")
    status, text, headers = server.get("/docket.ics")
    assert status == 200 and headers["content-type"].startswith("text/calendar")
    events = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert sorted(e.decoded("DTSTART").isoformat() for e in events) == _rows(page, "data-deadline")
    assert any(str(e["SUMMARY"]).startswith("[逾期 overdue]") for e in events)


def test_a_bundle_page_groups_findings_by_article_with_the_text(server):
    status, page, _ = server.get("/bundle/defective/utility-model-method-claim.yaml")
    assert status == 200
    groups = re.findall(r'<div class="group" data-law="([^"]*)" data-article="(\d+)">', page)
    assert ("patent_act", "104") in groups and ("patent_act", "106") in groups
    group = page.split('data-article="104"', 1)[1].split('<div class="group"', 1)[0]
    assert 'data-rule="PA104-01"' in group
    assert "(1) 新型，指利用自然法則之技術思想，對物品之形狀、構造或組合之創作。" in group  # art. 104's text
    assert "defective/utility-model-method-claim.yaml:18:23" in group


def test_unknown_pages_are_404_and_bad_bundles_are_located(server, tmp_path):
    assert server.get("/bundle/nope.yaml")[0] == 404
    assert server.get("/law/patent_act/9999")[0] == 404
    status, page, _ = server.get("/law/patent_act/26")
    assert status == 200 and "說明書應明確且充分揭露" in page and "PA026" in page


def test_a_broken_bundle_is_shown_located_and_a_changed_one_rechecked(tmp_path):
    folder = tmp_path / "filings"
    folder.mkdir()
    (folder / "broken.yaml").write_text("format: 1\nprocedure: [application\n", "utf-8")
    target = folder / "um.yaml"
    shutil.copy(EXAMPLES / "defective" / "utility-model-method-claim.yaml", target)
    running = Server(folder, "--as-of", AS_OF, "--lang", "en")
    try:
        _, page, _ = running.get("/")
        verdicts = dict(re.findall(r'<tr data-bundle="([^"]*)">.*?data-verdict="(\w+)"', page))
        assert verdicts == {"broken.yaml": "invalid", "um.yaml": "fail"}
        _, broken, _ = running.get("/bundle/broken.yaml")
        assert "broken.yaml:3:1" in broken and "invalid YAML" in broken
        version = running.get("/api/version")[1]
        text = target.read_text("utf-8")
        target.write_text(
            text.replace(
                "一種線材收納方法，包含：將線材對折；以及以一夾體夾持對折之線材。",
                "一種線材收納夾，包含一夾體及一彈簧。",
            ),
            "utf-8",
        )
        deadline = time.monotonic() + 30
        while running.get("/api/version")[1] == version and time.monotonic() < deadline:
            time.sleep(0.3)
        _, page, _ = running.get("/bundle/um.yaml")
        assert 'data-rule="PA104-01"' not in page  # claims an article now: re-checked
        (folder / "broken.yaml").unlink()
        deadline = time.monotonic() + 30
        while "broken.yaml" in running.get("/")[1] and time.monotonic() < deadline:
            time.sleep(0.3)
        assert "broken.yaml" not in running.get("/")[1]
    finally:
        running.stop()
    assert running.process.returncode is not None


def test_bad_arguments_are_usage_errors():
    for args in (["serve", "/nonexistent/folder"], ["serve", str(EXAMPLES), "--as-of", "2026-13-01"]):
        result = subprocess.run(
            [sys.executable, str(ROOT / "cli.py"), *args], capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr


# -- in a real browser ----------------------------------------------------------------------------


def _browser():
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not chromium or not driver:
        pytest.skip("no chromium/chromedriver installed (Debian: apt-get install -y chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    profile = Path(__import__("tempfile").mkdtemp(prefix="patentcheck-chromium-"))
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        "--window-size=1280,900",
    ):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(driver), options=options), profile


def _png_size_and_colours(png: bytes) -> tuple[int, int, int]:
    """Width, height and the number of distinct colours of a sample of rows (8-bit RGB(A))."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height, depth, kind = struct.unpack(">IIBB", png[16:26])
    data, offset = b"", 8
    while offset < len(png):
        length, chunk = struct.unpack(">I4s", png[offset : offset + 8])
        if chunk == b"IDAT":
            data += png[offset + 8 : offset + 8 + length]
        offset += 12 + length
    raw = zlib.decompress(data)
    channels = {2: 3, 6: 4}[kind]
    stride = width * channels + 1
    colours = set()
    for row in range(0, height, max(1, height // 40)):  # filter bytes aside, pixels differ enough
        line = raw[row * stride + 1 : (row + 1) * stride]
        colours.update(line[i : i + 3] for i in range(0, len(line), channels * 7))
    return width, height, len(colours)


def test_the_page_in_chromium(server, tmp_path):
    from selenium.webdriver.common.by import By

    browser, profile = _browser()
    try:
        browser.set_page_load_timeout(60)
        browser.get(server.url + "/")
        assert browser.title.startswith("Portfolio")
        rows = browser.find_elements(By.CSS_SELECTOR, "#bundles tbody tr")
        assert len(rows) == len(_rows(server.get("/")[1], "data-bundle"))
        docket = browser.find_elements(By.CSS_SELECTOR, "#docket tbody tr")
        dates = [row.get_attribute("data-deadline") for row in docket]
        assert dates == sorted(dates)
        assert all(row.find_element(By.TAG_NAME, "code").size["height"] < 30 for row in docket)  # dates on one line
        overdue = browser.find_elements(By.CSS_SELECTOR, "#docket tr.overdue")
        assert overdue and overdue[0].value_of_css_property("background-color") != browser.find_element(
            By.CSS_SELECTOR, "#docket tr.pending td"
        ).value_of_css_property("background-color")
        # The computation is one click away.
        first = docket[0].find_element(By.TAG_NAME, "details")
        assert not first.find_element(By.CSS_SELECTOR, "ol.steps").is_displayed()
        first.find_element(By.TAG_NAME, "summary").click()
        assert first.find_element(By.CSS_SELECTOR, "ol.steps").is_displayed()
        # Layout sanity: nothing wider than the window, the header on top, sections stacked.
        assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
        header = browser.find_element(By.TAG_NAME, "header").rect
        sections = [s.rect for s in browser.find_elements(By.TAG_NAME, "section")]
        assert header["y"] == 0 and all(s["y"] >= header["y"] + header["height"] for s in sections)
        assert all(a["y"] + a["height"] <= b["y"] for a, b in zip(sections, sections[1:], strict=False))
        assert all(s["width"] > 600 for s in sections)
        shot = browser.get_screenshot_as_png()
        (tmp_path / "overview.png").write_bytes(shot)
        width, height, colours = _png_size_and_colours(shot)
        assert width >= 1000 and height >= 600 and colours >= 5  # drawn, not blank

        # Follow a bundle; its findings by article; the article text one click away.
        browser.find_element(By.CSS_SELECTOR, 'tr[data-bundle="defective/utility-model-method-claim.yaml"] a').click()
        assert browser.current_url.endswith("/bundle/defective/utility-model-method-claim.yaml")
        group = browser.find_element(By.CSS_SELECTOR, 'div.group[data-article="104"]')
        assert "Patent Act art. 104" in group.find_element(By.TAG_NAME, "h3").text
        assert group.find_element(By.CSS_SELECTOR, 'tr[data-rule="PA104-01"]').is_displayed()
        one_line = browser.find_element(By.CSS_SELECTOR, 'tr[data-rule="PA104-01"] code').size["height"]
        assert one_line < 30  # a rule id is not broken over lines
        law = group.find_element(By.CSS_SELECTOR, "details.article .law")
        assert not law.is_displayed()
        group.find_element(By.CSS_SELECTOR, "details.article summary").click()
        assert law.is_displayed() and "新型" in law.text
        assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
        width, height, colours = _png_size_and_colours(browser.get_screenshot_as_png())
        assert colours >= 5
        browser.back()
        assert browser.find_element(By.ID, "docket")
    finally:
        browser.quit()
        shutil.rmtree(profile, ignore_errors=True)


def test_the_page_follows_each_bundle_s_configuration(tmp_path):
    """As `check` does: the nearest .patentcheck.yaml selects rules and adds closures; a bad
    one makes its bundles uncheckable with the located error, not a dead page."""
    from checker.agents.portfolio import Portfolio, bundle_page, overview

    quiet, broken = tmp_path / "quiet", tmp_path / "broken"
    quiet.mkdir(), broken.mkdir()
    for folder in (quiet, broken):
        shutil.copy(EXAMPLES / "defective" / "utility-model-method-claim.yaml", folder / "um.yaml")
    (quiet / ".patentcheck.yaml").write_text("ignore: [PA104-01]\nexclude: [skip.yaml]\n", "utf-8")
    (quiet / "skip.yaml").write_text("not: [a bundle\n", "utf-8")
    (broken / ".patentcheck.yaml").write_text("lang: en\nselect: [XX999]\n", "utf-8")
    portfolio = Portfolio(tmp_path, "en", __import__("datetime").date(2026, 1, 5))
    assert [e.shown for e in portfolio.snapshot()[1]] == ["broken/um.yaml", "quiet/um.yaml"]
    page = bundle_page(portfolio, "quiet/um.yaml")
    assert 'data-rule="PA106-05"' in page and 'data-rule="PA104-01"' not in page
    bad = bundle_page(portfolio, "broken/um.yaml")
    assert "broken/.patentcheck.yaml:2:" in bad and "XX999" in bad
    assert 'data-verdict="invalid"' in overview(portfolio)
    (broken / ".patentcheck.yaml").write_text("lang: en\n", "utf-8")
    assert portfolio.refresh()
    assert 'data-rule="PA104-01"' in bundle_page(portfolio, "broken/um.yaml")
    assert not portfolio.refresh()  # nothing changed: no re-check, no reload


def test_the_docket_moves_on_with_the_date(tmp_path):
    """Without --as-of the docket is as of today: at midnight every bundle is re-checked."""
    import datetime as dt

    from checker.agents import portfolio as module

    shutil.copy(EXAMPLES / "invention-led-package" / "bundle.yaml", tmp_path / "bundle.yaml")
    for name in ("claims.txt", "description.txt"):
        shutil.copy(EXAMPLES / "invention-led-package" / name, tmp_path / name)
    today = [dt.date(2028, 3, 14)]
    portfolio = module.Portfolio(tmp_path, "en", today=lambda: today[0])
    assert [d["status"] for _, d in portfolio.docket()] == ["pending"]
    assert not portfolio.refresh()
    today[0] = dt.date(2028, 3, 15)
    assert portfolio.refresh()
    assert [(d["period"], d["status"]) for _, d in portfolio.docket()] == [("examination_request", "overdue")]
