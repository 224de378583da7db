"""What every CI format needs: the options, where a finding is, and the descriptions of
the two findings that come from no rule (schema errors and unreadable input)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Mapping

from checker.core.config import NOT_COVERED, UNUSED_SUPPRESSION
from checker.core.findings import BundleResult, Finding, reaches
from checker.core.pipeline import INPUT_RULE, Report
from checker.report.render import citations_text
from checker.core.rulepack import Rule
from checker.core.schema_check import SCHEMA_RULE


@dataclass(frozen=True)
class Options:
    lang: str = "zh-TW"
    show_passes: bool = False
    fail_on: str | None = None  # the --fail-on level; None: each bundle's configured level
    rules: Mapping[str, Rule] = field(default_factory=dict)  # rule id -> rule, for metadata
    quiet: bool = False  # text: the findings only (no clean bundle, no summary)
    width: int | None = None  # text: wrap lines to this many cells (a terminal's width)


# Findings that no rule pack defines: name, description (zh-TW, en).
BUILTIN = {
    SCHEMA_RULE: (
        "bundle-schema",
        {
            "zh-TW": "案卷不符合案卷格式（schemas/bundle.schema.json）：型別、列舉值、日期格式或未知欄位有誤；不執行任何規則。",
            "en": "The bundle does not match the bundle format (schemas/bundle.schema.json): a type, enum value, "
            "date format or unknown key is wrong; no rule runs on it.",
        },
    ),
    INPUT_RULE: (
        "unreadable-input",
        {
            "zh-TW": "無法讀取案卷或其引用之文字檔（YAML 語法、編碼、檔案位置）；不執行任何規則。",
            "en": "The bundle or a text file it refers to cannot be read (YAML syntax, encoding, file location); "
            "no rule runs on it.",
        },
    ),
}
# Findings of ours that are not a rule pack's, for descriptions (SARIF): the built-in
# errors and the unused-suppression warning. Names differ from ids (SARIF §3.49.7: an id
# is opaque, a name is for people; the SARIF validator's SARIF1001 requires them to differ).
DESCRIBED = {
    **BUILTIN,
    NOT_COVERED: (
        "no-rule-set-in-force",
        {
            "zh-TW": "案卷之準據日不在其規則集之施行期間內，未檢查任何規定。",
            "en": "The bundle's governing date is outside its rule set's in-force span; nothing was judged.",
        },
    ),
    UNUSED_SUPPRESSION: (
        "suppression-matches-no-failure",
        {
            "zh-TW": "案卷之例外核可（suppressions）所指規則不存在，或未對應任何未通過之檢查結果；已不需要的例外應刪除。",
            "en": "A suppression in the bundle names no rule, or matches no failed finding; remove an exception "
            "that is no longer needed.",
        },
    ),
}


def is_builtin(rule_id: str) -> bool:
    """A schema or input error: never a rule's finding, always blocking (exit status 2)."""
    return rule_id in BUILTIN


def file_of(result: BundleResult, finding: Finding) -> str:
    """The file a finding points into: a text file it was read from, else the bundle."""
    return finding.location.file or result.path


def blocks(finding: Finding, fail_on: str) -> bool:
    """Whether a finding makes the exit status non-zero: schema and input errors always
    (exit 2), a rule's failure when it reaches --fail-on (exit 1)."""
    if finding.outcome != "fail":
        return False
    if is_builtin(finding.rule):
        return True
    return fail_on != "none" and reaches(finding, fail_on)


def cited(finding: Finding, lang: str) -> str:
    return citations_text(finding.citations, lang)


def failed_findings(report: Report) -> Iterator[tuple[BundleResult, Finding]]:
    for result in report.results:
        for finding in result.findings:
            if finding.outcome == "fail":
                yield result, finding


def overall(report: Report, fail_on: str | None) -> str:
    """ "invalid", "failed" or "passed", exactly as the exit status (2, 1, 0) says."""
    return {2: "invalid", 1: "failed", 0: "passed"}[report.exit_status(fail_on)]
