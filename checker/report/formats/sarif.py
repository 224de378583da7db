"""SARIF 2.1.0 (OASIS), for GitHub code scanning and other SARIF viewers.

One run; the driver lists every rule that produced a result, with its explanation, fix
and citations; each result points at the bundle, or at the text file a finding points
into, by a relative URI and a region whose columns count characters (CJK text). Schema
errors and unreadable input are results of the rules `schema` and `input`. Passes are
results of kind `pass` only with --show-passes. No timestamps: two runs are identical.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from checker import __url__, __version__
from checker.core.config import UNUSED_SUPPRESSION
from checker.core.findings import BundleResult, Finding
from checker.core.pipeline import INPUT_RULE, Report
from checker.core.rulepack import Rule
from checker.report.render import citations_text
from checker.core.schema_check import SCHEMA_RULE
from checker.report.formats.common import DESCRIBED, Options, cited, file_of
from checker.report.formats.markdown import escape as md_escape

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
RULES_DOC = f"{__url__}/blob/main/docs/rules.md"  # tools/build_rule_docs.py writes it
README = f"{__url__}/blob/main/README.md"
# Findings of no rule pack: the README section that explains them.
BUILTIN_HELP = {
    SCHEMA_RULE: f"{README}#the-bundle",
    INPUT_RULE: f"{README}#the-bundle",
    UNUSED_SUPPRESSION: f"{README}#configuration",
}
# GitHub code scanning keeps one analysis per category (the id up to its last "/").
AUTOMATION_ID = "patentcheck/"
_WORDS = {
    "zh-TW": {"fix": "修正方式", "citations": "法源", "uncertain": "法律上未確定"},
    "en": {"fix": "How to fix", "citations": "Citations", "uncertain": "Uncertain point of law"},
}


def render(report: Report, options: Options) -> str:
    shown = [
        (result, finding)
        for result in report.results
        for finding in result.findings
        if finding.outcome == "fail" or options.show_passes
    ]
    rule_ids = sorted({finding.rule for _, finding in shown})
    index = {rule_id: i for i, rule_id in enumerate(rule_ids)}
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "patentcheck",
                "informationUri": __url__,
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [_descriptor(rule_id, options) for rule_id in rule_ids],
            }
        },
        "automationDetails": {"id": AUTOMATION_ID},
        "language": options.lang,
        "columnKind": "unicodeCodePoints",
        "results": [_result(result, finding, index[finding.rule], options) for result, finding in shown],
        "properties": {"rulePacks": report.packs, **({"asOf": report.as_of} if report.as_of else {})},
    }
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def artifact_uri(path: str) -> str:
    """A relative path as a URI reference (percent-encoded: spaces, CJK); absolute paths
    become file: URIs."""
    if path.startswith("/"):
        return "file://" + quote(path)
    if PureWindowsPath(path).is_absolute():
        return "file:///" + quote(PureWindowsPath(path).as_posix())
    return quote(PurePosixPath(path).as_posix())


def _descriptor(rule_id: str, options: Options) -> dict[str, Any]:
    rule = options.rules.get(rule_id)
    if rule is None:
        return _builtin_descriptor(rule_id, options)
    lang = options.lang
    words = _WORDS[lang]
    citations = citations_text(rule.citations, lang)
    explanation, fix = rule.explanation[lang], rule.fix[lang]
    text = [explanation, f"{words['fix']}: {fix}", f"{words['citations']}: {citations}"]
    markdown = [
        md_escape(explanation),
        f"**{words['fix']}:** {md_escape(fix)}",
        f"**{words['citations']}:** {md_escape(citations)}",
    ]
    if rule.uncertain:
        text.append(f"{words['uncertain']}: {rule.uncertain}")
        markdown.append(f"**{words['uncertain']}:** {md_escape(rule.uncertain)}")
    properties: dict[str, Any] = {
        "citations": [c.as_json() for c in rule.citations],
        "tags": _tags(rule),
    }
    if rule.uncertain:
        properties["uncertain"] = rule.uncertain
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": f"{rule.name} ({citations})" if citations else rule.name},
        "fullDescription": {"text": explanation},
        "helpUri": help_uri(rule.id, rule.name),
        "help": {"text": "\n\n".join(text), "markdown": "\n\n".join(markdown)},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": properties,
    }


def _builtin_descriptor(rule_id: str, options: Options) -> dict[str, Any]:
    name, description = DESCRIBED.get(rule_id, (rule_id, {}))
    text = description.get(options.lang, rule_id)
    return {
        "id": rule_id,
        "name": name,
        "shortDescription": {"text": text},
        "fullDescription": {"text": text},
        "helpUri": BUILTIN_HELP.get(rule_id, __url__),
        "help": {"text": text, "markdown": md_escape(text)},
        "defaultConfiguration": {"level": "warning" if rule_id == UNUSED_SUPPRESSION else "error"},
        "properties": {
            "citations": [],
            "tags": ["patentcheck", "suppression" if rule_id == UNUSED_SUPPRESSION else "input"],
        },
    }


def help_uri(rule_id: str, name: str) -> str:
    """The rule's section of docs/rules.md: its heading `### PA025-03 `name`` has the
    anchor GitHub derives from it (lower case, spaces to hyphens, backticks dropped)."""
    return f"{RULES_DOC}#{rule_id.lower()}-{name}"


def _tags(rule: Rule) -> list[str]:
    tags = [
        "patentcheck",
        rule.pack,
        *sorted({c.law for c in rule.citations}),
        *(value for scope in rule.scopes() for _, values in scope for value in values),
    ]
    if rule.uncertain:
        tags.append("uncertain")
    return list(dict.fromkeys(tags))


def _result(result: BundleResult, finding: Finding, rule_index: int, options: Options) -> dict[str, Any]:
    loc = finding.location
    path = file_of(result, finding)
    data: dict[str, Any] = {"ruleId": finding.rule, "ruleIndex": rule_index}
    if finding.outcome == "fail":
        data["level"] = LEVELS[finding.severity]
    else:  # SARIF §3.27.9: a result that is not a failure has level "none"
        data.update(kind="pass", level="none")
    if finding.suppressed is not None:  # SARIF §3.35: consumers hide suppressed results
        data["suppressions"] = [{"kind": "inSource", "justification": finding.suppressed}]
    citations = cited(finding, options.lang)
    data["message"] = {"text": f"{finding.message} ({citations})" if citations else finding.message}
    data["locations"] = [
        {
            "physicalLocation": {
                "artifactLocation": {"uri": artifact_uri(path)},
                "region": {"startLine": max(loc.line, 1), "startColumn": max(loc.column, 1)},
            }
        }
    ]
    identity = "\0".join((result.path, finding.rule, loc.pointer))  # stable while the defect stays
    data["partialFingerprints"] = {"patentcheckFinding/v1": hashlib.sha256(identity.encode("utf-8")).hexdigest()[:32]}
    properties: dict[str, Any] = {
        "citations": [c.as_json() for c in finding.citations],
        "pointer": loc.pointer,
        "bundle": result.path,
    }
    if finding.in_force:
        properties["inForce"] = {"from": finding.in_force[0], "until": finding.in_force[1]}
    data["properties"] = properties
    return data
