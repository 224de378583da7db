"""`patentcheck rules` filters: by article (26, 26(2), 第26條第2項), law, patent type, procedure,
severity and pack. Values of one filter are alternatives; different filters must all hold."""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.teach.answers import parse_article


class FilterError(ValueError):
    """A filter value that matches nothing known (a usage error)."""


@dataclass
class RuleFilter:
    articles: list[str] = field(default_factory=list)
    laws: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    procedures: list[str] = field(default_factory=list)
    severities: list[str] = field(default_factory=list)
    packs: list[str] = field(default_factory=list)

    def empty(self) -> bool:
        return not any((self.articles, self.laws, self.types, self.procedures, self.severities, self.packs))


_VOCABULARY = {"patent_types": "patent_type", "procedures": "procedure"}  # option -> the pack's fact


def _values(rule, name: str) -> tuple[str, ...]:
    """The values of a vocabulary fact (patent_type, procedure) for which the rule applies."""
    return tuple(rule.applies_values(_VOCABULARY[name]))


def _split(values) -> list[str]:
    return [part.strip() for value in values or [] for part in str(value).split(",") if part.strip()]


def build_filter(
    rules, articles=None, laws=None, types=None, procedures=None, severities=None, packs=None
) -> RuleFilter:
    """Checks each value against what the rules know, so a typo is an error, not an empty list."""
    wanted = RuleFilter(
        _split(articles), _split(laws), _split(types), _split(procedures), _split(severities), _split(packs)
    )
    known = {
        "--law": {c.law for r in rules for c in r.citations},
        "--type": {t for r in rules for t in _values(r, "patent_types")},
        "--procedure": {p for r in rules for p in _values(r, "procedures")},
        "--severity": {"error", "warning", "info"},
        "--pack": {r.pack for r in rules},
    }
    for option, values in (
        ("--law", wanted.laws),
        ("--type", wanted.types),
        ("--procedure", wanted.procedures),
        ("--severity", wanted.severities),
        ("--pack", wanted.packs),
    ):
        for value in values:
            if value not in known[option]:
                raise FilterError(f"{option} {value!r} matches no rule; known: {', '.join(sorted(known[option]))}")
    for value in wanted.articles:
        if _article(value) is None:
            raise FilterError(f"--article {value!r} is not an article (26, 26(2), 第26條第2項, 157-1)")
    return wanted


def _article(value: str):
    labels = {"157-1", "157-2", "157-3", "157-4"}  # articles with a dash; 26-2 is 26(2)
    return parse_article(value, labels)


def _cites(rule, value: str, laws: list[str]) -> bool:
    label, paragraph, subparagraph = _article(value)
    for c in rule.citations:
        if laws and c.law not in laws:
            continue
        if str(c.article) != label:
            continue
        if paragraph is not None and c.paragraph not in (paragraph, None):
            continue
        if subparagraph is not None and c.subparagraph not in (subparagraph, None):
            continue
        return True
    return False


def matches(rule, wanted: RuleFilter) -> bool:
    if wanted.laws and not any(c.law in wanted.laws for c in rule.citations):
        return False
    if wanted.articles and not any(_cites(rule, value, wanted.laws) for value in wanted.articles):
        return False
    if (wanted.types or wanted.procedures) and not _in_scope(rule, wanted):
        return False
    if wanted.severities and rule.severity not in wanted.severities:
        return False
    return not (wanted.packs and rule.pack not in wanted.packs)


def _in_scope(rule, wanted: RuleFilter) -> bool:
    """Type and procedure must hold in one and the same scope of the rule (a rule for invention
    applications and design corrections is not a rule for invention corrections)."""
    scopes = rule.scopes() if hasattr(rule, "scopes") else ()
    if not scopes:
        return (not wanted.types or bool(set(wanted.types) & set(_values(rule, "patent_types")))) and (
            not wanted.procedures or bool(set(wanted.procedures) & set(_values(rule, "procedures")))
        )
    for scope in scopes:
        values = dict(scope)
        if wanted.types and not set(wanted.types) & set(values.get("patent_type", ())):
            continue
        if wanted.procedures and not set(wanted.procedures) & set(values.get("procedure", ())):
            continue
        return True
    return False
