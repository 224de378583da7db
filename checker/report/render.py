"""Report renderers: rich terminal text and the spec's JSON."""

from __future__ import annotations


from rich.console import Console
from rich.markup import escape
from rich.text import Text

from checker.core.findings import Finding
from checker.core.lawtext import citations_text, format_citation  # noqa: F401  (citations_text re-exported)
from checker.core.pipeline import Report
from checker.core.shown import word
from checker.report.safe_text import neutralise
from checker.report.wrap import wrap

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


class _Words:
    """The text report's words in one language (checker/core/words.yaml, set ``report``)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __getitem__(self, key: str) -> str:
        return str(word("report", key, self.lang))


def render_json(report: Report) -> str:
    from checker.report.fast_json import dumps  # json.dumps(..., ensure_ascii=False, indent=2), faster

    return dumps(report.as_json()) + "\n"


def render_text(
    report: Report,
    console: Console,
    lang: str = "zh-TW",
    show_passes: bool = False,
    quiet: bool = False,
    width: int | None = None,
) -> None:
    """Findings grouped by bundle, ruff-style: location, severity, rule, message, citation.

    ``quiet``: only the bundles with something to show and their findings, no summary.
    ``width``: wrap each line to that many cells (a terminal's width) without splitting a
    rule id, date or path (checker/report/wrap.py); None leaves lines whole."""
    words = _Words(lang)

    def say(markup: str = "") -> None:
        if width is None:
            console.print(markup)
            return
        for line in wrap(Text.from_markup(markup), width):
            console.print(line, soft_wrap=True)

    for result in report.results:
        fails = result.fails
        passes = [f for f in result.findings if f.outcome == "pass"]
        shown = [f for f in result.findings if f.outcome == "fail" or show_passes]
        if quiet and result.valid and not shown:
            continue
        if not result.valid:
            status = f"[bold red]{words['invalid']}[/]"
        elif fails:
            status = f"[red]{len(fails)} {words['failed']}[/], {len(passes)} {words['passed']}"
        else:
            status = f"[green]✓ {len(passes)} {words['passed']}[/]"
        as_of = f" [dim]({words['as_of']} {result.as_of})[/]" if result.as_of else ""
        say(f"[bold]{_safe(result.path)}[/]  {status}{as_of}")
        for finding in shown:
            say(_finding_line(result.path, finding, result.lang or lang))
        say()
    if quiet:
        return
    summary = report.summary()
    say(
        f"{summary['bundles']} {words['bundles']}: {summary['pass']} {words['passed']}, "
        f"{summary['fail']} {words['failed']} "
        f"([red]{summary['errors']} {words['errors']}[/], "
        f"[yellow]{summary['warnings']} {words['warnings']}[/])"
        + (f", [dim]{summary['suppressed']} {words['suppressed']}[/]" if summary["suppressed"] else "")
    )


def _finding_line(path: str, finding: Finding, lang: str) -> str:
    loc = finding.location
    where = f"{loc.file or path}:{loc.line}:{loc.column}"
    if finding.outcome == "pass":
        label = f"[green]{_padded(word('outcome', 'pass', lang))}[/]"
    else:
        label = f"[{_STYLE[finding.severity]}]{_padded(word('severity', finding.severity, lang))}[/]"
    rule = f"{finding.rule} {finding.name}".strip()
    cited = citations_text(finding.citations, lang)
    cited = f" [dim]〔{_safe(cited)}〕[/]" if cited else ""
    if finding.suppressed is not None:  # a reviewed exception: shown, but not counted
        cited += f" [dim]{word('report', 'suppressed', lang)}: {_safe(finding.suppressed)}[/]"
    return f"  {_safe(where)}  {label} [bold]{_safe(rule)}[/]  {_safe(finding.message)}{cited}"


def _safe(text: str) -> str:
    """Markup-escaped, with control characters shown as escapes (see safe_text)."""
    return escape(neutralise(text))


def _padded(text: str, width: int = 7) -> str:
    """A label padded to ``width`` terminal columns (a Chinese character takes two)."""
    columns = sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)
    return text + " " * max(0, width - columns)
