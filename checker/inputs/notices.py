"""Findings about the input files themselves, not about the law: a Word document that still
carries unaccepted tracked changes (``tracked-changes``).

Why a finding of the checker's own and not a rule of the pack: no provision of the Patent
Act or its Enforcement Rules speaks of revision marks. The office receives the text as
filed, a clean copy; the checker reads the document as it stands with every change
accepted, and warns that what it checked is not yet what the file shows unaccepted.
Like ``unused-suppression`` it is selectable and ignorable by that name, and a warning
(it never decides the exit status unless ``--fail-on warning``).
"""

from __future__ import annotations

from typing import Any

from checker.core.config import TRACKED_CHANGES
from checker.core.findings import Finding, Location

_KINDS = {
    "insertion": {"zh-TW": "插入", "en": "insertion"},
    "deletion": {"zh-TW": "刪除", "en": "deletion"},
    "move": {"zh-TW": "移動", "en": "move"},
    "formatting": {"zh-TW": "格式變更", "en": "formatting change"},
}
_MESSAGE = {
    "zh-TW": "{file} 尚有未接受之追蹤修訂（{counts}）；已依全部接受後之文字檢查。送件前請接受或拒絕所有修訂，"
    "專利專責機關收受之文件應為無修訂標記之定稿。",
    "en": "{file} still carries unaccepted tracked changes ({counts}); it was checked as if every change "
    "were accepted. Accept or reject them before filing: the office should receive a clean copy.",
}


def input_notices(bundle: Any, lang: str) -> list[Finding]:
    findings = []
    seen: set[str] = set()
    for pointer, source in sorted(bundle.texts.items()):
        word = source.word
        if word is None or not word.tracked_changes or source.file in seen:
            continue
        seen.add(source.file)
        counts = ("、" if lang == "zh-TW" else ", ").join(
            f"{_KINDS[kind][lang]} {count}" if lang == "zh-TW" else f"{count} {_KINDS[kind][lang]}{'s' * (count > 1)}"
            for kind, count in sorted(word.changes.items(), key=lambda kc: list(_KINDS).index(kc[0]))
            if count
        )
        line = word.change_lines[0] if word.change_lines else 1
        findings.append(
            Finding(
                rule=TRACKED_CHANGES,
                name="",  # as unused-suppression: the rule id is the name
                outcome="fail",
                severity="warning",
                message=_MESSAGE[lang].format(file=source.file, counts=counts),
                location=Location(source.origin or f"{pointer}/file", line, 1, source.file),
            )
        )
    return findings
