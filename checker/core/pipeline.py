"""The whole check: read → schema → facts → durable-rules → cited findings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from pathlib import Path
from typing import Any, Callable, Iterable

from checker import __version__
from checker.core.engine import Engine, Outcomes
from checker.inputs.notices import input_notices
from checker.core.coverage import coverage_findings
from checker.core.errors import InputError
from checker.core.config import Policy
from checker.core.findings import BundleResult, Finding, Location, reaches
from checker.core.paths import display_path
from checker.core.registry import FactContext, iso
from checker.core.rulepack import Rule, RulePack, load_packs
from checker.core.shown import ValueTable, core_words
from checker.core.suppressions import apply_suppressions
from checker.inputs.bundle import Bundle, read_bundle
from checker.inputs.yamlsource import load_yaml_file, load_yaml_text

INPUT_RULE = "input"  # findings about input that could not be read at all


@dataclass
class Report:
    packs: list[str]
    as_of: str | None
    results: list[BundleResult] = field(default_factory=list)

    def summary(self) -> dict[str, int]:
        findings = [f for r in self.results for f in r.findings]
        fails = [f for r in self.results for f in r.fails]
        return {
            "bundles": len(self.results),
            "pass": sum(f.outcome == "pass" for f in findings),
            "fail": len(fails),
            "errors": sum(f.severity == "error" for f in fails),
            "warnings": sum(f.severity == "warning" for f in fails),
            "suppressed": sum(f.suppressed is not None for f in findings),
        }

    def exit_status(self, fail_on: str | None = None) -> int:
        """2 for an invalid bundle; 1 when a counted failure reaches ``fail_on`` (when
        None, each bundle's configured level); else 0."""
        if any(not r.valid for r in self.results):
            return 2
        for r in self.results:
            level = fail_on or r.fail_on
            if level != "none" and any(reaches(f, level) for f in r.findings):
                return 1
        return 0

    def as_json(self) -> dict[str, Any]:
        return {
            "tool": {"name": "patentcheck", "version": __version__, "rule_packs": self.packs},
            "as_of": self.as_of,
            "bundles": [
                {
                    "path": r.path,
                    **({"pack": r.pack} if r.pack else {}),
                    "valid": r.valid,
                    "as_of": r.as_of,
                    "findings": [f.as_json() for f in r.findings],
                }
                for r in self.results
            ],
            "summary": self.summary(),
        }


@cache
def default_packs(extra: tuple[Path, ...] = ()) -> tuple[RulePack, ...]:
    """The shipped law packs, and the extra pack folders given (a firm's own rules)."""
    return tuple(load_packs(extra=extra))


class Packs:
    """The packs in use, by regime: the pack that judges a regime's bundles (its facts,
    schema and scopes) and every rule of the packs that extend it."""

    def __init__(self, packs: Iterable[RulePack]) -> None:
        self.all = list(packs)
        self.base = {p.regime: p for p in self.all if p.extends is None}
        self.default = next((p.regime for p in self.base.values() if p.default_regime), None)
        self._engines: dict[str, Engine] = {}

    def rules(self, regime: str) -> list[Rule]:
        return [rule for pack in self.all if pack.regime == regime for rule in pack.rules]

    def engine(self, regime: str) -> Engine:
        if regime not in self._engines:
            self._engines[regime] = Engine(self.rules(regime))
        return self._engines[regime]

    def for_document(self, data: Any, doc: Any) -> RulePack:
        """The pack that judges a bundle: its ``regime:``, else the default regime."""
        regime = data.get("regime", self.default) if isinstance(data, dict) else self.default
        if isinstance(regime, str) and regime in self.base:
            return self.base[regime]
        pointer = "/regime"
        pos = doc.position(pointer) if isinstance(data, dict) and "regime" in data else doc.position("/")
        known = ", ".join(sorted(self.base)) or "none"
        shown = regime if isinstance(regime, str) else repr(regime)
        raise InputError(
            f"unknown regime {shown!r}: the rule packs in use judge {known}", doc.path, pos.line, pos.column, pointer
        )


class Checker:
    def __init__(self, packs: Iterable[RulePack] | None = None, lang: str = "zh-TW", calendar: Any = None) -> None:
        self.packs = list(packs if packs is not None else default_packs())
        self.by_regime = Packs(self.packs)
        self.lang = lang
        self.calendar = calendar
        self._calendars: dict[tuple, Any] = {}

    def extra_folders(self) -> tuple[Path, ...]:
        """The folders of the packs loaded from outside the installation (--rules)."""
        from checker.core.resources import resource_dir

        shipped = resource_dir("rules").resolve()
        return tuple(
            p.folder.resolve()
            for p in self.packs
            if p.folder is not None and not p.folder.resolve().is_relative_to(shipped)
        )

    @property
    def engine(self) -> Engine:
        """The default regime's engine (the patent pack's)."""
        return self.by_regime.engine(self.by_regime.default or next(iter(self.by_regime.base)))

    @cached_property
    def rules(self) -> dict[str, Rule]:
        """Every rule of the packs in use, by id (built once: every bundle's suppressions read it)."""
        return {rule.id: rule for pack in self.packs for rule in pack.rules}

    def check_paths(
        self,
        paths: Iterable[Path],
        as_of: dt.date | None = None,
        today: dt.date | None = None,
        policies: dict[Path, Policy] | None = None,
        jobs: int = 1,
    ) -> Report:
        """Check bundles in order; ``policies`` (configuration) per path; ``jobs`` > 1
        checks them in worker processes, with the same report as a serial run."""
        paths = list(paths)
        report = Report([p.id for p in self.packs], as_of.isoformat() if as_of else None)
        tasks = [(path, as_of, today, (policies or {}).get(path)) for path in paths]
        if jobs > 1 and len(paths) > 1:
            from checker.core.parallel import check_in_workers

            report.results = check_in_workers(
                tasks, jobs, self.lang, self.calendar, make=type(self), extra=self.extra_folders(), packs=self.packs
            )
        else:
            report.results = [self.check_file(*task) for task in tasks]
        if as_of is None:
            dates = {r.as_of for r in report.results}
            report.as_of = dates.pop() if len(dates) == 1 else None
        return report

    def check_file(
        self,
        path: Path,
        as_of: dt.date | None = None,
        today: dt.date | None = None,
        policy: Policy | None = None,
        text: str | None = None,
        shown: str | None = None,
    ) -> BundleResult:
        """``text``, ``shown``: the bundle's YAML and name when not read from ``path`` (open_bundle)."""
        bundle, result = open_bundle(path, text, shown, self.by_regime)
        if policy is not None:
            result.lang, result.fail_on = policy.lang, policy.fail_on
        if bundle is None:
            return result
        pack = self.by_regime.base[bundle.regime]
        when = evaluation_date(bundle, as_of, today)
        result.as_of = when.isoformat()
        lang = policy.lang if policy else self.lang
        assert pack.registry is not None
        calendar = self.calendar_for(policy)
        result.closures = tuple(
            (day.isoformat(), str(reason))
            for day, reason in sorted((getattr(calendar, "extra_closures", None) or {}).items())
        )
        ctx = pack.registry.context(bundle, when, calendar)
        findings = self.judge(bundle, ctx, lang)
        findings += input_notices(bundle, lang)  # the input files' own state (tracked changes)
        findings += coverage_findings(bundle, ctx, pack, lang, locate)  # no pack in force at its date
        result.findings = self.configure(bundle, findings, policy or Policy(lang=lang), lang)
        return result

    def calendar_for(self, policy: Policy | None) -> Any:
        """The office calendar with the closures a configuration adds (built once each)."""
        if policy is None or not policy.closures:
            return self.calendar
        if policy.closures not in self._calendars:
            from checker.timing.office_calendar import OfficeCalendar

            base = dict(getattr(self.calendar, "extra_closures", {}) or {})
            self._calendars[policy.closures] = OfficeCalendar(extra_closures={**base, **dict(policy.closures)})
        return self._calendars[policy.closures]

    def configure(self, bundle: Bundle, findings: list[Finding], policy: Policy, lang: str) -> list[Finding]:
        """What the user asked for, applied after the engine: the bundle's suppressions,
        then the rules deselected and severity overrides. Never a legal judgement."""
        findings = apply_suppressions(
            findings, bundle.data.get("suppressions") or [], self.rules.keys(), lambda p: locate(bundle, p), lang
        )
        return sorted(
            (
                replace(f, severity=policy.severity_of(f.rule, f.severity)) if f.outcome == "fail" else f
                for f in findings
                if policy.enabled(f.rule)
            ),
            key=Finding.sort_key,
        )

    def judge(self, bundle: Bundle, ctx: FactContext, lang: str | None = None) -> list[Finding]:
        """durable-rules' verdicts as cited findings: one per applicable rule, or for a
        failed rule over items, one per offending item, located at it."""
        lang = lang or self.lang
        engine = self.by_regime.engine(bundle.regime)
        pack = self.by_regime.base[bundle.regime]
        vocabulary = {name: ctx.fact(name) for name in pack.vocabulary}
        verdict = engine.evaluate(ctx.facts, ctx.items, vocabulary)
        assert isinstance(verdict, Outcomes)
        shown = ShownFacts(ctx, lang, pack.values)
        findings = []
        for rule_id, outcome in verdict.outcomes.items():
            rule = engine.rules[rule_id]
            common: dict[str, Any] = dict(
                rule=rule.id,
                name=rule.name,
                outcome=outcome,
                citations=rule.citations,
                in_force=rule.in_force(),
                severity=rule.severity if outcome == "fail" else "info",
            )
            if rule.given is not None and outcome == "fail":
                items = ctx.items(rule.given)
                for item_id in verdict.failed_items.get(rule_id, []):
                    item = items[int(item_id.rpartition("#")[2])]
                    findings.append(
                        Finding(
                            message=rule.message("fail", lang, shown, shown.item(rule.given, item)),
                            location=locate(bundle, item["pointer"]),
                            **common,
                        )
                    )
                continue
            findings.append(
                Finding(
                    message=rule.message(outcome, lang, shown), location=locate(bundle, rule.pointer(shown)), **common
                )
            )
        return sorted(findings, key=Finding.sort_key)


class ShownFacts(dict):
    """Facts as messages show them, computed when a message reads one: dates as ISO text,
    enum values in the report's language (the pack's value table, checker/core/shown.py)."""

    def __init__(self, ctx: FactContext, lang: str = "zh-TW", values: ValueTable | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.lang = lang
        self.table = values or core_words()  # not self.values: that is dict.values()

    def __missing__(self, name: str) -> Any:
        spec = self.ctx.registry.facts.get(name)
        if spec is None:
            raise KeyError(name)
        if spec.shown_in is not None:
            self[name] = shown = spec.shown_in(self.ctx, self.lang)
            return shown
        value = self.ctx.fact(name)
        self[name] = shown = iso(value) if spec.type == "date" else self.table.show(name, value, self.lang)
        return shown

    def item(self, kind: str, item: dict[str, Any]) -> dict[str, Any]:
        """An item's properties as messages show them (dates as ISO text, enum values worded),
        each worded when a message reads it (a failed claim's message reads one or two of its
        thirty properties, and a claim set may have thousands of failed claims)."""
        return _ShownItem(self, kind, item)

    def get(self, name: str, default: Any = None) -> Any:
        try:
            return self[name]
        except KeyError:
            return default


class _ShownItem(dict):
    """:meth:`ShownFacts.item`: an item's property is worded when first read."""

    def __init__(self, shown: ShownFacts, kind: str, item: dict[str, Any]) -> None:
        super().__init__()
        self.shown, self.kind, self.item = shown, kind, item

    def __missing__(self, prop: str) -> Any:
        value = self.item[prop]  # KeyError for a property the item does not have
        shown = self.shown
        if shown.ctx.registry.items[self.kind].properties.get(prop) == "date":
            self[prop] = worded = iso(value)
        else:
            self[prop] = worded = shown.table.show(f"{self.kind}.{prop}", value, shown.lang)
        return worded


def locate(bundle: Bundle, pointer: str) -> Location:
    """Where a finding points. A JSON pointer into the bundle gives its line:column in the
    YAML; ``POINTER@LINE:COLUMN`` points into the text file that the text at POINTER was
    read from (a claims or description file), so a finding about claim 3 of claims.txt
    is reported at claims.txt:LINE:COLUMN. Inline texts have no such file: the pointer wins."""
    base, _, where = pointer.partition("@")
    source = bundle.texts.get(base)
    if where and source is not None and source.file:
        line, _, column = where.partition(":")
        if line.isdigit():
            return Location(
                source.origin or base + "/file",
                int(line) + source.line_offset,
                int(column) if column.isdigit() else 1,
                source.file,
            )
    pos = bundle.doc.position(base)
    return Location(base, pos.line, pos.column)


class OutsideLink(type(Path())):  # type: ignore[misc]
    """A file found by a folder scan that is a symbolic link to a file outside the scanned
    folder: reported as unreadable input, never read (a link in a repository must not make
    the checker read, and quote, ``/etc/passwd``). Named on the command line, it is read."""


def _outside_link(path: Path, scanned: Path) -> Path:
    try:
        inside = path.resolve().is_relative_to(scanned.resolve())
    except (OSError, RuntimeError):
        inside = False
    return path if inside else OutsideLink(path)


def open_bundle(
    path: Path, text: str | None = None, shown: str | None = None, packs: Packs | None = None
) -> tuple[Bundle | None, BundleResult]:
    """Read a bundle for any command: the bundle and its (so far empty) result, or None
    and the result saying why it cannot be used (unreadable input, unknown regime, schema
    findings). Its ``regime:`` chooses the pack whose schema and texts apply.
    ``text``: the bundle's YAML given directly (the API); ``path`` then only places its
    ``{file: …}`` texts, and ``shown`` names it in the report (default: the path)."""
    shown = shown or display_path(path)
    if isinstance(path, OutsideLink):
        return None, input_error_result(
            shown,
            InputError(
                "a symbolic link to a file outside the scanned folder: not read (name it on the "
                "command line to check it)",
                shown,
            ),
        )
    packs = packs or Packs(default_packs())
    pack = None
    try:
        doc = load_yaml_file(path, shown) if text is None else load_yaml_text(text, shown)
        pack = packs.for_document(doc.data, doc)
        bundle, schema_errors = read_bundle(
            path, shown, doc=doc, schema=pack.schema, text_pointers=pack.texts, file_lists=pack.file_lists
        )
    except InputError as exc:
        # a text file it names is unreadable: the bundle still belongs to its regime's pack
        result = input_error_result(shown, exc)
        result.pack = pack.id if pack is not None else None
        return None, result
    if bundle is not None:
        bundle.regime = pack.regime
    return bundle, BundleResult(shown, valid=bundle is not None, findings=schema_errors, pack=pack.id)


def input_error_result(shown: str, exc: InputError) -> BundleResult:
    location = Location(exc.pointer or "/", exc.line or 1, exc.column or 1, None if exc.file == shown else exc.file)
    finding = Finding(INPUT_RULE, "fail", "error", exc.message, location, name="unreadable-input")
    return BundleResult(shown, valid=False, findings=[finding], readable=False)


def bundle_context(bundle: Bundle, as_of: dt.date, calendar: Any = None, packs: Packs | None = None) -> FactContext:
    """A bundle's facts and items under the pack of its regime (what `deadlines` reads)."""
    packs = packs or Packs(default_packs())
    registry = packs.base[bundle.regime].registry
    assert registry is not None
    return registry.context(bundle, as_of, calendar)


def evaluation_date(bundle: Bundle, as_of: dt.date | None = None, today: dt.date | None = None) -> dt.date:
    """The date a bundle is judged as of (bundle-format.md): --as-of, else its
    submitted_on, else today."""
    submitted = bundle.data.get("submitted_on")
    if as_of:
        return as_of
    return dt.date.fromisoformat(submitted) if submitted else (today or dt.date.today())


def _in_rule_pack(path: Path, top: Path, known: dict[Path, bool] | None = None) -> bool:
    """Whether a folder from ``path``'s up to ``top`` holds a pack.yaml; ``known``: the
    answers for folders already walked in this scan (each folder is looked at once)."""
    known = {} if known is None else known
    folder, walked = path.parent, []
    while True:
        if folder in known:
            answer = known[folder]
            break
        if (folder / "pack.yaml").is_file():
            answer = True
            break
        walked.append(folder)
        if folder == top or folder == folder.parent:
            answer = False
            break
        folder = folder.parent
    for below in walked:  # a pack's folder is found before anything below it is recorded
        known[below] = answer
    return answer


def collect_bundles(arguments: Iterable[Path], wanted: Callable[[Path, Path, bool], bool] | None = None) -> list[Path]:
    """Files as given; for a directory, every *.yaml/*.yml under it (hidden ones skipped,
    and rule packs: a folder holding a pack.yaml holds rules, not bundles).
    ``wanted(file, argument, scanned)`` replaces the suffix test (include/exclude globs)."""
    found: list[Path] = []
    for argument in arguments:
        if argument.is_dir():
            in_pack: dict[Path, bool] = {}
            found.extend(
                _outside_link(p, argument)
                for p in argument.rglob("*")
                if p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(argument).parts)
                and not _in_rule_pack(p, argument, in_pack)
                and (wanted(p, argument, True) if wanted else p.suffix in (".yaml", ".yml"))
            )
        elif wanted is None or wanted(argument, argument.parent, False):
            found.append(argument)
    return sorted(set(found), key=lambda p: p.as_posix())
