"""Findings and reports: the data every output format renders."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("error", "warning", "info")  # most to least severe
SEVERITY_RANK = {name: rank for rank, name in enumerate(reversed(SEVERITIES))}


@dataclass(frozen=True)
class Citation:
    law: str
    article: int
    paragraph: int | None = None
    subparagraph: int | None = None
    version: str | None = None  # in-force date of an amended text; None: the 2013 text
    item: int | None = None  # 目, an item of a subparagraph (Rules art. 11(1)(3)(i))

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "law": self.law,
            "article": self.article,
            "paragraph": self.paragraph,
            "subparagraph": self.subparagraph,
        }
        if self.version is not None:
            data["version"] = self.version
        if self.item is not None:
            data["item"] = self.item
        return data


def _citation_key(c: Citation) -> tuple:
    return (c.law, c.article, c.paragraph or 0, c.subparagraph or 0, c.version or "")


@dataclass(frozen=True)
class Location:
    pointer: str
    line: int
    column: int
    file: str | None = None  # set when the finding is about a file other than the bundle

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"pointer": self.pointer, "line": self.line, "column": self.column}
        if self.file is not None:
            data["file"] = self.file
        return data


@dataclass(frozen=True)
class Finding:
    rule: str
    outcome: str  # "pass" | "fail"
    severity: str  # "error" | "warning" | "info"; always "info" for a pass
    message: str
    location: Location
    citations: tuple[Citation, ...] = ()
    name: str = ""
    in_force: tuple[str, str | None] | None = None  # the version of the rule applied: (from, until)
    suppressed: str | None = None  # the reason of the bundle's suppression that accepted this failure

    def sort_key(self) -> tuple:
        """The bundle's own findings first, then each text file's, each in line:column order."""
        return (
            self.location.file or "",
            self.location.line,
            self.location.column,
            self.rule,
            self.outcome,
            self.message,
            self.name,
            self.severity,
            self.location.pointer,
            tuple(_citation_key(c) for c in self.citations),
            tuple(v or "" for v in self.in_force or ()),
            self.suppressed or "",
        )
        # Total: two findings that differ in anything shown never tie, so no list of
        # findings depends on set or hash order (PYTHONHASHSEED).

    def as_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "name": self.name,
            "outcome": self.outcome,
            "severity": self.severity,
            "citations": [c.as_json() for c in self.citations],
            "message": self.message,
            "location": self.location.as_json(),
            **({"in_force": {"from": self.in_force[0], "until": self.in_force[1]}} if self.in_force else {}),
            **({"suppressed": {"reason": self.suppressed}} if self.suppressed is not None else {}),
        }


@dataclass
class BundleResult:
    path: str
    valid: bool
    findings: list[Finding] = field(default_factory=list)
    readable: bool = True  # False when the file could not even be parsed
    as_of: str | None = None  # the evaluation date used (valid bundles only)
    lang: str | None = None  # the language of its messages, when configured for this bundle
    fail_on: str = "error"  # the --fail-on level configured for this bundle
    pack: str | None = None  # the law pack that judged it (None when it could not be read)
    # The office closures its deadlines used beyond the calendar's own (configuration and
    # --closed): (ISO date, reason) pairs, so a renderer recomputing its deadlines agrees.
    closures: tuple[tuple[str, str], ...] = ()

    def problems(self) -> list[str]:
        """Its findings as ``file:line:column: message``: why an unusable bundle is unusable."""
        return [
            f"{f.location.file or self.path}:{f.location.line}:{f.location.column}: {f.message}" for f in self.findings
        ]

    @property
    def fails(self) -> list[Finding]:
        """Failed findings that count: suppressed ones are reported but do not."""
        return [f for f in self.findings if f.outcome == "fail" and f.suppressed is None]


def reaches(finding: Finding, level: str) -> bool:
    """Whether a failed finding is at least as severe as ``level`` (and not suppressed)."""
    return (
        finding.outcome == "fail"
        and finding.suppressed is None
        and SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[level]
    )
