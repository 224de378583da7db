"""A Markdown summary for a pull-request comment: the overall result, a table of
bundles, then each bundle's failed findings. User text is escaped so a message or a
path can never break the table or inject markup."""

from __future__ import annotations

import re

from checker.core.pipeline import Report
from checker.core.shown import word
from checker.report.formats.common import Options, cited, file_of, overall
from checker.report.safe_text import neutralise

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")
_LABELS = {
    "en": {
        "passed": "✅ passed",
        "failed": "❌ failed",
        "invalid": "⛔ invalid",
        "title": "patentcheck",
        "bundles": "bundles",
        "bundle": "Bundle",
        "errors": "Errors",
        "warnings": "Warnings",
        "passes": "Passes",
        "location": "Location",
        "severity": "Severity",
        "rule": "Rule",
        "message": "Message",
        "citations": "Citations",
        "none": "No failed findings.",
    },
    "zh-TW": {
        "passed": "✅ 通過",
        "failed": "❌ 未通過",
        "invalid": "⛔ 無效",
        "title": "patentcheck",
        "bundles": "件案卷",
        "bundle": "案卷",
        "errors": "錯誤",
        "warnings": "警告",
        "passes": "通過",
        "location": "位置",
        "severity": "嚴重度",
        "rule": "規則",
        "message": "訊息",
        "citations": "引用條文",
        "none": "沒有未通過的項目。",
    },
}


def escape(text: str) -> str:
    """Backslash-escape Markdown syntax (CommonMark allows it before any ASCII
    punctuation) and fold line breaks, which would end a table row."""
    return _SPECIAL.sub(r"\\\1", neutralise(" ".join(str(text).splitlines())))


def row(*cells: object) -> str:
    return "| " + " | ".join(str(cell) for cell in cells) + " |"


def render(report: Report, options: Options) -> str:
    words = _LABELS.get(options.lang, _LABELS["en"])
    summary = report.summary()
    lines = [
        f"## {words['title']}: {words[overall(report, options.fail_on)]}",
        "",
        f"{summary['bundles']} {words['bundles']} · {summary['errors']} {words['errors'].lower()} · "
        f"{summary['warnings']} {words['warnings'].lower()} · {summary['pass']} {words['passes'].lower()}",
        "",
        row(words["bundle"], words["errors"], words["warnings"], words["passes"]),
        row("---", "---:", "---:", "---:"),
    ]
    for result in report.results:
        fails = result.fails
        lines.append(
            row(
                f"`{_code(result.path)}`",
                sum(f.severity == "error" for f in fails),
                sum(f.severity == "warning" for f in fails),
                sum(f.outcome == "pass" for f in result.findings),
            )
        )
    for result in report.results:
        if not result.fails:
            continue
        lines += [
            "",
            f"### `{_code(result.path)}`",
            "",
            row(words["location"], words["severity"], words["rule"], words["message"], words["citations"]),
            row("---", "---", "---", "---", "---"),
        ]
        for finding in result.fails:
            loc = finding.location
            lines.append(
                row(
                    f"`{_code(f'{file_of(result, finding)}:{loc.line}:{loc.column}')}`",
                    word("severity", finding.severity, options.lang),
                    escape(f"{finding.rule} {finding.name}".strip()),
                    escape(finding.message),
                    escape(cited(finding, options.lang)),
                )
            )
    return "\n".join(lines) + "\n"


def _code(text: str) -> str:
    """Text for a code span inside a table cell: `|` still splits cells in GFM tables even
    in code spans, and a backtick would end the span."""
    return neutralise(" ".join(str(text).splitlines())).replace("`", "'").replace("|", "\\|")
