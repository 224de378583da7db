"""`check --statistics`: how many failed findings each rule produced, most frequent first
(like ruff's --statistics), as text or JSON. Suppressed findings are not counted."""

from __future__ import annotations

import json
from collections import Counter

from checker.core.pipeline import Report
from checker.report.formats.common import Options, failed_findings

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def counts(report: Report) -> list[dict]:
    counter = Counter((f.rule, f.name, f.severity) for _, f in failed_findings(report) if f.suppressed is None)
    rows = [
        {"rule": rule, "name": name, "severity": severity, "count": count}
        for (rule, name, severity), count in counter.items()
    ]
    return sorted(rows, key=lambda r: (-r["count"], SEVERITY_ORDER.get(r["severity"], 3), r["rule"]))


def render_text(report: Report, options: Options) -> str:
    rows = counts(report)
    if not rows:
        return ""
    count_width = max(len(str(r["count"])) for r in rows)
    rule_width = max(len(r["rule"]) for r in rows)
    return "".join(
        f"{r['count']:>{count_width}}  {r['rule']:<{rule_width}}  {r['severity']:<7}  {r['name']}".rstrip() + "\n"
        for r in rows
    )


def render_json(report: Report, options: Options) -> str:
    return json.dumps(counts(report), ensure_ascii=False, indent=2) + "\n"


FORMATS = {"text": render_text, "json": render_json}
