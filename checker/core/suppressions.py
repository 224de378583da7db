"""Suppressions: reviewed exceptions recorded in a bundle.

``suppressions: [{rule: PA025-03, reason: "…", pointer: /claims}]`` accepts the named
rule's failure for this bundle (at ``pointer`` or below it, when given). A suppressed
failure is still reported, marked with its reason, but counts toward neither the exit
status nor the summary's fails. A suppression that names no rule, or matches no failed
finding, is itself reported as a warning (``unused-suppression``), so stale exceptions
do not pile up unseen.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable, Collection, Iterable

from checker.core.config import UNUSED_SUPPRESSION
from checker.core.findings import Finding, Location

_MESSAGES = {
    "unknown": {
        "zh-TW": "例外核可所指規則 {rule} 不存在；請以 `patentcheck rules` 查詢規則代碼。",
        "en": "the suppression names rule {rule}, which does not exist; `patentcheck rules` lists the rule ids.",
    },
    "unused": {
        "zh-TW": "例外核可未對應任何未通過之 {rule} 檢查結果{where}；如已不需要，請刪除。",
        "en": "the suppression matches no failed finding of {rule}{where}; remove it if it is no longer needed.",
    },
    "where": {"zh-TW": "（位置 {pointer}）", "en": " at {pointer}"},
}


def covers(pointer: str | None, location: Location) -> bool:
    """A suppression without a pointer covers the whole bundle; with one, that location
    and everything below it (``/claims`` covers ``/claims/2/text`` and claims.txt).
    ``POINTER@LINE`` names one line of the text file read from POINTER (``/claims@7``:
    the claim on line 7 of claims.txt), so one offender in a file can be accepted."""
    if pointer is not None and "@" in pointer:
        base, _, line = pointer.partition("@")
        return (
            location.file is not None
            and location.pointer in (base, base.rstrip("/") + "/file")
            and line.split(":")[0] == str(location.line)
        )
    return pointer is None or location.pointer == pointer or location.pointer.startswith(pointer.rstrip("/") + "/")


def apply_suppressions(
    findings: Iterable[Finding],
    suppressions: list[dict[str, Any]],
    known_rules: Collection[str],
    locate: Callable[[str], Location],
    lang: str,
) -> list[Finding]:
    """The findings with covered failures marked suppressed, plus one warning for each
    suppression that names no rule or covers no failure."""
    findings = list(findings)
    for index, entry in enumerate(suppressions):
        rule, reason, pointer = entry["rule"], entry["reason"], entry.get("pointer")
        used = False
        for i, finding in enumerate(findings):
            if finding.rule == rule and finding.outcome == "fail" and covers(pointer, finding.location):
                used = True
                if finding.suppressed is None:  # the first suppression's reason is shown
                    findings[i] = replace(finding, suppressed=reason)
        if not used:
            kind = "unused" if rule in known_rules else "unknown"
            where = _MESSAGES["where"][lang].format(pointer=pointer) if pointer else ""
            findings.append(
                Finding(
                    rule=UNUSED_SUPPRESSION,
                    name="",
                    outcome="fail",
                    severity="warning",
                    message=_MESSAGES[kind][lang].format(rule=rule, where=where),
                    location=locate(f"/suppressions/{index}"),
                )
            )
    return findings
