"""JUnit XML for Jenkins and GitLab: one <testsuite> per bundle, one <testcase> per
rule that applied to it (classname = the bundle's path, name = rule id and name).

So that a dashboard agrees with the exit status, a failed finding is a <failure> only
when it makes the exit status non-zero: a schema or input error always, a rule's
failure when its severity reaches --fail-on. A failed finding below --fail-on (a warning
under the default `--fail-on error`) leaves its testcase passing and is reported in the
testcase's <system-out>. No <error> or <skipped> is produced: a rule that does not apply
gives no testcase, and an invalid bundle's testcases are its schema/input errors.

The output is valid against Jenkins' junit-10.xsd (tests/data/junit-10.xsd), which allows
`skipped` on a <testsuite> but not on <testsuites>.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from checker.core.findings import BundleResult, Finding
from checker.core.pipeline import Report
from checker.report.formats.common import Options, blocks, cited, file_of, is_builtin
from checker.report.safe_text import neutralise


# Characters XML 1.0 cannot carry even escaped (a YAML key may hold "\x01"): shown as \xNN.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", neutralise(text, keep_newlines=True))


def render(report: Report, options: Options) -> str:
    root = ET.Element("testsuites", name="patentcheck")
    totals = {"tests": 0, "failures": 0}
    for result in report.results:
        suite = ET.SubElement(root, "testsuite", name=xml_safe(result.path))
        failures = 0
        for finding in result.findings:
            failures += _testcase(suite, result, finding, options)
        _counts(suite, len(result.findings), failures)
        totals["tests"] += len(result.findings)
        totals["failures"] += failures
    _counts(root, totals["tests"], totals["failures"], suite=False)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _counts(element: ET.Element, tests: int, failures: int, suite: bool = True) -> None:
    element.set("tests", str(tests))
    element.set("failures", str(failures))
    element.set("errors", "0")
    if suite:  # junit-10.xsd: <testsuites> has no `skipped` attribute
        element.set("skipped", "0")


def _testcase(suite: ET.Element, result: BundleResult, finding: Finding, options: Options) -> int:
    """Add the finding's testcase; 1 when it is a <failure>."""
    name = f"{finding.rule} {finding.name}".strip()
    if is_builtin(finding.rule):  # several per bundle: the pointer tells them apart
        name += f" {finding.location.pointer}"
    case = ET.SubElement(suite, "testcase", classname=xml_safe(result.path), name=xml_safe(name))
    if finding.outcome != "fail":
        return 0
    if blocks(finding, options.fail_on or result.fail_on):
        failure = ET.SubElement(case, "failure", message=xml_safe(finding.message), type=finding.severity)
        failure.text = xml_safe(_details(result, finding, options))
        return 1
    label = f"suppressed ({finding.suppressed})" if finding.suppressed is not None else finding.severity
    out = f"{label}: {finding.message}\n" + _details(result, finding, options)
    ET.SubElement(case, "system-out").text = xml_safe(out)
    return 0


def _details(result: BundleResult, finding: Finding, options: Options) -> str:
    loc = finding.location
    lines = [
        f"{file_of(result, finding)}:{loc.line}:{loc.column} ({loc.pointer})",
        f"{finding.severity} {finding.rule} {finding.name}".rstrip(),
        finding.message,
    ]
    citations = cited(finding, options.lang)
    if citations:
        lines.append(citations)
    return "\n".join(lines) + "\n"
