"""GitLab Code Quality (a subset of the Code Climate issue format): a JSON array with one
object per failed finding, shown in merge requests' Code Quality widget and diff.

Each issue has what GitLab requires: `description`, `check_name` (the rule id),
`fingerprint` (stable while the defect stays: bundle, rule and pointer, hashed),
`severity` (info, minor, major, critical, blocker) and `location.path` with
`location.lines.begin`. Suppressed findings are left out (a reviewed exception is not a
code-quality issue); passes never appear.

GitLab shows `description` to people: control and direction-changing characters from a
bundle are shown as escapes there (checker/report/safe_text.py). Every other value is exact,
and the JSON carries no such character raw (written as a JSON escape, backslash-u and four hex digits).
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from checker.core.pipeline import Report
from checker.report.formats.common import Options, cited, failed_findings, file_of, is_builtin
from checker.report.safe_text import neutralise

# What json.dumps leaves raw (it escapes C0 controls itself): C1 controls, bidi marks.
_RAW = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
SEVERITIES = {"error": "critical", "warning": "major", "info": "info"}  # a schema/input error: blocker


def render(report: Report, options: Options) -> str:
    issues: list[dict[str, Any]] = []
    seen: set[str] = set()
    for result, finding in failed_findings(report):
        if finding.suppressed is not None:
            continue
        loc = finding.location
        identity = "\0".join((result.path, finding.rule, loc.pointer))
        fingerprint = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:32]
        n = 1
        while fingerprint in seen:  # two findings of one rule at one place: still unique
            n += 1
            fingerprint = hashlib.sha256(f"{identity}\0{n}".encode("utf-8")).hexdigest()[:32]
        seen.add(fingerprint)
        citations = cited(finding, options.lang)
        title = f"{finding.rule} {finding.name}".strip()
        issues.append(
            {
                "type": "issue",
                "check_name": finding.rule,
                "description": neutralise(f"{title}: {finding.message}" + (f" ({citations})" if citations else "")),
                "categories": ["Compliance"],
                "severity": "blocker" if is_builtin(finding.rule) else SEVERITIES[finding.severity],
                "fingerprint": fingerprint,
                "location": {"path": file_of(result, finding), "lines": {"begin": max(loc.line, 1)}},
            }
        )
    text = json.dumps(issues, ensure_ascii=False, indent=2)
    return _RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"
