"""GitHub Actions workflow commands: one annotation per failed finding, shown on the
pull request's diff (``::error file=…,line=…,col=…,title=…::message``), then a summary.

Escaping follows @actions/core (toolkit ``command.ts``): in the message ``%``, CR and LF;
in properties also ``:`` and ``,``, which would otherwise end the property.
"""

from __future__ import annotations

from checker.core.pipeline import Report
from checker.report.formats.common import Options, cited, failed_findings, file_of, overall
from checker.report.safe_text import neutralise

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, object], message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return neutralise(f"::{name} {props}::{escape_data(message)}")  # after %0A: no raw control left


def render(report: Report, options: Options) -> str:
    lines = []
    for result, finding in failed_findings(report):
        if finding.suppressed is not None:  # a reviewed exception: no annotation on the diff
            continue
        citations = cited(finding, options.lang)
        message = f"{finding.message} ({citations})" if citations else finding.message
        title = f"{finding.rule} {finding.name}".strip()
        lines.append(
            command(
                COMMANDS[finding.severity],
                {
                    "file": file_of(result, finding),
                    "line": finding.location.line,
                    "col": finding.location.column,
                    "title": title,
                },
                message,
            )
        )
    summary = report.summary()
    lines.append(
        f"patentcheck: {overall(report, options.fail_on)}: {summary['bundles']} bundles, "
        f"{summary['fail']} failed ({summary['errors']} errors, {summary['warnings']} warnings), "
        f"{summary['pass']} passed"
    )
    return "\n".join(lines) + "\n"
