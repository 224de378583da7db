"""The `patentcheck` command line (typer). Exit status: 0 clean, 1 a finding reaches
--fail-on, 2 a usage error or an unreadable/invalid bundle. No traceback reaches a user."""

from __future__ import annotations

import datetime as dt
import sys
from enum import Enum
from pathlib import Path
from typing import Any, List, Optional

import typer

from checker import __version__
from checker.cli_coerce import install as _quick_coercion
from checker.cli_help import Command, Group
from checker.core.errors import InputError

_quick_coercion()  # plainly valid option values without pydantic (checker/cli_coerce.py)

app = typer.Typer(
    name="patentcheck",
    help="Check ROC (Taiwan) patent filing bundles against the Patent Act, with cited findings.",
    no_args_is_help=True,
    # --install-completion / --show-completion for bash, zsh, fish and PowerShell
    add_completion=True,
    cls=Group,
    pretty_exceptions_enable=False,
    # Plain help (checker/cli_help.py): wrapped at spaces, metavars (PATH, DATE) rather
    # than Python types, and no markup eating "[tool.patentcheck]".
    rich_markup_mode=None,
)


def _print_version(value: bool) -> None:
    if value:
        print(f"patentcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", "-V", is_eager=True, callback=_print_version, help="Print the version and exit."
    ),
) -> None:
    """Check ROC (Taiwan) patent filing bundles against the Patent Act, with cited findings."""


class Format(str, Enum):
    text = "text"
    json = "json"
    sarif = "sarif"
    junit = "junit"
    github = "github"
    markdown = "markdown"
    gitlab = "gitlab"
    html = "html"


class ListFormat(str, Enum):  # `rules --format`: the listing has text and JSON only
    text = "text"
    json = "json"


class DeadlineFormat(str, Enum):
    text = "text"
    json = "json"
    ics = "ics"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    none = "none"


class Lang(str, Enum):
    zh = "zh-TW"
    en = "en"


def Console(**options):  # rich is imported when output is written, not at start-up
    from rich.console import Console as RichConsole

    return RichConsole(**options)


def _console():
    return Console(soft_wrap=True, highlight=False)


def _plain(draw) -> str:
    """What ``draw(console)`` prints, as text without colour (for --output)."""
    import io

    buffer = io.StringIO()
    draw(Console(file=buffer, soft_wrap=True, highlight=False, color_system=None, force_terminal=False))
    return buffer.getvalue()


def _fail(message: str) -> typer.Exit:
    from rich.markup import escape

    from checker.report.safe_text import neutralise

    Console(stderr=True, highlight=False, soft_wrap=True).print(
        f"[bold red]patentcheck:[/] {escape(neutralise(message))}", markup=True
    )
    return typer.Exit(2)


def _as_of(value: Optional[str]) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        date = dt.date.fromisoformat(value) if len(value) == 10 else _bad_date(value)
        return date if 1900 <= date.year <= 2199 else _bad_date(value)
    except ValueError:
        return _bad_date(value)


def _bad_date(value: str):
    raise _fail(f"--as-of {value!r} is not a date in the form YYYY-MM-DD (years 1900-2199)")


def _bundle_paths(paths: List[Path], wanted=None) -> List[Path]:
    from checker.core.pipeline import collect_bundles

    missing = [p for p in paths if not p.exists()]
    if missing:
        raise _fail(f"no such file or directory: {missing[0]}")
    found = collect_bundles(paths, wanted)
    if not found and wanted and any(p.is_file() for p in paths):  # e.g. pre-commit naming excluded files
        Console(stderr=True, highlight=False).print("patentcheck: every file given is excluded by the configuration")
        raise typer.Exit(0)
    if not found:
        raise _fail("no *.yaml or *.yml bundle found in " + ", ".join(str(p) for p in paths))
    return found


def _closures(closed: Optional[List[str]]) -> list[dict]:
    """--closed DATE or DATE=reason, as configuration entries {date, reason}."""
    closures = []
    for item in closed or []:
        day, _, reason = item.partition("=")
        try:
            closures.append(
                {
                    "date": dt.date.fromisoformat(day.strip()).isoformat(),
                    "reason": reason.strip() or "office closure (--closed)",
                }
            )
        except ValueError:
            raise _fail(f"--closed {item!r}: give a date YYYY-MM-DD, optionally =reason") from None
    return closures


def _calendar(closed: Optional[List[str]]):
    """The office calendar plus closures the user declares (typhoon days): DATE or DATE=reason."""
    from checker.timing.office_calendar import OfficeCalendar

    closures = {dt.date.fromisoformat(c["date"]): c["reason"] for c in _closures(closed)}
    return OfficeCalendar(extra_closures=closures)


def _overrides(lang, fail_on, closed, include, exclude, select=None, ignore=None) -> dict:
    """Command-line values that override the configuration file (None: not given)."""
    return {
        "lang": lang.value if lang else None,
        "fail-on": fail_on.value if fail_on else None,
        "closed": _closures(closed) or None,
        "include": include or None,
        "exclude": exclude or None,
        "select": _selectors(select),
        "ignore": _selectors(ignore),
    }


def _selectors(values: Optional[List[str]]) -> Optional[List[str]]:
    """--select PA025,ER018 or repeated --select: rule ids, prefixes, names or law:article."""
    found = [part.strip() for value in values or [] for part in value.split(",") if part.strip()]
    return found or None


SELECT_HELP = (
    "Only these rules: ids (PA025-03), prefixes (PA025, ER), names or law:article "
    "(patent_act:25); comma-separated or repeated. Replaces the configuration's."
)
IGNORE_HELP = "Never these rules (same selectors as --select). Replaces the configuration's."


def _configure(paths: List[Path], overrides: dict, rules) -> tuple[List[Path], dict]:
    """The bundles to check (include/exclude) and each one's policy, from the nearest
    configuration file and the command line. A bad configuration is a usage error."""
    found, policies, _ = _configure_with(paths, overrides, rules)
    return found, policies


def _configure_with(paths: List[Path], overrides: dict, rules, make_checker=None) -> tuple[List[Path], dict, Any]:
    """As _configure; with ``make_checker(rule_dirs)``, the firm rule packs the
    configurations name are loaded too (``rules`` is then ignored) and the checker made
    is returned as the third value."""
    from checker.core.config import Configs, policy, rule_dirs, wanted

    by_config: dict = {}
    config_for = Configs(overrides).for_file  # the nearest configuration, each read once

    checker = None
    try:
        found = _bundle_paths(paths, lambda p, base, scanned: wanted(p, config_for(p), base, scanned))
        named: dict[int, list[Path]] = {}
        if make_checker is not None:  # the firm packs named anywhere, each pack loaded once
            named = {id(config_for(p)): rule_dirs(config_for(p)) for p in found}
            folders = sorted({folder for dirs in named.values() for folder in dirs})
            checker = make_checker(folders)
            rules = [rule for pack in checker.packs for rule in pack.rules]
            by_folder = {pack.folder.resolve(): pack.id for pack in checker.packs if pack.extends and pack.folder}
        for path in found:
            config = config_for(path)
            if id(config) not in by_config:  # configs keeps each alive: ids stay unique
                foreign = ()
                if make_checker is not None:  # another configuration's firm packs
                    mine = {by_folder.get(folder) for folder in named[id(config)]}
                    foreign = tuple(pid for pid in by_folder.values() if pid not in mine)
                by_config[id(config)] = policy(config, rules, foreign)
    except InputError as exc:
        raise _fail(str(exc)) from None
    policies = {p: by_config[id(config_for(p))] for p in found}
    return found, policies, checker


INCLUDE_HELP = (
    "Glob of the files a folder scan checks (default *.yaml, *.yml). Repeatable; replaces the configuration's."
)
EXCLUDE_HELP = "Glob of files or folders never checked. Repeatable; replaces the configuration's."


CLOSED_HELP = (
    "A day the office was closed that the calendar does not know (a typhoon day): YYYY-MM-DD[=reason]. Repeatable."
)


def _checker(lang: str, calendar=None, rule_dirs=()):
    from checker.core.pipeline import Checker

    try:
        return Checker(_packs(rule_dirs), lang=lang, calendar=calendar)
    except InputError as exc:
        raise _fail(f"cannot load the rules: {exc}") from None


RULES_HELP = (
    "A folder of your own rule pack (a pack.yaml that extends a shipped pack, and rule files); "
    "repeatable. Adds to the configuration's `rules:`."
)


def _packs(rule_dirs=()) -> list:
    """The rule packs (and the firm packs in ``rule_dirs``), for any command."""
    from checker.core.pipeline import default_packs

    for folder in rule_dirs:
        if not Path(folder).is_dir():
            raise _fail(f"--rules {folder}: no such folder")
    try:
        return list(default_packs(tuple(Path(f).resolve() for f in rule_dirs)))
    except InputError as exc:  # a broken rule file in the installation, a checkout or a firm pack
        raise _fail(f"cannot load the rules: {exc}") from None


FORMAT_HELP = (
    "text, json (bundle-format.md), sarif (code scanning), junit (Jenkins, GitLab), "
    "github (Actions annotations), markdown (a pull-request comment), html (one "
    "self-contained page) or gitlab (GitLab Code Quality). Repeatable, each with its own --output."
)
OUTPUT_HELP = "Write the report to this file (UTF-8, no colour) instead of standard output."
OUTPUTS_HELP = (
    "Write the report to this file (UTF-8, no colour) instead of standard output. "
    "Repeatable: the n-th --output takes the n-th --format (-f sarif -o a.sarif -f json -o a.json); "
    "one --format may go without, to standard output."
)
FORMAT_METAVAR = "[text|json|sarif|junit|github|markdown|html|gitlab]"


def _emit(
    report,
    formats: Optional[List[Format]],
    outputs: Optional[List[Path]],
    lang: str,
    show_passes: bool,
    fail_on: Optional[str],
    rules,
    quiet: bool = False,
    statistics: bool = False,
) -> None:
    """Write the report in each format to its output (checker/cli_outputs.py pairs them)."""
    from checker.cli_outputs import pair_outputs
    from checker.report.formats import Options, render

    try:
        pairs = pair_outputs([f.value for f in formats or []], outputs or [], statistics)
    except ValueError as exc:
        raise _fail(str(exc)) from None
    console = _console()
    for fmt, output in pairs:
        width = console.width if output is None and console.is_terminal else None
        options = Options(lang, show_passes, fail_on, rules, quiet, width)
        if statistics:
            from checker.report.formats.statistics import FORMATS as STATISTICS

            _write(output, STATISTICS[fmt](report, options))
        elif fmt == "text" and output is None:  # a terminal keeps its colours
            from checker.report.render import render_text

            render_text(report, console, lang, show_passes, quiet, width)
        else:
            _write(output, render(report, fmt, options))


STDIN_HELP = (
    "With the path `-` (a bundle on standard input): the file it stands for, named in "
    "locations; its {file: ...} texts are read from that file's folder."
)


def _stdin(paths: List[Path], stdin_filename: Optional[str]):
    """(path, text, shown) of a bundle on standard input when PATH is `-`, else None."""
    from checker.cli_stdin import read_stdin, wants_stdin

    try:
        return read_stdin(stdin_filename) if wants_stdin(paths) else None
    except ValueError as exc:
        raise _fail(str(exc)) from None


def _policy_for(path: Path, overrides: dict, rules):
    """The configuration's policy for a bundle at ``path`` (which need not exist)."""
    from checker.core.config import load_config, policy

    try:
        return policy(load_config(path.parent.resolve(), overrides), rules)
    except InputError as exc:
        raise _fail(str(exc)) from None


def _schema_packs():
    """The packs' schemas without loading their rules (fast); the full load when a pack
    file is not as expected, so its error is reported where it is."""
    from checker.core.pipeline import Packs
    from checker.inputs.schema_packs import schema_packs

    try:
        # Validation reads only what a SchemaPack shares with a RulePack (regime, schema, texts).
        return Packs(schema_packs())  # type: ignore[arg-type]
    except (InputError, KeyError, ValueError, OSError):
        return Packs(_packs())


def _scan(paths: List[Path], overrides: dict) -> List[Path]:
    """The bundles among ``paths`` by the configuration's include/exclude (no rule needed)."""
    from checker.core.config import Configs, wanted

    config_for = Configs(overrides).for_file  # the nearest configuration, each read once

    try:
        return _bundle_paths(paths, lambda p, base, scanned: wanted(p, config_for(p), base, scanned))
    except InputError as exc:
        raise _fail(str(exc)) from None


def _write(output: Optional[Path], text: str) -> None:
    """The whole text to standard output, or to ``output`` (UTF-8, line ends as given)."""
    if output is None:
        sys.stdout.write(text)
        return
    try:
        with open(output, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    except OSError as exc:
        raise _fail(f"cannot write --output {output}: {exc.strerror or exc}") from None


@app.command(cls=Command)
def check(
    paths: List[Path] = typer.Argument(
        ..., metavar="PATH...", help="Bundle files, or folders to search for *.yaml/*.yml bundles."
    ),
    format: Optional[List[Format]] = typer.Option(
        None, "--format", "-f", metavar=FORMAT_METAVAR, help=FORMAT_HELP + " [default: text]"
    ),
    output: Optional[List[Path]] = typer.Option(None, "--output", "-o", metavar="FILE", help=OUTPUTS_HELP),
    fail_on: Optional[FailOn] = typer.Option(
        None,
        "--fail-on",
        metavar="[error|warning|info|none]",
        help="Lowest severity of a failed finding that makes the exit status 1 (default: error).",
    ),
    as_of: Optional[str] = typer.Option(
        None,
        "--as-of",
        metavar="DATE",
        help="Evaluation date YYYY-MM-DD (default: each bundle's submitted_on, else today).",
    ),
    lang: Optional[Lang] = typer.Option(
        None, "--lang", metavar="[zh-TW|en]", help="Language of messages and citations (default: zh-TW)."
    ),
    show_passes: bool = typer.Option(False, "--show-passes", help="List passed rules too (text and sarif formats)."),
    closed: Optional[List[str]] = typer.Option(None, "--closed", metavar="DATE[=REASON]", help=CLOSED_HELP),
    include: Optional[List[str]] = typer.Option(None, "--include", metavar="GLOB", help=INCLUDE_HELP),
    exclude: Optional[List[str]] = typer.Option(None, "--exclude", metavar="GLOB", help=EXCLUDE_HELP),
    jobs: int = typer.Option(
        1, "--jobs", "-j", metavar="N", min=1, help="Check bundles in N worker processes (same report as one)."
    ),
    select: Optional[List[str]] = typer.Option(None, "--select", metavar="RULES", help=SELECT_HELP),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", metavar="RULES", help=IGNORE_HELP),
    rules_dirs: Optional[List[Path]] = typer.Option(None, "--rules", metavar="DIR", help=RULES_HELP),
    statistics: bool = typer.Option(
        False, "--statistics", help="Instead of the findings, how many each rule produced (text or json)."
    ),
    quiet: bool = typer.Option(
        False,
        "--quiet",
        "-q",
        help="Text: only the findings, no clean bundle, no summary. The exit status is unchanged.",
    ),
    stdin_filename: Optional[str] = typer.Option(None, "--stdin-filename", metavar="PATH", help=STDIN_HELP),
    changed_files: bool = typer.Option(
        False,
        "--changed-files",
        help="PATHs are files a commit changed (the pre-commit hook): check the bundles among them (YAML with a top-level format: key; other YAML is passed over) and the bundles that read the others through {file: ...}.",
    ),
) -> None:
    """Check bundles: schema, then every applicable rule, with citations.
    Settings come from the nearest .patentcheck.yaml or pyproject.toml [tool.patentcheck]."""
    if changed_files:
        from checker.inputs.changed import changed_bundles

        paths = changed_bundles(paths)
        if not paths:  # no bundle among the changes, nor read by one
            raise typer.Exit(0)
    stdin = _stdin(paths, stdin_filename)
    date = _as_of(as_of)
    overrides = _overrides(lang, fail_on, closed, include, exclude, select, ignore)
    if rules_dirs:
        overrides["rules"] = [str(Path(d).resolve()) for d in rules_dirs]
    if stdin:
        from checker.core.config import load_config, rule_dirs
        from checker.core.pipeline import Report

        path, text, shown = stdin
        try:
            firm = rule_dirs(load_config(path.parent.resolve(), overrides))
        except InputError as exc:
            raise _fail(str(exc)) from None
        checker = _checker(lang.value if lang else "zh-TW", _calendar(closed), firm)
        rules = [rule for pack in checker.packs for rule in pack.rules]
        found, policies = [path], {path: _policy_for(path, overrides, rules)}
        report = Report([p.id for p in checker.packs], date.isoformat() if date else None)
        report.results = [checker.check_file(path, date, None, policies[path], text=text, shown=shown)]
        report.as_of = report.as_of or report.results[0].as_of
    else:
        found, policies, checker = _configure_with(
            paths,
            overrides,
            None,
            make_checker=lambda dirs: _checker(lang.value if lang else "zh-TW", _calendar(closed), dirs),
        )
        if [f.value for f in format or []] == ["json"] and len(output or []) <= 1 and not statistics:
            # written bundle by bundle: memory stays flat however many
            raise typer.Exit(_stream_json(checker, found, date, policies, jobs, output[0] if output else None))
        report = checker.check_paths(found, as_of=date, policies=policies, jobs=jobs)
    langs = {p.lang for p in policies.values()}
    shown_lang = lang.value if lang else (langs.pop() if len(langs) == 1 else "zh-TW")
    _emit(
        report,
        format,
        output,
        shown_lang,
        show_passes,
        fail_on.value if fail_on else None,
        checker.rules,
        quiet,
        statistics,
    )
    raise typer.Exit(report.exit_status())


def _stream_json(checker, found: List[Path], date, policies, jobs: int, output: Optional[Path]) -> int:
    from checker.report.stream_json import check_to_json

    if output is None:
        return check_to_json(checker, found, date, policies, jobs, sys.stdout)
    try:
        with open(output, "w", encoding="utf-8", newline="") as handle:
            return check_to_json(checker, found, date, policies, jobs, handle)
    except OSError as exc:
        raise _fail(f"cannot write --output {output}: {exc.strerror or exc}") from None


@app.command(cls=Command)
def deadlines(
    paths: List[Path] = typer.Argument(..., metavar="PATH...", help="Bundle files or folders."),
    format: DeadlineFormat = typer.Option(
        DeadlineFormat.text,
        "--format",
        "-f",
        metavar="[text|json|ics]",
        help="text, json, or ics (an iCalendar file to import into a calendar).",
    ),
    as_of: Optional[str] = typer.Option(
        None,
        "--as-of",
        metavar="DATE",
        help="Evaluation date YYYY-MM-DD (default: each bundle's submitted_on, else today).",
    ),
    lang: Lang = typer.Option(Lang.zh, "--lang", metavar="[zh-TW|en]"),
    closed: Optional[List[str]] = typer.Option(None, "--closed", metavar="DATE[=REASON]", help=CLOSED_HELP),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show how every deadline was computed."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", metavar="FILE", help=OUTPUT_HELP),
) -> None:
    """List every statutory deadline a bundle gives rise to, with its legal basis and computation."""
    from checker.report import deadline_report

    date = _as_of(as_of)
    checker = _checker(lang.value, _calendar(closed))  # loads the rule packs, which declare the periods
    found, policies = _configure(
        paths, _overrides(None, None, closed, None, None), [rule for pack in checker.packs for rule in pack.rules]
    )
    results = [
        r
        for path in found  # each bundle with the closures its configuration adds
        for r in deadline_report.collect([path], date, checker.calendar_for(policies[path]))
    ]
    if format is DeadlineFormat.json:
        _write(output, deadline_report.render_json(results, date, lang.value))
    elif format is DeadlineFormat.ics:
        stamp = date or max((dt.date.fromisoformat(r.as_of) for r in results if r.as_of), default=dt.date.today())
        _write(output, deadline_report.render_ics(results, stamp, lang.value))
    elif output is not None:
        _write(output, _plain(lambda console: deadline_report.render_text(results, console, lang.value, verbose)))
    else:
        console = _console()
        deadline_report.render_text(
            results, console, lang.value, verbose, console.width if console.is_terminal else None
        )
    raise typer.Exit(2 if any(not r.valid for r in results) else 0)


@app.command()
def fees(
    paths: List[Path] = typer.Argument(..., metavar="PATH...", help="Bundle files or folders."),
    format: ListFormat = typer.Option(
        ListFormat.text, "--format", "-f", metavar="[text|json]", help="text (a table per bundle) or json."
    ),
    as_of: Optional[str] = typer.Option(
        None,
        "--as-of",
        metavar="DATE",
        help="Evaluation date YYYY-MM-DD (default: each bundle's submitted_on, else today); the payment date is fee.paid_on, else submitted_on, else this.",
    ),
    lang: Lang = typer.Option(Lang.zh, "--lang", metavar="[zh-TW|en]"),
    closed: Optional[List[str]] = typer.Option(None, "--closed", metavar="DATE[=REASON]", help=CLOSED_HELP),
    request: Optional[str] = typer.Option(
        None,
        "--request",
        metavar="REQUEST",
        help="Quote the fee of a request the bundle does not make: examination_request, re_examination, divisional, correction, term_extension or technical_report (a utility model's technical report).",
    ),
) -> None:
    """List every official fee a patent submission owes, line by line, with its legal basis
    (bundles of another regime are skipped: no fee schedule is shipped for them).
    Exit status 1 when a bundle's fees cannot be computed (e.g. a payment date before the
    earliest fee schedule shipped), 2 for an invalid bundle."""
    from checker.packs.patent.fee_statement import QUOTABLE_REQUESTS
    from checker.report import fee_report

    if request is not None and request not in QUOTABLE_REQUESTS:
        raise _fail(f"--request {request!r}: give one of {', '.join(QUOTABLE_REQUESTS)}")
    date = _as_of(as_of)
    checker = _checker(lang.value, _calendar(closed))  # loads the rule packs, which declare the periods
    found, policies = _configure(
        paths, _overrides(None, None, closed, None, None), [rule for pack in checker.packs for rule in pack.rules]
    )
    results = [
        r
        for path in found
        for r in fee_report.collect([path], date, checker.calendar_for(policies[path]), request=request)
    ]
    if format is ListFormat.json:
        sys.stdout.write(fee_report.render_json(results, date, lang.value))
    else:
        fee_report.render_text(results, _console(), lang.value)
    raise typer.Exit(2 if any(not r.valid for r in results) else 1 if any(not r.computed for r in results) else 0)


@app.command(cls=Command)
def validate(
    paths: List[Path] = typer.Argument(..., metavar="PATH...", help="Bundle files or folders."),
    format: Optional[List[Format]] = typer.Option(
        None, "--format", "-f", metavar=FORMAT_METAVAR, help=FORMAT_HELP + " [default: text]"
    ),
    output: Optional[List[Path]] = typer.Option(None, "--output", "-o", metavar="FILE", help=OUTPUTS_HELP),
    lang: Lang = typer.Option(Lang.zh, "--lang", metavar="[zh-TW|en]"),
    include: Optional[List[str]] = typer.Option(None, "--include", metavar="GLOB", help=INCLUDE_HELP),
    exclude: Optional[List[str]] = typer.Option(None, "--exclude", metavar="GLOB", help=EXCLUDE_HELP),
    stdin_filename: Optional[str] = typer.Option(None, "--stdin-filename", metavar="PATH", help=STDIN_HELP),
) -> None:
    """Check bundles against the bundle schema only (no rules run): the fast check for an
    editor's task, e.g. `patentcheck validate - --stdin-filename FILE` on the unsaved buffer.
    Folder scans follow the configuration's include/exclude, as `check` does."""
    from checker.core.pipeline import Report, open_bundle

    stdin = _stdin(paths, stdin_filename)
    packs = _schema_packs()
    report = Report([], None)
    if stdin:
        path, text, shown = stdin
        report.results = [open_bundle(path, text, shown, packs)[1]]
    else:
        found = _scan(paths, _overrides(None, None, None, include, exclude))
        report.results = [open_bundle(path, packs=packs)[1] for path in found]
    _emit(report, format, output, lang.value, False, "none", {})
    raise typer.Exit(report.exit_status("none"))


@app.command(cls=Command)
def schema(
    rule_file: bool = typer.Option(False, "--rule-file", help="Print the schema of rule files instead."),
    regime: Optional[str] = typer.Option(
        None, "--regime", metavar="REGIME", help="The bundle schema of this regime, e.g. indigenous_creation."
    ),
) -> None:
    """Print the JSON Schema of bundles (for editors: yaml-language-server)."""
    from checker.core.resources import resource_dir

    if regime is not None and not rule_file:
        schemas = {p.regime: p.schema for p in _packs() if p.extends is None and p.schema is not None}
        if regime not in schemas:
            raise _fail(f"no regime {regime!r}; known: {', '.join(sorted(schemas))}")
        sys.stdout.write(Path(schemas[regime]).read_text("utf-8"))
        return
    name = "rule.schema.json" if rule_file else "bundle.schema.json"
    sys.stdout.write((resource_dir("schemas") / name).read_text("utf-8"))


@app.command(cls=Command)
def explain(
    article: str = typer.Argument(..., metavar="ARTICLE", help="Article number, e.g. 26."),
    law: str = typer.Option(
        "patent_act", "--law", metavar="LAW", help="Law id: a folder under laws/, e.g. indigenous_creations_rules."
    ),
    lang: Lang = typer.Option(Lang.zh, "--lang", metavar="[zh-TW|en]"),
) -> None:
    """Print an article of the law (with its legislative reason, when shipped), its English
    summary (--lang en), what follows a breach, and the rules that cite it.
    ARTICLE: 26, 157-1, 第26條 (a paragraph given is ignored)."""
    from checker.teach.explain import explain_article
    from checker.teach.lawnotes import summarised_articles
    from checker.core.lawtext import article_numbers, laws
    from checker.teach.answers import parse_article

    if law not in laws():
        raise _fail(f"no law {law!r}; known: {', '.join(laws())}")
    known = {str(n) for n in article_numbers(law)} | set(summarised_articles(law))
    parsed = parse_article(article, known)
    if parsed is None:
        raise _fail(f"{article!r} is not an article number")
    label = parsed[0]
    if not explain_article(_console(), law, int(label) if label.isdigit() else label, lang.value, _packs()):
        raise _fail(f"{law} has no article {label} in the texts shipped with patentcheck")


@app.command(cls=Command)
def rule(
    rule_id: str = typer.Argument(..., metavar="RULE", help="Rule id (PA025-03) or name (invention-claims-missing)."),
    lang: Lang = typer.Option(Lang.zh, "--lang", metavar="[zh-TW|en]"),
    rules_dirs: Optional[List[Path]] = typer.Option(None, "--rules", metavar="DIR", help=RULES_HELP),
) -> None:
    """Show a rule's documentation: what it checks, why, its citations, how to fix it."""
    from checker.teach.explain import explain_rule

    if not explain_rule(_console(), rule_id, lang.value, _packs(_firm_dirs(rules_dirs))):
        raise _fail(f"no rule {rule_id!r}; `patentcheck rules` lists them")


@app.command(cls=Command)
def rules(
    format: ListFormat = typer.Option(ListFormat.text, "--format", "-f", metavar="[text|json]"),
    lang: Lang = typer.Option(Lang.zh, "--lang", metavar="[zh-TW|en]"),
    article: Optional[List[str]] = typer.Option(
        None,
        "--article",
        metavar="ARTICLE",
        help="Rules citing this article: 26, 26(2), 第26條第2項 (any law unless --law).",
    ),
    law: Optional[List[str]] = typer.Option(
        None, "--law", metavar="LAW", help="Rules citing this law (patent_act, patent_act_enforcement_rules, …)."
    ),
    patent_type: Optional[List[str]] = typer.Option(
        None, "--type", metavar="TYPE", help="Rules applying to this patent type (invention, utility_model, design, …)."
    ),
    procedure: Optional[List[str]] = typer.Option(
        None, "--procedure", metavar="PROCEDURE", help="Rules applying to this procedure (application, divisional, …)."
    ),
    severity: Optional[List[str]] = typer.Option(
        None, "--severity", metavar="SEVERITY", help="error, warning or info."
    ),
    pack: Optional[List[str]] = typer.Option(
        None, "--pack", metavar="PACK", help="Rules of this pack (tw-patent-act-2013, …)."
    ),
    rules_dirs: Optional[List[Path]] = typer.Option(None, "--rules", metavar="DIR", help=RULES_HELP),
) -> None:
    """List every rule with its citations (your own packs too: --rules, or the configuration's
    `rules:`); the filters narrow it (repeatable or comma-separated:
    values of one filter are alternatives, different filters must all hold)."""
    from checker.teach.explain import list_rules
    from checker.teach.filters import FilterError, build_filter, matches

    packs = _packs(_firm_dirs(rules_dirs))
    try:
        wanted = build_filter([r for p in packs for r in p.rules], article, law, patent_type, procedure, severity, pack)
    except FilterError as exc:
        raise _fail(str(exc)) from None
    list_rules(
        _console(),
        lang.value,
        packs,
        as_json=format is ListFormat.json,
        keep=None if wanted.empty() else (lambda r: matches(r, wanted)),
    )


def _firm_dirs(cli_dirs: Optional[List[Path]]) -> list:
    """The firm packs of the configuration governing the working directory, and --rules."""
    from checker.core.config import load_config, rule_dirs

    try:
        found = rule_dirs(load_config(Path.cwd()))
    except InputError as exc:
        raise _fail(str(exc)) from None
    return sorted({*found, *(Path(d).resolve() for d in cli_dirs or [])})


@app.command("config", cls=Command)
def config_command(
    path: Path = typer.Argument(Path("."), metavar="PATH", help="A bundle or folder (default: the current folder)."),
    format: ListFormat = typer.Option(ListFormat.text, "--format", "-f", metavar="[text|json]"),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", metavar="[error|warning|info|none]"),
    lang: Optional[Lang] = typer.Option(None, "--lang", metavar="[zh-TW|en]"),
    closed: Optional[List[str]] = typer.Option(None, "--closed", metavar="DATE[=REASON]", help=CLOSED_HELP),
    include: Optional[List[str]] = typer.Option(None, "--include", metavar="GLOB", help=INCLUDE_HELP),
    exclude: Optional[List[str]] = typer.Option(None, "--exclude", metavar="GLOB", help=EXCLUDE_HELP),
    select: Optional[List[str]] = typer.Option(None, "--select", metavar="RULES", help=SELECT_HELP),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", metavar="RULES", help=IGNORE_HELP),
) -> None:
    """Print the effective configuration for PATH and where each value came from."""
    import json

    from rich.markup import escape

    from checker.core.config import load_config, policy

    if not path.exists():
        raise _fail(f"no such file or directory: {path}")
    try:
        config = load_config(
            path if path.is_dir() else path.parent, _overrides(lang, fail_on, closed, include, exclude, select, ignore)
        )
        policy(config, [rule for pack in _packs() for rule in pack.rules])
    except InputError as exc:
        raise _fail(str(exc)) from None
    if format is ListFormat.json:
        sys.stdout.write(json.dumps(config.as_json(), ensure_ascii=False, indent=2) + "\n")
        return
    console = _console()
    console.print(f"configuration file: {config.file or '(none: defaults)'}", markup=False)
    for key, setting in config.settings.items():
        value = setting.value
        if key == "closed":
            value = [f"{c['date']}={c['reason']}" for c in value]
        shown = escape(json.dumps(value, ensure_ascii=False))
        console.print(f"  {key:<9} {shown}  [dim]({escape(setting.source)})[/]")


def _agents_extra(what: str):
    """The `agents` extra is optional: say how to install it instead of a traceback."""
    try:
        import mcp  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        raise _fail(f"{what} needs the agents extra: pip install 'patentcheck[agents]'") from None


@app.command("mcp", cls=Command)
def mcp_command(
    root: Optional[List[Path]] = typer.Option(
        None,
        "--root",
        metavar="FOLDER",
        help="A folder whose bundles the assistant may read (repeatable). Without one, only bundles given as text.",
    ),
    timeout: float = typer.Option(60.0, "--timeout", min=1.0, metavar="SECONDS", help="Seconds a tool call may take."),
) -> None:
    """Serve the Model Context Protocol over stdio for drafting assistants (never writes)."""
    _agents_extra("patentcheck mcp")
    for folder in root or []:
        if not folder.is_dir():
            raise _fail(f"--root {folder}: not a folder")
    from checker.agents.mcp_server import serve_stdio

    serve_stdio(list(root or []), timeout)


@app.command(cls=Command)
def serve(
    folder: Path = typer.Argument(..., metavar="FOLDER", help="The folder of bundles (searched like `check` does)."),
    host: str = typer.Option(
        "127.0.0.1", "--host", metavar="ADDRESS", help="Address to listen on (default: this machine only)."
    ),
    port: int = typer.Option(8000, "--port", "-p", min=0, max=65535, metavar="PORT", help="Port to listen on."),
    lang: Lang = typer.Option(Lang.zh, "--lang", metavar="[zh-TW|en]"),
    as_of: Optional[str] = typer.Option(
        None, "--as-of", metavar="DATE", help="The docket's date YYYY-MM-DD (default: today)."
    ),
) -> None:
    """A local page: every bundle with its verdict, findings by article, and the docket of
    pending deadlines (iCalendar export); re-checks a bundle when its files change."""
    _agents_extra("patentcheck serve")
    date = _as_of(as_of)
    if not folder.is_dir():
        raise _fail(f"{folder}: not a folder")
    from checker.agents.portfolio import serve as run

    run(folder, host, port, lang.value, date)


@app.command(cls=Command)
def init(
    draft: Path = typer.Option(
        ...,
        "--from",
        metavar="DRAFT",
        help="The draft: a .docx (or UTF-8 text) file, whole-document layout or a description.",
    ),
    patent_type: str = typer.Option(
        ..., "--type", metavar="[invention|utility_model|design|derivative_design]", help="The patent type applied for."
    ),
    output: Optional[Path] = typer.Option(
        None,
        "--output",
        "-o",
        metavar="FILE",
        help="The bundle to write (default: bundle.yaml beside the draft); never overwritten.",
    ),
) -> None:
    """Scaffold an application bundle from a draft: the texts linked, the title filled in, every other field a commented template."""
    from checker.scaffold import init_bundle

    try:
        made = init_bundle(draft, patent_type, output)
    except InputError as exc:
        raise _fail(f"{exc.file}: {exc.message}") from None
    print(f"wrote {made.path} ({made.texts}: {draft.name}); next: patentcheck check {made.path}")


@app.command(cls=Command)
def quiz(
    seed: Optional[int] = typer.Option(
        None, "--seed", metavar="N", help="Repeat a session: the same questions in the same order."
    ),
    lang: Lang = typer.Option(Lang.zh, "--lang", metavar="[zh-TW|en]"),
    topic: Optional[str] = typer.Option(
        None,
        "--topic",
        metavar="TOPIC",
        help="Only one topic: amendments, claims, description, designs, fees, formalities, periods, priority.",
    ),
    count: int = typer.Option(5, "--count", "-n", min=1, max=100, metavar="N", help="Number of questions (default 5)."),
) -> None:
    """A drill: name the article (and paragraph) a defective filing breaches. Questions come from
    the defective examples and the rules' test cases; answers like 26, 26-2, 26(2), 第26條第2項."""
    from checker.teach import quiz as drill

    if topic is not None and topic not in drill.TOPICS:
        raise _fail(f"--topic {topic!r}: choose one of {', '.join(drill.topics())}")
    rules = {rule.id: rule for pack in _packs() for rule in pack.rules}
    chosen = drill.select(rules, seed, topic, count)
    raise typer.Exit(drill.Session(rules, chosen, lang.value, input, sys.stdout).run())


@app.command(cls=Command)
def version() -> None:
    """Print the version."""
    print(f"patentcheck {__version__}")


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # the last net: a message, never a traceback
        Console(stderr=True).print(f"[bold red]patentcheck: internal error:[/] {type(exc).__name__}: {exc}")
        sys.exit(2)
