"""The Python API of patentcheck: check bundles, list and explain rules, compute deadlines and fees.

Everything here returns plain data (dicts and lists of JSON types) or a :class:`CheckReport`
whose ``data`` is exactly the JSON report of ``patentcheck check --format json``
(``schemas/report.schema.json``). Nothing prints, nothing calls ``sys.exit``, and no
call changes what a later call returns: the rules are compiled once per process and
never modified, and every per-call setting (language, evaluation date, closures, rule
selection) is an argument.

Bad input never raises: an unreadable or invalid bundle is a report whose bundle is
``valid: false`` with located findings (``rule: "input"`` or ``"schema"``), exactly as the
command line reports it. Only misuse of the API itself raises: :class:`ApiError` (a
``ValueError``) for an unknown language, a bad date, a selector that matches no rule, a
bundle of an unsupported type, a YAML text above :data:`MAX_BUNDLE_BYTES`.

**Threads**: every function may be called from several threads at once. durable-rules'
C core has no locks, so the engine serialises its own calls with a lock: threads are
safe but evaluate the rules one at a time (use processes, as ``patentcheck check -j``
does, for throughput).

See ``docs/api.md`` for examples (they run as tests).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence, Union

import yaml

from checker import _API

# The names exported, listed once in checker/__init__.py (which loads this module on first use).
__all__ = list(_API)

#: The version of ``schemas/report.schema.json`` that :attr:`CheckReport.data` follows.
REPORT_SCHEMA_VERSION = 1
#: A bundle's YAML is at most this many bytes, as a bundle file is (UTF-8).
MAX_BUNDLE_BYTES = 2 * 1024 * 1024

LANGS = ("zh-TW", "en")
FAIL_ON = ("error", "warning", "info", "none")
# The name a bundle given as text or data has in its report when none is given.
DEFAULT_NAME = "bundle.yaml"

PathLike = Union[str, "os.PathLike[str]"]
DateLike = Union[dt.date, str, None]


class ApiError(ValueError):
    """A call the API cannot honour (a bad argument), never a defect of the bundle."""


@dataclass(frozen=True)
class CheckReport:
    """The result of a check. ``data`` is the JSON report (bundle-format.md, plus the
    extensions the README lists), valid against ``schemas/report.schema.json``."""

    data: dict[str, Any]
    exit_status: int  # 0, 1 or 2: what `patentcheck check` would exit with

    @property
    def bundles(self) -> list[dict[str, Any]]:
        return self.data["bundles"]

    @property
    def summary(self) -> dict[str, int]:
        return self.data["summary"]

    @property
    def valid(self) -> bool:
        """Whether every bundle could be read and matches the bundle schema."""
        return all(b["valid"] for b in self.bundles)

    def findings(self, outcome: str | None = "fail", severity: str | None = None) -> list[dict[str, Any]]:
        """Findings of every bundle (each with its bundle's ``path`` as ``bundle``),
        by default the failed ones; ``outcome=None`` for all."""
        return [
            {"bundle": b["path"], **f}
            for b in self.bundles
            for f in b["findings"]
            if (outcome is None or f["outcome"] == outcome) and (severity is None or f["severity"] == severity)
        ]

    def to_json(self) -> str:
        """The text ``patentcheck check --format json`` prints, byte for byte."""
        return json.dumps(self.data, ensure_ascii=False, indent=2) + "\n"


# -- the compiled rules: once per process, never changed afterwards ----------------------

_CHECKER_LOCK = threading.Lock()
_CHECKER: Any = None


def _checker() -> Any:
    """The pipeline's Checker with the shipped rule packs (compiled on first use)."""
    global _CHECKER
    with _CHECKER_LOCK:
        if _CHECKER is None:
            from checker.core.pipeline import Checker

            _CHECKER = Checker()
        return _CHECKER


def _packs() -> list[Any]:
    from checker.core.pipeline import default_packs

    return list(default_packs())


# -- arguments ---------------------------------------------------------------------------


def _lang(lang: str) -> str:
    if lang not in LANGS:
        raise ApiError(f"lang {lang!r}: use one of {', '.join(LANGS)}")
    return lang


def _date(value: DateLike, name: str = "as_of") -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value) if len(value) == 10 else None
        except ValueError:
            value = None
    if not isinstance(value, dt.date) or not 1900 <= value.year <= 2199:
        raise ApiError(f"{name}: give a date (datetime.date or 'YYYY-MM-DD', years 1900-2199)")
    return value


def _policy(
    lang: str,
    fail_on: str,
    select: Sequence[str] | None,
    ignore: Sequence[str] | None,
    severity: Mapping[str, str] | None,
    closed: Mapping[Any, str] | None,
) -> Any:
    """The per-call settings as the pipeline's Policy, through the configuration code
    (so selectors mean what they mean in .patentcheck.yaml)."""
    from checker.core.config import COMMAND_LINE, DEFAULTS, Config, Setting, policy
    from checker.core.errors import InputError

    if fail_on not in FAIL_ON:
        raise ApiError(f"fail_on {fail_on!r}: use one of {', '.join(FAIL_ON)}")
    closures = []
    for day, reason in (closed or {}).items():
        date = _date(day, "closed")
        if date is None:
            raise ApiError("closed: give a date (datetime.date or 'YYYY-MM-DD', years 1900-2199) for each closure")
        closures.append({"date": date.isoformat(), "reason": str(reason or "office closure")})
    values: dict[str, Any] = {
        "lang": lang,
        "fail-on": fail_on,
        "select": list(select or []),
        "ignore": list(ignore or []),
        "severity": dict(severity or {}),
        "closed": sorted(closures, key=lambda c: c["date"]),
    }
    for key, value in values.items():
        if key in ("select", "ignore") and isinstance(value, str):
            raise ApiError(f"{key}: give a list of selectors, not one string")
    for selector, level in values["severity"].items():
        if level not in ("error", "warning", "info"):
            raise ApiError(f"severity of {selector!r}: {level!r} is not error, warning or info")
    settings = {key: Setting(value, COMMAND_LINE) for key, value in {**DEFAULTS, **values}.items()}
    config = Config(None, None, settings, None)
    try:
        return policy(config, [rule for pack in _packs() for rule in pack.rules])
    except InputError as exc:
        raise ApiError(exc.message) from None


def _report(results: list[Any], as_of: dt.date | None) -> CheckReport:
    from checker.core.pipeline import Report

    report = Report([p.id for p in _checker().packs], as_of.isoformat() if as_of else None)
    report.results = results
    if as_of is None:
        dates = {r.as_of for r in results}
        report.as_of = dates.pop() if len(dates) == 1 else None
    return CheckReport(report.as_json(), report.exit_status())


# -- checking ------------------------------------------------------------------------------


def check_path(
    path: PathLike | Iterable[PathLike],
    *,
    as_of: DateLike = None,
    lang: str = "zh-TW",
    fail_on: str = "error",
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    severity: Mapping[str, str] | None = None,
    closed: Mapping[Any, str] | None = None,
    today: DateLike = None,
) -> CheckReport:
    """Check bundle files, or every ``*.yaml``/``*.yml`` under a folder (hidden files
    skipped), in path order. A missing path is an unreadable bundle in the report.

    Unlike the command line, no ``.patentcheck.yaml`` is read: the settings are the
    arguments (``select``/``ignore``/``severity`` take the configuration's selectors,
    ``closed`` maps a date to the reason the office was closed).
    """
    from checker.core.pipeline import collect_bundles

    lang, when = _lang(lang), _date(as_of)
    policy = _policy(lang, fail_on, select, ignore, severity, closed)
    given = [path] if isinstance(path, (str, os.PathLike)) else list(path)
    paths = [Path(p) for p in given]
    checker = _checker()
    results = []
    for found in collect_bundles([p for p in paths if p.exists()]) + [p for p in paths if not p.exists()]:
        results.append(checker.check_file(found, when, _date(today, "today"), policy))
    results.sort(key=lambda r: r.path)
    return _report(results, when)


def check_yaml(
    text: str,
    *,
    base: PathLike | None = None,
    name: str = DEFAULT_NAME,
    as_of: DateLike = None,
    lang: str = "zh-TW",
    fail_on: str = "error",
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    severity: Mapping[str, str] | None = None,
    closed: Mapping[Any, str] | None = None,
    today: DateLike = None,
) -> CheckReport:
    """Check a bundle given as YAML text. ``{file: …}`` texts are read from the folder
    ``base`` (with the same confinement as a bundle file's folder); without ``base`` a
    ``{file: …}`` reference is an input error. ``name`` is the bundle's path in the report
    and in its locations."""
    if not isinstance(text, str):
        raise ApiError(f"check_yaml takes the YAML as a str, not {type(text).__name__}")
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BUNDLE_BYTES:
        raise ApiError(
            f"the bundle is {len(text.encode('utf-8', 'surrogatepass')):,} bytes; "
            f"the limit is {MAX_BUNDLE_BYTES:,} bytes"
        )
    lang, when = _lang(lang), _date(as_of)
    policy = _policy(lang, fail_on, select, ignore, severity, closed)
    folder = Path(base).resolve() if base is not None else _NO_FOLDER
    if base is not None and not folder.is_dir():
        raise ApiError(f"base {str(base)!r} is not a folder")
    result = _checker().check_file(folder / Path(name).name, when, _date(today, "today"), policy, text=text, shown=name)
    return _report([result], when)


def check_data(
    data: Mapping[str, Any], *, base: PathLike | None = None, name: str = DEFAULT_NAME, **options: Any
) -> CheckReport:
    """Check a bundle given as a dict (as ``yaml.safe_load`` would give it; dates may be
    ``datetime.date``). Locations are lines of the dict written as YAML, key order kept."""
    if not isinstance(data, Mapping):
        raise ApiError(f"check_data takes a mapping, not {type(data).__name__}")
    try:
        text = yaml.safe_dump(_plain(data), allow_unicode=True, sort_keys=False, width=10_000)
    except yaml.YAMLError as exc:
        raise ApiError(f"the bundle cannot be written as YAML: {exc}") from None
    return check_yaml(text, base=base, name=name, **options)


def check(bundle: PathLike | Mapping[str, Any], **options: Any) -> CheckReport:
    """Check a bundle given any way: a ``pathlib.Path`` (a file or a folder), a ``str``
    of YAML, or a mapping. Use :func:`check_path` for a path given as a ``str``."""
    if isinstance(bundle, Mapping):
        return check_data(bundle, **options)
    if isinstance(bundle, os.PathLike):
        return check_path(bundle, **options)
    if isinstance(bundle, str):
        return check_yaml(bundle, **options)
    raise ApiError(f"a bundle is a Path, a YAML str or a mapping, not {type(bundle).__name__}")


# A folder that never exists: a bundle given as text without `base` has no files beside it.
_NO_FOLDER = Path(os.sep) / "nonexistent-patentcheck-folder" / "no-files"


def _plain(value: Any) -> Any:
    """Dates as their ISO text (the bundle's YAML form); tuples as lists."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


# -- rules and law -------------------------------------------------------------------------


def list_rules(lang: str = "zh-TW") -> list[dict[str, Any]]:
    """Every rule, by id: id, name, pack, severity, citations, applicability and the
    condition that fails it (what ``patentcheck rules --format json`` prints)."""
    from rich.console import Console

    from checker.teach import explain

    buffer = io.StringIO()
    explain.list_rules(Console(file=buffer, color_system=None), _lang(lang), _packs(), as_json=True)
    rules = json.loads(buffer.getvalue())
    by_id = {r.id: r for pack in _packs() for r in pack.rules}
    for entry in rules:  # the citation as text too, as findings show it
        from checker.report.render import citations_text

        entry["cited_as"] = citations_text(by_id[entry["id"]].citations, lang)
    return rules


def explain_rule(rule: str, lang: str = "zh-TW") -> dict[str, Any] | None:
    """A rule's documentation (by id ``PA025-03`` or name), or None when there is no such
    rule: its citations with the provision's text (or the shipped summary where the
    official text is not shipped), why, how to fix, and ``text``, the page
    ``patentcheck rule`` prints."""
    from rich.console import Console

    from checker.teach import explain
    from checker.core.lawtext import article_summary, cited_text, format_citation

    lang = _lang(lang)
    found = explain.find_rule(_packs(), str(rule))
    if found is None:
        return None
    buffer = io.StringIO()
    explain.explain_rule(Console(file=buffer, color_system=None, width=100, soft_wrap=True), found.id, lang, _packs())
    citations = []
    for c in found.citations:
        entry = {
            **c.as_json(),
            "cited_as": format_citation(c.law, c.article, c.paragraph, c.subparagraph, lang=lang, item=c.item),
        }
        text = None if c.version else cited_text(c.law, c.article, c.paragraph, c.subparagraph, c.item)
        entry["text"] = text
        entry["summary"] = None if text else article_summary(c.law, c.article)
        citations.append(entry)
    return {
        "id": found.id,
        "name": found.name,
        "pack": found.pack,
        "severity": found.severity,
        "citations": citations,
        "explanation": found.explanation[lang],
        "fix": found.fix[lang],
        "uncertain": found.uncertain or None,
        "messages": {"fail": found.messages["fail"][lang], "pass": found.messages["pass"][lang]},
        "text": buffer.getvalue(),
    }


def explain_article(article: int | str, law: str = "patent_act", lang: str = "zh-TW") -> dict[str, Any] | None:
    """An article of a shipped law text (``26``, or ``"97-1"`` for 第九十七條之一) with its
    項 and 款 and the rules citing it; None when the text ships no such article."""
    from checker.core.lawtext import format_citation, get_article
    from checker.report.render import citations_text

    lang = _lang(lang)
    try:
        found = get_article(law, article)
    except KeyError:
        found = None
    if found is None:
        return None
    citing = [r for pack in _packs() for r in pack.rules if r.cites(law, found.number)]
    return {
        "law": law,
        "article": found.number,
        "label": found.label,
        "cited_as": format_citation(law, found.number, lang=lang),
        "chapter": found.chapter,
        "section": found.section,
        "deleted": found.deleted,
        "paragraphs": [
            {
                "number": p.number,
                "text": p.text,
                "subparagraphs": [
                    {
                        "number": s.number,
                        "text": s.text,
                        **({"items": [{"number": i.number, "text": i.text} for i in s.items]} if s.items else {}),
                    }
                    for s in p.subparagraphs
                ],
            }
            for p in found.paragraphs
        ],
        **({"reason": list(found.reason)} if found.reason else {}),
        "rules": [
            {"id": r.id, "name": r.name, "severity": r.severity, "cited_as": citations_text(r.citations, lang)}
            for r in citing
        ],
    }


# -- deadlines -------------------------------------------------------------------------------


def _open(bundle: PathLike | Mapping[str, Any], base: PathLike | None, name: str) -> tuple[Any, Any]:
    """A bundle given any way, read: (the Bundle or None, its result with the findings)."""
    from checker.core.pipeline import open_bundle

    if isinstance(bundle, Mapping):
        bundle = yaml.safe_dump(_plain(bundle), allow_unicode=True, sort_keys=False, width=10_000)
    if isinstance(bundle, os.PathLike):
        return open_bundle(Path(bundle))
    if isinstance(bundle, str):
        if len(bundle.encode("utf-8", "surrogatepass")) > MAX_BUNDLE_BYTES:
            raise ApiError(f"the bundle is larger than {MAX_BUNDLE_BYTES:,} bytes")
        folder = Path(base).resolve() if base is not None else _NO_FOLDER
        return open_bundle(folder / Path(name).name, bundle, name)
    raise ApiError(f"a bundle is a Path, a YAML str or a mapping, not {type(bundle).__name__}")


def deadlines(
    bundle: PathLike | Mapping[str, Any],
    *,
    base: PathLike | None = None,
    name: str = DEFAULT_NAME,
    as_of: DateLike = None,
    lang: str = "zh-TW",
    closed: Mapping[Any, str] | None = None,
    today: DateLike = None,
) -> dict[str, Any]:
    """Every statutory deadline of one bundle (a Path, YAML text or a mapping, as for
    :func:`check`), with its basis, status and computation: the shape of one bundle of
    ``patentcheck deadlines --format json`` (``path``, ``valid``, ``as_of``,
    ``problems``, ``deadlines``). An unreadable or invalid bundle has ``valid: false``
    and its located ``problems``."""
    from checker.core.pipeline import bundle_context, evaluation_date
    from checker.report.deadline_report import record_json
    from checker.timing.deadlines import deadlines_of

    lang, when = _lang(lang), _date(as_of)
    policy = _policy(lang, "error", None, None, None, closed)
    opened, result = _open(bundle, base, name)
    if opened is None:
        return {"path": result.path, "valid": False, "as_of": None, "deadlines": [], "problems": result.problems()}
    date = evaluation_date(opened, when, _date(today, "today"))
    ctx = bundle_context(opened, date, _checker().calendar_for(policy))
    return {
        "path": result.path,
        "valid": True,
        "as_of": date.isoformat(),
        "problems": [],
        "deadlines": [record_json(r, lang) for r in deadlines_of(ctx)],
    }


def fees(
    bundle: PathLike | Mapping[str, Any],
    *,
    base: PathLike | None = None,
    name: str = DEFAULT_NAME,
    as_of: DateLike = None,
    lang: str = "zh-TW",
    closed: Mapping[Any, str] | None = None,
    request: str | None = None,
    today: DateLike = None,
) -> dict[str, Any]:
    """Every official fee one bundle owes, line by line with its basis: the shape of one
    bundle of ``patentcheck fees --format json`` (``path``, ``valid``, ``as_of``, and
    ``fees`` or, for an unreadable or invalid bundle, its located ``problems``).
    ``request`` quotes a request the bundle does not make (``examination_request``…)."""
    from checker.core.pipeline import evaluation_date
    from checker.packs.patent.fee_statement import QUOTABLE_REQUESTS, compute_fees

    lang, when = _lang(lang), _date(as_of)
    if request is not None and request not in QUOTABLE_REQUESTS:
        raise ApiError(f"request {request!r}: give one of {', '.join(QUOTABLE_REQUESTS)}")
    policy = _policy(lang, "error", None, None, None, closed)
    opened, result = _open(bundle, base, name)
    if opened is None:
        return {"path": result.path, "valid": False, "as_of": None, "problems": result.problems()}
    date = evaluation_date(opened, when, _date(today, "today"))
    statement = compute_fees(opened, date, _checker().calendar_for(policy), request)
    return {"path": result.path, "valid": True, "as_of": date.isoformat(), "fees": statement.as_json(lang)}


def report_schema() -> dict[str, Any]:
    """The JSON Schema of :attr:`CheckReport.data` (``schemas/report.schema.json``)."""
    from checker.core.resources import resource_dir

    return json.loads((resource_dir("schemas") / "report.schema.json").read_text("utf-8"))
