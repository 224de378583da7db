"""`patentcheck serve FOLDER`: a local page with a firm's portfolio and its docket.

Every bundle of the folder with its verdict; a bundle's findings grouped by article, the
article's text one click away; the docket, every pending statutory deadline across the
folder, soonest first, overdue ones marked, each with its basis and computation, and
exportable as iCalendar. A watcher re-checks a bundle when its files change, and the page
reloads itself when the portfolio changed.

Starlette (routing, responses) served by uvicorn, both brought by the ``mcp`` package of the
``agents`` extra. The page is self-contained: inline CSS and a few lines of script, no
outside resource, so it works offline and leaks nothing. It binds 127.0.0.1 by default.
Nothing here writes a file. Checks go through :mod:`checker.api`: settings are the page's
(``--lang``, ``--as-of``) and each bundle's nearest configuration file (select, ignore,
severity, fail-on, closed, include, exclude), as for ``patentcheck check``.
"""

from __future__ import annotations

import datetime as dt
import html
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable
from urllib.parse import quote

from checker import api

PENDING = ("overdue", "pending", "open")  # the docket: deadlines one can still act on (or missed)
POLL_SECONDS = 1.0
TEXT_KEYS = ("description", "claims", "abstract")

_L = {
    "zh-TW": {
        "title": "專利案件總覽",
        "bundles": "案件",
        "verdict": "結果",
        "errors": "錯誤",
        "warnings": "警告",
        "docket": "期限一覽",
        "deadline": "屆滿日",
        "period": "期間",
        "basis": "法律依據",
        "status": "狀態",
        "bundle": "案件",
        "computation": "計算方式",
        "export": "匯出 iCalendar",
        "ok": "通過",
        "fail": "未通過",
        "invalid": "無法檢查",
        "none": "無待辦期限",
        "none_here": "無法定期間",
        "back": "回總覽",
        "findings": "檢查結果",
        "no_findings": "全部通過",
        "article_text": "條文",
        "other": "其他",
        "as_of": "基準日",
        "checked": "檢查時間",
        "overdue": "已逾期",
        "pending": "尚未屆期",
        "open": "仍可為之",
        "where": "位置",
        "not_official": "摘要（非法條原文）",
        "no_text": "本工具未附此條文",
        "rules": "引用本條之規則",
    },
    "en": {
        "title": "Portfolio",
        "bundles": "Bundles",
        "verdict": "Verdict",
        "errors": "errors",
        "warnings": "warnings",
        "docket": "Docket",
        "deadline": "Last day",
        "period": "Period",
        "basis": "Basis",
        "status": "Status",
        "bundle": "Bundle",
        "computation": "Computation",
        "export": "Export iCalendar",
        "ok": "pass",
        "fail": "fail",
        "invalid": "cannot be checked",
        "none": "No pending deadline",
        "none_here": "No statutory deadline arises",
        "back": "Back to the portfolio",
        "findings": "Findings",
        "no_findings": "Every rule passed",
        "article_text": "Article text",
        "other": "Other",
        "as_of": "As of",
        "checked": "Checked",
        "overdue": "overdue",
        "pending": "pending",
        "open": "open",
        "where": "Where",
        "not_official": "Summary (not the official text)",
        "no_text": "Text not shipped",
        "rules": "Rules citing this article",
    },
}

CSS = """
*{box-sizing:border-box}
body{font-family:system-ui,"Noto Sans CJK TC","Microsoft JhengHei",sans-serif;margin:0;color:#1d232a;background:#f6f7f9}
header{background:#1f3a5f;color:#fff;padding:12px 24px;display:flex;gap:24px;align-items:baseline;flex-wrap:wrap}
header h1{font-size:20px;margin:0}header a{color:#cfe0ff}
main{padding:16px 24px;max-width:1200px}
section{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:12px 16px;margin-bottom:16px}
h2{font-size:17px;margin:4px 0 12px}h3{font-size:15px;margin:12px 0 6px}
table{border-collapse:collapse;width:100%;table-layout:auto}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #eceff2;vertical-align:top;overflow-wrap:anywhere}
th{font-size:13px;color:#5a6570}
.badge{display:inline-block;border-radius:10px;padding:1px 8px;font-size:12px;font-weight:600;white-space:nowrap}
.ok{background:#e3f4e8;color:#1b6b35}.fail{background:#fde7e7;color:#a31919}.warn{background:#fff3d6;color:#7a5200}
.invalid{background:#ece3f7;color:#5b2a8c}.overdue{background:#fde7e7;color:#a31919}
tr.overdue td{background:#fff6f6}.pending,.open{background:#e6f0fb;color:#1f4f86}
.error{color:#a31919;font-weight:600}.warning{color:#7a5200;font-weight:600}.info{color:#5a6570}
details summary{cursor:pointer;color:#1f4f86}details .law{background:#f8f9fb;border-left:3px solid #9db4d3;padding:6px 10px;margin:6px 0}
.muted{color:#5a6570;font-size:13px}ol.steps{margin:4px 0;padding-left:20px;font-size:13px}
code{font-size:13px}td code,td.sev{white-space:nowrap}td.where code{white-space:normal;overflow-wrap:anywhere}
"""

RELOAD_JS = """
(function(){var v=document.body.dataset.version;setInterval(function(){
fetch('/api/version',{cache:'no-store'}).then(function(r){return r.text()}).then(function(t){
if(t!==v){location.reload()}}).catch(function(){})},%d)})();
"""


@dataclass
class Entry:
    """One bundle: its report, docket and the files it was read from (to notice changes)."""

    path: Path
    shown: str
    report: dict[str, Any]
    exit_status: int
    docket: dict[str, Any]
    stamps: dict[Path, tuple[int, int]] = field(default_factory=dict)


def _unusable(shown: str, message: str) -> dict[str, Any]:
    """The report of a bundle that cannot be checked at all (its configuration is bad)."""
    from checker import __version__

    finding = {
        "rule": "input",
        "name": "bad-configuration",
        "outcome": "fail",
        "severity": "error",
        "citations": [],
        "message": message,
        "location": {"pointer": "/", "line": 1, "column": 1},
    }
    return {
        "tool": {"name": "patentcheck", "version": __version__, "rule_packs": []},
        "as_of": None,
        "bundles": [{"path": shown, "valid": False, "as_of": None, "findings": [finding]}],
        "summary": {"bundles": 1, "pass": 0, "fail": 1, "errors": 1, "warnings": 0, "suppressed": 0},
    }


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


class Portfolio:
    """The folder's bundles, checked, and kept current (thread-safe)."""

    def __init__(
        self,
        folder: Path,
        lang: str = "zh-TW",
        as_of: dt.date | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self.folder = folder.resolve()
        self.today = today
        self.lang = lang
        self.fixed_as_of = as_of
        self.entries: dict[str, Entry] = {}
        self.version = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.refresh()

    @property
    def as_of(self) -> dt.date:
        """The docket's date: --as-of, else today (a docket is about now)."""
        return self.fixed_as_of or self.today()

    def _shown(self, path: Path) -> str:
        return path.relative_to(self.folder).as_posix()

    def _bundles(self) -> list[Path]:
        """The folder's bundles, with each configuration's include/exclude, as `check` scans."""
        from checker.core.config import load_config, wanted
        from checker.core.errors import InputError
        from checker.core.pipeline import collect_bundles

        def keep(path: Path, base: Path, scanned: bool) -> bool:
            try:
                return wanted(path, load_config(path.parent), base, scanned)
            except InputError:  # a broken configuration: the bundle is shown with its error
                return path.suffix in (".yaml", ".yml")

        return [p.resolve() for p in collect_bundles([self.folder], keep)]

    def _settings(self, path: Path) -> dict[str, Any]:
        """The nearest configuration file's settings for the bundle (as `check` uses them;
        the page's --lang wins). A bad configuration raises InputError, located."""
        from checker.core.config import load_config, policy

        config = load_config(path.parent, {"lang": self.lang})
        policy(config, [rule for pack in api._packs() for rule in pack.rules])  # locates a bad selector
        return {
            "select": config["select"] or None,
            "ignore": config["ignore"] or None,
            "severity": config["severity"] or None,
            "fail_on": config["fail-on"],
            "closed": {c["date"]: c["reason"] for c in config["closed"]} or None,
        }

    def _check(self, path: Path) -> Entry:
        from checker.core.errors import InputError

        shown = self._shown(path)
        stamps = {p: s for p in self._inputs(path) if (s := _stamp(p)) is not None}
        try:
            settings = self._settings(path)
        except (InputError, api.ApiError) as exc:
            return Entry(path, shown, _unusable(shown, str(exc)), 2, {"deadlines": [], "problems": [str(exc)]}, stamps)
        report = api.check_path(path, lang=self.lang, **settings)
        data = report.data
        for bundle in data["bundles"]:  # the page names bundles relative to the folder
            before, bundle["path"] = bundle["path"], shown
            old, new = before.rpartition("/")[0], shown.rpartition("/")[0]
            for finding in bundle["findings"]:  # a text file beside it: the same way
                file = finding["location"].get("file")
                if file and old and file.startswith(old + "/"):
                    finding["location"]["file"] = (new + "/" if new else "") + file[len(old) + 1 :]
        docket = api.deadlines(path, lang=self.lang, as_of=self.as_of, closed=settings["closed"])
        return Entry(path, shown, data, report.exit_status, docket, stamps)

    def _inputs(self, path: Path) -> list[Path]:
        """The bundle file, every file of its folder (its {file: …} texts live there) and
        the configuration files above it up to the portfolio's folder."""
        found = [path]
        try:
            found += sorted(p for p in path.parent.iterdir() if p.is_file() and p != path)
        except OSError:
            pass
        folder = path.parent.parent
        while folder.is_relative_to(self.folder):
            found += [folder / name for name in (".patentcheck.yaml", "pyproject.toml")]
            folder = folder.parent
        return found

    def refresh(self) -> bool:
        """Check new and changed bundles, forget removed ones; True when anything changed.
        Every bundle is re-checked when the date changes (at midnight, without --as-of):
        a pending deadline becomes overdue."""
        found = {self._shown(p): p for p in self._bundles()}
        changed = False
        day, self._day = getattr(self, "_day", None), self.as_of
        for shown, path in found.items():
            old = self.entries.get(shown)
            if (
                day == self._day
                and old is not None
                and {p: _stamp(p) for p in self._inputs(path)} == {p: old.stamps.get(p) for p in self._inputs(path)}
            ):
                continue
            entry = self._check(path)
            same = old is not None and (old.report, old.docket, old.exit_status) == (
                entry.report,
                entry.docket,
                entry.exit_status,
            )
            with self._lock:
                self.entries[shown] = entry
            changed = changed or not same  # a file touched but nothing new: no reload
        for shown in set(self.entries) - set(found):
            with self._lock:
                del self.entries[shown]
            changed = True
        if changed:
            with self._lock:
                self.version += 1
        return changed

    def watch(self) -> threading.Thread:
        """Re-check in the background until :meth:`stop`."""

        def loop() -> None:
            while not self._stop.wait(POLL_SECONDS):
                try:
                    self.refresh()
                except Exception:  # a file vanishing mid-scan: try again next time
                    time.sleep(POLL_SECONDS)

        thread = threading.Thread(target=loop, name="patentcheck-watch", daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        self._stop.set()

    def snapshot(self) -> tuple[int, list[Entry]]:
        with self._lock:
            return self.version, [self.entries[k] for k in sorted(self.entries)]

    def docket(self) -> list[tuple[Entry, dict[str, Any]]]:
        """Every pending deadline across the portfolio, soonest first."""
        _, entries = self.snapshot()
        rows = [(e, d) for e in entries for d in e.docket.get("deadlines", []) if d["status"] in PENDING]
        return sorted(rows, key=lambda row: (row[1]["deadline"], row[0].shown, row[1]["period"]))


# -- HTML ------------------------------------------------------------------------------------


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _page(title: str, body: str, lang: str, version: int, as_of: dt.date) -> str:
    labels = _L[lang]
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{_e(title)} — patentcheck</title><style>{CSS}</style></head>"
        f'<body data-version="{version}"><header><h1><a href="/" style="color:#fff;text-decoration:none">'
        f"patentcheck</a> · {_e(title)}</h1>"
        f'<span class="muted" style="color:#cfe0ff">{labels["as_of"]} {as_of.isoformat()}</span></header>'
        f"<main>{body}</main><script>{RELOAD_JS % int(POLL_SECONDS * 1000)}</script></body></html>"
    )


def _verdict(entry: Entry, lang: str) -> str:
    labels = _L[lang]
    summary = entry.report["summary"]
    if entry.exit_status == 2:
        return f'<span class="badge invalid" data-verdict="invalid">{labels["invalid"]}</span>'
    if summary["errors"]:
        return (
            f'<span class="badge fail" data-verdict="fail">{labels["fail"]}</span> '
            f"{summary['errors']} {labels['errors']}, {summary['warnings']} {labels['warnings']}"
        )
    if summary["warnings"]:
        return (
            f'<span class="badge warn" data-verdict="warning">{labels["ok"]}</span> '
            f"{summary['warnings']} {labels['warnings']}"
        )
    return f'<span class="badge ok" data-verdict="pass">{labels["ok"]}</span>'


def _citations(citations: list[dict[str, Any]], lang: str) -> str:
    from checker.core.findings import Citation
    from checker.report.render import citations_text

    return citations_text([Citation(**c) for c in citations], lang)


def _steps(deadline: dict[str, Any]) -> str:
    items = "".join(f"<li><code>{_e(s['date'])}</code> {_e(s['text'])}</li>" for s in deadline["steps"])
    return f'<ol class="steps">{items}</ol>'


def overview(portfolio: Portfolio) -> str:
    lang = portfolio.lang
    labels = _L[lang]
    version, entries = portfolio.snapshot()
    rows = "".join(
        f'<tr data-bundle="{_e(e.shown)}"><td><a href="/bundle/{quote(e.shown)}">{_e(e.shown)}</a></td>'
        f"<td>{_verdict(e, lang)}</td></tr>"
        for e in entries
    )
    bundles = (
        f'<section id="bundles"><h2>{labels["bundles"]} ({len(entries)})</h2><table>'
        f"<thead><tr><th>{labels['bundle']}</th><th>{labels['verdict']}</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></section>"
    )
    docket_rows = []
    for entry, d in portfolio.docket():
        status = d["status"]
        docket_rows.append(
            f'<tr class="{status}" data-deadline="{_e(d["deadline"])}" data-status="{status}">'
            f"<td><code>{_e(d['deadline'])}</code></td>"
            f'<td><span class="badge {status}">{_e(labels.get(status, status))}</span></td>'
            f"<td>{_e(d['title'][lang])}</td>"
            f'<td><a href="/bundle/{quote(entry.shown)}">{_e(entry.shown)}</a></td>'
            f"<td>{_e(_citations(d['basis'], lang))}</td>"
            f"<td><details><summary>{_e(d['version_labels'][lang])}</summary>{_steps(d)}</details></td></tr>"
        )
    if docket_rows:
        table = (
            f"<table><thead><tr><th>{labels['deadline']}</th><th>{labels['status']}</th>"
            f"<th>{labels['period']}</th><th>{labels['bundle']}</th><th>{labels['basis']}</th>"
            f"<th>{labels['computation']}</th></tr></thead><tbody>{''.join(docket_rows)}</tbody></table>"
        )
    else:
        table = f'<p class="muted">{labels["none"]}</p>'
    docket = (
        f'<section id="docket"><h2>{labels["docket"]} ({len(docket_rows)}) '
        f'<a class="muted" href="/docket.ics" download>{labels["export"]}</a></h2>{table}</section>'
    )
    return _page(labels["title"], docket + bundles, lang, version, portfolio.as_of)


def _article_block(law: str, article: int, lang: str) -> str:
    """The article's text (or its shipped summary), shown on one click."""
    from checker.core.lawtext import article_summary

    labels = _L[lang]
    found = api.explain_article(article, law, lang)  # any law whose text is shipped
    if found is not None:
        paragraphs = "".join(
            f"<p>({p['number']}) {_e(p['text'])}</p>"
            + "".join(f"<p style='margin-left:2em'>{s['number']}. {_e(s['text'])}</p>" for s in p["subparagraphs"])
            for p in found["paragraphs"]
        )
        text = f'<div class="law">{paragraphs}</div><a href="/law/{quote(law)}/{article}">{labels["rules"]}</a>'
    elif summary := article_summary(law, article):
        text = f'<div class="law"><em>{labels["not_official"]}</em>: {_e(summary)}</div>'
    else:
        text = f'<div class="law muted">{labels["no_text"]}</div>'
    return f'<details class="article"><summary>{labels["article_text"]}</summary>{text}</details>'


def bundle_page(portfolio: Portfolio, shown: str) -> str | None:
    from checker.core.lawtext import format_citation

    lang = portfolio.lang
    labels = _L[lang]
    version, entries = portfolio.snapshot()
    entry = next((e for e in entries if e.shown == shown), None)
    if entry is None:
        return None
    findings = [f for b in entry.report["bundles"] for f in b["findings"] if f["outcome"] == "fail"]
    groups: dict[tuple, list[dict[str, Any]]] = {}
    for f in findings:
        key = (f["citations"][0]["law"], f["citations"][0]["article"]) if f["citations"] else ("", 0)
        groups.setdefault(key, []).append(f)
    parts = []
    for (law, article), items in sorted(groups.items(), key=lambda kv: (kv[0][0] == "", kv[0])):
        heading = format_citation(law, article, lang=lang) if law else labels["other"]
        rows = "".join(
            f'<tr data-rule="{_e(f["rule"])}"><td class="sev {f["severity"]}">{_e(f["severity"])}</td>'
            f"<td><code>{_e(f['rule'])}</code></td><td>{_e(f['message'])}"
            f'<div class="muted">{_e(_citations(f["citations"], lang))}</div></td>'
            f'<td class="where"><code>{_e(f["location"].get("file") or shown)}:{f["location"]["line"]}:{f["location"]["column"]}</code>'
            f'<div class="muted">{_e(f["location"]["pointer"])}</div></td></tr>'
            for f in items
        )
        parts.append(
            f'<div class="group" data-law="{_e(law)}" data-article="{article}">'
            f"<h3>{_e(heading)}</h3>{_article_block(law, article, lang) if law else ''}"
            f"<table><tbody>{rows}</tbody></table></div>"
        )
    body = "".join(parts) or f'<p class="muted">{labels["no_findings"]}</p>'
    docket = [d for d in entry.docket.get("deadlines", [])]
    docket_rows = "".join(
        f'<tr class="{d["status"]}"><td><code>{_e(d["deadline"])}</code></td>'
        f'<td><span class="badge {d["status"]}">{_e(labels.get(d["status"], d["status"]))}</span></td>'
        f"<td>{_e(d['title'][lang])}</td><td>{_e(_citations(d['basis'], lang))}</td>"
        f"<td><details><summary>{_e(d['version_labels'][lang])}</summary>{_steps(d)}</details></td></tr>"
        for d in docket
    )
    problems = "".join(f"<li>{_e(p)}</li>" for p in entry.docket.get("problems", []))
    deadlines = (
        f'<section id="deadlines"><h2>{labels["docket"]}</h2>'
        + (
            f"<table><tbody>{docket_rows}</tbody></table>"
            if docket_rows
            else f'<p class="muted">{labels["none_here"]}</p>'
        )
        + (f"<ul>{problems}</ul>" if problems else "")
        + "</section>"
    )
    content = (
        f'<p><a href="/">← {labels["back"]}</a></p>'
        f'<section id="findings"><h2>{_e(shown)} {_verdict(entry, lang)}</h2>{body}</section>{deadlines}'
    )
    return _page(shown, content, lang, version, portfolio.as_of)


def law_page(portfolio: Portfolio, law: str, article: str) -> str | None:
    lang = portfolio.lang
    labels = _L[lang]
    found = api.explain_article(int(article) if article.isdigit() else article, law, lang)
    if found is None:
        return None
    paragraphs = "".join(
        f"<p>({p['number']}) {_e(p['text'])}</p>"
        + "".join(f"<p style='margin-left:2em'>{s['number']}. {_e(s['text'])}</p>" for s in p["subparagraphs"])
        for p in found["paragraphs"]
    )
    rules = "".join(
        f"<li><code>{_e(r['id'])}</code> {_e(r['name'])} <span class='muted'>{_e(r['cited_as'])}</span></li>"
        for r in found["rules"]
    )
    body = (
        f'<p><a href="/">← {labels["back"]}</a></p><section id="article"><h2>{_e(found["cited_as"])}</h2>'
        f'<div class="law">{paragraphs}</div><h3>{labels["rules"]}</h3><ul>{rules}</ul></section>'
    )
    return _page(found["cited_as"], body, lang, portfolio.snapshot()[0], portfolio.as_of)


def docket_ics(portfolio: Portfolio) -> str:
    from checker.core.findings import Citation
    from checker.report.ics import deadlines_to_ics
    from checker.report.render import citations_text

    lang = portfolio.lang
    records = []
    for entry, d in portfolio.docket():
        title = d["title"][lang]
        records.append(
            {
                "bundle": entry.shown,
                "id": d["period"],
                "title": f"{title}屆滿 — {entry.shown}" if lang == "zh-TW" else f"{title} ends — {entry.shown}",
                "deadline": dt.date.fromisoformat(d["deadline"]),
                "status": {"open": "pending"}.get(d["status"], d["status"]),
                "basis": citations_text([Citation(**c) for c in d["basis"]], lang),
                "explanation": [d["version_labels"][lang]] + [f"{s['date']}: {s['text']}" for s in d["steps"]],
            }
        )
    return deadlines_to_ics(records, stamp=portfolio.as_of, lang=lang)


# -- the application ---------------------------------------------------------------------------


def build_app(portfolio: Portfolio) -> Any:
    from starlette.applications import Starlette
    from starlette.responses import HTMLResponse, PlainTextResponse, Response
    from starlette.routing import Route

    headers = {
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
        "script-src 'unsafe-inline'; connect-src 'self'; img-src 'self'",
    }

    def not_found(what: str) -> Response:
        return PlainTextResponse(f"not found: {what}", status_code=404, headers=headers)

    def index(request):
        return HTMLResponse(overview(portfolio), headers=headers)

    def bundle(request):
        shown = request.path_params["path"]
        page = bundle_page(portfolio, shown)
        return HTMLResponse(page, headers=headers) if page else not_found(shown)

    def law(request):
        page = law_page(portfolio, request.path_params["law"], request.path_params["article"])
        return HTMLResponse(page, headers=headers) if page else not_found(request.url.path)

    def ics(request):
        return Response(
            docket_ics(portfolio),
            media_type="text/calendar; charset=utf-8",
            headers={**headers, "Content-Disposition": 'attachment; filename="docket.ics"'},
        )

    def version(request):
        return PlainTextResponse(str(portfolio.snapshot()[0]), headers=headers)

    return Starlette(
        routes=[
            Route("/", index),
            Route("/bundle/{path:path}", bundle),
            Route("/law/{law}/{article}", law),
            Route("/docket.ics", ics),
            Route("/api/version", version),
        ]
    )


def serve(
    folder: Path, host: str = "127.0.0.1", port: int = 8000, lang: str = "zh-TW", as_of: dt.date | None = None
) -> None:
    """Check the folder, then serve the page until interrupted, re-checking on change."""
    import uvicorn

    portfolio = Portfolio(folder, lang, as_of)
    portfolio.watch()
    try:
        uvicorn.run(build_app(portfolio), host=host, port=port, log_level="warning")
    finally:
        portfolio.stop()
